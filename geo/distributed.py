"""Distributed ingest: extraction on a Dask cluster, the second source of results for geo/ingest.py.

Owns: connecting to a Dask scheduler (a bounded wait, an error that names the address and the
fix), one task per article submitted in a bounded window with the results handed on in the
articles' order, the gazetteer of each worker process (loaded on its first task and kept while
its inputs are unchanged), and checking that the cluster runs the client's extractor and
gazetteer. A task carries the article's ManifestEntry, not its text: workers read the files
themselves, so the scheduler and every worker need the project installed, and every worker the
files at the same paths (a shared filesystem).

Not owned: the batch loop, article identity, transactions and the store. Results are yielded to
geo.ingest, whose one loop writes them exactly as it writes local results; this module never
touches the database. Only geo.ingest imports it, and only when the dask engine is asked for,
so the rest of the product does not need dask installed.
"""

from __future__ import annotations

import itertools
import threading
import uuid
from collections import OrderedDict, deque
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from distributed import Client, Future, KilledWorker
from distributed.client import FutureCancelledError

from geo.errors import ClusterError
from geo.gazetteer import Gazetteer, input_digest, load_gazetteer
from geo.ingest import extract_entry
from geo.manifest import ManifestEntry
from geo.pipeline import EXTRACTOR_VERSION

CONNECT_TIMEOUT = 10.0
"""Seconds to wait for the scheduler, and then for its first worker."""

WINDOW = 256
"""Tasks in flight at most: enough to keep a few dozen workers busy, few enough for the scheduler."""

RETRIES = 2
"""Times a task is re-run after an unexpected error before its article is reported as failed."""

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


def extract_on_worker(entry: ManifestEntry, gazetteer_files: tuple[str, ...], digest: str, version: str,
                      known: frozenset[str]) -> dict[str, Any]:
    """One task: read and extract one article on a worker. Raises ClusterError on a misconfigured worker."""
    return extract_entry(entry, prepare_worker(gazetteer_files, digest, version), known)


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
    window: int = WINDOW,
    retries: int = RETRIES,
) -> Iterator[dict[str, Any]]:
    """Results of extract_entry for ``entries``, in their order, from the cluster at ``scheduler``.

    At most ``window`` tasks are in flight; finished ones are fetched together. A task that
    keeps failing, or whose worker keeps dying, becomes a failed result with the reason; a
    cluster that cannot serve (lost scheduler, workers of another version) raises ClusterError.
    """
    # workers have their own working directory: send paths that do not depend on ours
    files = tuple(str(Path(f).absolute()) for f in gazetteer_files)
    digest = input_digest(files)
    run = uuid.uuid4().hex[:12]
    with connect(scheduler, timeout=connect_timeout) as client:
        _probe(client, scheduler, files, digest, run, retries)
        # the known keys go to every worker once, not with every task
        [known_on_workers] = client.scatter([known], broadcast=True, hash=False)
        todo = iter(enumerate(entries))
        in_flight: deque[tuple[Future, ManifestEntry]] = deque()

        def submit_more() -> None:
            for index, entry in itertools.islice(todo, window - len(in_flight)):
                future = client.submit(
                    extract_on_worker, replace(entry, path=entry.path.absolute()), files, digest, EXTRACTOR_VERSION,
                    known_on_workers, key=f"geo-extract-{run}-{index}", retries=retries, pure=False)
                in_flight.append((future, entry))

        submit_more()
        while in_flight:
            # results in the entries' order, as a local ingest gives them: of two copies of an
            # article under different names, the first listed is the one stored, whatever the engine
            _wait(in_flight[0][0])
            done = []
            while in_flight and in_flight[0][0].done():
                done.append(in_flight.popleft())
            submit_more()  # the workers keep busy while the caller writes these results
            results = _gather(client, done, scheduler, retries)
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


def _gather(client: Client, done: list[tuple[Future, ManifestEntry]], scheduler: str,
            retries: int) -> list[dict[str, Any]]:
    """The results of ended tasks: the finished ones fetched in one round trip, the others as _result says."""
    finished = [future for future, _ in done if future.status == "finished"]
    try:
        values = dict(zip([f.key for f in finished], client.gather(finished), strict=True))
    except Exception:  # noqa: BLE001 - a result lost meanwhile: ask for each one on its own
        values = {}
    return [_restored(values[future.key], entry) if future.key in values
            else _result(future, entry, scheduler, retries) for future, entry in done]


def _result(future: Future, entry: ManifestEntry, scheduler: str, retries: int) -> dict[str, Any]:
    try:
        result: dict[str, Any] = future.result()
    except ClusterError:
        raise
    except FutureCancelledError as err:
        raise ClusterError(
            f"the task for {entry.path} was cancelled ({err}): the connection to the Dask scheduler at "
            f"{scheduler} was lost; re-run the ingest when it is back (whole batches already stored are kept)"
        ) from err
    except KilledWorker as err:
        return {"status": "failed", "where": str(entry.path),
                "message": f"the Dask workers that read it died ({err}); check the file's size and the workers' memory"}
    except Exception as err:  # noqa: BLE001 - one article's failure must not stop the others
        return {"status": "failed", "where": str(entry.path),
                "message": f"failed on the Dask cluster after {retries} retries: {err!r}"}
    return _restored(result, entry)


def _restored(result: dict[str, Any], entry: ManifestEntry) -> dict[str, Any]:
    if result["status"] == "ok":
        result["record"]["path"] = str(entry.path)  # as the user named it, like a local ingest
    return result
