"""Where articles come from: files, folders and manifests -> Article objects.

Owns: expanding the user's paths (a folder is read recursively; a folder with
a manifest.csv uses it), attaching manifest metadata, and reading each file
through geo.text.reader. A bad file or manifest row becomes a SourceProblem with
its reason, never an exception that stops the batch.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from geo.corpus.manifest import MANIFEST_NAME, ManifestEntry, read_manifest
from geo.errors import GeoError
from geo.model import Article
from geo.text.reader import SUPPORTED_SUFFIXES, read_text


@dataclass(frozen=True)
class SourceProblem:
    where: str
    message: str


def collect_entries(paths: Sequence[str | Path], manifest: str | Path | None = None) -> tuple[list[ManifestEntry], list[SourceProblem]]:
    """The articles named by ``paths`` (files or folders) and an optional manifest, in a stable order."""
    problems: list[SourceProblem] = []
    by_path: dict[Path, ManifestEntry] = {}
    manifests = [Path(manifest)] if manifest else []
    files: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            if not manifest and (p / MANIFEST_NAME).is_file():
                manifests.append(p / MANIFEST_NAME)
            files.extend(sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUPPORTED_SUFFIXES))
        elif p.is_file():
            if p.suffix.lower() == ".csv":
                manifests.append(p)
            else:
                files.append(p)
        else:
            problems.append(SourceProblem(str(p), "no such file or folder; check the path"))
    for m in manifests:
        try:
            entries, bad_rows = read_manifest(m)
        except GeoError as err:
            problems.append(SourceProblem(str(m), str(err)))
            continue
        problems.extend(SourceProblem(f"{b.manifest}:{b.line}", b.message) for b in bad_rows)
        for e in entries:
            if not e.path.is_file():
                problems.append(SourceProblem(f"{m}:{e.line}", f"{e.path}: no such file; fix the 'file' column"))
                continue
            by_path.setdefault(e.path.resolve(), e)
    ordered: list[ManifestEntry] = []
    seen: set[Path] = set()
    for f in files:
        key = f.resolve()
        if key in seen:
            continue
        seen.add(key)
        ordered.append(by_path.get(key) or ManifestEntry(path=f, id=f.stem))
    if not files:  # only manifests were given: take their entries in their own order
        for key, entry in by_path.items():
            if key not in seen:
                seen.add(key)
                ordered.append(entry)
    return ordered, problems


def load_article(entry: ManifestEntry) -> Article:
    """Read one article. Raises a GeoError subclass with the reason when it cannot."""
    text, encoding, warnings, html_title = read_text(entry.path)
    return Article(
        id=entry.id,
        text=text,
        path=str(entry.path),
        published=entry.published,
        title=entry.title or html_title,
        outlet=entry.outlet,
        url=entry.url,
        encoding=encoding,
        warnings=warnings,
    )


def iter_articles(entries: Sequence[ManifestEntry]) -> Iterator[Article | SourceProblem]:
    for entry in entries:
        try:
            yield load_article(entry)
        except GeoError as err:
            yield SourceProblem(str(entry.path), str(err))
