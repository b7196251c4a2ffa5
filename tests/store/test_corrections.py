"""Analysts' corrections on SQLite and PostgreSQL: they change every view and export, keep the
machine's original, survive re-ingest and a new extractor version, are reported when their text
changes, travel as JSON Lines to a fresh store, and two analysts correcting at once lose nothing."""

from __future__ import annotations

import json
import shutil
import threading
from pathlib import Path

from click.testing import CliRunner
from sqlalchemy import select, text, update

from geo.cli import main as cli
from geo.store.corrections import Correction, list_corrections
from geo.store.engine import open_store
from geo.store.export import export_bytes
from geo.store.ingest import ingest, refresh_contested
from geo.store.queries import place_claims, place_counts
from geo.store.schema import articles, claims, places
from geo.store.writer import correct

ROOT = Path(__file__).resolve().parents[2]
ARTICLE = "002_1006001a38c85b0d.txt"


def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    shutil.copytree(ROOT / "seeds", folder, ignore=shutil.ignore_patterns("README.md", "dates.csv"))
    return folder


def shusha_armenian_claim(engine):  # type: ignore[no-untyped-def]
    with engine.connect() as conn:
        rows, _ = place_claims(conn, "shusha", page=0, page_size=100)
    return next(r for r in rows if r["side"] == "armenia" and r["article_id"] == "seed-002")


def fix_side(engine, claim: dict, *, author: str = "analyst-1", side: str = "other") -> Correction:  # type: ignore[no-untyped-def]
    with engine.begin() as conn:
        done = correct(conn, Correction(kind="claim", action="set", author=author, reason="a third party's words",
                                        article_id=claim["article_id"], start=claim["start"], end=claim["end"],
                                        side=claim["side"], payload={"side": side}))
    refresh_contested(engine)
    return done


def by_side(engine, place_id: str) -> dict:  # type: ignore[no-untyped-def]
    with engine.connect() as conn:
        return next((p["by_side"] for p in place_counts(conn) if p["place_id"] == place_id), {})


def test_a_claim_correction_changes_counts_and_exports_and_keeps_the_original(db_url: str, tmp_path: Path) -> None:
    ingest([corpus(tmp_path)], url=db_url)
    engine = open_store(db_url)
    claim = shusha_armenian_claim(engine)
    before = by_side(engine, "shusha")
    fix_side(engine, claim)
    after = by_side(engine, "shusha")
    assert after.get("armenia", 0) == before["armenia"] - 1 and after.get("other", 0) == before.get("other", 0) + 1
    with engine.connect() as conn:
        row = conn.execute(select(claims.c.side, claims.c.reviewed, claims.c.machine)
                           .where(claims.c.start == claim["start"], claims.c.text == claim["text"])).one()
        csv = export_bytes(conn, fmt="csv", layer="claims").decode("utf-8-sig")
    assert row.side == "other" and row.reviewed == 1 and json.loads(row.machine)["side"] == "armenia"
    assert any(line.count('"other"') for line in csv.splitlines() if claim["claim_id"] in line)
    engine.dispose()


def test_a_correction_survives_reingest_and_a_new_extractor_version(db_url: str, tmp_path: Path) -> None:
    folder = corpus(tmp_path)
    ingest([folder], url=db_url)
    engine = open_store(db_url)
    claim = shusha_armenian_claim(engine)
    fix_side(engine, claim)
    corrected = by_side(engine, "shusha")
    ingest([folder], url=db_url)  # the same corpus: nothing changes
    assert by_side(engine, "shusha") == corrected
    with engine.begin() as conn:  # an older extraction: the next ingest extracts every article again
        conn.execute(update(articles).values(extractor_version="0.0.1"))
    summary = ingest([folder], url=db_url)
    assert summary.updated == 5
    assert by_side(engine, "shusha") == corrected
    engine.dispose()


def test_a_correction_is_reported_when_its_text_changes(db_url: str, tmp_path: Path) -> None:
    folder = corpus(tmp_path)
    ingest([folder], url=db_url)
    engine = open_store(db_url)
    fix_side(engine, shusha_armenian_claim(engine))
    path = folder / ARTICLE
    path.write_text(path.read_text(encoding="utf-8") + "\nسطر جديد.\n", encoding="utf-8")
    summary = ingest([folder], url=db_url)
    assert summary.stale_corrections == 1 and "corrections no longer match" in summary.line()
    with engine.connect() as conn:
        assert len(list_corrections(conn)) == 1  # kept, not dropped
    result = CliRunner().invoke(cli, ["corrections", "list", "--stale", "--db", db_url])
    assert result.exit_code == 0 and "claim/set" in result.output
    engine.dispose()


def test_export_to_a_fresh_store_and_import_reproduce_the_corrected_exports(db_url: str, tmp_path: Path) -> None:
    folder = corpus(tmp_path)
    ingest([folder], url=db_url)
    engine = open_store(db_url)
    fix_side(engine, shusha_armenian_claim(engine))
    with engine.begin() as conn:
        correct(conn, Correction(kind="place", action="set", author="analyst-2", reason="GeoNames",
                                 place_id="shusha", payload={"lat": 39.7583, "lon": 46.7484}))
    shared = tmp_path / "corrections.jsonl"
    runner = CliRunner()
    assert runner.invoke(cli, ["corrections", "export", str(shared), "--db", db_url]).exit_code == 0
    fresh = f"sqlite:///{tmp_path / 'fresh.sqlite'}"
    ingest([folder], url=fresh)
    result = runner.invoke(cli, ["corrections", "import", str(shared), "--db", fresh])
    assert result.exit_code == 0, result.output
    other = open_store(fresh)
    with engine.connect() as a, other.connect() as b:
        assert export_bytes(a, fmt="csv", layer="claims") == export_bytes(b, fmt="csv", layer="claims")
        assert export_bytes(a, fmt="geojson", layer="places") == export_bytes(b, fmt="geojson", layer="places")
        assert b.execute(select(places.c.lat).where(places.c.place_id == "shusha")).scalar() == 39.7583
    engine.dispose()
    other.dispose()


def test_two_analysts_correcting_one_article_at_once_lose_nothing(db_url: str, tmp_path: Path) -> None:
    ingest([corpus(tmp_path)], url=db_url)
    engine = open_store(db_url)
    with engine.connect() as conn:
        rows, _ = place_claims(conn, "shusha", page=0, page_size=100)
    mine = [r for r in rows if r["article_id"] == "seed-002" and r["side"] in ("armenia", "azerbaijan")][:2]
    assert len(mine) == 2
    errors: list[BaseException] = []

    def analyst(n: int) -> None:
        try:
            fix_side(engine, mine[n], author=f"analyst-{n}", side="other")
        except BaseException as err:  # noqa: BLE001 - reported below
            errors.append(err)

    threads = [threading.Thread(target=analyst, args=(n,)) for n in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert errors == []
    with engine.connect() as conn:
        assert len(list_corrections(conn)) == 2
        corrected = {(r.start, r.reviewed) for r in conn.execute(select(claims.c.start, claims.c.reviewed)
                                                                 .where(claims.c.reviewed == 1))}
        links = conn.execute(text("SELECT count(*) FROM claim_places")).scalar()
        counted = conn.execute(text("SELECT sum(claims) FROM place_side_counts")).scalar()
    assert {start for start, _ in corrected} == {mine[0]["start"], mine[1]["start"]}
    assert links == counted
    engine.dispose()


def test_a_bad_correction_file_names_its_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"kind": "claim", "action": "set", "author": "a", "article_id": "x", "start": 5, "end": 2}\n',
                   encoding="utf-8")
    result = CliRunner().invoke(cli, ["corrections", "import", str(bad), "--db", str(tmp_path / "s.sqlite")])
    assert result.exit_code != 0 and "bad.jsonl:1" in result.output and "start < end" in result.output


def test_a_corrected_name_promoted_to_the_gazetteer_is_found_in_the_next_article(tmp_path: Path) -> None:
    first = tmp_path / "first"
    first.mkdir()
    (first / "a.txt").write_text("قصفت القوات الأرمينية قرية أليبيلي في منطقة توفوز.", encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'store.sqlite'}"
    ingest([first], url=db)
    engine = open_store(db)
    body = (first / "a.txt").read_text(encoding="utf-8")
    start = body.index("أليبيلي")
    with engine.begin() as conn:
        made = correct(conn, Correction(kind="mention", action="add", author="analyst", reason="a Tovuz village",
                                        article_id="a", start=start, end=start + len("أليبيلي"),
                                        payload={"place_id": "tovuz"}))
    engine.dispose()
    mine = tmp_path / "mine.csv"
    result = CliRunner().invoke(cli, ["corrections", "promote", made.correction_id[:10], "--gazetteer", str(mine),
                                      "--db", db])
    assert result.exit_code == 0, result.output
    assert CliRunner().invoke(cli, ["gazetteer", "check", str(mine)]).exit_code == 0
    second = tmp_path / "second"
    second.mkdir()
    (second / "b.txt").write_text("وعاد الهدوء إلى أليبيلي صباح اليوم.", encoding="utf-8")
    from geo.model import Article
    from geo.pipeline import extract
    from geo.places.gazetteer import load_gazetteer

    found = extract(Article(id="b", text=(second / "b.txt").read_text(encoding="utf-8")), load_gazetteer([str(mine)]))
    assert [m.place.place_id for m in found.mentions] == ["tovuz"]


def test_a_new_place_an_analyst_adds_survives_reingest_and_travels_to_a_fresh_store(db_url: str, tmp_path: Path) -> None:
    from geo.store.corrections import new_place_id
    from geo.store.review import place_mentions

    folder = tmp_path / "corpus"
    folder.mkdir()
    body = "قال مسؤول محلي إن القصف طال قرية زارسلو الواقعة قرب مدينة آغدام صباح اليوم."
    (folder / "v.txt").write_text(body, encoding="utf-8")
    ingest([folder], url=db_url)
    engine = open_store(db_url)
    start = body.index("زارسلو")
    pid = new_place_id("Zarisli", 39.99, 46.91)
    with engine.begin() as conn:
        correct(conn, Correction(kind="mention", action="add", author="analyst", reason="village west of Aghdam",
                                 article_id="v", start=start, end=start + len("زارسلو"),
                                 payload={"place_id": pid, "name": "Zarisli", "name_ar": "زارسلو",
                                          "lat": 39.99, "lon": 46.91, "kind": "village"}))
    ingest([folder], url=db_url)  # the same text again: the correction is applied again
    with engine.connect() as conn:
        found = place_mentions(conn, pid)
        assert [(m["surface"], m["reviewed"]) for m in found] == [("زارسلو", True)]
        assert conn.execute(select(places.c.lat).where(places.c.place_id == pid)).scalar() == 39.99
    shared = tmp_path / "c.jsonl"
    runner = CliRunner()
    assert runner.invoke(cli, ["corrections", "export", str(shared), "--db", db_url]).exit_code == 0
    fresh = f"sqlite:///{tmp_path / 'fresh.sqlite'}"
    ingest([folder], url=fresh)
    assert runner.invoke(cli, ["corrections", "import", str(shared), "--db", fresh]).exit_code == 0
    other = open_store(fresh)
    with engine.connect() as a, other.connect() as b:
        assert export_bytes(a, fmt="geojson", layer="places") == export_bytes(b, fmt="geojson", layer="places")
        assert place_mentions(b, pid)[0]["surface"] == "زارسلو"
    engine.dispose()
    other.dispose()


def test_a_name_the_machine_could_not_place_leaves_the_queue_once_placed(tmp_path: Path) -> None:
    from geo.store.review import unresolved_names

    folder = tmp_path / "corpus"
    folder.mkdir()
    # a name no gazetteer has, twice after «قرية»: the machine knows it is a place, not where
    body = "وقالت الوزارة إن قرية بيرزيفانك الحدودية تعرضت للقصف، ثم عاد القصف إلى قرية بيرزيفانك ليلا."
    (folder / "u.txt").write_text(body, encoding="utf-8")
    db = f"sqlite:///{tmp_path / 's.sqlite'}"
    ingest([folder], url=db)
    engine = open_store(db)
    with engine.connect() as conn:
        first = next(u for u in unresolved_names(conn) if u["surface"] == "بيرزيفانك")
    assert first["count"] == 2 and "قرية بيرزيفانك" in first["context"] and first["start"] == body.index("بيرزيفانك")
    with engine.begin() as conn:
        correct(conn, Correction(kind="mention", action="add", author="analyst", reason="a border village",
                                 article_id="u", start=first["start"], end=first["end"],
                                 payload={"place_id": "tovuz", "name": "Tovuz", "lat": 40.99, "lon": 45.63}))
    with engine.connect() as conn:
        after = [u for u in unresolved_names(conn) if u["surface"] == "بيرزيفانك"]
        placed = conn.execute(select(text("count(*)")).select_from(text("mentions"))
                              .where(text("place_id = 'tovuz'"))).scalar()
    assert after and after[0]["count"] == 1 and after[0]["start"] != first["start"] and placed == 1
    engine.dispose()


def test_who_reviewed_a_claim_is_kept_with_the_machines_original(db_url: str, tmp_path: Path) -> None:
    from geo.store.review import claim_reviews

    ingest([corpus(tmp_path)], url=db_url)
    engine = open_store(db_url)
    claim = shusha_armenian_claim(engine)
    fix_side(engine, claim, author="<b>Nour</b>")
    with engine.connect() as conn:
        notes = claim_reviews(conn, claim["article_id"], claim["start"], claim["end"])
        rows, _ = place_claims(conn, "shusha", page=0, page_size=100)
    assert [(n["author"], n["action"], n["reason"]) for n in notes] == [("<b>Nour</b>", "set", "a third party's words")]
    mine = next(r for r in rows if r["start"] == claim["start"] and r["article_id"] == claim["article_id"])
    assert mine["reviewed"] and mine["side"] == "other" and mine["machine"]["side"] == "armenia"
    engine.dispose()


def test_a_new_place_needs_a_name_and_coordinates() -> None:
    import pytest

    from geo.store.corrections import CorrectionError, check

    with pytest.raises(CorrectionError, match="name and coordinates"):
        check(Correction(kind="mention", action="add", author="a", article_id="x", start=0, end=3,
                         payload={"place_id": "analyst:abc"}))
    with pytest.raises(CorrectionError, match="needs the place"):
        check(Correction(kind="mention", action="set", author="a", article_id="x", start=0, end=3, payload={}))
    with pytest.raises(CorrectionError, match="out of range"):
        check(Correction(kind="mention", action="add", author="a", article_id="x", start=0, end=3,
                         payload={"place_id": "analyst:abc", "name": "X", "lat": 95, "lon": 0}))


def test_an_analyst_finds_a_place_by_any_of_its_names() -> None:
    from geo.store.names import place_choices

    for typed in ("Khankendi", "خانكندي", "خَانْكَنْدِي", "STEPANAKERT"):
        assert place_choices(typed)[0]["place_id"] == "stepanakert", typed
    assert place_choices("شوشي")[0]["place_id"] == "shusha"
    assert place_choices("qwxzv") == []


def test_a_mention_corrected_to_another_place_moves_its_claims_there(db_url: str, tmp_path: Path) -> None:
    from geo.store.review import place_mentions

    ingest([corpus(tmp_path)], url=db_url)
    engine = open_store(db_url)
    claim = shusha_armenian_claim(engine)
    with engine.connect() as conn:
        inside = [m for m in place_mentions(conn, "shusha", limit=500) if m["article_id"] == claim["article_id"]
                  and claim["start"] <= m["start"] < claim["end"]]
    assert inside, "the claim names Shusha"
    goris_before = by_side(engine, "goris").get("armenia", 0)
    with engine.begin() as conn:
        for m in inside:
            correct(conn, Correction(kind="mention", action="set", author="analyst", reason="test of relinking",
                                     article_id=m["article_id"], start=m["start"], end=m["end"],
                                     payload={"place_id": "goris", "name": "Goris", "name_ar": "غوريس",
                                              "lat": 39.51, "lon": 46.34, "kind": "city"}))
    refresh_contested(engine)
    with engine.connect() as conn:
        at_goris, _ = place_claims(conn, "goris", page=0, page_size=200)
        at_shusha, _ = place_claims(conn, "shusha", page=0, page_size=200)
    same = [r for r in at_goris if r["article_id"] == claim["article_id"] and r["start"] == claim["start"]]
    assert same and same[0]["side"] == "armenia"
    assert not [r for r in at_shusha if r["article_id"] == claim["article_id"] and r["start"] == claim["start"]]
    assert by_side(engine, "goris").get("armenia", 0) > goris_before
    engine.dispose()


def test_a_mention_role_is_corrected_alone_and_a_bad_role_is_refused(tmp_path: Path) -> None:
    import pytest

    from geo.store.corrections import CorrectionError, check
    from geo.store.review import place_mentions

    ingest([corpus(tmp_path)], url=f"sqlite:///{tmp_path / 's.sqlite'}")
    engine = open_store(f"sqlite:///{tmp_path / 's.sqlite'}")
    with engine.connect() as conn:
        first = place_mentions(conn, "shusha")[0]
    new_role = "venue" if first["role"] != "venue" else "context"
    with engine.begin() as conn:
        correct(conn, Correction(kind="mention", action="set", author="a", article_id=first["article_id"],
                                 start=first["start"], end=first["end"], payload={"role": new_role}))
    with engine.connect() as conn:
        again = next(m for m in place_mentions(conn, "shusha") if m["start"] == first["start"]
                     and m["article_id"] == first["article_id"])
    assert again["role"] == new_role and again["reviewed"]
    with pytest.raises(CorrectionError, match="not a role"):
        check(Correction(kind="mention", action="set", author="a", article_id="x", start=0, end=2,
                         payload={"role": "origin"}))
    engine.dispose()
