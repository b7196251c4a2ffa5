"""Claim rules of the round "12-16", one general rule per test, each with a case where it must not
fire. Every sentence was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

# --- an ombudsman or commissioner is an office: a place after «في» in the phrase says whose ------------------


def test_an_ombudsman_in_a_place_speaks_for_the_side_that_holds_it(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقال أمين المظالم في ناغورنو كاراباخ إن القصف دمر منازل في مارتوني.")
    assert [(c.side, c.speaker_en) for c in result.claims] == [("armenia", "Armenian ombudsman")]
    result = run("ونقلت وسائل إعلام محلية عن مفوضة حقوق الإنسان في أذربيجان قولها إن القصف طال بلدة ترتر.")
    assert [(c.side, c.place_ids) for c in result.claims] == [("azerbaijan", ("tartar",))]


def test_a_secretary_general_seated_in_a_capital_does_not_speak_for_its_state(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقال الأمين العام لمنظمة الأمن الجماعي في موسكو إن قوات المنظمة لن تتدخل في سيونيك. "
                 "وأضاف الأمين العام لحلف الناتو أن الحوار ضروري.")
    assert [c.side for c in result.claims] == ["other", "other"]
