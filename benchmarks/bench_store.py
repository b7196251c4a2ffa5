"""Benchmark of the store: ingest throughput and dashboard query latency.

Run:  python benchmarks/bench_store.py [--articles 10000] [--pg postgresql://postgres@127.0.0.1:5432/postgres]
      [--json benchmarks/results/store.json]

Figures:
- ingest throughput (articles/s) of N synthetic articles (geo/corpus.py) into a fresh SQLite
  file and a fresh PostgreSQL database, with 1 and 2 worker processes;
- latency (p50 and p95 over repeated runs) of the dashboard's queries on the resulting store:
  the place layer (all, one side, contested only, a text search), one place's first page of
  claims, a contested place's claims by side.
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import func, select  # noqa: E402

from geo.corpus import write_corpus  # noqa: E402
from geo.ingest import ingest  # noqa: E402
from geo.queries import Filters, contested_claims, place_claims, place_counts  # noqa: E402
from geo.store import claims, open_store  # noqa: E402


def fresh_pg(admin: str) -> tuple[str, str]:
    import psycopg

    name = f"geo_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return admin.rsplit("/", 1)[0] + "/" + name, name


def drop_pg(admin: str, name: str) -> None:
    import psycopg

    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def percentile(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


def time_queries(url: str, runs: int) -> dict[str, dict[str, float]]:
    engine = open_store(url)
    out: dict[str, dict[str, float]] = {}
    with engine.connect() as conn:
        top = place_counts(conn)[0]["place_id"]
        contested = place_counts(conn, Filters(contested_only=True))
        contested_id = contested[0]["place_id"] if contested else top
        cases = {
            "place_layer_all": lambda: place_counts(conn),
            "place_layer_one_side": lambda: place_counts(conn, Filters(sides=("armenia",))),
            "place_layer_contested": lambda: place_counts(conn, Filters(contested_only=True)),
            "place_layer_text_search": lambda: place_counts(conn, Filters(text="علييف")),
            "place_claims_first_page": lambda: place_claims(conn, top, page=0, page_size=20),
            "contested_claims_by_side": lambda: contested_claims(conn, contested_id),
        }
        for name, call in cases.items():
            call()  # warm
            times = []
            for _ in range(runs):
                t = time.perf_counter()
                call()
                times.append((time.perf_counter() - t) * 1000)
            out[name] = {"p50_ms": round(statistics.median(times), 1), "p95_ms": round(percentile(times, 0.95), 1)}
    engine.dispose()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--pg", default="postgresql://postgres@127.0.0.1:5432/postgres",
                        help="admin URL of a PostgreSQL server ('' to skip PostgreSQL)")
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--json", type=Path, default=ROOT / "benchmarks" / "results" / "store.json")
    args = parser.parse_args()

    results: dict[str, object] = {"machine": f"{platform.machine()} python {platform.python_version()}",
                                  "articles": args.articles}
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        write_corpus(corpus, ROOT / "seeds", args.articles)
        size_mb = sum(p.stat().st_size for p in corpus.glob("*.txt")) / 1e6
        results["corpus_mb"] = round(size_mb, 1)
        backends = [("sqlite", None)] + ([("postgresql", args.pg)] if args.pg else [])
        for backend, admin in backends:
            for workers in (1, 2):
                if backend == "sqlite":
                    url, name = f"sqlite:///{Path(tmp) / f'bench-{workers}.sqlite'}", ""
                else:
                    url, name = fresh_pg(admin)  # type: ignore[arg-type]
                t = time.perf_counter()
                summary = ingest([corpus], url=url, workers=workers, batch_size=200)
                elapsed = time.perf_counter() - t
                key = f"ingest_{backend}_{workers}w"
                results[key] = {"seconds": round(elapsed, 1), "articles_per_s": round(summary.new / elapsed, 1),
                                "mb_per_s": round(size_mb / elapsed, 2), "failed": summary.failed}
                print(key, results[key], flush=True)
                if workers == 2:
                    engine = open_store(url)
                    with engine.connect() as conn:
                        n_claims = conn.execute(select(func.count()).select_from(claims)).scalar()
                    engine.dispose()
                    results[f"queries_{backend}"] = {"claims": n_claims, **time_queries(url, args.runs)}
                    print(f"queries_{backend}", results[f"queries_{backend}"], flush=True)
                if backend == "postgresql":
                    drop_pg(admin, name)  # type: ignore[arg-type]
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
