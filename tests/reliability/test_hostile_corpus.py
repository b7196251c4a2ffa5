"""A hostile folder: good articles among empty, binary, enormous, mis-encoded, duplicated and
vanishing files, with a broken manifest. Every good article is stored exactly once, every bad
one is reported with its reason, the summary counts are exact and a re-run changes nothing."""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import random
import subprocess
import sys
from pathlib import Path

from sqlalchemy import select
from store_checks import check_consistency

from geo.store.engine import open_store
from geo.store.ingest import IngestSummary, ingest
from geo.store.schema import articles
from geo.store.writer import article_key, content_key
from geo.text.reader import MAX_ARTICLE_BYTES, html_to_text

log = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
HUGE_BYTES = 200 * 1024 * 1024


def seed_text(n: int, variation: int, *, encodable_in: str | None = None) -> str:
    """Seed ``n`` with a line of its own (a distinct article), optionally cut to one code page's characters."""
    body = SEEDS[n].read_text(encoding="utf-8") + f"\nتحديث رقم {variation} للخبر\n"
    if encodable_in:
        body = body.encode(encodable_in, errors="ignore").decode(encodable_in)
    return body


def write_sparse(path: Path, size: int) -> None:
    with path.open("wb") as fh:
        fh.truncate(size)  # sparse: no data blocks, created instantly


def build_hostile_folder(folder: Path) -> dict[str, str]:
    """Write the folder; returns {file name: decoded text} of the good articles (duplicates left out)."""
    folder.mkdir()
    good: dict[str, str] = {}

    def put(name: str, text: str, data: bytes | None = None) -> None:
        (folder / name).write_bytes(data if data is not None else text.encode("utf-8"))
        good[name] = text

    for n in range(5):
        put(f"g{n}.txt", seed_text(n, n))
    page = "<p>" + seed_text(0, 5).replace("\n", "</p><p>") + "</p>"
    markup = f"<html><head><title>عنوان الصفحة</title><script>var x = 1;</script></head><body>{page}</body></html>"
    put("g5.html", html_to_text(markup)[0], markup.encode("utf-8"))
    text6 = seed_text(1, 6, encodable_in="cp1256")
    put("g6.txt", text6, text6.encode("cp1256"))
    text7 = seed_text(2, 7, encodable_in="iso-8859-6")
    put("g7.txt", text7, text7.encode("iso-8859-6"))
    text8 = seed_text(3, 8)
    put("g8.txt", text8, text8.encode("utf-16-le"))  # no byte-order mark
    text9 = seed_text(4, 9)
    put("g9.txt", text9, b"\xef\xbb\xbf" + text9.encode("utf-8"))
    # vanish mid-run (deleted by the progress callback before they are read)
    put("zz_vanish_0.txt", seed_text(0, 10))
    put("zz_vanish_1.txt", seed_text(1, 11))

    # duplicates under other names (sorted after their originals, so the originals are stored)
    (folder / "g0_copy.txt").write_bytes((folder / "g0.txt").read_bytes())
    (folder / "g7_in_utf8_copy.txt").write_text(text7, encoding="utf-8")  # same text, other encoding

    # bad files
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_bytes(b" \n\t\n  \n")
    rng = random.Random(3)
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(rng.randrange(256) for _ in range(6000)))
    write_sparse(folder / "huge.txt", HUGE_BYTES)
    (folder / "latin1.txt").write_bytes("Müller, café, déjà vu — Größe façade naïve. ".encode("latin-1", "replace") * 20)
    (folder / "scripts_only.html").write_text("<html><body><script>alert(1)</script><style>p{}</style></body></html>",
                                              encoding="utf-8")

    (folder / "manifest.csv").write_text(
        "id,file,published,title,outlet,url\n"
        "g0,g0.txt,2020-10-05,عنوان الأول,الأناضول,https://example.org/g0\n"  # 2
        "g1,g1.txt,05/10/2020,,,\n"  # 3: bad date
        "gone,missing.txt,2020-10-06,,,\n"  # 4: missing file
        "g2,g2.txt,2020-10-07,t,o,u,extra\n"  # 5: extra field
        ",,2020-10-08,,,\n"  # 6: no file
        "g5x,g5.html\n"  # 7: fewer columns: fine, the rest are optional
        'g3,"g3.txt,2020-10-09,,,\n'  # 8: a quote never closed
        "g4,g4.txt,2020-10-10,,,\n"  # 9: good, after the broken line
        "g0,g6.txt,2020-10-11,,,\n",  # 10: id already used
        encoding="utf-8",
    )
    return good


# (where the problem is, ending; a phrase its reason must contain)
EXPECTED_PROBLEMS = sorted([
    ("manifest.csv:3", "not YYYY-MM-DD"),
    ("manifest.csv:4", "no such file"),
    ("manifest.csv:5", "more fields than columns"),
    ("manifest.csv:6", "'file' column is empty"),
    ("manifest.csv:8", "quote"),
    ("manifest.csv:10", "already used on line 2"),
    ("empty.txt", "the file is empty"),
    ("blank.txt", "the file is empty"),
    ("image.txt", "binary"),
    ("huge.txt", f"larger than the {MAX_ARTICLE_BYTES:,}-byte limit"),
    ("latin1.txt", "not UTF-8"),
    ("scripts_only.html", "no visible text"),
    ("zz_vanish_0.txt", "no such file"),
    ("zz_vanish_1.txt", "no such file"),
])


def assert_problems(summary: IngestSummary, expected: list[tuple[str, str]]) -> None:
    got = sorted(summary.problems)
    assert len(got) == len(expected), "\n".join(f"{w}: {m}" for w, m in got)
    for (where, message), (suffix, phrase) in zip(got, expected, strict=True):
        assert where.endswith(suffix) and phrase in message, (where, message, suffix, phrase)


def test_hostile_folder(db_url: str, tmp_path: Path) -> None:
    folder = tmp_path / "hostile"
    good = build_hostile_folder(folder)
    assert os.stat(folder / "huge.txt").st_blocks < 100  # really sparse: the test stays fast
    vanishing = [folder / "zz_vanish_0.txt", folder / "zz_vanish_1.txt"]
    calls: list[int] = []

    def delete_on_first_call(done: int, total: int, _summary: IngestSummary) -> None:
        # called after the first file is read: the folder has been listed, the vanishing files not read yet
        if not calls:
            for path in vanishing:
                path.unlink()
        calls.append(done)

    first = ingest([folder], url=db_url, batch_size=3, progress=delete_on_first_call)

    assert calls == list(range(1, 21))  # the 20 files of the listing, the manifest aside
    assert (first.new, first.unchanged, first.updated, first.failed) == (10, 2, 0, 14)
    assert_problems(first, EXPECTED_PROBLEMS)
    stored_texts = {name: text for name, text in good.items() if "vanish" not in name}
    engine = open_store(db_url)
    with engine.connect() as conn:
        rows = {r.article_id: r for r in conn.execute(select(articles))}
    engine.dispose()
    assert sorted(rows) == ["g0", "g1", "g2", "g3", "g4", "g5x", "g6", "g7", "g8", "g9"]
    assert {r.content_hash for r in rows.values()} == {content_key(t) for t in stored_texts.values()}
    assert all(r.article_key == article_key(r.article_id) for r in rows.values())
    assert all(r.text == stored_texts[Path(r.path).name] for r in rows.values())
    assert (rows["g0"].published, rows["g0"].title, rows["g0"].outlet) == (dt.date(2020, 10, 5), "عنوان الأول", "الأناضول")
    assert rows["g4"].published == dt.date(2020, 10, 10)  # the row after the unclosed quote still counts
    assert rows["g1"].published is None and rows["g6"].published is None  # their rows were rejected
    assert rows["g5x"].title == "عنوان الصفحة"
    encodings = {k: (rows[k].encoding, json.loads(rows[k].warnings)) for k in ("g6", "g7", "g8", "g9", "g2")}
    assert encodings["g6"][0] == "cp1256" and "decoded as cp1256" in encodings["g6"][1][0]
    assert encodings["g7"][0] == "iso-8859-6" and "decoded as iso-8859-6" in encodings["g7"][1][0]
    assert encodings["g8"][0] == "utf-16-le" and "byte-order mark" in encodings["g8"][1][0]
    assert encodings["g9"] == ("utf-8-sig", [])
    assert encodings["g2"] == ("utf-8", [])
    before = check_consistency(db_url)

    again = ingest([folder], url=db_url, batch_size=3)
    assert (again.new, again.unchanged, again.updated, again.failed) == (0, 12, 0, 12)
    assert_problems(again, [p for p in EXPECTED_PROBLEMS if "vanish" not in p[0]])
    assert check_consistency(db_url) == before


_OWN_PEAK = (
    "import atexit, runpy, sys\n"
    "def report(path):\n"
    "    hwm = [l for l in open('/proc/self/status') if l.startswith('VmHWM:')][0].split()[1]\n"
    "    open(path, 'w').write(hwm)\n"
    "atexit.register(report, sys.argv[1])\n"
    "sys.argv = ['geo', *sys.argv[2:]]\n"
    "runpy.run_module('geo', run_name='__main__')\n"
)
"""Runs `python -m geo ARGS` and writes its own peak RSS (VmHWM, KiB) to a file at exit. Not the
ru_maxrss of wait4: a child's starts at its parent's peak (pytest's), which would hide the growth."""


def _peak_rss_kib(args: list[str], stdout_path: Path) -> tuple[int, int, str]:
    """Run `python -m geo ARGS`; returns (exit status, its own peak resident set size in KiB, its stderr)."""
    peak_file = stdout_path.with_suffix(".peak")
    with stdout_path.open("w") as out:
        proc = subprocess.run([sys.executable, "-c", _OWN_PEAK, str(peak_file), *args], cwd=ROOT, stdout=out,
                              stderr=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    return proc.returncode, int(peak_file.read_text()), proc.stderr


def test_a_200_mb_file_is_refused_by_its_size_without_being_read(tmp_path: Path, gaz: object) -> None:
    # gaz: the gazetteer's cache is written before both runs, so neither builds the index (~250 MiB)
    small, large = tmp_path / "small", tmp_path / "large"
    for folder in (small, large):
        folder.mkdir()
        (folder / "a.txt").write_text(seed_text(2, 1), encoding="utf-8")
    write_sparse(large / "huge.txt", HUGE_BYTES)
    runs = {}
    for folder in (small, large):
        runs[folder.name] = _peak_rss_kib(
            ["ingest", str(folder), "--db", str(tmp_path / f"{folder.name}.sqlite")],
            tmp_path / f"{folder.name}.out")
    status, small_kib, _ = runs["small"]
    assert status == 0
    status, large_kib, err = runs["large"]
    assert status == 1 and f"huge.txt: {HUGE_BYTES:,} bytes is larger than" in err
    growth_mib = (large_kib - small_kib) / 1024
    log.info("peak RSS %.1f MiB without the 200 MB file, %.1f MiB with it (growth %.1f MiB)",
             small_kib / 1024, large_kib / 1024, growth_mib)
    assert growth_mib < 20, f"peak RSS grew by {growth_mib:.0f} MiB: the 200 MB file was read"
