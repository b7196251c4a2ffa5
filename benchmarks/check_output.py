"""Extraction output, recorded once and compared after a change: the guard for optimisations.

    python -m benchmarks.check_output record FILE   # before a change: write every record to FILE
    python -m benchmarks.check_output check FILE    # after it: exit 1, naming the first difference

What it covers: the JSON record (geo.pipeline.run, as ``python -m geo extract`` writes it) of every
article in seeds/, tests/data/real_dev, tests/data/written_dev1 and tests/data/written_dev2; the
records of the benchmark corpus's first articles (benchmarks/corpus.py, 300 by default), extracted
once with the caches filling and once more with them warm (the two must be equal); and the lines
printed by ``python -m geo score`` on tests/data/real_dev and on seeds/ with its annotations. The
held-out sets tests/data/real_test and real_test2 are left out. Paths are written relative to the
repository so a recording made in one checkout can be checked in another.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = ("seeds", "tests/data/real_dev", "tests/data/written_dev1", "tests/data/written_dev2")
SCORES = (("tests/data/real_dev",), ("tests/data/seed_annotations", "seeds"))
CORPUS_ARTICLES = 300


def _relative(record: dict[str, Any]) -> dict[str, Any]:
    path = record.get("path")
    if path and Path(path).is_absolute() and Path(path).is_relative_to(ROOT):
        record = {**record, "path": str(Path(path).relative_to(ROOT))}
    return record


def folder_records(folder: str) -> list[dict[str, Any]]:
    from geo.corpus.sources import collect_entries
    from geo.pipeline import run
    from geo.places.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    entries, problems = collect_entries([ROOT / folder], None)
    if problems:
        raise SystemExit(f"{folder}: {problems[0].where}: {problems[0].message}")
    return [_relative(run(entry, gaz)) for entry in entries]


def corpus_records(count: int) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The corpus's first ``count`` articles extracted twice: caches filling, then warm."""
    from benchmarks.corpus import iter_articles
    from geo.model import Article
    from geo.pipeline import extract
    from geo.places.gazetteer import load_gazetteer
    from geo.records import article_record

    gaz = load_gazetteer()
    articles = [Article(id=f"a{n:06d}", text=text, published=date)
                for n, (text, date) in enumerate(iter_articles(ROOT / "seeds", count))]
    first = [article_record(extract(a, gaz)) for a in articles]
    again = [article_record(extract(a, gaz)) for a in articles]
    return first, again


def score_lines(args: tuple[str, ...]) -> list[str]:
    proc = subprocess.run([sys.executable, "-m", "geo", "score", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=900, env={**os.environ, "PYTHONPATH": str(ROOT)})
    if proc.returncode:
        raise SystemExit(f"geo score {' '.join(args)} failed: {proc.stderr[-2000:]}")
    return proc.stdout.splitlines()


def snapshot(corpus_articles: int) -> dict[str, Any]:
    out: dict[str, Any] = {"folders": {f: folder_records(f) for f in FOLDERS}}
    first, again = corpus_records(corpus_articles)
    if first != again:
        n = next(i for i, (a, b) in enumerate(zip(first, again, strict=True)) if a != b)
        raise SystemExit(f"corpus article {n}: the record differs once the caches are warm")
    out["corpus"] = first
    out["scores"] = {" ".join(args): score_lines(args) for args in SCORES}
    return out


def _digest(value: Any) -> str:
    return hashlib.sha256(json.dumps(value, ensure_ascii=False, sort_keys=True).encode("utf-8")).hexdigest()[:16]


def first_difference(old: Any, new: Any, where: str = "") -> str | None:
    """Where two JSON values first differ (a path like corpus[12].claims[3].side), or None."""
    if type(old) is not type(new):
        return f"{where}: {type(old).__name__} -> {type(new).__name__}"
    if isinstance(old, dict):
        for key in dict.fromkeys([*old, *new]):
            if key not in old or key not in new:
                return f"{where}.{key}: only in the {'new' if key in new else 'recorded'} output"
            found = first_difference(old[key], new[key], f"{where}.{key}")
            if found:
                return found
        return None
    if isinstance(old, list):
        for i, (a, b) in enumerate(zip(old, new, strict=False)):
            found = first_difference(a, b, f"{where}[{i}]")
            if found:
                return found
        return None if len(old) == len(new) else f"{where}: {len(old)} items -> {len(new)}"
    return None if old == new else f"{where}: {old!r} -> {new!r}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.check_output", description=__doc__.split("\n")[0])
    parser.add_argument("action", choices=("record", "check"))
    parser.add_argument("file", type=Path, help="the recording (JSON)")
    parser.add_argument("--articles", type=int, default=CORPUS_ARTICLES, help="benchmark corpus articles to cover")
    args = parser.parse_args(argv)
    if args.action == "check":
        recorded = json.loads(args.file.read_text(encoding="utf-8"))
        now = snapshot(len(recorded["corpus"]))
    else:
        now = snapshot(args.articles)
    text = json.dumps(now, ensure_ascii=False, indent=1, sort_keys=True)
    counts = (f"{sum(len(v) for v in now['folders'].values())} folder articles, {len(now['corpus'])} corpus "
              f"articles, {len(now['scores'])} score reports; digest {_digest(now)}")
    if args.action == "record":
        args.file.write_text(text, encoding="utf-8")
        print(f"recorded {counts} in {args.file}")
        return 0
    if now == recorded and text == args.file.read_text(encoding="utf-8"):
        print(f"identical: {counts}")
        return 0
    print(f"DIFFERENT: {first_difference(recorded, now)}")
    return 1


if __name__ == "__main__":
    sys.exit(main())
