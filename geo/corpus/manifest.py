"""Manifests: the user-facing list of articles and their metadata.

Owns the manifest format (documented in the README): a UTF-8 CSV file with a
header row and the columns

    file       required  path of the article (.txt or .html), relative to the manifest's folder
    id         optional  a stable identifier; defaults to the file name without its extension
    published  optional  publication date, YYYY-MM-DD; relative dates (أمس) resolve against it
    title, outlet, url   optional

Unknown columns are ignored (so users can keep notes). A malformed row is
reported with its line number and skipped; it never stops the other rows. A row
may only name a file inside the manifest's folder (after following links), and
each file once. Reading is linear in the file's size and bounded (MAX_* below),
so a damaged or hostile manifest costs a report per row, never a traceback or a
hang. It does not read the articles, nor check that they exist (geo.corpus.sources does).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from geo.errors import ManifestError, MissingFileError

MANIFEST_NAME = "manifest.csv"
COLUMNS = ("id", "file", "published", "title", "outlet", "url")

MAX_FIELD_CHARS = 64 * 1024
"""A longer value is refused: metadata is short; a value this long is an article pasted into the manifest."""
MAX_ROWS = 1_000_000
"""Rows past this many are refused (reported once): split a bigger corpus into several folders."""
MAX_RECORD_LINES = 1_000
"""A quoted value may run over this many lines at most; a quote left open longer is taken as never closed."""
MAX_MANIFEST_BYTES = 512 * 1024 * 1024
"""A bigger file is refused before it is read: MAX_ROWS rows of ordinary metadata are far smaller."""

_SINGLE_LINE_COLUMNS = frozenset({"id", "file", "published", "url"})
"""Columns whose values never hold a line break: one that does was swallowed by an unclosed quote."""

_UNCLOSED = ("a quote opened on this line is never closed, so the lines after it were read as one value; "
             "close the quote (a quote inside a value is written twice: \"\")")
_UNCLOSED_LONG = (f"a quote opened on this line is never closed within {MAX_RECORD_LINES:,} lines or "
                  f"{MAX_FIELD_CHARS:,} characters, so the lines after it were read as one value; close the quote "
                  "(a quote inside a value is written twice: \"\")")


@dataclass(frozen=True)
class ManifestEntry:
    path: Path
    id: str
    published: dt.date | None = None
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    line: int = 0


@dataclass(frozen=True, slots=True)
class ManifestProblem:
    manifest: Path
    line: int
    message: str


def parse_date(value: str, *, where: str = "") -> dt.date | None:
    value = value.strip()
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as err:
        raise ManifestError(f"{where}published date {value!r} is not YYYY-MM-DD (e.g. 2020-11-09)") from err


def _odd(line: str) -> bool:
    return line.count('"') % 2 == 1


def _first_record(lines: list[str]) -> tuple[list[str], int, bool]:
    """csv's first record in ``lines``: its fields, how many lines it took, and whether it ran out of
    lines (a quote still open at the end), which csv itself does not tell."""
    ran_out = False

    def feed() -> Iterator[str]:
        nonlocal ran_out
        yield from lines
        ran_out = True

    size = sum(map(len, lines))
    limit = csv.field_size_limit()
    if size >= limit:  # csv refuses a field over its (process-wide) limit: lift it for this record only
        csv.field_size_limit(size + 1)
    try:
        reader = csv.reader(feed())
        fields = next(reader, [])
    finally:
        if size >= limit:
            csv.field_size_limit(limit)
    return fields, reader.line_num, ran_out


def _read_record(lines: list[str], i: int) -> tuple[list[str] | None, str, int, int]:
    """The record that starts on ``lines[i]``: (fields or None, the problem when None, lines it took,
    index of the line to read next).

    A quote left open (``b,"b.txt,2020-01-02``) swallows the lines after it into one value. Lines are
    taken while their quotes are unbalanced (an odd count) and at most MAX_RECORD_LINES lines or
    MAX_FIELD_CHARS characters, so each line is read at most twice: the cost is linear in the file.
    A record over several lines whose quotes stay unbalanced (csv closed it on a stray quote) is broken:
    it is reported at its first line and reading starts again on the line after it, so the rows
    below still count.
    """
    end = i + 1
    closed = not _odd(lines[i])
    size = 0
    while not closed and end < len(lines) and end - i <= MAX_RECORD_LINES and size <= MAX_FIELD_CHARS:
        size += len(lines[end])
        closed = _odd(lines[end])
        end += 1
    try:
        fields, used, ran_out = _first_record(lines[i:end])
    except csv.Error as err:  # e.g. a NUL byte
        return None, f"not readable as CSV ({err}); fix or delete the row", 1, i + 1
    if ran_out:
        capped = end < len(lines)
        return None, _UNCLOSED_LONG if capped else _UNCLOSED, 1, i + 1
    if used > 1 and sum(line.count('"') for line in lines[i:i + used]) % 2:
        return None, _UNCLOSED, 1, i + 1
    for n, value in enumerate(fields, start=1):
        if len(value) > MAX_FIELD_CHARS:
            return None, (f"field {n} has {len(value):,} characters, more than the {MAX_FIELD_CHARS:,} allowed; "
                          "a manifest holds metadata only, the article's text goes in its own file"), used, i + used
    return fields, "", used, i + used


def _real_path(path: str, real_dirs: dict[str, str]) -> str:
    """``os.path.realpath(path)``, each folder resolved once (``real_dirs`` keeps them): a manifest of a
    million rows names few folders, and resolving every row from the root would dominate reading it."""
    head, name = os.path.split(path)
    if name in ("", ".", ".."):
        return os.path.realpath(path)
    real_head = real_dirs.get(head)
    if real_head is None:
        real_head = real_dirs[head] = os.path.realpath(head)
    candidate = os.path.join(real_head, name)
    return os.path.realpath(candidate) if os.path.islink(candidate) else candidate


def read_manifest(path: str | Path) -> tuple[list[ManifestEntry], list[ManifestProblem]]:
    """Entries of a manifest, and the problems of the rows that had to be skipped.

    Raises ManifestError when the file itself cannot be used (missing, too big, not UTF-8, no ``file`` column).
    """
    manifest = Path(path)
    if not manifest.exists():
        raise MissingFileError(f"{manifest}: manifest not found; check the path")
    size = manifest.stat().st_size
    if size > MAX_MANIFEST_BYTES:
        raise ManifestError(f"{manifest}: {size:,} bytes, more than the {MAX_MANIFEST_BYTES:,} a manifest may have; "
                            "split the articles into several folders, each with its own manifest")
    try:
        text = manifest.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as err:
        raise ManifestError(f"{manifest}: not UTF-8 (byte {err.start}); save the manifest as UTF-8 CSV") from err
    lines = io.StringIO(text).readlines()  # line breaks are \n only (read_text translated \r\n and \r)
    problems: list[ManifestProblem] = []
    names: list[str] = []
    i = 0
    while i < len(lines) and not names:
        line = i + 1
        fields, problem, _used, i = _read_record(lines, i)
        if fields is None:
            problems.append(ManifestProblem(manifest, line, problem))
        names = [f.strip() for f in fields or ()]
    if "file" not in names:
        raise ManifestError(
            f"{manifest}:1: no 'file' column; the header must name the columns, e.g. {','.join(COLUMNS)}"
        )
    single_line = [n for n, name in enumerate(names) if name in _SINGLE_LINE_COLUMNS]
    base = str(manifest.parent)
    folder = os.path.realpath(base)
    inside = os.path.join(folder, "")  # with a trailing separator: /x/y/ (not /x/yz)
    real_dirs: dict[str, str] = {}
    entries: list[ManifestEntry] = []
    seen_ids: dict[str, int] = {}
    seen_files: dict[str, int] = {}
    rows = 0
    while i < len(lines):
        line = i + 1
        fields, problem, used, i = _read_record(lines, i)
        if fields == []:
            continue  # a blank line
        rows += 1
        if rows > MAX_ROWS:
            problems.append(ManifestProblem(manifest, line, (
                f"more than {MAX_ROWS:,} rows; this row and the rest of the file are skipped; "
                "split the articles into several folders, each with its own manifest")))
            break
        if fields is None:
            problems.append(ManifestProblem(manifest, line, problem))
            continue
        if used > 1 and any("\n" in fields[n] for n in single_line if n < len(fields)):
            # an unclosed quote closed by a quote on a later row: those rows are not part of this one
            problems.append(ManifestProblem(manifest, line, _UNCLOSED))
            i = line
            continue
        if len(fields) > len(names):
            problems.append(ManifestProblem(manifest, line, "more fields than columns; quote values that contain commas"))
            continue
        clean = {name: value.strip() for name, value in zip(names, fields, strict=False)}  # short rows: fine
        file_value = clean.get("file", "")
        if not file_value:
            problems.append(ManifestProblem(manifest, line, "the 'file' column is empty; give the article's path"))
            continue
        try:
            published = parse_date(clean.get("published", ""), where=f"{manifest}:{line}: ")
        except ManifestError as err:
            problems.append(ManifestProblem(manifest, line, str(err).split(": ", 2)[-1]))
            continue
        joined = os.path.join(base, file_value)  # an absolute value stays as it is
        try:
            real = _real_path(joined, real_dirs)
        except (OSError, ValueError) as err:
            problems.append(ManifestProblem(manifest, line, f"{file_value!r} cannot be followed ({err}); fix the 'file' column"))
            continue
        if not (real == folder or real.startswith(inside)):
            link = "" if os.path.normpath(joined) == real else f" (a link to {real})"
            problems.append(ManifestProblem(manifest, line, (
                f"{file_value!r}{link} is outside the corpus folder {folder}; "
                "put the article inside the folder or pass it explicitly")))
            continue
        file_path = Path(joined)
        article_id = clean.get("id") or file_path.stem
        if article_id in seen_ids:
            problems.append(
                ManifestProblem(manifest, line, f"id {article_id!r} already used on line {seen_ids[article_id]}; ids must be unique")
            )
            continue
        if real in seen_files:
            problems.append(ManifestProblem(manifest, line, (
                f"same file as line {seen_files[real]} ({os.path.basename(real)}); list each article once")))
            continue
        seen_ids[article_id] = line
        seen_files[real] = line
        entries.append(
            ManifestEntry(
                path=file_path,
                id=article_id,
                published=published,
                title=clean.get("title") or None,
                outlet=clean.get("outlet") or None,
                url=clean.get("url") or None,
                line=line,
            )
        )
    return entries, problems
