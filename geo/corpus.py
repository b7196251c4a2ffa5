"""A synthetic corpus for benchmarks and tests: N articles built from the seed articles.

Owns: making articles deterministically from a random seed: the seeds' body sentences are
shuffled into paragraphs, spelling variants are swapped (شوشا/شوشي, قره باغ/كاراباخ ...), a
boilerplate line is added, and each article gets a manifest row with an outlet and a date near
its seed's date. Not for accuracy measurement: the sentences are the seeds' own.
"""

from __future__ import annotations

import csv
import datetime as dt
import random
import re
from pathlib import Path

from geo.boilerplate import find_boilerplate
from geo.manifest import read_manifest

VARIANTS = (("شوشا", "شوشي"), ("قره باغ", "كاراباخ"), ("ستيبانكيرت", "خانكندي"), ("كنجة", "غانجا"),
            ("أذربيجان", "آذربيجان"), ("جبرائيل", "جبرايل"))
BOILERPLATE = ("اقرأ أيضا: أرمينيا تدفع الحرب نحو منعطف جديد", "مقالات ذات صلة", "زر الذهاب إلى الأعلى")
OUTLETS = ("الشرق الأوسط", "عربي21", "صدى البلد", "البناء", "سبوتنيك", "الأناضول")
_SPLIT = re.compile(r"(?<=[.؟!])\s+|\n+")


def seed_sentences(seeds: Path) -> list[tuple[str, dt.date | None]]:
    """Body sentences of the bundled seeds (boilerplate left out), with their article's date."""
    entries, _ = read_manifest(seeds / "manifest.csv")
    out = []
    for entry in entries:
        text = entry.path.read_text(encoding="utf-8")
        spans = find_boilerplate(text)
        body = "".join(c if not any(s.start <= i < s.end for s in spans) else "\n" for i, c in enumerate(text))
        out += [(s.strip(), entry.published) for s in _SPLIT.split(body) if len(s.strip()) > 20]
    return out


def make_articles(seeds: Path, count: int, *, seed: int = 7) -> list[tuple[str, dt.date | None]]:
    rng = random.Random(seed)
    sentences = seed_sentences(seeds)
    articles = []
    for _ in range(count):
        picked = rng.sample(sentences, k=min(len(sentences), rng.randint(15, 40)))
        paragraphs, i = [], 0
        while i < len(picked):
            step = rng.randint(1, 4)
            paragraphs.append(" ".join(s for s, _ in picked[i:i + step]))
            i += step
        text = "\n".join(paragraphs)
        for a, b in VARIANTS:
            if rng.random() < 0.5:
                text = text.replace(a, b)
        text += "\n" + rng.choice(BOILERPLATE) + f"\n{rng.randrange(10**9)}"  # a unique tail: a distinct article
        base = picked[0][1]
        date = base + dt.timedelta(days=rng.randint(-3, 3)) if base else None
        articles.append((text, date))
    return articles


def write_corpus(folder: Path, seeds: Path, count: int, *, seed: int = 7) -> Path:
    """Write ``count`` articles and a manifest.csv into ``folder``; returns the manifest's path."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed + 1)
    with (folder / "manifest.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["id", "file", "published", "title", "outlet", "url"])
        for n, (text, date) in enumerate(make_articles(seeds, count, seed=seed)):
            name = f"a{n:06d}.txt"
            (folder / name).write_text(text, encoding="utf-8")
            writer.writerow([f"a{n:06d}", name, date.isoformat() if date else "", "", rng.choice(OUTLETS), ""])
    return folder / "manifest.csv"
