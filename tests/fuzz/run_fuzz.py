"""Run the fuzz properties of tests/fuzz/fuzz_cases.py for minutes instead of seconds.

    python tests/fuzz/run_fuzz.py --minutes 10                 # hypothesis, every property
    python tests/fuzz/run_fuzz.py --minutes 10 --engine atheris  # coverage-guided, bytes in (needs atheris)

Not collected by pytest (the name does not start with test_). Prints examples per second, the
total, the slowest article and every distinct failure with the input that shrank from it; the
exit status is 1 when something failed. The hypothesis engine goes round the properties in
short runs (fresh random seeds each time), most of the time going to full extraction.
"""

from __future__ import annotations

import argparse
import logging
import os
import resource
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parents[1])]
# never touch the user's gazetteer cache: one of our own, built once per run
os.environ.setdefault("GEO_CACHE_DIR", tempfile.mkdtemp(prefix="geo-fuzz-cache-"))


@dataclass
class Failure:
    prop: str
    kind: str
    where: str
    message: str
    example: str
    count: int = 1


@dataclass
class Report:
    started: float = field(default_factory=time.perf_counter)
    failures: dict[tuple[str, str, str], Failure] = field(default_factory=dict)

    def add(self, prop: str, err: BaseException) -> None:
        frames = traceback.extract_tb(err.__traceback__)
        inside = [f for f in frames if "/geo/" in f.filename] or frames
        where = f"{Path(inside[-1].filename).name}:{inside[-1].lineno}" if inside else "?"
        key = (prop, type(err).__name__, where)
        if key in self.failures:
            self.failures[key].count += 1
            return
        notes = "\n".join(getattr(err, "__notes__", []))
        self.failures[key] = Failure(prop, type(err).__name__, where, str(err)[:500], notes[:3000])


def hypothesis_engine(minutes: float, only: list[str], examples_per_run: int) -> Report:
    import fuzz_cases as fc
    from hypothesis import HealthCheck, Phase, given, settings
    from hypothesis import strategies as st

    from geo.places.gazetteer import load_gazetteer

    gaz = load_gazetteer()

    def extract(text: str, published) -> None:  # type: ignore[no-untyped-def]
        fc.check_extract(text, gaz, published=published)

    def huge(text: str, one_line: bool) -> None:
        unit = text.replace("\n", " ") if one_line else text
        if unit.strip():
            fc.check_extract((unit * (200_000 // len(unit) + 1))[:200_000], gaz)

    properties: dict[str, tuple[int, Callable[..., None], tuple]] = {
        # name: (weight: runs per round, check, strategies)
        "decode": (1, fc.check_decode, (fc.byte_strings(),)),
        "cut_utf8": (1, fc.check_cut_utf8, (fc.articles(max_fragments=30), st.integers(0, 10**6))),
        "damaged_utf8": (1, fc.check_damaged_utf8,
                         (fc.articles(max_fragments=40).filter(bool), st.integers(0, 10**6), st.integers(1, 255))),
        "legacy": (1, fc.check_legacy, (fc.articles(max_fragments=30), st.sampled_from(["cp1256", "iso-8859-6"]))),
        "html": (1, fc.check_html, (fc.articles(),)),
        "boilerplate": (1, fc.check_boilerplate, (fc.articles(surrogates=True),)),
        "sentences": (1, fc.check_sentences, (fc.articles(surrogates=True),)),
        "keys": (1, fc.check_keys, (fc.articles(surrogates=True),)),
        "extract": (6, extract, (fc.articles(max_fragments=120, surrogates=True), fc.publication_dates())),
        "extract_200k": (1, huge, (fc.articles(max_fragments=40), st.booleans())),
    }
    chosen = {k: v for k, v in properties.items() if not only or k in only}
    report = Report()
    deadline = report.started + minutes * 60
    quiet = settings(
        max_examples=examples_per_run, deadline=None, database=None, derandomize=False, print_blob=False,
        phases=[Phase.generate, Phase.shrink], suppress_health_check=list(HealthCheck),
    )
    rounds = 0
    while time.perf_counter() < deadline:
        rounds += 1
        for name, (weight, check, strategies) in chosen.items():
            for _ in range(weight):
                if time.perf_counter() >= deadline:
                    break
                runs = examples_per_run // 20 if name == "extract_200k" else examples_per_run
                test = settings(quiet, max_examples=max(1, runs))(given(*strategies)(check))
                try:
                    test()
                except Exception as err:  # every failure is recorded, then the run goes on
                    report.add(name, err)
        progress(report, fc.TALLY.examples, rounds)
    return report


def progress(report: Report, examples: dict[str, int], rounds: int) -> None:
    elapsed = time.perf_counter() - report.started
    total = sum(examples.values())
    print(f"[{elapsed:7.0f} s] round {rounds}: {total:,} examples ({total / elapsed:,.0f}/s), "
          f"{len(report.failures)} distinct failure(s)", file=sys.stderr, flush=True)


def print_summary(report: Report, engine: str) -> None:
    import fuzz_cases as fc

    elapsed = time.perf_counter() - report.started
    total = sum(fc.TALLY.examples.values())
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"engine: {engine}")
    print(f"time: {elapsed:.0f} s; examples: {total:,} ({total / elapsed:,.1f}/s); peak memory {peak_mb:,.0f} MB")
    for name, count in sorted(fc.TALLY.examples.items()):
        print(f"  {name:12s} {count:10,d}")
    slowest, chars = fc.TALLY.slowest
    print(f"slowest extract call: {slowest:.2f} s for {chars:,} characters")
    print(f"distinct failures: {len(report.failures)}")
    for f in report.failures.values():
        print(f"\n--- {f.prop}: {f.kind} at {f.where} (seen {f.count}x)\n{f.message}\n{f.example}")


def atheris_engine(minutes: float, corpus: str | None) -> None:
    """Coverage-guided: bytes -> decode -> (HTML) -> extract, and bytes -> Arabic built from data/ -> extract."""
    import atheris

    with atheris.instrument_imports(include=["geo"]):
        import fuzz_cases as fc

        from geo.errors import ArticleError
        from geo.places.gazetteer import load_gazetteer
        from geo.text.reader import decode_bytes, html_to_text, looks_like_html

    gaz = load_gazetteer()
    words = [w for kind in ("names", "verbs", "speakers", "cues", "denials", "types", "numbers", "months", "weekdays")
             for w in fc.vocabulary()[kind]]
    glue = [" ", " ", "، ", ". ", "\n", "؛ ", "«", "» ", "\u200f", "\u0640", "\u064e", "<p>", "&amp;", "١٢", "x"]
    started = time.perf_counter()

    def one_input(data: bytes) -> None:
        fdp = atheris.FuzzedDataProvider(data)
        mode = fdp.ConsumeIntInRange(0, 2)
        if mode == 0:
            raw = fdp.ConsumeBytes(fdp.remaining_bytes())
            fc.check_decode(raw)
            try:
                text, *_ = decode_bytes(raw, name="fuzz.txt")
            except ArticleError:
                return
            if looks_like_html(text, ".txt"):
                text, _title = html_to_text(text)
        elif mode == 1:
            text = fdp.ConsumeUnicode(fdp.remaining_bytes())
        else:
            parts = []
            while fdp.remaining_bytes() > 1:
                parts.append(words[fdp.ConsumeIntInRange(0, len(words) - 1)])
                parts.append(glue[fdp.ConsumeIntInRange(0, len(glue) - 1)])
            text = "".join(parts)
        fc.check_boilerplate(text)
        fc.check_sentences(text)
        fc.check_extract(text, gaz)

    atheris.Setup(
        [sys.argv[0], f"-max_total_time={int(minutes * 60)}", "-print_final_stats=1", "-max_len=65536",
         "-timeout=20", "-rss_limit_mb=4096", *([corpus] if corpus else [])],
        one_input,
    )
    try:
        atheris.Fuzz()
    finally:
        print(f"atheris ran {time.perf_counter() - started:.0f} s", file=sys.stderr)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--minutes", type=float, default=10.0, help="how long to fuzz (default 10)")
    parser.add_argument("--engine", choices=["hypothesis", "atheris"], default="hypothesis")
    parser.add_argument("--only", action="append", default=[], help="run only this property (repeatable)")
    parser.add_argument("--corpus", help="atheris: a folder to keep the inputs that found new code in")
    parser.add_argument("--examples-per-run", type=int, default=200,
                        help="examples per hypothesis run before it moves to the next property")
    args = parser.parse_args()
    logging.getLogger("geo").setLevel(logging.ERROR)  # the reader's encoding warnings would flood the output
    if args.engine == "atheris":
        atheris_engine(args.minutes, args.corpus)  # libFuzzer prints its own statistics and stops at the first crash
        return 0
    report = hypothesis_engine(args.minutes, args.only, args.examples_per_run)
    print_summary(report, "hypothesis")
    return 1 if report.failures else 0


if __name__ == "__main__":
    sys.exit(main())
