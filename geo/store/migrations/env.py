"""How Alembic runs the store's revisions (see geo/store/migrations/__init__.py).

migrate_store hands over its connection, inside the transaction it has opened and locked, as
config.attributes["connection"]; the revisions run on it and commit or roll back with it.
Without one (the alembic command line with alembic.ini here), the store is the one
``-x db=URL`` or GEO_DATABASE_URL names, and every pending revision runs in one transaction
under the same lock.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any

from alembic import context
from alembic.runtime.migration import MigrationContext, MigrationInfo
from sqlalchemy import delete, text
from sqlalchemy.engine import Connection

from geo.store.schema import metadata, revision_number, schema_version


def mirror_schema_version(ctx: MigrationContext, step: MigrationInfo, heads: Collection[Any],
                          run_args: Mapping[str, Any]) -> None:
    """Write the revision just applied (or stamped) to schema_version, in its transaction: programs
    from before Alembic read that table and refuse a store newer than they are."""
    if len(heads) != 1:
        return
    conn = ctx.connection
    assert conn is not None
    schema_version.create(conn, checkfirst=True)
    conn.execute(delete(schema_version))
    conn.execute(schema_version.insert().values(version=revision_number(next(iter(heads)))))


def run_on(connection: Connection) -> None:
    context.configure(connection=connection, target_metadata=metadata, render_as_batch=True,
                      on_version_apply=mirror_schema_version)
    with context.begin_transaction():
        context.run_migrations()


def run_from_command_line() -> None:
    from geo.store.engine import open_store
    from geo.store.migrations import PG_LOCK_KEY, stored_revision

    if context.is_offline_mode():
        raise SystemExit("the store's revisions run on a live database; --sql is not supported")
    engine = open_store(context.get_x_argument(as_dictionary=True).get("db"), migrate=False)
    try:
        with engine.begin() as conn:
            if conn.dialect.name == "postgresql":
                conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": PG_LOCK_KEY})
            if stored_revision(conn) is None and conn.dialect.has_table(conn, "schema_version"):
                raise SystemExit("this store was made before geo used Alembic: open it once with geo "
                                 "(any command that reads it), which hands it over, then run alembic again")
            run_on(conn)
    finally:
        engine.dispose()


if context.config.attributes.get("connection") is not None:
    run_on(context.config.attributes["connection"])
else:
    run_from_command_line()
