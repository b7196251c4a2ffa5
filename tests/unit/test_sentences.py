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
        ("نقلا عن News.am قتل جنديان. وردت يريفان.", ["نقلا عن News.am قتل جنديان.", "وردت يريفان."]),  # a domain
        ("في أرتساخ (n.r. - الاسم الأرمني) قتل جنديان.", ["في أرتساخ (n.r. - الاسم الأرمني) قتل جنديان."]),
        ("وصل وفد من Armenia. وردت يريفان.", ["وصل وفد من Armenia.", "وردت يريفان."]),  # a Latin word ends one
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


def test_a_line_that_ends_in_a_word_no_sentence_ends_in_goes_on_the_next_line() -> None:
    text = "وأعلنت وزارة الدفاع أن\nالقوات سيطرت على البلدة.\nوقال المتحدث في\nبيان إن القصف توقف."
    got = [text[s.start:s.end] for s in split_sentences(text)]
    assert got == ["وأعلنت وزارة الدفاع أن\nالقوات سيطرت على البلدة.", "وقال المتحدث في\nبيان إن القصف توقف."]


def test_a_line_without_a_mark_still_ends_at_its_break_in_text_that_is_not_wrapped() -> None:
    text = "عاجل: اشتباكات في قره باغ\nوقال المتحدث إن القصف توقف.\nوأكد الوزير أن الهدنة صامدة.\nوأضاف أن المحادثات مستمرة."
    got = [text[s.start:s.end] for s in split_sentences(text)]
    assert got[0] == "عاجل: اشتباكات في قره باغ" and len(got) == 4


def test_hard_wrapped_text_joins_its_lines_into_sentences() -> None:
    text = ("أعلنت وزارة الخارجية الأمريكية الأحد، أن أرمينيا\nوأذربيجان تعهدتا مجددا بوقف إنساني\n"
            "لإطلاق النار في إقليم قره باغ.\nوالتقى مساعد وزير الخارجية ستيفن\nبيغون وزيري خارجية البلدين.")
    got = [text[s.start:s.end] for s in split_sentences(text)]
    assert len(got) == 2 and got[1].startswith("والتقى") and got[1].endswith("البلدين.")
