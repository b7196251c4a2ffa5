"""The questions the dashboard and exports ask the store, under the analyst's filters.

Owns: Filters, and three queries that behave the same on SQLite and PostgreSQL:
- place_counts: every place with its number of claims per side (and in total) and whether it
  is contested;
- place_claims: the claims about one place, newest first, a page at a time, with their article;
- contested_claims: for a contested place, the claims of each side side by side.
Dates filter on the event date when the claim gives one, else on the article's date. The
filters are answered from the claim-place links, which carry their claim's side, type, date and
outlet (schema version 3); only a text search or an article filter joins the claims.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, func, select
from sqlalchemy.engine import Connection
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.selectable import FromClause

from geo.model import SIDES
from geo.store.schema import (
    UNKNOWN_DATE,
    article_contested,
    articles,
    claim_places,
    claims,
    contested_places,
    place_side_counts,
    places,
    search_key,
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
    reviewed: bool | None = None
    """True: only claims a person confirmed or corrected; False: only the machine's."""


NO_FILTERS = Filters()


def _link_conditions(f: Filters) -> list[ColumnElement[bool]]:
    """Filters that the claim-place links answer alone (their copied side, type, date, outlet)."""
    cond: list[ColumnElement[bool]] = []
    if f.sides:
        cond.append(claim_places.c.side.in_(f.sides))
    if f.types:
        cond.append(claim_places.c.type.in_(f.types))
    if f.date_from:
        cond.append(claim_places.c.when_date >= f.date_from)
    if f.date_to:
        cond.append(claim_places.c.when_date <= f.date_to)
        cond.append(claim_places.c.when_date > UNKNOWN_DATE)
    if f.outlets:
        cond.append(claim_places.c.outlet.in_(f.outlets))
    return cond


def _needs_claims(f: Filters) -> bool:
    return bool(f.text.strip() or f.article_ids or f.reviewed is not None)


def _joined_conditions(f: Filters) -> list[ColumnElement[bool]]:
    cond: list[ColumnElement[bool]] = []
    needle = search_key(f.text).strip()
    if needle:  # folded on both sides: harakat, hamza forms, case and backend do not matter
        cond.append(claims.c.search_key.like(f"%{needle}%"))
    if f.article_ids:
        cond.append(articles.c.article_id.in_(f.article_ids))
    if f.reviewed is True:
        cond.append(claims.c.reviewed == 1)
    elif f.reviewed is False:
        cond.append(claims.c.reviewed.is_(None))
    return cond


def _links(f: Filters) -> tuple[FromClause, list[ColumnElement[bool]]]:
    source: FromClause = claim_places
    if _needs_claims(f):
        source = claim_places.join(claims, claims.c.pk == claim_places.c.claim_pk)
        if f.article_ids:
            source = source.join(articles, articles.c.article_key == claims.c.article_key)
    return source, [*_link_conditions(f), *_joined_conditions(f)]


def _unfiltered(f: Filters) -> bool:
    return not (f.sides or f.types or f.date_from or f.date_to or f.outlets or _needs_claims(f))


def place_counts(conn: Connection, f: Filters = NO_FILTERS) -> list[dict[str, Any]]:
    """Places with claims under the filters: counts per side, total, contested flag; most claims first."""
    if _unfiltered(f):  # the map's default view: the counts kept after each ingest
        counted = conn.execute(select(place_side_counts.c.place_id, place_side_counts.c.side,
                                      place_side_counts.c.claims))
    else:
        source, cond = _links(f)
        counted = conn.execute(
            select(claim_places.c.place_id, claim_places.c.side, func.count())
            .select_from(source).where(and_(True, *cond))
            .group_by(claim_places.c.place_id, claim_places.c.side)
        )
    by_place: dict[str, dict[str, int]] = {}
    for place_id, side, n in counted:
        by_place.setdefault(place_id, {})[side] = int(n)
    contested = set(contested_place_ids(conn))
    if f.contested_only:
        by_place = {k: v for k, v in by_place.items() if k in contested}
    rows: Iterable[Any] = (
        conn.execute(select(places).where(places.c.place_id.in_(list(by_place)))).mappings() if by_place else []
    )
    out = []
    for r in rows:
        sides = by_place[r["place_id"]]
        item = {k: r[k] for k in ("place_id", "name", "name_ar", "lat", "lon", "kind", "country")}
        item["alt_names"] = json.loads(r["alt_names"] or "[]")
        item["by_side"] = {s: sides[s] for s in ALL_SIDES if sides.get(s)}
        item["total"] = sum(sides.values())
        item["contested"] = r["place_id"] in contested
        out.append(item)
    out.sort(key=lambda p: (-p["total"], p["place_id"]))
    return out


def place_claims(
    conn: Connection, place_id: str, f: Filters = NO_FILTERS, *, page: int = 0, page_size: int = 20
) -> tuple[list[dict[str, Any]], int]:
    """The claims about one place, newest first: (one page of them, how many in all)."""
    source, cond = _links(f)
    where = and_(claim_places.c.place_id == place_id, *cond)
    total = conn.execute(select(func.count()).select_from(source).where(where)).scalar() or 0
    page_keys = (
        select(claim_places.c.claim_pk, claim_places.c.when_date)
        .select_from(source).where(where)
        .order_by(claim_places.c.when_date.desc(), claim_places.c.claim_pk)
        .limit(page_size).offset(page * page_size)
        .subquery()
    )
    rows = conn.execute(
        select(claims, articles.c.article_id, articles.c.title, articles.c.outlet, articles.c.url,
               articles.c.published, page_keys.c.when_date)
        .select_from(page_keys.join(claims, claims.c.pk == page_keys.c.claim_pk)
                     .join(articles, articles.c.article_key == claims.c.article_key))
        .order_by(page_keys.c.when_date.desc(), page_keys.c.claim_pk)
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
        .where(and_(True, *_link_conditions(f), *_joined_conditions(f)))
        .order_by(places.c.place_id, claim_places.c.when_date.desc(), claims.c.pk)
    )
    if f.contested_only:
        query = query.where(places.c.place_id.in_(contested_place_ids(conn)))
    out = []
    for r in conn.execute(query).mappings():
        row = _claim_row(r)
        row.update(place_id=r["place_id"], place=r["place"], lat=r["lat"], lon=r["lon"])
        out.append(row)
    return out


def claims_per_day(conn: Connection, f: Filters = NO_FILTERS) -> list[tuple[dt.date, str, int]]:
    """(day, side, claims) under the filters, oldest first: the timeline. A claim about several
    places counts once; claims with no known date are left out."""
    source, cond = _links(f)
    if f.contested_only:
        cond.append(claim_places.c.place_id.in_(contested_place_ids(conn)))
    rows = conn.execute(
        select(claim_places.c.when_date, claim_places.c.side, func.count(func.distinct(claim_places.c.claim_pk)))
        .select_from(source).where(and_(claim_places.c.when_date > UNKNOWN_DATE, *cond))
        .group_by(claim_places.c.when_date, claim_places.c.side).order_by(claim_places.c.when_date)
    )
    return [(as_date(day), side, int(n)) for day, side, n in rows]


def claim_summary(conn: Connection, f: Filters = NO_FILTERS) -> dict[str, dict[str, int]]:
    """Claims under the filters counted by side and by type (a claim about several places once)."""
    source, cond = _links(f)
    if f.contested_only:
        cond.append(claim_places.c.place_id.in_(contested_place_ids(conn)))
    out: dict[str, dict[str, int]] = {"side": {}, "type": {}}
    for key, column in (("side", claim_places.c.side), ("type", claim_places.c.type)):
        rows = conn.execute(select(column, func.count(func.distinct(claim_places.c.claim_pk)))
                            .select_from(source).where(and_(True, *cond)).group_by(column))
        out[key] = {value: int(n) for value, n in sorted(rows, key=lambda r: (-r[1], r[0]))}
    return out


def as_date(value: Any) -> dt.date:
    """A date column's value as a date (SQLite may give ISO text)."""
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def review_queue(conn: Connection, *, limit: int = 15) -> list[dict[str, Any]]:
    """Claims no person has reviewed yet, least confident first, with a place each is about."""
    rows = conn.execute(
        select(claims.c.start, claims.c.end, claims.c.text, claims.c.side, claims.c.confidence, claims.c.claim_id,
               articles.c.article_id, func.min(claim_places.c.place_id).label("place_id"))
        .select_from(claims.join(articles, articles.c.article_key == claims.c.article_key)
                     .join(claim_places, claim_places.c.claim_pk == claims.c.pk))
        .where(claims.c.reviewed.is_(None))
        .group_by(claims.c.pk, claims.c.start, claims.c.end, claims.c.text, claims.c.side, claims.c.confidence,
                  claims.c.claim_id, articles.c.article_id)
        .order_by(claims.c.confidence, claims.c.pk).limit(limit)
    ).mappings()
    return [dict(r) for r in rows]


def contested_place_ids(conn: Connection) -> list[str]:
    ids = {r[0] for r in conn.execute(select(contested_places.c.place_id))}
    ids |= {r[0] for r in conn.execute(select(article_contested.c.place_id).distinct())}
    return sorted(ids)


def article_choices(conn: Connection, *, limit: int = 5000) -> list[tuple[str, str]]:
    """(article id, "title (published)") of the newest articles, for a picker."""
    rows = conn.execute(
        select(articles.c.article_id, articles.c.title, articles.c.published)
        .order_by(articles.c.published.desc(), articles.c.article_id).limit(limit)
    )
    return [(aid, f"{title or aid} ({published or '—'})") for aid, title, published in rows]


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
        "reviewed": bool(r.get("reviewed")),
        "machine": json.loads(r["machine"]) if r.get("machine") else None,
    }

