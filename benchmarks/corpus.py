"""The benchmark corpus, also used by tests: N articles built from real article text.

Owns: making articles deterministically from a random seed, of two kinds. Three in four are
*excerpt articles*: one of the real development excerpts (tests/data/real_dev, short news
articles as published) whole and in its own order, so the corpus has real articles' length and
density of place mentions and claims. The others are *seed articles*: the seeds' body sentences
shuffled into paragraphs. In both kinds place names are swapped for another spelling of the same
place taken from the curated gazetteer (شوشا/شوشي, قره باغ/كاراباخ, أذربيجان/آذربيجان ...),
clitics kept (وشوشا -> وشوشي); page chrome lines are inserted from the examples of
data/boilerplate.tsv; and each article gets a manifest row with an outlet and a date near its
source's date. Not for accuracy measurement: the sentences are the sources' own. The held-out
sets tests/data/real_test and real_test2 are not used. It does not extract or time anything
(benchmarks/harness.py does).
"""

from __future__ import annotations

import csv
import datetime as dt
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from geo.corpus.manifest import read_manifest
from geo.datafiles import data_path
from geo.places.placefiles import read_place_rows
from geo.text.boilerplate import find_boilerplate, load_rules
from geo.text.keys import arabic_letter_ratio

OUTLETS = ("الشرق الأوسط", "عربي21", "صدى البلد", "البناء", "سبوتنيك", "الأناضول")
CURATED_FILES = ("theatre.csv", "world.csv")
EXCERPTS = Path(__file__).resolve().parent.parent / "tests" / "data" / "real_dev"
"""The real development excerpts (texts and their sources.csv) that excerpt articles are made of."""
EXCERPT_SHARE = 0.75
"""Chance that an article is an excerpt article (the rest are seed articles). With it the corpus
has about the place mentions and claims per kB of the real sets (docs/benchmarks.md)."""
SWAP_PROBABILITY = 0.5
"""Chance that an article writes a place it names in another of the place's spellings."""
_SPLIT = re.compile(r"(?<=[.؟!])\s+|\n+")
_PROCLITICS = r"(?:[وف]?[بلك]?)"
"""Clitics a swapped name keeps: وشوشا -> وشوشي, لكاراباخ -> لقره باغ. Not the article: السورية is
the adjective "Syrian", not the name سورية."""


@dataclass(frozen=True)
class SeedSentence:
    text: str
    published: dt.date | None
    groups: tuple[int, ...]
    """Indices of the spelling groups (see spelling_groups) written in this sentence."""


def spelling_groups() -> tuple[tuple[str, ...], ...]:
    """The Arabic spellings of each curated place that has several (its name first)."""
    groups: dict[tuple[str, ...], None] = {}
    for name in CURATED_FILES:
        for _, place, _ in read_place_rows(data_path("gazetteer", name), layer="curated"):
            spellings = tuple(dict.fromkeys(
                s for s in (place.name_ar, *place.alt_names) if s and arabic_letter_ratio(s) == 1.0
            ))
            if len(spellings) > 1:
                groups[spellings] = None
    return tuple(groups)


def boilerplate_lines() -> tuple[str, ...]:
    """Page chrome to insert: the example line of each rule of data/boilerplate.tsv."""
    return tuple(rule.example for rule in load_rules() if rule.example)


@lru_cache(maxsize=256)
def _group_pattern(spellings: tuple[str, ...]) -> re.Pattern[str]:
    names = "|".join(re.escape(s) for s in sorted(spellings, key=len, reverse=True))
    return re.compile(rf"(?<![^\W\d_])({_PROCLITICS})(?:{names})(?![^\W\d_])")


def _swap(text: str, spellings: tuple[str, ...], target: str) -> str:
    """Every spelling of the group in ``text`` written as ``target``, its clitics kept."""

    def replace(m: re.Match[str]) -> str:
        return m.group(1) + target

    return _group_pattern(spellings).sub(replace, text)


def _groups_in(text: str, groups: tuple[tuple[str, ...], ...], present: list[int]) -> tuple[int, ...]:
    return tuple(g for g in present if _group_pattern(groups[g]).search(text))


def _present(texts: list[str], groups: tuple[tuple[str, ...], ...]) -> list[int]:
    everything = "\n".join(texts)
    return [g for g, spellings in enumerate(groups) if any(s in everything for s in spellings)]


def excerpts(folder: Path, groups: tuple[tuple[str, ...], ...] = ()) -> list[SeedSentence]:
    """The real excerpts of ``folder`` (listed in its sources.csv), whole, with their dates and the
    spelling groups they write."""
    entries, _ = read_manifest(folder / "sources.csv")
    texts = [(e.path.read_text(encoding="utf-8").strip(), e.published) for e in entries]
    present = _present([t for t, _ in texts], groups)
    return [SeedSentence(text, published, _groups_in(text, groups, present)) for text, published in texts]


def seed_sentences(seeds: Path, groups: tuple[tuple[str, ...], ...] = ()) -> list[SeedSentence]:
    """Body sentences of the bundled seeds (boilerplate left out), with their article's date and
    the spelling groups they write."""
    entries, _ = read_manifest(seeds / "manifest.csv")
    texts = []
    for entry in entries:
        text = entry.path.read_text(encoding="utf-8")
        spans = find_boilerplate(text)
        body = "".join(c if not any(s.start <= i < s.end for s in spans) else "\n" for i, c in enumerate(text))
        texts += [(s.strip(), entry.published) for s in _SPLIT.split(body) if len(s.strip()) > 20]
    present = _present([t for t, _ in texts], groups)
    return [SeedSentence(text, published, _groups_in(text, groups, present)) for text, published in texts]


def _finish(rng: random.Random, paragraphs: list[str], chrome_lines: int, chrome: tuple[str, ...],
            groups: tuple[tuple[str, ...], ...], written: set[int], base: dt.date | None) -> tuple[str, dt.date | None]:
    """Paragraphs with names respelled and page chrome (as written) among them; a unique tail; a date
    near ``base``."""
    lines: list[tuple[str, bool]] = [(p, False) for p in paragraphs]  # (line, is chrome)
    for _ in range(chrome_lines):
        lines.insert(rng.randint(0, len(lines)), (rng.choice(chrome), True))
    for g in sorted(written):
        if rng.random() < SWAP_PROBABILITY:
            target = rng.choice(groups[g])
            lines = [(line if is_chrome else _swap(line, groups[g], target), is_chrome) for line, is_chrome in lines]
    text = "\n".join(line for line, _ in lines) + f"\n{rng.randrange(10**9)}"  # a unique tail: a distinct article
    return text, base + dt.timedelta(days=rng.randint(-3, 3)) if base else None


def iter_articles(seeds: Path, count: int, *, seed: int = 7,
                  excerpt_folder: Path | None = EXCERPTS) -> Iterator[tuple[str, dt.date | None]]:
    """``count`` articles (text, date), the same ones for the same ``seed``. Without
    ``excerpt_folder`` every article is a seed article."""
    rng = random.Random(seed)
    kinds = random.Random(seed + 2)  # its own stream: the seed articles are the same with or without excerpts
    groups = spelling_groups()
    chrome = boilerplate_lines()
    sentences = seed_sentences(seeds, groups)
    real = excerpts(excerpt_folder, groups) if excerpt_folder else []
    for _ in range(count):
        if real and kinds.random() < EXCERPT_SHARE:
            source = kinds.choice(real)
            yield _finish(kinds, source.text.split("\n"), 1, chrome, groups, set(source.groups), source.published)
            continue
        picked = rng.sample(sentences, k=min(len(sentences), rng.randint(15, 40)))
        paragraphs, i = [], 0
        while i < len(picked):  # paragraphs of one to four sentences, as pages have them
            step = rng.randint(1, 4)
            paragraphs.append(" ".join(s.text for s in picked[i:i + step]))
            i += step
        yield _finish(rng, paragraphs, rng.randint(1, 2), chrome, groups, {g for s in picked for g in s.groups},
                      picked[0].published)


def make_articles(seeds: Path, count: int, *, seed: int = 7) -> list[tuple[str, dt.date | None]]:
    return list(iter_articles(seeds, count, seed=seed))


def write_corpus(folder: Path, seeds: Path, count: int, *, seed: int = 7) -> Path:
    """Write ``count`` articles and a manifest.csv into ``folder``; returns the manifest's path."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed + 1)
    with (folder / "manifest.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["id", "file", "published", "title", "outlet", "url"])
        for n, (text, date) in enumerate(iter_articles(seeds, count, seed=seed)):
            name = f"a{n:06d}.txt"
            (folder / name).write_text(text, encoding="utf-8")
            writer.writerow([f"a{n:06d}", name, date.isoformat() if date else "", "", rng.choice(OUTLETS), ""])
    return folder / "manifest.csv"
