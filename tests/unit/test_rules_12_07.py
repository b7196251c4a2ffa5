"""Speaker, place and claim rules of the round of 2026-12-07 ("12-07"), one general rule per test,
each with a case where it must not fire. Every sentence was written for these tests; none is taken
from an evaluation set.
"""

from __future__ import annotations

import datetime as dt

import pytest

from geo.model import Article
from geo.pipeline import extract


@pytest.fixture
def run(gaz):  # type: ignore[no-untyped-def]
    def go(text: str):  # type: ignore[no-untyped-def]
        return extract(Article(id="t", text=text, published=dt.date(2022, 9, 14)), gaz)

    return go


# --- «إلا أن الطرفين أبلغا»: the oblique dual is the subject after «أن» ----------------------------


def test_the_two_sides_after_anna_speak_for_both(run) -> None:  # type: ignore[no-untyped-def]
    result = run("هدأ القتال في قره باغ. إلا أن الطرفين أبلغا عن قصف متقطع قرب خط التماس.")
    said = [c for c in result.claims if c.speaker == "الطرفين"]
    assert sorted(c.side for c in said) == ["armenia", "azerbaijan"]


def test_the_two_sides_called_on_are_no_speaker(run) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت الخارجية الروسية إن الوضع متوتر. ودعت الطرفين إلى ضبط النفس.")
    assert {c.side for c in result.claims} == {"russia"}
