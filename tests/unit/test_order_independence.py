"""A word's claim-type readings must not depend on which caller asked first: the ingest re-extracts an
article in a fresh process after a crash, and its rows must match the first extraction's
(tests/reliability/test_faults.py found an article whose claims did)."""

from __future__ import annotations

from geo.claims.claimwords import load_claim_words
from geo.text.clitics import stems_of


def test_a_words_type_readings_do_not_depend_on_which_was_asked_first() -> None:
    words = load_claim_words()
    as_written = words.type_hits("التورط", ("التورط",))  # after «ب», read as written (nounphrase)
    without_article = words.type_hits("التورط", stems_of("التورط"))
    assert as_written == ()
    assert any(kind == "accusation" for _phrase, kind in without_article)


def test_either_order_gives_the_same_readings() -> None:
    words = load_claim_words()
    first = words.type_hits("الاستيلاء", stems_of("الاستيلاء"))
    words.type_hits("الاستيلاء", ("الاستيلاء",))
    assert words.type_hits("الاستيلاء", stems_of("الاستيلاء")) == first != ()
