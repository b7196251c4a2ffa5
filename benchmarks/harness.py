"""Benchmarks: every figure of the README's "Benchmarks" section, measured in one run.

Owns `python -m benchmarks`: the benchmark corpus (built by benchmarks/corpus.py), timing extraction
(throughput per core, peak memory, gazetteer start-up), ingest into SQLite and PostgreSQL with 1
and 2 workers (and the Dask engine when geo/store/distributed.py exists), the dashboard's queries, the
dashboard map in a real browser (through benchmarks/bench_dashboard.py, run as a subprocess),
the references measured or quoted beside them, the pass/fail of each target, and the report: a
table on stdout and a JSON file naming the machine. Like the CLI it is an edge: it touches the
disk, the clock, subprocesses and databases. Nothing in the pipeline imports it, and it decides
nothing about places or claims.
"""

from __future__ import annotations

import concurrent.futures
import datetime as dt
import importlib.util
import json
import logging
import multiprocessing
import os
import platform
import re
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from geo.errors import GeoError

log = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DASHBOARD_SCRIPT = ROOT / "benchmarks" / "bench_dashboard.py"
CHROMIUM = Path("/usr/bin/chromium")
"""benchmarks/bench_dashboard.py drives this browser."""

STAGES = ("extract", "ingest", "queries", "dashboard")
DASHBOARD_CLAIMS_PER_PLACE = 20

MORDECAI_WORDS_PER_S = 4000
"""Mordecai's published throughput (English, spaCy NER, GeoNames in Elasticsearch): about 4,000
words a second. Quoted, not measured here."""

TARGET_EXTRACT_MB_PER_S = 1.5
TARGET_INGEST_10K_S = 60.0
TARGET_QUERY_P95_MS = 100.0
TARGET_SCALING = 1.7


class BenchError(GeoError, RuntimeError):
    """A benchmark could not run (a failed ingest, a database that cannot be created)."""


@dataclass(frozen=True)
class Settings:
    """What one run measures: ``Settings(articles)`` the full run, ``Settings.smoke_run()`` the tiny one."""

    articles: int
    stages: tuple[str, ...] = STAGES
    pg_admin: str | None = None
    query_claims: tuple[int, ...] = (10_000, 100_000)
    query_runs: int = 30
    record_pool: int = 400
    """Distinct extracted articles the query stores are built from (copied until they hold enough claims)."""
    dashboard_places: tuple[int, ...] = (1_000, 5_000, 20_000)
    dashboard_claims: int = 100_000
    dashboard_runs: int = 3
    steady_articles: int = 2_000
    """The steady-state pass (per-word caches warm) runs over at most this many articles."""
    naive_bytes: int = 1_000_000
    """The naive regex reference runs over at most this much of the corpus (it is slow)."""
    workers: tuple[int, ...] = (1, 2)
    smoke: bool = False

    @classmethod
    def smoke_run(cls, articles: int = 20, **changes: Any) -> Settings:
        base = cls(articles=articles, query_claims=(300, 1_500), query_runs=5, record_pool=40,
                   dashboard_places=(50,), dashboard_claims=2_000, dashboard_runs=1,
                   steady_articles=articles, naive_bytes=200_000, smoke=True)
        return replace(base, **changes)


@dataclass(frozen=True)
class Figure:
    """One measured (or quoted) number, with its target when it has one."""

    key: str
    label: str
    value: float | None
    unit: str
    target: str = ""
    passed: bool | None = None
    note: str = ""


@dataclass
class Report:
    machine: dict[str, Any]
    settings: dict[str, Any]
    figures: list[Figure] = field(default_factory=list)
    skipped: dict[str, str] = field(default_factory=dict)
    failed: dict[str, str] = field(default_factory=dict)
    """Stages that stopped with an error (the figures measured before it are kept)."""

    def add(self, key: str, label: str, value: float | None, unit: str, *, target: str = "",
            passed: bool | None = None, note: str = "") -> None:
        if value is not None:
            value = round(float(value), 3 if abs(value) < 10 else 1)
        self.figures.append(Figure(key, label, value, unit, target, passed, note))

    def missing(self) -> list[Figure]:
        return [f for f in self.figures if f.value is None]

    def to_json(self) -> dict[str, Any]:
        return {
            "machine": self.machine,
            "settings": self.settings,
            "figures": {f.key: {k: v for k, v in asdict(f).items() if k != "key"} for f in self.figures},
            "skipped": self.skipped,
            "failed": self.failed,
        }


# ----------------------------------------------------------------------------- sizes and machine


def parse_size(text: str) -> int:
    """'1k' -> 1000, '100k' -> 100000, '250' -> 250."""
    m = re.fullmatch(r"\s*(\d+)\s*([kKmM]?)\s*", text)
    if not m or int(m.group(1)) == 0:
        raise BenchError(f"size {text!r} is not a number of articles; use 1k, 10k, 100k or a number such as 250")
    return int(m.group(1)) * {"": 1, "k": 1_000, "m": 1_000_000}[m.group(2).lower()]


def size_label(n: int) -> str:
    if n >= 1_000_000 and n % 1_000_000 == 0:
        return f"{n // 1_000_000}M"
    if n >= 1_000 and n % 1_000 == 0:
        return f"{n // 1_000}k"
    return str(n)


def machine_info() -> dict[str, Any]:
    """CPU model, cores, RAM, Python, OS, date, load: the context every figure needs."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        ram_gb: float | None = round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30, 1)
    except (ValueError, OSError, AttributeError):
        ram_gb = None
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:
        usable = os.cpu_count() or 1
    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                                text=True, timeout=10).stdout.strip() or None
    except (OSError, subprocess.SubprocessError):
        commit = None
    from geo.pipeline import EXTRACTOR_VERSION

    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "usable_cores": usable,
        "ram_gb": ram_gb,
        "python": platform.python_version(),
        "platform": platform.platform(),
        "date": dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
        "load_average_at_start": [round(x, 2) for x in os.getloadavg()] if hasattr(os, "getloadavg") else None,
        "commit": commit,
        "extractor_version": EXTRACTOR_VERSION,
    }


def _percentile(values: Sequence[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def _at_least(value: float | None, bound: float) -> bool | None:
    return None if value is None else value >= bound


def _below(value: float | None, bound: float) -> bool | None:
    return None if value is None else value < bound


# ----------------------------------------------------------------------------- extraction


def _fresh_interpreter_seconds(code: str, cache: Path) -> float:
    env = {**os.environ, "GEO_CACHE_DIR": str(cache), "PYTHONPATH": os.pathsep.join(
        p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p)}
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    if out.returncode:
        raise BenchError(f"timing the gazetteer in a fresh interpreter failed: {out.stderr.strip()[-500:]}")
    return float(out.stdout.strip().splitlines()[-1])


_GAZETTEER_TIMING = (
    "import time; t = time.perf_counter(); from geo.places.gazetteer import load_gazetteer; "
    "load_gazetteer(); print(time.perf_counter() - t)"
)


def gazetteer_start_seconds(workdir: Path) -> tuple[float, float]:
    """(cold, warm): a fresh interpreter loading the gazetteer with an empty cache (it builds the
    index and writes the cache), then with that cache (best of three); imports included."""
    cache = workdir / "gazetteer-cache"
    shutil.rmtree(cache, ignore_errors=True)
    cold = _fresh_interpreter_seconds(_GAZETTEER_TIMING, cache)
    warm = min(_fresh_interpreter_seconds(_GAZETTEER_TIMING, cache) for _ in range(3))
    return cold, warm


def _corpus_entries(corpus: Path) -> list[Any]:
    from geo.corpus.sources import collect_entries

    entries, problems = collect_entries([corpus], None)
    if problems:
        raise BenchError(f"the benchmark corpus in {corpus} has unreadable entries: {problems[0].message}")
    return entries


def peak_rss_kib() -> int:
    """This process's own peak resident set size (KiB).

    Linux's VmHWM, not getrusage's ru_maxrss: a spawned child's ru_maxrss starts at its parent's
    peak (it is carried across fork and exec), so a child of a large process would report the
    parent's memory as its own."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def measure_extraction(corpus: str, steady_articles: int, naive_bytes: int) -> dict[str, Any]:
    """Extraction on one core, run in a fresh process (so its peak RSS is its own): a first pass
    over the whole corpus (per-word caches filling), a steady pass over its first articles, and
    the naive reference over the same text."""
    from geo.corpus.sources import load_article
    from geo.pipeline import extract
    from geo.places.gazetteer import load_gazetteer
    from geo.places.lexicon import load_lexicon

    gaz = load_gazetteer()
    lexicon = load_lexicon()
    rss_ready_kb = peak_rss_kib()
    entries = _corpus_entries(Path(corpus))

    def chunks(items: Sequence[Any], size: int = 250) -> Iterator[list[Any]]:
        for i in range(0, len(items), size):
            yield [load_article(e) for e in items[i:i + size]]  # read outside the timed part

    def run(items: Sequence[Any]) -> dict[str, float]:
        seconds = cpu = size = words = mentions = claims = 0.0
        for batch in chunks(items):
            t, c = time.perf_counter(), time.process_time()
            results = [extract(a, gaz, lexicon=lexicon) for a in batch]
            seconds += time.perf_counter() - t
            cpu += time.process_time() - c
            for a, r in zip(batch, results, strict=True):
                size += len(a.text.encode("utf-8"))
                words += len(a.text.split())
                mentions += len(r.mentions)
                claims += len(r.claims)
        return {"seconds": seconds, "cpu_seconds": cpu, "bytes": size, "words": words, "articles": len(items),
                "mentions": mentions, "claims": claims}

    first = run(entries)
    steady = run(entries[:steady_articles])
    peak_kb = peak_rss_kib()

    # The naive reference: every alias of the gazetteer as written, escaped, in one alternation
    # (longest first), run with re over the raw text: no normalisation, no clitics, no rules.
    aliases = sorted({n for p in gaz.places.values() for n in (p.name_ar, *p.alt_names) if n}, key=len, reverse=True)
    t = time.perf_counter()
    naive = re.compile("|".join(re.escape(a) for a in aliases))
    compile_s = time.perf_counter() - t
    naive_seconds = naive_size = hits = 0.0
    for batch in chunks(entries):
        for a in batch:
            t = time.perf_counter()
            hits += sum(1 for _ in naive.finditer(a.text))
            naive_seconds += time.perf_counter() - t
            naive_size += len(a.text.encode("utf-8"))
            if naive_size >= naive_bytes:
                break
        if naive_size >= naive_bytes:
            break
    return {
        "first": first, "steady": steady,
        "rss_ready_mb": rss_ready_kb / 1024, "peak_rss_mb": peak_kb / 1024,
        "naive": {"seconds": naive_seconds, "bytes": naive_size, "hits": hits, "aliases": len(aliases),
                  "compile_s": compile_s},
    }


def _in_fresh_process(fn: Callable[..., dict[str, Any]], *args: Any) -> dict[str, Any]:
    ctx = multiprocessing.get_context("spawn")
    with concurrent.futures.ProcessPoolExecutor(max_workers=1, mp_context=ctx) as pool:
        return pool.submit(fn, *args).result()


def bench_extract(report: Report, settings: Settings, corpus: Path, workdir: Path) -> None:
    cold, warm = gazetteer_start_seconds(workdir)
    report.add("gazetteer.cold_s", "gazetteer ready, first run (no cache: builds the index), fresh interpreter",
               cold, "s")
    report.add("gazetteer.warm_s", "gazetteer ready, warm start (cache), fresh interpreter, imports included",
               warm, "s", target="< 1 s", passed=_below(warm, 1.0))
    m = _in_fresh_process(measure_extraction, str(corpus), settings.steady_articles, settings.naive_bytes)
    first, steady, naive = m["first"], m["steady"], m["naive"]
    mb_s = first["bytes"] / 1e6 / first["seconds"]
    report.add("extract.mb_per_s", "extraction (places and claims), one core, whole corpus", mb_s, "MB/s",
               target=f"≥ {TARGET_EXTRACT_MB_PER_S:g} MB/s per core", passed=_at_least(mb_s, TARGET_EXTRACT_MB_PER_S),
               note="first pass: per-word caches start empty")
    report.add("extract.cpu_mb_per_s", "extraction, whole corpus, per CPU second of the process",
               first["bytes"] / 1e6 / first["cpu_seconds"], "MB/s",
               note="CPU time, not wall time: less distorted when other work shares the cores")
    report.add("extract.steady_cpu_mb_per_s", "extraction, steady state, per CPU second of the process",
               steady["bytes"] / 1e6 / steady["cpu_seconds"], "MB/s")
    report.add("extract.articles_per_s", "extraction, one core, whole corpus", first["articles"] / first["seconds"],
               "articles/s")
    report.add("extract.words_per_s", "extraction, one core (words: whitespace split)",
               first["words"] / first["seconds"], "words/s")
    report.add("extract.steady_mb_per_s", f"extraction, one core, steady state (first {steady['articles']} "
               "articles again, caches warm)", steady["bytes"] / 1e6 / steady["seconds"], "MB/s")
    report.add("extract.peak_rss_mb", "peak memory of the extracting process (RSS)", m["peak_rss_mb"], "MB",
               note=f"{m['rss_ready_mb']:.0f} MB once the gazetteer is loaded")
    report.add("extract.mentions_per_article", "place mentions per article", first["mentions"] / first["articles"], "")
    report.add("extract.claims_per_article", "claims per article", first["claims"] / first["articles"], "")
    naive_mb_s = naive["bytes"] / 1e6 / naive["seconds"] if naive["seconds"] else None
    report.add("reference.naive_regex_mb_per_s",
               f"naive reference: one re alternation of all {naive['aliases']} gazetteer aliases, no rules",
               naive_mb_s, "MB/s", note=f"over the first {naive['bytes'] / 1e6:.2f} MB of the same corpus")
    report.add("reference.speedup_over_naive", "our extraction ÷ the naive regex (same text)",
               mb_s / naive_mb_s if naive_mb_s else None, "×")
    report.add("reference.mordecai_words_per_s", "Mordecai, published figure (GeoNames in Elasticsearch)",
               MORDECAI_WORDS_PER_S, "words/s", note="quoted, not measured here; English text")
    report.add("reference.words_per_s_vs_mordecai", "our words/s ÷ Mordecai's",
               first["words"] / first["seconds"] / MORDECAI_WORDS_PER_S, "×")


# ----------------------------------------------------------------------------- databases


@contextmanager
def fresh_database(backend: str, workdir: Path, pg_admin: str | None, name: str) -> Iterator[str]:
    """A URL to an empty store: a new SQLite file, or a new PostgreSQL database dropped afterwards."""
    if backend == "sqlite":
        path = workdir / f"{name}.sqlite"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        yield f"sqlite:///{path}"
        return
    import psycopg

    assert pg_admin is not None
    db = f"geo_bench_{name.replace('-', '_')}_{uuid.uuid4().hex[:8]}"
    try:
        with psycopg.connect(pg_admin, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{db}"')
    except psycopg.Error as err:
        raise BenchError(f"cannot create a database on {pg_admin} ({err}); check --pg") from err
    try:
        yield pg_admin.rsplit("/", 1)[0] + "/" + db
    finally:
        with psycopg.connect(pg_admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')


def _backends(report: Report, settings: Settings, stage: str) -> list[str]:
    if settings.pg_admin:
        return ["sqlite", "postgresql"]
    report.skipped[f"{stage}.postgresql"] = "no --pg URL given"
    return ["sqlite"]


# ----------------------------------------------------------------------------- ingest


def bench_ingest(report: Report, settings: Settings, corpus: Path, workdir: Path) -> None:
    from geo.store.ingest import ingest

    n = settings.articles
    for backend in _backends(report, settings, "ingest"):
        rates: dict[int, float] = {}
        for workers in settings.workers:
            with fresh_database(backend, workdir, settings.pg_admin, f"ingest-{workers}w") as url:
                own, children = _cpu_seconds()
                t = time.perf_counter()
                summary = ingest([corpus], url=url, workers=workers, batch_size=200)
                seconds = time.perf_counter() - t
                own_after, children_after = _cpu_seconds()
            if summary.failed or summary.new != n:
                raise BenchError(f"ingest into {backend} with {workers} worker(s) stored {summary.new} of {n} "
                                 f"articles ({summary.failed} failed): {summary.problems[:1]}")
            rates[workers] = n / seconds
            key, who = f"ingest.{backend}.{workers}w", f"{workers} worker{'s' if workers > 1 else ''}"
            report.add(f"{key}.seconds", f"ingest {n} articles into {backend}, {who}", seconds, "s")
            report.add(f"{key}.articles_per_s", f"ingest into {backend}, {who}", rates[workers], "articles/s")
            # where the CPU went: the process that writes the store (and, with 1 worker, extracts
            # too) and the worker processes; a database server's own time is in neither
            report.add(f"{key}.main_cpu_s", f"ingest into {backend}, {who}: CPU of the writing process",
                       own_after - own, "s",
                       note="extraction included" if workers == 1 else "writing and collecting results")
            if workers > 1:
                report.add(f"{key}.workers_cpu_s", f"ingest into {backend}, {who}: CPU of the worker processes",
                           children_after - children, "s")
        if 1 in rates and 2 in rates:
            ratio = rates[2] / rates[1]
            report.add(f"ingest.{backend}.scaling", f"{backend}: 2 workers ÷ 1 worker", ratio, "×",
                       target=f"≥ {TARGET_SCALING:g}×", passed=_at_least(ratio, TARGET_SCALING),
                       note=f"{report.machine['usable_cores']} usable cores"
                       + ("; the database server shares them" if backend == "postgresql" else ""))
        if backend == "sqlite" and 2 in rates:
            projected = 10_000 / rates[2]
            report.add("ingest.sqlite.10k_2w_seconds", "10,000 articles into SQLite, 2 workers", projected, "s",
                       target=f"< {TARGET_INGEST_10K_S:g} s", passed=_below(projected, TARGET_INGEST_10K_S),
                       note="measured" if n == 10_000 else f"projected from the {n}-article run")
    bench_dask(report, settings, corpus, workdir)


def _cpu_seconds() -> tuple[float, float]:
    """CPU seconds (user + system) of this process, and of its children that have ended."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime


def bench_dask(report: Report, settings: Settings, corpus: Path, workdir: Path) -> None:
    """`python -m geo ingest --engine dask` against a LocalCluster of 2 worker processes."""
    if importlib.util.find_spec("geo.store.distributed") is None:
        report.skipped["ingest.dask"] = "geo/store/distributed.py does not exist yet (python -m geo ingest --engine dask)"
        return
    from dask.distributed import LocalCluster

    for name in ("distributed", "tornado", "bokeh"):  # the cluster's own chatter is not the report
        logging.getLogger(name).setLevel(logging.WARNING)
    n = settings.articles
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                      silence_logs=logging.WARNING) as cluster, \
            fresh_database("sqlite", workdir, None, "ingest-dask") as url:
        t = time.perf_counter()
        out = subprocess.run(
            [sys.executable, "-m", "geo", "ingest", str(corpus), "--db", url, "--engine", "dask",
             "--scheduler", cluster.scheduler_address],
            cwd=ROOT, capture_output=True, text=True, timeout=24 * 3600,
            env={**os.environ, "PYTHONPATH": os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p)},
        )
        seconds = time.perf_counter() - t
    if out.returncode:
        report.add("ingest.dask.sqlite.2w.articles_per_s", "ingest into SQLite, Dask engine, 2 workers", None,
                   "articles/s", note=f"failed: {_last_line(out.stderr or out.stdout)}")
        return
    report.add("ingest.dask.sqlite.2w.seconds", f"ingest {n} articles into sqlite, Dask LocalCluster, 2 workers",
               seconds, "s", note="includes the command's start-up")
    report.add("ingest.dask.sqlite.2w.articles_per_s", "ingest into sqlite, Dask LocalCluster, 2 workers",
               n / seconds, "articles/s")


# ----------------------------------------------------------------------------- queries


def claim_records(corpus: Path, limit: int) -> list[dict[str, Any]]:
    """Store records (as ingest writes them) of the corpus's first ``limit`` articles."""
    from geo.places.gazetteer import load_gazetteer
    from geo.store.tasks import extract_entry

    gaz = load_gazetteer()
    out = []
    for entry in _corpus_entries(corpus)[:limit]:
        result = extract_entry(entry, gaz, frozenset())
        if result["status"] != "ok":
            raise BenchError(f"the benchmark corpus has an article that cannot be extracted: {result['where']}: "
                             f"{result['message']}")
        out.append(result["record"])
    return out


def _copy_record(record: dict[str, Any], copy: int) -> dict[str, Any]:
    """The same article again under a new identity (and a date moved by up to a few weeks)."""
    if copy == 0:
        return record
    out = dict(record)
    out["id"] = f"{record['id']}-c{copy}"
    out["text"] = record["text"] + "\n" * copy  # another text: a copy is not a duplicate of its original
    if record.get("published"):
        day = dt.date.fromisoformat(record["published"]) + dt.timedelta(days=copy % 29)
        out["published"] = day.isoformat()
    out["claims"] = [{**c, "id": f"{c['id']}-c{copy}"} for c in record["claims"]]
    return out


def grow_store(url: str, records: Sequence[dict[str, Any]], start: int, claims_wanted: int) -> tuple[int, int]:
    """Write copies of ``records`` (from copy number ``start``) until the store holds at least
    ``claims_wanted`` claims. Returns (claims in the store, next copy number)."""
    from sqlalchemy import func, select

    from geo.store.engine import open_store
    from geo.store.ingest import refresh_contested
    from geo.store.schema import claims, refresh_place_counts
    from geo.store.writer import write_articles

    engine = open_store(url)
    try:
        with engine.connect() as conn:
            have = conn.execute(select(func.count()).select_from(claims)).scalar() or 0
        i = start
        while have < claims_wanted:
            batch: list[dict[str, Any]] = []
            while len(batch) < 200 and have < claims_wanted:
                batch.append(_copy_record(records[i % len(records)], i // len(records)))
                have += len(batch[-1]["claims"])
                i += 1
            with engine.begin() as conn:
                write_articles(conn, batch)
        refresh_contested(engine)
        with engine.begin() as conn:
            refresh_place_counts(conn)
            have = conn.execute(select(func.count()).select_from(claims)).scalar() or 0
    finally:
        engine.dispose()
    return have, i


def time_queries(url: str, runs: int) -> dict[str, dict[str, float]]:
    """p50/p95 (ms) of the dashboard's questions: the place layer, unfiltered and for one side,
    and the busiest place's first page of claims (as app.py asks them)."""
    from geo.store.engine import open_store
    from geo.store.queries import Filters, place_claims, place_counts

    engine = open_store(url)
    out: dict[str, dict[str, float]] = {}
    try:
        with engine.connect() as conn:
            busiest = place_counts(conn)[0]["place_id"]
            cases: dict[str, Callable[[], Any]] = {
                "place_layer": lambda: place_counts(conn),
                "place_layer_one_side": lambda: place_counts(conn, Filters(sides=("azerbaijan",))),
                "place_claims": lambda: place_claims(conn, busiest, page=0, page_size=10),
            }
            for name, call in cases.items():
                call()  # warm-up: the first call pays for the connection and the plan
                times = []
                for _ in range(runs):
                    t = time.perf_counter()
                    call()
                    times.append((time.perf_counter() - t) * 1000)
                out[name] = {"p50": statistics.median(times), "p95": _percentile(times, 0.95)}
    finally:
        engine.dispose()
    return out


_QUERY_LABELS = {
    "place_layer": "place layer (geo.store.queries.place_counts), no filter",
    "place_layer_one_side": "place layer, one side",
    "place_claims": "one place's claims, first page (place_claims, busiest place)",
}


def bench_queries(report: Report, settings: Settings, corpus: Path, workdir: Path) -> None:
    records = claim_records(corpus, min(settings.articles, settings.record_pool))
    largest = max(settings.query_claims)
    for backend in _backends(report, settings, "queries"):
        with fresh_database(backend, workdir, settings.pg_admin, "queries") as url:
            copy = 0
            for wanted in sorted(settings.query_claims):
                have, copy = grow_store(url, records, copy, wanted)
                timed = time_queries(url, settings.query_runs)
                size = size_label(wanted)
                for name, t in timed.items():
                    key = f"queries.{backend}.{size}.{name}"
                    label = f"{_QUERY_LABELS[name]}, {backend}, {have:,} claims"
                    report.add(f"{key}.p50_ms", label + ", p50", t["p50"], "ms")
                    at_target = wanted == largest
                    report.add(f"{key}.p95_ms", label + ", p95", t["p95"], "ms",
                               target=f"< {TARGET_QUERY_P95_MS:g} ms" if at_target else "",
                               passed=_below(t["p95"], TARGET_QUERY_P95_MS) if at_target else None,
                               note=f"{settings.query_runs} runs")


# ----------------------------------------------------------------------------- dashboard


def _payload_kb(result: dict[str, Any]) -> float | None:
    """The map's payload from bench_dashboard.py's JSON, in kB, whatever the key's unit suffix."""
    for key, value in result.items():
        if "payload" not in key:
            continue
        if isinstance(value, dict):
            value = value.get("p50", value.get("value"))
        if not isinstance(value, int | float):
            continue
        if key.endswith(("_mb", "_MB")):
            return float(value) * 1000
        if key.endswith(("_kb", "_kB", "_KB")):
            return float(value)
        return float(value) / 1000  # bytes
    return None


def _run_in_own_group(command: list[str], *, timeout: float) -> tuple[int | None, str]:
    """Run a command in its own process group and end whatever is left of the group afterwards:
    a script that fails may leave the server it started running (bench_dashboard.py's streamlit).
    Returns (exit status or None on timeout, stderr or else stdout)."""
    # files, not pipes: a child left running would hold a pipe open and make us wait for it
    with tempfile.TemporaryFile("w+", encoding="utf-8") as out, tempfile.TemporaryFile("w+", encoding="utf-8") as err:
        proc = subprocess.Popen(command, cwd=ROOT, stdout=out, stderr=err, text=True, start_new_session=True)
        try:
            returncode: int | None = proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            returncode = None
        finally:
            try:
                os.killpg(proc.pid, signal.SIGTERM)  # the group holds this command and its children only
            except ProcessLookupError:
                pass
            proc.wait()
        out.seek(0)
        err.seek(0)
        output = err.read() or out.read()
    return returncode, output if returncode is not None else f"timed out after {timeout:.0f} s"


def _last_line(output: str) -> str:
    """The last line of a failed command's output (a traceback's last line names the error)."""
    lines = [line.strip() for line in output.strip().splitlines() if line.strip()]
    return (lines[-1] if lines else "no output")[:300]


def bench_dashboard(report: Report, settings: Settings, workdir: Path) -> None:
    if not DASHBOARD_SCRIPT.exists():
        report.skipped["dashboard"] = f"{DASHBOARD_SCRIPT} is not there (an installed package without the checkout)"
        return
    if not CHROMIUM.exists():
        report.skipped["dashboard"] = f"no browser at {CHROMIUM}: apt-get install chromium"
        return
    for places in settings.dashboard_places:
        # bench_dashboard.py waits for every place to be drawn, and a place without claims is not on
        # the map: enough claims that each place has some (20 a place on average)
        claims = max(settings.dashboard_claims, DASHBOARD_CLAIMS_PER_PLACE * places)
        out_json = workdir / f"dashboard-{places}.json"
        label = f"{places:,} places, {claims:,} claims"
        key = f"dashboard.{size_label(places)}"
        returncode, output = _run_in_own_group(
            [sys.executable, str(DASHBOARD_SCRIPT), "--places", str(places), "--claims",
             str(claims), "--runs", str(settings.dashboard_runs), "--json", str(out_json)],
            timeout=3600,
        )
        failure = "" if returncode == 0 else _last_line(output)
        result = json.loads(out_json.read_text(encoding="utf-8")) if not failure and out_json.exists() else {}
        if not result and not failure:
            failure = "bench_dashboard.py wrote no JSON"
        note = f"failed: {failure}" if failure else f"p50 of {settings.dashboard_runs} run(s) after a warm-up"
        drawn = result.get("map_drawn_s", {}).get("p50")
        clicked = result.get("click_to_claims_s", {}).get("p50")
        payload = _payload_kb(result)
        payload_note = "as bench_dashboard.py measured it"
        if payload is None:
            payload = place_layer_kb(places, claims)
            payload_note = "the place layer's GeoJSON as geo.app.mapview builds it (bench_dashboard.py reported none)"
        report.add(f"{key}.map_drawn_s", f"dashboard, {label}: page opened → every marker drawn", drawn, "s",
                   note=note)
        report.add(f"{key}.click_s", f"dashboard, {label}: click on a place → its claims shown", clicked, "s",
                   note=note)
        report.add(f"{key}.payload_kb", f"dashboard, {label}: the map's payload", payload, "kB", note=payload_note)


def place_layer_kb(places: int, claims: int, *, seed: int = 3) -> float:
    """Size of the place layer the browser receives for ``places`` places sharing ``claims`` claims
    (geo.app.mapview.place_features, serialised as the app inlines or serves it)."""
    import random

    from geo.app.layers import json_for_script
    from geo.app.mapview import place_features

    rng = random.Random(seed)
    sides = ("armenia", "azerbaijan", "russia", "turkey", "none", "other")
    counts: list[dict[str, int]] = [{} for _ in range(places)]
    for _ in range(claims):
        by_side = counts[rng.randrange(places)]
        side = rng.choice(sides)
        by_side[side] = by_side.get(side, 0) + 1
    rows = [{"place_id": f"p{i:05d}", "name": f"Place {i}", "name_ar": f"مكان {i}", "alt_names": [],
             "lat": round(38.6 + rng.random() * 2.6, 4), "lon": round(44.5 + rng.random() * 3.8, 4),
             "by_side": by_side, "total": sum(by_side.values()), "contested": rng.random() < 0.05}
            for i, by_side in enumerate(counts) if by_side]  # the layer holds only places with claims
    return len(json_for_script(place_features(rows)).encode("utf-8")) / 1000


# ----------------------------------------------------------------------------- the run


def run_bench(settings: Settings, *, workdir: Path | None = None,
              progress: Callable[[str], None] = lambda _msg: None) -> Report:
    """Measure the stages ``settings.stages`` asks for. Raises BenchError when one cannot run."""
    unknown = [s for s in settings.stages if s not in STAGES]
    if unknown:
        raise BenchError(f"unknown stage(s) {', '.join(unknown)}; choose from {', '.join(STAGES)}")
    report = Report(machine_info(), {k: v for k, v in asdict(settings).items() if k != "pg_admin"}
                    | {"postgresql": bool(settings.pg_admin)})
    with tempfile.TemporaryDirectory(prefix="geo-bench-", dir=workdir) as tmp:
        work = Path(tmp)
        # every process of the run (ingest workers too) uses one private gazetteer cache
        previous_cache = os.environ.get("GEO_CACHE_DIR")
        os.environ["GEO_CACHE_DIR"] = str(work / "gazetteer-cache")
        try:
            corpus = work / "corpus"
            if set(settings.stages) & {"extract", "ingest", "queries"}:
                from benchmarks.corpus import write_corpus

                progress(f"corpus: writing {settings.articles} articles")
                t = time.perf_counter()
                write_corpus(corpus, SEEDS, settings.articles)
                seconds = time.perf_counter() - t
                mb = sum(p.stat().st_size for p in corpus.glob("*.txt")) / 1e6
                report.add("corpus.articles", "benchmark corpus (benchmarks/corpus.py, seed 7): articles", settings.articles, "")
                report.add("corpus.mb", "benchmark corpus: size (UTF-8)", mb, "MB")
                report.add("corpus.build_s", "benchmark corpus: time to generate and write", seconds, "s")
            if set(settings.stages) & {"ingest", "queries"}:
                from geo.places.gazetteer import load_gazetteer

                load_gazetteer()  # the cache every ingest worker reads (the extract stage times its own)
            stages: dict[str, Callable[[], None]] = {
                "extract": lambda: bench_extract(report, settings, corpus, work),
                "ingest": lambda: bench_ingest(report, settings, corpus, work),
                "queries": lambda: bench_queries(report, settings, corpus, work),
                "dashboard": lambda: bench_dashboard(report, settings, work),
            }
            for stage in STAGES:
                if stage in settings.stages:
                    progress(f"{stage} …")
                    t = time.perf_counter()
                    try:
                        stages[stage]()
                    except Exception as err:  # noqa: BLE001 - one stage's failure must not lose the others' figures
                        log.error("the %s stage failed", stage, exc_info=True)
                        report.failed[stage] = f"{type(err).__name__}: {err}"
                    progress(f"{stage}: {time.perf_counter() - t:.1f} s")
        finally:
            if previous_cache is None:
                os.environ.pop("GEO_CACHE_DIR", None)
            else:
                os.environ["GEO_CACHE_DIR"] = previous_cache
    return report


def format_table(report: Report) -> str:
    """The report as a Markdown table (figure, value, target, pass/fail), then what was skipped."""

    def value(f: Figure) -> str:
        if f.value is None:
            return "—"
        number = f"{f.value:,.0f}" if abs(f.value) >= 100 else f"{f.value:.3g}" if abs(f.value) < 10 else f"{f.value:.1f}"
        return f"{number} {f.unit}".strip()

    def verdict(f: Figure) -> str:
        return "" if f.passed is None else "pass" if f.passed else "FAIL"

    m = report.machine
    lines = [
        f"machine: {m['cpu']}, {m['cores']} cores ({m['usable_cores']} usable), {m['ram_gb']} GB RAM, "
        f"Python {m['python']}, {m['date']}, load average at start {m['load_average_at_start']}",
        "",
        "| figure | value | target | result |",
        "| --- | --- | --- | --- |",
    ]
    for f in report.figures:
        label = f.label + (f" ({f.note})" if f.note else "")
        lines.append(f"| {label} | {value(f)} | {f.target} | {verdict(f)} |")
    for key, reason in report.skipped.items():
        lines.append(f"skipped {key}: {reason}")
    for stage, error in report.failed.items():
        lines.append(f"FAILED {stage}: {error}")
    return "\n".join(lines)


def default_json_path(*, smoke: bool) -> Path:
    """benchmarks/results/bench.json in a checkout (bench-smoke.json for a smoke run), else ./bench.json."""
    name = "bench-smoke.json" if smoke else "bench.json"
    results = ROOT / "benchmarks" / "results"
    return results / name if results.is_dir() else Path(name)


def write_json(report: Report, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    tmp.write_text(json.dumps(report.to_json(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    os.replace(tmp, path)
