"""Quoted speech that runs on across sentences: «وقال باشينيان: “الوضع صعب. لا يمكن للشحنات أن
تصل.”». Every sentence of the quotation is the speaker's, though only the first names him.

Owns: finding quotations (“…”, «…», "…") that hold more than one sentence, and the quotation a
clause starts inside. A quotation ends at its closing mark or, if that is missing, at the end of its
paragraph, so that one unbalanced mark never carries a speaker into the next paragraph.
"""

from __future__ import annotations

import bisect
import re

_PAIRS = {"“": "”", "«": "»"}
_SENTENCE_END = re.compile(r"[.!?؟…][)\]]*\s")  # («(…) وقعت»: an ellipsis in brackets ends one too)
_OPENING = re.compile('["“«]')


def running_quotations(text: str) -> list[tuple[int, int]]:
    """The (open, close) offsets of the quotations that run over more than one sentence, in order."""
    spans: list[tuple[int, int]] = []
    i = 0
    while True:
        opening = _OPENING.search(text, i)  # the first opening mark from i, of any kind
        if opening is None:
            break
        at, mark = opening.start(), opening.group()
        line_end = text.find("\n", at)
        line_end = len(text) if line_end == -1 else line_end
        close = text.find(_PAIRS.get(mark, '"'), at + 1, line_end)
        if close == -1:
            if mark == '"':
                i = at + 1  # a lone straight mark: no quotation
                continue
            close = line_end
        if _SENTENCE_END.search(text, at + 1, close):
            spans.append((at, close))
        i = close + 1
    return spans


def quotation_around(spans: list[tuple[int, int]], opens: list[int], offset: int) -> int:
    """The opening offset of the running quotation that ``offset`` lies inside (after its opening
    mark), or -1. ``opens`` lists the spans' opening offsets."""
    k = bisect.bisect_left(opens, offset) - 1
    return spans[k][0] if k >= 0 and spans[k][0] < offset < spans[k][1] else -1
