"""Distributed ingest on a real Dask cluster (LocalCluster, two worker processes), on SQLite and PostgreSQL.

One cluster serves the module: starting one takes a few seconds.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import distributed
import pytest
from sqlalchemy import select

from benchmarks.corpus import write_corpus
from geo.corpus.sources import collect_entries
from geo.errors import ClusterError
from geo.store.engine import open_store
from geo.store.ingest import ingest
from geo.store.schema import articles, claims, places, table_counts

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"

USER_GAZETTEER = (
    "id,kind,name_en,name_az,name_hy,alt_latin,names_ar,lat,lon,country,admin1,capital_of,geonames_id,source\n"
    "zorakhan_test,village,Zorakhan,,,,زوراخان,39.80,46.70,AZ,,,,test\n"
)


@pytest.fixture(scope="module")
def cluster(_private_cache: None) -> Iterator[Any]:
    # after _private_cache: the worker processes inherit its GEO_CACHE_DIR
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=":0") as local_cluster:
        yield local_cluster


@pytest.fixture(scope="module")
def client(cluster: Any) -> Iterator[Any]:
    """The test's own view of the cluster (to ask the workers), not the client an ingest uses."""
    with distributed.Client(cluster.scheduler_address, set_as_default=False) as dask_client:
        yield dask_client


def run_ingest(cwd: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "geo", "ingest", *args], cwd=cwd, capture_output=True, text=True, timeout=300,
        env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})},
    )


def snapshot(url: str) -> dict[str, Any]:
    """What a store holds: row counts of every table, and the articles' and claims' identities."""
    engine = open_store(url)
    with engine.connect() as conn:
        result = {
            "counts": table_counts(conn),
            "articles": sorted(tuple(r) for r in conn.execute(
                select(articles.c.article_key, articles.c.article_id, articles.c.path, articles.c.published,
                       articles.c.outlet))),
            "claims": sorted(tuple(r) for r in conn.execute(
                select(claims.c.article_key, claims.c.claim_id, claims.c.start, claims.c.end, claims.c.side,
                       claims.c.type))),
        }
    engine.dispose()
    return result


def summary_counts(stdout: str) -> tuple[int, int, int, int]:
    found = re.search(r"(\d+) new, (\d+) unchanged, (\d+) updated, (\d+) failed", stdout)
    assert found, stdout
    new, unchanged, updated, failed = (int(g) for g in found.groups())
    return new, unchanged, updated, failed


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory, _private_cache: None) -> tuple[Path, tuple[int, ...], dict]:
    """A corpus (seeds, a copy under another name, an empty and a binary file, synthetic articles)
    and what a local ingest of it stores. Ingests run in its parent folder with the relative path
    'corpus', so workers (whose working directory differs) must be sent paths they can open."""
    base = tmp_path_factory.mktemp("dask-corpus")
    corpus = base / "corpus"
    shutil.copytree(SEEDS, corpus, ignore=shutil.ignore_patterns("README.md", "dates.csv"))
    shutil.copy(SEEDS / "002_1006001a38c85b0d.txt", corpus / "copy of 002.txt")
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "binary.txt").write_bytes(b"\x00\x01\x02PNG" * 100)
    write_corpus(corpus / "more", SEEDS, 12)
    url = f"sqlite:///{base / 'local.sqlite'}"
    local = run_ingest(base, "corpus", "--db", url)
    counts = summary_counts(local.stdout)
    assert counts[0] >= 12 and counts[1] >= 1 and counts[3] == 2, local.stdout + local.stderr
    return corpus, counts, snapshot(url)


def test_dask_ingest_stores_what_a_local_ingest_stores_and_a_rerun_changes_nothing(
    cluster: Any, reference: tuple[Path, tuple[int, ...], dict], db_url: str,
) -> None:
    corpus, (new, unchanged, _, failed), expected = reference
    args = ("corpus", "--db", db_url, "--engine", "dask", "--scheduler", cluster.scheduler_address)
    first = run_ingest(corpus.parent, *args)
    assert first.returncode == 1, first.stderr  # the two bad files
    assert summary_counts(first.stdout) == (new, unchanged, 0, failed)
    assert "empty.txt: the file is empty" in first.stderr
    assert "binary.txt: looks like a binary file" in first.stderr
    assert snapshot(db_url) == expected
    again = run_ingest(corpus.parent, *args)
    assert summary_counts(again.stdout) == (0, new + unchanged, 0, failed)
    assert snapshot(db_url) == expected


def test_each_worker_loads_the_gazetteer_once_with_the_users_files(cluster: Any, client: Any, tmp_path: Path) -> None:
    from geo.store.distributed import gazetteer_loads

    user = tmp_path / "mine.csv"
    user.write_text(USER_GAZETTEER, encoding="utf-8")
    folder = tmp_path / "articles"
    write_corpus(folder, SEEDS, 320)  # several tasks of CHUNK articles, so both workers get some
    (folder / "zorakhan.txt").write_text("قصفت القوات الأذربيجانية بلدة زوراخان أمس.", encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'store.sqlite'}"
    before = client.run(gazetteer_loads)
    first = ingest([folder], url=url, scheduler=cluster.scheduler_address, gazetteer_files=[str(user)])
    second = ingest([folder], url=url, scheduler=cluster.scheduler_address, gazetteer_files=[str(user)])
    after = client.run(gazetteer_loads)
    assert len(after) == 2
    assert {w: after[w] - before[w] for w in after} == {w: 1 for w in after}  # new files: one load each
    assert (first.new, first.failed) == (321, 0) and (second.new, second.unchanged) == (0, 321)
    engine = open_store(url)
    with engine.connect() as conn:
        assert conn.execute(select(places.c.place_id).where(places.c.place_id == "zorakhan_test")).scalar()
    engine.dispose()


def _wanted_extract_tasks(dask_scheduler: Any) -> int:
    return sum(1 for ts in dask_scheduler.tasks.values() if str(ts.key).startswith("geo-extract-") and ts.who_wants)


def test_tasks_are_submitted_in_bounded_windows(cluster: Any, client: Any, tmp_path: Path) -> None:
    from geo.store.distributed import dask_results

    write_corpus(tmp_path / "articles", SEEDS, 24)
    entries, _ = collect_entries([tmp_path / "articles"])
    results = dask_results(entries, (), frozenset(), scheduler=cluster.scheduler_address, window=3, chunk=2)
    first = next(results)
    in_flight = client.run_on_scheduler(_wanted_extract_tasks)
    rest = list(results)
    assert 1 <= in_flight <= 6  # the window, and tasks just finished whose release is on its way
    assert all(r["status"] == "ok" for r in (first, *rest))
    assert [r["record"]["id"] for r in (first, *rest)] == [e.id for e in entries]  # in order, like a local ingest


def test_a_failed_task_is_run_again_one_article_per_task(cluster: Any, client: Any, tmp_path: Path) -> None:
    """A task of several articles that fails (its worker died, say) loses only the article at fault."""
    from geo.pipeline import EXTRACTOR_VERSION
    from geo.places.gazetteer import input_digest
    from geo.store.distributed import _results, extract_on_worker

    write_corpus(tmp_path / "articles", SEEDS, 3)
    entries, _ = collect_entries([tmp_path / "articles"])
    failing = client.submit(int, "not a number", key=f"chunk-{tmp_path.name}", pure=False)
    submitted: list[list[str]] = []

    def submit(key: str, group: Any) -> Any:
        submitted.append([e.id for e in group])
        if group[0] == entries[1]:  # this article's task fails again on its own
            return client.submit(int, "still not a number", key=key, pure=False)
        return client.submit(extract_on_worker, list(group), (), input_digest(()), EXTRACTOR_VERSION, frozenset(),
                             key=key, pure=False)

    results = _results(failing, entries, cluster.scheduler_address, 0, submit)
    assert submitted == [[e.id] for e in entries]
    assert [r["status"] for r in results] == ["ok", "failed", "ok"]
    assert results[1]["where"] == str(entries[1].path) and "ValueError" in results[1]["message"]
    assert [r["record"]["id"] for r in (results[0], results[2])] == [entries[0].id, entries[2].id]


def test_workers_with_another_gazetteer_stop_the_ingest(cluster: Any, tmp_path: Path) -> None:
    user = tmp_path / "mine.csv"
    user.write_text(USER_GAZETTEER, encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'store.sqlite'}"
    # the client reads GEO_GAZETTEER, the workers (started without it) do not
    out = run_ingest(ROOT, "seeds", "--db", url, "--engine", "dask", "--scheduler", cluster.scheduler_address,
                     env={"GEO_GAZETTEER": str(user)})
    assert out.returncode == 1
    assert "differs from the client's" in out.stderr and "GEO_GAZETTEER" in out.stderr
    assert snapshot(url)["counts"]["articles"] == 0


def _start(args: list[str], cwd: Path, env: dict[str, str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", *args], cwd=cwd, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)


def _scheduler_address(info: Path, deadline: float) -> str:
    """The address a scheduler writes to its file: wait until the file holds it whole (the scheduler creates
    the file, then writes it; read in between it is empty or cut)."""
    while True:
        try:
            return str(json.loads(info.read_text())["address"])
        except (FileNotFoundError, json.JSONDecodeError, KeyError):
            if time.monotonic() > deadline:
                raise AssertionError(f"{info}: the scheduler wrote no address within the time allowed") from None
            time.sleep(0.05)


def test_a_scheduler_without_the_project_stops_the_ingest_once(tmp_path: Path) -> None:
    # `dask scheduler` started where geo cannot be imported: it cannot read the tasks it is sent
    bare = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    info = tmp_path / "scheduler.json"
    started: list[subprocess.Popen[bytes]] = []
    try:
        started.append(_start(["distributed.cli.dask_scheduler", "--port", "0", "--dashboard-address", ":0",
                               "--scheduler-file", str(info)], tmp_path, bare))
        started.append(_start(["distributed.cli.dask_worker", "--scheduler-file", str(info), "--nworkers", "1",
                               "--nthreads", "1", "--dashboard-address", ":0"], ROOT,
                              {**bare, "PYTHONPATH": str(ROOT)}))
        address = _scheduler_address(info, time.monotonic() + 60)
        out = run_ingest(ROOT, "seeds", "--db", str(tmp_path / "s.sqlite"), "--engine", "dask", "--scheduler",
                         address, "--connect-timeout", "30")
    finally:
        for proc in reversed(started):
            proc.terminate()
            proc.wait(timeout=30)
    assert out.returncode == 1
    assert f"the Dask cluster at {address} cannot run the ingest's tasks" in out.stderr
    assert "on the scheduler, every worker and this machine" in out.stderr
    assert out.stderr.count("cannot run") == 1  # said once, not once per article


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_an_unreachable_scheduler_is_a_clear_error(tmp_path: Path) -> None:
    address = f"tcp://127.0.0.1:{_free_port()}"
    started = time.monotonic()
    out = run_ingest(ROOT, "seeds", "--db", str(tmp_path / "s.sqlite"), "--engine", "dask", "--scheduler", address,
                     "--connect-timeout", "1")
    assert out.returncode == 1
    assert f"cannot reach the Dask scheduler at {address} within 1 s" in out.stderr
    assert "'dask scheduler'" in out.stderr and f"'dask worker {address}'" in out.stderr
    assert time.monotonic() - started < 60


def test_a_scheduler_without_workers_is_a_clear_error(tmp_path: Path) -> None:
    with distributed.LocalCluster(n_workers=0, processes=False, dashboard_address=":0") as empty:
        with pytest.raises(ClusterError, match="has no worker after 1 s; start workers with 'dask worker"):
            ingest([SEEDS], url=f"sqlite:///{tmp_path / 's.sqlite'}", scheduler=empty.scheduler_address,
                   connect_timeout=1)


@pytest.mark.parametrize(("args", "message"), [
    (("--engine", "dask"), "--engine dask needs --scheduler ADDRESS"),
    (("--scheduler", "tcp://127.0.0.1:8786"), "--scheduler is for --engine dask"),
    (("--engine", "dask", "--scheduler", "tcp://127.0.0.1:8786", "--workers", "4"), "--workers is for --engine local"),
])
def test_engine_options_are_checked(args: tuple[str, ...], message: str, tmp_path: Path) -> None:
    out = run_ingest(ROOT, "seeds", "--db", str(tmp_path / "s.sqlite"), *args)
    assert out.returncode == 2 and message in out.stderr
