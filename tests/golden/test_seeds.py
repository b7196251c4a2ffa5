"""Golden tests over the bundled seed articles, against reviewed hand annotations.

tests/data/seed_annotations/ holds annotations of every place occurrence and every claim, written
and reviewed by docs/annotation.md (not snapshots of the extractor's output): place precision and
recall must stay at 0.95 or more, and claim links above the floors below.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from geo.corpus.manifest import read_manifest
from geo.corpus.sources import load_article
from geo.places.resolver import distance_km
from geo.scoring import Score, load_gold, score_mentions

ROOT = Path(__file__).resolve().parents[2]
EXPECTED = Path(__file__).resolve().parent / "expected"
ENTRIES, _ = read_manifest(ROOT / "seeds" / "manifest.csv")


def test_accuracy_against_hand_annotations(gaz) -> None:  # type: ignore[no-untyped-def]
    from geo.model import Article
    from geo.pipeline import extract

    total = Score()
    for gold_path in sorted((ROOT / "tests" / "data" / "seed_annotations").glob("*.json")):
        data, gold = load_gold(gold_path)
        text = (ROOT / "seeds" / data["file"]).read_text(encoding="utf-8")
        total.add(score_mentions(extract(Article(id=data["file"], text=text), gaz).mentions, gold,
                                 label=data["file"]))
    assert total.precision >= 0.95 and total.recall >= 0.95, "\n".join(total.errors)


@pytest.mark.parametrize(
    ("place_id", "lat", "lon", "article"),
    [
        ("shusha", 39.7583, 46.7484, "seed-002"),
        ("stepanakert", 39.8177, 46.7528, "seed-002"),
        ("stepanakert", 39.8177, 46.7528, "seed-003"),
        ("jabrayil", 39.3999, 47.0245, "seed-000"),
        ("ganja", 40.6828, 46.3606, "seed-003"),
        ("lachin", 39.6383, 46.5461, "seed-003"),
        ("goris", 39.5111, 46.3419, "seed-004"),
    ],
)
def test_brief_places_found_within_10_km(gaz, place_id: str, lat: float, lon: float, article: str) -> None:  # type: ignore[no-untyped-def]
    from geo.pipeline import extract

    entry = next(e for e in ENTRIES if e.id == article)
    places = {m.place.place_id: m.place for m in extract(load_article(entry), gaz).mentions}
    assert place_id in places
    assert distance_km(lat, lon, places[place_id].lat, places[place_id].lon) <= 10.0
