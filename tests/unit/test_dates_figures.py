"""Relative dates (geo/claims/dates.py) and figures (geo/claims/figures.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from geo.claims.claimwords import load_claim_words
from geo.claims.dates import find_date
from geo.claims.figures import find_figures
from geo.text.keys import find_tokens

PUBLISHED = dt.date(2020, 11, 9)  # a Monday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قال أمس", dt.date(2020, 11, 8)),
        ("قال أمس الثلاثاء", dt.date(2020, 11, 8)),
        ("صباح أمس", dt.date(2020, 11, 8)),
        ("أمس الأول", dt.date(2020, 11, 7)),
        ("اليوم", PUBLISHED),
        ("الخميس", dt.date(2020, 11, 5)),
        ("الاثنين", PUBLISHED),
        ("الاثنين الماضي", dt.date(2020, 11, 2)),
        ("الخميس المقبل", dt.date(2020, 11, 12)),
        ("الثامن من تشرين الثاني", dt.date(2020, 11, 8)),
        ("26 تشرين الأول", dt.date(2020, 10, 26)),
        ("١٧ أكتوبر", dt.date(2020, 10, 17)),
        ("27 ديسمبر", dt.date(2019, 12, 27)),  # after publication by months: the year before
        ("لا تاريخ هنا", None),
    ],
)
def test_dates(text: str, expected: dt.date | None) -> None:
    assert find_date(find_tokens(text), PUBLISHED, load_claim_words()) == expected


def test_no_published_date_no_event_date() -> None:
    assert find_date(find_tokens("أمس"), None, load_claim_words()) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("280 قتيلا", [(280.0, "قتيلا")]),
        ("3754 عسكرياً، و416 دبابة", [(3754.0, "عسكرياً"), (416.0, "دبابة")]),
        ("وأربع راجمات صواريخ", [(4.0, "راجمات صواريخ")]),
        ("خمسة آلاف قتيل", [(5000.0, "قتيل")]),
        ("إجلاء ٢٠٠٠ مدني", [(2000.0, "مدني")]),
        ("منذ 5 أيام", []),
        ("عام 1993", []),
        ("في 26 تشرين الأول", []),
    ],
)
def test_figures(text: str, expected: list[tuple[float, str]]) -> None:
    got = [(f.value, f.counts) for f in find_figures(text, find_tokens(text), load_claim_words())]
    assert got == expected


# Regression tests for crashes found by tests/fuzz/run_fuzz.py (the whole article failed with a ValueError).


def test_a_superscript_digit_is_not_a_day() -> None:
    # "²".isdigit() is true but int("²") raises: the day test must use isdecimal
    assert find_date(find_tokens("قصفت يوم ² تشرين الأول"), PUBLISHED, load_claim_words()) is None


def test_a_5000_digit_number_is_not_a_day() -> None:
    # int() refuses strings of more than 4,300 digits
    assert find_date(find_tokens("1" * 5000 + " تشرين الأول"), PUBLISHED, load_claim_words()) is None


@pytest.mark.parametrize(
    ("text", "published"),
    [("أمس", dt.date.min), ("الخميس", dt.date.min), ("الخميس المقبل", dt.date.max), ("27 ديسمبر", dt.date(1, 1, 5))],
)
def test_relative_dates_past_the_ends_of_the_calendar_are_none(text: str, published: dt.date) -> None:
    # a manifest may say 0001-01-01: "yesterday" then has no date (it raised OverflowError)
    assert find_date(find_tokens(text), published, load_claim_words()) is None


def test_a_400_digit_number_is_not_an_infinite_figure() -> None:
    # float("9" * 400) is inf, and the JSON output has no Infinity
    text = "قتل " + "9" * 400 + " جنديا و5 مدنيين"
    assert [f.value for f in find_figures(text, find_tokens(text), load_claim_words())] == [5]
