"""Site boilerplate: finding the spans of a scraped page that are not the article.

Owns: the excluded spans (mastheads, menus, "اقرأ أيضا" links, subscription
footers, related-article teasers). The phrase patterns live in
data/boilerplate.tsv; two structural rules live here because they are about
a page's layout, not its words:

- a short line (at most 8 words) that stands twice or more verbatim is a
  masthead, a menu or a caption repeated by the page (001: "رئيس التحرير");
- a run of two or more short lines without sentence-final punctuation at the
  very end of a page, after the last punctuated paragraph, is a block of
  teasers for other articles (000: the repeated headlines after the body);
- the short unpunctuated lines right after a "block" heading of the table
  ("مقالات ذات صلة") are teasers too.

The original text is never modified: this module only returns spans.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from geo.datafiles import data_path, read_table
from geo.errors import DataFileError
from geo.model import Span

_SCOPES = ("line", "phrase", "tail", "block")
_SENTENCE_END = tuple(".!?؟…:")
REPEATED_LINE_MAX_WORDS = 8
TEASER_LINE_MAX_WORDS = 16
LINE_RULE_MAX_CHARS = 240
"""Whole-line rules are tried only on lines up to this long: page chrome is short, paragraphs are not."""
TEASER_MAX_SHARE = 0.5
"""A teaser block is at most this share of the page's characters: a page that is mostly short
unpunctuated lines is a badly scraped article, not a block of teasers."""


@dataclass(frozen=True)
class BoilerplateRule:
    scope: str
    pattern: re.Pattern[str]
    note: str
    example: str = ""
    """A line the rule excludes on its own (checked by the tests, used by the synthetic corpus)."""


@lru_cache(maxsize=4)
def load_rules(path: Path | None = None) -> tuple[BoilerplateRule, ...]:
    path = path or data_path("boilerplate.tsv")
    rules = []
    for number, (scope, pattern, note, example) in read_table(path, columns=4, min_columns=2):
        if scope not in _SCOPES:
            raise DataFileError(f"{path}:{number}: scope {scope!r} is not one of {', '.join(_SCOPES)}")
        try:
            compiled = re.compile(pattern)
        except re.error as err:
            raise DataFileError(
                f"{path}:{number}: pattern {pattern!r} is not a valid regular expression ({err}); correct it"
            ) from err
        if compiled.fullmatch(""):
            raise DataFileError(
                f"{path}:{number}: pattern {pattern!r} matches the empty string, so it would match everywhere; "
                "make it require at least one character"
            )
        rules.append(BoilerplateRule(scope, compiled, note or pattern, example))
    return tuple(rules)


@lru_cache(maxsize=8)
def _combined(rules: tuple[BoilerplateRule, ...]) -> re.Pattern[str]:
    parts = [f"(?:{r.pattern.pattern})" for r in rules if r.scope in ("line", "block")]
    return re.compile("|".join(parts) if parts else r"(?!)")


@lru_cache(maxsize=8)
def _in_line_rules(rules: tuple[BoilerplateRule, ...]) -> tuple[tuple[BoilerplateRule, ...], tuple]:
    """The rules that look inside a line (tail, phrase), in order, and their patterns' searches.

    Each pattern searches a line on its own: one that opens with its words (most: «اقرأ أيضا»)
    skips to the letters they can start with, which one pattern joining them all cannot do (about
    twice as fast as the joined one on the benchmark corpus)."""
    inside = tuple(r for r in rules if r.scope not in ("line", "block"))
    return inside, tuple((r.pattern.search, _literal_starts(r.pattern.pattern)) for r in inside)


_PLAIN = r"[^.^$*+?{}\[\]()|\\]+"
_LEADING_CHOICE = re.compile(rf"\(\?:({_PLAIN}(?:\|{_PLAIN})*)\)")
_LEADING_RUN = re.compile(_PLAIN)


def _literal_starts(source: str) -> tuple[str, ...] | None:
    """Strings one of which every match of the pattern ``source`` starts with: its leading plain
    letters («زر» of «زر\\s+الذهاب»), or the words of a leading group of plain choices («اقرأ»,
    «إقرأ» ... of «(?:اقرأ|إقرأ)\\s+…»); None when it has neither or a choice at its top level.
    A text in which none of them stands has no line the pattern finds anything in. A lookbehind
    the pattern opens with («(?<![^\\n])»: at a line's start) matches no letter: the letters after it."""
    source = _without_leading_lookbehind(source)
    if _has_top_level_choice(source):
        return None
    choice = _LEADING_CHOICE.match(source)
    if choice is not None:
        return None if source[choice.end():choice.end() + 1] in ("?", "*", "{") else tuple(choice[1].split("|"))
    run = _LEADING_RUN.match(source)
    if run is None:
        return None
    plain = run.group()
    if source[run.end():run.end() + 1] in ("?", "*", "{"):
        plain = plain[:-1]  # the quantifier makes the last letter optional
    return (plain,) if plain else None


def _without_leading_lookbehind(source: str) -> str:
    """``source`` without the lookbehind it opens with, if it opens with one."""
    if not source.startswith(("(?<=", "(?<!")):
        return source
    end = _group_end(source)
    return source if end is None or source[end:end + 1] in ("?", "*", "+", "{") else source[end:]


def _group_end(source: str) -> int | None:
    """The index after the ``)`` that closes the group ``source`` opens with (None if unclosed)."""
    return next((i + 1 for i, char, depth in _structure(source) if char == ")" and depth == 0), None)


def _has_top_level_choice(source: str) -> bool:
    """Does a ``|`` stand outside every group and character class of the pattern?"""
    return any(char == "|" and depth == 0 for _i, char, depth in _structure(source))


def _structure(source: str) -> Iterator[tuple[int, str, int]]:
    """The ``(``, ``)`` and ``|`` of a pattern outside its character classes and escapes: (index,
    character, depth of groups around it once it is read)."""
    depth, i, in_class = 0, 0, False
    while i < len(source):
        char = source[i]
        if char == "\\":
            i += 1
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            i += 2 if source[i + 1:i + 3].startswith("^]") else 1 if source[i + 1:i + 2] == "]" else 0
        elif char in "()|":
            depth += {"(": 1, ")": -1, "|": 0}[char]
            yield i, char, depth
        i += 1


_PREPARED: dict[int, tuple[tuple[BoilerplateRule, ...], tuple]] = {}


def _prepared(rules: tuple[BoilerplateRule, ...]) -> tuple:
    """_combined and _in_line_rules of a tuple of rules, found by the tuple's identity (hashing
    thirty rules for an lru_cache look-up on every page costs more than the look-up saves)."""
    held = _PREPARED.get(id(rules))
    if held is None or held[0] is not rules:
        if len(_PREPARED) >= 8:
            _PREPARED.clear()
        inside_rules, inside_searches = _in_line_rules(rules)
        held = _PREPARED[id(rules)] = (rules, (_combined(rules), inside_rules, inside_searches,
                                               _first_words(inside_searches)))
    return held[1]


def _first_words(inside_searches: tuple) -> tuple[tuple[str, tuple], ...] | None:
    """The leading words of every in-line rule, each with the searches of the rules one of whose
    leading words holds it (None when a rule has none, or one of them holds a space): a line holding
    none of them is one no in-line rule finds anything in, and in a line holding some only their
    searches can find anything."""
    starts = {start for _search, rule_starts in inside_searches for start in (rule_starts or ("",))}
    if "" in starts or any(c.isspace() for start in starts for c in start):
        return None
    # a word holding another of them («شاهدي», «شاهد») finds no line the other does not
    words = sorted(start for start in starts if not any(other != start and other in start for other in starts))
    return tuple((word, tuple(search for search, rule_starts in inside_searches if any(word in s for s in rule_starts)))
                 for word in words)


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line that is not blank (a break is \\n or \\r), from its first to its last
    character that is not a space (found by splitting at the breaks: cheaper than a pattern's search)."""
    out = []
    at = 0
    for piece in text.replace("\r", "\n").split("\n"):
        body = piece.strip()
        if body:
            start = at + piece.find(body)  # (the first character of the piece that is not a space)
            out.append((start, start + len(body)))
        at += len(piece) + 1
    return out


def find_boilerplate(text: str, rules: tuple[BoilerplateRule, ...] | None = None) -> tuple[Span, ...]:
    """Spans of ``text`` that are site boilerplate, sorted and non-overlapping."""
    rules = load_rules() if rules is None else rules
    any_line_rule, inside_rules, inside_searches, first_words = _prepared(rules)
    spans: list[Span] = []
    lines = _lines(text)
    if first_words is None:
        # the in-line rules worth trying: a rule none of whose leading words the text holds finds nothing
        inside_searches = [search for search, starts in inside_searches if starts is None or any(
            start in text for start in starts)]
        tried = None
    else:
        # the lines worth trying them on: those holding one of their leading words (a few), each
        # with the searches of the rules those words lead
        inside_searches = [search for search, _starts in inside_searches]
        tried = _lines_holding(first_words, text, lines)
    in_block = ""
    for index, (start, end) in enumerate(lines):
        line = text[start:end]
        if in_block:
            if _is_teaser(line):
                spans.append(Span(start, end, in_block))
                continue
            in_block = ""
        # one combined pattern first: most lines match no whole-line rule
        short = end - start <= LINE_RULE_MAX_CHARS and any_line_rule.fullmatch(line) is not None
        if short:
            candidates = rules
        elif not any(search(line) for search in (inside_searches if tried is None else tried.get(index, ()))):
            continue  # (most lines) no rule finds anything in this line
        else:
            candidates = inside_rules  # the whole-line rules skip a line that none of them matches
        for rule in candidates:
            if rule.scope in ("line", "block"):
                if not short:
                    continue
                if rule.pattern.fullmatch(line):
                    spans.append(Span(start, end, rule.note))
                    if rule.scope == "block":
                        in_block = rule.note
                    break
            elif rule.scope == "tail":
                m = rule.pattern.search(line)
                if m and (m.start() == 0 or not line[m.start() - 1].isalpha()):
                    spans.append(Span(start + m.start(), end, rule.note))
                    break
            else:
                for m in rule.pattern.finditer(line):
                    spans.append(Span(start + m.start(), start + m.end(), rule.note))
    spans.extend(_repeated_lines(text, lines))
    covered = {(sp.start, sp.end) for sp in spans}
    spans.extend(_teaser_tail(text, [line for line in lines if line not in covered]))
    return merge_spans(spans)


def _lines_holding(words: tuple[tuple[str, tuple], ...], text: str, lines: list[tuple[int, int]]) -> dict[int, set]:
    """Per line (its index; ``lines`` sorted, not overlapping) that holds one of ``words`` (no spaces
    in them, each given with its searches): the searches of the words it holds."""
    found: dict[int, set] = {}
    starts: list[int] | None = None
    find = text.find
    for word, searches in words:
        at = find(word)
        while at != -1:
            if starts is None:
                starts = [s for s, _e in lines]
            # a word with no space in it is inside a line
            found.setdefault(bisect.bisect_right(starts, at) - 1, set()).update(searches)
            at = find(word, at + 1)
    return found


def _word_count(line: str) -> int:
    return len(line.split())


def _repeated_lines(text: str, lines: list[tuple[int, int]]) -> list[Span]:
    counts = Counter(text[s:e] for s, e in lines)
    return [
        Span(s, e, "repeated short line (masthead, menu or caption)")
        for s, e in lines
        if counts[text[s:e]] >= 2 and _word_count(text[s:e]) <= REPEATED_LINE_MAX_WORDS
    ]


def _is_teaser(line: str) -> bool:
    """A short line without sentence-final punctuation: a headline of another article."""
    return _word_count(line) <= TEASER_LINE_MAX_WORDS and not line.rstrip("\"'»”)").endswith(_SENTENCE_END)


def _teaser_tail(text: str, lines: list[tuple[int, int]]) -> list[Span]:
    tail: list[tuple[int, int]] = []
    for s, e in reversed(lines):
        if _is_teaser(text[s:e]):
            tail.append((s, e))
        else:
            break
    body_lines = len(lines) - len(tail)
    tail_chars = sum(e - s for s, e in tail)
    all_chars = sum(e - s for s, e in lines)
    if len(tail) < 2 or body_lines < 1 or tail_chars > TEASER_MAX_SHARE * all_chars:
        return []
    return [Span(s, e, "teaser block at the end of the page") for s, e in tail]


def merge_spans(spans: list[Span]) -> tuple[Span, ...]:
    """Sort spans and merge overlapping ones (keeping the first reason)."""
    merged: list[Span] = []
    for span in sorted(spans, key=lambda sp: (sp.start, -sp.end)):
        if merged and span.start <= merged[-1].end:
            last = merged[-1]
            if span.end > last.end:
                merged[-1] = Span(last.start, span.end, last.reason)
            continue
        merged.append(span)
    return tuple(merged)
