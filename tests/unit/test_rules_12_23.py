"""Claim rules of the round "12-23", one general rule per test, each with a case where it must not
fire. Every sentence was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

# --- a place named in the speaker is what «المنطقة» after it points back to ----------------------------------------


def test_the_region_in_the_speakers_name_is_the_one_pointed_back_to(run) -> None:  # type: ignore[no-untyped-def]
    result = run("أعلنت سلطات قره باغ مقتل 40 جنديا في المعارك الدائرة في المنطقة.")
    assert [(c.side, c.place_ids) for c in result.claims] == [("armenia", ("nagorno_karabakh",))]
    result = run("أعلنت سلطات قره باغ مقتل 40 جنديا في المعارك.")  # nothing points back: the speaker's own name
    assert [(c.side, c.place_ids) for c in result.claims] == [("armenia", ())]


# --- a denial of a speaker's last words takes the places of the statement they go on from ------------------------


def test_a_denial_takes_the_places_of_the_statement_the_denied_words_go_on_from(run) -> None:  # type: ignore[no-untyped-def]
    text = ("وأعلنت أرمينيا أن القوات الأذربيجانية تكبدت خسائر كبيرة في قره باغ، قائلة إن عدد القتلى تجاوز 6000، "
            "إلا أن باكو قالت إن هذه الادعاءات لا أساس لها من الصحة.")
    denial = [c for c in run(text).claims if c.side == "azerbaijan"]
    assert [(c.polarity, c.place_ids) for c in denial] == [("deny", ("nagorno_karabakh",))]
    text = ("وأعلنت أرمينيا أن القوات الأذربيجانية تكبدت خسائر كبيرة، قائلة إن عدد القتلى تجاوز 6000، "
            "إلا أن باكو قالت إن هذه الادعاءات لا أساس لها من الصحة.")  # the statement locates nothing either
    denial = [c for c in run(text).claims if c.side == "azerbaijan"]
    assert [(c.polarity, c.place_ids) for c in denial] == [("deny", ())]
