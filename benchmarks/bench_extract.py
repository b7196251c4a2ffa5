"""Benchmark of the place step: gazetteer start-up and extraction throughput.

Run:  python benchmarks/bench_extract.py [--mb 5] [--json benchmarks/results/extract.json]

Figures:
- gazetteer cold build (no cache) and warm start in a fresh interpreter (imports included);
- extraction throughput (places and claims) on one core over a corpus built from the seed
  articles (sentences shuffled into paragraphs, spelling variants swapped, boilerplate inserted;
  deterministic), in MB of UTF-8 text per second and articles per second: steady state (best of
  two passes after a first one) and the first pass (per-word caches still empty);
- the naive reference measured in the same run: one big regular expression of every
  gazetteer spelling, run over the same text (no clitics, no folding, no rules).
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geo.gazetteer import load_gazetteer  # noqa: E402
from geo.model import Article  # noqa: E402
from geo.pipeline import extract_places  # noqa: E402

VARIANTS = [("شوشا", "شوشي"), ("قره باغ", "كاراباخ"), ("ستيبانكيرت", "خانكندي"), ("كنجة", "غانجا"),
            ("أذربيجان", "آذربيجان"), ("جبرائيل", "جبرايل")]
BOILERPLATE = ["اقرأ أيضا: أرمينيا تدفع الحرب نحو منعطف جديد", "مقالات ذات صلة", "زر الذهاب إلى الأعلى"]


def build_corpus(target_bytes: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    sentences = []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        sentences += [s.strip() for s in re.split(r"(?<=[.؟!])\s+|\n+", path.read_text(encoding="utf-8")) if s.strip()]
    articles, size = [], 0
    while size < target_bytes:
        picked = rng.sample(sentences, k=min(len(sentences), rng.randint(15, 40)))
        paragraphs, i = [], 0
        while i < len(picked):  # paragraphs of one to four sentences, as pages have them
            step = rng.randint(1, 4)
            paragraphs.append(" ".join(picked[i:i + step]))
            i += step
        text = "\n".join(paragraphs)
        for a, b in VARIANTS:
            if rng.random() < 0.5:
                text = text.replace(a, b)
        text += "\n" + rng.choice(BOILERPLATE)
        articles.append(text)
        size += len(text.encode("utf-8"))
    return articles


def warm_start_seconds() -> float:
    code = (
        "import time; t=time.perf_counter(); from geo.gazetteer import load_gazetteer; "
        "load_gazetteer(); print(time.perf_counter()-t)"
    )
    runs = [float(subprocess.check_output([sys.executable, "-c", code], cwd=ROOT, text=True)) for _ in range(3)]
    return min(runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=5.0, help="corpus size in MB (default 5)")
    parser.add_argument("--json", type=Path, default=ROOT / "benchmarks" / "results" / "extract.json")
    args = parser.parse_args()

    t = time.perf_counter()
    gaz = load_gazetteer(use_cache=False)
    cold = time.perf_counter() - t
    load_gazetteer()  # make sure the cache exists
    warm = warm_start_seconds()

    corpus = build_corpus(int(args.mb * 1_000_000))
    total_bytes = sum(len(a.encode("utf-8")) for a in corpus)
    passes = []
    for _ in range(3):  # the first pass also fills the per-word caches; later passes are steady state
        t = time.perf_counter()
        mentions = claims = 0
        for i, text in enumerate(corpus):
            result = extract_places(Article(id=str(i), text=text), gaz)
            mentions += len(result.mentions)
            claims += len(result.claims)
        passes.append(time.perf_counter() - t)
    first, elapsed = passes[0], min(passes[1:])

    spellings = sorted({n for p in gaz.places.values() for n in (p.name_ar, *p.alt_names) if n}, key=len, reverse=True)
    naive = re.compile("|".join(re.escape(s) for s in spellings))
    t = time.perf_counter()
    naive_hits = sum(len(naive.findall(text)) for text in corpus)
    naive_elapsed = time.perf_counter() - t

    results = {
        "machine": f"{platform.machine()} {platform.processor() or ''} python {platform.python_version()}".strip(),
        "gazetteer_places": len(gaz.places),
        "gazetteer_names": len(gaz.names),
        "gazetteer_cold_build_s": round(cold, 3),
        "gazetteer_warm_start_s": round(warm, 3),
        "corpus_articles": len(corpus),
        "corpus_mb": round(total_bytes / 1e6, 2),
        "extract_mb_per_s_one_core": round(total_bytes / 1e6 / elapsed, 2),
        "extract_mb_per_s_first_pass": round(total_bytes / 1e6 / first, 2),
        "extract_articles_per_s_one_core": round(len(corpus) / elapsed, 1),
        "mentions": mentions,
        "claims": claims,
        "naive_regex_mb_per_s": round(total_bytes / 1e6 / naive_elapsed, 2),
        "naive_regex_hits": naive_hits,
        "naive_regex_patterns": len(spellings),
    }
    width = max(len(k) for k in results)
    for key, value in results.items():
        print(f"{key:{width}s}  {value}")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
