"""The benchmark corpus (benchmarks/corpus.py): deterministic, spellings from the gazetteer,
page chrome from data/boilerplate.tsv."""

from __future__ import annotations

import csv
import re
from pathlib import Path

from benchmarks.corpus import boilerplate_lines, iter_articles, spelling_groups, write_corpus
from geo.text.boilerplate import find_boilerplate

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _texts(count: int, seed: int = 7) -> list[str]:
    return [text for text, _ in iter_articles(SEEDS, count, seed=seed)]


def test_the_same_seed_gives_the_same_articles() -> None:
    assert _texts(15) == _texts(15)
    assert _texts(15) != _texts(15, seed=8)


def test_articles_are_distinct() -> None:
    texts = _texts(60)
    assert len(set(texts)) == len(texts)


def test_places_are_written_in_gazetteer_spellings_the_seeds_do_not_use() -> None:
    seeds = "\n".join(p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt"))
    corpus = "\n".join(_texts(80))
    spellings = {s for group in spelling_groups() for s in group}

    def written(text: str) -> set[str]:
        return {s for s in spellings if s in text
                and re.search(rf"(?<![^\W\d_])[وفبلك]?{re.escape(s)}(?![^\W\d_])", text)}

    new = written(corpus) - written(seeds)
    assert len(new) >= 5, new


def test_adjectives_with_the_article_are_not_swapped() -> None:
    # الأرمينية / السورية are adjectives ("Armenian", "Syrian"), not the names أرمينية / سورية
    corpus = "\n".join(_texts(100))
    assert "الأرمينية" in corpus
    assert "الأرمينيا" not in corpus and "السوريا" not in corpus


def test_every_article_carries_page_chrome_the_extractor_excludes() -> None:
    chrome = set(boilerplate_lines())
    assert len(chrome) >= 20
    for text in _texts(40):
        lines = [line for line in text.split("\n") if line in chrome]
        assert lines, text[:200]
        excluded = {text[s.start:s.end] for s in find_boilerplate(text)}
        assert all(any(line in e for e in excluded) for line in lines), lines


def test_write_corpus_writes_the_files_and_their_manifest(tmp_path: Path) -> None:
    manifest = write_corpus(tmp_path / "c", SEEDS, 12)
    with manifest.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 12 and len({r["id"] for r in rows}) == 12
    assert all((manifest.parent / r["file"]).read_text(encoding="utf-8").strip() for r in rows)
    assert all(r["published"] for r in rows)
