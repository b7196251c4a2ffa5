"""Writing articles' extraction as rows: a batch of articles, one statement per table, inside the
caller's transaction; replacing or deleting an article's rows with the per-place counts kept right.

Does not open stores (geo/store/engine.py) nor batch an ingest (geo/store/ingest.py).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Table, delete, func, select
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError

from geo.store.schema import (
    UNKNOWN_DATE,
    _insert,
    add_place_counts,
    article_contested,
    articles,
    claim_places,
    claims,
    mentions,
    places,
    unresolved,
)


def content_key(text_value: str) -> str:
    """An article's identity: the SHA-256 of its decoded text."""
    return hashlib.sha256(text_value.encode("utf-8")).hexdigest()




def known_articles(conn: Connection, version: str) -> set[str]:
    """Keys of the articles already extracted by ``version``."""
    rows = conn.execute(select(articles.c.article_key).where(articles.c.extractor_version == version))
    return {r[0] for r in rows}


def write_article(conn: Connection, record: dict[str, Any]) -> str:
    """Write one article's rows (inside the caller's transaction): write_articles for one record."""
    return write_articles(conn, [record])[0]


def write_articles(conn: Connection, records: Sequence[dict[str, Any]]) -> list[str]:
    """Write a batch of articles' rows (inside the caller's transaction). Returns, for each record,
    new, updated or unchanged.

    A record is the JSON object of geo.records.article_record plus "article_key" and "text". An
    article already there with the same extractor version is left alone; with another version its
    rows are replaced. The same text twice in one batch is written once (the second is unchanged).

    Each table gets one statement for the whole batch, not one per article: the statements, not
    the rows, were most of the writer's time (SQLAlchemy builds and runs each one in Python).
    """
    if not records:
        return []
    keys = list(dict.fromkeys(r["article_key"] for r in records))
    find = select(articles.c.article_key, articles.c.extractor_version).where(articles.c.article_key.in_(keys))
    if conn.dialect.name == "postgresql":
        find = find.with_for_update()
    existing: dict[str, str] = {k: v for k, v in conn.execute(find).all()}
    statuses: list[str] = []
    todo: dict[str, dict[str, Any]] = {}
    for record in records:
        key = record["article_key"]
        old = existing.get(key)
        if key in todo or old == record["extractor_version"]:
            statuses.append("unchanged")
            continue
        if old is not None:
            delete_article(conn, key)
        statuses.append("new" if old is None else "updated")
        todo[key] = record
    if not todo:
        return statuses
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    inserted = {row[0] for row in conn.execute(
        _insert(conn, articles).on_conflict_do_nothing(index_elements=["article_key"]).returning(articles.c.article_key),
        [{"article_key": key, "article_id": r["id"], "path": r.get("path"), "published": _date(r.get("published")),
          "title": r.get("title"), "outlet": r.get("outlet"), "url": r.get("url"), "encoding": r.get("encoding"),
          "warnings": json.dumps(r.get("warnings", []), ensure_ascii=False),
          "extractor_version": r["extractor_version"], "text": r["text"], "ingested_at": now}
         for key, r in todo.items()],
    )}
    for i, record in enumerate(records):
        if statuses[i] != "unchanged" and record["article_key"] not in inserted:
            statuses[i] = "unchanged"  # another ingest wrote it a moment ago
    written = [r for key, r in todo.items() if key in inserted]
    _write_children(conn, written)
    return statuses


def _write_children(conn: Connection, written: Sequence[dict[str, Any]]) -> None:
    """The rows that hang off newly inserted articles: places, mentions, claims and their links."""
    _upsert_places(conn, {p["place_id"]: p for r in written for p in r["places"]}.values())
    _bulk_insert(conn, mentions, ("article_key", "start", "end", "surface", "place_id", "role", "confidence"), [
        (r["article_key"], m["start"], m["end"], m["surface"], m["place_id"], m["role"], m["confidence"])
        for r in written for m in r["mentions"]
    ])
    with_claims = [r for r in written if r["claims"]]
    _bulk_insert(conn, claims, ("article_key", "claim_id", "start", "end", "text", "speaker", "speaker_en", "side",
                                "type", "polarity", "event_date", "confidence", "numbers", "speaker_start",
                                "speaker_end"), [
        (r["article_key"], c["id"], c["start"], c["end"], c["text"], c["speaker"], c["speaker_en"], c["side"],
         c["type"], c["polarity"], _iso(c["date"]), c["confidence"], json.dumps(c["numbers"], ensure_ascii=False),
         c.get("speaker_start"), c.get("speaker_end"))
        for r in with_claims for c in r["claims"]
    ])
    if with_claims:
        pks = {(key, claim_id): pk for key, claim_id, pk in conn.execute(
            select(claims.c.article_key, claims.c.claim_id, claims.c.pk)
            .where(claims.c.article_key.in_([r["article_key"] for r in with_claims]))
        ).all()}
        links: list[tuple[Any, ...]] = []
        for r in with_claims:
            published = _iso(r.get("published"))
            key, outlet = r["article_key"], r.get("outlet")
            for c in r["claims"]:
                when = _iso(c["date"]) or published or UNKNOWN_DATE.isoformat()
                pk = pks[(key, c["id"])]
                links.extend((pk, place_id, c["side"], c["type"], c["polarity"], when, outlet)
                             for place_id in dict.fromkeys(c["place_ids"]))
        _bulk_insert(conn, claim_places, ("claim_pk", "place_id", "side", "type", "polarity", "when_date", "outlet"),
                     links)
        add_place_counts(conn, Counter((link[1], link[2]) for link in links))
    _bulk_insert(conn, article_contested, ("article_key", "place_id"),
                 [(r["article_key"], p) for r in written for p in r["contested"]])
    _bulk_insert(conn, unresolved, ("article_key", "start", "end", "surface"),
                 [(r["article_key"], u["start"], u["end"], u["surface"]) for r in written for u in r["unresolved"]])


def _bulk_insert(conn: Connection, table: Table, columns: tuple[str, ...], rows: list[tuple[Any, ...]]) -> None:
    """Insert ``rows`` (tuples in ``columns`` order; dates as ISO strings) in the caller's transaction.

    The rows go to the driver as they are, without SQLAlchemy's per-row parameter handling (it
    cost more than the database's own work): COPY on PostgreSQL, one prepared executemany on
    SQLite. Errors are SQLAlchemy's, as for any statement (see _copy_rows).
    """
    if not rows:
        return
    quote = conn.dialect.identifier_preparer.quote
    names = ", ".join(quote(c) for c in columns)
    if conn.dialect.name == "postgresql" and conn.dialect.driver == "psycopg":
        _copy_rows(conn, f"COPY {quote(table.name)} ({names}) FROM STDIN", rows)
    elif conn.dialect.name == "sqlite":
        marks = ", ".join("?" * len(columns))
        conn.exec_driver_sql(f"INSERT INTO {quote(table.name)} ({names}) VALUES ({marks})", rows)
    else:
        conn.execute(table.insert(), [dict(zip(columns, row, strict=True)) for row in rows])


def _copy_rows(conn: Connection, statement: str, rows: list[tuple[Any, ...]]) -> None:
    """COPY ``rows`` on the connection's psycopg connection, inside its transaction.

    A driver error becomes the SQLAlchemy error a statement would have raised (IntegrityError,
    OperationalError…), so the batch loop treats it the same way, and a lost connection is
    invalidated so the pool does not hand it out again.
    """
    driver = conn.connection.driver_connection
    assert driver is not None, "a connection in a transaction has its driver connection"
    dbapi = conn.dialect.loaded_dbapi
    try:
        with driver.cursor() as cursor, cursor.copy(statement) as copy:
            for row in rows:
                copy.write_row(row)
    except dbapi.Error as err:
        lost = conn.dialect.is_disconnect(err, driver, None)
        if lost:
            conn.invalidate(err)
        raise DBAPIError.instance(statement, None, err, dbapi.Error, dialect=conn.dialect,
                                  connection_invalidated=lost) from err


def _iso(value: str | dt.date | None) -> str | None:
    """A date as the ISO text both backends read into a date column (validated on the way)."""
    day = _date(value)
    return None if day is None else day.isoformat()


def delete_article(conn: Connection, key: str) -> None:
    claim_pks = select(claims.c.pk).where(claims.c.article_key == key)
    gone = conn.execute(
        select(claim_places.c.place_id, claim_places.c.side, func.count())
        .where(claim_places.c.claim_pk.in_(claim_pks)).group_by(claim_places.c.place_id, claim_places.c.side)
    ).all()
    conn.execute(delete(claim_places).where(claim_places.c.claim_pk.in_(claim_pks)))
    add_place_counts(conn, {(place_id, side): -n for place_id, side, n in gone})
    for table in (claims, mentions, article_contested, unresolved, articles):
        conn.execute(delete(table).where(table.c.article_key == key))


def _upsert_places(conn: Connection, rows: Iterable[dict[str, Any]]) -> None:
    values = [
        {"place_id": p["place_id"], "name": p["name"], "name_ar": p["name_ar"],
         "alt_names": json.dumps(p.get("alt_names", []), ensure_ascii=False), "lat": p["lat"], "lon": p["lon"],
         "kind": p["kind"], "country": p.get("country"), "source": p.get("source"), "layer": p.get("layer")}
        for p in rows
    ]
    if values:
        conn.execute(_insert(conn, places).on_conflict_do_nothing(index_elements=["place_id"]), values)


def _date(value: str | dt.date | None) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(value)
