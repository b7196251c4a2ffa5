"""The manifest format (geo/corpus/manifest.py)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from geo.corpus.manifest import read_manifest
from geo.errors import ManifestError


def write(tmp_path: Path, content: str) -> Path:
    m = tmp_path / "manifest.csv"
    m.write_text(content, encoding="utf-8")
    return m


def test_good_rows(tmp_path: Path) -> None:
    m = write(tmp_path, "id,file,published,title,outlet,url,notes\na1,a.txt,2020-11-09,عنوان,منفذ,http://x,anything\n,b.html,,,,,\n")
    entries, problems = read_manifest(m)
    assert problems == []
    assert entries[0].id == "a1" and entries[0].published == dt.date(2020, 11, 9) and entries[0].title == "عنوان"
    assert entries[0].path == tmp_path / "a.txt"
    assert entries[1].id == "b" and entries[1].published is None


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("x,,2020-01-01", "'file' column is empty"),
        ("x,a.txt,09/11/2020", "not YYYY-MM-DD"),
        ("x,a.txt,2020-02-30", "not YYYY-MM-DD"),
        ("x,a.txt,2020-01-01,t,o,u,extra", "more fields than columns"),
    ],
)
def test_bad_rows_are_reported_and_skipped(tmp_path: Path, row: str, message: str) -> None:
    m = write(tmp_path, f"id,file,published,title,outlet,url\n{row}\ngood,g.txt,,,,\n")
    entries, problems = read_manifest(m)
    assert [e.id for e in entries] == ["good"]
    assert len(problems) == 1 and problems[0].line == 2 and message in problems[0].message


def test_an_unclosed_quote_is_reported_and_the_rows_after_it_still_count(tmp_path: Path) -> None:
    # regression: the quote swallowed every later row into one 'file' value, silently
    m = write(tmp_path, 'id,file,published\na,a.txt,\nb,"b.txt,2020-01-02\nc,c.txt,2020-01-03\nd,d.txt,\n')
    entries, problems = read_manifest(m)
    assert [(e.id, e.published) for e in entries] == [("a", None), ("c", dt.date(2020, 1, 3)), ("d", None)]
    assert [(p.line, "never closed" in p.message) for p in problems] == [(3, True)]


def test_a_quoted_value_over_two_lines_is_still_one_value(tmp_path: Path) -> None:
    entries, problems = read_manifest(write(tmp_path, 'id,file,title\na,a.txt,"first line\nsecond line"\nb,b.txt,\n'))
    assert problems == [] and [e.title for e in entries] == ["first line\nsecond line", None]


def test_duplicate_ids_are_refused(tmp_path: Path) -> None:
    entries, problems = read_manifest(write(tmp_path, "id,file\na,a.txt\na,b.txt\n"))
    assert [e.path.name for e in entries] == ["a.txt"] and "already used on line 2" in problems[0].message


def test_manifest_without_file_column(tmp_path: Path) -> None:
    with pytest.raises(ManifestError, match="no 'file' column"):
        read_manifest(write(tmp_path, "id,path\na,a.txt\n"))


def test_bundled_seed_manifest_is_valid() -> None:
    root = Path(__file__).resolve().parents[2]
    entries, problems = read_manifest(root / "seeds" / "manifest.csv")
    assert problems == [] and len(entries) == 5
    assert all(e.path.exists() and e.published is not None for e in entries)
