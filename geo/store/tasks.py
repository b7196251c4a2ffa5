"""The unit of ingest work: one article read and extracted where it runs (a local worker process
or a Dask worker), and the local pool that runs chunks of them.

Owns what a worker does, not what the writer does with the results (geo/store/ingest.py) nor
the cluster (geo/store/distributed.py). A failure is a result, never an exception.
"""

from __future__ import annotations

import logging
import multiprocessing
from collections import deque
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any

from geo.corpus.manifest import ManifestEntry
from geo.corpus.sources import load_article
from geo.errors import GeoError
from geo.pipeline import extract
from geo.places.gazetteer import Gazetteer, load_gazetteer
from geo.records import article_record
from geo.store.writer import content_key, known_pair

log = logging.getLogger(__name__)

LOCAL_CHUNK = 8
"""Articles per task sent to a local worker process. One task per article cost the parent a
pickled call, a pickled result and a wake-up of the pool's feeder thread each (that thread
competes with the writer for the interpreter), and left workers waiting for their next task."""

LOCAL_WINDOW_PER_WORKER = 8
"""Tasks (of LOCAL_CHUNK articles) handed to each local worker ahead of the batch loop."""


_GAZ: Gazetteer | None = None
_KNOWN: frozenset[str] = frozenset()


def _init_worker(gazetteer_files: tuple[str, ...], known: frozenset[str]) -> None:
    global _GAZ, _KNOWN
    _GAZ = load_gazetteer(gazetteer_files)
    _KNOWN = known


def process_entry(entry: ManifestEntry) -> dict[str, Any]:
    """Read and extract one article in a local worker process (see _init_worker)."""
    assert _GAZ is not None, "worker not initialised"
    return extract_entry(entry, _GAZ, _KNOWN)


def chunks(entries: Sequence[ManifestEntry], size: int) -> Iterator[Sequence[ManifestEntry]]:
    """``entries`` in consecutive slices of ``size`` (the last may be shorter): the tasks of a run."""
    return (entries[start:start + size] for start in range(0, len(entries), size))


def process_entries(entries: Sequence[ManifestEntry]) -> list[dict[str, Any]]:
    """process_entry for a chunk of articles (one task)."""
    return [process_entry(entry) for entry in entries]


def extract_entry(entry: ManifestEntry, gaz: Gazetteer, known: frozenset[str]) -> dict[str, Any]:
    """Read and extract one article (wherever it runs). Never raises: a failure is a result.

    The result is {"status": "ok", "record": ...}; {"status": "unchanged", "meta": ...} when the
    article's id and text are in ``known`` (its manifest metadata comes along, in case only that
    changed); or {"status": "failed", "where": ..., "message": ...}.
    """
    try:
        article = load_article(entry)
        if not article.text.strip():
            raise GeoError(f"{entry.path}: the file has no text")
        if known_pair(article.id, content_key(article.text)) in known:
            return {"status": "unchanged", "meta": {
                "id": article.id, "path": article.path, "title": article.title, "outlet": article.outlet,
                "url": article.url, "published": article.published.isoformat() if article.published else None}}
        record = article_record(extract(article, gaz))
        record["text"] = article.text
        return {"status": "ok", "record": record}
    except GeoError as err:
        return {"status": "failed", "where": str(entry.path), "message": str(err)}
    except Exception as err:  # noqa: BLE001 - one article's bug must not stop the batch
        log.exception("unexpected error on %s", entry.path)
        return {"status": "failed", "where": str(entry.path), "message": f"internal error: {err!r}"}


def local_results(entries: Sequence[ManifestEntry], gazetteer_files: tuple[str, ...], known: frozenset[str], *,
                  workers: int = 1) -> Iterator[dict[str, Any]]:
    """Results of extract_entry for ``entries``, in order, from ``workers`` local processes."""
    if workers <= 1:
        _init_worker(gazetteer_files, known)
        yield from map(process_entry, entries)
        return
    # spawn, not fork: the parent holds database connections a child must not inherit
    ctx = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_init_worker,
                             initargs=(gazetteer_files, known)) as pool:
        # a bounded window, not every entry up front: memory stays flat on a large corpus, and
        # when the caller stops (a store error) only the few articles in flight are finished
        window: deque[Future[list[dict[str, Any]]]] = deque()
        try:
            for chunk in chunks(entries, LOCAL_CHUNK):
                window.append(pool.submit(process_entries, chunk))
                if len(window) >= workers * LOCAL_WINDOW_PER_WORKER:
                    yield from window.popleft().result()
            while window:
                yield from window.popleft().result()
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
