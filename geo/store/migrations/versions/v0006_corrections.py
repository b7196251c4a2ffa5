"""Schema version 6: analysts' corrections, the machine's record, reviewed claims and mentions.

Analysts' corrections (geo/store/corrections.py), the machine's own record of each article (re-
applied with the corrections whenever one is made), and which claims and mentions a person
reviewed, with the machine's original values of a corrected claim.
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import Column, Integer, Text

from geo.store.migrations.steps import add_missing_columns, forward_only
from geo.store.schema import corrections

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    add_missing_columns("articles", Column("machine_record", Text))
    add_missing_columns("claims", Column("reviewed", Integer), Column("machine", Text))
    add_missing_columns("mentions", Column("reviewed", Integer))
    corrections.create(op.get_bind(), checkfirst=True)  # with its index


def downgrade() -> None:
    forward_only()
