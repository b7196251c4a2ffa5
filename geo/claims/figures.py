"""Figures in a claim: numbers (digits in any script, number words) and what they count.

Owns: "280 قتيلا" -> 280 counting "قتيلا"; "و416 دبابة" -> 416 "دبابة";
"أربع راجمات صواريخ" -> 4 "راجمات صواريخ"; "خمسة آلاف قتيل" -> 5000 "قتيل";
"2000 مدني" -> 2000 "مدني". Years (عام 1993), days of a date (26 تشرين الأول),
durations (5 أيام, 27 عاما) and times are not figures.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from itertools import compress, count

from geo.claims.claimwords import ClaimWords
from geo.model import Figure, Token
from geo.text.clitics import WAW, strip_proclitic
from geo.text.keys import normalise_key
from geo.text.wordcache import Answers, answers, keys_of

_NUMBER_RE = re.compile(r"^[وفبل]?(\d+(?:[.,٫]\d+)?)$")
_DURATIONS = frozenset(map(normalise_key, (
    "يوم يوما ايام ساعه ساعات دقيقه دقائق اسبوع اسابيع شهر شهرا اشهر عام عاما اعوام سنه سنوات المقبل الماضي"
).split()))  # (keys: «دقائق» is «دقايق»)
_YEAR_WORDS = frozenset({"عام", "سنه", "العام", "لعام"})
_COUNTED_STOP = frozenset(map(normalise_key, "و في من على الى عن ان خلال منذ حتى او".split()))  # («على» is «علي»)


def may_start_figure(words: ClaimWords) -> Answers:
    """Per word: can a figure start with it (a number, or a cardinal with or without و)?"""
    cardinals = words.cardinals
    return answers(cardinals, "may start a figure",
                   lambda key: key[-1].isdigit() or strip_proclitic(key, WAW) in cardinals)


def find_figures(text: str, tokens: Sequence[Token], words: ClaimWords,
                 keys: Sequence[str] | None = None) -> list[Figure]:
    """The counted figures of the tokens (``keys``: their keys, when the caller has them)."""
    out: list[Figure] = []
    i = 0
    n = len(tokens)
    flags = list(map(may_start_figure(words).__getitem__, keys_of(tokens) if keys is None else keys))
    if not any(flags):
        return out  # (most clauses) no number in them
    for at in compress(count(), flags):  # the words a figure may start with (few)
        if at < i:
            continue  # inside a figure or a date already read
        i = at
        tok = tokens[i]
        value, width = _value_at(tokens, i, words)
        if value is None:
            continue
        after = i + width
        before = tokens[i - 1].key if i else ""
        nxt = tokens[after].key if after < n else ""
        is_year = 1900 <= value <= 2100 and (before in _YEAR_WORDS or not nxt or nxt in _COUNTED_STOP)
        is_date = nxt and (nxt in words.month_first_words or nxt in words.weekdays)
        if is_year or is_date or nxt in _DURATIONS:
            i = after
            continue
        counted = _counted(text, tokens, after, words)
        end = tokens[after - 1].end
        if counted:
            end = tokens[after + len(counted) - 1].end
        out.append(
            Figure(
                start=tok.start,
                end=end,
                value=value,
                text=text[tok.start:end],
                counts=" ".join(text[t.start:t.end] for t in tokens[after:after + len(counted)]),
            )
        )
        i = after + len(counted)
    return out


def _value_at(tokens: Sequence[Token], i: int, words: ClaimWords) -> tuple[float | None, int]:
    key = tokens[i].key
    m = _NUMBER_RE.match(key)
    if m:
        value = float(m.group(1).replace(",", ".").replace("٫", "."))
        width = 1
    elif strip_proclitic(key, WAW) in words.cardinals and words.cardinals[strip_proclitic(key, WAW)][1] == "cardinal":
        value, width = words.cardinals[strip_proclitic(key, WAW)][0], 1
    else:
        return None, 1
    # "خمسة آلاف", "2 مليون": a multiplier word after the number
    if i + 1 < len(tokens):
        mult = words.cardinals.get(tokens[i + 1].key)
        if mult and mult[1] == "multiplier":
            value *= mult[0]
            width = 2
    if not math.isfinite(value):
        return None, 1  # 400 digits read as a float are infinite, and JSON has no Infinity
    return value, width


def _counted(text: str, tokens: Sequence[Token], i: int, words: ClaimWords) -> list[Token]:
    """Up to two words after a number that say what it counts, within the same phrase."""
    out: list[Token] = []
    prev_end = tokens[i - 1].end if i else 0
    for tok in tokens[i:i + 2]:
        gap = text[prev_end:tok.start]
        if gap.strip() or tok.key in _COUNTED_STOP or _NUMBER_RE.match(tok.key) or tok.key in words.cardinals:
            break
        if out and (tok.key.startswith("و") or not (out[0].key.endswith("ات") or tok.key.endswith(("ي", "يه", "ه")))):
            break  # a second word only for "راجمات صواريخ" or an adjective ("طائرة حربية"), not a verb
        out.append(tok)
        prev_end = tok.end
    return out
