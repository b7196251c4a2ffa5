"""Opening a store: the database URL, the engine set-up for SQLite (the default: one file, WAL, a
busy timeout, writers serialised with BEGIN IMMEDIATE) and PostgreSQL (for teams), and telling
the kinds of write failure apart (disk full, a lost connection, a transient conflict).

Does not own the tables (geo/store/schema.py), their migrations (geo/store/migrations/) nor the
rows (geo/store/writer.py).
"""

from __future__ import annotations

import logging
import os
import time
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError, OperationalError, SQLAlchemyError

from geo.errors import StoreError
from geo.store.migrations import migrate_store

log = logging.getLogger(__name__)


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
    """An engine for the store at ``url`` (see database_url), with the schema created or upgraded.

    Its errors never quote the statement's parameters: an article's text stays out of logs."""
    url = database_url(url)
    try:
        if url.startswith("sqlite"):
            path = url.split(":///", 1)[1] if ":///" in url else ""
            if path and path != ":memory:":
                Path(path).parent.mkdir(parents=True, exist_ok=True)
            engine = create_engine(url, connect_args={"timeout": 60}, hide_parameters=True)
            event.listen(engine, "connect", _sqlite_pragmas)
            event.listen(engine, "begin", _sqlite_begin)
        else:
            engine = create_engine(url, pool_pre_ping=True, hide_parameters=True)
        if migrate:
            _migrate_when_free(engine)
    except SQLAlchemyError as err:
        if disk_full(err):
            raise StoreError(failure_message(err, url)) from err
        raise StoreError(f"cannot open the store at {redact_url(url)}: {err.__class__.__name__}: {err.orig if hasattr(err, 'orig') else err}; "
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
    where = redact_url(url)
    if disk_full(err):
        return (f"cannot write to the store at {where}: the disk is full ({reason}); free some space on that disk "
                "or choose another store with --db (or GEO_DATABASE_URL), then run the same command again")
    if connection_lost(err):
        return (f"lost the connection to the store at {where} ({reason}); check that the database server is "
                "running and reachable, then run the same command again")
    return (f"cannot write to the store at {where}: {err.__class__.__name__}: {reason}; check that the store "
            "is writable (permissions, a read-only disk) or choose another one with --db")


def redact_url(url: str) -> str:
    """The URL without a password."""
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        creds, host = rest.rsplit("@", 1)
        return f"{scheme}://{creds.split(':', 1)[0]}:***@{host}" if ":" in creds else url
    return url

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
