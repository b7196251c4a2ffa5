"""The consistency check itself: a consistent store passes, each kind of damage is named."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import text
from store_checks import check_consistency

from geo.store.engine import open_store
from geo.store.ingest import ingest

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture(scope="module")
def ingested(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("checks") / "seeds.sqlite"
    ingest([SEEDS], url=str(path))
    return path


def test_a_fresh_ingest_is_consistent(ingested: Path) -> None:
    counts = check_consistency(str(ingested))
    assert counts["articles"] == 5 and counts["claim_places"] > 0


@pytest.mark.parametrize(("damage", "named"), [
    ("INSERT INTO claim_places (claim_pk, place_id, side, type, polarity, when_date) "
     "VALUES (999999, 'shusha', 'armenia', 'attack', 'assert', '2020-11-09')", "links without their claim"),
    ("UPDATE place_side_counts SET claims = claims + 1 WHERE place_id = 'shusha'", "place counts"),
    ("DELETE FROM place_side_counts WHERE place_id = 'shusha'", "place counts missing or wrong"),
    ("UPDATE claim_places SET side = 'france' WHERE claim_pk = (SELECT min(claim_pk) FROM claim_places)",
     "differ from their claim's"),
    ('UPDATE mentions SET start = start + 1 WHERE pk = (SELECT min(pk) FROM mentions)', "offsets"),
    ("UPDATE articles SET text = text || ' ' WHERE article_id = 'seed-003'", "not the SHA-256"),
    ("DROP INDEX ix_claims_side", "index ix_claims_side is missing"),
    ("UPDATE schema_version SET version = 2", "schema version 2"),
    ("UPDATE alembic_version SET version_num = '0005'", "schema version 5"),
])
def test_each_kind_of_damage_is_named(ingested: Path, tmp_path: Path, damage: str, named: str) -> None:
    path = tmp_path / "damaged.sqlite"
    for suffix in ("", "-wal"):  # (the ingest's engine is gone: its WAL has normally been checkpointed)
        if Path(f"{ingested}{suffix}").exists():
            shutil.copy(f"{ingested}{suffix}", f"{path}{suffix}")
    engine = open_store(str(path), migrate=False)
    with engine.begin() as conn:
        conn.execute(text(damage))
    engine.dispose()
    with pytest.raises(AssertionError, match=named):
        check_consistency(str(path))


def test_counts_stay_consistent_when_a_new_extractor_version_replaces_articles(db_url: str) -> None:
    # place counts are kept by each write (no refresh at the end): replacing rows must take theirs away
    ingest([SEEDS], url=db_url)
    before = check_consistency(db_url)
    engine = open_store(db_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE articles SET extractor_version = '0.0.1' WHERE article_id IN ('seed-001', 'seed-003')"))
    engine.dispose()
    summary = ingest([SEEDS], url=db_url)
    assert (summary.updated, summary.unchanged) == (2, 3)
    assert check_consistency(db_url) == before
