"""Schema version 2: places contested across articles, and the dashboard's indexes.

Places contested across articles (refreshed after each ingest), and the indexes the dashboard's
filters need.
"""

from __future__ import annotations

from alembic import op

from geo.store.migrations.steps import forward_only
from geo.store.schema import V2_INDEXES, contested_places

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    contested_places.create(op.get_bind(), checkfirst=True)
    for index in V2_INDEXES:
        index.create(op.get_bind(), checkfirst=True)


def downgrade() -> None:
    forward_only()
