"""Schema version 1: articles, places, their mentions, claims and claim-place links.

The tables are created as geo/store/schema.py defines them now (later revisions add a column only
where it is missing), except claim_places, frozen as version 1 made it: the columns revision 3
adds are added to it on every store, so an old store and a new one end up the same.
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import Column, Integer, MetaData, PrimaryKeyConstraint, String, Table

from geo.store.migrations.steps import forward_only
from geo.store.schema import article_contested, articles, claims, mentions, places, schema_version, unresolved

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

claim_places_v1 = Table(
    "claim_places", MetaData(),
    Column("claim_pk", Integer, nullable=False),
    Column("place_id", String(128), nullable=False),
    PrimaryKeyConstraint("claim_pk", "place_id", name="pk_claim_places"),
)


def upgrade() -> None:
    for table in (schema_version, articles, places, mentions, claims, claim_places_v1, article_contested, unresolved):
        table.create(op.get_bind(), checkfirst=True)


def downgrade() -> None:
    forward_only()
