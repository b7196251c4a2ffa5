"""What an analyst reviews besides claims: the mentions of a place (each in its sentence's
context), the names the machine could not place, and who reviewed a claim, when and why.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from geo.store.schema import articles, claim_places, claims, corrections, mentions, unresolved

CONTEXT_CHARS = 70


def _context(text: str, start: int, end: int) -> str:
    """The words around a span, on one line, cut at word boundaries."""
    left = text[max(0, start - CONTEXT_CHARS):start]
    right = text[end:end + CONTEXT_CHARS]
    if start > CONTEXT_CHARS and " " in left:
        left = "… " + left.split(" ", 1)[1]
    if end + CONTEXT_CHARS < len(text) and " " in right:
        right = right.rsplit(" ", 1)[0] + " …"
    return " ".join((left + text[start:end] + right).split())


def place_mentions(conn: Connection, place_id: str, *, limit: int = 20) -> list[dict[str, Any]]:
    """The place's mentions, newest article first: article, span, the name as written, its role,
    whether a person reviewed it, and its context."""
    rows = conn.execute(
        select(mentions.c.start, mentions.c.end, mentions.c.surface, mentions.c.role, mentions.c.reviewed,
               articles.c.article_id, articles.c.title, articles.c.text)
        .join(articles, articles.c.article_key == mentions.c.article_key)
        .where(mentions.c.place_id == place_id)
        .order_by(articles.c.published.desc(), articles.c.article_id, mentions.c.start).limit(limit)
    ).mappings()
    return [{"article_id": r["article_id"], "title": r["title"] or r["article_id"], "start": r["start"],
             "end": r["end"], "surface": r["surface"], "role": r["role"], "reviewed": bool(r["reviewed"]),
             "context": _context(r["text"], r["start"], r["end"])} for r in rows]


def unresolved_names(conn: Connection, *, limit: int = 15) -> list[dict[str, Any]]:
    """Names the machine found but could not place, the most frequent first (each with its first
    occurrence, which a correction points at, and how many times it occurs)."""
    counts = {surface: n for surface, n in conn.execute(
        select(unresolved.c.surface, func.count()).group_by(unresolved.c.surface))}
    firsts: dict[str, Any] = {}
    for r in conn.execute(
        select(unresolved.c.surface, unresolved.c.start, unresolved.c.end, unresolved.c.article_key)
        .join(articles, articles.c.article_key == unresolved.c.article_key)
        .order_by(articles.c.published.desc(), articles.c.article_id, unresolved.c.start)
    ).mappings():
        firsts.setdefault(r["surface"], r)
    shown = sorted(firsts.values(), key=lambda r: (-counts[r["surface"]], r["surface"]))[:limit]
    # the articles' texts (for the context) are read only for the names shown
    texts = {key: (aid, title, text) for key, aid, title, text in conn.execute(
        select(articles.c.article_key, articles.c.article_id, articles.c.title, articles.c.text)
        .where(articles.c.article_key.in_({r["article_key"] for r in shown})))}
    out = []
    for r in shown:
        article_id, title, text = texts[r["article_key"]]
        out.append({"surface": r["surface"], "count": counts[r["surface"]], "article_id": article_id,
                    "title": title or article_id, "start": r["start"], "end": r["end"],
                    "context": _context(text, r["start"], r["end"])})
    return out


def claim_reviews(conn: Connection, article_id: str, start: int, end: int) -> list[dict[str, Any]]:
    """Who reviewed a claim at this span, when, what they did and why (oldest first)."""
    rows = conn.execute(
        select(corrections.c.author, corrections.c.created_at, corrections.c.action, corrections.c.reason)
        .where(corrections.c.kind == "claim", corrections.c.article_id == article_id, corrections.c.start == start,
               corrections.c.end == end)
        .order_by(corrections.c.created_at, corrections.c.pk)
    ).mappings()
    return [{"author": r["author"], "when": r["created_at"].isoformat(sep=" ", timespec="minutes"),
             "action": r["action"], "reason": r["reason"] or ""} for r in rows]


def claim_place_ids(conn: Connection, article_id: str, claim_id: str) -> list[str]:
    """The places a stored claim is about, as their ids (what a correction of its places starts from)."""
    return [r[0] for r in conn.execute(
        select(claim_places.c.place_id)
        .join(claims, claims.c.pk == claim_places.c.claim_pk)
        .join(articles, articles.c.article_key == claims.c.article_key)
        .where(articles.c.article_id == article_id, claims.c.claim_id == claim_id)
        .order_by(claim_places.c.place_id))]
