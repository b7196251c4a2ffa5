"""Data integrity of the curated gazetteer (data/gazetteer/*.csv) and the gazetteer loader."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from geo.datafiles import data_path, read_table
from geo.errors import DataFileError
from geo.places.gazetteer import build_gazetteer
from geo.places.lexicon import load_lexicon
from geo.places.placefiles import COLUMNS, KINDS, curated_files, read_country_bounds, read_place_rows
from geo.text.keys import normalise_phrase

ROWS = [(path, line, place, names) for path in curated_files() for line, place, names in read_place_rows(path, layer="curated")]
PERSIAN = set("پچژگکیۀہےٹڈڑں")


def test_every_file_has_the_documented_header() -> None:
    for path in curated_files():
        with path.open(encoding="utf-8") as fh:
            assert tuple(next(csv.reader(fh))) == COLUMNS, path


def test_ids_are_unique() -> None:
    ids = [place.place_id for _, _, place, _ in ROWS]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize(("path", "line", "place", "names"), ROWS, ids=[r[2].place_id for r in ROWS])
def test_row(path: Path, line: int, place, names: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert place.kind in KINDS
    assert -90 <= place.lat <= 90 and -180 <= place.lon <= 180
    assert place.source.strip(), f"{path}:{line} has no provenance"
    assert not (PERSIAN & set(place.name_ar + "".join(place.alt_names))), "Persian letters in an Arabic name"
    bounds = read_country_bounds().get(place.country)
    if bounds and place.kind not in ("country", "region"):
        lat0, lon0, lat1, lon1 = bounds
        assert lat0 <= place.lat <= lat1 and lon0 <= place.lon <= lon1, f"{place.place_id} lies outside {place.country}"


def test_theatre_has_what_the_brief_names() -> None:
    ids = {place.place_id for _, _, place, _ in ROWS}
    for pid in ("shusha", "stepanakert", "jabrayil", "ganja", "lachin", "goris", "lachin_corridor", "aras_river",
                "murovdag", "sarsang_reservoir", "nagorno_karabakh", "talish_tartar", "sugovushan", "hadrut",
                "tugh", "taghaser", "khojaly", "askeran", "martuni", "martakert", "karin_tak", "kapan", "sisian",
                "meghri", "jermuk", "vardenis", "tartar", "barda", "goranboy", "aghjabadi", "beylagan",
                "mingachevir", "yevlakh", "tovuz", "gadabay", "dashkasan", "kalbajar", "zangilan", "gubadli",
                "fuzuli", "aghdam", "baku", "yerevan", "moscow", "ankara", "tehran"):
        assert pid in ids, pid


def test_shared_names_are_declared() -> None:
    gaz = build_gazetteer(worldwide=False)
    declared = {
        normalise_phrase(fields[0]): set(fields[1].split(","))
        for _, fields in read_table(data_path("gazetteer", "shared_names.tsv"), columns=3)
    }
    for key, entry in gaz.names.items():
        if len(entry.place_ids) > 1:
            name = " ".join(key)
            assert name in declared, f"{name!r} is shared by {entry.place_ids}: declare it in shared_names.tsv"
            assert set(entry.place_ids) == declared[name]


def test_every_alias_is_reachable(extract, gaz) -> None:  # type: ignore[no-untyped-def]
    """Each Arabic spelling, put in a plain sentence, resolves to its own place (or one sharing it);
    a spelling that is also an ordinary word (ambiguous_names.txt) after a cue word."""
    ambiguous = load_lexicon().ambiguous_names
    misses = []
    for _, _, place, names in ROWS:
        for name in names:
            if not any("\u0621" <= c <= "\u064a" for c in name):
                continue
            cue = "مدينة " if normalise_phrase(name) in ambiguous else ""
            text = f"وقعت الأحداث في {cue}{name} أمس."
            ids = {m.place.place_id for m in extract(text).mentions}
            owners = set(gaz.names[tuple(normalise_phrase(name).split())].place_ids)
            if not ids & owners:
                misses.append(f"{place.place_id}: {name}")
    assert misses == []


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("id,kind,name_en\nx,city,X\n", "missing column"),
        (",".join(COLUMNS) + "\nx,city,X,,,,اكس,91,10,,,,,me\n", "out of range"),
        (",".join(COLUMNS) + "\nx,city,X,,,,اكس,abc,10,,,,,me\n", "not numbers"),
        (",".join(COLUMNS) + "\nx,planet,X,,,,اكس,1,10,,,,,me\n", "kind 'planet'"),
        (",".join(COLUMNS) + "\nX Y,city,X,,,,اكس,1,10,,,,,me\n", "must be lower-case"),
        (",".join(COLUMNS) + "\nx,city,X,,,,اكس,1,10,,,,,\n", "'source' is empty"),
    ],
)
def test_bad_user_files_name_file_line_and_fix(tmp_path: Path, content: str, message: str) -> None:
    f = tmp_path / "mine.csv"
    f.write_text(content, encoding="utf-8")
    with pytest.raises(DataFileError, match=message) as err:
        read_place_rows(f, layer="user")
    assert "mine.csv:" in str(err.value)


def test_user_file_adds_and_overrides(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    f = tmp_path / "mine.csv"
    f.write_text(
        ",".join(COLUMNS) + "\n"
        "zoghrabert,village,Zoghrabert,,,,زوغرابيرد,39.9,46.6,AZ,,,,my survey\n"
        "goris,city,Goris,,,,غوريس,39.5,46.3,AM,,,,my correction\n",
        encoding="utf-8",
    )
    gaz = build_gazetteer([f], worldwide=False)
    assert gaz.lookup("زوغرابيرد")[0].place_id == "zoghrabert"
    goris = gaz.places["goris"]
    assert (goris.lat, goris.layer, goris.source) == (39.5, "user", "my correction")


def test_every_place_a_description_names_is_in_the_gazetteer(gaz) -> None:  # type: ignore[no-untyped-def]
    """data/lexicon/epithets.tsv names places by id: each (the place and its whole) must be a gazetteer entry."""
    from geo.claims.epithets import load_epithets

    rows = [e for epithets in load_epithets().values() for e in epithets]
    assert rows
    assert [(e.whole, e.place) for e in rows if e.whole not in gaz.places or e.place not in gaz.places] == []
