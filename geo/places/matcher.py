"""Finding names in a text: the multi-word, clitic-aware, typo-tolerant matcher.

Owns: turning word tokens into candidates (a span plus the gazetteer entry it
matches). Works on normalised keys and word tokens, one dictionary look-up
per reading of a token (as written, and with each proclitic reading), longest
name first; labels (فرانس برس, مجموعة مينسك) are names too, so the longest-match
rule makes them swallow the place inside them. A word that matches nothing
may be a one-letter typo of a theatre name (symmetric-delete index). It does
not decide whether a match is really a place: the resolver does.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import compress, count
from operator import not_, or_

from geo.model import Token, slot_init
from geo.places.gazetteer import Gazetteer, NameEntry, deletion_variants
from geo.text.clitics import iter_stems, stems_of
from geo.text.keys import key_offset, trim_end
from geo.text.wordcache import answers, keys_of, remember, word_cache

FUZZY_MIN_LEN = 4
FUZZY_MAX_LEN = 32
"""Longer words are never read as a typo. The longest name with typo tolerance has 12 letters
(استيباناكيرد); without a bound a page that lost its spaces (one 200,000-letter "word") made the
symmetric-delete look-up build every deletion of the word: quadratic time and memory."""
CLITIC_WHOLE_WORD_ZIPF = 3.0
FUZZY_PREFIXES = frozenset({"", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل"})
"""Clitics a misspelt name may carry. Not the article: كالايجيان is a surname, not ك + ال + a typo."""
_GAP_CHARS = frozenset(" \t\u00a0-\u200c\u200d\u200f\u200e")


@slot_init
@dataclass(frozen=True, slots=True)
class Match:
    """A span of the text that matches an indexed name (a place name or a label)."""

    start: int
    end: int
    first: int
    count: int
    entry: NameEntry
    stem: str
    prefix: str
    article_stripped: bool
    fuzzy: bool = False
    fuzzy_target: str = ""


def _gap_ok(text: str, left: Token, right: Token) -> bool:
    gap = text[left.end:right.start]
    return len(gap) <= 3 and _GAP_CHARS.issuperset(gap)


def find_matches(text: str, tokens: Sequence[Token], gaz: Gazetteer, *, fuzzy: bool = True,
                 keys: Sequence[str] | None = None) -> list[Match]:
    """Non-overlapping matches of gazetteer names and labels, left to right, longest first
    (``keys``: the tokens' keys, when the caller has them already)."""
    out: list[Match] = []
    n = len(tokens)
    readings_of = gaz.readings_cache
    seconds = _second_words(gaz)
    two_word_start = gaz.two_word_cache
    typo_of = gaz.fuzzy_cache
    if keys is None:
        keys = keys_of(tokens)
    # the words worth a closer look: the others (most) start no name, are known to be no typo, and
    # are not followed by the second word of a name
    if fuzzy:
        idle = word_cache(gaz.names, "starts no name and is known to be no typo")
        pairs = word_cache(gaz.names, "typo reading of two words")
        unusual_of = answers(gaz.names, "glued and Russian-adjective readings of a word", lambda key: _unusual(key, gaz))
        wanted: Iterable[bool] = map(not_, map(idle.__contains__, keys))
        before_second = list(map(seconds.__contains__, keys[1:]))
        if any(before_second):
            before_second.append(False)
            wanted = map(or_, wanted, before_second)
        todo = list(compress(count(), wanted))
    else:
        for key in set(keys).difference(readings_of):
            readings_of[key] = _readings(key, gaz)
        todo = [i for i, key in enumerate(keys) if readings_of[key]]
    i = 0
    for at in todo:
        if at < i:
            continue  # inside a name already matched
        i = at
        tok = tokens[i]
        key = tok.key
        readings = readings_of.get(key)
        if readings is None:
            readings = readings_of[key] = _readings(key, gaz)
        best: tuple[int, int, str, bool, NameEntry] | None = None
        for prefix_len, stem, stripped, entries in readings:
            for entry in entries:
                size = len(entry.key)
                if best is not None and size <= best[0]:
                    break
                if i + size > n:
                    continue
                if size == 1 or (tokens[i + 1].key == entry.key[1] and all(  # (the second word decides most)
                    tokens[i + j].key == entry.key[j] and _gap_ok(text, tokens[i + j - 1], tokens[i + j])
                    for j in range(1, size)
                )):
                    best = (size, prefix_len, stem, stripped, entry)
                    break
        if best is not None:
            size, prefix_len, stem, stripped, entry = best
            start = key_offset(text, tok, prefix_len)
            last = tokens[i + size - 1]
            out.append(
                Match(start, trim_end(text, start, last.end), i, size, entry, stem,
                      key[:prefix_len], stripped)
            )
            i += size
            continue
        if fuzzy:
            if i + 1 < n:
                # the cheap test of _fuzzy_phrase first: nearly every word pair is no name at all
                nxt = tokens[i + 1].key
                if (nxt in seconds or (len(nxt) >= FUZZY_MIN_LEN and readings and _starts_two_word(
                        key, readings, two_word_start))) and pairs.get((key, nxt), _UNKNOWN) is not None:
                    # (a pair already known to be no name is not looked at again)
                    phrase = _fuzzy_phrase(text, tokens, i, readings, gaz)
                    if phrase is not None:
                        out.append(phrase)
                        i += phrase.count
                        continue
            unusual = unusual_of[key]  # (nearly always none: one look-up per word)
            if unusual:
                glued = _glued_match(text, tokens, i, unusual[0]) or _russian_adjective_match(text, tokens, i, unusual[1])
                if glued is not None:
                    out.append(glued)
                    i += glued.count
                    continue
            if typo_of.get(key, _UNKNOWN) is not None:  # a word known to be no typo is not looked at again
                found = _fuzzy_match(text, tok, i, gaz)
                if found is not None:
                    out.append(found)
            if not readings and typo_of.get(key, _UNKNOWN) is None:
                remember(idle, key, True)  # never again worth a look (unless a name's second word follows)
        i += 1
    return out


_UNKNOWN = object()
_GLUED: dict[int, dict[str, NameEntry]] = {}


def _glued_index(gaz: Gazetteer) -> dict[str, NameEntry]:
    """Curated names of two or three words by their first two written as one (built once per gazetteer)."""
    index = _GLUED.get(id(gaz))
    if index is None:
        glued: dict[str, list[NameEntry]] = {}
        for key, entry in gaz.names.items():
            if len(key) in (2, 3) and entry.layer == "curated" and min(len(key[0]), len(key[1])) >= 3:
                glued.setdefault(key[0] + key[1], []).append(entry)
        index = _GLUED[id(gaz)] = {k: v[0] for k, v in glued.items() if len({e.place_ids for e in v}) == 1}
    return index


def _unusual(key: str, gaz: Gazetteer) -> tuple[tuple[tuple[int, str, bool, NameEntry], ...],
                                                tuple[int, str, bool, NameEntry] | None] | tuple[()]:
    """A word's readings as a glued name (_glued_match) and as a Russian adjective's form
    (_russian_adjective_match), or () when it has neither (cached per word by the caller)."""
    index = _glued_index(gaz)
    glued = () if index.keys().isdisjoint(stems_of(key)) else tuple(  # (nearly every word: none)
        (p, stem, stripped, index[stem]) for p, stem, stripped in iter_stems(key) if stem in index)
    russian = _russian_adjective_reading(key, gaz)
    return (glued, russian) if glued or russian is not None else ()


def _glued_match(text: str, tokens: Sequence[Token], i: int,
                 found: tuple[tuple[int, str, bool, NameEntry], ...]) -> Match | None:
    """A curated name of two or three words whose first two are written as one, the space left out
    («ناجورنوقرة باغ», «ستيباناكيرتخانكندي» is not one: the two words must be one name's); ``found``:
    the word's readings as such a name's first two words (_unusual)."""
    for prefix_len, stem, stripped, entry in found:
        size = len(entry.key) - 1
        if size == 2 and not (i + 1 < len(tokens) and tokens[i + 1].key == entry.key[2]
                              and _gap_ok(text, tokens[i], tokens[i + 1])):
            continue
        start = key_offset(text, tokens[i], prefix_len)
        return Match(start, trim_end(text, start, tokens[i + size - 1].end), i, size, entry, stem,
                     tokens[i].key[:prefix_len], stripped, fuzzy=True, fuzzy_target=" ".join(entry.key))
    return None


_RUSSIAN_ADJECTIVE_ENDINGS = ("سكايا", "سكايه", "سكيه", "سكي", "سك")
"""A name with a Russian adjective's ending, as texts translated from Russian write the regions and
districts («مقاطعة سيونيكسكايا», «فايوتسدزورسكايا»): the name is what is left."""


def _russian_adjective_reading(key: str, gaz: Gazetteer) -> tuple[int, str, bool, NameEntry] | None:
    """A word read as a curated one-word name (or a two-word one written as one) with a Russian
    adjective's ending: (prefix length, stem, article stripped, the name's entry), or None."""
    if not key.endswith(_RUSSIAN_ADJECTIVE_ENDINGS):
        return None  # (nearly every word) one test of all the endings at once
    ending = next(e for e in _RUSSIAN_ADJECTIVE_ENDINGS if key.endswith(e))
    if len(key) - len(ending) < 4:
        return None
    glued = _glued_index(gaz)
    for prefix_len, stem, stripped in iter_stems(key[:-len(ending)]):
        entry = gaz.names.get((stem,)) or glued.get(stem)
        if entry is not None and entry.layer == "curated" and not entry.label:
            return prefix_len, stem, stripped, entry
    return None


def _russian_adjective_match(text: str, tokens: Sequence[Token], i: int,
                             reading: tuple[int, str, bool, NameEntry] | None) -> Match | None:
    """The match of a word read as a name in a Russian adjective's form (``reading``:
    _russian_adjective_reading's)."""
    if reading is None:
        return None
    prefix_len, stem, stripped, entry = reading
    key = tokens[i].key
    start = key_offset(text, tokens[i], prefix_len)
    return Match(start, trim_end(text, start, tokens[i].end), i, 1, entry, stem, key[:prefix_len],
                 stripped, fuzzy=True, fuzzy_target=" ".join(entry.key))


def _starts_two_word(key: str, readings: tuple[tuple[int, str, bool, tuple[NameEntry, ...]], ...],
                     cache: dict[str, bool]) -> bool:
    """Does a reading of the word start a two-word name? (cached per word)"""
    found = cache.get(key)
    if found is None:
        found = cache[key] = any(len(e.key) == 2 for *_r, entries in readings for e in entries)
    return found


def _fuzzy_phrase(
    text: str, tokens: Sequence[Token], i: int, readings: tuple[tuple[int, str, bool, tuple[NameEntry, ...]], ...],
    gaz: Gazetteer,
) -> Match | None:
    """A two-word curated name with one word misspelt by one edit, the other as written:
    «ناغورنو كرباخ» (كارباخ), «قرع باغ» (قره باغ). One word anchors the other, so a misspelling that
    happens to be an ordinary word (قرع) is still read; the misspelt word needs four letters, or
    three when the other word is the one written right and it is the second."""
    if i + 1 >= len(tokens) or not _gap_ok(text, tokens[i], tokens[i + 1]):
        return None
    pair = (tokens[i].key, tokens[i + 1].key)
    known = word_cache(gaz.names, "typo reading of two words")
    found = known[pair] if pair in known else remember(known, pair, _fuzzy_pair(*pair, readings, gaz))
    if found is None:
        return None
    prefix_len, stem, stripped, entry = found
    start = key_offset(text, tokens[i], prefix_len)
    return Match(start, trim_end(text, start, tokens[i + 1].end), i, 2, entry, stem,
                 tokens[i].key[:prefix_len], stripped, fuzzy=True, fuzzy_target=" ".join(entry.key))


def _fuzzy_pair(
    key: str, nxt: str, readings: tuple[tuple[int, str, bool, tuple[NameEntry, ...]], ...], gaz: Gazetteer,
) -> tuple[int, str, bool, NameEntry] | None:
    """The reading of two words (``readings``: the first word's) as a misspelt two-word name."""
    seconds = _second_words(gaz).get(nxt, ())
    starts_two_word = any(len(e.key) == 2 for *_r, entries in readings for e in entries)
    if not (seconds or (starts_two_word and len(nxt) >= FUZZY_MIN_LEN)):
        return None  # the cheap test first: nearly every word pair is no name at all
    if any(stem in gaz.by_first for _len, stem, _stripped in iter_stems(nxt)):
        return None  # «نهر آراس»: the second word is a name as written; read it as such
    found: list[tuple[int, str, bool, NameEntry]] = []
    for prefix_len, stem, stripped, entries in readings:  # first word right, second misspelt
        for entry in entries:
            if (len(entry.key) == 2 and entry.layer == "curated" and len(nxt) >= FUZZY_MIN_LEN
                    and edit_distance_one(nxt, entry.key[1])):
                found.append((prefix_len, stem, stripped, entry))
    if not found:  # second word right, first misspelt (its proclitics read off first)
        for entry in seconds:
            for prefix_len, stem, stripped in iter_stems(key, min_len=3):
                if key[:prefix_len] in FUZZY_PREFIXES and edit_distance_one(stem, entry.key[0]):
                    found.append((prefix_len, stem, stripped, entry))
                    break
    if len({entry.place_ids for *_rest, entry in found}) != 1:
        return None  # nothing, or two places: a typo must point to one
    return found[0]


_SECOND_WORDS: dict[int, dict[str, tuple[NameEntry, ...]]] = {}


def _second_words(gaz: Gazetteer) -> dict[str, tuple[NameEntry, ...]]:
    """Curated two-word names by their second word (built once per gazetteer)."""
    index = _SECOND_WORDS.get(id(gaz))
    if index is None:
        grouped: dict[str, list[NameEntry]] = {}
        for key, entry in gaz.names.items():
            if len(key) == 2 and entry.layer == "curated":
                grouped.setdefault(key[1], []).append(entry)
        index = _SECOND_WORDS[id(gaz)] = {k: tuple(v) for k, v in grouped.items()}
    return index


def _readings(key: str, gaz: Gazetteer) -> tuple[tuple[int, str, bool, tuple[NameEntry, ...]], ...]:
    """The readings of a word that start an indexed name, with those names (cached per word by the caller)."""
    whole_zipf = gaz.zipf(key)
    out = []
    for prefix_len, stem, stripped in iter_stems(key):
        entries = gaz.by_first.get(stem)
        if not entries:
            continue
        if prefix_len and whole_zipf >= CLITIC_WHOLE_WORD_ZIPF and whole_zipf - gaz.zipf(stem) >= 1.0:
            # كبيرا is the word "big", not ك + بيرا: a clitic reading must not be much rarer
            # than the whole word read as it stands (بشوشا, بتوقيت are read with the clitic).
            continue
        out.append((prefix_len, stem, stripped, entries))
    return tuple(out)


def _fuzzy_match(text: str, tok: Token, index: int, gaz: Gazetteer) -> Match | None:
    """A one-edit typo of a curated single-word name (ستيبانكرت, شوسا), or None."""
    cache = gaz.fuzzy_cache
    if tok.key in cache:
        found = cache[tok.key]
    else:
        found = cache[tok.key] = _fuzzy_reading(tok.key, gaz)
    if found is None:
        return None
    prefix_len, stem, stripped, alias = found
    entry = gaz.names[(alias,)]
    start = key_offset(text, tok, prefix_len)
    return Match(start, trim_end(text, start, tok.end), index, 1, entry, stem,
                 tok.key[:prefix_len], stripped, fuzzy=True, fuzzy_target=alias)


def _fuzzy_reading(key: str, gaz: Gazetteer) -> tuple[int, str, bool, str] | None:
    """(prefix length, stem, article stripped, the name it misspells) for a word, or None.

    Known Arabic words are never typos; the first letter must agree (typists rarely miss it)
    unless the word is long; the reading must point to exactly one name.
    """
    if key.isascii() or not FUZZY_MIN_LEN <= len(key) <= FUZZY_MAX_LEN:
        return None
    for prefix_len, stem, stripped in iter_stems(key, min_len=FUZZY_MIN_LEN):
        if key[:prefix_len] not in FUZZY_PREFIXES:
            continue
        if gaz.zipf(stem) or gaz.zipf(key):
            return None
        targets = set()
        for variant in deletion_variants(stem):
            for alias in gaz.fuzzy.get(variant, ()):
                if alias != stem and edit_distance_one(stem, alias) and (alias[0] == stem[0] or len(alias) >= 7):
                    targets.add(alias)
        # several spellings of one place (بردعه, برده) are one reading, not an ambiguity
        if targets and len({gaz.names[(t,)].place_ids for t in targets}) == 1:
            return prefix_len, stem, stripped, min(targets)
        if targets:
            return None
    return None


def edit_distance_one(a: str, b: str) -> bool:
    """True when a and b differ by exactly one insertion, deletion, substitution or adjacent swap."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diffs = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diffs) == 1:
            return True
        return len(diffs) == 2 and diffs[1] == diffs[0] + 1 and a[diffs[0]] == b[diffs[1]] and a[diffs[1]] == b[diffs[0]]
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1:]
