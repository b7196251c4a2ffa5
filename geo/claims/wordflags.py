"""What a claim's words may hold, one bit per question a claim helper asks of every word.

Owns: the per-word bit set read once per article (``flags_of``), from which a clause learns with
one OR over its words which helpers can find anything in it. A helper whose bit no word of a
clause has would find nothing (most clauses hold no date, no figure, no word pointing back), so
geo/claims/extract.py does not call it. Each bit is the helper's own per-word test, read from
the helper's own cache, so the two cannot disagree.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import reduce
from operator import or_

from geo.claims.claimplaces import EVENT_NOUN_KINDS, NAMES_TWO_STATES, pointing_kinds
from geo.claims.claimwords import ClaimWords
from geo.claims.dates import may_hold_date
from geo.claims.epithets import DESCRIBES, opens_a_description
from geo.claims.figures import may_start_figure
from geo.claims.topics import TAKEN_CAPTIVE, phrases_starting, type_hits_of
from geo.text.wordcache import answers

TYPE = 1
"""The word starts a claim-type phrase (topics.claim_topic)."""
DATE = 2
"""A clause with the word may hold a date (dates.find_date)."""
FIGURE = 4
"""A figure may start with the word (figures.find_figures)."""
POINTS_BACK = 8
"""The word points back to a kind of place («المدينة», claimplaces.pointed_back)."""
TWO_STATES = 16
"""The word names the two states («البلدين», claimplaces.two_states_pointed_back)."""
DENIAL = 32
"""The word starts a denial phrase (words.denial_first, topics.has_phrase)."""
EVENT_NOUN = 64
"""The word is a definite event noun («القصف», claimplaces.event_pointed_back)."""
# 128, DESCRIBES: a description of a place may start with the word («ثاني أكبر مدينة»); the bit is
# geo/claims/epithets.py's, which reads it (epithets.with_described)


def flags_of(keys: Sequence[str], words: ClaimWords) -> list[int]:
    """The bits of each word (given as its key)."""
    return list(map(_flags(words).__getitem__, keys))


def held(flags: Sequence[int]) -> int:
    """The bits any of the words has."""
    return reduce(or_, flags, 0)


def _flags(words: ClaimWords) -> dict[str, int]:
    """The per-word cache of the bits, for ``words``."""
    hits_of = type_hits_of(words)
    may_date = may_hold_date(words)
    may_figure = may_start_figure(words)
    pointing = pointing_kinds(words)
    denial = phrases_starting(words.denial_first)
    describes = opens_a_description()

    def work(key: str) -> int:
        hits = hits_of[key]
        bits = TYPE if hits or key in TAKEN_CAPTIVE else 0  # (and «أسر 12 جنديا»: topics.claim_topic)
        if key.startswith("ال") and any(kind in EVENT_NOUN_KINDS for _phrase, kind in hits):
            bits |= EVENT_NOUN
        if may_date[key]:
            bits |= DATE
        if may_figure[key]:
            bits |= FIGURE
        if pointing[key]:
            bits |= POINTS_BACK
        if NAMES_TWO_STATES[key]:
            bits |= TWO_STATES
        if denial[key]:
            bits |= DENIAL
        if describes[key]:
            bits |= DESCRIBES
        return bits

    return answers(words, "claim helper bits", work)
