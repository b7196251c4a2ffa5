"""Per-word caches for the loops that look every word of an article up in a table.

Owns: one dictionary per (table, question), kept for the life of the process, so that a word
met again (a news text is mostly a few thousand distinct words) costs one dictionary look-up.
A cache belongs to the table object it was made for: a new table (another lexicon, a test's
own) gets a new cache. What is cached, and how it is worked out, is the caller's.
"""

from __future__ import annotations

from typing import Any

MAX_WORDS = 500_000
"""Words kept per cache: past this a word is worked out again each time (memory stays bounded)."""

_CACHES: dict[tuple[int, str], tuple[object, dict[Any, Any]]] = {}


def word_cache(table: object, question: str) -> dict[Any, Any]:
    """The cache of the answers to ``question`` about words (or names: tuples of words), for
    ``table``. Fill it with remember()."""
    held = _CACHES.get((id(table), question))
    if held is None or held[0] is not table:
        held = _CACHES[(id(table), question)] = (table, {})
    return held[1]


def remember(cache: dict[Any, Any], word: Any, answer: Any) -> Any:
    """Store ``answer`` for ``word`` (while the cache has room) and return it."""
    if len(cache) < MAX_WORDS:
        cache[word] = answer
    return answer
