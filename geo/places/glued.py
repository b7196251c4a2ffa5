"""Two place names typed without the space before «و»: «أذربيجانوأرمينيا», «لأرمينياوأذربيجان».

Owns: splitting such a word into its two words before places and claims are read. A space left
out before the conjunction is a common typing slip in real news text (four times in the development
sets). A word is split only when it is no indexed name itself and reads as a country, region or
province name (its clitics allowed), then و, then another such name, with at least three letters
each side; no word of running text is known that reads so.
"""

from __future__ import annotations

from geo.model import Token
from geo.places.gazetteer import Gazetteer
from geo.text.clitics import iter_stems
from geo.text.keys import TokenColumns, key_offset
from geo.text.wordcache import answers

_KINDS = frozenset({"country", "region", "province"})
"""What the two halves must name: the states and regions a report pairs («أذربيجان وأرمينيا»)."""
_MIN_HALF = 3
_MAX_WORD = 40
"""Longer words are never split: two state names are far shorter, and a page that lost its spaces
(one 200,000-letter word of many «و») would otherwise be sliced at every «و»."""


def split_glued(text: str, columns: TokenColumns, gaz: Gazetteer) -> TokenColumns:
    """The tokens with each glued pair of names read as two words (the second keeps its «و»);
    the columns themselves when there is none (almost every article)."""
    split_at = answers(gaz, "glued pair of names: key index of its «و»", lambda key: _glued_at(key, gaz))
    if not any(map(split_at.__getitem__, columns.keys)):
        return columns
    out = TokenColumns([], [], [])
    for token, start, key in zip(*columns, strict=True):
        at = split_at[key]
        if not at:
            out.tokens.append(token)
            out.starts.append(start)
            out.keys.append(key)
            continue
        middle = key_offset(text, token, at)
        for piece in (Token(token.start, middle, key[:at]), Token(middle, token.end, key[at:])):
            out.tokens.append(piece)
            out.starts.append(piece.start)
            out.keys.append(piece.key)
    return out


def _glued_at(key: str, gaz: Gazetteer) -> int:
    """Where the «و» of a glued pair of names starts in ``key``; 0 if the word is no such pair."""
    if not 2 * _MIN_HALF < len(key) <= _MAX_WORD or "و" not in key[_MIN_HALF:-_MIN_HALF] or (key,) in gaz.names:
        return 0
    for at in range(_MIN_HALF, len(key) - _MIN_HALF):
        if key[at] == "و" and _names_a_state(key[at + 1:], gaz) and any(
                _names_a_state(stem, gaz) for _, stem, _ in iter_stems(key[:at])):
            return at
    return 0


def _names_a_state(key: str, gaz: Gazetteer) -> bool:
    entry = gaz.names.get((key,))
    return entry is not None and not entry.label and any(
        gaz.places[p].kind in _KINDS for p in entry.place_ids if p in gaz.places)
