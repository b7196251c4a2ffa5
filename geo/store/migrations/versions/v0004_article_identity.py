"""Schema version 4: an article is its id; its version the hash of its text.

An article's identity is its id (manifest id or path); its version is the hash of its text
(content_hash). Keys written before were that hash, so it is copied over; when one id was stored
twice (an edited text ingested again), the newest copy is kept.
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import Column, String, text

from geo.store.migrations.steps import add_missing_columns, forward_only
from geo.store.schema import V4_INDEXES, refresh_place_counts

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# the rows of one article, children first
ARTICLE_ROWS = (
    "DELETE FROM claim_places WHERE claim_pk IN (SELECT pk FROM claims WHERE article_key = :key)",
    "DELETE FROM claims WHERE article_key = :key",
    "DELETE FROM mentions WHERE article_key = :key",
    "DELETE FROM article_contested WHERE article_key = :key",
    "DELETE FROM unresolved WHERE article_key = :key",
    "DELETE FROM articles WHERE article_key = :key",
)


def upgrade() -> None:
    add_missing_columns("articles", Column("content_hash", String(64)))
    op.execute(text("UPDATE articles SET content_hash = article_key WHERE content_hash IS NULL"))
    rows = op.get_bind().execute(text(
        "SELECT article_id, article_key FROM articles ORDER BY article_id, ingested_at DESC, article_key")).all()
    seen: set[str] = set()
    stale = []
    for article_id, key in rows:
        if article_id in seen:
            stale.append(key)
        seen.add(article_id)
    for key in stale:
        for sql in ARTICLE_ROWS:
            op.get_bind().execute(text(sql), {"key": key})
    if stale:
        refresh_place_counts(op.get_bind())
    for index in V4_INDEXES:
        index.create(op.get_bind(), checkfirst=True)


def downgrade() -> None:
    forward_only()
