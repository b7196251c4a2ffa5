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
from collections.abc import Collection, Iterator, Sequence
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


def _first_record(lines: Sequence[str]) -> tuple[list[str], int, bool]:
    """csv's first record in ``lines``: its fields, how many lines it took, and whether it ran out of
    lines (a quote still open at the end). csv itself does not say the last: an empty line put after
    the others tells it, as csv reads that line only when it needs more."""
    size = sum(map(len, lines))
    limit = csv.field_size_limit()
    if size >= limit:  # csv refuses a field over its (process-wide) limit: lift it for this record only
        csv.field_size_limit(size + 1)
    try:
        reader = csv.reader((*lines, ""))
        fields = next(reader, [])
    finally:
        if size >= limit:
            csv.field_size_limit(limit)
    return fields, min(reader.line_num, len(lines)), reader.line_num > len(lines)


def _records(lines: list[str], single_line: Collection[int]) -> Iterator[tuple[int, list[str] | None, str]]:
    """(line number, fields, "") of each record, or (line number, None, problem) for one that cannot
    be read. A blank line gives no fields. ``single_line`` (the columns whose values never hold a
    line break) may be filled once the header is read.

    A quote left open (``b,"b.txt,2020-01-02``) swallows the lines after it into one value. The
    lines of a record are taken while their quotes are unbalanced (an odd count), at most
    MAX_RECORD_LINES lines or MAX_FIELD_CHARS characters, so each line is read at most twice and the
    cost is linear in the file. A record over several lines is broken, reported at its first line,
    and reading starts again on the line after it (so the rows below still count) when its quotes
    stay unbalanced (csv closed it on a stray quote) or when a value of a ``single_line`` column
    holds a line break (the quote was closed by a quote on a later row).
    """
    i = 0
    while i < len(lines):
        end = i + 1
        closed = lines[i].count('"') % 2 == 0
        size = 0
        while not closed and end < len(lines) and end - i < MAX_RECORD_LINES and size <= MAX_FIELD_CHARS:
            size += len(lines[end])
            closed = lines[end].count('"') % 2 == 1  # an odd count closes the quote the first line opened
            end += 1
        start, i = i, i + 1  # where to read on when the record is broken
        try:
            fields, used, ran_out = _first_record(lines[start:end])
        except csv.Error as err:  # e.g. a NUL character
            yield start + 1, None, f"not readable as CSV ({err}); fix or delete the row"
            continue
        if ran_out:
            yield start + 1, None, _UNCLOSED if closed or end == len(lines) else _UNCLOSED_LONG
            continue
        if used > 1 and (sum(line.count('"') for line in lines[start:start + used]) % 2
                         or any("\n" in fields[n] for n in single_line if n < len(fields))):
            yield start + 1, None, _UNCLOSED
            continue
        i = start + used
        long = next((n for n, value in enumerate(fields, start=1) if len(value) > MAX_FIELD_CHARS), None)
        if long is not None:
            yield start + 1, None, (
                f"field {long} has {len(fields[long - 1]):,} characters, more than the {MAX_FIELD_CHARS:,} allowed; "
                "a manifest holds metadata only, the article's text goes in its own file")
            continue
        yield start + 1, fields, ""


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
    if manifest.is_dir():
        raise ManifestError(f"{manifest}: a folder, not a manifest; give the CSV file (e.g. {manifest / MANIFEST_NAME})")
    try:
        size = manifest.stat().st_size
        if size > MAX_MANIFEST_BYTES:
            raise ManifestError(f"{manifest}: {size:,} bytes, more than the {MAX_MANIFEST_BYTES:,} a manifest may "
                                "have; split the articles into several folders, each with its own manifest")
        text = manifest.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as err:
        raise ManifestError(f"{manifest}: not UTF-8 (byte {err.start}); save the manifest as UTF-8 CSV") from err
    except OSError as err:
        raise ManifestError(f"{manifest}: cannot be read ({err.strerror}); check that it is a file you may read") from err
    lines = io.StringIO(text).readlines()  # line breaks are \n only (read_text translated \r\n and \r)
    problems: list[ManifestProblem] = []
    single_line: set[int] = set()  # known once the header is read
    records = _records(lines, single_line)
    names: list[str] = []
    for line, fields, problem in records:
        if fields is None:
            problems.append(ManifestProblem(manifest, line, problem))
        elif fields:
            names = [f.strip() for f in fields]
            break
    if "file" not in names:
        raise ManifestError(
            f"{manifest}:1: no 'file' column; the header must name the columns, e.g. {','.join(COLUMNS)}"
        )
    single_line.update(n for n, name in enumerate(names) if name in _SINGLE_LINE_COLUMNS)
    rows = _Rows(manifest, names)
    count = 0
    for line, fields, problem in records:
        if fields == []:
            continue  # a blank line
        count += 1
        if count > MAX_ROWS:
            problems.append(ManifestProblem(manifest, line, (
                f"more than {MAX_ROWS:,} rows; this row and the rest of the file are skipped; "
                "split the articles into several folders, each with its own manifest")))
            break
        if fields is not None:
            problem = rows.add(line, fields)
        if problem:
            problems.append(ManifestProblem(manifest, line, problem))
    return rows.entries, problems


class _Rows:
    """The entries of a manifest's rows, checked one by one (ids and files each once, files inside its folder)."""

    def __init__(self, manifest: Path, names: list[str]) -> None:
        self.width = len(names)
        # the column of each known name (the last one of that name); -1, an empty value, when missing
        column = {name: n for n, name in enumerate(names)}
        self.id, self.file, self.published, self.title, self.outlet, self.url = (column.get(c, -1) for c in COLUMNS)
        self.base = str(manifest.parent)
        self.folder = os.path.realpath(self.base)
        self.inside = os.path.join(self.folder, "")  # with a trailing separator: /x/y/ (not /x/yz)
        self.real_dirs: dict[str, str] = {}
        self.entries: list[ManifestEntry] = []
        self.ids: dict[str, int] = {}
        self.files: dict[str, int] = {}

    def add(self, line: int, fields: list[str]) -> str:
        """Add the row's entry; the problem that keeps it out, or "" when none does."""
        if len(fields) > self.width:
            return "more fields than columns; quote values that contain commas"
        values = [v.strip() for v in fields] + [""] * (self.width + 1 - len(fields))  # short rows: fine
        file_value = values[self.file]
        if not file_value:
            return "the 'file' column is empty; give the article's path"
        try:
            published = parse_date(values[self.published])
        except ManifestError as err:
            return str(err)
        joined = os.path.join(self.base, file_value)  # an absolute value stays as it is
        try:
            real = _real_path(joined, self.real_dirs)
        except (OSError, ValueError) as err:
            return f"{file_value!r} cannot be followed ({err}); fix the 'file' column"
        if real != self.folder and not real.startswith(self.inside):
            link = "" if os.path.normpath(joined) == real else f" (a link to {real})"
            return (f"{file_value!r}{link} is outside the corpus folder {self.folder}; "
                    "put the article inside the folder or pass it explicitly")
        if real in self.files:
            return f"same file as line {self.files[real]} ({os.path.basename(real)}); list each article once"
        path = Path(joined)
        article_id = values[self.id] or path.stem
        if article_id in self.ids:
            return f"id {article_id!r} already used on line {self.ids[article_id]}; ids must be unique"
        self.ids[article_id] = self.files[real] = line
        self.entries.append(ManifestEntry(
            path=path,
            id=article_id,
            published=published,
            title=values[self.title] or None,
            outlet=values[self.outlet] or None,
            url=values[self.url] or None,
            line=line,
        ))
        return ""
