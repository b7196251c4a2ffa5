"""Quoted speech that runs on across sentences: «وقال باشينيان: “الوضع صعب. لا يمكن للشحنات أن
تصل.”». Every sentence of the quotation is the speaker's, though only the first names him.

Owns: finding quotations (“…”, «…», "…") that hold more than one sentence, and the quotation a
clause starts inside. A quotation ends at its closing mark or, if that is missing, at the end of its
paragraph, so that one unbalanced mark never carries a speaker into the next paragraph. And whether
a quotation right after a reporting verb is the statement itself or a quoted name, its subject
(«وأضاف "فلنتحد"» against «واتهم “باشينيان” باكو بـ»).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from geo.claims.claimwords import ClaimWords
from geo.claims.nounphrase import _COMPLEMENTISERS, QUOTES, bare_key, quoted_name_end
from geo.model import Token

_SENTENCE_END = re.compile(r"[.!?؟…][)\]]*\s")  # («(…) وقعت»: an ellipsis in brackets ends one too)
_OPENING = re.compile("[" + "".join(QUOTES) + "]")


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
        close = text.find(QUOTES[mark], at + 1, line_end)
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


def opens_statement_quote(text: str, tokens: Sequence[Token], j: int, gap: str, words: ClaimWords | None = None) -> bool:
    """Does a quotation open before token ``j`` that is the statement itself («وأضاف "فلنتحد"»), not a short
    quoted name followed by what it said («وقالت "رويترز" إن»), whom it relays («نقلت “أزيرنيوز” عن»), a comma,
    or a person's name quoted («واتهم “باشينيان” باكو بـ»: a given name or surname of a side)?"""
    if gap == " " or not any(q in gap for q in QUOTES):
        return False  # (most gaps are one space)
    end = quoted_name_end(text, tokens, j, gap)
    if end == j:
        return True
    if words is not None and (any(t.key in words.given_name_sides or any(
            t.key.endswith(e) and len(t.key) - len(e) >= 3 for e, _s in words.surname_sides) for t in tokens[j:end])
            or end - j <= 3 and end < len(tokens) and text[tokens[end - 1].end:tokens[end].start].strip(' "»”') == ""):
        return False
    after = text[tokens[end - 1].end:tokens[end].start if end < len(tokens) else len(text)]
    # «اعترف “إدوارد إسريان”، رئيس الأركان، بأن»: a quoted name in apposition; «قال "علييف": "..."»: one
    # quoted word before a colon is who speaks (a quoted statement before a colon has more words)
    return not (after.strip(' "»”').startswith(("،", ",")) or (end == j + 1 and after.strip(' "»”').startswith(":")) or
                (end < len(tokens) and (bare_key(tokens[end].key) in _COMPLEMENTISERS or tokens[end].key == "عن")))
