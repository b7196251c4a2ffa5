"""The corpus folder is a boundary (geo/corpus/sources.py, geo/corpus/manifest.py): only the files
inside the folder given, after following links, are read, unless the user names a file explicitly."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from geo.corpus.manifest import ManifestEntry
from geo.corpus.sources import SourceProblem, collect_entries, iter_articles

ARTICLE = "قصفت القوات الأذربيجانية مدينة ستيباناكيرت أمس."
SECRET = "كلمة السر السرية للخادم"


@pytest.fixture
def layout(tmp_path: Path) -> tuple[Path, Path]:
    """(corpus folder with one good article, a secret file outside it in a sibling folder)."""
    corpus = tmp_path / "x" / "y"
    corpus.mkdir(parents=True)
    (corpus / "good.txt").write_text(ARTICLE, encoding="utf-8")
    secret = tmp_path / "x" / "secret" / "secret.txt"
    secret.parent.mkdir()
    secret.write_text(SECRET, encoding="utf-8")
    return corpus, secret


def texts(entries: list[ManifestEntry]) -> list[str]:
    return [a.text for a in iter_articles(entries) if not isinstance(a, SourceProblem)]


def manifest_row(corpus: Path, secret: Path, kind: str) -> str:
    """The 'file' value of a row that reaches the secret: a relative path, an absolute path, a link
    to the file, or a file under a linked folder."""
    if kind == "relative":
        return "../secret/secret.txt"
    if kind == "absolute":
        return str(secret)
    if kind == "linked file":
        os.symlink(secret, corpus / "x.txt")
        return "x.txt"
    os.symlink(secret.parent, corpus / "linked", target_is_directory=True)
    return "linked/secret.txt"


@pytest.mark.parametrize("kind", ["relative", "absolute", "linked file", "linked folder"])
@pytest.mark.parametrize("given", ["manifest", "folder"])
def test_a_manifest_row_outside_the_folder_is_reported_and_not_read(
        layout: tuple[Path, Path], kind: str, given: str) -> None:
    # regression: the secret was read and its text stored (given the manifest; given the folder,
    # the row was dropped without a word)
    corpus, secret = layout
    value = manifest_row(corpus, secret, kind)
    manifest = corpus / "manifest.csv"
    manifest.write_text(f"id,file\ngood,good.txt\nsecret,{value}\n", encoding="utf-8")
    entries, problems = collect_entries([manifest if given == "manifest" else corpus])
    assert texts(entries) == [ARTICLE]
    mine = [p for p in problems if p.where == f"{manifest}:3"]
    assert len(mine) == 1, problems
    assert mine[0].message.startswith(f"{value!r}")
    assert mine[0].message.endswith(
        f"is outside the corpus folder {corpus.resolve()}; put the article inside the folder or pass it explicitly")


def test_a_link_to_a_file_outside_the_folder_is_not_read_by_the_walk(layout: tuple[Path, Path]) -> None:
    # regression: x.txt -> /elsewhere/secret.txt was read as an article of the folder
    corpus, secret = layout
    os.symlink(secret, corpus / "x.txt")
    entries, problems = collect_entries([corpus])
    assert texts(entries) == [ARTICLE]
    assert [(p.where, "outside the corpus folder" in p.message, str(secret) in p.message) for p in problems] == [
        (str(corpus / "x.txt"), True, True)]


def test_a_link_to_a_system_file_is_not_read(layout: tuple[Path, Path]) -> None:
    corpus, _ = layout
    os.symlink("/etc/passwd", corpus / "passwd.txt")
    entries, problems = collect_entries([corpus])
    assert texts(entries) == [ARTICLE] and len(problems) == 1 and "/etc/passwd" in problems[0].message


def test_a_linked_folder_outside_is_reported_not_entered(layout: tuple[Path, Path]) -> None:
    # regression: the link was skipped without a word (pathlib's rglob does not enter it either)
    corpus, secret = layout
    os.symlink(secret.parent, corpus / "linked", target_is_directory=True)
    entries, problems = collect_entries([corpus])
    assert texts(entries) == [ARTICLE]
    assert [(p.where, "its files were not read" in p.message) for p in problems] == [(str(corpus / "linked"), True)]


def test_links_that_stay_inside_the_folder_are_read_once(layout: tuple[Path, Path]) -> None:
    corpus, _ = layout
    (corpus / "sub").mkdir()
    os.symlink(corpus / "good.txt", corpus / "alias.txt")
    os.symlink(corpus, corpus / "sub" / "loop", target_is_directory=True)
    (corpus / "manifest.csv").write_text("id,file,published\ng,sub/loop/alias.txt,2020-10-05\n", encoding="utf-8")
    entries, problems = collect_entries([corpus])
    assert problems == []
    assert [(e.id, e.published is not None) for e in entries] == [("g", True)]


def test_a_file_named_explicitly_is_read_wherever_it_is(layout: tuple[Path, Path]) -> None:
    corpus, secret = layout
    entries, problems = collect_entries([corpus, secret])
    assert problems == [] and sorted(texts(entries)) == sorted([ARTICLE, SECRET])


def test_a_manifest_linked_from_outside_is_not_read(layout: tuple[Path, Path]) -> None:
    corpus, secret = layout
    outside = secret.parent / "manifest.csv"
    outside.write_text("id,file,title\ngood,good.txt,from outside\n", encoding="utf-8")
    os.symlink(outside, corpus / "manifest.csv")
    entries, problems = collect_entries([corpus])
    assert [(e.id, e.title) for e in entries] == [("good", None)]
    assert [(p.where, "outside the corpus folder" in p.message) for p in problems] == [
        (str(corpus / "manifest.csv"), True)]


def test_the_seed_folder_gives_the_same_entries() -> None:
    seeds = Path(__file__).resolve().parents[2] / "seeds"
    entries, problems = collect_entries([seeds])
    assert problems == []
    assert [(e.path, e.id, e.line) for e in entries] == [
        (p, f"seed-{p.name[:3]}", int(p.name[:3]) + 2) for p in sorted(seeds.glob("*.txt"))]
