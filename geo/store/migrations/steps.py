"""What more than one revision does: add the columns a table lacks (in batch mode, which SQLite
needs for most ALTERs), and refuse to go backwards."""

from __future__ import annotations

from alembic import op
from sqlalchemy import Column, inspect


def add_missing_columns(table: str, *columns: Column) -> None:  # type: ignore[type-arg]
    """ALTER ``table`` to add the ``columns`` it does not have yet: on a new store, revision 1 made
    the table as geo/store/schema.py defines it now, with every later column already there."""
    present = {c["name"] for c in inspect(op.get_bind()).get_columns(table)}
    missing = [c for c in columns if c.name not in present]
    if not missing:
        return
    with op.batch_alter_table(table) as batch:
        for column in missing:
            batch.add_column(column)


def forward_only() -> None:
    raise NotImplementedError("the store's migrations only go forward: restore a backup of the store to go back")
