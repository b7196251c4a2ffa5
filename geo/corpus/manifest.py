"""Manifests: the user-facing list of articles and their metadata.

Owns the manifest format (documented in the README): a UTF-8 CSV file with a
header row and the columns

    file       required  path of the article (.txt or .html), relative to the manifest's folder
    id         optional  a stable identifier; defaults to the file name without its extension
    published  optional  publication date, YYYY-MM-DD; relative dates (أمس) resolve against it
    title, outlet, url   optional

Unknown columns are ignored (so users can keep notes). A malformed row is
reported with its line number and skipped; it never stops the other rows.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from geo.errors import ManifestError, MissingFileError

MANIFEST_NAME = "manifest.csv"
COLUMNS = ("id", "file", "published", "title", "outlet", "url")


@dataclass(frozen=True)
class ManifestEntry:
    path: Path
    id: str
    published: dt.date | None = None
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    line: int = 0


@dataclass(frozen=True)
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


def _records(text: str) -> Iterator[tuple[int, list[str] | None]]:
    """(first line number, fields) of each CSV record; fields None for a record broken by an unclosed quote.

    A quote left open (``b,"b.txt,2020-01-02``) swallows every line after it into one value. A
    record that runs over several lines with an odd number of quotes is such a record: it is
    reported at its first line and parsing starts again on the line after it, so the rows below
    still count.
    """
    lines = io.StringIO(text).readlines()
    first = 0  # index of the first line not parsed yet
    while first < len(lines):
        reader = csv.reader(lines[first:])
        used = 0
        restart = None
        for fields in reader:
            start, used_before, used = first + used + 1, used, reader.line_num
            raw = "".join(lines[first + used_before:first + used])
            if used - used_before > 1 and raw.count('"') % 2:
                restart = start
                yield start, None
                break
            yield start, fields
        if restart is None:
            return
        first = restart


def read_manifest(path: str | Path) -> tuple[list[ManifestEntry], list[ManifestProblem]]:
    """Entries of a manifest, and the problems of the rows that had to be skipped.

    Raises ManifestError when the file itself cannot be used (missing, not UTF-8, no ``file`` column).
    """
    manifest = Path(path)
    if not manifest.exists():
        raise MissingFileError(f"{manifest}: manifest not found; check the path")
    try:
        text = manifest.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as err:
        raise ManifestError(f"{manifest}: not UTF-8 (byte {err.start}); save the manifest as UTF-8 CSV") from err
    records = _records(text)
    header = next((fields for _line, fields in records if fields), None)
    names = [f.strip() for f in header or ()]
    if "file" not in names:
        raise ManifestError(
            f"{manifest}:1: no 'file' column; the header must name the columns, e.g. {','.join(COLUMNS)}"
        )
    base = manifest.parent
    entries: list[ManifestEntry] = []
    problems: list[ManifestProblem] = []
    seen_ids: dict[str, int] = {}
    for line, fields in records:
        if fields is None:
            problems.append(ManifestProblem(
                manifest, line, "a quote opened on this line is never closed, so the lines after it were read as "
                "one value; close the quote (a quote inside a value is written twice: \"\")"))
            continue
        if not fields:
            continue  # a blank line
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
        file_path = Path(file_value) if Path(file_value).is_absolute() else base / file_value
        article_id = clean.get("id") or Path(file_value).stem
        if article_id in seen_ids:
            problems.append(
                ManifestProblem(manifest, line, f"id {article_id!r} already used on line {seen_ids[article_id]}; ids must be unique")
            )
            continue
        seen_ids[article_id] = line
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
