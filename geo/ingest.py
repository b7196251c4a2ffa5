"""Ingest: files, folders and manifests -> extraction (in a process pool) -> the store, in batches.

Owns: the batch loop and its guarantees. An article's identity is the SHA-256 of its text, so
ingesting the same corpus twice changes nothing, and a duplicate under another name is stored
once. Each batch is one transaction: a crash or a kill leaves the store as it was before that
batch, and re-running finishes the job. One bad file is reported with its reason and skipped;
if writing a batch fails, its articles are retried one by one so only the bad one is lost.
After the batches, places contested across articles are recomputed.
"""

from __future__ import annotations

import datetime as dt
import logging
import multiprocessing
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError

from geo.claims import claims_conflict
from geo.errors import GeoError
from geo.gazetteer import Gazetteer, load_gazetteer
from geo.manifest import ManifestEntry
from geo.pipeline import EXTRACTOR_VERSION, extract_places
from geo.records import article_record
from geo.sources import collect_entries, load_article
from geo.store import (
    UNKNOWN_DATE,
    articles,
    claim_places,
    claims,
    content_key,
    contested_places,
    known_articles,
    open_store,
    refresh_place_counts,
    write_article,
)

log = logging.getLogger(__name__)

CONTESTED_WINDOW_DAYS = 7
"""Claims from different sides about a place conflict across articles when their dates are this close."""


@dataclass
class IngestSummary:
    new: int = 0
    unchanged: int = 0
    updated: int = 0
    failed: int = 0
    places: int = 0
    claims: int = 0
    unresolved: int = 0
    seconds: float = 0.0
    problems: list[tuple[str, str]] = field(default_factory=list)
    place_ids: set[str] = field(default_factory=set, repr=False)

    @property
    def articles(self) -> int:
        return self.new + self.unchanged + self.updated

    def line(self) -> str:
        return (
            f"articles: {self.new} new, {self.unchanged} unchanged, {self.updated} updated, {self.failed} failed; "
            f"{self.places} places, {self.claims} claims, {self.unresolved} unresolved names written; "
            f"{self.seconds:.1f} s"
        )


_GAZ: Gazetteer | None = None
_KNOWN: frozenset[str] = frozenset()


def _init_worker(gazetteer_files: tuple[str, ...], known: frozenset[str]) -> None:
    global _GAZ, _KNOWN
    _GAZ = load_gazetteer(gazetteer_files)
    _KNOWN = known


def process_entry(entry: ManifestEntry) -> dict[str, Any]:
    """Read and extract one article (in a worker). Never raises: a failure is a result."""
    try:
        article = load_article(entry)
        if not article.text.strip():
            raise GeoError(f"{entry.path}: the file has no text")
        key = content_key(article.text)
        if key in _KNOWN:
            return {"status": "unchanged", "key": key}
        assert _GAZ is not None, "worker not initialised"
        record = article_record(extract_places(article, _GAZ))
        record["article_key"] = key
        record["text"] = article.text
        return {"status": "ok", "record": record}
    except GeoError as err:
        return {"status": "failed", "where": str(entry.path), "message": str(err)}
    except Exception as err:  # noqa: BLE001 - one article's bug must not stop the batch
        log.exception("unexpected error on %s", entry.path)
        return {"status": "failed", "where": str(entry.path), "message": f"internal error: {err!r}"}


def _results(entries: Sequence[ManifestEntry], workers: int, gazetteer_files: tuple[str, ...],
             known: frozenset[str]) -> Iterator[dict[str, Any]]:
    if workers <= 1:
        _init_worker(gazetteer_files, known)
        yield from map(process_entry, entries)
        return
    # spawn, not fork: the parent holds database connections a child must not inherit
    ctx = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_init_worker,
                             initargs=(gazetteer_files, known)) as pool:
        yield from pool.map(process_entry, entries, chunksize=4)


def ingest(
    paths: Sequence[str | Path],
    *,
    manifest: str | Path | None = None,
    url: str | None = None,
    workers: int = 1,
    batch_size: int = 100,
    gazetteer_files: Sequence[str] = (),
    progress: Callable[[int, int, IngestSummary], None] | None = None,
    engine: Engine | None = None,
) -> IngestSummary:
    """Ingest articles into the store. See the module docstring for the guarantees."""
    started = time.perf_counter()
    engine = engine or open_store(url)
    summary = IngestSummary()
    entries, problems = collect_entries(paths, manifest)
    for p in problems:
        summary.failed += 1
        summary.problems.append((p.where, p.message))
    with engine.connect() as conn:
        known = frozenset(known_articles(conn, EXTRACTOR_VERSION))
    batch: list[dict[str, Any]] = []
    done = 0
    for result in _results(entries, workers, tuple(gazetteer_files), known):
        done += 1
        if result["status"] == "unchanged":
            summary.unchanged += 1
        elif result["status"] == "failed":
            summary.failed += 1
            summary.problems.append((result["where"], result["message"]))
        else:
            batch.append(result["record"])
            if len(batch) >= batch_size:
                _write_batch(engine, batch, summary)
                batch = []
        if progress is not None:
            progress(done, len(entries), summary)
    if batch:
        _write_batch(engine, batch, summary)
    if summary.new or summary.updated:
        refresh_contested(engine)
        with engine.begin() as conn:
            refresh_place_counts(conn)
    summary.seconds = time.perf_counter() - started
    return summary


def _write_batch(engine: Engine, batch: list[dict[str, Any]], summary: IngestSummary) -> None:
    try:
        with engine.begin() as conn:
            statuses = [write_article(conn, record) for record in batch]
    except SQLAlchemyError as err:
        log.warning("batch of %d failed (%s); writing its articles one by one", len(batch), err)
        for record in batch:
            try:
                with engine.begin() as conn:
                    status = write_article(conn, record)
            except SQLAlchemyError as single:
                summary.failed += 1
                summary.problems.append((str(record.get("path")), f"not stored: {single.__class__.__name__}: {single}"))
                continue
            _count(summary, status, record)
        return
    for status, record in zip(statuses, batch, strict=True):
        _count(summary, status, record)


def _count(summary: IngestSummary, status: str, record: dict[str, Any]) -> None:
    setattr(summary, status, getattr(summary, status) + 1)
    if status != "unchanged":
        summary.place_ids.update(p["place_id"] for p in record["places"])
        summary.places = len(summary.place_ids)
        summary.claims += len(record["claims"])
        summary.unresolved += len(record["unresolved"])


def refresh_contested(engine: Engine, *, window_days: int = CONTESTED_WINDOW_DAYS) -> int:
    """Recompute the places contested across the whole store (one transaction). Returns their number.

    A place is contested when two claims about it from different sides conflict (the rule of
    geo/claims.py) and their dates (the event date, else the article's) are at most
    ``window_days`` apart; articles' own contested places count as well.
    """
    query = (
        select(claim_places.c.place_id, claim_places.c.side, claim_places.c.type, claim_places.c.polarity,
               claims.c.numbers, claim_places.c.when_date)
        .select_from(claim_places.join(claims, claims.c.pk == claim_places.c.claim_pk))
        .where(claim_places.c.side.notin_(("none", "other")))
    )
    # per place, claims grouped by what matters for a conflict; then groups, not claims, are paired
    by_place: dict[str, dict[tuple[str, str, str, bool], list[dt.date | None]]] = {}
    with engine.begin() as conn:
        for place_id, side, kind, polarity, numbers, when in conn.execute(query):
            groups = by_place.setdefault(place_id, {})
            groups.setdefault((side, kind, polarity, numbers not in ("[]", "")), []).append(
                None if when == UNKNOWN_DATE else when)
        rows = []
        for place_id, groups in by_place.items():
            sides: set[str] = set()
            dates: list[dt.date] = []
            keys = sorted(groups)
            for i, a in enumerate(keys):
                for b in keys[i + 1:]:
                    if a[0] == b[0] or not claims_conflict(a[1], a[2], a[3], b[1], b[2], b[3]):
                        continue
                    if not _any_close(groups[a], groups[b], window_days):
                        continue
                    sides.update((a[0], b[0]))
                    dates.extend(d for d in (*groups[a], *groups[b]) if d is not None)
            if sides:
                rows.append({"place_id": place_id, "sides": ",".join(sorted(sides)),
                             "first_date": min(dates) if dates else None,
                             "last_date": max(dates) if dates else None,
                             "claims": sum(len(v) for v in groups.values())})
        conn.execute(delete(contested_places))
        if rows:
            conn.execute(contested_places.insert(), rows)
    return len(rows)


def _any_close(a: list[dt.date | None], b: list[dt.date | None], window: int) -> bool:
    """Is some date of ``a`` within ``window`` days of some date of ``b``? (an undated claim is close to all)"""
    if None in a or None in b:
        return True
    xs = sorted(d for d in a if d is not None)
    ys = sorted(d for d in b if d is not None)
    i = j = 0
    while i < len(xs) and j < len(ys):
        if abs((xs[i] - ys[j]).days) <= window:
            return True
        if xs[i] < ys[j]:
            i += 1
        else:
            j += 1
    return False


def terminal_progress(stream: Any = None) -> Callable[[int, int, IngestSummary], None]:
    """A progress line on a terminal (nothing when stderr is not one)."""
    stream = stream or sys.stderr
    last = [0.0]

    def show(done: int, total: int, s: IngestSummary) -> None:
        now = time.monotonic()
        if not stream.isatty() or (now - last[0] < 0.2 and done < total):
            return
        last[0] = now
        width = 30
        filled = int(width * done / total) if total else width
        stream.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} "
                     f"new {s.new} updated {s.updated} unchanged {s.unchanged} failed {s.failed}")
        if done >= total:
            stream.write("\n")
        stream.flush()

    return show


def iter_problems(summary: IngestSummary) -> Iterable[str]:
    for where, message in summary.problems:
        yield message if message.startswith(where) else f"{where}: {message}"


SEEDS_DIR = Path(__file__).resolve().parent.parent / "seeds"


def seed_if_empty(engine: Engine, *, seeds: Path = SEEDS_DIR) -> IngestSummary | None:
    """Ingest the bundled sample articles when the store has no article yet (the dashboard's first run)."""
    with engine.connect() as conn:
        if conn.execute(select(articles.c.article_key).limit(1)).first() is not None:
            return None
    log.info("the store is empty: ingesting the bundled sample articles from %s", seeds)
    return ingest([seeds], engine=engine)
