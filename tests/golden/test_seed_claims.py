"""Claims on the seed articles against the independent hand annotation (tests/data/seed_annotations)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from geo.model import Article
from geo.pipeline import extract
from geo.scoring import load_gold, side_agreement

ROOT = Path(__file__).resolve().parents[2]


def results(gaz):  # type: ignore[no-untyped-def]
    for gold_path in sorted((ROOT / "tests" / "data" / "seed_annotations").glob("*.json")):
        data, _ = load_gold(gold_path)
        text = (ROOT / "seeds" / data["file"]).read_text(encoding="utf-8")
        article = Article(id=data["file"], text=text, published=dt.date.fromisoformat(data["published"]))
        yield data, extract(article, gaz)


def test_side_accuracy_at_least_0_9(gaz) -> None:  # type: ignore[no-untyped-def]
    agree = compared = 0
    for data, result in results(gaz):
        a, c = side_agreement(result.claims, data)
        agree, compared = agree + a, compared + c
    assert compared >= 100 and agree / compared >= 0.9, f"{agree}/{compared}"


def test_shusha_is_contested_on_9_november_2020(gaz) -> None:  # type: ignore[no-untyped-def]
    by_file = {data["file"]: result for data, result in results(gaz)}
    result = by_file["002_1006001a38c85b0d.txt"]
    assert "shusha" in result.contested
    sides = {(c.side, c.type, c.polarity) for c in result.claims if "shusha" in c.place_ids}
    assert ("azerbaijan", "control", "assert") in sides
    assert ("armenia", "control", "deny") in sides  # "نفت ... سقوط شوشا": a denied capture


def test_every_claim_points_into_the_text(gaz) -> None:  # type: ignore[no-untyped-def]
    for _data, result in results(gaz):
        for c in result.claims:
            assert result.article.text[c.start:c.end] == c.text
            if c.speaker:  # a carried-over speaker may stand in an earlier sentence: its own offsets hold
                assert result.article.text[c.speaker_start:c.speaker_end] == c.speaker
            assert c.side != "none" or not c.speaker
