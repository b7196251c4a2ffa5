"""Locating and parsing the project's data files (data/ and a user's own files).

Owns: where data/ is, reading the simple tab-separated language tables with
comments, and turning a malformed line into a DataFileError that names the
file, the line and the fix. It knows nothing about what the tables mean.
"""

from __future__ import annotations

import math
import os
from pathlib import Path

from geo.errors import DataFileError

DATA_DIR = Path(os.environ.get("GEO_DATA_DIR", Path(__file__).resolve().parent.parent / "data"))


def data_path(*parts: str) -> Path:
    return DATA_DIR.joinpath(*parts)


def read_table(path: Path, *, columns: int, min_columns: int | None = None) -> list[tuple[int, list[str]]]:
    """Rows of a tab-separated table: (line number, fields). Blank lines and lines starting with # are skipped.

    Every row must have between ``min_columns`` (default: ``columns``) and ``columns`` fields;
    missing trailing fields are returned as empty strings.
    """
    lowest = columns if min_columns is None else min_columns
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()  # -sig: an editor's byte-order mark is not data
    except FileNotFoundError as err:
        raise DataFileError(f"{path}: language table is missing; restore it from the repository") from err
    except UnicodeDecodeError as err:
        bad_line = err.object[:err.start].count(b"\n") + 1
        raise DataFileError(f"{path}:{bad_line}: not UTF-8 (byte {err.start}); re-save it as UTF-8") from err
    except OSError as err:
        raise DataFileError(f"{path}: cannot be read ({err.strerror}); check the path and its permissions") from err
    rows: list[tuple[int, list[str]]] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = [f.strip() for f in line.split("\t")]
        if not lowest <= len(fields) <= columns:
            raise DataFileError(
                f"{path}:{number}: expected {lowest}-{columns} tab-separated fields, found {len(fields)}; "
                "separate columns with a single tab"
            )
        fields += [""] * (columns - len(fields))
        if not fields[0]:
            raise DataFileError(f"{path}:{number}: the first column is empty; fill it or delete the line")
        rows.append((number, fields))
    if not rows:
        raise DataFileError(
            f"{path}:1: the table has no entries (only blank lines or comments); "
            "restore it from the repository or add one entry a line"
        )
    return rows


def table_int(path: Path, number: int, value: str, *, what: str, low: int, high: int) -> int:
    """A whole-number field of a table row, from ``low`` to ``high``; a DataFileError naming file and line if not."""
    try:
        parsed = int(value)
    except ValueError:
        parsed = low - 1
    if not low <= parsed <= high:
        raise DataFileError(f"{path}:{number}: {what} {value!r} is not a whole number from {low} to {high}; correct it")
    return parsed


def table_float(path: Path, number: int, value: str, *, what: str) -> float:
    """A decimal field of a table row (finite); a DataFileError naming file and line if not."""
    try:
        parsed = float(value)
    except ValueError:
        parsed = math.nan
    if not math.isfinite(parsed):
        raise DataFileError(f"{path}:{number}: {what} {value!r} is not a number; write it with digits (e.g. 1000)")
    return parsed


def read_word_list(path: Path) -> list[str]:
    """One entry a line (first tab-separated field); comments and blank lines skipped."""
    return [fields[0] for _, fields in read_table(path, columns=3, min_columns=1)]
