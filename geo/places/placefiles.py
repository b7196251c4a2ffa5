"""Gazetteer files: reading and checking the place tables (data/gazetteer/*.csv, a user's own
files in the same format) and the declared shared names. Every error names file, line and fix.

Owns the file format (COLUMNS), not the index built from the rows (geo/places/gazetteer.py).
"""

from __future__ import annotations

import csv
import io
import math
import os
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path

from geo.datafiles import data_path, read_table
from geo.errors import DataFileError
from geo.model import Place
from geo.text.keys import normalise_phrase

COLUMNS = (
    "id", "kind", "name_en", "name_az", "name_hy", "alt_latin", "names_ar",
    "lat", "lon", "country", "admin1", "capital_of", "geonames_id", "source",
)
REQUIRED = ("id", "kind", "name_en", "names_ar", "lat", "lon", "source")
KINDS = frozenset(
    "country region province district city town village mountain range heights river "
    "reservoir lake sea corridor pass border_point landmark airport".split()
)
_ID_RE = re.compile(r"^[a-z0-9][a-z0-9_.:-]*$")



def _inside(lat: float, lon: float, bounds: tuple[float, float, float, float]) -> bool:
    min_lat, min_lon, max_lat, max_lon = bounds
    return min_lat <= lat <= max_lat and min_lon <= lon <= max_lon


@lru_cache(maxsize=1)
def _country_bounds() -> dict[str, tuple[float, float, float, float]]:
    return read_country_bounds()


def _split(value: str) -> list[str]:
    return [v.strip() for v in value.split("|") if v.strip()]


def read_place_rows(path: Path, *, layer: str) -> list[tuple[int, Place, list[str]]]:
    """Rows of a gazetteer CSV as (line, Place, all names). Raises DataFileError naming file, line and fix."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError as err:
        raise DataFileError(f"{path}: gazetteer file not found; check the path") from err
    except UnicodeDecodeError as err:
        line = err.object[:err.start].count(b"\n") + 1
        raise DataFileError(
            f"{path}:{line}: not UTF-8 (byte {err.start}); re-save the file as UTF-8 (in a spreadsheet: CSV UTF-8)"
        ) from err
    except OSError as err:
        raise DataFileError(f"{path}: cannot be read ({err.strerror}); check the path and its permissions") from err
    if not text.strip():
        raise DataFileError(f"{path}:1: the file is empty; its first line must be the header {','.join(COLUMNS)}")
    reader = csv.DictReader(io.StringIO(text))
    out = []
    first_line: dict[str, int] = {}
    end = 0  # the last line of the last record read
    try:
        header = [name.strip() for name in reader.fieldnames or []]  # "id, kind, ..." is a common hand edit
        reader.fieldnames = header
        missing = [c for c in REQUIRED if c not in header]
        if missing:
            raise DataFileError(f"{path}:1: {_header_problem(text, missing)}")
        end = reader.line_num
        for row in reader:
            line, end = end + 1, reader.line_num
            _check_fields(path, line, end, row, len(header))
            out.append(_row_to_place(path, end, row, layer))
            pid = out[-1][1].place_id
            if pid in first_line:
                raise DataFileError(
                    f"{path}:{end}: duplicate id {pid!r} (first on line {first_line[pid]}); "
                    "give each place its own id, or merge the two rows"
                )
            first_line[pid] = end
    except csv.Error as err:
        raise DataFileError(
            f"{path}:{end + 1}: not valid CSV ({err}); check the quotes and commas of this line"
        ) from err
    return out


def _header_problem(text: str, missing: list[str]) -> str:
    """What is wrong with a header that lacks required columns, and the fix."""
    first = text.splitlines()[0]
    for separator, called in (("\t", "tabs"), (";", "semicolons")):
        if all(c in [f.strip() for f in first.split(separator)] for c in REQUIRED):
            return (f"the columns are separated by {called}; a gazetteer file is CSV: separate them with commas "
                    "(in a spreadsheet: save as CSV UTF-8, comma-delimited)")
    return f"missing column(s) {', '.join(missing)}; the header must include {', '.join(COLUMNS)}"


def _check_fields(path: Path, start: int, end: int, row: dict[str | None, str | None], columns: int) -> None:
    """A row with more fields than the header, fewer than it needs, or a quote left open."""
    if None in row:  # csv.DictReader files extra fields under the key None
        extra = row[None]
        count = columns + (len(extra) if isinstance(extra, list) else 1)
        raise DataFileError(
            f"{path}:{end}: {count} fields, the header has {columns}; separate several names with | (not commas), "
            "or put a field that holds a comma in double quotes"
        )
    if end > start and any(v and "\n" in v for v in row.values()):
        raise DataFileError(
            f"{path}:{start}: a field runs on to line {end}: a double quote is not closed (or a field holds a line "
            "break); close the quote or remove it"
        )
    absent = [c for c in REQUIRED if row.get(c) is None]
    if absent:
        present = sum(v is not None for v in row.values())
        raise DataFileError(
            f"{path}:{end}: {present} fields, the header has {columns} (no {', '.join(absent)}); "
            "add the missing fields, separated by commas (an optional field may be empty)"
        )


def _row_to_place(path: Path, line: int, row: dict[str, str | None], layer: str) -> tuple[int, Place, list[str]]:
    def get(col: str) -> str:
        return (row.get(col) or "").strip()

    where = f"{path}:{line}"
    for col in REQUIRED:
        if not get(col):
            raise DataFileError(f"{where}: column {col!r} is empty; every row needs {', '.join(REQUIRED)}")
    pid = get("id")
    if not _ID_RE.match(pid):
        raise DataFileError(f"{where}: id {pid!r} must be lower-case ASCII letters, digits and _ . : -")
    kind = get("kind")
    if kind not in KINDS:
        raise DataFileError(f"{where}: kind {kind!r} is not one of {', '.join(sorted(KINDS))}")
    try:
        lat, lon = float(get("lat")), float(get("lon"))
    except ValueError as err:
        raise DataFileError(
            f"{where}: lat/lon {get('lat')!r}, {get('lon')!r} are not numbers; use decimal degrees with a point "
            "(39.7601, not 39,7601 or 39°45')"
        ) from err
    if not (-90 <= lat <= 90 and -180 <= lon <= 180) or math.isnan(lat) or math.isnan(lon):
        raise DataFileError(
            f"{where}: coordinates lat={lat}, lon={lon} are out of range; lat is -90..90, lon -180..180 "
            "(did you swap them?)"
        )
    bounds = _country_bounds().get(get("country").upper())
    if bounds and kind not in ("country", "region") and not _inside(lat, lon, bounds) and _inside(lon, lat, bounds):
        raise DataFileError(
            f"{where}: lat={lat}, lon={lon} lies outside {get('country').upper()}, and lat={lon}, lon={lat} inside it; "
            "the lat and lon columns look swapped"
        )
    geonames = get("geonames_id")
    if geonames and not geonames.isdigit():
        raise DataFileError(f"{where}: geonames_id {geonames!r} must be a number or empty")
    arabic = _split(get("names_ar"))
    for name in arabic:
        if not normalise_phrase(name):
            raise DataFileError(f"{where}: Arabic name {name!r} has no letters; write the name or remove it from names_ar")
    latin = [n for n in [get("name_en"), get("name_az"), get("name_hy"), *_split(get("alt_latin"))] if n]
    alt = tuple(dict.fromkeys(n for n in arabic[1:] + latin[1:]))
    place = Place(
        place_id=pid,
        name=get("name_en"),
        name_ar=arabic[0],
        lat=lat,
        lon=lon,
        kind=kind,
        country=get("country").upper(),
        alt_names=alt,
        capital_of=get("capital_of").upper(),
        geonames_id=int(geonames) if geonames else None,
        source=get("source"),
        layer=layer,
    )
    return line, place, list(dict.fromkeys(arabic + latin))


def read_shared_names() -> dict[str, frozenset[str]]:
    """Names several places really bear (data/gazetteer/shared_names.tsv): folded name -> place ids."""
    path = data_path("gazetteer", "shared_names.tsv")
    return {
        normalise_phrase(name): frozenset(i.strip() for i in ids.split(",") if i.strip())
        for _, (name, ids, _rule) in read_table(path, columns=3)
    }


def check_name_conflicts(rows: Iterable[tuple[str, Place, Sequence[str]]]) -> None:
    """Raise a DataFileError at the first name two places bear without a declaration; rows are
    (where, place, names), in the order the layers are read, so the later row is blamed.

    A conflict is one written name, once folded (شوشة and شوشه are one name), given to two places
    with different ids in the curated and user layers: the resolver would guess between them in
    every article. data/gazetteer/shared_names.tsv declares the names places really share and the
    rule that settles them (Martuni in Karabakh and in Armenia). Not conflicts: a spelling repeated
    within one row, and a user row replacing the curated row with the same id.
    """
    declared = read_shared_names()
    owner: dict[str, tuple[str, str]] = {}
    for where, place, names in rows:
        for name in names:
            key = normalise_phrase(name)
            if not key:
                continue
            first_id, first_where = owner.setdefault(key, (place.place_id, where))
            if first_id != place.place_id and not {first_id, place.place_id} <= declared.get(key, frozenset()):
                raise DataFileError(
                    f"{where}: the name {name!r} of {place.place_id!r} is also a name of {first_id!r} ({first_where}), "
                    "and the resolver cannot tell them apart; give one of them a spelling of its own, or, if both "
                    "places really bear this name, declare it in data/gazetteer/shared_names.tsv "
                    "(the name, both ids, the rule that settles it)"
                )


def check_place_file(path: Path) -> list[tuple[int, Place, list[str]]]:
    """A gazetteer file's rows, checked as build_gazetteer would load it on top of the curated
    files: every row (read_place_rows), then its names against theirs (check_name_conflicts)."""
    rows = read_place_rows(path, layer="user")
    own = {place.place_id for _, place, _ in rows}
    curated = [
        (f"{other}:{line}", place, names)
        for other in curated_files() if other.resolve() != path.resolve()
        for line, place, names in read_place_rows(other, layer="curated") if place.place_id not in own
    ]
    check_name_conflicts(curated + [(f"{path}:{line}", place, names) for line, place, names in rows])
    return rows


def curated_files() -> list[Path]:
    return sorted(data_path("gazetteer").glob("*.csv"))


def user_files(extra: Sequence[str | Path] = ()) -> list[Path]:
    env = os.environ.get("GEO_GAZETTEER", "")
    paths = [Path(p) for p in env.split(os.pathsep) if p.strip()] + [Path(p) for p in extra]
    return paths


def read_country_bounds() -> dict[str, tuple[float, float, float, float]]:
    """ISO2 -> (min_lat, min_lon, max_lat, max_lon), from data/gazetteer/country_bounds.tsv."""
    path = data_path("gazetteer", "country_bounds.tsv")
    out = {}
    for number, fields in read_table(path, columns=6, min_columns=5):
        try:
            min_lat, min_lon, max_lat, max_lon = (float(fields[1]), float(fields[2]), float(fields[3]), float(fields[4]))
        except ValueError as err:
            raise DataFileError(f"{path}:{number}: bounds must be numbers (min_lat min_lon max_lat max_lon)") from err
        if not (-90 <= min_lat < max_lat <= 90 and -180 <= min_lon < max_lon <= 180):
            raise DataFileError(
                f"{path}:{number}: bounds {fields[1:5]} are not min_lat < max_lat (-90..90) and "
                "min_lon < max_lon (-180..180); write them in the order min_lat, min_lon, max_lat, max_lon"
            )
        out[fields[0]] = (min_lat, min_lon, max_lat, max_lon)
    return out


def promote_name(path: Path, place: Place, name: str) -> None:
    """Add ``name`` to ``place``'s Arabic names in a user gazetteer file: its row there gains the
    name, or the place's whole row is written (a user row replaces the curated one). The file
    stays valid for check_place_file."""
    rows: list[dict[str, str]] = []
    if path.exists():
        with path.open(encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f))
    row = next((r for r in rows if r.get("id") == place.place_id), None)
    if row is None:
        row = {
            "id": place.place_id, "kind": place.kind, "name_en": place.name, "name_az": "", "name_hy": "",
            "alt_latin": "|".join(n for n in place.alt_names if n.isascii()),
            "names_ar": "|".join([place.name_ar, *(n for n in place.alt_names if not n.isascii())]),
            "lat": f"{place.lat:.4f}", "lon": f"{place.lon:.4f}", "country": place.country, "admin1": "",
            "capital_of": place.capital_of, "geonames_id": str(place.geonames_id or ""),
            "source": (place.source or "curated") + "; a name added from an analyst's correction",
        }
        rows.append(row)
    names = [n for n in (row.get("names_ar") or "").split("|") if n]
    if name not in names:
        row["names_ar"] = "|".join([*names, name])
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(COLUMNS), extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    check_place_file(path)
