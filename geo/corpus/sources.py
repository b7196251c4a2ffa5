"""Where articles come from: files, folders and manifests -> Article objects.

Owns: expanding the user's paths (a folder is read recursively; a folder with
a manifest.csv uses it), attaching manifest metadata, and reading each file
through geo.text.reader. A bad file or manifest row becomes a SourceProblem with
its reason, never an exception that stops the batch.

A folder is a boundary: only the files inside it (after following links) are
read, and a link out of it is reported and skipped, not followed. A file named
on the command line is read wherever it is; a manifest's rows are kept inside
its own folder by geo.corpus.manifest.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from geo.corpus.manifest import MANIFEST_NAME, ManifestEntry, read_manifest
from geo.errors import GeoError
from geo.model import Article
from geo.text.reader import SUPPORTED_SUFFIXES, read_text

_OUTSIDE_FIX = "put the article inside the folder or pass it explicitly"


@dataclass(frozen=True, slots=True)
class SourceProblem:
    where: str
    message: str


def _inside(path: Path, folder: Path) -> bool:
    """Whether ``path``, links followed, is ``folder`` (itself resolved) or inside it."""
    return Path(os.path.realpath(path)).is_relative_to(folder)


def _find_articles(folder: Path, problems: list[SourceProblem]) -> list[Path]:
    """The article files under ``folder``, sorted; links that lead out of it go to ``problems``.

    A linked folder is not entered (its target, when inside, is read as itself).
    """
    root = Path(os.path.realpath(folder))
    found: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(folder):  # followlinks=False: linked folders are not entered
        here = Path(dirpath)
        for name in dirnames:
            sub = here / name
            if sub.is_symlink() and not _inside(sub, root):
                problems.append(SourceProblem(str(sub), (
                    f"a link to the folder {os.path.realpath(sub)}, outside the corpus folder {root}, so its "
                    f"files were not read; {_OUTSIDE_FIX}")))
        for name in filenames:
            f = here / name
            if f.suffix.lower() not in SUPPORTED_SUFFIXES or not f.is_file():
                continue
            if not _inside(f, root):
                problems.append(SourceProblem(str(f), (
                    f"a link to {os.path.realpath(f)}, outside the corpus folder {root}; {_OUTSIDE_FIX}")))
                continue
            found.append(f)
    return sorted(found)


def collect_entries(paths: Sequence[str | Path], manifest: str | Path | None = None) -> tuple[list[ManifestEntry], list[SourceProblem]]:
    """The articles named by ``paths`` (files or folders) and an optional manifest, in a stable order."""
    problems: list[SourceProblem] = []
    by_path: dict[Path, ManifestEntry] = {}
    manifests = [Path(manifest)] if manifest else []
    files: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            own = p / MANIFEST_NAME
            if not manifest and own.is_file():
                if _inside(own, Path(os.path.realpath(p))):
                    manifests.append(own)
                else:
                    problems.append(SourceProblem(str(own), (
                        f"a link to {os.path.realpath(own)}, outside the corpus folder {os.path.realpath(p)}; "
                        "put the manifest inside the folder")))
            files.extend(_find_articles(p, problems))
        elif p.is_file():
            if p.suffix.lower() == ".csv":
                manifests.append(p)
            else:
                files.append(p)
        else:
            problems.append(SourceProblem(str(p), "no such file or folder; check the path"))
    read: set[Path] = set()
    for m in manifests:
        real = Path(os.path.realpath(m))
        if real in read:
            continue  # the same manifest twice (a folder given twice): its rows once
        read.add(real)
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
            key = e.path.resolve()
            if key in by_path:
                first = by_path[key]
                problems.append(SourceProblem(f"{m}:{e.line}", (
                    f"same file as line {first.line} of another manifest ({first.path}); list each article once")))
                continue
            by_path[key] = e
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
