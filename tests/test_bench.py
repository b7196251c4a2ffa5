"""`python -m benchmarks` through the real entry point (a smoke run: 20 articles, small stores, one
browser run): every figure of the README's Benchmarks section is measured, numeric, in the table
and in the JSON, with the machine it ran on.

Needs PostgreSQL (the conftest's pg_server) and /usr/bin/chromium with the map assets (for
benchmarks/bench_dashboard.py): a failure under CI, a clear skip elsewhere.
"""

from __future__ import annotations

import importlib.util
import json
import math
import os
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.harness import BenchError, parse_size, size_label

ROOT = Path(__file__).resolve().parent.parent

QUERY_KEYS = [
    f"queries.{backend}.{size}.{query}.{stat}"
    for backend in ("sqlite", "postgresql")
    for size in ("300", "1500")
    for query in ("place_layer", "place_layer_one_side", "place_claims")
    for stat in ("p50_ms", "p95_ms")
]
INGEST_KEYS = [
    f"ingest.{backend}.{w}w.{what}"
    for backend in ("sqlite", "postgresql")
    for w in (1, 2)
    for what in ("seconds", "articles_per_s")
] + ["ingest.sqlite.scaling", "ingest.postgresql.scaling", "ingest.sqlite.10k_2w_seconds"]
DASK_KEYS = ["ingest.dask.sqlite.2w.seconds", "ingest.dask.sqlite.2w.articles_per_s"]
FIGURES = [
    "corpus.articles", "corpus.mb", "corpus.build_s",
    "gazetteer.cold_s", "gazetteer.warm_s",
    "extract.mb_per_s", "extract.articles_per_s", "extract.words_per_s", "extract.steady_mb_per_s",
    "extract.peak_rss_mb", "extract.mentions_per_article", "extract.claims_per_article",
    "reference.naive_regex_mb_per_s", "reference.speedup_over_naive", "reference.mordecai_words_per_s",
    "reference.words_per_s_vs_mordecai",
    *INGEST_KEYS, *QUERY_KEYS,
    "dashboard.50.map_drawn_s", "dashboard.50.click_s", "dashboard.50.payload_kb",
]
WITH_TARGETS = [
    "gazetteer.warm_s", "extract.mb_per_s", "ingest.sqlite.scaling", "ingest.postgresql.scaling",
    "ingest.sqlite.10k_2w_seconds",
    *[k for k in QUERY_KEYS if ".1500." in k and k.endswith("p95_ms")],
]


def _missing(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(reason)
    pytest.skip(reason)


@pytest.mark.parametrize(("text", "articles", "label"), [
    ("20", 20, "20"), ("1k", 1_000, "1k"), ("10k", 10_000, "10k"), ("100K", 100_000, "100k"), ("1500", 1_500, "1500"),
])
def test_sizes(text: str, articles: int, label: str) -> None:
    assert parse_size(text) == articles
    assert size_label(articles) == label


@pytest.mark.parametrize("text", ["", "0", "ten", "1.5k", "-3"])
def test_a_bad_size_names_the_fix(text: str) -> None:
    with pytest.raises(BenchError, match="use 1k, 10k, 100k or a number"):
        parse_size(text)


def test_smoke_run_measures_every_figure(tmp_path: Path, pg_server: str) -> None:
    if not Path("/usr/bin/chromium").exists():
        _missing("no chromium at /usr/bin/chromium (benchmarks/bench_dashboard.py drives it): apt-get install chromium")
    if not (ROOT / "static" / "node_modules" / "leaflet" / "dist" / "leaflet.js").exists():
        _missing("map assets missing: npm install --prefix static --no-package-lock")
    out = tmp_path / "bench.json"
    proc = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--smoke", "--pg", pg_server, "--json", str(out)],
        cwd=ROOT, capture_output=True, text=True, timeout=600,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    report = json.loads(out.read_text(encoding="utf-8"))

    machine = report["machine"]
    assert machine["cpu"] and machine["cores"] >= 1 and machine["ram_gb"] > 0
    assert machine["python"].startswith("3.") and machine["date"].startswith("20")

    figures = report["figures"]
    expected = FIGURES + (DASK_KEYS if importlib.util.find_spec("geo.store.distributed") else [])
    absent = [k for k in expected if k not in figures]
    assert not absent, f"figures not measured: {absent}; skipped: {report['skipped']}"
    for key in expected:
        value = figures[key]["value"]
        assert isinstance(value, int | float) and math.isfinite(value) and value > 0, (key, figures[key])
    for key in WITH_TARGETS:
        assert figures[key]["target"] and isinstance(figures[key]["passed"], bool), (key, figures[key])
    assert figures["corpus.articles"]["value"] == 20
    assert figures["reference.mordecai_words_per_s"]["value"] == 4000
    allowed_skips = set() if importlib.util.find_spec("geo.store.distributed") else {"ingest.dask"}
    assert set(report["skipped"]) <= allowed_skips, report["skipped"]
    assert not report["failed"], report["failed"]

    table = proc.stdout
    assert "| figure | value | target | result |" in table
    assert f"{machine['cpu']}, {machine['cores']} cores" in table
    for key in expected:
        assert figures[key]["label"] in table, key
