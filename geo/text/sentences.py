"""Sentence splitting for Arabic news text, as offsets into the original.

Owns: sentence boundaries. A sentence ends at a line break, or at . ! ? ؟ …
followed by a space, a closing quote or directly by a letter (scraped pages
lose spaces: "قائمة.وقال"). A full stop between digits (3.5) is not an end.
Inside «...» a full stop does not end the sentence, so a quoted statement
stays with its speaker, unless the quote never closes on that line. The
Arabic comma ، and semicolon ؛ are clause marks, not sentence ends: the claim
step splits clauses itself. Boilerplate spans are never part of a sentence.

A line break is not an end where the line is a wrapped piece of a sentence: the line ends in a
word that cannot end an Arabic sentence (a preposition, a conjunction, a particle such as «أن»),
or the text is hard-wrapped (most of its lines end without a sentence mark while the text does
use them) and the line ends without one; nor where a line ends with a colon and the next opens a
quotation («قائلا:» and the quoted words on a line of their own).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from geo.model import Sentence, Span

_ENDERS = frozenset(".!?؟…")
_CLOSERS = frozenset("\"'»”’)]")


def split_sentences(text: str, excluded: Sequence[Span] = ()) -> tuple[Sentence, ...]:
    """Sentences of ``text`` outside the ``excluded`` spans, in order."""
    out: list[Sentence] = []
    cursor = 0
    for span in sorted(excluded, key=lambda sp: sp.start):
        if span.start > cursor:
            out.extend(_split_region(text, cursor, span.start))
        cursor = max(cursor, span.end)
    if cursor < len(text):
        out.extend(_split_region(text, cursor, len(text)))
    return tuple(out)


def _split_region(text: str, start: int, end: int) -> list[Sentence]:
    out: list[Sentence] = []
    marks = _mark_offsets(text, start, end)
    for line_start, line_end in _joined(text, _line_bounds(text, start, end)):
        lo = bisect.bisect_left(marks, line_start)
        out.extend(_split_line(text, line_start, line_end, marks[lo:bisect.bisect_left(marks, line_end, lo)]))
    return out


def _mark_offsets(text: str, start: int, end: int) -> list[int]:
    """The offsets of the marks (_MARKS_RE) in ``text[start:end]``, in order: found by str.find, mark by
    mark (the pattern's search tries every character against each mark, and costs several times more)."""
    out: list[int] = []
    find = text.find
    for mark in _MARKS:
        at = find(mark, start, end)
        while at != -1:
            out.append(at)
            at = find(mark, at + 1, end)
    out.sort()
    return out


# Words after which an Arabic sentence cannot end: prepositions, conjunctions, particles, relatives.
_UNFINISHED = frozenset(
    "أن إن أنّ إنّ في من إلى الى على عن مع بين و أو ثم لكن لكنّ التي الذي الذين اللذين اللتين حتى منذ بعد قبل "
    "عند خلال ضد نحو لدى لأن كما ما لا لم لن قد أي وفق حول دون عبر تجاه بأن وأن كان كانت بشأن إثر جراء".split())
_LINE_END_MARKS = frozenset(".!?؟…:»\"')]”’")


def _open_ended(text: str, start: int, end: int) -> bool:
    """Does the line stop without a sentence mark?"""
    stripped = text[start:end].rstrip()
    return bool(stripped) and stripped[-1] not in _LINE_END_MARKS


def _hard_wrapped(text: str, lines: list[tuple[int, int]]) -> bool:
    """Most lines of some length end without a sentence mark, though the text uses them."""
    full = [(a, b) for a, b in lines if b - a >= 25]
    if len(full) < 4:
        return False
    open_lines = sum(1 for a, b in full if _open_ended(text, a, b))
    return open_lines * 2 > len(full) and any(_MARKS_RE.search(text, a, b) for a, b in full)


def _joined(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The lines with each wrapped piece of a sentence joined to the line that goes on with it."""
    wrapped = _hard_wrapped(text, lines)
    out: list[tuple[int, int]] = []
    carry = False
    for k, (a, b) in enumerate(lines):
        if carry and out:
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
        # the line's last word, read from its end (a pattern searched from every start is quadratic
        # on a long line without spaces)
        words = text[a:b].rsplit(None, 1)
        last = words[-1] if words else ""
        carry = bool(last) and (_open_ended(text, a, b) and (wrapped or last in _UNFINISHED) or (
            last.endswith(":") and k + 1 < len(lines) and _QUOTE_OPENS.match(text, lines[k + 1][0], lines[k + 1][1])))
    return out


_QUOTE_OPENS = re.compile(r"[ \t>]*[«“\"]")
"""A line that opens with a quotation («> “…”» in a page's quote block): after a line that ends «قائلا:», what
was said, the same sentence."""


def _line_bounds(text: str, start: int, end: int) -> list[tuple[int, int]]:
    bounds = []
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl == -1 else nl
        bounds.append((pos, stop))
        pos = stop + 1
    return bounds


_MARKS = "«».!?؟…"
_MARKS_RE = re.compile(f"[{_MARKS}]")


def _initial(text: str, i: int, start: int) -> bool:
    """Is the full stop at ``i`` after a one-letter Arabic word: an abbreviated title or initial («السفير
    د. سفيان», «م. أحمد»), or inside a Latin name or abbreviation («News.am», «n.r.»), not a sentence end?"""
    if text[i] != "." or i - 1 < start:
        return False
    before = text[i - 1]
    if before.isascii() and before.isalpha():  # «News.am», «n.r.», «U.S.»: a Latin name or abbreviation
        return (i + 1 < len(text) and text[i + 1].isascii() and text[i + 1].isalpha()) or (
            i - 2 < start or text[i - 2] in " (\n.")
    return "\u0621" <= before <= "\u064a" and (i - 2 < start or text[i - 2] in " (\n")


def _split_line(text: str, start: int, end: int, marks: list[int]) -> list[Sentence]:
    """The sentences of a line (``marks``: the offsets of its marks, _mark_offsets)."""
    out: list[Sentence] = []
    quote_open = _quote_closes(text, marks)
    depth = 0
    sent_start = start
    skip_to = start
    for i in marks:
        if i < skip_to:
            continue
        ch = text[i]
        if ch == "«":
            if quote_open.get(i, False):
                depth += 1
        elif ch == "»":
            depth = max(0, depth - 1)
        elif depth == 0 and not _is_decimal_point(text, i, start, end) and not _initial(text, i, start):
            j = i + 1
            while j < end and (text[j] in _ENDERS or text[j] in _CLOSERS):
                j += 1
            if j >= end or text[j].isspace() or text[j].isalpha():
                _append(out, text, sent_start, j)
                sent_start = skip_to = j
    _append(out, text, sent_start, end)
    return out


def _quote_closes(text: str, marks: list[int]) -> dict[int, bool]:
    """For each « on the line (``marks``: the offsets of its marks): does a » follow it on the same line?"""
    result: dict[int, bool] = {}
    opens: list[int] = []
    for i in marks:
        char = text[i]
        if char == "«":
            opens.append(i)
            result[i] = False
        elif char == "»" and opens:
            result[opens.pop()] = True
    return result


def _is_decimal_point(text: str, i: int, start: int, end: int) -> bool:
    return text[i] == "." and start < i < end - 1 and text[i - 1].isdigit() and text[i + 1].isdigit()


def _append(out: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start and _ALNUM_RE.search(text, start, end):
        out.append(Sentence(start, end))


_ALNUM_RE = re.compile(r"[^\W_]")
"""A letter or digit (what str.isalnum accepts)."""
