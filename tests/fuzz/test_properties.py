"""Property tests over the whole text path: bytes -> text -> boilerplate -> sentences -> keys ->
matches -> places and claims. Each property lives in fuzz_cases.py; here it runs a few hundred
times in the default test run (about 15 s). tests/fuzz/run_fuzz.py runs the same properties for
minutes. Hypothesis' own deadline is off: the bound that matters is the time per article,
measured and asserted inside check_extract.
"""

from __future__ import annotations

import datetime as dt
import tempfile
import time
from pathlib import Path

import pytest
from fuzz_cases import (
    ARTICLE_SECONDS,
    articles,
    byte_strings,
    check_boilerplate,
    check_cut_utf8,
    check_damaged_utf8,
    check_decode,
    check_extract,
    check_html,
    check_keys,
    check_legacy,
    check_result,
    check_sentences,
    publication_dates,
    vocabulary,
)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geo.errors import ArticleError
from geo.model import Article
from geo.pipeline import extract
from geo.text.reader import read_text

QUICK = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
EXTRACT = settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
HUGE = settings(max_examples=4, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@QUICK
@given(byte_strings())
def test_decoding_never_crashes(data: bytes) -> None:
    check_decode(data)


@QUICK
@given(articles(max_fragments=30), st.integers(0, 10**6))
def test_utf8_cut_anywhere_reads_as_its_prefix(text: str, cut: int) -> None:
    check_cut_utf8(text, cut)


@QUICK
@given(articles(max_fragments=40).filter(bool), st.integers(0, 10**6), st.integers(1, 255))
def test_utf8_with_a_damaged_byte_reads_as_utf8(text: str, at: int, byte: int) -> None:
    check_damaged_utf8(text, at, byte)


@QUICK
@given(articles(max_fragments=30), st.sampled_from(["cp1256", "iso-8859-6"]))
def test_legacy_code_pages_read_back(text: str, encoding: str) -> None:
    check_legacy(text, encoding)


@QUICK
@given(articles())
def test_broken_html_never_crashes(markup: str) -> None:
    check_html(markup)


@QUICK
@given(articles(surrogates=True))
def test_boilerplate_spans_are_sorted_and_inside(text: str) -> None:
    check_boilerplate(text)


@QUICK
@given(articles(surrogates=True))
def test_sentences_are_ordered_and_outside_boilerplate(text: str) -> None:
    check_sentences(text)


@QUICK
@given(articles(surrogates=True))
def test_keys_and_stems_point_into_the_original(text: str) -> None:
    check_keys(text)


@EXTRACT
@given(articles(surrogates=True), publication_dates())
def test_extraction_keeps_every_offset_valid(gaz, text: str, published: dt.date | None) -> None:  # type: ignore[no-untyped-def]
    check_extract(text, gaz, published=published)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles())
def test_extraction_is_deterministic(gaz, text: str) -> None:  # type: ignore[no-untyped-def]
    # the matcher and the claims step keep per-word caches: a second run must not see different words
    first = check_extract(text, gaz)
    second = extract(Article(id="fuzz", text=text), gaz)
    assert first == second


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(byte_strings(), st.sampled_from([".txt", ".html"]))
def test_any_file_is_read_or_refused_then_extracted(gaz, data: bytes, suffix: str) -> None:  # type: ignore[no-untyped-def]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"article{suffix}"
        path.write_bytes(data)
        try:
            text, _encoding, _warnings, _title = read_text(path)
        except ArticleError as err:
            assert str(path) in str(err)
            return
    check_extract(text, gaz)


@HUGE
@given(articles(max_fragments=40).filter(lambda t: len(t.strip()) > 20), st.booleans())
def test_a_200k_article_is_bounded_in_time(gaz, text: str, one_line: bool) -> None:  # type: ignore[no-untyped-def]
    unit = text.replace("\n", " ").replace("\r", " ") if one_line else text
    check_extract((unit * (200_000 // len(unit) + 1))[:200_000], gaz)


def _seed_text() -> str:
    return "\n".join(vocabulary()["seed_lines"])


LONG_SHAPES = {
    "one 200,000-letter word (a page that lost its spaces)": lambda: "شوشا" * 50_000,
    "a long word inside a claim": lambda: "وقالت وزارة الدفاع الأرمينية إن القوات قصفت شوشا " + "وس" * 100_000,
    "a long Latin word inside a claim": lambda: "قالت الوزارة إن القوات قصفت كنجة " + "a" * 200_000,
    "the seed articles as one line": lambda: (_seed_text().replace("\n", " ") * 10)[:200_000],
    "the seed articles": lambda: (_seed_text() * 10)[:200_000],
    "a name 40,000 times": lambda: "شوشا " * 40_000,
    "unclosed quotes": lambda: "«قال " * 40_000,
    "tatweel inside a name": lambda: "قصفت ش" + "ـ" * 200_000 + "وشا.",
    "bidi controls": lambda: "\u202b" * 100_000 + "شوشا" + "\u2069" * 100_000,
    "one speaker's sentence 5,000 times": lambda: "اقترح خطيب زاده ، : ادان البحر الأسود.\u2028" * 5_000,
}


@pytest.mark.parametrize("make", list(LONG_SHAPES.values()), ids=list(LONG_SHAPES))
def test_long_articles_are_bounded_in_time(gaz, make) -> None:  # type: ignore[no-untyped-def]
    text = make()
    started = time.perf_counter()
    result = check_extract(text, gaz)
    assert result is not None and time.perf_counter() - started < ARTICLE_SECONDS


def test_results_of_the_seed_articles_pass_the_same_checks(extract) -> None:  # type: ignore[no-untyped-def]
    # the checks themselves must accept real output: a property that rejects the seeds is wrong
    for path in sorted(Path(__file__).resolve().parents[2].joinpath("seeds").glob("*.txt")):
        check_result(extract(path.read_text(encoding="utf-8")))
