"""The pipeline: one article from file to record, through the three stages.

    text    (geo/text)    boilerplate spans, sentences, tokens with their lookup keys
    places  (geo/places)  mentions resolved to gazetteer places, with roles; unresolved names
    claims  (geo/claims)  who claims what about which places; contested places; the event roles claims settle

Owns the order of the stages and nothing else. ``extract`` is pure (no file, clock or network);
``run`` adds the reading of the file and the JSON record at the edges.
"""

from __future__ import annotations

import bisect
from dataclasses import replace
from typing import Any

from geo.claims.claimwords import load_claim_words
from geo.claims.extract import extract_claims
from geo.claims.settledroles import settle_roles
from geo.corpus.manifest import ManifestEntry
from geo.corpus.sources import load_article
from geo.model import Article, ArticleResult, Span
from geo.places.gazetteer import Gazetteer
from geo.places.glued import split_glued
from geo.places.lexicon import Lexicon, load_lexicon
from geo.places.mentions import find_mentions
from geo.records import EXTRACTOR_VERSION, article_record
from geo.text.boilerplate import find_boilerplate, load_rules
from geo.text.keys import TokenColumns, read_tokens
from geo.text.sentences import split_sentences

__all__ = ["EXTRACTOR_VERSION", "extract", "load_language_tables", "run"]


def load_language_tables() -> None:
    """Read every language table extraction uses (place words, claim words, boilerplate rules), so a
    broken one raises its DataFileError (file:line and fix) before the first article, not in each."""
    load_lexicon()
    load_claim_words()
    load_rules()


def _tokens_outside(columns: TokenColumns, excluded: tuple[Span, ...]) -> TokenColumns:
    """The tokens that start outside the excluded spans (both sorted by offset), with their columns."""
    if not excluded:
        return columns
    tokens, starts, keys = columns
    out = TokenColumns([], [], [])
    kept_from = 0
    for span in excluded:  # each span's tokens, found by bisection, are left out
        lo = bisect.bisect_left(starts, span.start, kept_from)
        for kept, column in zip(out, columns, strict=True):
            kept += column[kept_from:lo]
        kept_from = max(kept_from, bisect.bisect_left(starts, span.end, kept_from))
    for kept, column in zip(out, columns, strict=True):
        kept += column[kept_from:]
    return out


def _inside(offset: int, spans: tuple[Span, ...], starts: list[int]) -> bool:
    """Is ``offset`` inside one of ``spans`` (sorted, not overlapping; ``starts`` their starts)?
    A bisection: an article of many names and many boilerplate lines asks this of every name."""
    i = bisect.bisect_right(starts, offset) - 1
    return i >= 0 and offset < spans[i].end


MAX_EXTRACTED_CHARS = 1_000_000
"""Text past this many characters is kept but not read (a warning says so): no news article is
that long, and the bound keeps time and memory linear on a pasted dump of one name repeated."""


MAX_MENTIONS = 50_000
"""Mentions kept per article (a warning says when more were found): a real article has hundreds."""


def extract(article: Article, gaz: Gazetteer, *, lexicon: Lexicon | None = None, fuzzy: bool = True) -> ArticleResult:
    """Find and resolve every place the article names, and the claims about them."""
    lexicon = lexicon or load_lexicon()
    text = article.text
    excluded = find_boilerplate(text)
    cut = len(text)
    if cut > MAX_EXTRACTED_CHARS:
        cut = text.rfind("\n", 0, MAX_EXTRACTED_CHARS) + 1 or MAX_EXTRACTED_CHARS
        excluded = (*[Span(s.start, min(s.end, cut), s.reason) for s in excluded if s.start < cut],
                    Span(cut, len(text), "past the extraction limit"))
        article = replace(article, warnings=(*article.warnings, f"{article.path or article.id}: only the first "
                                             f"{cut:,} of {len(text):,} characters were read for places and claims"))
    sentences = split_sentences(text, excluded)
    every = split_glued(text, read_tokens(text, 0, cut), gaz)  # «أذربيجانوأرمينيا»: two words
    body = _tokens_outside(every, excluded)
    # page chrome names places too (every occurrence is a mention, chrome's in the context role,
    # docs/annotation.md), but no claim is read from it and its unknown words are not reported
    found = find_mentions(text, every.tokens, sentences, gaz, lexicon, fuzzy=fuzzy, columns=every)
    starts = [span.start for span in excluded]
    chrome = [_inside(m.start, excluded, starts) for m in found.mentions] if excluded else [False] * len(found.mentions)
    mentions = tuple(replace(m, role="context") if inside else m for m, inside in zip(found.mentions, chrome, strict=True))
    if len(mentions) > MAX_MENTIONS:
        article = replace(article, warnings=(*article.warnings, f"{article.path or article.id}: {len(mentions):,} "
                                             f"place mentions; only the first {MAX_MENTIONS:,} were kept"))
        mentions = mentions[:MAX_MENTIONS]
    in_body = [m for m, inside in zip(mentions, chrome, strict=False) if not inside]  # (mentions past the limit: shorter)
    claims, contested = extract_claims(article, body.tokens, sentences, in_body, version=EXTRACTOR_VERSION,
                                       starts=body.starts, keys=body.keys)
    mentions = settle_roles(mentions, claims, text)  # (the roles claims settle: geo/claims/settledroles.py)
    named = {m.place.place_id for m in mentions}
    implied = dict.fromkeys(p for c in claims for p in c.place_ids if p not in named and p in gaz.places)
    return ArticleResult(
        article=article,
        excluded=excluded,
        sentences=sentences,
        mentions=mentions,
        unresolved=tuple(u for u in found.unresolved if not _inside(u.start, excluded, starts)),
        rejected=found.rejected,
        claims=tuple(claims),
        contested=tuple(contested),
        implied=tuple(gaz.places[p] for p in implied),
    )


def run(entry: ManifestEntry, gaz: Gazetteer) -> dict[str, Any]:
    """Read the article a manifest entry names and extract it: its JSON record (geo/records.py).
    Raises a GeoError subclass when the file cannot be read."""
    return article_record(extract(load_article(entry), gaz))
