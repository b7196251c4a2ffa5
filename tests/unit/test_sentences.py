"""Sentence splitting (geo/text/sentences.py)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from geo.model import Span
from geo.text.sentences import split_sentences


def parts(text: str, excluded: tuple[Span, ...] = ()) -> list[str]:
    return [text[s.start:s.end] for s in split_sentences(text, excluded)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قصفت كنجة. وردت يريفان.", ["قصفت كنجة.", "وردت يريفان."]),
        ("هل سقطت شوشا؟ لا.", ["هل سقطت شوشا؟", "لا."]),
        ("سطر أول\nسطر ثان", ["سطر أول", "سطر ثان"]),
        ("قصفت كنجة.وردت يريفان", ["قصفت كنجة.", "وردت يريفان"]),  # missing space
        ("بلغت الخسائر 3.5 مليون دولار.", ["بلغت الخسائر 3.5 مليون دولار."]),  # decimal point
        ("قال «المعارك مستمرة. انتظروا» ثم غادر.", ["قال «المعارك مستمرة. انتظروا» ثم غادر."]),
        ("قالت: \"انتهى.\" وأضاف آخر.", ["قالت: \"انتهى.\"", "وأضاف آخر."]),
        ("قصف، وقتلى؛ ونزوح.", ["قصف، وقتلى؛ ونزوح."]),  # ، and ؛ are clause marks
        ("معارك قره باغ... توسيع الاستهداف", ["معارك قره باغ...", "توسيع الاستهداف"]),
    ],
)
def test_split(text: str, expected: list[str]) -> None:
    assert parts(text) == expected


def test_unclosed_quote_does_not_swallow_the_line() -> None:
    assert parts("قال «المعارك مستمرة. ثم غادر.") == ["قال «المعارك مستمرة.", "ثم غادر."]


def test_excluded_spans_are_not_sentences() -> None:
    text = "اقرأ أيضا: خبر\nقصفت كنجة."
    assert parts(text, (Span(0, 14, "read also"),)) == ["قصفت كنجة."]


@given(st.text())
def test_sentences_are_ordered_valid_spans(text: str) -> None:
    last = 0
    for s in split_sentences(text):
        assert last <= s.start < s.end <= len(text)
        last = s.end
