"""Shared fixtures: the real gazetteer (built once per session into a temporary cache)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-goldens", action="store_true", default=False,
        help="Rewrite tests/golden/expected/*.json from the current output (then read the diff like code).",
    )


@pytest.fixture(scope="session", autouse=True)
def _private_cache(tmp_path_factory: pytest.TempPathFactory) -> None:
    # Tests never touch the user's cache: every run builds its own index once.
    os.environ["GEO_CACHE_DIR"] = str(tmp_path_factory.mktemp("geo-cache"))
    os.environ.pop("GEO_GAZETTEER", None)


@pytest.fixture(scope="session")
def gaz(_private_cache: None):  # type: ignore[no-untyped-def]
    from geo.gazetteer import load_gazetteer

    return load_gazetteer()


@pytest.fixture(scope="session")
def extract(gaz):  # type: ignore[no-untyped-def]
    """extract(text) -> ArticleResult with the real gazetteer."""
    from geo.model import Article
    from geo.pipeline import extract_places

    def run(text: str):  # type: ignore[no-untyped-def]
        return extract_places(Article(id="t", text=text), gaz)

    return run
