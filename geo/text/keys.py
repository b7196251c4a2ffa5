"""Normalised lookup keys for Arabic (and Latin) words, and the word tokens of a text.

Owns: the folding rules that turn a written word into the key the gazetteer is
indexed by, the tokeniser, proclitic stripping, and mapping a position in a
key back to an offset in the original text. It never changes the original
text: keys are lookup values only, and every offset it returns points into
the text it was given.

Folding rules (each applied to keys only, each tested in tests/unit/test_keys.py):
- hamza and madda on alef (أ إ آ ٱ) -> ا;  ؤ -> و;  ئ -> ي
- ta marbuta ة -> ه;  alef maqsura ى -> ي
- tatweel (ـ), harakat and Quranic marks, superscript alef -> removed
- Arabic-Indic and Persian digits -> ASCII digits
- zero-width and bidi control characters -> removed
- Persian/Urdu letters an Arabic outlet may paste in (ک ی گ پ چ ژ ڤ) -> their Arabic neighbours
- presentation forms (ﻻ, ﺷ ...) -> their letters (NFKC)
- Latin: lower case, common diacritics removed (Şuşa -> susa, Xankəndi -> xankendi)
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from itertools import accumulate, compress, repeat
from typing import NamedTuple

from geo.model import Token
from geo.text.wordcache import Answers

_DELETE = (
    "\u0640"  # tatweel
    + "".join(chr(c) for c in range(0x064B, 0x0660))  # harakat, shadda, sukun, hamza marks
    + "\u0670"  # superscript alef
    + "".join(chr(c) for c in range(0x06D6, 0x06EE))  # Quranic annotation marks
    + "\u200b\u200c\u200d\u200e\u200f"  # zero-width and directional marks
    + "\u202a\u202b\u202c\u202d\u202e"  # bidi embeddings and overrides
    + "\u2066\u2067\u2068\u2069"  # bidi isolates
    + "\ufeff\u061c\u00ad"  # BOM / ZWNBSP, Arabic letter mark, soft hyphen
)

_MAP = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ؤ": "و", "ئ": "ي", "ة": "ه", "ۀ": "ه", "ى": "ي",
    "ک": "ك", "ی": "ي", "گ": "ك", "پ": "ب", "چ": "ج", "ژ": "ز",
    "ڤ": "ف", "ڨ": "ق", "ھ": "ه", "ہ": "ه", "ۃ": "ه",
    # Latin letters whose folding str.lower() and NFKD do not give us
    "ə": "e", "Ə": "e", "ı": "i", "İ": "i", "ß": "ss", "ł": "l", "Ł": "l",
    "ʼ": "", "’": "", "'": "",
}

_DIGITS = {chr(0x0660 + i): str(i) for i in range(10)} | {chr(0x06F0 + i): str(i) for i in range(10)}


def _build_fold_table() -> dict[int, str]:
    table: dict[int, str] = {ord(c): "" for c in _DELETE}
    table.update({ord(k): v for k, v in _MAP.items()})
    table.update({ord(k): v for k, v in _DIGITS.items()})
    # Arabic presentation forms A and B: fold to their compatibility letters, then fold those.
    for cp in list(range(0xFB50, 0xFE00)) + list(range(0xFE70, 0xFEFD)):
        ch = chr(cp)
        if unicodedata.category(ch) == "Cn":
            continue
        decomposed = unicodedata.normalize("NFKC", ch).strip()
        table[cp] = "".join(table.get(ord(d), d) if isinstance(table.get(ord(d), d), str) else d for d in decomposed)
    # Latin letters with diacritics: strip the marks (Şuşa -> Susa, Ağdam -> Agdam).
    for cp in range(0x00C0, 0x0250):
        ch = chr(cp)
        if cp in table or not ch.isalpha():
            continue
        base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
        if base and base != ch and base.isascii():
            table[cp] = base
    for cp in range(0x0300, 0x0370):  # combining diacritics written as separate marks
        table[cp] = ""
    return table


FOLD_TABLE: dict[int, str] = _build_fold_table()

def _char_class(codes: Iterable[int]) -> str:
    """The inside of a regular-expression character class holding these code points, as ranges."""
    ranges: list[list[int]] = []
    for cp in sorted(set(codes)):
        if ranges and cp == ranges[-1][1] + 1:
            ranges[-1][1] = cp
        else:
            ranges.append([cp, cp])
    return "".join(f"\\u{a:04x}-\\u{b:04x}" if a != b else f"\\u{a:04x}" for a, b in ranges)


# A word: letters and digits of any script, plus the marks and invisible characters that
# must not split a word (a harakah or a zero-width joiner inside شوشا is still شوشا).
_IN_WORD = (r"\u0300-\u036f\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u061c\u00ad'’ʼ"
            + _char_class(cp for cp, folded in FOLD_TABLE.items() if folded == ""))
"""Besides the marks named, every character the fold table deletes (harakat as presentation forms)."""
_GLUED_LETTER = _char_class([*range(0x0621, 0x064B), *(cp for cp, folded in FOLD_TABLE.items()
                                                       if isinstance(folded, str) and any("\u0621" <= c <= "\u064a" for c in folded))])
"""The Arabic letters and every character the fold table turns into one (Persian ژ, presentation
forms): a number glued to any of them is split off alike before and after folding, so that a
phrase's key is its own key."""
_WORD_RE = re.compile(rf"(?:[{_IN_WORD}]*\d)+(?=[{_IN_WORD}]*[{_GLUED_LETTER}])|(?:[^\W_]|[{_IN_WORD}])+")
_RUN_RE = re.compile(rf"[\w{_IN_WORD}]+")
"""The words of _WORD_RE and the underscores between them, in one character class: twice as fast
to scan, and a run holding an underscore (rare) is split into its words by _WORD_RE."""
_RUN_SPLIT_RE = re.compile(f"({_RUN_RE.pattern})")
"""_RUN_RE kept by re.split: what lies between the runs and the runs, in turn."""
_ARABIC_LETTER_RE = re.compile(r"[\u0621-\u064a]")
_GLUED_RE = re.compile(rf"\d(?:[{_IN_WORD}]*\d)*[{_IN_WORD}]*[{_GLUED_LETTER}]")
"""A number glued to an Arabic word (a line break lost when the page was copied), perhaps with an
invisible character between them."""
_GLUED_ANYWHERE_RE = re.compile(rf"\d[{_IN_WORD}]*[{_GLUED_LETTER}]")
"""Found where _GLUED_RE is, and faster to search for (no run of digits tried from each digit)."""

def normalise_key(text: str) -> str:
    """Fold ``text`` to its lookup key. Idempotent: normalise_key(normalise_key(x)) == normalise_key(x)."""
    key = text.translate(FOLD_TABLE)
    if key.lower() == key:
        return key
    # str.lower() may create combining marks (e.g. from 'İ'): fold once more.
    return key.lower().translate(FOLD_TABLE)


def normalise_phrase(text: str) -> str:
    """Key for a phrase: each word's key, joined by single spaces."""
    return " ".join(filter(None, map(normalise_key, _WORD_RE.findall(text))))  # (the pattern has no group)


def name_keys(names: Iterable[str]) -> frozenset[str]:
    """The folded keys (normalise_phrase) of a place's names, empty names left out."""
    return frozenset(k for n in names if n and (k := normalise_phrase(n)))


def name_rank(query_key: str, keys: Iterable[str]) -> int | None:
    """How well a folded query (normalise_phrase) names something with these folded names:
    0 one of them exactly, 1 the beginning of one, 2 inside one; None not at all."""
    keys = list(keys)
    if query_key in keys:
        return 0
    if any(k.startswith(query_key) for k in keys):
        return 1
    if any(query_key in k for k in keys):
        return 2
    return None


def find_tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Word tokens of ``text[start:end]`` with their keys; offsets index ``text``."""
    return read_tokens(text, start, end).tokens


class TokenColumns(NamedTuple):
    """An article's tokens, with their start offsets and their keys in lists of their own (the
    stages read these for every word; the tokeniser has them already)."""

    tokens: list[Token]
    starts: list[int]
    keys: list[str]


def read_tokens(text: str, start: int = 0, end: int | None = None) -> TokenColumns:
    """find_tokens, with the tokens' start offsets and keys as lists of their own."""
    stop = len(text) if end is None else end
    if text.find("_", start, stop) != -1:  # (rare)
        return _split_columns(text, start, stop, _GLUED_ANYWHERE_RE.search(text, start, stop) is not None)
    # the text cut into what lies between words and the words, in turn: the words' offsets are the
    # running sum of the pieces' lengths, and no Python code runs for each word
    pieces = _RUN_SPLIT_RE.split(text[start:stop])
    bounds = list(accumulate(map(len, pieces), initial=start))
    keys = list(map(_RUN_KEYS.__getitem__, pieces[1::2]))
    starts = bounds[1:-1:2]
    rows = zip(starts, bounds[2::2], keys, strict=True)
    if not all(keys):  # (rare) a run of marks only: no word; or a number glued to a word
        if None in keys:
            return _split_columns(text, start, stop, True)
        rows = compress(rows, keys)
        starts = list(compress(starts, keys))
        keys = list(filter(None, keys))
    return TokenColumns(list(map(tuple.__new__, repeat(Token), rows)), starts, keys)


def _split_columns(text: str, start: int, stop: int, glued: bool) -> TokenColumns:
    """read_tokens for a text with a run holding an underscore or a number glued to a word."""
    tokens = _find_tokens_split(text, start, stop, glued)
    return TokenColumns(tokens, [t[0] for t in tokens], [t[2] for t in tokens])


def _find_tokens_split(text: str, start: int, stop: int, glued: bool) -> list[Token]:
    """find_tokens for a text with a run holding an underscore or a number glued to a word."""
    out: list[Token] = []
    append = out.append
    key_of = _KEY_CACHE.__getitem__
    new = tuple.__new__  # Token(...) without the named tuple's own __new__ (a Python function)
    find = text.find
    pos = start
    # findall and str.find, not finditer: no match object per word. A run's first occurrence from
    # the end of the last one is the run itself (what lies between holds no word character).
    for word in _RUN_RE.findall(text, start, stop):
        s = find(word, pos)
        pos = e = s + len(word)
        if "_" in word or (glued and word[0].isdigit() and not word.isdigit() and _GLUED_RE.match(word)):
            append_words(out, text, s, e)  # «٢٠٢٠تبادلت»: a number glued to the word after it is two words
            continue
        key = key_of(word)
        if key:
            append(new(Token, (s, e, key)))
    return out


def append_words(out: list[Token], text: str, start: int, end: int) -> None:
    """The tokens of the words of ``text[start:end]`` (a run with underscores), appended to ``out``."""
    for m in _WORD_RE.finditer(text, start, end):
        key = normalise_key(m.group())
        if key:
            out.append(Token(m.start(), m.end(), key))


_KEY_CACHE = Answers(normalise_key)
"""The key of each word met (normalise_key), kept while there is room."""


def _run_key(run: str) -> str | None:
    """The key of a run of _RUN_RE (normalise_key), or None when it opens with a number glued to a word
    («٢٠٢٠تبادلت»), which _find_tokens_split reads as two words: looked up for each run, this finds such
    a run with no scan of the text of its own."""
    if run[0].isdigit() and not run.isdigit() and _GLUED_RE.match(run):
        return None
    return normalise_key(run)


_RUN_KEYS = Answers(_run_key)
"""_run_key of each run met, kept while there is room."""


def key_offset(text: str, token: Token, key_index: int) -> int:
    """Offset in ``text`` of the character that produced ``token.key[key_index]``.

    Walks the token's original characters, folding each one, so that a harakah,
    tatweel or zero-width character before the stem is skipped correctly.
    """
    if key_index <= 0:
        if _FOLDED_CHARS.get(text[token.start]):
            return token.start  # (most words) the first character is a letter
        return _first_visible(text, token.start, token.end)
    produced = 0
    for pos in range(token.start, token.end):
        folded = _fold_char(text[pos])
        if not folded:
            continue
        if produced >= key_index:
            return pos
        produced += len(folded)
    return token.end


def _first_visible(text: str, start: int, end: int) -> int:
    for pos in range(start, end):
        if _fold_char(text[pos]):
            return pos
    return start


def trim_end(text: str, start: int, end: int) -> int:
    """Move ``end`` left past characters that fold to nothing (a trailing tatweel or mark)."""
    if end > start and _FOLDED_CHARS.get(text[end - 1]):
        return end  # (most words) the last character is a letter
    while end > start and not _fold_char(text[end - 1]):
        end -= 1
    return end


_FOLDED_CHARS: dict[str, str] = {}


def _fold_char(char: str) -> str:
    """normalise_key of one character (cached: a text is written with a few hundred distinct ones)."""
    folded = _FOLDED_CHARS.get(char)
    if folded is None:
        folded = normalise_key(char)
        if len(_FOLDED_CHARS) < 100_000:
            _FOLDED_CHARS[char] = folded
    return folded


def arabic_letter_ratio(text: str) -> float:
    """Share of Arabic letters among all letters of ``text`` (0.0 when it has no letters)."""
    letters = sum(1 for c in text if c.isalpha())
    if not letters:
        return 0.0
    return len(_ARABIC_LETTER_RE.findall(text)) / letters
