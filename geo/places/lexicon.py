"""The language tables under data/lexicon/, loaded once into lookup sets.

Owns: reading place cues, person titles and given names, surname endings,
non-place labels, ambiguous names, adjective contexts, actor verbs,
government nouns, event and venue words, dateline agencies; folding every
entry to a lookup key. It holds no rule about how they are used: the
resolver does that.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property, lru_cache

from geo.datafiles import data_path, read_table, read_word_list
from geo.errors import DataFileError
from geo.text.clitics import imperfect_readings, stems_of
from geo.text.keys import normalise_key, normalise_phrase
from geo.text.wordcache import Answers, answers

NATURAL_KINDS = frozenset({"heights", "mountain", "range", "river", "lake", "reservoir", "sea"})
"""Place kinds of a natural feature: a cue of these kinds only announces no settlement."""


@dataclass(frozen=True)
class Lexicon:
    cues: dict[str, frozenset[str]]
    person_titles: frozenset[str]
    first_names: frozenset[str]
    surname_suffixes: tuple[str, ...]
    labels: dict[str, str]
    ambiguous_names: frozenset[str]
    adjective_context: frozenset[str]
    actor_verbs: frozenset[str]
    government_nouns: frozenset[str]
    event_stems: tuple[str, ...]
    venue_stems: tuple[str, ...]
    dateline_agencies: frozenset[str]
    locatives: frozenset[str]
    context_nouns: frozenset[str]
    institution_nouns: frozenset[str] = frozenset()
    office_nouns: frozenset[str] = frozenset()
    naming_words: frozenset[str] = frozenset()
    reporting_verbs: frozenset[str] = frozenset()
    weekdays: frozenset[str] = frozenset()

    @cached_property
    def function_words(self) -> frozenset[str]:
        """Cue words, person titles and locatives: never a place name themselves."""
        return frozenset(self.cues) | self.person_titles | self.locatives

    @cached_property
    def reads_as(self) -> Answers:
        """Per word: the tables (one bit each, ACTOR_VERB ... PERSON_TITLE) that the word or one of its
        readings without proclitics is in (has_reading_in for all of them at once, cached per word)."""
        tables = [(1 << bit, getattr(self, name)) for bit, name in enumerate(READ_TABLES)]

        def work(key: str) -> int:
            stems = stems_of(key)
            found = 0
            for bit, table in tables:  # (loops, not a generator: run for each word first met)
                if not table.isdisjoint(stems):  # has_reading_in(key, table)
                    found |= bit
            return found
        return Answers(work)


    def announces_a_feature(self, cue: str) -> bool:
        """Does the cue word (a key of ``cues``, as ``cue_of`` gives it) announce only a natural feature
        («مرتفعات», «تلة», «جبل», «نهر»), never a settlement?"""
        kinds = self.cues.get(cue)
        return bool(kinds) and kinds <= NATURAL_KINDS

    @cached_property
    def cue_of(self) -> Answers:
        """Per word: the cue word it is, read as written or without its proclitics ('' for none)."""
        cues = self.cues

        def work(key: str) -> str:
            for stem in stems_of(key):
                if stem in cues:
                    return stem
            return ""
        return Answers(work)


    @cached_property
    def event_words(self) -> Answers:
        """Per word: does it start one of the event stems (stem_flags)?"""
        return stem_flags(self.event_stems)

    @cached_property
    def venue_words(self) -> Answers:
        """Per word: does it start one of the venue stems (stem_flags)?"""
        return stem_flags(self.venue_stems)


def stem_flags(stems: tuple[str, ...]) -> Answers:
    """Per word: does it (with its clitics removed) start with one of ``stems``? An event verb in the
    imperfect counts as its root («تقصف»، «يهاجم»)."""
    # the stems by their first letters (as many as the shortest stem has, up to three): a reading is
    # compared only with the stems that start as it does, not with all of them
    size = min(3, *map(len, stems)) if stems else 0
    by_start: dict[str, tuple[str, ...]] = {}
    for stem in stems:
        by_start[stem[:size]] = (*by_start.get(stem[:size], ()), stem)

    def work(key: str) -> bool:
        for stem in stems_of(key):
            for reading in imperfect_readings(stem):
                if reading.startswith(by_start.get(reading[:size], ())):
                    return True
        return False
    return answers(stems, "starts one of the stems", work)


READ_TABLES = ("actor_verbs", "government_nouns", "office_nouns", "naming_words", "locatives", "context_nouns",
               "institution_nouns", "person_titles")
"""The tables of Lexicon.reads_as, in the order of their bits."""
ACTOR_VERB, GOVERNMENT_NOUN, OFFICE_NOUN, NAMING_WORD, LOCATIVE, CONTEXT_NOUN, INSTITUTION_NOUN, PERSON_TITLE = (
    1 << bit for bit in range(len(READ_TABLES)))


def _keys(name: str) -> frozenset[str]:
    return frozenset(k for k in (normalise_key(w) for w in read_word_list(data_path("lexicon", name))) if k)


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    cues: dict[str, frozenset[str]] = {}
    path = data_path("lexicon", "place_cues.tsv")
    for number, (word, kinds, _note) in read_table(path, columns=3, min_columns=2):
        if not kinds:
            raise DataFileError(f"{path}:{number}: cue {word!r} has no kinds; give a comma list of kinds or *")
        cues[normalise_key(word)] = frozenset(k.strip() for k in kinds.split(","))
    labels: dict[str, str] = {}
    path = data_path("lexicon", "labels.tsv")
    for _number, (phrase, kind, _note) in read_table(path, columns=3, min_columns=2):
        labels[normalise_phrase(phrase)] = kind or "label"
    suffixes = tuple(sorted(_keys("surname_suffixes.txt"), key=len, reverse=True))
    return Lexicon(
        cues=cues,
        person_titles=_keys("person_titles.txt"),
        first_names=_keys("first_names.txt"),
        surname_suffixes=suffixes,
        labels=labels,
        ambiguous_names=_keys("ambiguous_names.txt"),
        adjective_context=_keys("adjective_context.txt"),
        actor_verbs=_keys("actor_verbs.txt"),
        government_nouns=_keys("government_nouns.txt"),
        event_stems=tuple(sorted(_keys("event_words.txt"))),
        venue_stems=tuple(sorted(_keys("venue_words.txt"))),
        dateline_agencies=_keys("dateline.txt"),
        locatives=_keys("locatives.txt"),
        context_nouns=_keys("context_nouns.txt"),
        institution_nouns=_keys("institution_nouns.txt"),
        office_nouns=_keys("office_nouns.txt"),
        naming_words=_keys("naming_words.txt"),
        reporting_verbs=frozenset(normalise_key(verb) for _n, (verb, *_rest) in
                                  read_table(data_path("lexicon", "reporting_verbs.tsv"), columns=3, min_columns=2)),
        weekdays=frozenset(normalise_key(day) for _n, (day, *_rest) in
                           read_table(data_path("lexicon", "weekdays.tsv"), columns=2)),
    )
