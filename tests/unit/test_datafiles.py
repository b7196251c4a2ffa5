"""Data files with errors: every mistake gives a DataFileError naming the file, the line and the fix.

Gazetteer files (yours, given with --gazetteer, or data/gazetteer/*.csv) go through both the Python
API (geo.places.placefiles.check_place_file, which build_gazetteer's checks match) and the real command
``python -m geo gazetteer check``; the language tables (data/lexicon/, data/boilerplate.tsv,
data/gazetteer/country_bounds.tsv) through their loaders, on a copy of data/ with one line broken.

"Conflicting aliases": one written name, once folded (شوشة = شوشه, harakat and tatweel ignored),
given to two places with different ids — in one file, or a user file and the curated gazetteer —
unless data/gazetteer/shared_names.tsv declares it for both (Martuni in Karabakh and in Armenia).
The resolver could only guess between such places in every article.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from geo import datafiles
from geo.claims.claimwords import load_claim_words
from geo.errors import DataFileError, GeoError
from geo.pipeline import load_language_tables
from geo.places.gazetteer import build_gazetteer
from geo.places.lexicon import load_lexicon
from geo.places.placefiles import COLUMNS, _country_bounds, check_place_file, read_country_bounds
from geo.text.boilerplate import load_rules

ROOT = Path(__file__).resolve().parents[2]
HEADER = ",".join(COLUMNS)


def row(**fields: str) -> str:
    values = {
        "id": "zoghrabert", "kind": "village", "name_en": "Zoghrabert", "names_ar": "زوغرابيرد",
        "lat": "39.9", "lon": "46.6", "country": "AZ", "source": "my survey",
    } | fields
    return ",".join(values.get(c, "") for c in COLUMNS)


SECOND = row(id="mirzalibeyli", name_en="Mirzalibeyli", names_ar="ميرزاليبيلي", lat="39.95", lon="46.7")


@dataclass(frozen=True)
class Bad:
    """A broken gazetteer file: what the message must say (the problem), and the fix it must give."""

    content: str | bytes
    line: int
    problem: str
    fix: str


BAD_GAZETTEERS: dict[str, Bad] = {
    "empty": Bad("", 1, "the file is empty", "first line must be the header"),
    "only blank lines": Bad("\n \n\n", 1, "the file is empty", "first line must be the header"),
    "missing columns": Bad("id,kind,name_en\nx,city,X\n", 1, "missing column(s) names_ar, lat, lon, source",
                           "the header must include"),
    "tab-separated": Bad(HEADER.replace(",", "\t") + "\n" + row().replace(",", "\t") + "\n", 1,
                         "separated by tabs", "separate them with commas"),
    "semicolon-separated": Bad(HEADER.replace(",", ";") + "\n" + row().replace(",", ";") + "\n", 1,
                               "separated by semicolons", "separate them with commas"),
    "not UTF-8": Bad((HEADER + "\n" + SECOND + "\n").encode() + (row() + "\n").encode("cp1256"), 3, "not UTF-8",
                     "re-save the file as UTF-8"),
    "names separated by commas": Bad(HEADER + "\n" + row(names_ar="زوغرابيرد,زغرابرد") + "\n", 2,
                                     "15 fields, the header has 14", "separate several names with |"),
    "a row too short": Bad(HEADER + "\nzoghrabert,village,Zoghrabert,,,,زوغرابيرد,39.9,46.6\n", 2,
                           "9 fields, the header has 14 (no source)", "add the missing fields"),
    "an unclosed quote": Bad(HEADER + "\n" + row(source='"my survey') + "\n" + SECOND + "\n", 2,
                             "a double quote is not closed", "close the quote"),
    "a field too long for CSV": Bad(HEADER + "\n" + row(source="x" * 200_000) + "\n", 2, "not valid CSV",
                                    "check the quotes and commas"),
    "lat not a number": Bad(HEADER + "\n" + SECOND + "\n" + row(lat="39.9N") + "\n", 3, "are not numbers",
                            "decimal degrees with a point"),
    "lat out of range": Bad(HEADER + "\n" + row(lat="91") + "\n", 2, "out of range", "lat is -90..90"),
    "lat NaN": Bad(HEADER + "\n" + row(lat="nan") + "\n", 2, "out of range", "lat is -90..90"),
    "lon infinite": Bad(HEADER + "\n" + row(lon="inf") + "\n", 2, "out of range", "lon -180..180"),
    "lat and lon swapped": Bad(HEADER + "\n" + row(lat="46.6", lon="39.9") + "\n", 2, "lies outside AZ",
                               "the lat and lon columns look swapped"),
    "no source": Bad(HEADER + "\n" + row(source="") + "\n", 2, "column 'source' is empty", "every row needs"),
    "id with capitals and a space": Bad(HEADER + "\n" + row(id="Zog Hrabert") + "\n", 2, "id 'Zog Hrabert'",
                                        "must be lower-case ASCII letters"),
    "unknown kind": Bad(HEADER + "\n" + row(kind="hamlet") + "\n", 2, "kind 'hamlet'", "is not one of"),
    "geonames_id not a number": Bad(HEADER + "\n" + row(geonames_id="GN123") + "\n", 2, "geonames_id 'GN123'",
                                    "must be a number or empty"),
    "an Arabic name without letters": Bad(HEADER + "\n" + row(names_ar="زوغرابيرد|ـ") + "\n", 2,
                                          "Arabic name 'ـ' has no letters", "write the name or remove it"),
    "duplicate id": Bad(HEADER + "\n" + row() + "\n" + SECOND + "\n" + row(names_ar="زغرابرد") + "\n", 4,
                        "duplicate id 'zoghrabert' (first on line 2)", "give each place its own id"),
    "one alias for two places": Bad(HEADER + "\n" + row() + "\n" + row(id="other", name_en="Other") + "\n", 3,
                                    "is also a name of 'zoghrabert'", "declare it in data/gazetteer/shared_names.tsv"),
    "an alias that differs only in harakat and tatweel": Bad(
        HEADER + "\n" + row() + "\n" + row(id="other", name_en="Other", names_ar="زُوغـرابيرد") + "\n", 3,
        "is also a name of 'zoghrabert'", "give one of them a spelling of its own"),
    "an alias that differs only in ta marbuta": Bad(
        HEADER + "\n" + row(names_ar="ميرزة") + "\n" + row(id="other", name_en="Other", names_ar="ميرزه") + "\n",
        3, "is also a name of 'zoghrabert'", "give one of them a spelling of its own"),
    "a Latin alias of two places": Bad(
        HEADER + "\n" + row(alt_latin="Zogh") + "\n" + row(id="other", name_en="Zogh", names_ar="زوغ") + "\n", 3,
        "the name 'Zogh' of 'other'", "give one of them a spelling of its own"),
    "the name of a curated place": Bad(HEADER + "\n" + row(id="my_shusha", names_ar="زوغرابيرد|شوشا") + "\n", 2,
                                      "is also a name of 'shusha' (", "declare it in data/gazetteer/shared_names.tsv"),
    "a declared shared name, for a third place": Bad(
        HEADER + "\n" + row(id="my_martuni", names_ar="مارتوني") + "\n", 2, "is also a name of 'martuni'",
        "the rule that settles it"),
}


def _write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / (re.sub(r"\W+", "_", name) + ".csv")
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def bad_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("bad-gazetteers")
    return {name: _write(folder, name, bad.content) for name, bad in BAD_GAZETTEERS.items()}


@pytest.fixture(scope="module")
def cli_errors(bad_files: dict[str, Path]) -> dict[str, str]:
    """One run of the real command over every bad file: its error line per file."""
    out = subprocess.run(
        [sys.executable, "-m", "geo", "gazetteer", "check", *map(str, bad_files.values())],
        cwd=ROOT, capture_output=True, text=True, timeout=300, env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert out.returncode == 1 and out.stdout == "", out.stdout + out.stderr
    lines = out.stderr.splitlines()
    assert len(lines) == len(bad_files), out.stderr
    return {name: next(line for line in lines if line.startswith(f"error: {path}:"))
            for name, path in bad_files.items()}


def _assert_names_file_line_and_fix(message: str, path: Path, bad: Bad) -> None:
    assert f"{path}:{bad.line}: " in message, message
    assert bad.problem in message, message
    assert bad.fix in message, message


@pytest.mark.parametrize("name", list(BAD_GAZETTEERS))
def test_bad_gazetteer_file_through_the_api(name: str, bad_files: dict[str, Path]) -> None:
    with pytest.raises(DataFileError) as err:
        check_place_file(bad_files[name])
    _assert_names_file_line_and_fix(str(err.value), bad_files[name], BAD_GAZETTEERS[name])


@pytest.mark.parametrize("name", list(BAD_GAZETTEERS))
def test_bad_gazetteer_file_through_the_cli(name: str, bad_files: dict[str, Path], cli_errors: dict[str, str]) -> None:
    _assert_names_file_line_and_fix(cli_errors[name], bad_files[name], BAD_GAZETTEERS[name])


@pytest.mark.parametrize("name", list(BAD_GAZETTEERS))
def test_loading_a_bad_user_file_fails_the_same_way(name: str, bad_files: dict[str, Path]) -> None:
    # --gazetteer FILE / GEO_GAZETTEER: build_gazetteer applies the same checks as gazetteer check
    with pytest.raises(DataFileError) as err:
        build_gazetteer([bad_files[name]], worldwide=False)
    _assert_names_file_line_and_fix(str(err.value), bad_files[name], BAD_GAZETTEERS[name])


GOOD_GAZETTEERS = {
    "a byte-order mark and spaces after the commas of the header": "\ufeff" + HEADER.replace(",", ", ") + "\n" + row(),
    "a quoted field with a comma": HEADER + "\n" + row(source='"my survey, 2021"'),
    "CRLF line ends and a blank line": (HEADER + "\n\n" + row() + "\n").replace("\n", "\r\n"),
    "a spelling repeated within one row": HEADER + "\n" + row(names_ar="زوغرابيرد|زوغرابيرد|زوغرابيرده"),
    "a curated place replaced, with its own names": HEADER + "\n" + row(
        id="goris", kind="city", name_en="Goris", names_ar="غوريس", lat="39.51", lon="46.34", country="AM"),
    "a country point outside the country box": HEADER + "\n" + row(
        id="my_region", kind="region", name_en="Somewhere", lat="46.6", lon="39.9"),
}


@pytest.mark.parametrize("content", list(GOOD_GAZETTEERS.values()), ids=list(GOOD_GAZETTEERS))
def test_good_gazetteer_files_pass(content: str, tmp_path: Path) -> None:
    path = _write(tmp_path, "good", content)
    assert len(check_place_file(path)) == 1
    out = subprocess.run([sys.executable, "-m", "geo", "gazetteer", "check", str(path)], cwd=ROOT,
                         capture_output=True, text=True, timeout=300, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert out.returncode == 0 and f"ok: {path}: 1 places" in out.stdout, out.stderr


def test_the_curated_files_pass_the_check() -> None:
    for path in sorted((ROOT / "data" / "gazetteer").glob("*.csv")):
        assert check_place_file(path)


def test_a_missing_or_unreadable_gazetteer_file(tmp_path: Path) -> None:
    with pytest.raises(DataFileError, match=r"nope\.csv: gazetteer file not found; check the path"):
        check_place_file(tmp_path / "nope.csv")
    with pytest.raises(DataFileError, match="cannot be read"):
        check_place_file(tmp_path)


# ----------------------------------------------------------------------------- language tables


def _load_every_table() -> None:
    for loader in (load_lexicon, load_claim_words, load_rules, _country_bounds):
        loader.cache_clear()
    load_language_tables()
    read_country_bounds()


@pytest.fixture
def data_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A copy of data/ that the loaders read instead (GEO_DATA_DIR for this process)."""
    copy = tmp_path / "data"
    shutil.copytree(ROOT / "data", copy, ignore=shutil.ignore_patterns("basemap"))
    monkeypatch.setattr(datafiles, "DATA_DIR", copy)
    yield copy
    monkeypatch.undo()
    _load_every_table()  # the rest of the run gets the real tables back


def _append(line: str) -> Callable[[Path], int]:
    def edit(path: Path) -> int:
        text = path.read_text(encoding="utf-8")
        if not text.endswith("\n"):
            text += "\n"
        path.write_text(text + line + "\n", encoding="utf-8")
        return text.count("\n") + 1

    return edit


def _only_comments(path: Path) -> int:
    path.write_text("# every entry was deleted by mistake\n\n", encoding="utf-8")
    return 1


def _not_utf8(path: Path) -> int:
    text = path.read_text(encoding="utf-8")
    path.write_bytes(text.encode("utf-8") + "تجربة\tsay\n".encode("cp1256"))
    return text.count("\n") + 1


BAD_TABLES: dict[str, tuple[str, Callable[[Path], int], str, str]] = {
    # name: (file under data/, how to break it -> the broken line, problem, fix)
    "a space instead of a tab": ("lexicon/reporting_verbs.tsv", _append("تجربة say"),
                                 "expected 2-3 tab-separated fields, found 1", "separate columns with a single tab"),
    "an extra tab": ("lexicon/reporting_verbs.tsv", _append("تجربة\tsay\t\tnote"),
                     "expected 2-3 tab-separated fields, found 4", "separate columns with a single tab"),
    "an empty first column": ("lexicon/speakers.tsv", _append("\tNobody\tother"), "the first column is empty",
                              "fill it or delete the line"),
    "an unknown side": ("lexicon/speakers.tsv", _append("وزارة التجربة\tTest ministry\tmars"), "side 'mars'",
                        "is not one of armenia"),
    "a speaker without letters": ("lexicon/speakers.tsv", _append("ـــ\tNobody\tother"),
                                  "has no letters once folded", "write the word or delete the line"),
    "a denial cue without letters": ("lexicon/denial_cues.txt", _append("\u064e"), "has no letters once folded",
                                     "write the word or delete the line"),
    "an unknown claim type": ("lexicon/claim_types.tsv", _append("معركة\tbattle"), "type 'battle'",
                              "is not one of attack"),
    "a month out of range": ("lexicon/months.tsv", _append("فرنير\t13"),
                             "month '13' is not a whole number from 1 to 12", "correct it"),
    "a weekday in words": ("lexicon/weekdays.tsv", _append("السبت\tsix"),
                           "weekday (Monday is 0) 'six' is not a whole number from 0 to 6", "correct it"),
    "a number word without a number": ("lexicon/number_words.tsv", _append("عشرات\tmany\tcardinal"),
                                       "value 'many' is not a number", "write it with digits"),
    "an unknown number kind": ("lexicon/number_words.tsv", _append("دزينة\t12\tdozen"), "kind 'dozen'",
                               "is not one of cardinal, ordinal, multiplier"),
    "a place cue without kinds": ("lexicon/place_cues.tsv", _append("ضيعة\t\tnote"), "has no kinds",
                                  "give a comma list of kinds"),
    "a table with no entries": ("lexicon/relay_verbs.txt", _only_comments, "the table has no entries",
                                "restore it from the repository"),
    "a table not in UTF-8": ("lexicon/reporting_verbs.tsv", _not_utf8, "not UTF-8", "re-save it as UTF-8"),
    "a boilerplate scope": ("boilerplate.tsv", _append("everywhere\tx\tnote\tx"), "scope 'everywhere'",
                            "is not one of line"),
    "a broken boilerplate pattern": ("boilerplate.tsv", _append("line\t(unclosed\tnote\t(unclosed"),
                                     "is not a valid regular expression", "correct it"),
    "a boilerplate pattern that matches nothing at all": ("boilerplate.tsv", _append("phrase\t(?:مثلا)?\tnote"),
                                                          "matches the empty string",
                                                          "make it require at least one character"),
    "country bounds in the wrong order": ("gazetteer/country_bounds.tsv", _append("XX\t50\t10\t40\t20\tNowhere"),
                                          "are not min_lat < max_lat", "write them in the order min_lat"),
    "country bounds not numbers": ("gazetteer/country_bounds.tsv", _append("XX\tforty\t10\t50\t20\tNowhere"),
                                   "bounds must be numbers", "min_lat min_lon max_lat max_lon"),
}


@pytest.mark.parametrize("name", list(BAD_TABLES))
def test_bad_language_table(name: str, data_copy: Path) -> None:
    relative, breaks, problem, fix = BAD_TABLES[name]
    path = data_copy / relative
    line = breaks(path)
    with pytest.raises(DataFileError) as err:
        _load_every_table()
    message = str(err.value)
    assert f"{path}:{line}: " in message, message
    assert problem in message and fix in message, message


@pytest.mark.parametrize("name", ["a month out of range", "a speaker without letters", "a table with no entries"])
def test_extract_reports_a_bad_table_before_the_first_article(name: str, data_copy: Path, tmp_path: Path) -> None:
    relative, breaks, problem, _fix = BAD_TABLES[name]
    line = breaks(data_copy / relative)
    article = tmp_path / "a.txt"
    article.write_text("قصفت القوات مدينة كنجة.", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "GEO_DATA_DIR": str(data_copy),
           "GEO_CACHE_DIR": str(tmp_path / "cache")}
    out = subprocess.run([sys.executable, "-m", "geo", "extract", str(article), "--no-worldwide"], cwd=ROOT,
                         capture_output=True, text=True, timeout=300, env=env)
    assert out.returncode == 1 and "Traceback" not in out.stderr, out.stderr
    assert f"{data_copy / relative}:{line}: " in out.stderr and problem in out.stderr


def test_ingest_reports_a_bad_table_before_the_first_article(data_copy: Path, tmp_path: Path) -> None:
    relative, breaks, problem, _fix = BAD_TABLES["a month out of range"]
    line = breaks(data_copy / relative)
    (tmp_path / "a.txt").write_text("قصفت القوات مدينة كنجة.", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "GEO_DATA_DIR": str(data_copy),
           "GEO_CACHE_DIR": str(tmp_path / "cache")}
    out = subprocess.run([sys.executable, "-m", "geo", "ingest", str(tmp_path / "a.txt"), "--db",
                          f"sqlite:///{tmp_path / 'store.sqlite'}"], cwd=ROOT,
                         capture_output=True, text=True, timeout=300, env=env)
    assert out.returncode == 1 and "Traceback" not in out.stderr, out.stderr
    assert f"{data_copy / relative}:{line}: " in out.stderr and problem in out.stderr
    assert "articles:" not in out.stdout  # stopped before any article, not one failure per article


def test_a_byte_order_mark_in_a_table_is_not_data(data_copy: Path) -> None:
    path = data_copy / "boilerplate.tsv"
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    _load_every_table()  # the first scope is "tail", not "\ufefftail"


def test_data_file_errors_are_geo_errors_and_value_errors() -> None:
    assert issubclass(DataFileError, GeoError) and issubclass(DataFileError, ValueError)


# ----------------------------------------------------------------------------- boilerplate patterns


ADVERSARIAL_WORDS = ["كلمة", "الرئيسية", "|x", "x|", "|", "»", ">", "·", "-", "أخبار", "؟", ":", "a", "1"]


@pytest.mark.parametrize("rule", load_rules(), ids=lambda r: r.note)
def test_no_boilerplate_pattern_backtracks_catastrophically(rule) -> None:  # type: ignore[no-untyped-def]
    """Each pattern, on lines of up to 240 characters made of its example and menu-like pieces,
    answers in well under a second (two patterns took from 12 s to hours before they were fixed)."""
    worst = 0.0
    for word in ADVERSARIAL_WORDS:
        for gap in (" ", "  ", " » ", ""):
            line = rule.example.split(" ")[0]
            while len(line) < 200:
                line += gap + word
            for candidate in (line, line + " a b c d", line + "\tx y"):
                started = time.perf_counter()
                if rule.scope in ("line", "block"):
                    rule.pattern.fullmatch(candidate)
                else:
                    rule.pattern.search(candidate)
                worst = max(worst, time.perf_counter() - started)
    assert worst < 0.5, f"{rule.pattern.pattern!r} took {worst:.2f} s on one line"


def test_word_stem_lists_hold_single_words() -> None:
    """Event, meeting and locative words are matched one token at a time: an entry with a space
    («الاحكام العرفيه») could never match."""
    from geo.places.lexicon import load_lexicon

    lex = load_lexicon()
    for name, words in (("event_words", lex.event_stems), ("venue_words", lex.venue_stems),
                        ("locatives", lex.locatives)):
        assert not [w for w in words if " " in w], name
