"""Claim rules of the round "12-14", one general rule per test, each with a case where it must not
fire. Every sentence was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

# --- another side's statement named by a verbal noun («مزاعم أذربيجان بقصف …») is that side's claim ---------


def test_a_denied_statement_of_the_other_side_is_its_claim(run) -> None:  # type: ignore[no-untyped-def]
    result = run("نفت وزارة الدفاع الأرمينية مزاعم أذربيجان بقصف مدينة تارتار بالمدفعية.")
    assert [(c.side, c.type, c.polarity, c.place_ids) for c in result.claims] == [
        ("armenia", "attack", "deny", ("tartar",)),
        ("azerbaijan", "attack", "assert", ("tartar",)),
    ]
    assert result.claims[1].speaker == "أذربيجان"
    assert result.contested == ("tartar",)  # one side asserts what the other denies


def test_a_statement_named_in_narrative_is_its_speakers_claim(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وجاء ذلك بعد يوم من إعلان باكو سيطرتها على بلدة هادروت.")
    assert [(c.side, c.type, c.place_ids) for c in result.claims] == [("azerbaijan", "control", ("hadrut",))]


def test_a_statement_named_without_what_it_said_is_no_claim(run) -> None:  # type: ignore[no-untyped-def]
    result = run("ونددت وزارة الخارجية الأذربيجانية بتصريحات الرئيس الفرنسي غير المقبولة.")
    assert [c.side for c in result.claims] == ["azerbaijan"]


def test_the_speakers_own_side_named_again_is_no_second_claim(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وأكدت وزارة الدفاع الأذربيجانية إعلان الرئيس إلهام علييف السيطرة على بلدة هادروت.")
    assert [c.side for c in result.claims] == ["azerbaijan"]


def test_accusing_a_state_is_not_its_statement(run) -> None:  # type: ignore[no-untyped-def]
    # «اتهام أذربيجان بـ»: Azerbaijan is accused; «اتهام أذربيجان لأرمينيا»: Azerbaijan accuses
    accused = run("ورفضت وزارة الخارجية الروسية اتهام أذربيجان بخرق الهدنة في قره باغ.")
    assert [c.side for c in accused.claims] == ["russia"]
    accusing = run("وجاء ذلك بعد اتهام أذربيجان لأرمينيا بقصف مواقعها قرب بلدة تارتار.")
    assert [(c.side, c.type) for c in accusing.claims] == [("azerbaijan", "attack")]
