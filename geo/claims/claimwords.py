"""The language tables of the claims step (data/lexicon/), loaded once into lookup structures.

Owns: reading reporting verbs, "according to" phrases, speakers and their sides,
nationality adjectives, place-to-side links, claim-type stems, denial cues,
months, weekdays, number words, speaker heads and the words that end a
speaker's phrase; folding every entry to a lookup key. How they are used is
decided in geo/claims/attribution.py, geo/claims/extract.py, geo/claims/dates.py and geo/claims/figures.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from geo.datafiles import data_path, read_table, read_word_list, table_float, table_int
from geo.errors import DataFileError
from geo.model import SIDES, TYPES
from geo.text.clitics import CONJUNCTIONS, imperfect_readings, iter_stems, stems_of, strip_proclitic
from geo.text.keys import normalise_key, normalise_phrase
from geo.text.wordcache import Answers

TYPE_ORDER = ("control", "casualties", "attack", "humanitarian", "accusation", "diplomacy")
VERB_KINDS = ("say", "deny", "accuse", "carry", "reject")
NO_TOPIC = "-"
EVENT_NOUN_TYPES = frozenset({"control", "attack", "casualties"})
"""The types whose one-word phrases are an event's verbal noun («السيطرة», «القصف»)."""
"""The type column of a phrase that holds a topic word but names no topic («قوات حفظ السلام»: an actor)."""
NUMBER_KINDS = ("cardinal", "ordinal", "multiplier")


_QUANTIFIERS = frozenset({"كثير", "الكثير", "عدد", "بعض", "ميات", "الاف", "عشرات", "اغلبيه", "معظم", "افراد", "اعضاء"})
"""Words that count a share of a group («عدد من المسؤولين», «كثير من الأرمن», «أفراد من عرقية الأرمن»)."""

@dataclass(frozen=True)
class Speaker:
    key: tuple[str, ...]
    label: str
    side: str


def by_second_word(speakers: tuple[Speaker, ...]) -> tuple[tuple[Speaker, ...], dict[str, tuple[Speaker, ...]]]:
    """Speakers a word may start: those of one word, and the longer ones by their second word (each
    group in the order given: of two of one length, the first that matches wins)."""
    by_second: dict[str, tuple[Speaker, ...]] = {}
    for sp in speakers:
        if len(sp.key) > 1:
            by_second[sp.key[1]] = (*by_second.get(sp.key[1], ()), sp)
    return tuple(sp for sp in speakers if len(sp.key) == 1), by_second


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
    rebuttal_objects: frozenset[str] = frozenset()
    ambiguous_surnames: frozenset[str] = frozenset()
    titles: frozenset[str] = frozenset()
    halt_words: frozenset[str] = frozenset()
    outlets: frozenset[str] = frozenset()
    """The first words of news outlets' names (outlets.txt): «لرويترز» after a speaker is whom it told."""
    masdars: frozenset[str] = frozenset()
    """Verbal nouns that report («مع إعلان الوزير أن»): only with what was said right after the speaker."""
    threats: frozenset[str] = frozenset()
    """Reporting verbs that threaten («هدد», «توعد», «متوعدة»): a threatened attack is no attack claim."""
    country_sides: dict[str, str] = field(default_factory=dict)
    """A town's or province's side by its country's ISO code, when named after an institution
    («سلطات مدينة غوريس»): data/lexicon/country_sides.tsv."""
    participles: dict[str, tuple[str, bool]] = field(default_factory=dict)
    """Participles that go on with the same speaker after a comma («، مضيفة أن»): their kind, and
    whether any object may follow («، متهمة قوات باكو») or only what was said."""
    denial_first: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict, repr=False)
    type_first: dict[str, tuple[tuple[tuple[str, ...], str], ...]] = field(default_factory=dict, repr=False)
    type_cache: dict[tuple[str, tuple[str, ...]], tuple[tuple[tuple[str, ...], str], ...]] = field(
        default_factory=dict, repr=False)

    def nationality_of(self, key: str) -> str:
        """The side a nationality adjective gives, read without its clitics («الأرمينية» -> armenia; '' for none)."""
        return next((self.nationalities[s] for s in stems_of(key) if s in self.nationalities), "")

    def participle(self, key: str) -> tuple[str, bool] | None:
        """The participle a word is, with or without و («ومضيفة»); a و of the root stays («واصفة»)."""
        return self.participles.get(key) or self.participles.get(strip_proclitic(key, CONJUNCTIONS))

    def shares(self, key: str) -> bool:
        """Does a word count a share of a group: a quantifier («عدد», «بعض») or a number («ثلاثة», «20»)?"""
        bare = strip_proclitic(key, CONJUNCTIONS)
        return bare in _QUANTIFIERS or bare.isdigit() or self.cardinals.get(bare, (0, ""))[1] == "cardinal"

    @cached_property
    def verb_cache(self) -> Answers:
        """verb_kind (geo/claims/nounphrase.py) per word, worked out when first looked up: the
        reporting verb a word is, as written or without its conjunction, in the singular, plural or
        dual; '' if none."""
        verbs = self.verbs
        plural = self.plural_verb_cache

        def kind(key: str) -> str:
            return verbs.get(key) or verbs.get(strip_proclitic(key, CONJUNCTIONS)) or plural[key] or with_object(key)

        def with_object(key: str) -> str:
            # with an object pronoun («اعتبرته يريفان», «وصفها», «اتهمهم»): the verb it is attached to.
            # A bare ه after a short masculine verb or one whose last syllable is long is not read: keys
            # fold ة to ه («إضافة», «إشارة», «استعادة», «وصفة» are nouns); «اعتبره», «انتقده» are verbs
            if not key.endswith(_OBJECT_PRONOUNS):
                return ""  # (most words) the word without its conjunction ends as the word does
            for word in (key, strip_proclitic(key, CONJUNCTIONS)):
                for suffix in _OBJECT_PRONOUNS:
                    stem = word[:-len(suffix)]
                    if not word.endswith(suffix) or len(stem) < 3:
                        continue
                    if (stem not in self.masdars and stem in verbs
                            and (suffix != "ه" or stem.endswith("ت") or (len(stem) >= 5 and stem[-2] != "ا")
                                 or (word != key and stem[-2] != "ا"))):  # «ووصفه علييف»: a verb after و
                        return verbs[stem]
                    if stem.endswith("ا") and verbs.get(stem[:-1] + "ي"):
                        return verbs[stem[:-1] + "ي"]  # a final ى is written ا before the pronoun: «نفاه», «ادعاها»
            return ""

        return Answers(kind)

    @cached_property
    def person_names(self) -> dict[str, tuple[tuple[str, ...], ...]]:
        """Listed persons' names of two words or more (speakers no head noun opens), by their last word."""
        out: dict[str, tuple[tuple[str, ...], ...]] = {}
        for key in self.speakers:
            if len(key) > 1 and not self.head_of[key[0]]:
                out[key[-1]] = (*out.get(key[-1], ()), key)
        return out

    def titles_or_heads(self, key: str) -> bool:
        """Is the word a person's title («الرئيس») or a speaker's head noun («وزارة»)?"""
        return key in self.titles or bool(self.head_of[key])

    def titled_name_ends(self, keys: Sequence[str]) -> bool:
        """Do the words end with a listed person's name that a title or head stands before
        («الرئيس الروسي فلاديمير بوتين»)?"""
        return any(len(keys) > len(name) and tuple(keys[-len(name):]) == name
                   and any(map(self.titles_or_heads, keys[:-len(name)]))
                   for name in self.person_names.get(keys[-1], ()))

    @cached_property
    def plural_verb_cache(self) -> Answers:
        """The reporting verb a plural or dual form is («قالوا», «أكدا», «ذكرتا», «يعلنان»), read back to the
        listed singular; '' if none or if the word is listed itself. Such a verb's subject stands
        before it or is the last speaker: after the verb (VSO) Arabic puts the verb in the singular."""
        verbs = {k: v for k, v in self.verbs.items() if k not in self.masdars}

        def kind(key: str) -> str:
            if key in self.verbs:
                return ""
            for word in (key, strip_proclitic(key, CONJUNCTIONS)):
                found = (word.endswith("وا") and (verbs.get(word[:-2]) or self.verbs.get(word[:-2] + "ي"))) or (  # «نفوا»
                    word.endswith("ا") and verbs.get(word[:-1])) or (
                    word[:1] in "يت" and word.endswith(("ون", "ان")) and verbs.get(word[:-2]))  # «يعلنان», «تؤكدون»
                if found:
                    return found
            return ""

        return Answers(kind)

    @cached_property
    def verb_or_participle(self) -> Answers:
        """Per word: is it a reporting verb, or (without its conjunction) a participle?"""
        verbs, participles = self.verb_cache, self.participles
        return Answers(lambda key: bool(verbs[key]) or strip_proclitic(key, CONJUNCTIONS) in participles)

    @cached_property
    def event_nouns(self) -> Answers:
        """Per word: is it an event's verbal noun on its own (a one-word control, attack or casualties
        phrase: «السيطرة»)?"""
        return Answers(lambda key: any(kind in EVENT_NOUN_TYPES and len(phrase) == 1
                                       for phrase, kind in self.type_hits(key, stems_of(key))))

    @cached_property
    def head_of(self) -> Answers:
        """Per word: the head (heads.tsv) its first reading that is one names, '' for none."""
        heads = self.heads
        return Answers(lambda key: next((heads[stem] for _, stem, _ in iter_stems(key) if stem in heads), ""))

    @cached_property
    def opens_according_to(self) -> Answers:
        """Per word: is it, without its conjunction, one of according_to_words?"""
        opening = self.according_to_words
        return Answers(lambda key: key in opening or strip_proclitic(key, CONJUNCTIONS) in opening)  # («وفقا»: و of the word)

    @cached_property
    def month_first_words(self) -> frozenset[str]:
        """The first word of each month's name (a month may take two: «تشرين الأول»)."""
        return frozenset(phrase[0] for phrase in self.months)

    @cached_property
    def according_to_words(self) -> frozenset[str]:
        """The words that are an "according to" phrase on their own (بحسب) or before ل (وفقا ل)."""
        return frozenset(p[0] for p in self.according_to if len(p) == 1 or (len(p) == 2 and p[1] == "ل"))

    @cached_property
    def side_states(self) -> dict[str, str]:
        """Each side's state: the first place place_sides.tsv lists for it (armenia, united_states)."""
        states: dict[str, str] = {}
        for pid, side in self.place_sides.items():
            states.setdefault(side, pid)
        return states

    def state_of(self, place_id: str) -> str:
        """The state a place stands for when it is acting or accused (a capital, a state's own town: its
        side's state, «باكو» → Azerbaijan), else the place itself."""
        return self.side_states.get(self.place_sides.get(place_id, ""), place_id)

    @cached_property
    def type_first_longest(self) -> int:
        """The longest first word of a claim-type phrase: no longer start of a word can be one."""
        return max(map(len, self.type_first), default=0)

    def type_hits(self, key: str, stems: tuple[str, ...]) -> tuple[tuple[tuple[str, ...], str], ...]:
        """The claim-type phrases whose first word starts one of a word's readings (cached per word and
        readings: a caller may read a word as written, another without its clitics, and neither answer
        may depend on which asked first)."""
        hits = self.type_cache.get((key, stems))
        if hits is None:
            found: list[tuple[tuple[str, ...], str]] = []
            readings = (*stems, "ال" + key[2:]) if key.startswith("لل") and len(key) > 4 else stems
            for whole in readings:  # («للسلام» is ل + السلام: a phrase written with the article matches it)
                for stem in imperfect_readings(whole):
                    self._add_hits(stem, found)
                    if found:
                        break  # «أسقطت» is اسقط (an attack) before it is سقطت read without its alif
            hits = self.type_cache[key, stems] = tuple(found)
        return hits


    def _add_hits(self, stem: str, found: list[tuple[tuple[str, ...], str]]) -> None:
        # bounded: every start of a 200,000-letter "word" (a page without spaces) is quadratic
        for length in range(1, min(len(stem), self.type_first_longest) + 1):
            for item in self.type_first.get(stem[:length], ()):
                if item not in found:
                    found.append(item)


_OBJECT_PRONOUNS = ("هما", "هم", "ها", "ه")
"""The object pronouns a reporting verb may carry («وصفها», «اتهمهم»), longest first."""


def _phrase(text: str) -> tuple[str, ...]:
    return tuple(normalise_phrase(text).split())


def _phrase_at(name: str, number: int, text: str) -> tuple[str, ...]:
    """The key of a phrase in a table row; a phrase that folds to nothing ("ـ", a lone harakah) is an error."""
    key = _phrase(text)
    if not key:
        raise DataFileError(
            f"{data_path('lexicon', name)}:{number}: {text!r} has no letters once folded; write the word or delete the line"
        )
    return key


def _phrases(name: str) -> tuple[tuple[str, ...], ...]:
    return tuple(_phrase_at(name, n, fields[0]) for n, fields in _rows(name, 3, 1))


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
    verb_rows = _rows("reporting_verbs.tsv", 3, 2)
    verbs = {normalise_key(v): _check("reporting_verbs.tsv", n, kind, VERB_KINDS, "kind")
             for n, (v, kind, note) in verb_rows if not note.startswith("participle")}
    participles = {normalise_key(v): (_check("reporting_verbs.tsv", n, kind, VERB_KINDS, "kind"), "any object" in note)
                   for n, (v, kind, note) in verb_rows if note.startswith("participle")}
    masdars = frozenset(normalise_key(v) for _n, (v, _kind, note) in verb_rows if note.startswith("masdar"))
    threats = frozenset(normalise_key(v) for _n, (v, _kind, note) in verb_rows if note.endswith("threat"))
    speakers: dict[tuple[str, ...], Speaker] = {}
    for n, (phrase, label, side) in _rows("speakers.tsv", 3):
        key = _phrase_at("speakers.tsv", n, phrase)
        # "الطرفان" (the two sides) speaks for both: sides joined with +
        both = [_check("speakers.tsv", n, part, SIDES, "side") for part in side.split("+")]
        speakers[key] = Speaker(key, label, "+".join(both))
    first: dict[str, list[Speaker]] = {}
    for sp in speakers.values():
        first.setdefault(sp.key[0], []).append(sp)
    nationalities = {
        normalise_key(adj): _check("nationalities.tsv", n, side, SIDES, "side")
        for n, (adj, side) in _rows("nationalities.tsv", 2)
    }
    # the sound plurals and duals of a nisba adjective (أذربيجاني -> أذربيجانيين، أذربيجانيون، أذربيجانيان)
    nationalities |= {adj + ending: side for adj, side in list(nationalities.items()) if adj.endswith("ي")
                      for ending in ("ين", "ون", "ان") if adj + ending not in nationalities}
    place_sides = {
        pid: _check("place_sides.tsv", n, side, SIDES, "side") for n, (pid, side) in _rows("place_sides.tsv", 2)
    }
    country_sides = {code: _check("country_sides.tsv", n, side, SIDES, "side")
                     for n, (code, side) in _rows("country_sides.tsv", 2)}
    type_stems = tuple(
        (_phrase_at("claim_types.tsv", n, stem), _check("claim_types.tsv", n, kind, (*TYPES, NO_TOPIC), "type"))
        for n, (stem, kind) in _rows("claim_types.tsv", 2)
    )
    months = {
        _phrase_at("months.tsv", n, name): table_int(data_path("lexicon", "months.tsv"), n, num, what="month",
                                                     low=1, high=12)
        for n, (name, num) in _rows("months.tsv", 2)
    }
    weekdays = {
        normalise_key(name): table_int(data_path("lexicon", "weekdays.tsv"), n, num, what="weekday (Monday is 0)",
                                       low=0, high=6)
        for n, (name, num) in _rows("weekdays.tsv", 2)
    }
    cardinals: dict[str, tuple[float, str]] = {}
    ordinals: dict[tuple[str, ...], int] = {}
    numbers_path = data_path("lexicon", "number_words.tsv")
    for n, (word, value, kind) in _rows("number_words.tsv", 3):
        _check("number_words.tsv", n, kind, NUMBER_KINDS, "kind")
        if kind == "ordinal":
            ordinals[_phrase_at("number_words.tsv", n, word)] = table_int(
                numbers_path, n, value, what="ordinal", low=1, high=31
            )
        else:
            cardinals[normalise_key(word)] = (table_float(numbers_path, n, value, what="value"), kind)
    denials = _phrases("denial_cues.txt")
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
        masdars=masdars,
        threats=threats,
        country_sides=country_sides,
        participles=participles,
        according_to=_phrases("according_to.txt"),
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
        outlets=frozenset(normalise_phrase(w).split()[0] for w in read_word_list(data_path("lexicon", "outlets.txt"))),
        given_name_sides={normalise_key(n): _check("given_name_sides.tsv", num, side, SIDES, "side")
                          for num, (n, side) in _rows("given_name_sides.tsv", 2)},
        relay_verbs=frozenset(normalise_key(w) for w in read_word_list(data_path("lexicon", "relay_verbs.txt"))),
        titles=frozenset(normalise_key(w) for w in read_word_list(data_path("lexicon", "person_titles.txt"))),
        ambiguous_surnames=frozenset(
            normalise_key(w) for w in read_word_list(data_path("lexicon", "ambiguous_surnames.txt"))
        ),
        rebuttal_objects=frozenset(
            normalise_key(w) for w in read_word_list(data_path("lexicon", "rebuttal_objects.txt"))
        ),
        anaphoric_places={normalise_key(w): frozenset(k.strip() for k in kinds.split(","))
                          for _, (w, kinds) in _rows("anaphoric_places.tsv", 2)},
        anaphoric_heads=frozenset(
            normalise_key(w) for w in read_word_list(data_path("lexicon", "anaphoric_heads.txt"))
        ),
        halt_words=frozenset(normalise_key(w) for w in read_word_list(data_path("lexicon", "halt_words.txt"))),
        surname_sides=tuple(sorted(
            ((normalise_key(end), _check("surname_sides.tsv", n, side, SIDES, "side"))
             for n, (end, side) in _rows("surname_sides.tsv", 2)),
            key=lambda item: -len(item[0]),
        )),
    )
