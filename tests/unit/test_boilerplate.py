"""Site boilerplate spans (geo/boilerplate.py and data/boilerplate.tsv)."""

from __future__ import annotations

from pathlib import Path

import pytest

from geo.boilerplate import find_boilerplate, load_rules
from geo.errors import DataFileError

BODY = "أعلنت وزارة الدفاع سيطرة قواتها على بلدة هادروت."


def excluded_text(text: str) -> list[str]:
    return [text[s.start:s.end] for s in find_boilerplate(text)]


@pytest.mark.parametrize(
    "line",
    [
        "اقرأ أيضا: أرمينيا تدفع الحرب نحو منعطف جديد",
        "اقرأ أيضاً: مقتل مدنيين في كنجة",
        "مقالات ذات صلة",
        "زر الذهاب إلى الأعلى",
        "لم تشترك بعد",
        "جميع الحقوق محفوظة © 2020",
        "الرئيسية | أخبار | العالم | رياضة",
        "الأخبار  سياسة  اقتصاد  رياضة  ثقافة",
        "كتب: حسن لاشين",
        "العربية.نت | دبي",
        "المصدر : الجزيرة + وكالات",
        "سياسة دولية",
    ],
)
def test_known_boilerplate_lines(line: str) -> None:
    text = f"{BODY}\n{line}\n{BODY} وتابع."
    assert excluded_text(text) == [line]


def test_body_sentences_are_kept() -> None:
    assert excluded_text(BODY + "\n" + "وقال المتحدث إن القصف استمر.") == []


def test_back_to_top_phrase_glued_to_text() -> None:
    # scraped pages lose newlines: the phrase is excluded where it stands, the sentence is not
    text = BODY + " زر الذهاب إلى الأعلى"
    assert excluded_text(text) == ["زر الذهاب إلى الأعلى"]


def test_repeated_short_lines_are_a_masthead() -> None:
    text = "رئيس التحرير\nأحمد صبري\nرئيس التحرير\nأحمد صبري\n" + BODY
    assert excluded_text(text).count("أحمد صبري") == 2


def test_teaser_block_at_the_end() -> None:
    text = BODY + "\n" + BODY + " وقال الجيش إن قواته تتقدم نحو البلدة بعد معارك عنيفة.\nقصف على كنجة يقتل مدنيين\nأذربيجان تعلن السيطرة على جبرائيل"
    assert excluded_text(text) == ["قصف على كنجة يقتل مدنيين", "أذربيجان تعلن السيطرة على جبرائيل"]


def test_a_single_short_last_line_is_not_a_teaser_block() -> None:
    assert excluded_text(BODY + "\nوتستمر المعارك") == []


def test_spans_never_change_the_text() -> None:
    text = "اقرأ أيضا: خبر\n" + BODY
    before = text
    spans = find_boilerplate(text)
    assert text == before and all(0 <= s.start < s.end <= len(text) for s in spans)


def test_bad_rule_file_names_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "b.tsv"
    bad.write_text("# comment\nline\t(unclosed\tnote\n", encoding="utf-8")
    load_rules.cache_clear()
    with pytest.raises(DataFileError, match=r"b\.tsv:2: pattern"):
        load_rules(bad)
    bad.write_text("everywhere\tx\tnote\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"b\.tsv:1: scope 'everywhere'"):
        load_rules(bad)
