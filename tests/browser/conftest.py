"""The browser tests' page: Debian's chromium on the ``server`` fixture of each test module."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from browser_support import browser_page


@pytest.fixture
def page(server: str) -> Iterator:  # type: ignore[type-arg]
    with browser_page(server) as pg:
        yield pg
