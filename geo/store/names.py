"""Places an analyst names while correcting: a typed name, Latin or Arabic, folded like the text
(harakat, tatweel, zero-width marks, hamza forms, case), found among the stored places and the
whole gazetteer, so that a mention can be pointed at a place no article has named yet.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from geo.places.gazetteer import load_gazetteer
from geo.records import place_record
from geo.text.keys import name_keys, name_rank, normalise_phrase

THEATRE_LAYERS = ("curated", "user")


@lru_cache(maxsize=1)
def _gazetteer_index() -> tuple[tuple[frozenset[str], dict[str, Any]], ...]:
    gaz = load_gazetteer()
    return tuple((name_keys((p.name, p.name_ar, *p.alt_names)), place_record(p)) for p in gaz.places.values())


def place_choices(query: str, stored: Sequence[dict[str, Any]] = (), *, limit: int = 8) -> list[dict[str, Any]]:
    """Up to ``limit`` place records a typed name may stand for, best first: an exact name before a
    name it begins before one it occurs in; then places already on the map, then the theatre's
    (curated and user gazetteer) before the worldwide layer; then the shorter name."""
    needle = normalise_phrase(query)
    if not needle:
        return []
    found: dict[str, tuple[tuple[int, int, int, str], dict[str, Any]]] = {}
    candidates = [(name_keys((p["name"], p["name_ar"], *(p.get("alt_names") or ()))), p, 0) for p in stored]
    candidates += [(keys, p, 1 if p.get("layer") in THEATRE_LAYERS else 2) for keys, p in _gazetteer_index()]
    for keys, p, tier in candidates:
        rank = name_rank(needle, keys)
        if rank is None:
            continue
        order = (rank, tier, len(p["name"]), p["place_id"])
        if p["place_id"] not in found or order < found[p["place_id"]][0]:
            found[p["place_id"]] = (order, p)
    return [p for _order, p in sorted(found.values(), key=lambda item: item[0])[:limit]]
