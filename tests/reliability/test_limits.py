"""Bounds on hostile articles: a huge article of one repeated name is read up to the extraction
limit with a warning, in bounded time and memory; NUL and control characters are stored the same
way on SQLite and PostgreSQL, and no article text reaches the log."""

from __future__ import annotations

import logging
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import select

from geo.model import Article
from geo.pipeline import MAX_EXTRACTED_CHARS, MAX_MENTIONS, extract
from geo.store.engine import open_store
from geo.store.ingest import ingest
from geo.store.schema import articles
from geo.text.reader import read_text

ROOT = Path(__file__).resolve().parents[2]


def test_a_huge_article_of_one_name_is_read_up_to_the_limit(gaz) -> None:  # type: ignore[no-untyped-def]
    line = "قصف شوشا " * 10 + "\n"
    text = line * (3 * MAX_EXTRACTED_CHARS // len(line))
    result = extract(Article(id="huge", text=text), gaz)
    assert len(result.mentions) <= MAX_MENTIONS
    assert all(m.start < MAX_EXTRACTED_CHARS for m in result.mentions)
    assert any("characters were read" in w for w in result.article.warnings)
    assert any("mentions" in w for w in result.article.warnings)


def test_a_19_mb_article_takes_bounded_time_and_memory(tmp_path: Path) -> None:
    """In a child process, so that its peak memory is its own (VmHWM)."""
    article = tmp_path / "huge.txt"
    line = ("شوشا " * 10 + "\n").encode("utf-8")
    article.write_bytes(line * (19_000_000 // len(line)))
    script = textwrap.dedent(f"""
        import time
        from geo.corpus.manifest import ManifestEntry
        from geo.places.gazetteer import load_gazetteer
        from geo.pipeline import run
        gaz = load_gazetteer()
        t = time.perf_counter()
        record = run(ManifestEntry(path=__import__("pathlib").Path({str(article)!r}), id="huge"), gaz)
        took = time.perf_counter() - t
        peak = next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM")) // 1024
        print(took, peak, len(record["mentions"]))
    """)
    out = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=300,
                         env={"PYTHONPATH": str(ROOT), **__import__("os").environ})
    assert out.returncode == 0, out.stderr[-2000:]
    took, peak_mb, mentions = out.stdout.split()
    assert float(took) < 60 and int(peak_mb) < 1500 and int(mentions) <= MAX_MENTIONS, out.stdout


def test_control_characters_are_replaced_one_for_one(tmp_path: Path) -> None:
    path = tmp_path / "nul.txt"
    body = "قصفت القوات مدينة شوشا. " * 300  # past the first 4 KiB, where a NUL means a binary file
    path.write_text(body + "\x00\x07" + "ونفت يريفان ذلك.", encoding="utf-8")
    text, _encoding, warnings, _title = read_text(path)
    assert "\x00" not in text and len(text) == len(body) + 2 + len("ونفت يريفان ذلك.")
    assert any("control character" in w for w in warnings)


def test_nul_is_stored_the_same_on_both_backends_and_no_text_is_logged(
        db_url: str, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    folder = tmp_path / "nul"
    folder.mkdir()
    secret = "نص سري لا يظهر في السجل"
    (folder / "a.txt").write_text("قصفت القوات مدينة شوشا. " * 300 + "\x00" + secret, encoding="utf-8")
    with caplog.at_level(logging.DEBUG):
        summary = ingest([folder], url=db_url)
    assert (summary.new, summary.failed) == (1, 0)
    engine = open_store(db_url)
    with engine.connect() as conn:
        stored = conn.execute(select(articles.c.text)).scalar()
    engine.dispose()
    assert "\x00" not in stored and stored.endswith("\ufffd" + secret)
    assert secret not in caplog.text
