"""Schema version ${int(up_revision)}: ${message}.

Say what the store gains and why. Create a new table or index from geo/store/schema.py with
checkfirst=True, and add a column to an existing table with steps.add_missing_columns: revision 1
makes a new store's tables as schema.py defines them now.
"""

from __future__ import annotations

from alembic import op

from geo.store.migrations.steps import add_missing_columns, forward_only

revision = "${up_revision}"
down_revision = ${'"%s"' % down_revision if down_revision else None}
branch_labels = None
depends_on = None


def upgrade() -> None:
    ...


def downgrade() -> None:
    forward_only()
