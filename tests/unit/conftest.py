"""Fixtures the rule tests of each round share: an article of one test sentence through the whole
pipeline, and the English names of a claim's places. (Older rule files keep their own ``run``, with
the date their sentences need.)"""

from __future__ import annotations

import datetime as dt

import pytest

from geo.model import Article
from geo.pipeline import extract


@pytest.fixture
def run(gaz):  # type: ignore[no-untyped-def]
    """Extract a test sentence as an article published on 2022-09-14."""
    def go(text: str):  # type: ignore[no-untyped-def]
        return extract(Article(id="t", text=text, published=dt.date(2022, 9, 14)), gaz)

    return go


@pytest.fixture
def names(gaz):  # type: ignore[no-untyped-def]
    """The English names of a claim's places, sorted."""
    def of(claim) -> list[str]:  # type: ignore[no-untyped-def]
        return sorted(gaz.places[p].name for p in claim.place_ids)

    return of
