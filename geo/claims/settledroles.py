"""The roles claims settle, once every claim of an article is known: the role rules of geo/places/roles.py
read a window of words; a claim knows its whole proposition and where its speaker is.

- A place a claim of an attack, a capture or casualties is about is where the event happened (event).
- A region or a capital named inside the speaker's phrase, after an office or title of it («وزارة الدفاع
  في ناغورني قره باغ», «سلطات كاراباخ», «السلطات في يريفان»), is the seat in an institution's name
  (context, docs/annotation.md): the office is the one speaking. A state there stays an actor («رئيس
  وزراء أرمينيا»: the extractor's convention; annotators split on it).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from geo.model import Claim, Mention
from geo.text.keys import normalise_key

_EVENT_CLAIMS = frozenset({"attack", "control", "casualties"})
_SETTINGS = frozenset({"country", "region"})
"""States and regions: a claim about one is as often about its government or the setting as about a place struck."""


def events_of_claims(mentions: tuple[Mention, ...], claims: Sequence[Claim]) -> tuple[Mention, ...]:
    """A place (not a state or region) named inside a claim of an attack, a capture or casualties that the
    claim is about is where the event happened (role event), though no event word stood near it: the role
    rules read a window of words, the claim its whole proposition."""
    about: dict[str, list[tuple[int, int]]] = {}
    for c in claims:
        if c.type in _EVENT_CLAIMS:
            for p in c.place_ids:
                about.setdefault(p, []).append((c.start, c.end))
    return tuple(replace(m, role="event") if m.role == "context" and m.place.kind not in _SETTINGS and any(
        a <= m.start < b for a, b in about.get(m.place.place_id, ())) else m for m in mentions)


_SEAT_AFTER = frozenset({"رييس", "رييسه", "وزراء", "وزير", "وزيره", "وزاره", "دفاع", "خارجيه", "داخليه", "جمهوريه",
                         "سلطات", "اقليم", "باسم", "حكومه", "برلمان", "سفير", "سفيره", "سفاره", "بلديه", "رياسه",
                         "قياده", "مكتب", "مجلس", "في", "عاصمه", "مقاطعه", "محافظه"})
"""The words of an office, title or institution a seat follows inside a speaker's phrase (not «و», which
joins a second speaker, nor «جيش»/«قوات», forces that act for their state)."""


def _seats_of_speakers(mentions: tuple[Mention, ...], claims: Sequence[Claim], text: str) -> tuple[Mention, ...]:
    spans = sorted({(c.speaker_start, c.speaker_end) for c in claims if 0 <= c.speaker_start < c.speaker_end})

    def seat(m: Mention) -> bool:
        if m.role != "actor" or m.place.kind == "country" or not any(a < m.start < b for a, b in spans):
            return False
        before = text[max(0, m.start - 20):m.start].split()
        if not before:
            return False
        word = normalise_key(before[-1].strip("«»\"“”")).removeprefix("و")
        # (a definite noun takes no genitive: «اتهم الوزير باكو» names Baku as the accused)
        return word in _SEAT_AFTER or (not word.startswith("ال") and word.removeprefix("ب").removeprefix("ل") in _SEAT_AFTER)

    return tuple(replace(m, role="context") if seat(m) else m for m in mentions)


def settle_roles(mentions: tuple[Mention, ...], claims: Sequence[Claim], text: str) -> tuple[Mention, ...]:
    """The mentions with the roles the claims settle (above)."""
    return _seats_of_speakers(events_of_claims(mentions, claims), claims, text)
