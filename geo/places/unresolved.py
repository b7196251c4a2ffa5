"""Unresolved names: the unknown, uncommon words right after a cue word (قرية X) that no layer knows.

Owns finding them (one or two words, a quoted name, the names listed after a plural cue such as
«قرى»): the place stage reads them by transliteration against the settlement layer, and reports
the others as possible place names to add. Which matched names are places is geo/places/resolver.py's.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import compress, count

from geo.model import Span, Token
from geo.places.resolver import Context
from geo.text.clitics import has_reading_in, stems_of
from geo.text.wordcache import keys_of

UNRESOLVED_MAX_ZIPF = 0.0
"""An unknown word after a cue counts as a possible place name only if it is not a known word at all."""

_OPENING_QUOTES = "\"«“"
_CLOSING_QUOTES = "\"»”"


def find_unresolved(ctx: Context, covered: set[int], keys: Sequence[str] | None = None) -> list[Span]:
    """Unknown, uncommon words right after a cue word: possible place names no layer knows
    (``keys``: the tokens' keys, when the caller has them already)."""
    out: list[Span] = []
    tokens = ctx.tokens
    flags = list(map(ctx.lexicon.cue_of.__getitem__, (keys_of(tokens) if keys is None else keys)[:-1]))
    i = 1
    for at in compress(count(1), flags):  # the words right after a cue word
        if at < i:
            continue
        if at in covered:
            if tokens[at - 1].key in _PLURAL_CUES:  # «قرى فيرين شورزا والكوت»: the known first of a list
                i = _listed_after(ctx, covered, at, out)
            continue
        i = at
        tok = tokens[i]
        if ctx.adjacent_before(i) is None or not _looks_like_name(ctx, tok):
            i += 1
            continue
        end_index = _name_end(ctx, covered, i)
        out.append(Span(tok.start, tokens[end_index].end, "unknown name after a cue word"))
        i = end_index + 1
        if tokens[at - 1].key in _PLURAL_CUES:
            i = _listed_after(ctx, covered, end_index, out)
    return out


_PLURAL_CUES = frozenset({"قري", "القري", "بلدات", "البلدات", "مستوطنات", "المستوطنات", "مدن", "المدن",
                          "مدينتي", "بلدتي", "قريتي", "مدينتا"})
"""Cue words («قرى», «بلدات», «مستوطنات», «مدن», and the duals «بلدتي», «قريتي», «مدينتي») that announce a
list of names joined by و or commas."""


def _name_end(ctx: Context, covered: set[int], i: int, max_zipf: float = UNRESOLVED_MAX_ZIPF) -> int:
    """The last word of an unknown name starting at token ``i``: quoted, or one or two words."""
    end_index = _quoted_end(ctx, i)
    nxt = ctx.adjacent_after(i)
    if end_index == i and nxt is not None and (i + 1) not in covered and _looks_like_name(ctx, nxt, max_zipf) \
            and not nxt.key.startswith("و"):
        end_index = i + 1
    return end_index


def _listed_after(ctx: Context, covered: set[int], last: int, out: list[Span]) -> int:
    """The unknown names listed after a plural cue's first name (token ``last`` ends it): «قرى A والكوت
    وميتس ماسريك وسوتك» (each after و or a comma; known names in the list are passed over). Appends
    their spans; returns the index after the list."""
    tokens, k = ctx.tokens, last + 1
    while k < len(tokens) and _list_gap(ctx.text[tokens[k - 1].end:tokens[k].start]):
        if k in covered:
            k += 1
            continue
        tok = tokens[k]
        if not (tok.key.startswith("و") or "،" in ctx.text[tokens[k - 1].end:tok.start]):
            break
        if not _looks_like_name(ctx, tok, LISTED_MAX_ZIPF):  # a name the resolver turned down («والكوت»: Iraq's)
            k += 1
            continue
        end_index = _name_end(ctx, covered, k, LISTED_MAX_ZIPF)
        out.append(Span(tok.start, tokens[end_index].end, "unknown name in a list after a cue word"))
        k = end_index + 1
    return k


LISTED_MAX_ZIPF = 3.0
"""In a list after a plural cue a rare word (under 1 in a million words) may be a name: «وميتس ماسريك»."""


def _list_gap(gap: str) -> bool:
    return gap == " " or gap.strip() in ("،", ",")


def _quoted_end(ctx: Context, i: int) -> int:
    """The last word of a name quoted after its cue word («منطقة "قرق قز"»: up to three words before
    the closing mark), or ``i`` when the name is not quoted."""
    if not any(q in ctx.text[ctx.tokens[i - 1].end:ctx.tokens[i].start] for q in _OPENING_QUOTES):
        return i
    for j in range(i, min(i + 3, len(ctx.tokens))):
        after = ctx.text[ctx.tokens[j].end:ctx.tokens[j].end + 2].lstrip(" ")
        if after.startswith(tuple(_CLOSING_QUOTES)):
            return j
    return i


def _looks_like_name(ctx: Context, tok: Token, max_zipf: float = UNRESOLVED_MAX_ZIPF) -> bool:
    key = tok.key
    if len(key) < 3 or key.isdigit() or any(c.isdigit() for c in key):
        return False
    if key.startswith("ال") and not key.isascii():
        return False
    if any(ctx.gaz.zipf(stem) > max_zipf for stem in stems_of(key)):
        return False
    lex = ctx.lexicon
    return not (has_reading_in(key, lex.function_words) or key in lex.first_names)
