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

from geo.claimwords import ClaimWords
from geo.keys import iter_stems
from geo.model import Token

_YESTERDAY = "امس"
_TODAY = ("اليوم", "الليله")
_NEXT = ("المقبل", "القادم")
_LAST = ("الماضي", "المنصرم")
_BEFORE = "الاول"


def _bare(key: str) -> str:
    """The key with a leading conjunction or preposition read off (وأمس -> امس)."""
    for prefix_len, stem, _ in iter_stems(key):
        if prefix_len and key[:prefix_len] in ("و", "ف", "ب", "ل", "وب", "ول"):
            return stem
    return key


def find_date(tokens: Sequence[Token], published: dt.date | None, words: ClaimWords) -> dt.date | None:
    """The first date the tokens give, resolved against ``published`` (None without one)."""
    if published is None:
        return None
    keys = [t.key for t in tokens]
    bare = [_bare(k) for k in keys]
    for i, key in enumerate(bare):
        nxt = bare[i + 1] if i + 1 < len(bare) else ""
        if key == _YESTERDAY:
            return published - dt.timedelta(days=2 if nxt == _BEFORE else 1)
        if key in _TODAY:
            return published
        if key in words.weekdays:
            return _weekday(published, words.weekdays[key], nxt)
        day = _day_number(bare, i, words)
        if day is not None:
            value, width = day
            month = _month_at(bare, i + width, words)
            if month is not None:
                return _day_month(published, value, month)
    return None


def _weekday(published: dt.date, weekday: int, nxt: str) -> dt.date:
    if nxt in _NEXT:
        ahead = (weekday - published.weekday()) % 7 or 7
        return published + dt.timedelta(days=ahead)
    back = (published.weekday() - weekday) % 7
    if nxt in _LAST and back == 0:
        back = 7
    return published - dt.timedelta(days=back)


def _day_number(keys: list[str], i: int, words: ClaimWords) -> tuple[int, int] | None:
    """A day of the month at position i: a number 1-31, or an ordinal (الثامن, الحادي والعشرين) + من."""
    key = keys[i]
    if key.isdigit() and 1 <= int(key) <= 31:
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
