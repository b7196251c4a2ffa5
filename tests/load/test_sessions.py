"""Several dashboard sessions at once, through Streamlit's websocket protocol (the load test of
benchmarks/load_dashboard.py at a small size): every click shows its place's claims, every run
finishes without an exception. The full run (20 sessions, 5,000 places) and its figures are in
the README; timings are not asserted here."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))


@pytest.fixture(scope="module")
def seeded_store(tmp_path_factory: pytest.TempPathFactory) -> str:
    from geo.store.ingest import ingest

    url = f"sqlite:///{tmp_path_factory.mktemp('load') / 'load.sqlite'}"
    summary = ingest([ROOT / "seeds"], url=url)
    assert summary.new == 5 and summary.failed == 0
    return url


def test_concurrent_sessions_click_and_filter_without_errors(seeded_store: str) -> None:
    from load_dashboard import run_load

    results = run_load(seeded_store, sessions=5, seconds=12)
    assert results["errors"] == 0, results["error_samples"]
    assert results["clicks"] >= 10 and results["filter_changes"] >= 1, results
    assert results["server_rss_mb"]["max"] > 0


def test_a_click_on_an_unknown_place_is_reported(seeded_store: str) -> None:
    """The load test's own check can fail: a place the store does not know never shows claims."""
    from load_dashboard import run_load

    nowhere = [{"place_id": "nowhere", "name": "Nowhere", "lat": 40.0, "lon": 46.0}]
    results = run_load(seeded_store, sessions=1, seconds=6, places=nowhere)
    assert results["errors"] >= 1 and "never showed" in results["error_samples"][0]
