"""The language tables of the claims step (data/lexicon/), loaded once into lookup structures.

Owns: reading reporting verbs, "according to" phrases, speakers and their sides,
nationality adjectives, place-to-side links, claim-type stems, denial cues,
months, weekdays, number words, speaker heads and the words that end a
speaker's phrase; folding every entry to a lookup key. How they are used is
decided in geo/attribution.py, geo/claims.py, geo/dates.py and geo/figures.py.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from geo.datafiles import data_path, read_table, read_word_list
from geo.errors import DataFileError
from geo.keys import normalise_key, normalise_phrase

SIDES = ("armenia", "azerbaijan", "russia", "turkey", "france", "usa", "iran", "un", "eu", "other")
TYPES = ("attack", "control", "casualties", "denial", "diplomacy", "humanitarian", "accusation", "other")
TYPE_ORDER = ("control", "casualties", "attack", "humanitarian", "accusation", "diplomacy")
VERB_KINDS = ("say", "deny", "accuse", "carry")


@dataclass(frozen=True)
class Speaker:
    key: tuple[str, ...]
    label: str
    side: str


@dataclass(frozen=True)
class ClaimWords:
    verbs: dict[str, str]
    according_to: tuple[tuple[str, ...], ...]
    speakers: dict[tuple[str, ...], Speaker]
    speaker_first: dict[str, tuple[Speaker, ...]]
    nationalities: dict[str, str]
    place_sides: dict[str, str]
    type_stems: tuple[tuple[tuple[str, ...], str], ...]
    months: dict[tuple[str, ...], int]
    weekdays: dict[str, int]
    cardinals: dict[str, tuple[float, str]]
    ordinals: dict[tuple[str, ...], int]
    heads: dict[str, str]
    time_words: frozenset[str]
    stops: frozenset[str]
    channels: tuple[str, ...]
    surname_sides: tuple[tuple[str, str], ...]
    anaphoric_heads: frozenset[str]
    relay_verbs: frozenset[str]
    given_name_sides: dict[str, str]
    anaphoric_places: dict[str, frozenset[str]]
    denial_first: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict, repr=False)
    type_first: dict[str, tuple[tuple[tuple[str, ...], str], ...]] = field(default_factory=dict, repr=False)
    type_cache: dict[str, tuple[tuple[tuple[str, ...], str], ...]] = field(default_factory=dict, repr=False)

    def type_hits(self, key: str, stems: tuple[str, ...]) -> tuple[tuple[tuple[str, ...], str], ...]:
        """The claim-type phrases whose first word starts one of a word's readings (cached per word)."""
        hits = self.type_cache.get(key)
        if hits is None:
            found: list[tuple[tuple[str, ...], str]] = []
            for stem in stems:
                for length in range(1, len(stem) + 1):
                    for item in self.type_first.get(stem[:length], ()):
                        if item not in found:
                            found.append(item)
            hits = self.type_cache[key] = tuple(found)
        return hits


def _phrase(text: str) -> tuple[str, ...]:
    return tuple(normalise_phrase(text).split())


def _rows(name: str, columns: int, min_columns: int | None = None) -> list[tuple[int, list[str]]]:
    return read_table(data_path("lexicon", name), columns=columns, min_columns=min_columns)


def _check(name: str, number: int, value: str, allowed: tuple[str, ...], what: str) -> str:
    if value not in allowed:
        raise DataFileError(
            f"{data_path('lexicon', name)}:{number}: {what} {value!r} is not one of {', '.join(allowed)}"
        )
    return value


@lru_cache(maxsize=1)
def load_claim_words() -> ClaimWords:
    verbs = {
        normalise_key(v): _check("reporting_verbs.tsv", n, kind, VERB_KINDS, "kind")
        for n, (v, kind, _note) in _rows("reporting_verbs.tsv", 3, 2)
    }
    speakers: dict[tuple[str, ...], Speaker] = {}
    for n, (phrase, label, side) in _rows("speakers.tsv", 3):
        key = _phrase(phrase)
        speakers[key] = Speaker(key, label, _check("speakers.tsv", n, side, SIDES, "side"))
    first: dict[str, list[Speaker]] = {}
    for sp in speakers.values():
        first.setdefault(sp.key[0], []).append(sp)
    nationalities = {
        normalise_key(adj): _check("nationalities.tsv", n, side, SIDES, "side")
        for n, (adj, side) in _rows("nationalities.tsv", 2)
    }
    place_sides = {
        pid: _check("place_sides.tsv", n, side, SIDES, "side") for n, (pid, side) in _rows("place_sides.tsv", 2)
    }
    type_stems = tuple(
        (_phrase(stem), _check("claim_types.tsv", n, kind, TYPES, "type"))
        for n, (stem, kind) in _rows("claim_types.tsv", 2)
    )
    months = {_phrase(name): int(num) for _, (name, num) in _rows("months.tsv", 2)}
    weekdays = {normalise_key(name): int(num) for _, (name, num) in _rows("weekdays.tsv", 2)}
    cardinals: dict[str, tuple[float, str]] = {}
    ordinals: dict[tuple[str, ...], int] = {}
    for _, (word, value, kind) in _rows("number_words.tsv", 3):
        if kind == "ordinal":
            ordinals[_phrase(word)] = int(value)
        else:
            cardinals[normalise_key(word)] = (float(value), kind)
    denials = tuple(_phrase(p) for p in read_word_list(data_path("lexicon", "denial_cues.txt")))
    denial_first: dict[str, list[tuple[str, ...]]] = {}
    for denial in denials:
        denial_first.setdefault(denial[0], []).append(denial)
    type_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for stem_phrase, type_name in type_stems:
        type_first.setdefault(stem_phrase[0], []).append((stem_phrase, type_name))
    return ClaimWords(
        type_first={k: tuple(v) for k, v in type_first.items()},
        denial_first={k: tuple(v) for k, v in denial_first.items()},
        verbs=verbs,
        according_to=tuple(_phrase(p) for p in read_word_list(data_path("lexicon", "according_to.txt"))),
        speakers=speakers,
        speaker_first={k: tuple(sorted(v, key=lambda s: -len(s.key))) for k, v in first.items()},
        nationalities=nationalities,
        place_sides=place_sides,
        type_stems=type_stems,
        months=months,
        weekdays=weekdays,
        cardinals=cardinals,
        ordinals=ordinals,
        heads={normalise_phrase(h): en for _, (h, en) in _rows("speaker_heads.tsv", 2)},
        time_words=frozenset(normalise_key(w) for w in read_word_list(data_path("lexicon", "time_words.txt"))),
        stops=frozenset(normalise_key(w) for w in read_word_list(data_path("lexicon", "speaker_stops.txt"))),
        channels=tuple(normalise_key(w) for w in read_word_list(data_path("lexicon", "channel_nouns.txt"))),
        given_name_sides={normalise_key(n): _check("given_name_sides.tsv", num, side, SIDES, "side")
                          for num, (n, side) in _rows("given_name_sides.tsv", 2)},
        relay_verbs=frozenset(normalise_key(w) for w in read_word_list(data_path("lexicon", "relay_verbs.txt"))),
        anaphoric_places={normalise_key(w): frozenset(k.strip() for k in kinds.split(","))
                          for _, (w, kinds) in _rows("anaphoric_places.tsv", 2)},
        anaphoric_heads=frozenset(
            normalise_key(w) for w in read_word_list(data_path("lexicon", "anaphoric_heads.txt"))
        ),
        surname_sides=tuple(sorted(
            ((normalise_key(end), _check("surname_sides.tsv", n, side, SIDES, "side"))
             for n, (end, side) in _rows("surname_sides.tsv", 2)),
            key=lambda item: -len(item[0]),
        )),
    )
