"""Shared fixtures: the real gazetteer (built once per session into a temporary cache)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session", autouse=True)
def _private_cache(tmp_path_factory: pytest.TempPathFactory) -> None:
    # Tests never touch the user's cache: every run builds its own index once.
    os.environ["GEO_CACHE_DIR"] = str(tmp_path_factory.mktemp("geo-cache"))
    os.environ.pop("GEO_GAZETTEER", None)


@pytest.fixture(scope="session")
def gaz(_private_cache: None):  # type: ignore[no-untyped-def]
    from geo.places.gazetteer import load_gazetteer

    return load_gazetteer()


@pytest.fixture(scope="session")
def extract(gaz):  # type: ignore[no-untyped-def]
    """extract(text) -> ArticleResult with the real gazetteer."""
    from geo.model import Article
    from geo.pipeline import extract

    def run(text: str):  # type: ignore[no-untyped-def]
        return extract(Article(id="t", text=text), gaz)

    return run


PG_ADMIN_URL = os.environ.get("GEO_TEST_PG_ADMIN_URL", "postgresql://postgres@127.0.0.1:5432/postgres")


@pytest.fixture(scope="session")
def pg_server() -> str:
    """The admin URL of a real PostgreSQL server. Missing: a failure in CI, a clear skip elsewhere."""
    import psycopg

    try:
        with psycopg.connect(PG_ADMIN_URL, connect_timeout=5) as conn:
            conn.execute("SELECT 1")
    except psycopg.OperationalError as err:
        message = f"no PostgreSQL server at {PG_ADMIN_URL} ({err}); set GEO_TEST_PG_ADMIN_URL"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return PG_ADMIN_URL


@pytest.fixture
def pg_url(pg_server: str):  # type: ignore[no-untyped-def]
    """A fresh, empty PostgreSQL database for one test, dropped afterwards."""
    import uuid

    import psycopg

    name = f"geo_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(pg_server, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    base = pg_server.rsplit("/", 1)[0]
    yield f"{base}/{name}"
    from sqlalchemy.pool import NullPool  # noqa: F401 - engines of the test are disposed by then
    with psycopg.connect(pg_server, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Each store test runs on a real SQLite file and on a real PostgreSQL database."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'store.sqlite'}"
    return request.getfixturevalue("pg_url")
