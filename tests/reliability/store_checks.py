"""What must hold in a store after any crash, kill or fault, checked with SQL.

Owns ``check_consistency`` (structure: schema, no orphans, derived tables equal to what they are
derived from, offsets valid) and ``article_rows`` (each article's row counts, to compare with a
reference extraction: only whole articles are ever stored). It does not write to the store.
"""

from __future__ import annotations

import hashlib
from typing import Any

from sqlalchemy import inspect, select, text
from sqlalchemy.engine import Connection

from geo.records import article_record
from geo.store.engine import open_store
from geo.store.schema import (
    SCHEMA_VERSION,
    V2_INDEXES,
    V3_INDEXES,
    current_version,
    metadata,
    schema_version,
    table_counts,
)
from geo.store.writer import article_key

# (what is wrong, a query counting the rows where it is wrong)
ORPHANS = (
    ("mentions without their article",
     "SELECT count(*) FROM mentions m WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.article_key = m.article_key)"),
    ("claims without their article",
     "SELECT count(*) FROM claims c WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.article_key = c.article_key)"),
    ("unresolved names without their article",
     "SELECT count(*) FROM unresolved u WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.article_key = u.article_key)"),
    ("contested-in-article rows without their article",
     "SELECT count(*) FROM article_contested x "
     "WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.article_key = x.article_key)"),
    ("claim-place links without their claim",
     "SELECT count(*) FROM claim_places l WHERE NOT EXISTS (SELECT 1 FROM claims c WHERE c.pk = l.claim_pk)"),
    ("claim-place links without their place",
     "SELECT count(*) FROM claim_places l WHERE NOT EXISTS (SELECT 1 FROM places p WHERE p.place_id = l.place_id)"),
    ("mentions without their place",
     "SELECT count(*) FROM mentions m WHERE NOT EXISTS (SELECT 1 FROM places p WHERE p.place_id = m.place_id)"),
    ("contested places without their place",
     "SELECT count(*) FROM contested_places x WHERE NOT EXISTS (SELECT 1 FROM places p WHERE p.place_id = x.place_id)"),
    ("articles with no text or no extractor version",
     "SELECT count(*) FROM articles WHERE text = '' OR extractor_version IS NULL"),
)

DERIVED = (
    # links carry copies of their claim's fields (schema version 3)
    ("claim-place links whose side, type or polarity differ from their claim's",
     "SELECT count(*) FROM claim_places l JOIN claims c ON c.pk = l.claim_pk "
     "WHERE l.side <> c.side OR l.type <> c.type OR l.polarity <> c.polarity OR l.when_date IS NULL"),
    # the map's per-place counts equal the links, both ways
    ("place counts missing or wrong (place_side_counts vs claim_places)",
     "SELECT count(*) FROM (SELECT place_id, side, count(*) AS n FROM claim_places GROUP BY place_id, side) g "
     "WHERE NOT EXISTS (SELECT 1 FROM place_side_counts s "
     "WHERE s.place_id = g.place_id AND s.side = g.side AND s.claims = g.n)"),
    ("place counts for links that do not exist",
     "SELECT count(*) FROM place_side_counts s WHERE s.claims <> (SELECT count(*) FROM claim_places l "
     "WHERE l.place_id = s.place_id AND l.side = s.side)"),
    # every offset points into the stored original text
    ("mentions whose offsets do not give their surface",
     'SELECT count(*) FROM mentions m JOIN articles a ON a.article_key = m.article_key '
     'WHERE substr(a.text, m.start + 1, m."end" - m.start) <> m.surface'),
    ("unresolved names whose offsets do not give their surface",
     'SELECT count(*) FROM unresolved u JOIN articles a ON a.article_key = u.article_key '
     'WHERE substr(a.text, u.start + 1, u."end" - u.start) <> u.surface'),
)


def check_consistency(url: str) -> dict[str, int]:
    """Assert the store at ``url`` is consistent; returns its table counts.

    The AssertionError lists every broken invariant with the number of rows breaking it.
    """
    engine = open_store(url, migrate=False)  # the schema as the fault left it, not repaired
    try:
        with engine.connect() as conn:
            problems = _schema_problems(conn)
            if not problems:
                for what, sql in (*ORPHANS, *DERIVED):
                    bad = conn.execute(text(sql)).scalar()
                    if bad:
                        problems.append(f"{what}: {bad}")
                for key, article_id, digest, body in conn.execute(
                        text("SELECT article_key, article_id, content_hash, text FROM articles")):
                    if hashlib.sha256(body.encode("utf-8")).hexdigest() != digest:
                        problems.append(f"article {key[:12]}: its content hash is not the SHA-256 of its text")
                    if article_key(article_id) != key:
                        problems.append(f"article {key[:12]}: its key is not made from its id {article_id!r}")
            if conn.dialect.name == "sqlite":
                verdict = conn.execute(text("PRAGMA integrity_check")).scalar()
                if verdict != "ok":
                    problems.append(f"SQLite integrity_check: {verdict}")
            counts = table_counts(conn) if not problems else {}
    finally:
        engine.dispose()
    assert not problems, "inconsistent store:\n  " + "\n  ".join(problems)
    return counts


def _schema_problems(conn: Connection) -> list[str]:
    problems = []
    version = current_version(conn)
    if version != SCHEMA_VERSION:
        problems.append(f"schema version {version}, expected {SCHEMA_VERSION}")
    mirrored = conn.execute(select(schema_version.c.version)).scalar()  # for programs from before Alembic
    if mirrored != version:
        problems.append(f"schema version {mirrored} in schema_version, but {version} in alembic_version")
    inspector = inspect(conn)
    tables = set(inspector.get_table_names())
    for table in metadata.sorted_tables:
        if table.name not in tables:
            problems.append(f"table {table.name} is missing")
            continue
        columns = {c["name"] for c in inspector.get_columns(table.name)}
        missing = [c.name for c in table.columns if c.name not in columns]
        if missing:
            problems.append(f"table {table.name} lacks columns {missing}")
    for index in (*V2_INDEXES, *V3_INDEXES):
        assert index.table is not None
        if index.table.name in tables and index.name not in {i["name"] for i in inspector.get_indexes(index.table.name)}:
            problems.append(f"index {index.name} is missing")
    return problems


def article_rows(url: str) -> dict[str, tuple[int, int, int, int, int]]:
    """Per stored article: (mentions, claims, claim-place links, unresolved, contested) row counts."""
    sql = (
        "SELECT a.article_key, "
        "(SELECT count(*) FROM mentions m WHERE m.article_key = a.article_key), "
        "(SELECT count(*) FROM claims c WHERE c.article_key = a.article_key), "
        "(SELECT count(*) FROM claim_places l JOIN claims c ON c.pk = l.claim_pk WHERE c.article_key = a.article_key), "
        "(SELECT count(*) FROM unresolved u WHERE u.article_key = a.article_key), "
        "(SELECT count(*) FROM article_contested x WHERE x.article_key = a.article_key) "
        "FROM articles a"
    )
    engine = open_store(url, migrate=False)
    try:
        with engine.connect() as conn:
            return {row[0]: tuple(row[1:]) for row in conn.execute(text(sql))}  # type: ignore[misc]
    finally:
        engine.dispose()


def expected_rows(record: dict[str, Any]) -> tuple[int, int, int, int, int]:
    """The row counts ``write_article`` gives one extraction record (see article_rows)."""
    links = sum(len(dict.fromkeys(c["place_ids"])) for c in record["claims"])
    return (len(record["mentions"]), len(record["claims"]), links, len(record["unresolved"]),
            len(record["contested"]))


def reference_rows(entries: Any, gaz: Any) -> dict[str, tuple[int, int, int, int, int]]:
    """Row counts per article key from extracting ``entries`` (ManifestEntry) here, without a store."""
    from geo.corpus.sources import load_article
    from geo.pipeline import extract
    out = {}
    for entry in entries:
        article = load_article(entry)
        out[article_key(article.id)] = expected_rows(article_record(extract(article, gaz)))
    return out
