"""Event dates written relative to the article's date: أمس، أمس الأول، اليوم، الخميس،
الخميس المقبل، الثامن من تشرين الثاني، 26 تشرين الأول، 17 أكتوبر.

Owns: turning the words of a claim into a calendar date, given the article's
published date. Pure: the published date comes from the manifest, never the clock.
A weekday without "المقبل" means the latest such day on or before publication
(news reports the past); a day and month without a year take the publication
year, or the year before when that would put the event more than 31 days after
publication.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from itertools import compress, count
from operator import or_

from geo.claims.claimwords import ClaimWords
from geo.model import Token
from geo.text.clitics import CONJUNCTIONS_PREPOSITIONS, strip_proclitic
from geo.text.wordcache import Answers, answers, keys_of

_YESTERDAY = "امس"
_TODAY = ("اليوم", "الليله")
_NEXT = ("المقبل", "القادم")
_LAST = ("الماضي", "المنصرم")
_BEFORE = "الاول"
_DAY_WORDS = frozenset({_YESTERDAY, *_TODAY})


def find_date(tokens: Sequence[Token], published: dt.date | None, words: ClaimWords,
              keys: Sequence[str] | None = None) -> dt.date | None:
    """The first date the tokens give, resolved against ``published`` (None without one; ``keys``:
    the tokens' keys, when the caller has them)."""
    if published is None:
        return None
    if keys is None:
        keys = keys_of(tokens)
    may_start = list(map(may_start_date(words).__getitem__, keys))
    if not any(may_start):
        return None  # (most claims) no word a date can start with: the loop below would find nothing
    bare = list(map(_BARE.__getitem__, keys))
    n = len(bare)
    # the words the loop must look at: those a date may start with, or one or two before one (the
    # day before «من»); the others it would pass over
    near = map(or_, map(or_, may_start, may_start[1:] + [False]), may_start[2:] + [False, False])
    for i in compress(count(), near):
        key = bare[i]
        nxt = bare[i + 1] if i + 1 < n else ""
        if key == _YESTERDAY:
            return _shift(published, -2 if nxt == _BEFORE else -1)
        if key in _TODAY:
            return published
        if key in words.weekdays:
            return _weekday(published, words.weekdays[key], nxt)
        if not key.isdigit() and nxt != "من" and (i + 2 >= n or bare[i + 2] != "من"):
            continue  # a day is a number, or an ordinal of one or two words before من (الثامن من)
        day = _day_number(bare, i, words)
        if day is not None:
            value, width = day
            month = _month_at(bare, i + width, words)
            if month is not None:
                return _day_month(published, value, month)
    return None


_BARE = Answers(lambda key: strip_proclitic(key, CONJUNCTIONS_PREPOSITIONS))
"""A word without its conjunction or preposition (وأمس -> امس), per word."""


def may_start_date(words: ClaimWords) -> Answers:
    """Per word: can a date start with it (a day word, a weekday, a number, or the «من» after a day)?"""
    def work(key: str) -> bool:
        bare = _BARE[key]
        return bare == "من" or bare in _DAY_WORDS or bare in words.weekdays or bare.isdigit()
    return answers(words, "may start a date", work)


def may_hold_date(words: ClaimWords) -> Answers:
    """Per word: can a clause with this word hold a date? A word a date starts with other than «من»
    (a day word, a weekday, a number), or a month's first word: an ordinal day («الثامن من») is
    a date only before a month, so a clause whose only such word is «من» holds none."""
    may_start = may_start_date(words)
    months = words.month_first_words

    def work(key: str) -> bool:
        bare = _BARE[key]
        return (may_start[key] and bare != "من") or bare in months
    return answers(words, "may hold a date", work)


def _weekday(published: dt.date, weekday: int, nxt: str) -> dt.date | None:
    if nxt in _NEXT:
        ahead = (weekday - published.weekday()) % 7 or 7
        return _shift(published, ahead)
    back = (published.weekday() - weekday) % 7
    if nxt in _LAST and back == 0:
        back = 7
    return _shift(published, -back)


def _shift(published: dt.date, days: int) -> dt.date | None:
    """The date ``days`` after publication; None past the calendar's ends (a manifest may say 0001-01-01)."""
    try:
        return published + dt.timedelta(days=days)
    except OverflowError:
        return None


def _day_number(keys: list[str], i: int, words: ClaimWords) -> tuple[int, int] | None:
    """A day of the month at position i: a number 1-31, or an ordinal (الثامن, الحادي والعشرين) + من."""
    key = keys[i]
    # isdecimal, not isdigit: int() refuses "²"; and a 5,000-digit "day" is not one (int() refuses it too)
    if key.isdecimal() and len(key) <= 2 and 1 <= int(key) <= 31:
        return int(key), 1
    for width in (2, 1):
        phrase = tuple(keys[i:i + width])
        if phrase in words.ordinals and i + width < len(keys) and keys[i + width] == "من":
            return words.ordinals[phrase], width + 1
    return None


def _month_at(keys: list[str], i: int, words: ClaimWords) -> int | None:
    for width in (2, 1):
        phrase = tuple(keys[i:i + width])
        if len(phrase) == width and phrase in words.months:
            return words.months[phrase]
    return None


def _day_month(published: dt.date, day: int, month: int) -> dt.date | None:
    for year in (published.year, published.year - 1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            return None
        if (candidate - published).days <= 31:
            return candidate
    return None
