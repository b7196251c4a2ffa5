"""The store's migrations (Alembic, geo/store/migrations): new stores, stores the old runner made at
each schema version, a second run, a store newer than the program, failures and two migrators,
on a real SQLite file and a real PostgreSQL database."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection, Engine

from geo.errors import StoreError
from geo.store.engine import open_store
from geo.store.migrations import head_revision, migrate_store, revisions
from geo.store.schema import SCHEMA_VERSION, V2_INDEXES, V3_INDEXES, current_version, metadata, search_key

ROOT = Path(__file__).resolve().parents[2]
CLAIM_TEXT = "قالت وزارة الدفاع إن القوات قصفت شُوشا"


def bare_engine(url: str) -> Engine:
    return open_store(url, migrate=False)


def versions(conn: Connection) -> tuple[str | None, int | None]:
    """(alembic_version's revision, schema_version's number)."""
    tables = set(inspect(conn).get_table_names())
    revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar() \
        if "alembic_version" in tables else None
    number = conn.execute(text("SELECT version FROM schema_version")).scalar() if "schema_version" in tables else None
    return revision, number


def schema_of(conn: Connection) -> dict[str, tuple[list[str], list[str]]]:
    inspector = inspect(conn)
    return {t: ([c["name"] for c in inspector.get_columns(t)], sorted(i["name"] for i in inspector.get_indexes(t)))
            for t in sorted(inspector.get_table_names())}


def assert_head_schema(conn: Connection) -> None:
    assert versions(conn) == (head_revision(), SCHEMA_VERSION)
    assert current_version(conn) == SCHEMA_VERSION
    stored = schema_of(conn)
    for table in metadata.sorted_tables:
        assert table.name in stored, f"table {table.name} is missing"
        assert stored[table.name][0] == [c.name for c in table.columns], table.name


# What each schema version added: taken away, newest first, a new store becomes one of an older
# version, as the migration runner from before Alembic left it.
ADDED_BY = {
    6: ["DROP TABLE corrections", "ALTER TABLE articles DROP COLUMN machine_record",
        "ALTER TABLE claims DROP COLUMN reviewed", "ALTER TABLE claims DROP COLUMN machine",
        "ALTER TABLE mentions DROP COLUMN reviewed"],
    5: ["ALTER TABLE claims DROP COLUMN search_key"],
    4: ["DROP INDEX ux_articles_article_id", "DROP INDEX ix_articles_content_hash",
        "ALTER TABLE articles DROP COLUMN content_hash"],
    3: [*(f"DROP INDEX {index.name}" for index in V3_INDEXES), "DROP TABLE place_side_counts",
        *(f"ALTER TABLE claim_places DROP COLUMN {c}" for c in ("side", "type", "polarity", "when_date", "outlet"))],
    2: [*(f"DROP INDEX {index.name}" for index in V2_INDEXES), "DROP TABLE contested_places"],
}


def old_runner_store(url: str, version: int) -> None:
    """A store as the migration runner from before Alembic left it at ``version`` (its tables,
    schema_version = version, no alembic_version), with two articles, one of them stored twice
    under the same id when older than version 4 (the older copy is what version 4 removes)."""
    open_store(url).dispose()
    engine = bare_engine(url)
    with engine.begin() as conn:
        for later in range(SCHEMA_VERSION, version, -1):
            for sql in ADDED_BY[later]:
                conn.execute(text(sql))
        conn.execute(text("DROP TABLE alembic_version"))
        conn.execute(text("UPDATE schema_version SET version = :v"), {"v": version})
        conn.execute(text("INSERT INTO places (place_id, name, name_ar, alt_names, lat, lon, kind) VALUES "
                          "('shusha', 'Shusha', 'شوشا', '', 39.76, 46.75, 'city'), "
                          "('fuzuli', 'Fuzuli', 'فضولي', '', 39.6, 47.14, 'city')"))
        articles = [("key-old", "a-1", dt.datetime(2020, 10, 1), dt.date(2020, 10, 1)),
                    ("key-new", "a-1", dt.datetime(2020, 10, 5), dt.date(2020, 10, 5)),
                    ("key-two", "a-2", dt.datetime(2020, 10, 2), None)]
        if version >= 4:  # one id, one article
            articles = articles[1:]
        for key, article_id, ingested, published in articles:
            conn.execute(text("INSERT INTO articles (article_key, article_id, extractor_version, text, ingested_at, "
                              "published, outlet) VALUES (:k, :i, '1', :t, :at, :p, 'outlet')"),
                         {"k": key, "i": article_id, "t": CLAIM_TEXT, "at": ingested, "p": published})
            conn.execute(text('INSERT INTO claims (article_key, claim_id, start, "end", text, speaker, side, type, '
                              "polarity, confidence, numbers) VALUES (:k, 'c1', 0, 10, :t, 'وزارة الدفاع', 'azerbaijan', "
                              "'attack', 'assert', 0.9, '[]')"), {"k": key, "t": CLAIM_TEXT})
            pk = conn.execute(text("SELECT pk FROM claims WHERE article_key = :k"), {"k": key}).scalar()
            for place in ("shusha", "fuzuli"):
                conn.execute(text("INSERT INTO claim_places (claim_pk, place_id) VALUES (:pk, :p)"),
                             {"pk": pk, "p": place})
        if version >= 3:  # what write_article kept since version 3
            conn.execute(text("UPDATE claim_places SET side = 'azerbaijan', type = 'attack', polarity = 'assert', "
                              "when_date = '2020-10-05', outlet = 'outlet'"))
            conn.execute(text("INSERT INTO place_side_counts (place_id, side, claims) "
                              "SELECT place_id, side, count(*) FROM claim_places GROUP BY place_id, side"))
        if version >= 4:
            conn.execute(text("UPDATE articles SET content_hash = article_key"))
        if version >= 5:
            conn.execute(text("UPDATE claims SET search_key = :s"), {"s": search_key(CLAIM_TEXT, "وزارة الدفاع")})
        assert versions(conn) == (None, version)
    engine.dispose()


def test_the_newest_revision_is_the_programs_schema_version() -> None:
    assert head_revision() == f"{SCHEMA_VERSION:04d}"
    numbers = sorted(int(script.revision) for script in revisions().walk_revisions())
    assert numbers == list(range(1, SCHEMA_VERSION + 1))


def test_a_new_store_gets_the_newest_revision(db_url: str) -> None:
    engine = open_store(db_url)
    with engine.connect() as conn:
        assert_head_schema(conn)
    engine.dispose()


@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION + 1))
def test_a_store_of_the_old_runner_is_taken_over_and_upgraded(db_url: str, version: int) -> None:
    old_runner_store(db_url, version)
    engine = bare_engine(db_url)
    with engine.begin() as conn:  # a count revisions 3 and 4 (its duplicate removed) would count again
        if version >= 3:
            conn.execute(text("INSERT INTO place_side_counts (place_id, side, claims) VALUES ('fuzuli', 'armenia', 7)"))
    engine.dispose()
    engine = open_store(db_url)
    with engine.connect() as conn:
        assert_head_schema(conn)
        rows = conn.execute(text("SELECT article_id, article_key, content_hash FROM articles ORDER BY article_id")).all()
        assert [tuple(r) for r in rows] == [("a-1", "key-new", "key-new"), ("a-2", "key-two", "key-two")]
        claims = conn.execute(text("SELECT c.article_key, c.search_key FROM claims c ORDER BY c.article_key")).all()
        assert [r[0] for r in claims] == ["key-new", "key-two"]
        assert {r[1] for r in claims} == {search_key(CLAIM_TEXT, "وزارة الدفاع")}
        assert " شوشا " in claims[0][1]  # folded: the harakah is gone
        links = conn.execute(text("SELECT c.article_key, l.place_id, l.side, l.when_date FROM claim_places l "
                                  "JOIN claims c ON c.pk = l.claim_pk ORDER BY 1, 2")).all()
        assert [(r[0], r[1], r[2]) for r in links] == [
            ("key-new", "fuzuli", "azerbaijan"), ("key-new", "shusha", "azerbaijan"),
            ("key-two", "fuzuli", "azerbaijan"), ("key-two", "shusha", "azerbaijan")]
        assert all(r[3] is not None for r in links)
        counts = conn.execute(text("SELECT place_id, side, claims FROM place_side_counts ORDER BY 1, 2")).all()
        kept = [("fuzuli", "armenia", 7)] if version >= 4 else []  # only the revisions after its version ran
        assert [tuple(r) for r in counts] == [*kept, ("fuzuli", "azerbaijan", 2), ("shusha", "azerbaijan", 2)]
    engine.dispose()


def test_a_version_1_link_gets_its_claims_date_or_the_articles(db_url: str) -> None:
    old_runner_store(db_url, 1)
    engine = open_store(db_url)
    with engine.connect() as conn:
        dates = dict(conn.execute(text("SELECT c.article_key, min(l.when_date) FROM claim_places l "
                                       "JOIN claims c ON c.pk = l.claim_pk GROUP BY c.article_key")).all())
    engine.dispose()
    # no event date: the article's date, else the date that sorts after every real one
    assert {k: str(v) for k, v in dates.items()} == {"key-new": "2020-10-05", "key-two": "0001-01-01"}


def test_migrating_again_changes_nothing(db_url: str) -> None:
    old_runner_store(db_url, 2)
    engine = open_store(db_url)
    with engine.begin() as conn:  # a count no revision leaves alone if it runs (3 and 4 count again)
        conn.execute(text("UPDATE place_side_counts SET claims = 99 WHERE place_id = 'shusha'"))
        conn.execute(text("UPDATE claims SET search_key = NULL"))  # (5 would fill it in)
        before = schema_of(conn), versions(conn)
    assert migrate_store(engine) == SCHEMA_VERSION
    engine.dispose()
    engine = open_store(db_url)
    with engine.connect() as conn:
        assert (schema_of(conn), versions(conn)) == before
        assert conn.execute(text("SELECT claims FROM place_side_counts WHERE place_id = 'shusha'")).scalar() == 99
        assert conn.execute(text("SELECT count(*) FROM claims WHERE search_key IS NULL")).scalar() == 2
    engine.dispose()


@pytest.mark.parametrize("revision", ["0099", "3f1c0e2a9b7d"])
def test_a_store_of_a_newer_program_is_refused_with_what_to_do(db_url: str, revision: str) -> None:
    open_store(db_url).dispose()
    engine = bare_engine(db_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = :r"), {"r": revision})
        before = schema_of(conn)
    engine.dispose()
    with pytest.raises(StoreError, match=f"revision {revision}, which this program does not know") as err:
        open_store(db_url)
    assert "Upgrade this program" in str(err.value) and f"version {SCHEMA_VERSION}" in str(err.value)
    engine = bare_engine(db_url)
    with engine.connect() as conn:
        assert versions(conn) == (revision, SCHEMA_VERSION) and schema_of(conn) == before
    engine.dispose()


def test_an_old_runner_store_newer_than_the_program_is_refused(db_url: str) -> None:
    old_runner_store(db_url, SCHEMA_VERSION)
    engine = bare_engine(db_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE schema_version SET version = :v"), {"v": SCHEMA_VERSION + 3})
    engine.dispose()
    with pytest.raises(StoreError, match=f"version {SCHEMA_VERSION + 3}, which this program does not know"):
        open_store(db_url)
    engine = bare_engine(db_url)
    with engine.connect() as conn:
        assert versions(conn) == (None, SCHEMA_VERSION + 3)
    engine.dispose()


FAIL_CLAIM_UPDATES = {
    "sqlite": ["CREATE TRIGGER no_claim_updates BEFORE UPDATE ON claims BEGIN SELECT RAISE(ABORT, 'refused'); END"],
    "postgresql": [
        "CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused'; END $$",
        "CREATE TRIGGER no_claim_updates BEFORE UPDATE ON claims FOR EACH ROW EXECUTE FUNCTION refuse()",
    ],
}


def test_a_failing_revision_keeps_the_ones_before_it(db_url: str) -> None:
    old_runner_store(db_url, 3)
    engine = bare_engine(db_url)
    with engine.begin() as conn:  # revision 5 writes each claim's search key: the database refuses
        for sql in FAIL_CLAIM_UPDATES[conn.dialect.name]:
            conn.execute(text(sql))
    engine.dispose()
    with pytest.raises(StoreError, match="refused"):
        open_store(db_url)
    engine = bare_engine(db_url)
    with engine.begin() as conn:
        assert versions(conn) == ("0004", 4)  # taken over at 3, revision 4 committed, 5 rolled back
        columns = {c["name"] for c in inspect(conn).get_columns("claims")}
        assert "search_key" not in columns
        assert conn.execute(text("SELECT count(*) FROM articles")).scalar() == 2
        conn.execute(text("DROP TRIGGER no_claim_updates" + (" ON claims" if conn.dialect.name == "postgresql" else "")))
    engine.dispose()
    engine = open_store(db_url)
    with engine.connect() as conn:
        assert_head_schema(conn)
    engine.dispose()


def test_two_programs_opening_an_old_store_at_once_both_get_the_newest(db_url: str) -> None:
    old_runner_store(db_url, 1)
    errors: list[BaseException] = []

    def open_it() -> None:
        try:
            open_store(db_url).dispose()
        except BaseException as err:  # noqa: B036 - reported below
            errors.append(err)

    threads = [threading.Thread(target=open_it) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not errors, errors
    engine = open_store(db_url)
    with engine.connect() as conn:
        assert_head_schema(conn)
        assert conn.execute(text("SELECT count(*) FROM articles")).scalar() == 2
        assert conn.execute(text("SELECT count(*) FROM alembic_version")).scalar() == 1
    engine.dispose()
