"""The store's schema: its tables, the migrations that create and upgrade it, and the per-place counts
kept beside the links.

The same schema on SQLite and PostgreSQL. Opening a store is geo/store/engine.py's job, writing
articles geo/store/writer.py's, reading them geo/store/queries.py's.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Mapping

from sqlalchemy import (
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
    UniqueConstraint,
    delete,
    func,
    inspect,
    select,
    text,
)
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Connection, Engine

from geo.errors import StoreError
from geo.text.keys import normalise_phrase

log = logging.getLogger(__name__)



metadata = MetaData()

schema_version = Table("schema_version", metadata, Column("version", Integer, nullable=False))

articles = Table(
    "articles", metadata,
    Column("article_key", String(64), primary_key=True),  # see writer.article_key: from the article's id
    Column("article_id", Text, nullable=False),
    Column("path", Text),
    Column("published", Date),
    Column("title", Text),
    Column("outlet", Text),
    Column("url", Text),
    Column("encoding", String(32)),
    Column("warnings", Text),
    Column("extractor_version", String(32), nullable=False),
    Column("text", Text, nullable=False),
    Column("ingested_at", DateTime, nullable=False),
    Column("content_hash", String(64)),  # schema version 4: the version of the article's text
    Column("machine_record", Text),  # schema version 6: the extractor's record, before corrections
)

places = Table(
    "places", metadata,
    Column("place_id", String(128), primary_key=True),
    Column("name", Text, nullable=False),
    Column("name_ar", Text, nullable=False),
    Column("alt_names", Text, nullable=False),
    Column("lat", Float, nullable=False),
    Column("lon", Float, nullable=False),
    Column("kind", String(32), nullable=False),
    Column("country", String(8)),
    Column("source", Text),
    Column("layer", String(16)),
)

mentions = Table(
    "mentions", metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("article_key", String(64), ForeignKey("articles.article_key", ondelete="CASCADE"), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("surface", Text, nullable=False),
    Column("place_id", String(128), ForeignKey("places.place_id"), nullable=False),
    Column("role", String(16), nullable=False),
    Column("confidence", Float, nullable=False),
    Column("reviewed", Integer),  # schema version 6
)

claims = Table(
    "claims", metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("article_key", String(64), ForeignKey("articles.article_key", ondelete="CASCADE"), nullable=False),
    Column("claim_id", String(128), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("speaker", Text),
    Column("speaker_en", Text),
    Column("side", String(16), nullable=False),
    Column("type", String(16), nullable=False),
    Column("polarity", String(8), nullable=False),
    Column("event_date", Date),
    Column("confidence", Float, nullable=False),
    Column("numbers", Text, nullable=False),
    Column("speaker_start", Integer),
    Column("speaker_end", Integer),
    Column("search_key", Text),  # schema version 5: see search_key
    Column("reviewed", Integer),  # schema version 6: a person confirmed or corrected it
    Column("machine", Text),  # schema version 6: the machine's values of a corrected claim (JSON)
    UniqueConstraint("article_key", "claim_id", name="uq_claims_article_claim"),
)

UNKNOWN_DATE = dt.date(1, 1, 1)
"""The date of a claim-place link whose claim and article give none: sorts after every real date
when newest come first, on SQLite and PostgreSQL alike (no NULLS LAST needed)."""

claim_places = Table(
    "claim_places", metadata,
    Column("claim_pk", Integer, ForeignKey("claims.pk", ondelete="CASCADE"), nullable=False),
    Column("place_id", String(128), ForeignKey("places.place_id"), nullable=False),
    # copied from the claim and its article (schema version 3) so the dashboard's filters and
    # "newest first" read one indexed table
    Column("side", String(16)),
    Column("type", String(16)),
    Column("polarity", String(8)),
    Column("when_date", Date),
    Column("outlet", Text),
    PrimaryKeyConstraint("claim_pk", "place_id", name="pk_claim_places"),
)

# The table as schema version 1 created it: migrations build from frozen definitions, so that an
# old store and a new one end up the same after all migrations.
_v1_metadata = MetaData()
_claim_places_v1 = Table(
    "claim_places", _v1_metadata,
    Column("claim_pk", Integer, nullable=False),
    Column("place_id", String(128), nullable=False),
    PrimaryKeyConstraint("claim_pk", "place_id", name="pk_claim_places"),
)

article_contested = Table(
    "article_contested", metadata,
    Column("article_key", String(64), ForeignKey("articles.article_key", ondelete="CASCADE"), nullable=False),
    Column("place_id", String(128), ForeignKey("places.place_id"), nullable=False),
    PrimaryKeyConstraint("article_key", "place_id", name="pk_article_contested"),
)

unresolved = Table(
    "unresolved", metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("article_key", String(64), ForeignKey("articles.article_key", ondelete="CASCADE"), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("surface", Text, nullable=False),
)

V1_TABLES = (articles, places, mentions, claims, claim_places, article_contested, unresolved)
_V1_CREATE = (articles, places, mentions, claims, _claim_places_v1, article_contested, unresolved)

# Version 2: places contested across articles (refreshed after each ingest), and the indexes the
# dashboard's filters need.
contested_places = Table(
    "contested_places", metadata,
    Column("place_id", String(128), ForeignKey("places.place_id"), primary_key=True),
    Column("sides", Text, nullable=False),
    Column("first_date", Date),
    Column("last_date", Date),
    Column("claims", Integer, nullable=False),
)

V2_INDEXES = (
    Index("ix_claims_side", claims.c.side),
    Index("ix_claims_type", claims.c.type),
    Index("ix_claims_event_date", claims.c.event_date),
    Index("ix_claims_article", claims.c.article_key),
    Index("ix_claim_places_place", claim_places.c.place_id),
    Index("ix_mentions_place", mentions.c.place_id),
    Index("ix_mentions_article", mentions.c.article_key),
    Index("ix_unresolved_article", unresolved.c.article_key),
    Index("ix_articles_published", articles.c.published),
    Index("ix_articles_outlet", articles.c.outlet),
)


def _migrate_v1(conn: Connection) -> None:
    for table in _V1_CREATE:
        table.create(conn, checkfirst=True)


def _migrate_v2(conn: Connection) -> None:
    contested_places.create(conn, checkfirst=True)
    for index in V2_INDEXES:
        index.create(conn, checkfirst=True)


# Version 3: claim-place links carry their claim's side, type, polarity, date and outlet, and
# per-place counts by side are kept, so the map's layer and one place's newest claims are read
# from indexes instead of joins over every claim.
place_side_counts = Table(
    "place_side_counts", metadata,
    Column("place_id", String(128), ForeignKey("places.place_id"), nullable=False),
    Column("side", String(16), nullable=False),
    Column("claims", Integer, nullable=False),
    PrimaryKeyConstraint("place_id", "side", name="pk_place_side_counts"),
)
V3_INDEXES = (
    Index("ix_claim_places_place_when", claim_places.c.place_id, claim_places.c.when_date, claim_places.c.claim_pk),
    Index("ix_claim_places_side_place", claim_places.c.side, claim_places.c.place_id),
    Index("ix_claim_places_type_place", claim_places.c.type, claim_places.c.place_id),
)
_V3_COLUMNS = (("side", "VARCHAR(16)"), ("type", "VARCHAR(16)"), ("polarity", "VARCHAR(8)"),
               ("when_date", "DATE"), ("outlet", "TEXT"))


def _migrate_v3(conn: Connection) -> None:
    existing = {c["name"] for c in inspect(conn).get_columns("claim_places")}
    for name, sql_type in _V3_COLUMNS:
        if name not in existing:
            conn.execute(text(f"ALTER TABLE claim_places ADD COLUMN {name} {sql_type}"))
    # backfill the links an older version wrote (a new store has none)
    for name, expression in (
        ("side", "c.side"), ("type", "c.type"), ("polarity", "c.polarity"),
        ("when_date", f"COALESCE(c.event_date, a.published, '{UNKNOWN_DATE.isoformat()}')"),
        ("outlet", "a.outlet"),
    ):
        conn.execute(text(
            f"UPDATE claim_places SET {name} = (SELECT {expression} FROM claims c JOIN articles a "
            f"ON a.article_key = c.article_key WHERE c.pk = claim_places.claim_pk) WHERE {name} IS NULL"
        ))
    place_side_counts.create(conn, checkfirst=True)
    for index in V3_INDEXES:
        index.create(conn, checkfirst=True)
    refresh_place_counts(conn)


def _insert(conn: Connection, table: Table):  # type: ignore[no-untyped-def]
    return (pg_insert(table) if conn.dialect.name == "postgresql" else sqlite_insert(table))


def add_place_counts(conn: Connection, deltas: Mapping[tuple[str, str], int]) -> None:
    """Add ``deltas`` ((place_id, side) -> links added, or removed when negative) to place_side_counts.

    write_article and delete_article call it in the transaction that changes the links, so the
    map's counts match the stored claims after every commit, even when an ingest is killed
    half-way. Concurrent writers add to the same rows safely (an upsert locks its row).
    """
    changes = sorted((key, n) for key, n in deltas.items() if n)  # one lock order for concurrent writers
    if not changes:
        return
    upsert = _insert(conn, place_side_counts)
    conn.execute(upsert.on_conflict_do_update(
        index_elements=["place_id", "side"], set_={"claims": place_side_counts.c.claims + upsert.excluded.claims}),
        [{"place_id": place_id, "side": side, "claims": n} for (place_id, side), n in changes])
    if any(n < 0 for _key, n in changes):
        conn.execute(delete(place_side_counts).where(place_side_counts.c.claims <= 0))


def refresh_place_counts(conn: Connection) -> None:
    """Recompute place_side_counts from the links (inside the caller's transaction; see add_place_counts)."""
    conn.execute(delete(place_side_counts))
    conn.execute(place_side_counts.insert().from_select(
        ["place_id", "side", "claims"],
        select(claim_places.c.place_id, claim_places.c.side, func.count()).group_by(
            claim_places.c.place_id, claim_places.c.side),
    ))


# Version 4: an article's identity is its id (manifest id or path); its version is the hash of its
# text (content_hash). Keys written before version 4 were that hash, so it is copied over; when
# one id was stored twice (an edited text ingested again), the newest copy is kept.
V4_INDEXES = (
    Index("ux_articles_article_id", articles.c.article_id, unique=True),
    Index("ix_articles_content_hash", articles.c.content_hash),
)


def _migrate_v4(conn: Connection) -> None:
    existing = {c["name"] for c in inspect(conn).get_columns("articles")}
    if "content_hash" not in existing:
        conn.execute(text("ALTER TABLE articles ADD COLUMN content_hash VARCHAR(64)"))
    conn.execute(text("UPDATE articles SET content_hash = article_key WHERE content_hash IS NULL"))
    rows = conn.execute(select(articles.c.article_id, articles.c.article_key)
                        .order_by(articles.c.article_id, articles.c.ingested_at.desc(), articles.c.article_key)).all()
    seen: set[str] = set()
    stale = []
    for article_id, key in rows:
        if article_id in seen:
            stale.append(key)
        seen.add(article_id)
    for key in stale:
        claim_pks = select(claims.c.pk).where(claims.c.article_key == key)
        conn.execute(delete(claim_places).where(claim_places.c.claim_pk.in_(claim_pks)))
        for table in (claims, mentions, article_contested, unresolved, articles):
            conn.execute(delete(table).where(table.c.article_key == key))
    if stale:
        refresh_place_counts(conn)
    for index in V4_INDEXES:
        index.create(conn, checkfirst=True)


# Version 5: a folded copy of each claim's text and speaker (harakat, tatweel, zero-width marks,
# hamza and letter case folded), so a search finds «شوشا» in «شُوشا» the same way on both backends.
def _migrate_v5(conn: Connection) -> None:
    existing = {c["name"] for c in inspect(conn).get_columns("claims")}
    if "search_key" not in existing:
        conn.execute(text("ALTER TABLE claims ADD COLUMN search_key TEXT"))
    rows = conn.execute(select(claims.c.pk, claims.c.text, claims.c.speaker, claims.c.speaker_en)
                        .where(claims.c.search_key.is_(None))).all()
    for pk, claim_text, speaker, speaker_en in rows:
        conn.execute(claims.update().where(claims.c.pk == pk)
                     .values(search_key=search_key(claim_text, speaker, speaker_en)))


# Version 6: analysts' corrections (geo/store/corrections.py), the machine's own record of each
# article (re-applied with the corrections whenever one is made), and which claims and mentions a
# person reviewed, with the machine's original values of a corrected claim.
corrections = Table(
    "corrections", metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("correction_id", String(64), nullable=False, unique=True),
    Column("kind", String(16), nullable=False),
    Column("action", String(16), nullable=False),
    Column("article_id", Text),
    Column("content_hash", String(64)),
    Column("start", Integer),
    Column("end", Integer),
    Column("side", String(16)),
    Column("place_id", String(128)),
    Column("payload", Text, nullable=False),
    Column("author", Text, nullable=False),
    Column("reason", Text, nullable=False),
    Column("created_at", DateTime, nullable=False),
    Column("extractor_version", String(32)),
    Index("ix_corrections_article", "article_id"),
)
_V6_COLUMNS = (("articles", "machine_record", "TEXT"), ("claims", "reviewed", "INTEGER"),
               ("claims", "machine", "TEXT"), ("mentions", "reviewed", "INTEGER"))


def _migrate_v6(conn: Connection) -> None:
    for table_name, column, sql_type in _V6_COLUMNS:
        if column not in {c["name"] for c in inspect(conn).get_columns(table_name)}:
            conn.execute(text(f"ALTER TABLE {table_name} ADD COLUMN {column} {sql_type}"))
    corrections.create(conn, checkfirst=True)  # with its index


def search_key(*parts: str | None) -> str:
    """The folded words of a claim's text and speaker, space-separated and space-framed."""
    return " " + " ".join(normalise_phrase(p) for p in parts if p) + " "


MIGRATIONS: dict[int, Callable[[Connection], None]] = {
    1: _migrate_v1, 2: _migrate_v2, 3: _migrate_v3, 4: _migrate_v4, 5: _migrate_v5, 6: _migrate_v6,
}
SCHEMA_VERSION = max(MIGRATIONS)


def current_version(conn: Connection) -> int:
    if not conn.dialect.has_table(conn, "schema_version"):
        return 0
    value = conn.execute(select(schema_version.c.version)).scalar()
    return int(value or 0)


def migrate_store(engine: Engine) -> int:
    """Bring the schema to SCHEMA_VERSION, one migration at a time, each in its own transaction."""
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(74201)"))  # one migrator at a time
        schema_version.create(conn, checkfirst=True)
        version = current_version(conn)
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"the store's schema is version {version}, newer than this program's {SCHEMA_VERSION}; "
                "upgrade the program"
            )
        for target in range(version + 1, SCHEMA_VERSION + 1):
            log.info("migrating the store to schema version %d", target)
            MIGRATIONS[target](conn)
            conn.execute(delete(schema_version))
            conn.execute(schema_version.insert().values(version=target))
    return SCHEMA_VERSION


def table_counts(conn: Connection) -> dict[str, int]:
    return {
        t.name: int(conn.execute(select(func.count()).select_from(t)).scalar() or 0)
        for t in (*V1_TABLES, contested_places, place_side_counts)
    }
