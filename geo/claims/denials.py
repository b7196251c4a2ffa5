"""What a denial or a description that names no place of its own is about: the claim it answers, and
that claim's places («ونفت باكو الاتهام», «ووصفت يريفان ذلك بأنه عدوان»).

Owns: choosing the claim answered and reading its places. Not whether a clause denies or describes
(extract, topics), nor the places a claim names itself (claimplaces).
"""

from __future__ import annotations

from collections.abc import Sequence

from geo.model import Claim


def last_told(claims: Sequence[Claim], sides: set[str], kinds: dict[str, str]) -> Claim:
    """The last claim of a side not in ``sides`` that locates a place other than a state (one with a topic
    before a remark of none: «نفت أرمينيا صحة هذه التصريحات» after a strike on a town and the pipeline's worth
    to Europe denies the strike), else the last of theirs that names any place, else the last claim: what a
    denial with no place of its own denies."""
    named = located = None
    for c in reversed(claims):
        if c.side in sides or not c.place_ids:
            continue
        if any(kinds.get(p) != "country" for p in c.place_ids):
            if c.type != "other":
                return c
            located = located or c  # (a remark of no topic: «الخط يحتل مكانة خاصة في أمن الطاقة بأوروبا»)
        named = named or c
    return located or named or claims[-1]


def located_first(claim: Claim, kinds: dict[str, str]) -> tuple[str, ...]:
    """A claim's places other than states, or all of them when it names only states: what a denial or a
    description («ووصفت يريفان ذلك») that names no place of its own is about."""
    return tuple(p for p in claim.place_ids if kinds.get(p) != "country") or claim.place_ids


def denied_places(claims: Sequence[Claim], own: set[str], sentence_start: int, kinds: dict[str, str]) -> tuple[str, ...]:
    """The places a denial by ``own`` sides with none of its own denies: those of the claim just before in
    the same sentence («، الأمر الذي نفته باكو»), else of the last of another side's claims that locates a place
    (a town struck, not only the state blamed: «ونفت وزارة الدفاع الأرمينية هذه الاتهامات»), or names any."""
    last = claims[-1]
    if last.start < sentence_start or last.side in own:
        return located_first(last_told(claims, own | {"none"}, kinds), kinds)
    for told in reversed(claims):  # «أعلنت أرمينيا أن … في المنطقة، قائلة إن عدد القتلى تجاوز 6000، إلا أن باكو شددت
        if told.start < sentence_start or told.speaker != last.speaker:  # على أن هذه الادعاءات …»: the statement
            break  # the speaker's last words go on from, when they locate nothing themselves
        if told.place_ids:
            return located_first(told, kinds)
    return ()
