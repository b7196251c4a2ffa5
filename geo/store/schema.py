"""The store: articles, places, mentions, claims and their links in a relational database.

Owns the schema, its migrations (the tool creates and upgrades it: see MIGRATIONS), the
engine set-up for SQLite (the default: one file, WAL, a busy timeout, writers serialised with
BEGIN IMMEDIATE) and PostgreSQL (for teams), and writing one article's extraction as rows.
The same schema and behaviour on both. Queries for the dashboard live in geo/queries.py,
ingest batching in geo/ingest.py.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import os
import time
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

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
    create_engine,
    delete,
    event,
    func,
    inspect,
    select,
    text,
)
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError, OperationalError, SQLAlchemyError

from geo.errors import GeoError

log = logging.getLogger(__name__)


class StoreError(GeoError, RuntimeError):
    """The database cannot be opened, migrated or written."""


def default_database_path() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share")
    return Path(base) / "geo-karabakh" / "geo.sqlite"


def database_url(option: str | None = None) -> str:
    """The database to use: the option, else GEO_DATABASE_URL, else the default SQLite file."""
    url = option or os.environ.get("GEO_DATABASE_URL")
    if url:
        if "://" not in url:  # a plain path means a SQLite file
            url = f"sqlite:///{Path(url).expanduser().resolve()}"
        if url.startswith("postgresql://"):
            url = "postgresql+psycopg://" + url[len("postgresql://"):]
        return url
    path = default_database_path()
    return f"sqlite:///{path}"


metadata = MetaData()

schema_version = Table("schema_version", metadata, Column("version", Integer, nullable=False))

articles = Table(
    "articles", metadata,
    Column("article_key", String(64), primary_key=True),  # sha256 of the decoded text: the identity
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


MIGRATIONS: dict[int, Callable[[Connection], None]] = {1: _migrate_v1, 2: _migrate_v2, 3: _migrate_v3}
SCHEMA_VERSION = max(MIGRATIONS)


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    # autocommit mode in the driver; SQLAlchemy's "begin" event below issues BEGIN IMMEDIATE
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA busy_timeout=60000")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def _sqlite_begin(conn: Connection) -> None:
    # writers take the lock when the transaction starts, so two ingests queue instead of failing
    # with "database is locked" half-way through a batch
    conn.exec_driver_sql("BEGIN IMMEDIATE")


def open_store(url: str | None = None, *, migrate: bool = True) -> Engine:
    """An engine for the store at ``url`` (see database_url), with the schema created or upgraded."""
    url = database_url(url)
    try:
        if url.startswith("sqlite"):
            path = url.split(":///", 1)[1] if ":///" in url else ""
            if path and path != ":memory:":
                Path(path).parent.mkdir(parents=True, exist_ok=True)
            engine = create_engine(url, connect_args={"timeout": 60})
            event.listen(engine, "connect", _sqlite_pragmas)
            event.listen(engine, "begin", _sqlite_begin)
        else:
            engine = create_engine(url, pool_pre_ping=True)
        if migrate:
            _migrate_when_free(engine)
    except SQLAlchemyError as err:
        if disk_full(err):
            raise StoreError(failure_message(err, url)) from err
        raise StoreError(f"cannot open the store at {_safe(url)}: {err.__class__.__name__}: {err.orig if hasattr(err, 'orig') else err}; "
                         "check GEO_DATABASE_URL (e.g. postgresql://user@host:5432/db) or --db") from err
    return engine


_SQLITE_FULL = 13
_PG_DISK_FULL = "53100"
_PG_GONE = ("57P01", "57P02", "57P03")  # admin shutdown, crash shutdown, cannot connect now (starting up)
_PG_TRANSIENT = ("40001", "40P01")  # serialization failure, deadlock detected: the transaction may simply be run again


def disk_full(err: BaseException) -> bool:
    """Did writing fail because the disk (or the server's disk) is full?"""
    orig = getattr(err, "orig", err)
    if getattr(orig, "sqlite_errorcode", None) == _SQLITE_FULL or getattr(orig, "sqlstate", None) == _PG_DISK_FULL:
        return True
    return "database or disk is full" in str(orig) or "No space left on device" in str(orig)


def connection_lost(err: BaseException) -> bool:
    """Did ``err`` happen because the database server went away (a restart, the network)?

    Then the transaction was rolled back and may be run again on a new connection. SQLite, a
    file, never loses its connection.
    """
    if not isinstance(err, DBAPIError):
        return False
    if err.connection_invalidated:
        return True
    sqlstate = getattr(err.orig, "sqlstate", None)
    if sqlstate:
        return sqlstate.startswith("08") or sqlstate in _PG_GONE
    # psycopg gives no SQLSTATE when it cannot connect at all (connection refused during a restart)
    return type(err.orig).__module__.startswith("psycopg") and "connection" in str(err.orig).lower()


def transient(err: BaseException) -> bool:
    """A lost connection, a deadlock or a serialization failure: running the transaction again may work."""
    return connection_lost(err) or getattr(getattr(err, "orig", None), "sqlstate", None) in _PG_TRANSIENT


def failure_message(err: BaseException, url: str) -> str:
    """What went wrong writing the store at ``url``, and what to do about it."""
    orig = getattr(err, "orig", None) or err
    reason = str(orig).strip().splitlines()[0] if str(orig).strip() else orig.__class__.__name__
    where = _safe(url)
    if disk_full(err):
        return (f"cannot write to the store at {where}: the disk is full ({reason}); free some space on that disk "
                "or choose another store with --db (or GEO_DATABASE_URL), then run the same command again")
    if connection_lost(err):
        return (f"lost the connection to the store at {where} ({reason}); check that the database server is "
                "running and reachable, then run the same command again")
    return (f"cannot write to the store at {where}: {err.__class__.__name__}: {reason}; check that the store "
            "is writable (permissions, a read-only disk) or choose another one with --db")


def _safe(url: str) -> str:
    """The URL without a password."""
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        creds, host = rest.rsplit("@", 1)
        return f"{scheme}://{creds.split(':', 1)[0]}:***@{host}" if ":" in creds else url
    return url


def current_version(conn: Connection) -> int:
    if not conn.dialect.has_table(conn, "schema_version"):
        return 0
    value = conn.execute(select(schema_version.c.version)).scalar()
    return int(value or 0)


SQLITE_OPEN_WAIT_S = 60.0
"""How long opening a SQLite store waits for another process that is creating or upgrading it."""


def _migrate_when_free(engine: Engine) -> None:
    """migrate_store, waiting for another process that holds the SQLite file. SQLite answers some
    lock conflicts while a new file is being set up (its switch to WAL, the first schema write)
    with "database is locked" at once instead of waiting out busy_timeout, so the opening is tried
    again, for as long as busy_timeout would have waited."""
    deadline = time.monotonic() + SQLITE_OPEN_WAIT_S
    while True:
        try:
            migrate_store(engine)
            return
        except OperationalError as err:
            if engine.dialect.name != "sqlite" or "locked" not in str(err.orig) or time.monotonic() > deadline:
                raise
            log.info("the store is locked by another process; trying again")
            engine.dispose()
            time.sleep(0.1)


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


def content_key(text_value: str) -> str:
    """An article's identity: the SHA-256 of its decoded text."""
    return hashlib.sha256(text_value.encode("utf-8")).hexdigest()


def _insert(conn: Connection, table: Table):  # type: ignore[no-untyped-def]
    return (pg_insert(table) if conn.dialect.name == "postgresql" else sqlite_insert(table))


def known_articles(conn: Connection, version: str) -> set[str]:
    """Keys of the articles already extracted by ``version``."""
    rows = conn.execute(select(articles.c.article_key).where(articles.c.extractor_version == version))
    return {r[0] for r in rows}


def write_article(conn: Connection, record: dict[str, Any]) -> str:
    """Write one article's rows (inside the caller's transaction): write_articles for one record."""
    return write_articles(conn, [record])[0]


def write_articles(conn: Connection, records: Sequence[dict[str, Any]]) -> list[str]:
    """Write a batch of articles' rows (inside the caller's transaction). Returns, for each record,
    new, updated or unchanged.

    A record is the JSON object of geo.records.article_record plus "article_key" and "text". An
    article already there with the same extractor version is left alone; with another version its
    rows are replaced. The same text twice in one batch is written once (the second is unchanged).

    Each table gets one statement for the whole batch, not one per article: the statements, not
    the rows, were most of the writer's time (SQLAlchemy builds and runs each one in Python).
    """
    if not records:
        return []
    keys = list(dict.fromkeys(r["article_key"] for r in records))
    find = select(articles.c.article_key, articles.c.extractor_version).where(articles.c.article_key.in_(keys))
    if conn.dialect.name == "postgresql":
        find = find.with_for_update()
    existing: dict[str, str] = {k: v for k, v in conn.execute(find).all()}
    statuses: list[str] = []
    todo: dict[str, dict[str, Any]] = {}
    for record in records:
        key = record["article_key"]
        old = existing.get(key)
        if key in todo or old == record["extractor_version"]:
            statuses.append("unchanged")
            continue
        if old is not None:
            delete_article(conn, key)
        statuses.append("new" if old is None else "updated")
        todo[key] = record
    if not todo:
        return statuses
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    inserted = {row[0] for row in conn.execute(
        _insert(conn, articles).on_conflict_do_nothing(index_elements=["article_key"]).returning(articles.c.article_key),
        [{"article_key": key, "article_id": r["id"], "path": r.get("path"), "published": _date(r.get("published")),
          "title": r.get("title"), "outlet": r.get("outlet"), "url": r.get("url"), "encoding": r.get("encoding"),
          "warnings": json.dumps(r.get("warnings", []), ensure_ascii=False),
          "extractor_version": r["extractor_version"], "text": r["text"], "ingested_at": now}
         for key, r in todo.items()],
    )}
    for i, record in enumerate(records):
        if statuses[i] != "unchanged" and record["article_key"] not in inserted:
            statuses[i] = "unchanged"  # another ingest wrote it a moment ago
    written = [r for key, r in todo.items() if key in inserted]
    _write_children(conn, written)
    return statuses


def _write_children(conn: Connection, written: Sequence[dict[str, Any]]) -> None:
    """The rows that hang off newly inserted articles: places, mentions, claims and their links."""
    _upsert_places(conn, {p["place_id"]: p for r in written for p in r["places"]}.values())
    _bulk_insert(conn, mentions, ("article_key", "start", "end", "surface", "place_id", "role", "confidence"), [
        (r["article_key"], m["start"], m["end"], m["surface"], m["place_id"], m["role"], m["confidence"])
        for r in written for m in r["mentions"]
    ])
    with_claims = [r for r in written if r["claims"]]
    _bulk_insert(conn, claims, ("article_key", "claim_id", "start", "end", "text", "speaker", "speaker_en", "side",
                                "type", "polarity", "event_date", "confidence", "numbers", "speaker_start",
                                "speaker_end"), [
        (r["article_key"], c["id"], c["start"], c["end"], c["text"], c["speaker"], c["speaker_en"], c["side"],
         c["type"], c["polarity"], _iso(c["date"]), c["confidence"], json.dumps(c["numbers"], ensure_ascii=False),
         c.get("speaker_start"), c.get("speaker_end"))
        for r in with_claims for c in r["claims"]
    ])
    if with_claims:
        pks = {(key, claim_id): pk for key, claim_id, pk in conn.execute(
            select(claims.c.article_key, claims.c.claim_id, claims.c.pk)
            .where(claims.c.article_key.in_([r["article_key"] for r in with_claims]))
        ).all()}
        links: list[tuple[Any, ...]] = []
        for r in with_claims:
            published = _iso(r.get("published"))
            key, outlet = r["article_key"], r.get("outlet")
            for c in r["claims"]:
                when = _iso(c["date"]) or published or UNKNOWN_DATE.isoformat()
                pk = pks[(key, c["id"])]
                links.extend((pk, place_id, c["side"], c["type"], c["polarity"], when, outlet)
                             for place_id in dict.fromkeys(c["place_ids"]))
        _bulk_insert(conn, claim_places, ("claim_pk", "place_id", "side", "type", "polarity", "when_date", "outlet"),
                     links)
        add_place_counts(conn, Counter((link[1], link[2]) for link in links))
    _bulk_insert(conn, article_contested, ("article_key", "place_id"),
                 [(r["article_key"], p) for r in written for p in r["contested"]])
    _bulk_insert(conn, unresolved, ("article_key", "start", "end", "surface"),
                 [(r["article_key"], u["start"], u["end"], u["surface"]) for r in written for u in r["unresolved"]])


def _bulk_insert(conn: Connection, table: Table, columns: tuple[str, ...], rows: list[tuple[Any, ...]]) -> None:
    """Insert ``rows`` (tuples in ``columns`` order; dates as ISO strings) in the caller's transaction.

    The rows go to the driver as they are, without SQLAlchemy's per-row parameter handling (it
    cost more than the database's own work): COPY on PostgreSQL, one prepared executemany on
    SQLite. Errors are SQLAlchemy's, as for any statement (see _copy_rows).
    """
    if not rows:
        return
    quote = conn.dialect.identifier_preparer.quote
    names = ", ".join(quote(c) for c in columns)
    if conn.dialect.name == "postgresql" and conn.dialect.driver == "psycopg":
        _copy_rows(conn, f"COPY {quote(table.name)} ({names}) FROM STDIN", rows)
    elif conn.dialect.name == "sqlite":
        marks = ", ".join("?" * len(columns))
        conn.exec_driver_sql(f"INSERT INTO {quote(table.name)} ({names}) VALUES ({marks})", rows)
    else:
        conn.execute(table.insert(), [dict(zip(columns, row, strict=True)) for row in rows])


def _copy_rows(conn: Connection, statement: str, rows: list[tuple[Any, ...]]) -> None:
    """COPY ``rows`` on the connection's psycopg connection, inside its transaction.

    A driver error becomes the SQLAlchemy error a statement would have raised (IntegrityError,
    OperationalError…), so the batch loop treats it the same way, and a lost connection is
    invalidated so the pool does not hand it out again.
    """
    driver = conn.connection.driver_connection
    assert driver is not None, "a connection in a transaction has its driver connection"
    dbapi = conn.dialect.loaded_dbapi
    try:
        with driver.cursor() as cursor, cursor.copy(statement) as copy:
            for row in rows:
                copy.write_row(row)
    except dbapi.Error as err:
        lost = conn.dialect.is_disconnect(err, driver, None)
        if lost:
            conn.invalidate(err)
        raise DBAPIError.instance(statement, None, err, dbapi.Error, dialect=conn.dialect,
                                  connection_invalidated=lost) from err


def _iso(value: str | dt.date | None) -> str | None:
    """A date as the ISO text both backends read into a date column (validated on the way)."""
    day = _date(value)
    return None if day is None else day.isoformat()


def delete_article(conn: Connection, key: str) -> None:
    claim_pks = select(claims.c.pk).where(claims.c.article_key == key)
    gone = conn.execute(
        select(claim_places.c.place_id, claim_places.c.side, func.count())
        .where(claim_places.c.claim_pk.in_(claim_pks)).group_by(claim_places.c.place_id, claim_places.c.side)
    ).all()
    conn.execute(delete(claim_places).where(claim_places.c.claim_pk.in_(claim_pks)))
    add_place_counts(conn, {(place_id, side): -n for place_id, side, n in gone})
    for table in (claims, mentions, article_contested, unresolved, articles):
        conn.execute(delete(table).where(table.c.article_key == key))


def _upsert_places(conn: Connection, rows: Iterable[dict[str, Any]]) -> None:
    values = [
        {"place_id": p["place_id"], "name": p["name"], "name_ar": p["name_ar"],
         "alt_names": json.dumps(p.get("alt_names", []), ensure_ascii=False), "lat": p["lat"], "lon": p["lon"],
         "kind": p["kind"], "country": p.get("country"), "source": p.get("source"), "layer": p.get("layer")}
        for p in rows
    ]
    if values:
        conn.execute(_insert(conn, places).on_conflict_do_nothing(index_elements=["place_id"]), values)


def _date(value: str | dt.date | None) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(value)


def table_counts(conn: Connection) -> dict[str, int]:
    return {
        t.name: int(conn.execute(select(func.count()).select_from(t)).scalar() or 0)
        for t in (*V1_TABLES, contested_places, place_side_counts)
    }
