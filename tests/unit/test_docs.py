"""The README stays a door, not a notebook: short, its test command the one CI runs, its links live."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"


def test_readme_is_short() -> None:
    assert len(README.read_bytes()) < 12 * 1024, "move details into docs/"


def test_ci_runs_the_readme_test_command() -> None:
    readme = README.read_text(encoding="utf-8")
    command = next(line for line in readme.splitlines() if line.startswith("apt-get update"))
    assert command in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_relative_links_in_the_docs_point_to_files() -> None:
    broken = []
    for page in [README, *sorted((ROOT / "docs").glob("*.md"))]:
        for target in re.findall(r"\]\(([^)#:]+)(?:#[^)]*)?\)", page.read_text(encoding="utf-8")):
            if not (page.parent / target).exists():
                broken.append(f"{page.name} -> {target}")
    assert broken == []
