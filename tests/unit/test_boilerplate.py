"""Site boilerplate spans (geo/text/boilerplate.py and data/boilerplate.tsv)."""

from __future__ import annotations

from pathlib import Path

import pytest

from geo.errors import DataFileError
from geo.text.boilerplate import find_boilerplate, load_rules

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


@pytest.mark.parametrize("rule", load_rules(), ids=lambda r: r.note)
def test_every_rule_excludes_its_own_example(rule) -> None:  # type: ignore[no-untyped-def]
    # the synthetic benchmark corpus (benchmarks/corpus.py) inserts these examples as page chrome
    assert rule.example, f"data/boilerplate.tsv: the rule {rule.pattern.pattern!r} has no example (4th column)"
    text = f"{BODY}\n{rule.example}\n{BODY} وتابع."
    assert excluded_text(text) == [rule.example]


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


# Regression tests for patterns that backtracked catastrophically (found by tests/fuzz/run_fuzz.py):
# one line of an article took from seconds to hours, a hang for the whole batch.


def _excluded_quickly(text: str) -> list[str]:
    import time

    started = time.perf_counter()
    found = excluded_text(text)
    assert time.perf_counter() - started < 1.0, "a boilerplate pattern backtracks catastrophically"
    return found


def test_breadcrumb_rule_does_not_backtrack_on_a_line_of_more_than_14_words() -> None:
    # "(?:\s*[»>/|·•-]?\s*\S+){0,14}" could split every word in every way before failing: 17 s for this line
    line = "الرئيسية " + " ".join(["كلمة"] * 16)
    assert _excluded_quickly(f"{BODY}\n{line}\n{BODY} وتابع.") == []
    crumbs = "الرئيسية » أخبار » العالم"
    assert _excluded_quickly(f"{BODY}\n{crumbs}\n{BODY} وتابع.") == [crumbs]


def test_menu_rule_does_not_backtrack_on_a_run_of_bullets() -> None:
    # a bullet glued to a word ("|x") could end a word, start one or separate two: 27 s for this line
    line = "الأخبار" + " |x" * 30 + " a b c d"
    assert _excluded_quickly(f"{BODY}\n{line}\n{BODY} وتابع.") == []
    menu = "أخبار | رياضة | اقتصاد | ثقافة"
    assert _excluded_quickly(f"{BODY}\n{menu}\n{BODY} وتابع.") == [menu]


@pytest.mark.parametrize(("pattern", "starts"), [
    (r"(?:اقرأ|إقرأ)\s+أيضا", ("اقرأ", "إقرأ")),
    (r"زر\s+الذهاب", ("زر",)),
    (r"ابc?d", ("اب",)),           # a quantifier makes the letter before it optional
    (r"(?:a|b)?c", None),          # an optional leading group decides nothing
    (r"(?<![^\n])(?:مقدمة|تحديث)\s*\d", ("مقدمة", "تحديث")),  # a lookbehind matches no letter
    (r"(?<=[)|])ab", ("ab",)),
    (r"(?<=a)b|c", None),
    (r"ab|c", None),               # a choice at the top level
    (r"x(?:a|b)|y", None),
    (r"[|]x", None),               # a bar in a character class is no choice, but the class is no letter
    (r"(?:a|(b))c", None),         # a group inside the choices
    (r"(?i)abc", None),
    (r"\sabc", None),
])
def test_literal_starts_of_a_pattern(pattern: str, starts: tuple[str, ...] | None) -> None:
    # the in-line rules are tried only on a page that holds one of these (a rule found in a line
    # starts with one of them, and the line is part of the page)
    from geo.text.boilerplate import _literal_starts

    assert _literal_starts(pattern) == starts


def test_in_line_rules_found_as_before_on_a_page_that_holds_their_words() -> None:
    page = f"{BODY}\nاقرأ أيضا: أرمينيا تدفع الحرب نحو منعطف جديد\n{BODY} وتابع. زر الذهاب إلى الأعلى"
    assert excluded_text(page) == ["اقرأ أيضا: أرمينيا تدفع الحرب نحو منعطف جديد", "زر الذهاب إلى الأعلى"]


# The breadcrumb, items and menu rules are written to take each piece of a line once (possessive
# quantifiers, atomic groups); these plainer readings, which backtracked on every short line, say
# which lines they mean.
PLAIN_READINGS = {
    "breadcrumb or menu starting at the home link": r"(?:الرئيسية|الرئيسيه)(?>\s*[»>/|·•-]?\s*\S+){0,14}",
    "a short line of items": r"[^|>»›\n؟?!]{1,40}(?:\s[|>»›]\s[^|>»›\n؟?!]{1,40})+",
    "a menu": r"(?:[·•|]\s*)*[^\s·•|]+(?: [^\s·•|]+){0,2}(?:(?:\s{2,}|(?:\s*[·•|])+\s*)[^\s·•|]+(?: [^\s·•|]+)"
              r"{0,2}){3,}(?:\s*[·•|])*",
}
ITEMS = ["كلمة", "أخبار العالم", "الشرق الأوسط اليوم", "a b c d", "ab", "x" * 39, "ع" * 40, "ب" * 41, "", " ", "؟"]
GAPS = [" ", "  ", "\t", "\xa0 ", " | ", " » ", " > ", " › ", "|", "/", " - ", "  •  ", " · ", "••", " |", "| ", "|x"]


@pytest.mark.parametrize("note", PLAIN_READINGS)
def test_line_rules_match_the_lines_of_their_plain_readings(note: str) -> None:
    import random
    import re

    rule = next(r for r in load_rules() if r.note.startswith(note))
    plain = re.compile(PLAIN_READINGS[note])
    rng = random.Random(5)
    lines = [rule.example]
    for _ in range(3000):  # items of up to 41 letters between gaps of every kind, from 1 to 16 of them
        items = rng.choices(ITEMS, k=rng.randint(1, 16))
        line = "".join(gap + item for gap, item in zip(rng.choices(GAPS, k=len(items)), items, strict=True))
        lines += [line, line.strip(), "الرئيسية" + line]
    found = [line for line in lines if rule.pattern.fullmatch(line)]
    assert found == [line for line in lines if plain.fullmatch(line)]
    assert len(found) > 50  # (the lines tried hold matches, not only misses)
