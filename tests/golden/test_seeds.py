"""Golden tests over the bundled seed articles.

Two kinds:
- snapshot: tests/golden/expected/<id>.json holds every mention (span, place, role) the extractor
  gives today; rewrite only with `pytest --update-goldens` and read the diff like code;
- accuracy: tests/data/seed_annotations/ holds independent hand annotations of every place
  occurrence; precision and recall against them must stay at 0.95 or more.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from geo.corpus.manifest import read_manifest
from geo.corpus.sources import load_article
from geo.places.resolver import distance_km
from geo.scoring import Score, load_gold, score_mentions

ROOT = Path(__file__).resolve().parents[2]
EXPECTED = Path(__file__).resolve().parent / "expected"
ENTRIES, _ = read_manifest(ROOT / "seeds" / "manifest.csv")


def snapshot(result) -> dict:  # type: ignore[no-untyped-def]
    return {
        "id": result.article.id,
        "mentions": [[m.start, m.end, m.surface, m.place.place_id, m.role] for m in result.mentions],
        "unresolved": [[u.start, u.end] for u in result.unresolved],
        "excluded": [[s.start, s.end] for s in result.excluded],
    }


@pytest.mark.parametrize("entry", ENTRIES, ids=[e.id for e in ENTRIES])
def test_snapshot(entry, gaz, request) -> None:  # type: ignore[no-untyped-def]
    from geo.pipeline import extract

    got = snapshot(extract(load_article(entry), gaz))
    path = EXPECTED / f"{entry.id}.json"
    if request.config.getoption("--update-goldens"):
        lines = ",\n".join("  " + json.dumps(m, ensure_ascii=False) for m in got["mentions"])
        body = {k: v for k, v in got.items() if k != "mentions"}
        path.write_text(
            json.dumps(body, ensure_ascii=False)[:-1] + ', "mentions": [\n' + lines + "\n]}\n", encoding="utf-8"
        )
    expected = json.loads(path.read_text(encoding="utf-8"))
    assert got == expected


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
