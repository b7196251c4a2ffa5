"""Contested places: the places about which claims of different sides contradict each other
(docs/annotation.md), for one article's claims (find_contested) and for two stored claims
(claims_conflict, which the store uses across articles).
"""

from __future__ import annotations

from collections.abc import Sequence

from geo.model import Claim


def find_contested(claims: Sequence[Claim]) -> list[str]:
    """Places about which claims from different sides conflict.

    Conflict: one side asserts and another denies (same type, or a denial); both sides claim
    control (one took it, the other says fighting continues there); both sides give casualty
    figures for it; one of the two warring sides blames the other for what happened there and the
    other gives its own account of the place.
    """
    by_place: dict[str, list[Claim]] = {}
    for c in claims:
        if c.side in ("none", "other"):
            continue
        for pid in c.place_ids:
            by_place.setdefault(pid, []).append(c)
    contested = []
    for pid, group in by_place.items():
        if any(_conflict(a, b) for i, a in enumerate(group) for b in group[i + 1:] if a.side != b.side):
            contested.append(pid)
    return contested


def _conflict(a: Claim, b: Claim) -> bool:
    return claims_conflict(a.type, a.polarity, bool(a.numbers), b.type, b.polarity, bool(b.numbers), {a.side, b.side})


def claims_conflict(a_type: str, a_polarity: str, a_figures: bool, b_type: str, b_polarity: str, b_figures: bool,
                    sides: set[str] | frozenset[str] = frozenset()) -> bool:
    """Do two claims (from different sides, ``sides`` when known, about one place) contradict each other?

    docs/annotation.md: one asserts what the other denies, or their versions cannot both be true.
    """
    types = {a_type, b_type}
    if "accusation" in types and sides == _WARRING:
        return True  # «تتهم أرمينيا أذربيجان بتجويع سكان قره باغ» and Baku's own account of Karabakh: two versions
    if a_polarity != b_polarity and (a_type == b_type or "denial" in types or types <= _WAR_TYPES):
        return True  # captured / not captured; struck / did not strike
    if a_type == b_type == "control" or (types == {"control", "attack"} and a_polarity == b_polarity == "assert"):
        return True  # one took it, the other says fighting for it goes on (or both say they hold it)
    if types <= _BLAME_TYPES and a_polarity == b_polarity == "assert":
        return True  # each side says the other shelled the same town
    return a_type == b_type == "casualties" and a_figures and b_figures


_WARRING = frozenset({"armenia", "azerbaijan"})
_WAR_TYPES = frozenset({"attack", "control", "casualties", "accusation", "denial"})
_BLAME_TYPES = frozenset({"attack", "accusation"})
