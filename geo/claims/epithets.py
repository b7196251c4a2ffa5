"""Places a claim names by what they are, in the words of the news: «ثاني أكبر مدينة في الإقليم» is Shusha,
«ثاني أكبر المدن الأذربيجانية» Ganja (data/lexicon/epithets.tsv).

Owns: finding such a description among a claim's words, the place it names, and the whole it names inside
it (the region or state that only says of what: no place of the claim's own). Not places named by their
names (geo.places), nor nouns pointing back to a place named before (claimplaces.pointed_back).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from geo.claims.claimwords import ClaimWords
from geo.claims.nounphrase import bare_key
from geo.datafiles import data_path, read_table
from geo.model import Mention, Token
from geo.text.clitics import strip_proclitic
from geo.text.keys import normalise_key
from geo.text.wordcache import Answers, answers


@dataclass(frozen=True)
class Epithet:
    """One row of epithets.tsv: the description's words (folded), the whole's place id, the nouns that
    point back to the whole, and the place the description names."""

    words: tuple[str, ...]
    whole: str
    pointing: frozenset[str]
    place: str


@lru_cache(maxsize=1)
def load_epithets() -> dict[str, tuple[Epithet, ...]]:
    """The descriptions of data/lexicon/epithets.tsv, by their first word (folded)."""
    table: dict[str, list[Epithet]] = {}
    for _n, (description, whole, pointing, place) in read_table(data_path("lexicon", "epithets.tsv"), columns=4):
        words = tuple(normalise_key(w) for w in description.split())
        nouns = frozenset(normalise_key(w) for w in pointing.split() if w != "-")
        table.setdefault(words[0], []).append(Epithet(words, whole.strip(), nouns, place.strip()))
    return {first: tuple(rows) for first, rows in table.items()}


def opens_a_description() -> Answers:
    """Per word: can a description start with it (its first word, with «و», «ب» or «ل» read off)?"""
    table = load_epithets()
    return answers(table, "opens a description", lambda key: strip_proclitic(bare_key(key), ("ب", "ل")) in table)


_READ_PAST = frozenset({"في", "اقليم", "منطقه", "جمهوريه"})
"""Words between a description and its whole: «ثاني أكبر مدينة في إقليم ناغورني قره باغ»."""


DESCRIBES = 128
"""The wordflags bit of a word that may open a description (opens_a_description)."""


def with_described(has: int, places: tuple[str, ...], tokens: Sequence[Token], mentions: Sequence[Mention],
                   words: ClaimWords) -> tuple[str, ...]:
    """A claim's places with those its words describe («ثاني أكبر مدن الإقليم»: Shusha), in place of the
    whole a description names («… في إقليم ناغورني قره باغ»: of what, not about it); ``has``: the clause's
    wordflags bits, DESCRIBES among them when a word may open a description (most clauses: none)."""
    if not has & DESCRIBES:
        return places
    described, wholes = described_places(tokens, mentions, words)
    if not described:
        return places
    return tuple(dict.fromkeys([*(p for p in places if p not in wholes), *described]))


def described_places(tokens: Sequence[Token], mentions: Sequence[Mention], words: ClaimWords) -> tuple[list[str], set[str]]:
    """The places the words describe, and the ids of the wholes named inside those descriptions."""
    table = load_epithets()
    keys = [strip_proclitic(bare_key(t.key), ("ب", "ل")) for t in tokens]
    found: list[str] = []
    wholes: set[str] = set()
    read_to = 0
    for k, key in enumerate(keys):
        for epithet in table.get(key, ()) if k >= read_to else ():  # («أكبر مدينة» inside «ثاني أكبر مدينة»)
            j = k + len(epithet.words)
            if tuple(keys[k:j]) != epithet.words:
                continue
            while j < len(keys) and keys[j] in _READ_PAST:
                j += 1
            if j == len(keys):
                continue
            whole = next((m for m in mentions if m.start <= tokens[j].start < m.end), None)
            if whole is not None and whole.place.place_id == epithet.whole:
                wholes.add(epithet.whole)  # («… في إقليم ناغورني قره باغ»: of what, not about it)
            elif whole is not None or not (keys[j] in epithet.pointing or words.side_states.get(
                    words.nationality_of(keys[j])) == epithet.whole):
                continue  # («ثاني أكبر مدن البلاد»: which country is not said)
            found.append(epithet.place)
            read_to = j
            break
    return found, wholes
