"""Distributed ingest: extraction on a Dask cluster, the second source of results for geo/store/ingest.py.

Owns: connecting to a Dask scheduler (a bounded wait, an error that names the address and the
fix), one task per chunk of articles submitted in a bounded window with the results handed on in
the articles' order (a chunk that fails is run again one article per task, so only the article
at fault is lost), the gazetteer of each worker process (loaded on its first task and kept while
its inputs are unchanged), and checking that the cluster runs the client's extractor and
gazetteer. A task carries the article's ManifestEntry, not its text: workers read the files
themselves, so the scheduler and every worker need the project installed, and every worker the
files at the same paths (a shared filesystem).

Not owned: the batch loop, article identity, transactions and the store. Results are yielded to
geo.store.ingest, whose one loop writes them exactly as it writes local results; this module never
touches the database. Only geo.store.ingest imports it, and only when the dask engine is asked for,
so the rest of the product does not need dask installed.
"""

from __future__ import annotations

import itertools
import logging
import threading
import uuid
from collections import OrderedDict, deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from distributed import Client, Future, KilledWorker
from distributed.client import FutureCancelledError

from geo.corpus.manifest import ManifestEntry
from geo.errors import ClusterError
from geo.pipeline import EXTRACTOR_VERSION
from geo.places.gazetteer import Gazetteer, input_digest, load_gazetteer
from geo.store.tasks import chunks, extract_entry

CONNECT_TIMEOUT = 10.0
"""Seconds to wait for the scheduler, and then for its first worker."""

CHUNK = 64
"""Articles per task. One task per article spent more on the scheduler and the client (their
time per task, on the same cores on a small machine) than on some articles: 10,000 articles on a
2-worker LocalCluster took 88 s with tasks of 1 article, 71 s with 8, 53 s with 64."""

WINDOW_PER_THREAD = 8
"""Tasks in flight at most, per worker thread the cluster has when the ingest starts: enough that
no worker waits for the client, few enough for the scheduler and the client's memory."""

RETRIES = 2
"""Times a task is re-run after an unexpected error before its article is reported as failed."""

log = logging.getLogger(__name__)

_KEPT_GAZETTEERS = 2  # per worker process: two ingests with different user files may share a cluster


class _WorkerGazetteers:
    """The gazetteers loaded in this (worker) process, by input files and digest; and how often."""

    def __init__(self) -> None:
        self.lock = threading.Lock()  # a worker with several threads loads once, not once per thread
        self.loaded: OrderedDict[tuple[tuple[str, ...], str], Gazetteer] = OrderedDict()
        self.loads = 0

    def get(self, files: tuple[str, ...], digest: str) -> Gazetteer:
        key = (files, digest)
        with self.lock:
            gaz = self.loaded.get(key)
            if gaz is not None:
                self.loaded.move_to_end(key)
                return gaz
            gaz = load_gazetteer(files)
            self.loads += 1
            if gaz.digest != digest:
                raise ClusterError(
                    f"this worker's gazetteer (digest {gaz.digest}) differs from the client's ({digest}); "
                    "install the same project version and data on every worker, give workers the same "
                    "GEO_GAZETTEER, and put --gazetteer files at the same paths on every machine")
            self.loaded[key] = gaz
            while len(self.loaded) > _KEPT_GAZETTEERS:
                self.loaded.popitem(last=False)
            return gaz


_GAZETTEERS = _WorkerGazetteers()


def gazetteer_loads() -> int:
    """How many times this process loaded a gazetteer for a task (run on workers with Client.run)."""
    return _GAZETTEERS.loads


def prepare_worker(gazetteer_files: tuple[str, ...], digest: str, version: str) -> Gazetteer:
    """This worker's gazetteer for the client's files, or ClusterError if the worker is not the client's match."""
    if version != EXTRACTOR_VERSION:
        raise ClusterError(f"a worker runs extractor version {EXTRACTOR_VERSION}, the client {version}; "
                           "install the same project version on the scheduler, every worker and the client")
    return _GAZETTEERS.get(gazetteer_files, digest)


def check_worker(gazetteer_files: tuple[str, ...], digest: str, version: str) -> None:
    """The probe task: can this cluster run the ingest's tasks at all?"""
    prepare_worker(gazetteer_files, digest, version)


def extract_on_worker(entries: Sequence[ManifestEntry], gazetteer_files: tuple[str, ...], digest: str,
                      version: str, known: frozenset[str]) -> list[dict[str, Any]]:
    """One task: read and extract a chunk of articles on a worker. Raises ClusterError on a misconfigured worker."""
    gaz = prepare_worker(gazetteer_files, digest, version)
    return [extract_entry(entry, gaz, known) for entry in entries]


def connect(address: str, *, timeout: float = CONNECT_TIMEOUT) -> Client:
    """A client of the scheduler at ``address`` that has a worker, or a ClusterError saying how to fix it."""
    fix = f"start one with 'dask scheduler' and workers with 'dask worker {address}', or fix --scheduler"
    try:
        client = Client(address, timeout=timeout, set_as_default=False)
    except Exception as err:  # noqa: BLE001 - OSError, TimeoutError, ValueError (bad address) or a stranger's reply
        raise ClusterError(f"cannot reach the Dask scheduler at {address} within {timeout:g} s ({err}); {fix}") from err
    try:
        client.wait_for_workers(1, timeout=timeout)
    except TimeoutError as err:
        client.close()
        raise ClusterError(
            f"the Dask scheduler at {address} has no worker after {timeout:g} s; start workers with "
            f"'dask worker {address}' on machines that have the project and the article files") from err
    return client


def dask_results(
    entries: Sequence[ManifestEntry],
    gazetteer_files: tuple[str, ...],
    known: frozenset[str],
    *,
    scheduler: str,
    connect_timeout: float = CONNECT_TIMEOUT,
    window: int | None = None,
    chunk: int = CHUNK,
    retries: int = RETRIES,
) -> Iterator[dict[str, Any]]:
    """Results of extract_entry for ``entries``, in their order, from the cluster at ``scheduler``.

    Tasks of ``chunk`` articles, at most ``window`` of them in flight (by default WINDOW_PER_THREAD
    per worker thread); finished ones are fetched together. A task that keeps failing, or whose
    worker keeps dying, is run again one article per task; an article that still fails becomes a
    failed result with the reason. A cluster that cannot serve (lost scheduler, workers of another
    version) raises ClusterError.
    """
    # workers have their own working directory: send paths that do not depend on ours
    files = tuple(str(Path(f).absolute()) for f in gazetteer_files)
    digest = input_digest(files)
    run = uuid.uuid4().hex[:12]
    with connect(scheduler, timeout=connect_timeout) as client:
        _probe(client, scheduler, files, digest, run, retries)
        window = window or WINDOW_PER_THREAD * max(1, sum(client.nthreads().values()))
        # the known keys go to every worker once, not with every task
        [known_on_workers] = client.scatter([known], broadcast=True, hash=False)

        def submit(key: str, group: Sequence[ManifestEntry]) -> Future:
            return client.submit(
                extract_on_worker, [replace(entry, path=entry.path.absolute()) for entry in group], files, digest,
                EXTRACTOR_VERSION, known_on_workers, key=key, retries=retries, pure=False)

        todo = enumerate(chunks(entries, chunk))
        in_flight: deque[tuple[Future, Sequence[ManifestEntry]]] = deque()

        def submit_more() -> None:
            for index, group in itertools.islice(todo, window - len(in_flight)):
                in_flight.append((submit(f"geo-extract-{run}-{index}", group), group))

        submit_more()
        while in_flight:
            # results in the entries' order, as a local ingest gives them: of two copies of an
            # article under different names, the first listed is the one stored, whatever the engine
            _wait(in_flight[0][0])
            done = []
            while in_flight and in_flight[0][0].done():
                done.append(in_flight.popleft())
            submit_more()  # the workers keep busy while the caller writes these results
            results = _gather(client, done, scheduler, retries, submit)
            del done  # the cluster may forget these tasks now
            yield from results


def _probe(client: Client, scheduler: str, files: tuple[str, ...], digest: str, run: str, retries: int) -> None:
    # one task through the scheduler before the articles: a scheduler or worker that cannot run
    # this project's tasks (not installed, another version) fails here once, not once per article
    probe = client.submit(check_worker, files, digest, EXTRACTOR_VERSION, key=f"geo-check-{run}", retries=retries,
                          pure=False)
    try:
        probe.result()
    except ClusterError:
        raise
    except Exception as err:  # noqa: BLE001 - whatever the cluster says, the fix is the same
        raise ClusterError(
            f"the Dask cluster at {scheduler} cannot run the ingest's tasks ({err!r}); install this project, "
            "the same version, with its requirements on the scheduler, every worker and this machine") from err


def _wait(future: Future) -> None:
    try:
        future.exception()  # blocks until the task ends, without fetching its result
    except Exception:  # noqa: BLE001 - a cancelled task is reported by _result
        pass


def _gather(client: Client, done: list[tuple[Future, Sequence[ManifestEntry]]], scheduler: str, retries: int,
            submit: Callable[[str, Sequence[ManifestEntry]], Future]) -> list[dict[str, Any]]:
    """The results of ended tasks: the finished ones fetched in one round trip, the others as _results says."""
    finished = [future for future, _ in done if future.status == "finished"]
    try:
        values = dict(zip([f.key for f in finished], client.gather(finished), strict=True))
    except Exception:  # noqa: BLE001 - a result lost meanwhile: ask for each one on its own
        values = {}
    out: list[dict[str, Any]] = []
    for future, group in done:
        if future.key in values:
            out.extend(_restored(values[future.key], group))
        else:
            out.extend(_results(future, group, scheduler, retries, submit))
    return out


def _results(future: Future, group: Sequence[ManifestEntry], scheduler: str, retries: int,
             submit: Callable[[str, Sequence[ManifestEntry]], Future]) -> list[dict[str, Any]]:
    """The results of one task fetched on its own. A failed task of several articles is run
    again one article per task, so an article that kills its worker takes only itself down."""
    try:
        results: list[dict[str, Any]] = future.result()
    except ClusterError:
        raise
    except FutureCancelledError as err:
        raise ClusterError(
            f"the task for {group[0].path} was cancelled ({err}): the connection to the Dask scheduler at "
            f"{scheduler} was lost; re-run the ingest when it is back (whole batches already stored are kept)"
        ) from err
    except Exception as err:  # noqa: BLE001 - one article's failure must not stop the others
        if len(group) > 1:
            log.warning("a task of %d articles failed (%r); running them one per task", len(group), err)
            singles = [submit(f"{future.key}-{i}", [entry]) for i, entry in enumerate(group)]
            return [result for single, entry in zip(singles, group, strict=True)
                    for result in _results(single, [entry], scheduler, retries, submit)]
        if isinstance(err, KilledWorker):
            return [{"status": "failed", "where": str(group[0].path),
                     "message": f"the Dask workers that read it died ({err}); check the file's size and the "
                                "workers' memory"}]
        return [{"status": "failed", "where": str(group[0].path),
                 "message": f"failed on the Dask cluster after {retries} retries: {err!r}"}]
    return _restored(results, group)


def _restored(results: list[dict[str, Any]], group: Sequence[ManifestEntry]) -> list[dict[str, Any]]:
    """A task's results, each record given its path as the user named it, like a local ingest."""
    for result, entry in zip(results, group, strict=True):
        if result["status"] == "ok":
            result["record"]["path"] = str(entry.path)
        elif result["status"] == "unchanged":
            result["meta"]["path"] = str(entry.path)
    return results
