"""What the fuzz tests generate and what they check, shared by test_properties.py (the default
pytest run, a few hundred examples) and run_fuzz.py (the same properties for minutes).

Not a test module itself (pytest collects test_*.py only). The vocabulary comes from the
project's own data files, so the matcher, the resolver and the claims step really fire:
gazetteer names from data/gazetteer/*.csv, reporting verbs, speakers, place cues, denial
cues, claim-type stems, number words, months and weekdays from data/lexicon/, and text that
matches the boilerplate patterns of data/boilerplate.tsv. Around them: noise that real
scraped pages carry (bidi controls, zero-width characters, tatweel, harakat, Persian,
Latin, Cyrillic and Armenian letters, broken HTML), random Unicode and, where the API takes
a str, lone surrogates.
"""

from __future__ import annotations

import codecs
import datetime as dt
import json
import re
import time
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from hypothesis import strategies as st

from geo.datafiles import data_path, read_table, read_word_list
from geo.errors import ArticleError, GeoError
from geo.model import Article, ArticleResult
from geo.pipeline import extract
from geo.places.gazetteer import Gazetteer
from geo.places.placefiles import curated_files, read_place_rows
from geo.records import article_record
from geo.text.boilerplate import find_boilerplate, load_rules
from geo.text.clitics import iter_stems
from geo.text.keys import (
    arabic_letter_ratio,
    find_tokens,
    key_offset,
    normalise_key,
    normalise_phrase,
    trim_end,
)
from geo.text.reader import decode_bytes, html_to_text
from geo.text.sentences import split_sentences

ROOT = Path(__file__).resolve().parents[2]

ARTICLE_SECONDS = 10.0
"""Bound on one extract call for an article of up to about 200 KB. Measured (see
run_fuzz.py and the README's Reliability section): a 200,000-character line takes well under
2 s; the bound is generous so that a slow CI machine does not fail, while a hang still does."""

# ----------------------------------------------------------------------------- vocabulary


def _lexicon(name: str, column: int = 0) -> list[str]:
    columns = 3
    return [fields[column] for _, fields in read_table(data_path("lexicon", name), columns=columns, min_columns=1)
            if fields[column]]


@lru_cache(maxsize=1)
def vocabulary() -> dict[str, tuple[str, ...]]:
    """Word lists from data/ (Arabic gazetteer names, verbs, speakers, cues ...), by kind."""
    names: list[str] = []
    latin: list[str] = []
    for path in curated_files():
        for _line, _place, spellings in read_place_rows(path, layer="curated"):
            for name in spellings:
                (names if any("\u0621" <= c <= "\u064a" for c in name) else latin).append(name)
    seed_lines = []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        seed_lines += [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {
        "names": tuple(sorted(set(names))),
        "latin_names": tuple(sorted(set(latin))),
        "verbs": tuple(_lexicon("reporting_verbs.tsv")),
        "speakers": tuple(_lexicon("speakers.tsv")),
        "cues": tuple(_lexicon("place_cues.tsv")),
        "denials": tuple(read_word_list(data_path("lexicon", "denial_cues.txt"))),
        "according_to": tuple(read_word_list(data_path("lexicon", "according_to.txt"))),
        "types": tuple(_lexicon("claim_types.tsv")),
        "numbers": tuple(_lexicon("number_words.tsv")),
        "months": tuple(_lexicon("months.tsv")),
        "weekdays": tuple(_lexicon("weekdays.tsv")),
        "events": tuple(read_word_list(data_path("lexicon", "event_words.txt"))),
        "seed_lines": tuple(seed_lines),
    }


def _from(kind: str) -> st.SearchStrategy[str]:
    return st.sampled_from(vocabulary()[kind])


BIDI = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c"
ZERO_WIDTH = "\u200b\u200c\u200d\ufeff\u00ad"
MARKS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670\u0640"  # harakat, superscript alef, tatweel
LETTERS = (
    "abcdefghijklmnopqrstuvwxyzŞşƏəİıÇçĞğÖöÜü"  # Latin, Azerbaijani
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГД"  # Cyrillic
    "աբգդեզէըթժիլխծկհձղճմյնշոչպջռսվտրցւփքօֆԱԲԳ"  # Armenian
    "پچژگکیۀہےٹڈڑں"  # Persian and Urdu letters an outlet may paste in
    "ابتثجحخدذرسشصضطظعغفقكلمنهويءآأإؤئةى"  # Arabic
    "٠١٢٣٤٥٦٧٨٩۰۱۲۳0123456789"
)
PUNCTUATION = ".،؛؟!«»:\"'()[]-…,;٫/\\|*#@&%$"
SPACES = [" ", "  ", "\n", "\r\n", "\t", "\u00a0", "\n\n", "\r", "\u2028", "\x0c"]
HTML_BITS = [
    "<p>", "</p>", "<div>", "</div>", "<br>", "<br/>", "<script>", "</script>", "<style>", "<title>", "</title>",
    "<b", "<a href='", "<!--", "-->", "<![CDATA[", "&amp;", "&lt;", "&#1588;", "&#x634;", "&nbsp;", "&bogus;",
    "&#99999999;", "&#0;", "<html>", "<!doctype html>", "</", "<", ">", "<p class=\"x", "<svg>", "<template>",
    "<head>", "</head>", "<noscript>", "<li>", "<table><tr><td>",
]


def _noise_char() -> st.SearchStrategy[str]:
    return st.sampled_from(BIDI + ZERO_WIDTH + MARKS + LETTERS + PUNCTUATION)


@st.composite
def decorated(draw: st.DrawFn, word: st.SearchStrategy[str]) -> str:
    """A word with invisible characters, harakat or tatweel slipped in (شو\u200cشـا)."""
    text = draw(word)
    for _ in range(draw(st.integers(0, 3))):
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(st.sampled_from(BIDI + ZERO_WIDTH + MARKS)) + text[at:]
    return text


@lru_cache(maxsize=1)
def _boilerplate_texts() -> st.SearchStrategy[str]:
    """The example line of each rule in data/boilerplate.tsv (generating from the patterns
    themselves with st.from_regex works too, but is ten times slower per example)."""
    examples = [rule.example for rule in load_rules() if rule.example]
    if examples:
        return st.sampled_from(examples)
    return st.one_of([st.from_regex(rule.pattern, fullmatch=True) for rule in load_rules()])


@st.composite
def claim_sentences(draw: st.DrawFn) -> str:
    """A statement shaped like the news: [و]verb speaker، weekday، أن [claim word] [cue] name [figure]."""
    parts = [draw(st.sampled_from(["", "و", "ف"])) + draw(_from("verbs")), draw(_from("speakers"))]
    if draw(st.booleans()):
        parts += ["،", draw(st.one_of(_from("weekdays"), st.just("أمس"), st.just("اليوم")))]
    parts += ["،", draw(st.sampled_from(["أن", "إن", "بأن", ":"]))]
    if draw(st.booleans()):
        parts.append(draw(_from("types")))
    if draw(st.booleans()):
        parts.append(draw(_from("cues")))
    parts.append(draw(decorated(_from("names"))))
    if draw(st.booleans()):
        number = draw(st.one_of(_from("numbers"), st.integers(0, 10**6).map(str), digit_runs()))
        parts += [number, draw(st.sampled_from(["قتيلا", "جنديا", "دبابة", "مدنيين", "من", "تشرين الثاني"]))]
    if draw(st.booleans()):
        parts += [draw(st.integers(-5, 40).map(str)), draw(_from("months"))]
    return " ".join(parts) + draw(st.sampled_from([".", "؛", "", "،", " في حين"]))


def digit_runs() -> st.SearchStrategy[str]:
    """Numbers of any length in any script (ASCII, Arabic-Indic, Persian, superscript, Bengali)."""
    short = st.text("0123456789٠١٢٣٤٥٦٧٨٩۱۲۳²³¹১২৩", min_size=1, max_size=30)
    huge = st.builds(lambda digit, n: digit * n, st.sampled_from("19٩"), st.integers(300, 5000))
    return st.one_of(short, short, huge)


def fragments(*, surrogates: bool = False) -> st.SearchStrategy[str]:
    arabic = st.one_of(
        _from("names"), _from("verbs"), _from("speakers"), _from("cues"), _from("denials"),
        _from("according_to"), _from("types"), _from("numbers"), _from("months"), _from("weekdays"),
        _from("events"),
    )
    parts = [
        arabic,
        arabic,
        arabic,
        claim_sentences(),
        claim_sentences(),
        digit_runs(),
        decorated(arabic),
        _from("latin_names"),
        _from("seed_lines"),
        st.text(_noise_char(), max_size=12),
        st.text(max_size=8),
        st.sampled_from(HTML_BITS),
        st.sampled_from(PUNCTUATION),
        st.integers(0, 10**25).map(str),
        _boilerplate_texts(),
    ]
    if surrogates:
        parts.append(st.integers(0xD800, 0xDFFF).map(chr))
    return st.one_of(parts)


@st.composite
def articles(draw: st.DrawFn, *, max_fragments: int = 60, surrogates: bool = False) -> str:
    """Arabic-news-shaped text: vocabulary from data/, punctuation, line breaks and noise."""
    pieces = draw(st.lists(fragments(surrogates=surrogates), max_size=max_fragments))
    out = []
    for piece in pieces:
        out.append(piece)
        out.append(draw(st.sampled_from(SPACES + [" ", " ", " ", "", "، ", ". ", "؛ ", " «", "» "])))
    return "".join(out)


def byte_strings() -> st.SearchStrategy[bytes]:
    """Bytes a scraped article file may hold: UTF-8 (with BOM, truncated, damaged), cp1256,
    ISO-8859-6, UTF-16, or random bytes."""
    text = articles(max_fragments=20)

    def legacy(encoding: str) -> st.SearchStrategy[bytes]:
        return text.map(lambda t: t.encode(encoding, errors="ignore"))

    @st.composite
    def cut(draw: st.DrawFn) -> bytes:
        data = draw(text).encode("utf-8")
        return data[: draw(st.integers(0, len(data)))]

    @st.composite
    def damaged(draw: st.DrawFn) -> bytes:
        data = bytearray(draw(text).encode("utf-8"))
        for _ in range(draw(st.integers(1, 3))):
            if data:
                data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
        return bytes(data)

    return st.one_of(
        text.map(lambda t: t.encode("utf-8")),
        text.map(lambda t: b"\xef\xbb\xbf" + t.encode("utf-8")),
        text.map(lambda t: b"\xef\xbb\xbf" + t.encode("utf-8")[:-1]),
        text.map(lambda t: t.encode("utf-16")),
        text.map(lambda t: t.encode("utf-16-be")),
        legacy("cp1256"),
        legacy("iso-8859-6"),
        cut(),
        damaged(),
        st.binary(max_size=300),
        st.binary(max_size=40).map(lambda b: b"\xff\xfe" + b),
        st.binary(max_size=40).map(lambda b: b"\xef\xbb\xbf" + b),
    )


# ----------------------------------------------------------------------------- properties


@dataclass
class Tally:
    """Examples run and the slowest article seen, per property (run_fuzz.py prints them)."""

    examples: dict[str, int] = field(default_factory=dict)
    slowest: tuple[float, int] = (0.0, 0)

    def count(self, name: str) -> None:
        self.examples[name] = self.examples.get(name, 0) + 1


TALLY = Tally()


def check_decode(data: bytes) -> None:
    """decode_bytes returns text or refuses with an ArticleError that names the input; anything but
    clean UTF-8 comes with a warning."""
    TALLY.count("decode")
    try:
        text, encoding, warnings = decode_bytes(data, name="fuzz.txt")
    except ArticleError as err:
        assert str(err).startswith("fuzz.txt: "), err
        return
    codecs.lookup(encoding)
    assert isinstance(text, str) and all(w.startswith("fuzz.txt: ") for w in warnings)
    if not warnings:
        assert encoding in ("utf-8", "utf-8-sig"), encoding
        assert text == data.removeprefix(b"\xef\xbb\xbf").decode("utf-8")


def arabic_count(text: str) -> int:
    return sum(1 for c in text if "\u0621" <= c <= "\u064a")


def check_cut_utf8(text: str, cut: int) -> None:
    """UTF-8 cut anywhere (a broken download) reads as the text up to the cut, never as cp1256 gibberish."""
    TALLY.count("decode")
    data = text.encode("utf-8")[:cut]
    prefix = data.decode("utf-8", errors="ignore")
    try:
        decoded, encoding, _warnings = decode_bytes(data, name="fuzz.txt")
    except ArticleError as err:
        assert arabic_count(prefix) == 0 or "binary" in str(err), err  # a NUL in the text is refused as binary
        return
    if data.startswith(b"\xef\xbb\xbf"):  # the text began with U+FEFF: read as the byte-order mark
        assert (decoded, encoding) == (prefix.removeprefix("\ufeff"), "utf-8-sig"), (data, decoded, encoding)
    elif any(ord(c) > 127 for c in prefix):
        assert (decoded, encoding) == (prefix, "utf-8"), (data, decoded, encoding)


def check_damaged_utf8(text: str, at: int, byte: int) -> None:
    """Arabic UTF-8 with one damaged byte reads as UTF-8 with at most a few characters changed."""
    TALLY.count("decode")
    data = bytearray(text.encode("utf-8"))
    data[at % len(data)] = byte
    try:
        decoded, encoding, _warnings = decode_bytes(bytes(data), name="fuzz.txt")
    except ArticleError as err:
        assert arabic_count(text) < 40 or "binary" in str(err), err
        return
    if arabic_count(text) >= 40:
        assert encoding == "utf-8", (text, encoding)
        same = 0
        while same < min(len(text), len(decoded)) and text[same] == decoded[same]:
            same += 1
        tail = 0
        while tail < min(len(text), len(decoded)) - same and text[-1 - tail] == decoded[-1 - tail]:
            tail += 1
        assert same + tail >= len(text) - 2, (text, decoded)


def _cut_inside_last_character(data: bytes) -> bool:
    """Are these bytes well-formed UTF-8 but for a last character cut short?"""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as err:
        return err.reason == "unexpected end of data"
    return False


def check_legacy(text: str, encoding: str) -> None:
    """Arabic in cp1256 or ISO-8859-6 reads back as the text, or is refused (too little Arabic);
    bytes that are Arabic in both code pages (short texts) read as cp1256."""
    TALLY.count("decode")
    data = text.encode(encoding, errors="ignore")
    original = data.decode(encoding)
    try:
        decoded, used, warnings = decode_bytes(data, name="fuzz.txt")
    except ArticleError:
        return
    if used == encoding:
        assert decoded == original
        return
    if used.startswith("utf"):
        # legacy bytes are never read as damaged UTF-8, unless they are well-formed UTF-8 cut inside its
        # last character («أٹآ» in cp1256 is C3 8A C2): then they are a cut UTF-8 download too, and
        # check_cut_utf8 rules (read up to the cut, with a warning)
        assert not warnings or _cut_inside_last_character(data), (original, "legacy bytes read as damaged UTF-8")
        return
    other = data.decode(used)
    assert arabic_letter_ratio(other) >= arabic_letter_ratio(original), (original, used)
    assert used == "cp1256" or arabic_letter_ratio(other) > arabic_letter_ratio(original), (original, used)


def check_html(markup: str) -> None:
    TALLY.count("html")
    text, title = html_to_text(markup)
    assert isinstance(text, str)
    assert title is None or isinstance(title, str)


def check_boilerplate(text: str) -> None:
    TALLY.count("boilerplate")
    spans = find_boilerplate(text)
    previous_end = -1
    for span in spans:
        assert 0 <= span.start < span.end <= len(text), span
        assert span.start > previous_end, (spans, "spans overlap or touch")
        assert span.reason
        previous_end = span.end


def check_sentences(text: str) -> None:
    TALLY.count("sentences")
    excluded = find_boilerplate(text)
    sentences = split_sentences(text, excluded)
    previous_end = 0
    for s in sentences:
        assert previous_end <= s.start < s.end <= len(text), s
        body = text[s.start:s.end]
        # a sentence may run across a wrapped line's break, never across a blank line (a paragraph)
        assert not re.search(r"\n[^\S\n]*\n", body) and body == body.strip() and any(c.isalnum() for c in body)
        assert not any(x.start < s.end and s.start < x.end for x in excluded), (s, excluded)
        previous_end = s.end


def check_keys(text: str) -> None:
    TALLY.count("keys")
    phrase = normalise_phrase(text)
    assert normalise_phrase(phrase) == phrase
    for tok in find_tokens(text):
        assert 0 <= tok.start < tok.end <= len(text)
        assert normalise_key(text[tok.start:tok.end]) == tok.key
        for prefix_len, stem, _article in iter_stems(tok.key):
            assert tok.key.endswith(stem) and len(stem) + prefix_len == len(tok.key)
            at = key_offset(text, tok, prefix_len)
            assert tok.start <= at <= tok.end
            end = trim_end(text, at, tok.end)
            assert at <= end <= tok.end


def check_extract(
    text: str, gaz: Gazetteer, *, published: dt.date | None = None, seconds: float = ARTICLE_SECONDS
) -> ArticleResult | None:
    """The whole place and claims step: no crash, every offset valid, bounded time."""
    TALLY.count("extract")
    article = Article(id="fuzz", text=text, published=published)
    started = time.perf_counter()
    try:
        result = extract(article, gaz)
    except GeoError as err:
        assert str(err), "a GeoError without a message"
        return None
    elapsed = time.perf_counter() - started
    if elapsed > TALLY.slowest[0]:
        TALLY.slowest = (elapsed, len(text))
    assert elapsed < seconds, f"extract took {elapsed:.1f} s for {len(text):,} characters"
    check_result(result)
    return result


def check_result(result: ArticleResult) -> None:
    text = result.article.text
    n = len(text)
    for span in result.excluded + result.unresolved:
        assert 0 <= span.start < span.end <= n, span
    for s in result.sentences:
        assert 0 <= s.start < s.end <= n, s
    previous_end = 0
    for m in result.mentions:
        assert previous_end <= m.start < m.end <= n, m
        assert text[m.start:m.end] == m.surface
        assert normalise_key(m.surface), f"mention {m.surface!r} is invisible"
        # page chrome names places too, only ever as context (docs/annotation.md)
        assert m.role == "context" or not any(x.start <= m.start < x.end for x in result.excluded), m
        assert 0.0 <= m.confidence <= 1.0
        previous_end = m.end
    # a claim may be about a state no mention names (the accused state of an accusation): the
    # result lists those as implied places (docs/output.md)
    mentioned = {m.place.place_id for m in result.mentions} | {p.place_id for p in result.implied}
    ids = [c.id for c in result.claims]
    assert len(ids) == len(set(ids)), "claim ids repeat"
    for c in result.claims:
        assert 0 <= c.start < c.end <= n and text[c.start:c.end] == c.text, c
        assert not any(x.start <= c.start < x.end for x in result.excluded), c  # no claim is read from chrome
        if c.speaker:
            assert 0 <= c.speaker_start < c.speaker_end <= n
            assert text[c.speaker_start:c.speaker_end] == c.speaker, c
        else:
            assert c.side == "none" and (c.speaker_start, c.speaker_end) == (-1, -1)
        for f in c.numbers:
            assert c.start <= f.start < f.end <= c.end and text[f.start:f.end] == f.text, f
        assert set(c.place_ids) <= mentioned, (c.place_ids, mentioned)
    assert set(result.contested) <= {p for c in result.claims for p in c.place_ids}
    # the output contract is strict JSON (no NaN or Infinity); lone surrogates are the caller's problem
    json.dumps(article_record(result), allow_nan=False)


def publication_dates() -> st.SearchStrategy[dt.date | None]:
    """None, a date of the wars, or any date Python can hold (a manifest may say 0001-01-01)."""
    return st.one_of(st.none(), st.dates(dt.date(2016, 1, 1), dt.date(2024, 12, 31)), st.dates())
