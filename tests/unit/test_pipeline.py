"""Properties of the whole place step: never crashes, offsets always valid, deterministic."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

ARABIC_WORDS = ["قصفت", "مدينة", "شوشا", "وكنجة", "في", "قره", "باغ", "الرئيس", "علييف", "بتوقيت", "موسكو",
                "«", "»", ".", "،", "\n", "اقرأ أيضا:", "ستيبانكرت", "جنديا", "أرمينيا", "\u200f", "ـ", "ً"]
texts = st.one_of(
    st.text(),
    st.lists(st.sampled_from(ARABIC_WORDS), max_size=60).map(" ".join),
    st.lists(st.one_of(st.sampled_from(ARABIC_WORDS), st.text(max_size=5)), max_size=40).map("".join),
)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_offsets_are_valid_and_surfaces_match(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    result = extract(text)
    for m in result.mentions:
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start:m.end] == m.surface
        assert m.role in ("event", "venue", "actor", "context")
        assert 0.0 < m.confidence < 1.0
    for span in (*result.unresolved, *result.excluded, *result.sentences):
        assert 0 <= span.start < span.end <= len(text)


@settings(max_examples=50, deadline=None)
@given(texts)
def test_deterministic(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert extract(text).mentions == extract(text).mentions


def test_huge_line_is_handled(extract) -> None:  # type: ignore[no-untyped-def]
    text = "قصفت القوات مدينة شوشا " * 20000
    result = extract(text)
    assert len(result.mentions) == 20000
