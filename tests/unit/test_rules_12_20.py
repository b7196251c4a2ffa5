"""Claim rules of the round "12-20", one general rule per test, each with a case where it must not
fire. Every sentence was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

# --- a verb first sentence puts the subject between «فتح/أطلق» and «النار» ------------------------------------


def test_opening_fire_with_the_subject_between_is_an_attack(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت وزارة الدفاع الأذربيجانية في بيان: \"فتحت وحدات الجيش الأرميني النار على مواقعنا قرب قرية تالش\".")
    assert [(c.side, c.type) for c in result.claims] == [("azerbaijan", "attack")]
    result = run("وقالت وزارة الخارجية الأذربيجانية إن الطرفين اتفقا على وقف النار.")  # fire stopped, not opened
    assert [c.type for c in result.claims] == ["diplomacy"]


# --- an adjective made of an event participle describes a noun, it is not the proposition -----------------


def test_a_definite_participle_after_a_definite_noun_does_not_decide(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت الوزارة إن الوحدات الأرمينية المتمركزة قرب قرية تالش قصفت مواقع الجيش.")
    assert [(c.side, c.type) for c in result.claims] == [("other", "attack")]
    result = run("وقالت الوزارة إن الوحدات الأرمينية المتمركزة قرب قرية تالش.")  # nothing else: it decides
    assert [c.type for c in result.claims] == ["control"]


# --- «بعد أن», «خلال», «إثر»: when and why, not what was said --------------------------------------------------


def test_after_that_opens_no_statement(run) -> None:  # type: ignore[no-untyped-def]
    result = run("أعلن الرئيس الأذربيجاني إعادة فرض سيطرة بلاده على مدينة شوشا، بعد أن شن الجيش هجوما واسعا.")
    assert [(c.side, c.type, c.place_ids) for c in result.claims] == [("azerbaijan", "control", ("shusha",))]
    result = run("وأضاف الرئيس الأذربيجاني بعد الاجتماع أن الجيش شن هجوما على مدينة شوشا.")  # «أن» opens it
    assert [(c.side, c.type) for c in result.claims] == [("azerbaijan", "attack")]


def test_what_happened_during_or_after_an_act_is_not_the_act(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقال علييف: حققنا أهدافنا خلال العملية العسكرية واستعدنا السيطرة على مدينة شوشا.")
    assert [(c.side, c.type) for c in result.claims] == [("azerbaijan", "control")]
    result = run("واتهمت أذربيجان الجيش الأرميني بتصعيد الوضع إثر قصف مدينة ترتر.")
    assert [(c.side, c.type) for c in result.claims] == [("azerbaijan", "accusation")]
    result = run("وقالت وزارة الدفاع الأذربيجانية إن القوات الأرمينية قصفت مدينة ترتر.")  # the act itself
    assert [(c.side, c.type) for c in result.claims] == [("azerbaijan", "attack")]


# --- a verbal noun of saying has its subject after it, never before ---------------------------------------------


def test_a_verbal_noun_takes_no_subject_before_it(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وعقدت المباحثات بوساطة روسية، غداة إعلان باكو انتصارها في معركة مدينة شوشا.")
    assert [(c.side, c.type, c.speaker) for c in result.claims] == [("azerbaijan", "control", "باكو")]
    result = run("وزارة الدفاع الروسية، أعلنت أن قوات حفظ السلام دخلت مدينة شوشا.")  # a verb: its subject before it
    assert [(c.side, c.type) for c in result.claims] == [("russia", "control")]


# --- officials of a town Armenian forces never held speak for Azerbaijan ---------------------------------------


def test_officials_of_an_azerbaijani_town_outside_karabakh_speak_for_azerbaijan(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقال مسؤول محلي في مدينة ترتر إن القوات الأرمينية قصفت المدينة.")
    assert [(c.side, c.type) for c in result.claims] == [("azerbaijan", "attack")]
    result = run("ونقل مراسل الأناضول عن مصادر أمنية في مدينة بردعة قولها إن صاروخا سقط على حي سكني.")
    assert [c.side for c in result.claims] == ["azerbaijan"]
    result = run("وقال مسؤول محلي في بلدة هادروت إن القوات قصفت البلدة.")  # a Karabakh town: no side from it
    assert [c.side for c in result.claims] == ["other"]
