"""Claim rules of the round of 2026-12-10 ("12-10"), one general rule per test, each with a case
where it must not fire. Every sentence was written for these tests; none is taken from an
evaluation set.
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


@pytest.fixture
def names(gaz):  # type: ignore[no-untyped-def]
    def of(claim) -> list[str]:  # type: ignore[no-untyped-def]
        return sorted(gaz.places[p].name for p in claim.place_ids)

    return of


# --- «في اشتباكات حدودية مع أذربيجان»: the enemy fought, not where -----------------------------------


def test_the_state_fought_with_is_no_place_of_the_casualties(run) -> None:  # type: ignore[no-untyped-def]
    result = run("أعلنت وزارة الدفاع الأرمينية مقتل 15 جنديا في اشتباكات حدودية مع أذربيجان.")
    claim = result.claims[0]
    assert (claim.side, claim.type) == ("armenia", "casualties")
    assert claim.place_ids == ()


def test_the_town_struck_stays_beside_the_enemy(run, names) -> None:  # type: ignore[no-untyped-def]
    result = run("أعلنت وزارة الدفاع الأرمينية مقتل 15 جنديا في قصف على غوريس خلال معارك مع أذربيجان.")
    assert names(result.claims[0]) == ["Goris"]


def test_talks_with_a_state_keep_it_as_a_party(run, names) -> None:  # type: ignore[no-untyped-def]
    result = run("وقالت يريفان إن محادثات السلام مع أذربيجان تتقدم.")
    claim = result.claims[0]
    assert (claim.side, claim.type) == ("armenia", "diplomacy")
    assert names(claim) == ["Azerbaijan"]


# --- «أن بلاده ستستضيف المفاوضات»: a schedule of talks is no claim -----------------------------------


def test_hosting_talks_to_come_is_a_schedule(run) -> None:  # type: ignore[no-untyped-def]
    result = run("أعلن الرئيس الكازاخستاني أن بلاده ستستضيف مفاوضات السلام بين أذربيجان وأرمينيا في ألماتي. "
                 "وقال الكرملين إن المحادثات بين باكو ويريفان ستجرى في موسكو الأسبوع المقبل.")
    assert [c for c in result.claims if c.side != "none"] == []


def test_support_for_talks_and_a_visit_are_claims(run, names) -> None:  # type: ignore[no-untyped-def]
    result = run("وأعلن الرئيس الكازاخستاني أن بلاده تدعم مفاوضات السلام بين أذربيجان وأرمينيا. "
                 "وقالت الخارجية الروسية إن لافروف سيزور يريفان الأسبوع المقبل لبحث التسوية.")
    assert [(c.side, c.type) for c in result.claims] == [("other", "diplomacy"), ("russia", "diplomacy")]
    assert names(result.claims[0]) == ["Armenia", "Azerbaijan"]
