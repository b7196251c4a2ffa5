"""The command line, through the real entry point (python -m geo)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "geo", *args], cwd=cwd, capture_output=True, text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=300,
    )


def test_help_lists_the_commands() -> None:
    out = run("--help")
    assert out.returncode == 0
    for command in ("extract", "gazetteer", "score"):
        assert command in out.stdout


def test_extract_seeds_folder_uses_its_manifest() -> None:
    out = run("extract", "seeds/")
    assert out.returncode == 0, out.stderr
    records = [json.loads(line) for line in out.stdout.splitlines()]
    assert [r["id"] for r in records] == [f"seed-00{i}" for i in range(5)]
    by_id = {r["id"]: r for r in records}
    assert by_id["seed-002"]["published"] == "2020-11-09"
    text = (ROOT / "seeds" / "002_1006001a38c85b0d.txt").read_text(encoding="utf-8")
    for m in by_id["seed-002"]["mentions"]:
        assert text[m["start"]:m["end"]] == m["surface"]
    assert "shusha" in {p["place_id"] for p in by_id["seed-002"]["places"]}


def test_a_bad_file_is_reported_and_the_batch_goes_on(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("قصفت القوات مدينة كنجة.", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02PNG" * 100)
    out = run("extract", str(tmp_path))
    assert out.returncode == 1
    records = [json.loads(line) for line in out.stdout.splitlines()]
    assert [r["id"] for r in records] == ["good"]
    assert "empty.txt: the file is empty" in out.stderr
    assert "binary.txt: looks like a binary file" in out.stderr


def test_missing_path_is_an_error_with_the_path(tmp_path: Path) -> None:
    out = run("extract", str(tmp_path / "nope.txt"))
    assert out.returncode == 1 and "nope.txt: no such file or folder" in out.stderr


def test_agreement_of_two_annotations_counts_what_the_second_person_did_differently(tmp_path: Path) -> None:
    gold_dir = ROOT / "tests" / "data" / "real_dev7"
    same = run("score", str(gold_dir), "--against", str(gold_dir))
    assert same.returncode == 0, same.stderr
    assert "(side, place) F1=1.000" in same.stdout.splitlines()[-1]
    other = tmp_path / "second"
    other.mkdir()
    for path in gold_dir.glob("*.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        if path.name == "k01.json":  # the second person gives every claim the other side and drops a mention
            for claim in data["claims"]:
                claim["side"] = "armenia" if claim["side"] != "armenia" else "azerbaijan"
            data["mentions"] = data["mentions"][1:]
        (other / path.name).write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    out = run("score", str(gold_dir), "--against", str(other), "--show-errors")
    assert out.returncode == 0, out.stderr
    total = next(line for line in out.stdout.splitlines() if line.startswith("TOTAL"))
    assert "(side, place) F1=1.000" not in total and "R=1.000" not in total
    assert "k01.txt missed 'روسيا'@13 (Russia)" in out.stdout
    (other / "k02.json").unlink()
    missing = run("score", str(gold_dir), "--against", str(other))
    assert missing.returncode != 0 and "k02.json: the second annotation of k02.json is missing" in missing.stderr


def test_gazetteer_lookup_and_check(tmp_path: Path) -> None:
    out = run("gazetteer", "lookup", "خانكندي")
    assert out.returncode == 0 and json.loads(out.stdout)["place_id"] == "stepanakert"
    bad = tmp_path / "mine.csv"
    bad.write_text("id,kind,name_en\n", encoding="utf-8")
    out = run("gazetteer", "check", str(bad))
    assert out.returncode == 1 and "missing column" in out.stderr


def test_score_of_the_store_matches_extraction_and_follows_a_batch_of_corrections(tmp_path: Path) -> None:
    """`geo score --db` scores what analysts see: before any correction it equals scoring a fresh
    extraction; after the development batch of corrections (tests/data/corrections) it is higher."""
    import re as _re

    from click.testing import CliRunner

    from geo.cli import main

    gold = ROOT / "tests" / "data" / "real_dev"
    db = f"sqlite:///{tmp_path / 'dev.sqlite'}"
    runner = CliRunner()
    assert runner.invoke(main, ["ingest", str(gold), "--db", db]).exit_code == 0

    def total(args: list[str]) -> str:
        result = runner.invoke(main, ["score", str(gold), *args])
        assert result.exit_code == 0, result.output
        return result.output.strip().splitlines()[-1]

    def links(line: str) -> float:
        return float(_re.search(r"\(side, place\) F1=([0-9.]+)", line).group(1))

    def typed(line: str) -> float:
        return float(_re.search(r"\(side, type, polarity, place\) F1=([0-9.]+)", line).group(1))

    extracted, stored = total([]), total(["--db", db])
    assert stored == extracted
    batch = ROOT / "tests" / "data" / "corrections" / "real_dev_batch.jsonl"
    assert runner.invoke(main, ["corrections", "import", str(batch), "--db", db]).exit_code == 0
    corrected = total(["--db", db])
    # the analysts' batch lifts what the store holds (15 of the 44 articles were reviewed; the
    # extractor has since got much of what they fixed right on its own, so the lift is smaller
    # than it was, and mostly in the claims' types: +0.020 typed at the round "12-14")
    assert links(corrected) > links(stored) and typed(corrected) > typed(stored) + 0.01


def test_score_reports_an_annotation_file_whose_date_is_no_date(tmp_path: Path) -> None:
    """A set's annotation file with "published": "2021" is named, with how to write the date; no traceback."""
    import json

    from click.testing import CliRunner

    from geo.cli import main

    (tmp_path / "r01.txt").write_text("قصفت القوات مدينة ترتر.", encoding="utf-8")
    (tmp_path / "r01.json").write_text(json.dumps({"file": "r01.txt", "published": "2021", "mentions": [],
                                                    "claims": [], "contested": []}), encoding="utf-8")
    result = CliRunner().invoke(main, ["score", str(tmp_path)])
    assert result.exit_code == 1 and "r01.json" in result.output and "YYYY-MM-DD" in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    (tmp_path / "r01.json").write_text(json.dumps({"file": "r01.txt", "published": "2021-06-30", "mentions": [],
                                                    "claims": [], "contested": []}), encoding="utf-8")
    assert CliRunner().invoke(main, ["score", str(tmp_path)]).exit_code == 0  # a date: scored


def test_score_from_a_store_that_will_not_open_says_so(tmp_path: Path) -> None:
    """``score --db`` naming a folder, not a database file: the store's error and how to name it; no traceback."""
    from click.testing import CliRunner

    from geo.cli import main

    result = CliRunner().invoke(main, ["score", str(ROOT / "tests" / "data" / "real_dev41"), "--db", str(tmp_path)])
    assert result.exit_code == 1 and "cannot open the store" in result.output and "--db" in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
