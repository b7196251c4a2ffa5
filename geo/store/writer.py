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

from geo.records import place_record
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
    search_key,
    unresolved,
)


def content_key(text_value: str) -> str:
    """An article's version: the SHA-256 of its decoded text."""
    return hashlib.sha256(text_value.encode("utf-8")).hexdigest()


def article_key(article_id: str) -> str:
    """An article's identity in the store: made from its id (the manifest's id, else its path), so
    an edited text replaces the article instead of adding a second copy."""
    return hashlib.sha256(f"article:{article_id}".encode()).hexdigest()


def known_articles(conn: Connection, version: str) -> set[str]:
    """The (id, text hash) pairs stored by extractor ``version``, as ``known_pair`` strings: an
    entry whose pair is known needs no extraction."""
    rows = conn.execute(select(articles.c.article_id, articles.c.content_hash)
                        .where(articles.c.extractor_version == version))
    return {known_pair(article_id, digest) for article_id, digest in rows}


def known_pair(article_id: str, digest: str) -> str:
    return f"{article_id}\x00{digest}"


METADATA = ("path", "published", "title", "outlet", "url")
"""The article columns a manifest row sets: changed alone, they are updated in place."""


def write_article(conn: Connection, record: dict[str, Any]) -> str:
    """Write one article's rows (inside the caller's transaction): write_articles for one record."""
    return write_articles(conn, [record])[0]


def write_articles(conn: Connection, records: Sequence[dict[str, Any]]) -> list[str]:
    """Write a batch of articles' rows (inside the caller's transaction). Returns, for each record,
    new, updated or unchanged.

    A record is the JSON object of geo.records.article_record plus "text". Its identity is its id
    (``article_key``), its version the hash of its text: the same id and text with the same
    extractor version is left alone; another text or version replaces all its rows (mentions,
    claims, links, per-place counts) in this transaction. A text already stored under another
    id is a duplicate and is not stored again (unchanged).

    Each table gets one statement for the whole batch, not one per article: the statements, not
    the rows, were most of the writer's time (SQLAlchemy builds and runs each one in Python).
    """
    if not records:
        return []
    for record in records:
        record["article_key"] = article_key(record["id"])
        record["content_hash"] = content_key(record["text"])
    ids = list(dict.fromkeys(r["id"] for r in records))
    find = select(articles.c.article_id, articles.c.article_key, articles.c.content_hash,
                  articles.c.extractor_version).where(articles.c.article_id.in_(ids))
    if conn.dialect.name == "postgresql":
        find = find.with_for_update()
    existing = {row[0]: row[1:] for row in conn.execute(find).all()}
    hashes = list(dict.fromkeys(r["content_hash"] for r in records))
    elsewhere = {digest for article_id, digest in conn.execute(
        select(articles.c.article_id, articles.c.content_hash).where(articles.c.content_hash.in_(hashes))).all()
        if article_id not in ids}
    statuses: list[str] = []
    todo: dict[str, dict[str, Any]] = {}
    taken: set[str] = set()
    for record in records:
        key, digest = record["article_key"], record["content_hash"]
        old = existing.get(record["id"])
        same = old is not None and old[1] == digest and old[2] == record["extractor_version"]
        if key in todo or same or digest in elsewhere or (old is None and digest in taken):
            if same:
                update_metadata(conn, [record])
            statuses.append("unchanged")
            continue
        if old is not None:
            delete_article(conn, old[0])
        statuses.append("new" if old is None else "updated")
        todo[key] = record
        taken.add(digest)
    if not todo:
        return statuses
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    inserted = {row[0] for row in conn.execute(
        _insert(conn, articles).on_conflict_do_nothing(index_elements=["article_key"]).returning(articles.c.article_key),
        [{"article_key": key, "article_id": r["id"], "path": r.get("path"), "published": _date(r.get("published")),
          "title": r.get("title"), "outlet": r.get("outlet"), "url": r.get("url"), "encoding": r.get("encoding"),
          "warnings": json.dumps(r.get("warnings", []), ensure_ascii=False),
          "extractor_version": r["extractor_version"], "text": r["text"], "ingested_at": now,
          "content_hash": r["content_hash"], "machine_record": machine_record(r)}
         for key, r in todo.items()],
    )}
    for i, record in enumerate(records):
        if statuses[i] != "unchanged" and record["article_key"] not in inserted:
            statuses[i] = "unchanged"  # another ingest wrote it a moment ago
    written = [r for key, r in todo.items() if key in inserted]
    _write_children(conn, corrected(conn, written))
    return statuses


def machine_record(record: dict[str, Any]) -> str:
    """What the extractor made of an article, kept so that corrections can be applied again."""
    keep = ("mentions", "places", "claims", "contested", "unresolved")
    return json.dumps({k: record[k] for k in keep}, ensure_ascii=False)


def corrected(conn: Connection, records: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """The records with their articles' corrections applied (geo/store/corrections.py)."""
    from geo.store.corrections import apply_corrections, list_corrections

    by_article: dict[str, list[Any]] = {}
    for c in list_corrections(conn, article_ids=[r["id"] for r in records]):
        by_article.setdefault(c.article_id or "", []).append(c)
    if not by_article:
        return list(records)
    known = stored_places(conn)
    out = []
    for r in records:
        items = by_article.get(r["id"])
        out.append(apply_corrections(r, items, known)[0] if items else r)
    return out


def stored_places(conn: Connection) -> dict[str, dict[str, Any]]:
    """Every stored place as a place record (id -> record): what a correction may point to."""
    return {row.place_id: dict(row._mapping, alt_names=json.loads(row.alt_names or "[]"))
            for row in conn.execute(select(places))}


def reapply_corrections(conn: Connection, article_id: str) -> list[Any]:
    """Rewrite one stored article's rows from the machine's record with its corrections (after an
    analyst corrected it). Returns the corrections that no longer fit its text (stale)."""
    from geo.store.corrections import apply_corrections, list_corrections, stored_record

    find = select(articles).where(articles.c.article_id == article_id)
    if conn.dialect.name == "postgresql":
        find = find.with_for_update()  # two analysts on one article: the second waits, then sees both
    row = conn.execute(find).mappings().first()
    if row is None:
        return []
    base = json.loads(row["machine_record"]) if row["machine_record"] else stored_record(conn, row["article_key"])
    record = {**base, "id": article_id, "article_key": row["article_key"], "content_hash": row["content_hash"],
              "text": row["text"], "published": _iso(row["published"]), "outlet": row["outlet"]}
    known = stored_places(conn)
    fixed, stale = apply_corrections(record, list_corrections(conn, article_ids=[article_id]), known)
    delete_children(conn, row["article_key"])
    _write_children(conn, [fixed])
    return stale


def correct(conn: Connection, correction: Any) -> Any:
    """Record an analyst's correction and apply it to the stored rows at once, in the caller's
    transaction (the article is locked first, so concurrent corrections of it are all applied)."""
    from geo.store.corrections import check, record_correction

    correction = check(correction)
    if correction.article_id:
        lock = select(articles.c.article_key, articles.c.content_hash).where(articles.c.article_id == correction.article_id)
        row = conn.execute(lock.with_for_update() if conn.dialect.name == "postgresql" else lock).first()
        if row is not None and not correction.content_hash:
            from dataclasses import replace

            correction = replace(correction, content_hash=row.content_hash)
    record_correction(conn, correction)
    if correction.article_id:
        reapply_corrections(conn, correction.article_id)
    else:
        apply_place_corrections(conn)
    return correction


def update_metadata(conn: Connection, records: Sequence[dict[str, Any]]) -> int:
    """Apply the manifest's metadata (date, title, outlet, url, path) to stored articles whose text
    did not change, and to the copies their claim links keep (outlet, the date when a claim gives
    none). Returns how many articles changed."""
    changed = 0
    for record in records:
        values = {"path": record.get("path"), "published": _date(record.get("published")),
                  "title": record.get("title"), "outlet": record.get("outlet"), "url": record.get("url")}
        row = conn.execute(select(articles.c.article_key, *(articles.c[c] for c in METADATA))
                           .where(articles.c.article_id == record["id"])).first()
        if row is None or all(getattr(row, c) == values[c] for c in METADATA):
            continue
        key = row.article_key
        conn.execute(articles.update().where(articles.c.article_key == key).values(**values))
        claim_pks = select(claims.c.pk).where(claims.c.article_key == key)
        conn.execute(claim_places.update().where(claim_places.c.claim_pk.in_(claim_pks)).values(outlet=values["outlet"]))
        for pk, event_date in conn.execute(select(claims.c.pk, claims.c.event_date).where(claims.c.article_key == key)):
            when = event_date or values["published"] or UNKNOWN_DATE
            conn.execute(claim_places.update().where(claim_places.c.claim_pk == pk).values(when_date=when))
        changed += 1
    return changed


def refresh_places(conn: Connection, gaz_places: dict[str, Any]) -> int:
    """Bring the stored place rows in line with the gazetteer in force (a user's corrected name or
    coordinates), without extracting anything again. Returns how many rows changed."""
    stored = {row.place_id: row for row in conn.execute(select(places))}
    changed = [place_record(gaz_places[pid]) for pid, row in stored.items() if pid in gaz_places
               and _place_values(place_record(gaz_places[pid])) != {c: getattr(row, c) for c in _PLACE_COLUMNS}]
    _upsert_places(conn, changed)
    apply_place_corrections(conn)
    return len(changed)


_PLACE_COLUMNS = ("name", "name_ar", "alt_names", "lat", "lon", "kind", "country", "source", "layer")


def _place_values(p: dict[str, Any]) -> dict[str, Any]:
    return {"name": p["name"], "name_ar": p["name_ar"], "alt_names": json.dumps(p.get("alt_names", []), ensure_ascii=False),
            "lat": p["lat"], "lon": p["lon"], "kind": p["kind"], "country": p.get("country"),
            "source": p.get("source"), "layer": p.get("layer")}


def apply_place_corrections(conn: Connection) -> None:
    """Analysts' corrections of a place's names or coordinates win over the gazetteer's."""
    from geo.store.corrections import place_overrides

    for place_id, values in place_overrides(conn).items():
        conn.execute(places.update().where(places.c.place_id == place_id).values(**values))


def stored_ids(conn: Connection) -> set[str]:
    return {row[0] for row in conn.execute(select(articles.c.article_id))}


def remove_articles(conn: Connection, ids: Sequence[str]) -> list[str]:
    """Delete the articles with these ids and everything that hangs off them; returns the ids removed."""
    found = conn.execute(select(articles.c.article_id, articles.c.article_key)
                         .where(articles.c.article_id.in_(list(ids)))).all()
    for _article_id, key in found:
        delete_article(conn, key)
    return [article_id for article_id, _key in found]


def _write_children(conn: Connection, written: Sequence[dict[str, Any]]) -> None:
    """The rows that hang off newly inserted articles: places, mentions, claims and their links."""
    _upsert_places(conn, {p["place_id"]: p for r in written for p in r["places"]}.values())
    apply_place_corrections(conn)
    _bulk_insert(conn, mentions, ("article_key", "start", "end", "surface", "place_id", "role", "confidence",
                                  "reviewed"), [
        (r["article_key"], m["start"], m["end"], m["surface"], m["place_id"], m["role"], m["confidence"],
         1 if m.get("reviewed") else None)
        for r in written for m in r["mentions"]
    ])
    with_claims = [r for r in written if r["claims"]]
    _bulk_insert(conn, claims, ("article_key", "claim_id", "start", "end", "text", "speaker", "speaker_en", "side",
                                "type", "polarity", "event_date", "confidence", "numbers", "speaker_start",
                                "speaker_end", "search_key", "reviewed", "machine"), [
        (r["article_key"], c["id"], c["start"], c["end"], c["text"], c["speaker"], c["speaker_en"], c["side"],
         c["type"], c["polarity"], _iso(c["date"]), c["confidence"], json.dumps(c["numbers"], ensure_ascii=False),
         c.get("speaker_start"), c.get("speaker_end"), search_key(c["text"], c["speaker"], c["speaker_en"]),
         1 if c.get("reviewed") else None,
         json.dumps(c["machine"], ensure_ascii=False) if c.get("machine") else None)
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
    delete_children(conn, key)
    conn.execute(delete(articles).where(articles.c.article_key == key))


def delete_children(conn: Connection, key: str) -> None:
    """An article's mentions, claims, links (with the per-place counts) and the rest; not the article."""
    claim_pks = select(claims.c.pk).where(claims.c.article_key == key)
    gone = conn.execute(
        select(claim_places.c.place_id, claim_places.c.side, func.count())
        .where(claim_places.c.claim_pk.in_(claim_pks)).group_by(claim_places.c.place_id, claim_places.c.side)
    ).all()
    conn.execute(delete(claim_places).where(claim_places.c.claim_pk.in_(claim_pks)))
    add_place_counts(conn, {(place_id, side): -n for place_id, side, n in gone})
    for table in (claims, mentions, article_contested, unresolved):
        conn.execute(delete(table).where(table.c.article_key == key))


def _upsert_places(conn: Connection, rows: Iterable[dict[str, Any]]) -> None:
    values = [{"place_id": p["place_id"], **_place_values(p)} for p in rows]
    if values:
        # the gazetteer in force wins: a corrected name or coordinates replace the stored ones
        upsert = _insert(conn, places)
        conn.execute(upsert.on_conflict_do_update(
            index_elements=["place_id"], set_={c: upsert.excluded[c] for c in _PLACE_COLUMNS}), values)


def _date(value: str | dt.date | None) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(value)
