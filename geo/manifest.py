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
    reader = csv.DictReader(io.StringIO(text))
    if not reader.fieldnames or "file" not in [f.strip() for f in reader.fieldnames]:
        raise ManifestError(
            f"{manifest}:1: no 'file' column; the header must name the columns, e.g. {','.join(COLUMNS)}"
        )
    base = manifest.parent
    entries: list[ManifestEntry] = []
    problems: list[ManifestProblem] = []
    seen_ids: dict[str, int] = {}
    for row in reader:
        line = reader.line_num
        clean = {(k or "").strip(): (v or "").strip() if isinstance(v, str) else "" for k, v in row.items()}
        if None in row:
            problems.append(ManifestProblem(manifest, line, "more fields than columns; quote values that contain commas"))
            continue
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
