"""Ingest: files, folders and manifests -> extraction -> the store, in batches.

Owns: the batch loop and its guarantees. Extraction comes from one of two sources of result
dicts feeding that one loop: local processes (``local_results``) or a Dask cluster
(``geo.store.distributed.dask_results``, imported only when asked for). An article's identity is the
SHA-256 of its text, so ingesting the same corpus twice changes nothing, and a duplicate under
another name is stored once. Each batch is one transaction: a crash or a kill leaves the store
as it was before that batch, and re-running finishes the job. One bad file is reported with its
reason and skipped; if one article's rows break a constraint, the batch is written one article
at a time so only that one is lost. A batch whose connection drops (a server restart) is written
again on a new one; a store that cannot be written (a full disk) stops the ingest with a
StoreError saying what to do. After the batches, places contested across articles are recomputed.
"""

from __future__ import annotations

import datetime as dt
import logging
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import delete, select, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DataError, IntegrityError, SQLAlchemyError
from tqdm import tqdm

from geo.claims.contested import claims_conflict
from geo.corpus.manifest import ManifestEntry
from geo.corpus.sources import collect_entries
from geo.errors import ClusterError, StoreError
from geo.pipeline import EXTRACTOR_VERSION
from geo.places.gazetteer import load_gazetteer
from geo.store.corrections import stale_corrections
from geo.store.engine import failure_message, open_store, transient
from geo.store.schema import UNKNOWN_DATE, articles, claim_places, claims, contested_places
from geo.store.tasks import local_results
from geo.store.writer import (
    known_articles,
    refresh_places,
    remove_articles,
    stored_ids,
    update_metadata,
    write_articles,
)

log = logging.getLogger(__name__)

CONTESTED_WINDOW_DAYS = 7
"""Claims from different sides about a place conflict across articles when their dates are this close."""

RETRY_SECONDS = 60.0
"""How long a write is tried again after a lost connection (a database server restarting) before giving up."""

_T = TypeVar("_T")


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
    missing: int = 0
    """Stored articles the corpus did not name (kept: see ``prune``)."""
    removed: int = 0
    places_corrected: int = 0
    stale_corrections: int = 0
    """Analysts' corrections whose article's text changed: kept, not applied (geo corrections list)."""
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
            + (f"; {self.removed} stored articles no longer in the corpus removed" if self.removed else "")
            + (f"; {self.missing} stored articles are not in this corpus (--prune removes them)" if self.missing else "")
            + (f"; {self.stale_corrections} corrections no longer match their article's text (python -m geo "
               "corrections list --stale)" if self.stale_corrections else "")
        )


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
    scheduler: str | None = None,
    connect_timeout: float = 10.0,
    prune: bool = False,
) -> IngestSummary:
    """Ingest articles into the store. See the module docstring for the guarantees.

    Extraction runs in ``workers`` local processes, or, given a Dask ``scheduler`` address
    (tcp://host:8786), on that cluster's workers (``workers`` is then unused; ``connect_timeout``
    bounds the wait for the scheduler and its first worker). An article is its id; a changed text
    replaces it, a changed manifest row updates its metadata; with ``prune`` the stored articles
    the corpus no longer names are removed (else only counted in ``missing``).
    """
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
    files = tuple(gazetteer_files)
    if scheduler is None:
        results = local_results(entries, files, known, workers=workers)
    else:
        results = _dask_results(entries, files, known, scheduler=scheduler, connect_timeout=connect_timeout)
    metadata: list[dict[str, Any]] = []
    for result in results:
        done += 1
        if result["status"] == "unchanged":
            metadata.append(result["meta"])
            if len(metadata) >= batch_size:
                _write_metadata(engine, metadata, summary)
                metadata = []
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
    if metadata:
        _write_metadata(engine, metadata, summary)
    _follow_corpus(engine, entries, summary, prune=prune)
    _follow_gazetteer(engine, files, summary)
    with engine.connect() as conn:
        summary.stale_corrections = len(stale_corrections(conn))
    # every time, not only after new articles: a run killed between its last batch and this
    # refresh leaves its re-run nothing new to write (place counts are kept by each batch itself)
    try:
        _retrying(lambda: refresh_contested(engine))
    except SQLAlchemyError as err:
        raise _stopped(engine, err, summary, batch=False) from err
    summary.seconds = time.perf_counter() - started
    return summary


def _dask_results(entries: Sequence[ManifestEntry], gazetteer_files: tuple[str, ...], known: frozenset[str], *,
                  scheduler: str, connect_timeout: float) -> Iterator[dict[str, Any]]:
    try:  # dask is needed only here: the rest of the product imports without it
        from geo.store.distributed import dask_results
    except ImportError as err:
        raise ClusterError(f"the dask engine needs dask[distributed] ({err}); install it: "
                           "pip install -r requirements.txt") from err
    return dask_results(entries, gazetteer_files, known, scheduler=scheduler, connect_timeout=connect_timeout)


_ARTICLE_ERRORS = (IntegrityError, DataError)
"""Errors of one article's rows: that article is skipped, the others are written."""


def _write_batch(engine: Engine, batch: list[dict[str, Any]], summary: IngestSummary) -> None:
    """Write ``batch`` in one transaction, tried again after a lost connection (see _retrying).

    When one article's rows break a constraint, the articles are written one by one so only that
    one is lost. When the store itself fails (a full disk, a server gone for good), the ingest
    stops with a StoreError that says what to do.
    """
    try:
        statuses = _retrying(lambda: _write_articles(engine, batch))
    except _ARTICLE_ERRORS as err:
        log.warning("batch of %d failed (%s); writing its articles one by one", len(batch),
                    str(getattr(err, "orig", err)).splitlines()[0][:300])
        for record in batch:
            try:
                status = _retrying(partial(_write_articles, engine, [record]))[0]
            except _ARTICLE_ERRORS as single:
                summary.failed += 1
                summary.problems.append((str(record.get("path")), f"not stored: {single.__class__.__name__}: {single}"))
                continue
            except SQLAlchemyError as fatal:
                raise _stopped(engine, fatal, summary) from fatal
            _count(summary, status, record)
        return
    except SQLAlchemyError as err:
        raise _stopped(engine, err, summary) from err
    for status, record in zip(statuses, batch, strict=True):
        _count(summary, status, record)


def _write_metadata(engine: Engine, metas: list[dict[str, Any]], summary: IngestSummary) -> None:
    """Unchanged texts: apply a changed manifest row (date, title, outlet, url, path)."""
    def work() -> int:
        with engine.begin() as conn:
            return update_metadata(conn, metas)

    try:
        changed = _retrying(work)
    except SQLAlchemyError as err:
        raise _stopped(engine, err, summary) from err
    summary.updated += changed
    summary.unchanged += len(metas) - changed


def _follow_corpus(engine: Engine, entries: Sequence[ManifestEntry], summary: IngestSummary, *, prune: bool) -> None:
    """Count (or, with ``prune``, remove) the stored articles this corpus no longer has."""
    def work() -> int:
        with engine.begin() as conn:
            missing = sorted(stored_ids(conn) - {e.id for e in entries})
            if prune and missing:
                return len(remove_articles(conn, missing))
            summary.missing = len(missing)
            return 0

    try:
        summary.removed = _retrying(work)
    except SQLAlchemyError as err:
        raise _stopped(engine, err, summary, batch=False) from err


def _follow_gazetteer(engine: Engine, gazetteer_files: tuple[str, ...], summary: IngestSummary) -> None:
    """Stored places take the names and coordinates of the gazetteer in force (a corrected row in
    a user's file), though their articles are not extracted again."""
    gaz = load_gazetteer(gazetteer_files)

    def work() -> int:
        with engine.begin() as conn:
            return refresh_places(conn, gaz.places)

    try:
        summary.places_corrected = _retrying(work)
    except SQLAlchemyError as err:
        raise _stopped(engine, err, summary, batch=False) from err


def _write_articles(engine: Engine, records: list[dict[str, Any]]) -> list[str]:
    with engine.begin() as conn:
        return write_articles(conn, records)


def _retrying(work: Callable[[], _T]) -> _T:
    """Run ``work`` (one transaction of its own); after a lost connection, a deadlock or a
    serialization failure run it again, for up to RETRY_SECONDS.

    The lost transaction was rolled back; had the connection dropped during its COMMIT and the
    commit gone through, the articles are found on the second try and counted as unchanged.
    """
    deadline = time.monotonic() + RETRY_SECONDS
    pause = 0.25
    while True:
        try:
            return work()
        except SQLAlchemyError as err:
            if not transient(err) or time.monotonic() + pause > deadline:
                raise
            log.warning("the store is unreachable or busy (%s); trying again in %.2f s",
                        str(getattr(err, "orig", err)).strip().split("\n")[0], pause)
            time.sleep(pause)
            pause = min(pause * 2, 4.0)


def _stopped(engine: Engine, err: SQLAlchemyError, summary: IngestSummary, *, batch: bool = True) -> StoreError:
    written = summary.new + summary.updated
    kept = (f"The articles of the batch being written were not stored; the {written} written before it are, "
            "and the same command skips them." if batch else
            f"The {written} articles written are stored; only places contested across articles were not recomputed.")
    return StoreError(f"{failure_message(err, engine.url.render_as_string(hide_password=True))}. {kept}")


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
    geo/claims/extract.py) and their dates (the event date, else the article's) are at most
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
        if conn.dialect.name == "postgresql":  # one refresh at a time: each rewrites every row
            conn.execute(text("SELECT pg_advisory_xact_lock(74202)"))
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
                    if a[0] == b[0] or not claims_conflict(a[1], a[2], a[3], b[1], b[2], b[3], {a[0], b[0]}):
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
    """A progress bar (tqdm) on a terminal; nothing when the stream is not one."""
    stream = stream or sys.stderr
    bar: list[tqdm] = []

    def show(done: int, total: int, s: IngestSummary) -> None:
        if not stream.isatty():
            return
        if not bar:
            bar.append(tqdm(total=total, file=stream, unit="article", mininterval=0.2, dynamic_ncols=True))
        bar[0].set_postfix_str(f"new {s.new} updated {s.updated} unchanged {s.unchanged} failed {s.failed}",
                               refresh=False)
        bar[0].update(done - bar[0].n)
        if done >= total:
            bar[0].close()

    return show


def iter_problems(summary: IngestSummary) -> Iterable[str]:
    for where, message in summary.problems:
        yield message if message.startswith(where) else f"{where}: {message}"


SEEDS_DIR = Path(__file__).resolve().parents[2] / "seeds"


def seed_if_empty(engine: Engine, *, seeds: Path = SEEDS_DIR) -> IngestSummary | None:
    """Ingest the bundled sample articles when the store has no article yet (the dashboard's first run)."""
    with engine.connect() as conn:
        if conn.execute(select(articles.c.article_key).limit(1)).first() is not None:
            return None
    log.info("the store is empty: ingesting the bundled sample articles from %s", seeds)
    return ingest([seeds], engine=engine)
