"""The store: articles, places, mentions, claims and their links in SQLite (the default) or
PostgreSQL (for teams), with ingest, distributed ingest, queries and export.

The names most callers need are here; each lives in the module that owns it: engine (opening),
schema (tables), migrations (Alembic revisions), writer (rows), queries (reading), ingest and
distributed (batches), export (files).
"""

from geo.errors import StoreError
from geo.store.engine import database_url, open_store
from geo.store.schema import SCHEMA_VERSION, refresh_place_counts, table_counts
from geo.store.writer import content_key, delete_article, write_article, write_articles

__all__ = [
    "SCHEMA_VERSION", "StoreError", "content_key", "database_url", "delete_article", "open_store",
    "refresh_place_counts", "table_counts", "write_article", "write_articles",
]
