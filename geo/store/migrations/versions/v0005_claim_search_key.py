"""Schema version 5: a folded copy of each claim's text and speaker, for search.

A folded copy of each claim's text and speaker (harakat, tatweel, zero-width marks, hamza and
letter case folded), so a search finds «شوشا» in «شُوشا» the same way on both backends.
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import Column, Text, text

from geo.store.migrations.steps import add_missing_columns, forward_only
from geo.store.schema import search_key

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    add_missing_columns("claims", Column("search_key", Text))
    bind = op.get_bind()
    rows = bind.execute(text("SELECT pk, text, speaker, speaker_en FROM claims WHERE search_key IS NULL")).all()
    for pk, claim_text, speaker, speaker_en in rows:
        bind.execute(text("UPDATE claims SET search_key = :key WHERE pk = :pk"),
                     {"key": search_key(claim_text, speaker, speaker_en), "pk": pk})


def downgrade() -> None:
    forward_only()
