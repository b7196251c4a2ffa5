"""Claim rules of the round "12-22", one general rule per test, each with a case where it must not
fire. Every sentence was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

# --- an outlet's credit in brackets before the verb is no subject -------------------------------------------------


def test_a_bracketed_credit_before_the_verb_is_no_speaker(run) -> None:  # type: ignore[no-untyped-def]
    result = run("(وكالة سبوتنيك - 6 أكتوبر) أكد وزير الخارجية التركي أن بلاده ستواصل دعم أذربيجان.")
    assert [c.side for c in result.claims] == ["turkey"]
    result = run("سلطات ناغورني قره باغ (آرتساخ) أعلنت أن القوات الأذربيجانية قصفت ستيباناكيرت.")  # a name in brackets
    assert [c.side for c in result.claims] == ["armenia"]


# --- «وقال X وفق بيان للكرملين»: the source of the report ends the speaker's name ------------------------------------


def test_an_according_to_phrase_ends_the_speakers_name(run) -> None:  # type: ignore[no-untyped-def]
    result = run('وقال سركيسيان وفق بيان للكرملين "نريد حل النزاع سلميا في قره باغ".')
    assert [(c.side, c.speaker) for c in result.claims] == [("armenia", "سركيسيان")]
    result = run('وقال وزير الدفاع الأرميني "نريد حل النزاع سلميا في قره باغ".')  # a title goes on to its adjective
    assert [c.speaker for c in result.claims] == ["وزير الدفاع الأرميني"]
