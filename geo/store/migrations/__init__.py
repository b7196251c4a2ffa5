"""The store's migrations, run with Alembic.

versions/ holds one revision per schema version (ids "0001", "0002", ...: revision "0006" is
schema version 6, SCHEMA_VERSION in geo/store/schema.py), steps.py what several revisions do,
env.py how Alembic runs them on the connection migrate_store hands it. Opening a store
(geo/store/engine.py) calls migrate_store; nothing else changes a store's schema.
"""

from __future__ import annotations

import logging
from functools import cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import select, text
from sqlalchemy.engine import Connection, Engine

from geo.errors import StoreError
from geo.store.schema import SCHEMA_VERSION, schema_version

log = logging.getLogger(__name__)

HERE = Path(__file__).resolve().parent
PG_LOCK_KEY = 74201
"""The PostgreSQL advisory lock each migration transaction takes: one migrator at a time."""


def alembic_config(connection: Connection | None = None) -> Config:
    """Alembic's configuration for the store: the revisions in this package, run on ``connection``
    (inside the caller's transaction) when one is given."""
    config = Config()
    config.set_main_option("script_location", str(HERE).replace("%", "%%"))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


@cache
def revisions() -> ScriptDirectory:
    """The revisions in versions/ (read once per process)."""
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = revisions().get_current_head()
    assert head is not None, "geo/store/migrations/versions has no revision"
    return head


def stored_revision(conn: Connection) -> str | None:
    """The Alembic revision the store is at; None when Alembic has never run on it."""
    if not conn.dialect.has_table(conn, "alembic_version"):
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def migrate_store(engine: Engine) -> int:
    """Bring the store to the newest revision and return its schema version (SCHEMA_VERSION).

    An empty store gets every revision in one transaction, so it is created whole or not at all;
    an existing one is upgraded one revision per transaction, so a failure keeps the revisions
    before it. Each transaction takes the migration lock first (PostgreSQL's advisory lock;
    SQLite's BEGIN IMMEDIATE, see geo/store/engine.py) and then reads the store's revision, so
    programs opening one store at once take turns and never apply a revision twice.
    """
    while not _migrate_one_step(engine):
        pass
    return SCHEMA_VERSION


def _migrate_one_step(engine: Engine) -> bool:
    """One transaction of migrate_store; True when the store is at the newest revision."""
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": PG_LOCK_KEY})
        revision = stored_revision(conn) or _adopt(conn)
        head = head_revision()
        if revision == head:
            return True
        if revision is None:
            target = head
        elif _is_known(revision):
            script = revisions().get_revision(revision)
            assert script is not None
            target = sorted(script.nextrev)[0]
        else:
            raise _newer_store(conn, f"revision {revision}")
        log.info("migrating the store to schema revision %s", target)
        command.upgrade(alembic_config(conn), target)
        return target == head


def _is_known(revision: str) -> bool:
    return any(script.revision == revision for script in revisions().walk_revisions())


def _adopt(conn: Connection) -> str | None:
    """Hand a store the old migration runner made (a schema_version table, no alembic_version) to
    Alembic: stamp the revision of its version. None for an empty store."""
    if not conn.dialect.has_table(conn, "schema_version"):
        return None
    version = int(conn.execute(select(schema_version.c.version)).scalar() or 0)
    if version == 0:
        return None
    if version > SCHEMA_VERSION:
        raise _newer_store(conn, f"version {version}")
    revision = f"{version:04d}"
    log.info("the store is at schema version %d: Alembic takes it over at revision %s", version, revision)
    command.stamp(alembic_config(conn), revision)
    return revision


def _newer_store(conn: Connection, what: str) -> StoreError:
    where = conn.engine.url.render_as_string(hide_password=True)
    return StoreError(
        f"the store at {where} has schema {what}, which this program does not know: its newest is "
        f"version {SCHEMA_VERSION} (revision {head_revision()}), so a newer release of geo has upgraded "
        "the store. Upgrade this program (git pull, then pip install -r requirements.txt) and run the "
        "command again; the store was left as it is"
    )
