"""The questions the dashboard and exports ask the store, under the analyst's filters.

Owns: Filters, and three queries that behave the same on SQLite and PostgreSQL:
- place_counts: every place with its number of claims per side (and in total) and whether it
  is contested;
- place_claims: the claims about one place, newest first, a page at a time, with their article;
- contested_claims: for a contested place, the claims of each side side by side.
Dates filter on the event date when the claim gives one, else on the article's date.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, case, exists, func, or_, select
from sqlalchemy.engine import Connection
from sqlalchemy.sql.elements import ColumnElement

from geo.claimwords import SIDES
from geo.store import (
    article_contested,
    articles,
    claim_places,
    claims,
    contested_places,
    places,
)

ALL_SIDES = (*SIDES, "none")


@dataclass(frozen=True)
class Filters:
    sides: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    outlets: tuple[str, ...] = ()
    article_ids: tuple[str, ...] = ()
    contested_only: bool = False
    text: str = ""


NO_FILTERS = Filters()


def _claim_conditions(f: Filters) -> list[ColumnElement[bool]]:
    cond: list[ColumnElement[bool]] = []
    if f.sides:
        cond.append(claims.c.side.in_(f.sides))
    if f.types:
        cond.append(claims.c.type.in_(f.types))
    when = func.coalesce(claims.c.event_date, articles.c.published)
    if f.date_from:
        cond.append(when >= f.date_from)
    if f.date_to:
        cond.append(when <= f.date_to)
    if f.outlets:
        cond.append(articles.c.outlet.in_(f.outlets))
    if f.article_ids:
        cond.append(articles.c.article_id.in_(f.article_ids))
    if f.text.strip():
        needle = f"%{f.text.strip()}%"
        cond.append(or_(claims.c.text.like(needle), claims.c.speaker.like(needle), claims.c.speaker_en.like(needle)))
    return cond


def _is_contested() -> ColumnElement[bool]:
    return or_(
        exists().where(contested_places.c.place_id == places.c.place_id),
        exists().where(article_contested.c.place_id == places.c.place_id),
    )


def place_counts(conn: Connection, f: Filters = NO_FILTERS) -> list[dict[str, Any]]:
    """Places with claims under the filters: counts per side, total, contested flag."""
    side_cols = [func.sum(case((claims.c.side == s, 1), else_=0)).label(s) for s in ALL_SIDES]
    query = (
        select(claim_places.c.place_id, func.count().label("total"), *side_cols)
        .select_from(claim_places.join(claims, claims.c.pk == claim_places.c.claim_pk)
                     .join(articles, articles.c.article_key == claims.c.article_key))
        .where(and_(True, *_claim_conditions(f)))
        .group_by(claim_places.c.place_id)
        .subquery()
    )
    rows = conn.execute(
        select(places, query, _is_contested().label("contested"))
        .select_from(places.join(query, query.c.place_id == places.c.place_id))
        .where(_is_contested() if f.contested_only else and_(True))
        .order_by(query.c.total.desc(), places.c.place_id)
    ).mappings()
    out = []
    for r in rows:
        item = {k: r[k] for k in ("place_id", "name", "name_ar", "lat", "lon", "kind", "country", "total")}
        item["alt_names"] = json.loads(r["alt_names"] or "[]")
        item["by_side"] = {s: int(r[s] or 0) for s in ALL_SIDES if r[s]}
        item["contested"] = bool(r["contested"])
        out.append(item)
    return out


def place_claims(
    conn: Connection, place_id: str, f: Filters = NO_FILTERS, *, page: int = 0, page_size: int = 20
) -> tuple[list[dict[str, Any]], int]:
    """The claims about one place, newest first: (one page of them, how many in all)."""
    base = (
        select(claims, articles.c.article_id, articles.c.title, articles.c.outlet, articles.c.url,
               articles.c.published)
        .select_from(claim_places.join(claims, claims.c.pk == claim_places.c.claim_pk)
                     .join(articles, articles.c.article_key == claims.c.article_key))
        .where(claim_places.c.place_id == place_id, *_claim_conditions(f))
    )
    total = conn.execute(select(func.count()).select_from(base.subquery())).scalar() or 0
    when = func.coalesce(claims.c.event_date, articles.c.published)
    rows = conn.execute(
        base.order_by(when.desc().nulls_last(), articles.c.published.desc().nulls_last(), claims.c.pk)
        .limit(page_size).offset(page * page_size)
    ).mappings()
    return [_claim_row(r) for r in rows], int(total)


def contested_claims(conn: Connection, place_id: str, f: Filters = NO_FILTERS, *, limit: int = 50) -> dict[str, list[dict[str, Any]]]:
    """For one place, each side's claims (newest first), sides with claims only."""
    rows, _ = place_claims(conn, place_id, f, page=0, page_size=limit * 4)
    by_side: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        if row["side"] in ("none", "other"):
            continue
        bucket = by_side.setdefault(row["side"], [])
        if len(bucket) < limit:
            bucket.append(row)
    return by_side


def claim_place_rows(conn: Connection, f: Filters = NO_FILTERS) -> list[dict[str, Any]]:
    """Every (claim, place) pair under the filters, with the place's point and the article (for exports)."""
    query = (
        select(claims, places.c.place_id, places.c.name.label("place"), places.c.lat, places.c.lon,
               articles.c.article_id, articles.c.title, articles.c.outlet, articles.c.url, articles.c.published)
        .select_from(claim_places.join(claims, claims.c.pk == claim_places.c.claim_pk)
                     .join(articles, articles.c.article_key == claims.c.article_key)
                     .join(places, places.c.place_id == claim_places.c.place_id))
        .where(and_(True, *_claim_conditions(f)))
        .order_by(places.c.place_id, articles.c.published.desc().nulls_last(), claims.c.pk)
    )
    if f.contested_only:
        query = query.where(_is_contested())
    out = []
    for r in conn.execute(query).mappings():
        row = _claim_row(r)
        row.update(place_id=r["place_id"], place=r["place"], lat=r["lat"], lon=r["lon"])
        out.append(row)
    return out


def contested_place_ids(conn: Connection) -> list[str]:
    ids = {r[0] for r in conn.execute(select(contested_places.c.place_id))}
    ids |= {r[0] for r in conn.execute(select(article_contested.c.place_id).distinct())}
    return sorted(ids)


def outlets(conn: Connection) -> list[str]:
    return [r[0] for r in conn.execute(
        select(articles.c.outlet).where(articles.c.outlet.is_not(None)).distinct().order_by(articles.c.outlet))]


def _claim_row(r: Any) -> dict[str, Any]:
    return {
        "claim_id": r["claim_id"],
        "text": r["text"],
        "speaker": r["speaker"],
        "speaker_en": r["speaker_en"],
        "side": r["side"],
        "type": r["type"],
        "polarity": r["polarity"],
        "date": r["event_date"],
        "numbers": json.loads(r["numbers"] or "[]"),
        "confidence": r["confidence"],
        "article_id": r["article_id"],
        "title": r["title"],
        "outlet": r["outlet"],
        "url": r["url"],
        "published": r["published"],
        "start": r["start"],
        "end": r["end"],
    }


def sides_present(rows: Sequence[dict[str, Any]]) -> set[str]:
    return {r["side"] for r in rows}
