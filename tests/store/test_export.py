"""Exports re-read with geopandas (geo/store/export.py), and the ingest/export command line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pytest

from geo.store.engine import open_store
from geo.store.export import ExportError, export
from geo.store.ingest import ingest
from geo.store.queries import Filters

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"


@pytest.fixture
def seeded(db_url: str) -> str:
    ingest([SEEDS], url=db_url)
    return db_url


def test_geojson_places_follow_rfc_7946(seeded: str, tmp_path: Path) -> None:
    out = tmp_path / "places.geojson"
    engine = open_store(seeded)
    with engine.connect() as conn:
        written = export(conn, out, fmt="geojson")
    raw = json.loads(out.read_text(encoding="utf-8"))
    assert "crs" not in raw  # RFC 7946: WGS84 implied
    shusha = next(f for f in raw["features"] if f["properties"]["place_id"] == "shusha")
    lon, lat = shusha["geometry"]["coordinates"]
    assert 46.6 < lon < 46.9 and 39.6 < lat < 39.9  # lon first
    assert shusha["properties"]["name_ar"] == "شوشا"  # Arabic kept as UTF-8
    assert shusha["properties"]["contested"] is True
    frame = gpd.read_file(out)
    assert len(frame) == written and frame.crs.to_epsg() == 4326
    row = frame[frame.place_id == "shusha"].iloc[0]
    assert row.claims_armenia >= 2 and row.claims_azerbaijan >= 1 and row.total >= 3
    engine.dispose()


def test_gpkg_holds_places_and_claims(seeded: str, tmp_path: Path) -> None:
    out = tmp_path / "all.gpkg"
    engine = open_store(seeded)
    with engine.connect() as conn:
        export(conn, out, fmt="gpkg", f=Filters(sides=("armenia", "azerbaijan")))
    places = gpd.read_file(out, layer="places")
    claims = gpd.read_file(out, layer="claims")
    assert set(claims.side) == {"armenia", "azerbaijan"}
    assert set(claims.place_id) <= set(places.place_id)
    assert claims.article_id.notna().all() and claims.text.str.len().min() > 0
    engine.dispose()


def test_csv_claims_with_their_place_and_article(seeded: str, tmp_path: Path) -> None:
    out = tmp_path / "claims.csv"
    engine = open_store(seeded)
    with engine.connect() as conn:
        n = export(conn, out, fmt="csv", layer="claims", f=Filters(contested_only=True))
    frame = pd.read_csv(out)
    assert len(frame) == n > 0
    assert {"claim_id", "place_id", "lat", "lon", "side", "text", "article_id", "published"} <= set(frame.columns)
    assert "shusha" in set(frame.place_id)
    engine.dispose()


def test_failed_export_leaves_no_file(seeded: str, tmp_path: Path) -> None:
    engine = open_store(seeded)
    with engine.connect() as conn, pytest.raises(ExportError, match="no such folder"):
        export(conn, tmp_path / "missing" / "x.geojson", fmt="geojson")
    with engine.connect() as conn, pytest.raises(ExportError, match="format"):
        export(conn, tmp_path / "x.kml", fmt="kml")
    assert [p.name for p in tmp_path.iterdir() if not p.name.startswith("store.sqlite")] == []
    engine.dispose()


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "geo", *args], cwd=ROOT, capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=600)


def test_cli_ingest_and_export(tmp_path: Path) -> None:
    db = tmp_path / "cli.sqlite"
    first = run("ingest", "seeds/", "--db", str(db))
    assert first.returncode == 0, first.stderr
    assert "5 new, 0 unchanged" in first.stdout
    again = run("ingest", "seeds/", "--db", str(db))
    assert "0 new, 5 unchanged" in again.stdout
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    failed = run("ingest", str(bad), "--db", str(db))
    assert failed.returncode == 1 and "empty.txt: the file is empty" in failed.stderr
    out = tmp_path / "p.geojson"
    exported = run("export", "--format", "geojson", "-o", str(out), "--db", str(db), "--side", "armenia")
    assert exported.returncode == 0, exported.stderr
    assert len(gpd.read_file(out)) > 0


def test_csv_cells_a_spreadsheet_would_run_are_neutralised(db_url: str, tmp_path: Path) -> None:
    """OWASP's rule for CSV injection, in the file the command line writes and in the dashboard's
    download (one exporter): a title or outlet starting with = + - @ is shown as text."""
    import csv as csv_module

    from geo.store.export import export_bytes

    folder = tmp_path / "hostile"
    folder.mkdir()
    (folder / "a.txt").write_text("وقالت وزارة الدفاع الأرمينية إن القوات الأذربيجانية قصفت مدينة مارتوني.",
                                  encoding="utf-8")
    (folder / "manifest.csv").write_text(
        'id,file,title,outlet\nhostile,a.txt,"=HYPERLINK(""http://x.invalid"",""x"")","@SUM(1+1)"\n',
        encoding="utf-8")
    ingest([folder], url=db_url)
    engine = open_store(db_url)
    with engine.connect() as conn:
        download = export_bytes(conn, fmt="csv", layer="claims")
    written = tmp_path / "claims.csv"
    with engine.connect() as conn:
        export(conn, written, fmt="csv", layer="claims")
    engine.dispose()
    assert download == written.read_bytes()
    assert download.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM: Excel reads the Arabic right
    rows = list(csv_module.DictReader(download.decode("utf-8-sig").splitlines()))
    assert rows and all(r["title"].startswith("'=") and r["outlet"].startswith("'@") for r in rows)
    assert all(not r["text"].startswith(("=", "+", "-", "@")) for r in rows)
    assert float(rows[0]["lon"]) > 0  # numbers stay numbers
