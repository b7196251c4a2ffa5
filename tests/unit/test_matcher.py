"""The matcher (geo/places/matcher.py): regression tests for what the fuzz runs found."""

from __future__ import annotations

import time

from geo.places.matcher import FUZZY_MAX_LEN, find_matches
from geo.text.keys import find_tokens


def test_a_200000_letter_word_is_not_read_as_a_typo_in_quadratic_time(gaz) -> None:  # type: ignore[no-untyped-def]
    # a page that lost its spaces is one long "word": the typo look-up built every one-letter deletion
    # of it (200,000 strings of 200,000 letters) and ran out of memory
    text = "شوشا" * 50_000
    started = time.perf_counter()
    assert find_matches(text, find_tokens(text), gaz) == []
    assert time.perf_counter() - started < 2.0


def test_typos_are_still_found_up_to_the_bound(gaz) -> None:  # type: ignore[no-untyped-def]
    text = "قصفت القوات ستيباناكيرتت"  # one letter too many
    [match] = find_matches(text, find_tokens(text), gaz)
    assert match.fuzzy and match.entry.place_ids == ("stepanakert",)
    assert len("ستيباناكيرتت") < FUZZY_MAX_LEN
