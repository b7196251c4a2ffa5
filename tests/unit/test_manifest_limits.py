"""Reading a manifest is linear and bounded (geo/corpus/manifest.py): every damaged row is a report,
never a traceback or a hang, and every skipped row is reported."""

from __future__ import annotations

import csv
import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from geo.corpus.manifest import MAX_FIELD_CHARS, MAX_ROWS, ManifestEntry, read_manifest
from geo.errors import ManifestError

ROOT = Path(__file__).resolve().parents[2]


def write(folder: Path, content: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    m = folder / "manifest.csv"
    m.write_text(content, encoding="utf-8")
    return m


@pytest.mark.parametrize("chars", [MAX_FIELD_CHARS + 1, 200_000])  # 200,000: over csv's own limit too
def test_a_field_over_the_limit_is_reported_and_the_row_skipped(tmp_path: Path, chars: int) -> None:
    # regression: over csv's 128 KiB limit the whole manifest stopped with _csv.Error; below it, an
    # article pasted into the manifest was taken as its title
    m = write(tmp_path, f"id,file,title\na,a.txt,{'ب' * chars}\nb,b.txt,short\n")
    entries, problems = read_manifest(m)
    assert [e.id for e in entries] == ["b"]
    assert [(p.line, p.message.split(";")[0]) for p in problems] == [
        (2, f"field 3 has {chars:,} characters, more than the 65,536 allowed")]


def test_a_field_at_the_limit_is_kept(tmp_path: Path) -> None:
    entries, problems = read_manifest(write(tmp_path, f"id,file,title\na,a.txt,{'x' * MAX_FIELD_CHARS}\n"))
    assert problems == [] and len(entries[0].title or "") == MAX_FIELD_CHARS


_ALTERNATING = """
import json, sys, time
from pathlib import Path
from geo.corpus.manifest import read_manifest

def read(pairs):
    manifest = Path(sys.argv[1])
    # every other row opens a quote it never closes; the row below it is well quoted
    manifest.write_text("id,file\\n" + "".join(f'u{k},"u{k}.txt\\nv{k},"v{k}.txt"\\n' for k in range(pairs)),
                        encoding="utf-8")
    started = time.process_time()
    entries, problems = read_manifest(manifest)
    return time.process_time() - started, entries, problems

half, _, _ = read(100_000)
seconds, entries, problems = read(200_000)
print(json.dumps({"seconds": seconds, "half": half, "entries": [e.id for e in entries[:2]] + [len(entries)],
                  "problems": sorted({p.message.split(",")[0] for p in problems}),
                  "lines": [p.line for p in problems[:2]] + [len(problems)]}))
"""


def test_manifests_of_alternating_unclosed_quotes_read_in_linear_time(tmp_path: Path) -> None:
    # regression: each broken row made the rest of the file be parsed again (quadratic: still
    # parsing after 20 minutes). A child process, so that a reader that hangs fails at the deadline.
    # Linear means twice the rows cost about twice the CPU time (quadratic: four times); CPU time,
    # so that other work on the machine does not decide the result.
    try:
        done = subprocess.run([sys.executable, "-c", _ALTERNATING, str(tmp_path / "manifest.csv")],
                              cwd=ROOT, capture_output=True, text=True, timeout=180, check=True)
    except subprocess.TimeoutExpired:
        pytest.fail("reading manifests of 200,000 and 400,000 lines took over 180 s")
    result = json.loads(done.stdout)
    print(f"manifests of alternating unclosed quotes: 200,000 lines {result['half']:.2f} s, "
          f"400,000 lines {result['seconds']:.2f} s of CPU")
    assert result["seconds"] < 3 * result["half"]
    assert result["entries"] == ["v0", "v1", 200_000]
    assert result["problems"] == ["a quote opened on this line is never closed"]
    assert result["lines"] == [2, 4, 200_000]


def test_a_quote_closed_only_by_a_later_row_does_not_swallow_the_rows_between(tmp_path: Path) -> None:
    # regression: rows 3 and 4 became part of row 2's file name, 'a.txt\nb,b.txt\nc,c.txt', silently
    m = write(tmp_path, 'id,file\na,"a.txt\nb,b.txt\nc,"c.txt\nd,d.txt\n')
    entries, problems = read_manifest(m)
    assert [e.id for e in entries] == ["b", "d"]
    assert [(p.line, "never closed" in p.message) for p in problems] == [(2, True), (4, True)]


def test_an_unclosed_quote_on_the_last_row_is_reported(tmp_path: Path) -> None:
    # regression: the last row's open quote was silently accepted
    entries, problems = read_manifest(write(tmp_path, 'id,file\na,a.txt\nb,"b.txt\n'))
    assert [e.id for e in entries] == ["a"]
    assert [(p.line, "never closed" in p.message) for p in problems] == [(3, True)]


def test_a_quote_left_open_for_over_a_thousand_lines_is_reported_at_its_line(tmp_path: Path) -> None:
    rows = "".join(f"r{k},r{k}.txt\n" for k in range(1500))
    m = write(tmp_path, f'id,file,title\nq,q.txt,"never closed\n{rows}s,s.txt,"closed" late\n')
    entries, problems = read_manifest(m)
    assert [(p.line, "never closed within 1,000 lines" in p.message) for p in problems] == [(2, True)]
    assert len(entries) == 1501 and entries[0].id == "r0"


def test_rows_past_the_limit_are_reported_once(tmp_path: Path) -> None:
    # regression: no limit; a manifest of any length was held and checked row by row
    m = write(tmp_path, "id,file\n" + "".join(f"r{k},\n" for k in range(MAX_ROWS + 5)))
    _, problems = read_manifest(m)
    past = [p for p in problems if "rows" in p.message]
    assert [(p.line, p.message.split(";")[0]) for p in past] == [(MAX_ROWS + 2, "more than 1,000,000 rows")]
    assert len(problems) == MAX_ROWS + 1  # each row within the limit has its own problem: no file


def test_999999_rows_naming_one_file_report_every_duplicate(tmp_path: Path) -> None:
    # regression: 999,998 rows were dropped without a word (collect_entries kept the first per file)
    m = write(tmp_path, "id,file\n" + "".join(f"r{k},one.txt\n" for k in range(999_999)))
    entries, problems = read_manifest(m)
    assert [(e.id, e.line) for e in entries] == [("r0", 2)]
    assert len(problems) == 999_998
    assert {p.message for p in problems} == {"same file as line 2 (one.txt); list each article once"}
    assert [p.line for p in problems[:2]] == [3, 4] and problems[-1].line == 1_000_000


@pytest.mark.parametrize("second", ["a.txt", "./a.txt", "sub/../a.txt", "same.txt"])
def test_a_file_listed_under_two_ids_is_reported(tmp_path: Path, second: str) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text("نص", encoding="utf-8")
    (tmp_path / "same.txt").symlink_to(tmp_path / "a.txt")  # a link inside the folder: the same file
    entries, problems = read_manifest(write(tmp_path, f"id,file\nfirst,a.txt\nsecond,{second}\n"))
    assert [e.id for e in entries] == ["first"]
    assert [(p.line, p.message) for p in problems] == [(3, "same file as line 2 (a.txt); list each article once")]


def test_a_folder_given_as_the_manifest_is_a_manifest_error(tmp_path: Path) -> None:
    # regression: IsADirectoryError, a traceback
    with pytest.raises(ManifestError, match="a folder, not a manifest"):
        read_manifest(tmp_path)


def test_the_seed_manifest_gives_the_same_entries() -> None:
    seeds = ROOT / "seeds"
    with (seeds / "manifest.csv").open(encoding="utf-8", newline="") as fh:
        expected = [
            ManifestEntry(path=seeds / row["file"], id=row["id"], published=dt.date.fromisoformat(row["published"]),
                          title=row["title"] or None, outlet=row["outlet"] or None, url=row["url"] or None, line=line)
            for line, row in enumerate(csv.DictReader(fh), start=2)
        ]
    entries, problems = read_manifest(seeds / "manifest.csv")
    assert problems == [] and entries == expected and len(entries) == 5
