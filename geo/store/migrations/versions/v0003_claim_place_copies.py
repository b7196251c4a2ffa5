"""Schema version 3: claim-place links carry their claim's fields; claims counted per place.

Claim-place links carry their claim's side, type, polarity, date and outlet, and claims per place
and side are counted, so the map's layer and one place's newest claims are read from indexes
instead of joins over every claim.
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import Column, Date, String, Text, text

from geo.store.migrations.steps import add_missing_columns, forward_only
from geo.store.schema import UNKNOWN_DATE, V3_INDEXES, place_side_counts, refresh_place_counts

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# each copied column, and where an older link's value comes from
COPIES = (
    (Column("side", String(16)), "c.side"),
    (Column("type", String(16)), "c.type"),
    (Column("polarity", String(8)), "c.polarity"),
    (Column("when_date", Date), f"COALESCE(c.event_date, a.published, '{UNKNOWN_DATE.isoformat()}')"),
    (Column("outlet", Text), "a.outlet"),
)


def upgrade() -> None:
    add_missing_columns("claim_places", *(column for column, _source in COPIES))
    for column, source in COPIES:  # the links an older version wrote (a new store has none)
        op.execute(text(
            f"UPDATE claim_places SET {column.name} = (SELECT {source} FROM claims c JOIN articles a "
            f"ON a.article_key = c.article_key WHERE c.pk = claim_places.claim_pk) WHERE {column.name} IS NULL"
        ))
    place_side_counts.create(op.get_bind(), checkfirst=True)
    for index in V3_INDEXES:
        index.create(op.get_bind(), checkfirst=True)
    refresh_place_counts(op.get_bind())


def downgrade() -> None:
    forward_only()
