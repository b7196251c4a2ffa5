"""Claim rules of the round "12-18", one general rule per test, each with a case where it must not
fire. Every sentence was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

# --- casting blame: «ألقى باللوم على», «ألقت مسؤولية … على» ------------------------------------------------


def test_casting_blame_is_an_accusation_and_the_one_blamed_is_its_place(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وألقت يريفان باللوم على أذربيجان في تصعيد التوتر.")
    assert [(c.side, c.type, c.place_ids) for c in result.claims] == [("armenia", "accusation", ("azerbaijan",))]
    result = run("وألقى المتحدث باسم الخارجية الأذربيجانية مسؤولية الهجوم على يريفان.")
    assert [(c.side, c.type) for c in result.claims] == [("azerbaijan", "accusation")]
    assert [m.role for m in result.mentions if m.place.place_id == "yerevan"] == ["actor"]


def test_casting_anything_but_blame_reports_nothing(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وألقى الرئيس الأذربيجاني كلمة في مدينة شوشا.")
    assert [c.side for c in result.claims if c.side != "none"] == []
    result = run("وألقت الشرطة القبض على ثلاثة أشخاص في غوريس.")
    assert [c.side for c in result.claims if c.side != "none"] == []
    result = run("وقال وزير الدفاع التركي إن الجيش حقق النصر. جاء ذلك في كلمة ألقاها في العاصمة باكو.")
    assert [c.side for c in result.claims] == ["turkey"]
    result = run("وسقطت قذائف على باكو.")  # a place after «على» with no blame before it is where it happened
    assert [m.role for m in result.mentions] == ["event"]
