"""The place step of the pipeline: article -> boilerplate, sentences, mentions, unresolved names.

Owns the order of the stages and nothing else: each stage lives in its own
module (boilerplate, sentences, keys, matcher, resolver, roles). Pure: it
reads no file and touches no clock or network.
"""

from __future__ import annotations

import bisect

from geo.claims.claimwords import load_claim_words
from geo.claims.extract import extract_claims
from geo.model import Article, ArticleResult, Mention, Span, Token
from geo.places.gazetteer import Gazetteer
from geo.places.lexicon import Lexicon, load_lexicon
from geo.places.matcher import find_matches
from geo.places.resolver import Context, find_unresolved, resolve_matches
from geo.places.roles import assign_role, has_stem
from geo.text.boilerplate import find_boilerplate, load_rules
from geo.text.keys import find_tokens
from geo.text.sentences import split_sentences

EXTRACTOR_VERSION = "0.2.0"
"""Bump when extraction output can change for the same input (the store re-processes articles)."""


def load_language_tables() -> None:
    """Read every language table extraction uses (place words, claim words, boilerplate rules), so a
    broken one raises its DataFileError (file:line and fix) before the first article, not in each."""
    load_lexicon()
    load_claim_words()
    load_rules()


def _tokens_outside(text: str, excluded: tuple[Span, ...]) -> list[Token]:
    tokens: list[Token] = []
    cursor = 0
    for span in excluded:
        if span.start > cursor:
            tokens.extend(find_tokens(text, cursor, span.start))
        cursor = max(cursor, span.end)
    if cursor < len(text):
        tokens.extend(find_tokens(text, cursor))
    return tokens


def extract_places(
    article: Article, gaz: Gazetteer, *, lexicon: Lexicon | None = None, fuzzy: bool = True, with_claims: bool = True
) -> ArticleResult:
    """Find and resolve every place the article names, and (by default) the claims about them."""
    lexicon = lexicon or load_lexicon()
    text = article.text
    excluded = find_boilerplate(text)
    sentences = split_sentences(text, excluded)
    tokens = _tokens_outside(text, excluded)
    matches = find_matches(text, tokens, gaz, fuzzy=fuzzy)
    ctx = Context(text, tokens, matches, gaz, lexicon)
    resolutions = resolve_matches(ctx)

    sentence_starts = [s.start for s in sentences]
    token_starts = [t.start for t in tokens]
    flags: dict[int, tuple[bool, bool]] = {}

    def sentence_flags(offset: int) -> tuple[bool, bool]:
        idx = bisect.bisect_right(sentence_starts, offset) - 1
        if idx not in flags:
            words: list[Token] = []
            if idx >= 0:
                lo = bisect.bisect_left(token_starts, sentences[idx].start)
                words = tokens[lo:bisect.bisect_left(token_starts, sentences[idx].end)]
            flags[idx] = (has_stem(words, lexicon.event_stems), has_stem(words, lexicon.venue_stems))
        return flags[idx]

    mentions: list[Mention] = []
    rejected = []
    for m, res in zip(matches, resolutions, strict=True):
        if res.place is None:
            rejected.append(res)
            continue
        has_event, has_venue = sentence_flags(m.start)
        role = assign_role(
            ctx, res.place, m.start, m.end, m.first, m.count, m.prefix, res.candidate.cue,
            has_event=has_event, has_venue=has_venue,
        )
        mentions.append(Mention(m.start, m.end, text[m.start:m.end], res.place, role, res.confidence))
    covered = {i for m in matches for i in range(m.first, m.first + m.count)}
    unresolved = find_unresolved(ctx, covered)
    claims, contested = (
        extract_claims(article, tokens, sentences, mentions, version=EXTRACTOR_VERSION) if with_claims else ([], [])
    )
    return ArticleResult(
        article=article,
        excluded=excluded,
        sentences=sentences,
        mentions=tuple(mentions),
        unresolved=tuple(unresolved),
        rejected=tuple(rejected),
        claims=tuple(claims),
        contested=tuple(contested),
    )

