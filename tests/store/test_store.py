"""The store: schema and migrations, ingest guarantees, queries, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import func, select, text, update

from benchmarks.corpus import write_corpus
from geo.pipeline import EXTRACTOR_VERSION
from geo.store.engine import open_store
from geo.store.ingest import ingest
from geo.store.queries import Filters, contested_claims, place_claims, place_counts
from geo.store.schema import (
    SCHEMA_VERSION,
    V2_INDEXES,
    V3_INDEXES,
    articles,
    claim_places,
    claims,
    current_version,
    schema_version,
    table_counts,
)

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"


def counts(url: str) -> dict[str, int]:
    engine = open_store(url)
    with engine.connect() as conn:
        result = table_counts(conn)
    engine.dispose()
    return result


def test_new_store_has_the_current_schema(db_url: str) -> None:
    engine = open_store(db_url)
    with engine.connect() as conn:
        assert current_version(conn) == SCHEMA_VERSION
    engine.dispose()


def test_an_older_store_is_upgraded_in_place(db_url: str) -> None:
    ingest([SEEDS], url=db_url)
    engine = open_store(db_url)
    with engine.connect() as conn:
        before_rows = table_counts(conn)
        before_layer = place_counts(conn)
        before_page = place_claims(conn, "shusha", page=0, page_size=5)
    with engine.begin() as conn:  # take the store back to what schema version 1 left (the old runner's store)
        for index in (*V3_INDEXES, *V2_INDEXES):
            conn.execute(text(f"DROP INDEX {index.name}"))
        conn.execute(text("DROP TABLE place_side_counts"))
        conn.execute(text("DROP TABLE contested_places"))
        for column in ("side", "type", "polarity", "when_date", "outlet"):
            conn.execute(text(f"ALTER TABLE claim_places DROP COLUMN {column}"))
        conn.execute(update(schema_version).values(version=1))
        conn.execute(text("DROP TABLE alembic_version"))
    engine.dispose()
    engine = open_store(db_url)  # takes it over at 1, migrates 1 -> 2 -> 3 ..., backfilling the copied columns
    from geo.store.ingest import refresh_contested

    refresh_contested(engine)
    with engine.connect() as conn:
        assert current_version(conn) == SCHEMA_VERSION
        assert table_counts(conn) == before_rows
        assert place_counts(conn) == before_layer
        assert place_claims(conn, "shusha", page=0, page_size=5) == before_page
    engine.dispose()


def test_reingest_changes_nothing(db_url: str) -> None:
    first = ingest([SEEDS], url=db_url)
    assert (first.new, first.failed) == (5, 0)
    before = counts(db_url)
    second = ingest([SEEDS], url=db_url)
    assert (second.new, second.unchanged, second.updated) == (0, 5, 0)
    assert counts(db_url) == before


def test_new_extractor_version_replaces_rows(db_url: str) -> None:
    ingest([SEEDS], url=db_url)
    before = counts(db_url)
    engine = open_store(db_url)
    with engine.begin() as conn:
        conn.execute(update(articles).values(extractor_version="0.0.1"))
        conn.execute(update(claims).values(text="stale"))
    summary = ingest([SEEDS], url=db_url, workers=2)
    assert (summary.updated, summary.new) == (5, 0)
    assert counts(db_url) == before
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).where(claims.c.text == "stale")).scalar() == 0
        versions = {r[0] for r in conn.execute(select(articles.c.extractor_version))}
    assert versions == {EXTRACTOR_VERSION}
    engine.dispose()


def test_duplicate_article_under_another_name_is_stored_once(db_url: str, tmp_path: Path) -> None:
    folder = tmp_path / "dup"
    folder.mkdir()
    body = (SEEDS / "002_1006001a38c85b0d.txt").read_bytes()
    (folder / "a.txt").write_bytes(body)
    (folder / "copy of a.txt").write_bytes(body)
    summary = ingest([folder], url=db_url)
    assert (summary.new, summary.unchanged) == (1, 1)
    assert counts(db_url)["articles"] == 1


def test_bad_inputs_are_reported_and_the_good_ones_stored(db_url: str, tmp_path: Path) -> None:
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "good.txt").write_text("قصفت القوات الأذربيجانية مدينة ستيباناكيرت أمس.", encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (folder / "latin1.txt").write_bytes("Müller café ".encode("latin-1") * 10)
    with (folder / "huge.txt").open("wb") as fh:
        fh.truncate(21 * 1024 * 1024)
    (folder / "manifest.csv").write_text(
        "id,file,published\ngood,good.txt,2020-10-05\nbad-date,empty.txt,05/10/2020\ngone,missing.txt,\n",
        encoding="utf-8",
    )
    summary = ingest([folder], url=db_url)
    reasons = " | ".join(m for _, m in summary.problems)
    assert summary.new == 1
    for needle in ("empty", "binary", "not UTF-8", "limit for one article", "not YYYY-MM-DD", "no such file"):
        assert needle in reasons, needle
    assert summary.failed == 6
    engine = open_store(db_url)
    with engine.connect() as conn:
        row = conn.execute(select(articles.c.article_id, articles.c.published)).one()
    assert row == ("good", dt.date(2020, 10, 5))
    engine.dispose()


def _ingest_process(corpus: Path, url: str, *extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "geo", "ingest", str(corpus), "--db", url, *extra],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def test_killed_ingest_leaves_whole_batches_and_a_rerun_finishes(db_url: str, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    write_corpus(corpus, SEEDS, 600)
    open_store(db_url).dispose()  # schema first, so the poll below can count
    proc = _ingest_process(corpus, db_url, "--batch-size", "25")
    engine = open_store(db_url)
    deadline = time.monotonic() + 120
    stored = 0
    while time.monotonic() < deadline and proc.poll() is None:
        with engine.connect() as conn:
            stored = conn.execute(select(func.count()).select_from(articles)).scalar() or 0
        if stored >= 50:
            break
        time.sleep(0.05)
    assert proc.poll() is None, "the ingest finished before it could be killed: make the corpus larger"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    with engine.connect() as conn:
        after_kill = conn.execute(select(func.count()).select_from(articles)).scalar() or 0
        orphans = conn.execute(text(
            "SELECT count(*) FROM claims WHERE article_key NOT IN (SELECT article_key FROM articles)")).scalar()
    assert after_kill % 25 == 0 and 0 < after_kill < 600  # only whole batches were committed
    assert orphans == 0
    rerun = _ingest_process(corpus, db_url)
    out, err = rerun.communicate(timeout=600)
    assert rerun.returncode == 0, err
    assert f"{600 - after_kill} new, {after_kill} unchanged" in out
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(articles)).scalar() == 600
        assert conn.execute(text(
            "SELECT count(*) FROM (SELECT article_id FROM articles GROUP BY article_id HAVING count(*) > 1) d"
        )).scalar() == 0
    engine.dispose()


def test_two_ingests_at_once_on_sqlite(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    write_corpus(corpus, SEEDS, 150)
    url = f"sqlite:///{tmp_path / 'shared.sqlite'}"
    first = _ingest_process(corpus, url, "--batch-size", "10")
    second = _ingest_process(corpus, url, "--batch-size", "10")
    outputs = [p.communicate(timeout=600) for p in (first, second)]
    for proc, (_out, err) in zip((first, second), outputs, strict=True):
        assert proc.returncode == 0, err
        assert "locked" not in err
    total = counts(url)
    assert total["articles"] == 150
    new = sum(int(out.split(" new")[0].split()[-1]) for out, _ in outputs)
    assert new == 150  # each article written by exactly one of the two


def test_queries_follow_the_filters(db_url: str) -> None:
    ingest([SEEDS], url=db_url)
    engine = open_store(db_url)
    with engine.connect() as conn:
        every = {p["place_id"]: p for p in place_counts(conn)}
        assert every["shusha"]["contested"] and every["shusha"]["by_side"]["armenia"] >= 2
        assert every["shusha"]["by_side"]["azerbaijan"] >= 1
        armenian = {p["place_id"]: p for p in place_counts(conn, Filters(sides=("armenia",)))}
        assert set(armenian["shusha"]["by_side"]) == {"armenia"}
        assert armenian["shusha"]["total"] == every["shusha"]["by_side"]["armenia"]
        contested = place_counts(conn, Filters(contested_only=True))
        assert contested and all(p["contested"] for p in contested)
        rows, total = place_claims(conn, "shusha", page=0, page_size=3)
        assert total == every["shusha"]["total"] and len(rows) == 3
        rest, _ = place_claims(conn, "shusha", page=1, page_size=3)
        assert {r["claim_id"] for r in rows}.isdisjoint({r["claim_id"] for r in rest})
        sides = contested_claims(conn, "shusha")
        assert {"armenia", "azerbaijan"} <= set(sides)
        found = place_counts(conn, Filters(text="علييف"))
        assert found and all(p["total"] <= every[p["place_id"]]["total"] for p in found)
        dated = place_counts(conn, Filters(date_from=dt.date(2020, 11, 1), date_to=dt.date(2020, 11, 30)))
        assert "shusha" in {p["place_id"] for p in dated} and "goris" not in {p["place_id"] for p in dated}
    engine.dispose()


def test_contested_across_articles_within_the_window(db_url: str, tmp_path: Path) -> None:
    folder = tmp_path / "two"
    folder.mkdir()
    (folder / "az.txt").write_text("وأعلنت وزارة الدفاع الأذربيجانية تحرير بلدة هادروت.", encoding="utf-8")
    (folder / "am.txt").write_text("ونفت وزارة الدفاع الأرمينية سقوط بلدة هادروت.", encoding="utf-8")
    (folder / "manifest.csv").write_text("id,file,published\naz,az.txt,2020-10-09\nam,am.txt,2020-10-12\n",
                                         encoding="utf-8")
    ingest([folder], url=db_url)
    engine = open_store(db_url)
    with engine.connect() as conn:
        assert "hadrut" in {p["place_id"] for p in place_counts(conn, Filters(contested_only=True))}
    engine.dispose()
    (folder / "manifest.csv").write_text("id,file,published\naz,az.txt,2020-10-09\nam,am.txt,2020-12-30\n",
                                         encoding="utf-8")
    from geo.store.ingest import refresh_contested
    engine = open_store(db_url)
    with engine.begin() as conn:  # (the dates a later manifest gives, written as ingest writes them)
        conn.execute(update(articles).where(articles.c.article_id == "am").values(published=dt.date(2020, 12, 30)))
        am = select(claims.c.pk).join(articles, articles.c.article_key == claims.c.article_key).where(
            articles.c.article_id == "am")
        conn.execute(update(claim_places).where(claim_places.c.claim_pk.in_(am)).values(when_date=dt.date(2020, 12, 30)))
    refresh_contested(engine)
    with engine.connect() as conn:
        assert "hadrut" not in {p["place_id"] for p in place_counts(conn, Filters(contested_only=True))}
    engine.dispose()


def test_an_empty_store_is_seeded_once(db_url: str) -> None:
    from geo.store.ingest import seed_if_empty

    engine = open_store(db_url)
    first = seed_if_empty(engine)
    assert first is not None and first.new == 5
    assert seed_if_empty(engine) is None
    engine.dispose()


def _seed_records(gaz: object, tmp_path: Path) -> list[dict]:
    """Store records of the bundled articles and a few synthetic ones, as ingest makes them."""
    from geo.corpus.sources import collect_entries
    from geo.store.tasks import extract_entry

    write_corpus(tmp_path / "more", SEEDS, 6)
    entries, _ = collect_entries([SEEDS, tmp_path / "more"])
    results = [extract_entry(entry, gaz, frozenset()) for entry in entries]  # type: ignore[arg-type]
    return [r["record"] for r in results if r["status"] == "ok"]


def _rows(url: str) -> dict[str, list[tuple]]:
    """Every row of the tables a write touches (claim keys included: links must point at the same claims)."""
    engine = open_store(url)
    out = {}
    with engine.connect() as conn:
        for table in ("articles", "places", "mentions", "claims", "claim_places", "article_contested",
                      "unresolved", "place_side_counts"):
            rows = conn.execute(text(f"SELECT * FROM {table}")).mappings().all()
            out[table] = sorted(repr(sorted((k, v) for k, v in row.items() if k not in ("ingested_at", "pk", "claim_pk")))
                                for row in rows)
        out["links"] = sorted(conn.execute(text(
            "SELECT c.article_key, c.claim_id, l.place_id FROM claim_places l JOIN claims c ON c.pk = l.claim_pk")).all())
    engine.dispose()
    return out


def test_a_batch_write_stores_what_article_by_article_writes_store(db_url: str, gaz: object, tmp_path: Path) -> None:
    from geo.store.writer import write_article, write_articles

    records = _seed_records(gaz, tmp_path)
    assert sum(len(r["claims"]) for r in records) > 50 and any(r["contested"] for r in records)
    engine = open_store(db_url)
    with engine.begin() as conn:
        statuses = write_articles(conn, [*records, records[0]])  # the same text twice in one batch
    assert statuses == ["new"] * len(records) + ["unchanged"]
    batch = _rows(db_url)
    with engine.begin() as conn:  # clear it, then write the same records one at a time
        for table in ("claim_places", "claims", "mentions", "article_contested", "unresolved", "articles",
                      "place_side_counts", "places"):
            conn.execute(text(f"DELETE FROM {table}"))
    with engine.begin() as conn:
        assert [write_article(conn, r) for r in records] == ["new"] * len(records)
    with engine.begin() as conn:  # an older extraction of one article is replaced, the rest left alone
        conn.execute(update(articles).where(articles.c.article_id == records[1]["id"])
                     .values(extractor_version="0.0.1"))
        assert write_articles(conn, records[:3]) == ["unchanged", "updated", "unchanged"]
    engine.dispose()
    assert _rows(db_url) == batch
    assert len(batch["claim_places"]) == sum(len(set(c["place_ids"])) for r in records for c in r["claims"])


def test_an_article_that_breaks_a_constraint_is_the_only_one_lost(db_url: str, gaz: object, tmp_path: Path) -> None:
    import copy

    from geo.store.ingest import IngestSummary, _write_batch
    from geo.store.writer import article_key

    records = _seed_records(gaz, tmp_path)[:5]
    broken = copy.deepcopy(records[2])
    broken["claims"][0]["side"] = None  # claims.side is NOT NULL
    engine = open_store(db_url)
    summary = IngestSummary()
    _write_batch(engine, [*records[:2], broken, *records[3:]], summary)
    assert (summary.new, summary.failed) == (4, 1)
    [(where, message)] = summary.problems
    assert where == str(broken["path"]) and "not stored: IntegrityError" in message
    with engine.connect() as conn:
        stored = {r[0] for r in conn.execute(select(articles.c.article_key))}
        linked = conn.execute(select(func.count()).select_from(claim_places)).scalar()
        counted = conn.execute(text("SELECT sum(claims) FROM place_side_counts")).scalar()
    engine.dispose()
    assert stored == {article_key(r["id"]) for r in records} - {article_key(broken["id"])}
    assert linked == counted == sum(len(set(c["place_ids"])) for r in records if r is not records[2]
                                    for c in r["claims"])
