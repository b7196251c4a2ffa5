"""The store follows a changing corpus, on SQLite and PostgreSQL: an edited article replaces its
rows, a changed manifest row updates its metadata, removed articles are pruned, a corrected
gazetteer row reaches the stored places. Each test failed before articles were identified by id."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

from click.testing import CliRunner
from sqlalchemy import select, text

from geo.cli import main as cli
from geo.store.engine import open_store
from geo.store.ingest import ingest
from geo.store.queries import place_counts
from geo.store.schema import articles, claim_places, claims, places

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
ARTICLE = "002_1006001a38c85b0d.txt"


def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    shutil.copytree(SEEDS, folder, ignore=shutil.ignore_patterns("README.md", "dates.csv"))
    return folder


def facts(url: str) -> dict:
    engine = open_store(url)
    with engine.connect() as conn:
        out = {
            "articles": conn.execute(text("SELECT count(*) FROM articles")).scalar(),
            "claims": conn.execute(text("SELECT count(*) FROM claims")).scalar(),
            "links": conn.execute(text("SELECT count(*) FROM claim_places")).scalar(),
            "counted": conn.execute(text("SELECT coalesce(sum(claims), 0) FROM place_side_counts")).scalar(),
            "ids": sorted(r[0] for r in conn.execute(select(articles.c.article_id))),
            "map": {p["place_id"]: p["by_side"] for p in place_counts(conn)},
        }
    engine.dispose()
    return out


def test_an_edited_article_replaces_its_rows(db_url: str, tmp_path: Path) -> None:
    folder = corpus(tmp_path)
    ingest([folder], url=db_url)
    before = facts(db_url)
    path = folder / ARTICLE
    path.write_text(path.read_text(encoding="utf-8") + "\nونفت وزارة الدفاع الأرمينية سقوط مدينة هادروت.\n",
                    encoding="utf-8")
    summary = ingest([folder], url=db_url)
    assert (summary.updated, summary.new, summary.unchanged) == (1, 0, 4)
    after = facts(db_url)
    assert after["articles"] == before["articles"] == 5 and after["ids"] == before["ids"]
    assert after["claims"] == before["claims"] + 1  # the new sentence's claim, no second copy
    assert after["links"] == after["counted"]  # the map's counts match the stored links
    engine = open_store(db_url)
    with engine.connect() as conn:
        hadrut = conn.execute(select(claims.c.side, claims.c.polarity)
                              .select_from(claims.join(claim_places, claim_places.c.claim_pk == claims.c.pk))
                              .where(claim_places.c.place_id == "hadrut")).all()
    engine.dispose()
    assert ("armenia", "deny") in [tuple(r) for r in hadrut]


def test_a_manifest_change_alone_updates_the_metadata(db_url: str, tmp_path: Path) -> None:
    folder = corpus(tmp_path)
    ingest([folder], url=db_url)
    manifest = folder / "manifest.csv"
    with manifest.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    for row in rows:
        if row["file"] == ARTICLE:
            row["published"], row["outlet"] = "2020-11-10", "وكالة الاختبار"
    with manifest.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    summary = ingest([folder], url=db_url)
    assert summary.updated == 1 and summary.new == 0
    engine = open_store(db_url)
    with engine.connect() as conn:
        row = conn.execute(select(articles.c.published, articles.c.outlet).where(articles.c.path.like(f"%{ARTICLE}"))).one()
        outlets = {r[0] for r in conn.execute(
            select(claim_places.c.outlet).join(claims, claims.c.pk == claim_places.c.claim_pk)
            .join(articles, articles.c.article_key == claims.c.article_key).where(articles.c.path.like(f"%{ARTICLE}")))}
    engine.dispose()
    assert str(row.published) == "2020-11-10" and row.outlet == "وكالة الاختبار"
    assert outlets == {row.outlet}  # the dashboard's filter copies follow


def test_removed_articles_are_counted_then_pruned(db_url: str, tmp_path: Path) -> None:
    folder = corpus(tmp_path)
    ingest([folder], url=db_url)
    (folder / ARTICLE).unlink()  # the file is gone; its manifest row stays
    summary = ingest([folder], url=db_url)
    assert summary.missing == 1 and facts(db_url)["articles"] == 5
    pruned = ingest([folder], url=db_url, prune=True)
    assert pruned.removed == 1
    after = facts(db_url)
    assert after["articles"] == 4 and "seed-002" not in after["ids"]
    assert after["links"] == after["counted"]


def test_geo_remove_deletes_an_article_and_its_claims(db_url: str, tmp_path: Path) -> None:
    folder = corpus(tmp_path)
    ingest([folder], url=db_url)
    before = facts(db_url)
    result = CliRunner().invoke(cli, ["remove", "seed-002", "no-such-id", "--db", db_url])
    assert result.exit_code == 1, result.output
    assert "removed 1 article" in result.output and "no-such-id" in result.output
    after = facts(db_url)
    assert after["articles"] == 4 and after["claims"] < before["claims"]
    assert after["links"] == after["counted"]


def test_a_corrected_gazetteer_row_reaches_the_stored_places(db_url: str, tmp_path: Path) -> None:
    folder = corpus(tmp_path)
    ingest([folder], url=db_url)
    mine = tmp_path / "mine.csv"
    header = (ROOT / "data" / "gazetteer" / "theatre.csv").read_text(encoding="utf-8").splitlines()[0]
    row = next(r for r in (ROOT / "data" / "gazetteer" / "theatre.csv").read_text(encoding="utf-8").splitlines()
               if r.startswith("shusha,"))
    fields = row.split(",")
    fields[2] = "Shusha (corrected)"
    mine.write_text(header + "\n" + ",".join(fields) + "\n", encoding="utf-8")
    summary = ingest([folder], url=db_url, gazetteer_files=[str(mine)])
    assert summary.places_corrected >= 1
    engine = open_store(db_url)
    with engine.connect() as conn:
        name = conn.execute(select(places.c.name).where(places.c.place_id == "shusha")).scalar()
    engine.dispose()
    assert name == "Shusha (corrected)"
