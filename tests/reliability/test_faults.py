"""Faults during an ingest: killed at random points, a full disk under the SQLite file, the
PostgreSQL server restarted mid-run. After each, the store is consistent (store_checks) and
running the same command again finishes the job without duplicates."""

from __future__ import annotations

import logging
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import event, func, inspect, select, text
from sqlalchemy.engine import Engine
from store_checks import article_rows, check_consistency, reference_rows

from benchmarks.corpus import write_corpus
from geo.corpus.sources import collect_entries
from geo.errors import StoreError
from geo.store.engine import open_store
from geo.store.ingest import ingest, refresh_contested
from geo.store.schema import articles, contested_places

log = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
KILL_ARTICLES = 300
KILL_BATCH = 10
KILLS = 5


def start_ingest(paths: list[Path], url: str, *extra: str) -> subprocess.Popen[str]:
    """``python -m geo ingest`` in its own process group (a kill takes any worker processes with it)."""
    return subprocess.Popen(
        [sys.executable, "-m", "geo", "ingest", *map(str, paths), "--db", url, *extra],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def run_ingest(paths: list[Path], url: str, *extra: str) -> tuple[int, str, str]:
    proc = start_ingest(paths, url, *extra)
    out, err = proc.communicate(timeout=600)
    return proc.returncode, out, err


def stored_articles(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(articles)).scalar() or 0)


def wait_for_articles(engine: Engine, proc: subprocess.Popen[str], target: int, *, timeout: float = 120) -> int:
    """Wait until the store holds ``target`` articles or the process ends; returns the count."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        count = stored_articles(engine)
        if count >= target or proc.poll() is not None:
            return count
        try:
            proc.wait(timeout=0.02)  # the poll interval, cut short if the process ends
        except subprocess.TimeoutExpired:
            pass
    raise AssertionError(f"the ingest stored fewer than {target} articles in {timeout} s")


def kill_group(proc: subprocess.Popen[str]) -> bool:
    """SIGKILL the process and its children; returns whether it was still running."""
    running = proc.poll() is None
    if running:
        os.killpg(proc.pid, signal.SIGKILL)
    proc.communicate(timeout=60)
    return running


def contested(url: str) -> list[tuple[object, ...]]:
    engine = open_store(url)
    with engine.connect() as conn:
        rows = sorted(tuple(r) for r in conn.execute(select(contested_places)))
    engine.dispose()
    return rows


@pytest.fixture(scope="module")
def kill_corpus(tmp_path_factory: pytest.TempPathFactory, gaz) -> tuple[Path, dict[str, tuple[int, ...]]]:  # type: ignore[no-untyped-def]
    """A corpus, and each article's row counts from extracting it here (the whole-article reference)."""
    folder = tmp_path_factory.mktemp("faults") / "corpus"
    write_corpus(folder, SEEDS, KILL_ARTICLES, seed=11)
    entries, problems = collect_entries([folder])
    assert not problems and len(entries) == KILL_ARTICLES
    return folder, reference_rows(entries, gaz)


def assert_whole_articles(url: str, reference: dict[str, tuple[int, ...]]) -> int:
    rows = article_rows(url)
    broken = {key[:12]: (got, reference.get(key)) for key, got in rows.items() if got != reference.get(key)}
    assert not broken, f"articles with missing or extra rows (stored, expected): {broken}"
    return len(rows)


def test_killed_at_random_points_then_the_same_command_finishes(
        db_url: str, kill_corpus: tuple[Path, dict[str, tuple[int, ...]]]) -> None:
    corpus, reference = kill_corpus
    rng = random.Random(20201110)
    args = ("--batch-size", str(KILL_BATCH))
    started = time.perf_counter()

    # 1: killed while starting (imports, schema creation, first extractions) on a new store
    proc = start_ingest([corpus], db_url, *args)
    try:
        proc.wait(timeout=rng.uniform(0.2, 1.0))
    except subprocess.TimeoutExpired:
        pass
    kills = [kill_group(proc)]
    engine = open_store(db_url, migrate=False)
    with engine.connect() as conn:
        created = conn.dialect.has_table(conn, "schema_version")
        leftovers = set(inspect(conn).get_table_names())
    if created:
        stored = check_consistency(db_url)["articles"]
    else:  # killed before the schema's transaction committed: nothing at all was created
        assert leftovers == set()
        stored = 0
    engine.dispose()
    engine = open_store(db_url)  # (creates the schema if the killed run had not: the polls count rows)

    # 2..KILLS: killed after a random number of articles, then a random moment later (mid-extraction,
    # mid-batch, mid-commit)
    for _ in range(KILLS - 1):
        proc = start_ingest([corpus], db_url, *args)
        wait_for_articles(engine, proc, stored + rng.randint(1, 30))
        try:
            proc.wait(timeout=rng.uniform(0.0, 0.3))
        except subprocess.TimeoutExpired:
            pass
        kills.append(kill_group(proc))
        counts = check_consistency(db_url)
        stored = counts["articles"]
        assert stored % KILL_BATCH == 0 or stored == KILL_ARTICLES  # whole batches only
        assert assert_whole_articles(db_url, reference) == stored
    engine.dispose()
    assert sum(kills) >= KILLS - 1, f"too few runs were killed while running: {kills}"

    status, out, err = run_ingest([corpus], db_url, *args)
    assert status == 0, err
    assert f"{KILL_ARTICLES - stored} new, {stored} unchanged, 0 updated, 0 failed" in out
    check_consistency(db_url)
    assert assert_whole_articles(db_url, reference) == KILL_ARTICLES
    after = contested(db_url)
    engine = open_store(db_url)
    refresh_contested(engine)
    engine.dispose()
    assert contested(db_url) == after and after  # the final run left contested places up to date
    log.info("%s: %d kills (%d while running), %d articles stored before the final run; %.1f s in all",
             db_url.split(":")[0], KILLS, sum(kills), stored, time.perf_counter() - started)


def test_a_run_killed_before_its_final_refresh_is_completed_by_the_next(db_url: str) -> None:
    # regression: the refresh ran only when the run wrote something, and the re-run of a run killed
    # after its last batch has nothing new: contested places stayed stale for good
    ingest([SEEDS], url=db_url)
    expected = contested(db_url)
    assert expected
    engine = open_store(db_url)
    with engine.begin() as conn:  # what the kill leaves: every batch committed, the refresh not
        conn.execute(contested_places.delete())
    engine.dispose()
    again = ingest([SEEDS], url=db_url)
    assert (again.new, again.unchanged) == (0, 5)
    assert contested(db_url) == expected
    check_consistency(db_url)


def test_two_ingests_at_once_on_postgresql(pg_url: str, kill_corpus: tuple[Path, dict[str, tuple[int, ...]]]) -> None:
    # both write the same articles and the same place counts, and both refresh contested places
    corpus, reference = kill_corpus
    open_store(pg_url).dispose()
    procs = [start_ingest([corpus], pg_url, "--batch-size", str(KILL_BATCH)) for _ in range(2)]
    outputs = [p.communicate(timeout=600) for p in procs]
    for proc, (_out, err) in zip(procs, outputs, strict=True):
        assert proc.returncode == 0, err
    assert sum(int(out.split(" new")[0].split()[-1]) for out, _ in outputs) == KILL_ARTICLES  # each once
    check_consistency(pg_url)
    assert assert_whole_articles(pg_url, reference) == KILL_ARTICLES


# --- a full disk under the SQLite file --------------------------------------------------------

def _mount_tmpfs(folder: Path, size: str) -> bool:
    folder.mkdir(parents=True, exist_ok=True)
    if not shutil.which("mount") or os.geteuid() != 0:
        return False
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0755", "geo-test-full", str(folder)],
                          capture_output=True, text=True)
    return done.returncode == 0


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 2 MB filesystem (tmpfs), unmounted afterwards, even when the test fails."""
    folder = tmp_path / "small-disk"
    if not _mount_tmpfs(folder, "2m"):
        pytest.skip("mounting a size-limited tmpfs needs root (CAP_SYS_ADMIN); the disk-full test cannot run here")
    try:
        yield folder
    finally:
        if subprocess.run(["umount", str(folder)], capture_output=True).returncode != 0:
            subprocess.run(["umount", "-l", str(folder)], check=True)


def test_a_full_disk_stops_the_ingest_with_what_to_do_and_a_rerun_finishes(
        small_disk: Path, kill_corpus: tuple[Path, dict[str, tuple[int, ...]]]) -> None:
    corpus, reference = kill_corpus
    url = f"sqlite:///{small_disk / 'geo.sqlite'}"
    started = time.perf_counter()
    status, out, err = run_ingest([corpus], url, "--batch-size", str(KILL_BATCH))
    seconds = time.perf_counter() - started
    assert status == 1, (out, err)
    assert "Traceback" not in err, err
    message = err.strip().splitlines()[-1]
    for phrase in ("the disk is full", str(small_disk / "geo.sqlite"), "free some space", "--db",
                   "the same command"):
        assert phrase in message, (phrase, message)
    assert not [line for line in err.splitlines() if line.startswith("error:")]  # stopped at once, not one
    # "not stored" per remaining article
    counts = check_consistency(url)  # readable, on the full disk
    stored = counts["articles"]
    assert 0 < stored < KILL_ARTICLES and stored % KILL_BATCH == 0
    assert f"the {stored} written before it are" in message
    assert assert_whole_articles(url, reference) == stored

    subprocess.run(["mount", "-o", "remount,size=64m", str(small_disk)], check=True)  # make space
    status, out, err = run_ingest([corpus], url, "--batch-size", str(KILL_BATCH))
    assert status == 0, err
    assert f"{KILL_ARTICLES - stored} new, {stored} unchanged, 0 updated, 0 failed" in out
    check_consistency(url)
    assert assert_whole_articles(url, reference) == KILL_ARTICLES
    log.info("disk full after %d of %d articles; the failing run took %.1f s; message: %s",
             stored, KILL_ARTICLES, seconds, message)


def test_a_store_at_its_size_limit_stops_the_ingest_the_same_way(
        tmp_path: Path, kill_corpus: tuple[Path, dict[str, tuple[int, ...]]]) -> None:
    # the same SQLITE_FULL without mounting anything (runs where mount is not allowed): SQLite's own
    # cap on the database's pages, set on every connection of this engine
    corpus, reference = kill_corpus
    url = f"sqlite:///{tmp_path / 'capped.sqlite'}"
    engine = open_store(url)
    event.listen(engine, "connect", lambda dbapi_conn, _record: dbapi_conn.execute("PRAGMA max_page_count = 300"))
    engine.dispose()  # (new connections only: each gets the cap)
    with pytest.raises(StoreError, match="the disk is full") as raised:
        ingest([corpus], engine=engine, batch_size=KILL_BATCH)
    engine.dispose()
    stored = check_consistency(url)["articles"]
    assert 0 < stored < KILL_ARTICLES and stored % KILL_BATCH == 0
    assert f"the {stored} written before it are" in str(raised.value)
    summary = ingest([corpus], url=url, batch_size=KILL_BATCH)
    assert (summary.new, summary.unchanged, summary.failed) == (KILL_ARTICLES - stored, stored, 0)
    check_consistency(url)
    assert assert_whole_articles(url, reference) == KILL_ARTICLES


# --- PostgreSQL restarted mid-ingest -----------------------------------------------------------

def _cluster() -> list[str] | None:
    """pg_ctlcluster's version and name for the local test server, when this machine runs it."""
    versions = sorted(os.listdir("/etc/postgresql")) if os.path.isdir("/etc/postgresql") else []
    admin = os.environ.get("GEO_TEST_PG_ADMIN_URL", "postgresql://postgres@127.0.0.1:5432/postgres")
    local = any(host in admin for host in ("@127.0.0.1:5432/", "@localhost:5432/"))
    if not (shutil.which("pg_ctlcluster") and os.geteuid() == 0 and len(versions) == 1 and local):
        return None
    return [versions[0], "main"]


def _pg_ctl(action: str, cluster: list[str]) -> None:
    subprocess.run(["pg_ctlcluster", "--skip-systemctl-redirect", *cluster, action], check=True,
                   capture_output=True, timeout=120)


@pytest.fixture
def restart_postgres(pg_url: str) -> Iterator[tuple[str, object]]:
    """(a fresh database, restart()); the server is running again afterwards, whatever happened."""
    cluster = _cluster()
    if cluster is None:
        pytest.skip("restarting PostgreSQL needs root and the local pg_ctlcluster server at 127.0.0.1:5432")
    try:
        yield pg_url, lambda: _pg_ctl("restart", cluster)
    finally:
        status = subprocess.run(["pg_ctlcluster", "--skip-systemctl-redirect", *cluster, "status"],
                                capture_output=True)
        if status.returncode != 0:
            _pg_ctl("start", cluster)  # waits until it accepts connections


def test_postgresql_restarted_mid_ingest(restart_postgres: tuple[str, object],
                                         kill_corpus: tuple[Path, dict[str, tuple[int, ...]]]) -> None:
    url, restart = restart_postgres
    corpus, reference = kill_corpus
    engine = open_store(url)
    with engine.connect() as conn:
        booted = conn.execute(text("SELECT pg_postmaster_start_time()")).scalar()
    proc = start_ingest([corpus], url, "--batch-size", str(KILL_BATCH))
    before = wait_for_articles(engine, proc, 3 * KILL_BATCH)
    assert proc.poll() is None and before < KILL_ARTICLES, "the ingest ended before the restart: enlarge the corpus"
    started = time.perf_counter()
    restart()  # type: ignore[operator]
    restart_seconds = time.perf_counter() - started
    out, err = proc.communicate(timeout=600)
    with engine.connect() as conn:  # (the pool's connections died with the server: pre-ping reconnects)
        assert conn.execute(text("SELECT pg_postmaster_start_time()")).scalar() != booted
    engine.dispose()
    assert proc.returncode == 0, err
    assert "the store is unreachable or busy" in err  # the lost batch was written again
    new, unchanged = (int(out.split(" new, ")[0].split()[-1]), int(out.split(" unchanged")[0].split()[-1]))
    assert new + unchanged == KILL_ARTICLES and "0 failed" in out
    check_consistency(url)
    assert assert_whole_articles(url, reference) == KILL_ARTICLES
    status, out, err = run_ingest([corpus], url)
    assert status == 0 and f"0 new, {KILL_ARTICLES} unchanged" in out, err
    log.info("PostgreSQL restarted (%.1f s) after %d articles; the ingest reconnected and stored all %d "
             "(%d new, %d found already written)", restart_seconds, before, KILL_ARTICLES, new, unchanged)
