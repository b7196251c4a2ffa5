"""Proclitics: the one place that knows how a word's key splits into clitics and a stem.

Arabic attaches a conjunction (و، ف), a preposition (ب، ل، ك) and the article (ال) to the word
they govern: وبالخانكندي = و + ب + ال + خانكندي. Every step that looks a word up (the matcher,
the resolver, roles, attribution, dates, figures) reads it through ``iter_stems`` and the named
prefix sets below, so they agree on what a clitic is. Works on keys (geo/text/keys.py), never on
the original text.
"""

from __future__ import annotations

from collections.abc import Collection
from functools import lru_cache
from operator import itemgetter

# Proclitics, as they appear in keys (after folding). Conjunction, then preposition,
# then article. "لل" is ل + ال with the alef elided: للعاصمة = ل + العاصمة.
_CONJ = ("", "و", "ف")
_PREP = ("", "ب", "ل", "ك")
_ART = ("", "ال")


def _build_prefixes() -> tuple[tuple[str, bool], ...]:
    found: dict[str, bool] = {}
    for conj in _CONJ:
        for prep in _PREP:
            for art in _ART:
                prefix = conj + prep + art
                if prefix:
                    found[prefix] = bool(art)
        found[conj + "لل"] = True
    # Longest first, so والخانكندي offers خانكندي before الخانكندي... both are offered.
    return tuple(sorted(found.items(), key=lambda item: -len(item[0])))


PROCLITICS: tuple[tuple[str, bool], ...] = _build_prefixes()

CONJUNCTIONS = frozenset({"و", "ف"})
"""A leading conjunction: وأعلنت -> أعلنت (attribution verbs, opener phrases)."""
CONJUNCTIONS_PREPOSITIONS = frozenset({"و", "ف", "ب", "ل", "وب", "ول"})
"""A conjunction and/or a preposition, no article: وأمس -> امس, بالثامن stays (dates)."""
WAW = frozenset({"و"})
"""The conjunction و alone: وثلاثة -> ثلاثة (figures)."""


_HAS_ARTICLE = dict(PROCLITICS)
_PREFIX_LENGTHS = sorted({len(prefix) for prefix in _HAS_ARTICLE}, reverse=True)
"""A key starts with at most one proclitic of each length: the readings are found by looking its
first one, two, three and four letters up (longest first, as PROCLITICS is ordered)."""


@lru_cache(maxsize=262_144)
def iter_stems(key: str, *, min_len: int = 2) -> tuple[tuple[int, str, bool], ...]:
    """The readings of a key as (prefix length in the key, stem, article stripped): the key
    itself first, then each proclitic reading, longest prefix first.

    وشوشا -> (0, 'وشوشا', False), (1, 'شوشا', False)
    والخانكندي -> (0, ...), (3, 'خانكندي', True), (1, 'الخانكندي', False)

    Cached: words repeat (a news text is mostly a few thousand distinct words), so this is
    computed once per distinct word.
    """
    out = [(0, key, False)]
    if key and key[0] in "وفبلكا":
        for length in _PREFIX_LENGTHS:
            if len(key) >= length and len(key) - length >= min_len:
                has_article = _HAS_ARTICLE.get(key[:length])
                if has_article is not None:
                    out.append((length, key[length:], has_article))
    return tuple(out)


@lru_cache(maxsize=262_144)
def stems_of(key: str) -> tuple[str, ...]:
    """The key and its readings without proclitics (cached per distinct word)."""
    return tuple(map(_STEM, iter_stems(key)))


_STEM = itemgetter(1)


def has_reading_in(key: str, words: Collection[str]) -> bool:
    """Is the key, or one of its readings without proclitics, one of ``words``?"""
    for stem in stems_of(key):  # (a loop, not any(): this runs for most words of an article)
        if stem in words:
            return True
    return False


ROOT_WAW = ("وزير", "وزار", "وزرا", "وكاله", "وكالات", "وسايل", "وساط", "وسطاء", "وفد", "وفود", "ولايه", "ولايات",
            "وحدات", "وحده", "وطن", "وضع", "وقف", "وصف", "وثيق", "وثايق", "وفقا", "وقع", "وجود", "واحد")
"""Word beginnings whose و is the first letter of the root, not the conjunction: وزير (a minister) is
not و + زير, though ووزير is و + وزير. Only beginnings no conjunction + word of the news reads as."""


@lru_cache(maxsize=262_144)
def strip_proclitic(key: str, allowed: frozenset[str]) -> str:
    """The key without its leading proclitic when that proclitic is in ``allowed`` (the longest
    such reading), else the key itself: strip_proclitic('وأعلنت', CONJUNCTIONS) -> 'اعلنت';
    strip_proclitic('وزير', CONJUNCTIONS) -> 'وزير' (a root و, ROOT_WAW)."""
    for prefix_len, stem, _ in iter_stems(key):
        if prefix_len and key[:prefix_len] in allowed and not (key[prefix_len - 1] == "و" and key[prefix_len - 1:].startswith(ROOT_WAW)):
            return stem
    return key


IMPERFECT_PREFIXES = "يتنا"
"""The person prefixes of an imperfect verb: تقصف، يقصف، نقصف، أقصف all read قصف."""


def imperfect_readings(stem: str) -> tuple[str, ...]:
    """A stem, and the same stem without an imperfect-tense prefix when one can be read off (at
    least three letters stay), with the future's س too: تقصف -> (تقصف, قصف). Used for topic
    words, where a verb's root decides the claim's type, never for names."""
    if len(stem) >= 5 and stem[0] == "س" and stem[1] in IMPERFECT_PREFIXES:
        return (stem, stem[2:])  # the future: سيخرجون -> خرجون
    if len(stem) >= 4 and stem[0] in IMPERFECT_PREFIXES:
        return (stem, stem[1:])
    return (stem,)
