"""The speaker's own state among a claim's places, where the proposition makes it a party or the place
concerned: a state that takes people in («استقبلت أكثر من 13 ألف شخص»: where they go), and a state that
announces, accepts or keeps a truce, talks or a treaty with the other side («أعلنت أرمينيا هدنة مع
أذربيجان»: docs/annotation.md names the parties of an agreement as its places).
"""

from __future__ import annotations

from collections.abc import Sequence

from geo.claims.claimwords import ClaimWords
from geo.claims.speakerspan import Attribution
from geo.model import Mention

_AT_WAR = {"armenia": "azerbaijan", "azerbaijan": "armenia"}
_THAT = frozenset({"ان", "بان", "وان"})
_OUR_COUNTRY = frozenset({"بلاده", "بلادها", "بلادنا", "بلادي"})


def with_own_state(places: tuple[str, ...], kind: str, who: Attribution | None, took_in: bool,
                   words: ClaimWords, mentions: Sequence[Mention], text: str, keys: Sequence[str]) -> tuple[str, ...]:
    """``places`` with the speaker's state added (last) when the claim makes it a party: people taken in;
    diplomacy «مع» (with) the state it is at war with (``mentions``: the clause's); diplomacy whose
    subject is the speaker's country («إن بلاده مستعدة للسلام»; ``keys``: the clause's words)."""
    if who is None or len(who.sides) != 1:
        return places
    side = who.sides[0]
    own = words.side_states.get(side)
    if own is None or own in places:
        return places
    other = words.side_states.get(_AT_WAR.get(side, ""))
    if took_in or (kind == "diplomacy" and other is not None and other in places and any(
            m.place.place_id == other and text[max(0, m.start - 4):m.start].rstrip().endswith("مع") for m in mentions)):
        return (*places, own)
    if kind == "diplomacy" and any(a in _THAT and b in _OUR_COUNTRY for a, b in zip(keys, keys[1:], strict=False)):
        return (*places, own)
    return places


def without_own_state(places: tuple[str, ...], kind: str, side: str, words: ClaimWords,
                      mentions: Sequence[Mention]) -> tuple[str, ...]:
    """A seat of government standing for it (the White House, the Kremlin) or a state of the past (the
    Soviet Union), named in the clause's ``mentions``, is no claim's place. An accusation is about the other
    side's act: the speaker's own state and its capital are not among its places, and with nothing else
    left it is about the state it accuses («واتهمت أذربيجان أرمينيا بالتصعيد على حدود أذربيجان»: Armenia).
    (A denial of a charge against the speaker's state keeps that state.)"""
    never = {m.place.place_id for m in mentions if m.place.kind == "landmark" and m.place.capital_of
             or m.place.kind == "country" and not m.place.country}  # («في البيت الأبيض», «الاتحاد السوفيتي»)
    places = tuple(p for p in places if p not in never) if never else places
    own = words.side_states.get(side) if kind == "accusation" and places else None
    if own is None:
        return places
    seats = {own} | {m.place.place_id for m in mentions if m.place.is_state_seat and words.place_sides.get(
        m.place.place_id) == side}
    left = tuple(p for p in places if p not in seats)
    return left or tuple(dict.fromkeys(words.state_of(m.place.place_id) for m in mentions
                                       if m.place.is_state_seat and m.place.place_id not in seats))
