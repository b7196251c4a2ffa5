"""The store's schema: its tables as the program uses them, the schema version they make, and the
per-place counts kept beside the links.

The same schema on SQLite and PostgreSQL. The revisions that create and upgrade a store's tables
are in geo/store/migrations/ (run with Alembic); opening a store is geo/store/engine.py's job,
writing articles geo/store/writer.py's, reading them geo/store/queries.py's.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

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
    select,
    text,
)
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Connection

from geo.errors import StoreError
from geo.text.keys import normalise_phrase

metadata = MetaData()

# The old migration runner's record of the version, still written (see geo/store/migrations):
# a program from before Alembic reads it and refuses a store newer than itself.
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


# Version 4: an article's identity is its id (manifest id or path); its version is the hash of
# its text (content_hash).
V4_INDEXES = (
    Index("ux_articles_article_id", articles.c.article_id, unique=True),
    Index("ix_articles_content_hash", articles.c.content_hash),
)


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


def search_key(*parts: str | None) -> str:
    """The folded words of a claim's text and speaker, space-separated and space-framed."""
    return " " + " ".join(normalise_phrase(p) for p in parts if p) + " "


SCHEMA_VERSION = 6
"""The schema version the tables above make: the number of the newest revision in
geo/store/migrations/versions (revision "0006" is version 6; a test keeps the two equal)."""


def current_version(conn: Connection) -> int:
    """The store's schema version: the number of its Alembic revision, or, for a store the old
    migration runner made and this program has not opened yet, what its schema_version says;
    0 for an empty store."""
    if conn.dialect.has_table(conn, "alembic_version"):
        revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        if revision is not None:
            return revision_number(revision)
    if not conn.dialect.has_table(conn, "schema_version"):
        return 0
    value = conn.execute(select(schema_version.c.version)).scalar()
    return int(value or 0)


def revision_number(revision: str) -> int:
    """The schema version of an Alembic revision id of geo's ("0006" -> 6)."""
    if not revision.isdigit():
        raise StoreError(f"the store's schema revision {revision!r} is not one of geo's (they are numbered "
                         "0001, 0002, ...): this store was changed by another program")
    return int(revision)


def table_counts(conn: Connection) -> dict[str, int]:
    return {
        t.name: int(conn.execute(select(func.count()).select_from(t)).scalar() or 0)
        for t in (*V1_TABLES, contested_places, place_side_counts)
    }
