"""Per-word caches for the loops that look every word of an article up in a table.

Owns: one dictionary per (table, question), kept for the life of the process, so that a word
met again (a news text is mostly a few thousand distinct words) costs one dictionary look-up.
A cache belongs to the table object it was made for: a new table (another lexicon, a test's
own) gets a new cache. What is cached, and how it is worked out, is the caller's.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from geo.model import TOKEN_KEY

MAX_WORDS = 500_000
"""Words kept per cache: past this a word is worked out again each time (memory stays bounded)."""

_CACHES: dict[tuple[int, str], tuple[object, dict[Any, Any]]] = {}


def word_cache(table: object, question: str) -> dict[Any, Any]:
    """The cache of the answers to ``question`` about words (or names: tuples of words), for
    ``table``. Fill it with remember()."""
    held = _LAST_CACHE.get(question)
    if held is not None and held[0] is table:
        return held[1]  # (most look-ups) the table last asked this question about
    held = _CACHES.get((id(table), question))
    if held is None or held[0] is not table:
        held = _CACHES[(id(table), question)] = (table, {})
    _LAST_CACHE[question] = held
    return held[1]


_LAST_CACHE: dict[str, tuple[object, dict[Any, Any]]] = {}
"""Per question, the table and cache of the last look-up: found by the question alone (most
questions are asked of one table), with no key made of the table's identity."""


def remember(cache: dict[Any, Any], word: Any, answer: Any) -> Any:
    """Store ``answer`` for ``word`` (while the cache has room) and return it."""
    if len(cache) < MAX_WORDS:
        cache[word] = answer
    return answer


class Answers(dict):  # type: ignore[type-arg]
    """A per-word cache that works out a word's answer the first time it is looked up: ``answers[word]``.

    Looking words up is then one C-level step (``map(answers.__getitem__, keys)``, ``any(...)``), with
    no Python code run for a word met before; a word first met is worked out by ``work`` (and kept
    while the cache has room)."""

    __slots__ = ("work",)

    def __init__(self, work: Callable[[Any], Any]) -> None:
        super().__init__()
        self.work = work

    def __missing__(self, word: Any) -> Any:
        answer = self.work(word)
        if len(self) < MAX_WORDS:
            self[word] = answer
        return answer


_ANSWERS: dict[tuple[int, str], tuple[object, Answers]] = {}


def answers(table: object, question: str, work: Callable[[Any], Any]) -> Answers:
    """The self-filling cache of the answers to ``question`` about words, for ``table`` (``work``
    answers it for one word; it is used when the cache is first made for this table)."""
    held = _LAST_ANSWERS.get(question)
    if held is not None and held[0] is table:
        return held[1]  # (most look-ups) the table last asked this question about
    held = _ANSWERS.get((id(table), question))
    if held is None or held[0] is not table:
        held = _ANSWERS[(id(table), question)] = (table, Answers(work))
    _LAST_ANSWERS[question] = held
    return held[1]


_LAST_ANSWERS: dict[str, tuple[object, Answers]] = {}
"""As _LAST_CACHE, for answers()."""


def keys_of(tokens: Iterable[Any]) -> list[str]:
    """The lookup keys of tokens (geo.model.Token), in order."""
    return list(map(TOKEN_KEY, tokens))
