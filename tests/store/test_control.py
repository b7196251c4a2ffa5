"""Claimed control over time (geo/store/control.py), from a real ingest on SQLite and PostgreSQL.

The articles in tests/data/control_articles/ were written for these tests after the public record
of the 2020 war: Azerbaijan announced the capture of Jabrayil on 2020-10-09 (Armenia denied it),
Fuzuli on 10-17, Zangilan on 10-20 (reported by Anadolu on 10-21), Qubadli on 10-25 and Shusha on
11-08; Armenia denied Shusha's fall on 11-08 and the spokesman of the Karabakh president, Vahram
Poghosyan, admitted its loss on 11-09; the Azerbaijani army entered Aghdam on 11-20. Each
sentence was checked against the extractor: one control claim with the expected side, polarity
and place.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.engine import Connection

from geo.model import Article
from geo.pipeline import extract
from geo.store.control import (
    CONTESTED_DAYS,
    ControlEvent,
    claimed_control,
    control_events,
    control_sequence,
    holder_of,
)
from geo.store.engine import open_store
from geo.store.ingest import ingest
from geo.store.queries import place_claims

ARTICLES = Path(__file__).resolve().parents[1] / "data" / "control_articles"

D = dt.date.fromisoformat


@pytest.fixture
def conn(db_url: str) -> Iterator[Connection]:
    summary = ingest([ARTICLES], url=db_url)
    assert (summary.new, summary.failed) == (10, 0), summary.problems
    engine = open_store(db_url)
    with engine.connect() as connection:
        yield connection
    engine.dispose()


def brief(event: ControlEvent) -> tuple[str, str, str, str, str | None, str]:
    return (event.place_id, event.date.isoformat(), event.side, event.polarity, event.holder, event.article_id)


def test_every_dated_control_claim_is_an_event_with_its_holder(conn: Connection) -> None:
    assert [brief(e) for e in control_events(conn)] == [
        ("jabrayil", "2020-10-09", "azerbaijan", "assert", "azerbaijan", "c01"),
        ("jabrayil", "2020-10-09", "azerbaijan", "assert", "azerbaijan", "c01"),
        ("jabrayil", "2020-10-09", "armenia", "deny", "armenia", "c02"),
        ("fuzuli", "2020-10-17", "azerbaijan", "assert", "azerbaijan", "c03"),
        ("zangilan", "2020-10-20", "azerbaijan", "assert", "azerbaijan", "c04"),
        ("zangilan", "2020-10-21", "turkey", "assert", "azerbaijan", "c05"),  # names the Azerbaijani army
        ("gubadli", "2020-10-25", "azerbaijan", "assert", "azerbaijan", "c06"),
        ("shusha", "2020-11-08", "azerbaijan", "assert", "azerbaijan", "c07"),
        ("shusha", "2020-11-08", "armenia", "deny", "armenia", "c08"),
        ("shusha", "2020-11-09", "armenia", "assert", "azerbaijan", "c09"),  # admits the loss
        ("aghdam", "2020-11-20", "azerbaijan", "assert", "azerbaijan", "c10"),  # the other side withdrew
    ]


def test_events_of_one_place_carry_their_sentence_and_article(conn: Connection) -> None:
    events = control_events(conn, "shusha")
    assert [e.article_id for e in events] == ["c07", "c08", "c09"]
    admission = events[-1]
    assert admission.text == "وأقر المتحدث باسم رئيس إقليم قره باغ فاهرام بوغوسيان بخسارة السيطرة على مدينة شوشا."
    assert admission.speaker == "المتحدث باسم رئيس إقليم قره باغ فاهرام بوغوسيان"
    assert (admission.title, admission.outlet) == ("سلطات قره باغ تقر بخسارة شوشا", "test-wire")
    assert admission.claim_id.startswith("c09:")


def test_events_until_a_day_leave_out_later_claims(conn: Connection) -> None:
    assert [e.article_id for e in control_events(conn, "shusha", until=D("2020-11-08"))] == ["c07", "c08"]


def test_a_denial_contests_a_claim_until_it_lapses(conn: Connection) -> None:
    assert "jabrayil" not in claimed_control(conn, D("2020-10-08"))
    last_fresh_day = D("2020-10-09") + dt.timedelta(days=CONTESTED_DAYS - 1)
    assert claimed_control(conn, D("2020-10-09"))["jabrayil"].state == "contested"
    assert claimed_control(conn, last_fresh_day)["jabrayil"].state == "contested"
    held = claimed_control(conn, D("2020-10-12"))
    assert held["jabrayil"].state == "azerbaijan"
    assert [e.article_id for e in held["jabrayil"].events] == ["c01"]


def test_shusha_is_contested_then_held_once_the_denier_admits_the_loss(conn: Connection) -> None:
    assert "shusha" not in claimed_control(conn, D("2020-10-12"))
    assert "shusha" not in claimed_control(conn, D("2020-11-07"))
    contested = claimed_control(conn, D("2020-11-08"))["shusha"]
    assert contested.contested
    assert [(e.side, e.polarity) for e in contested.events] == [("azerbaijan", "assert"), ("armenia", "deny")]
    for day in ("2020-11-09", "2020-11-10", "2020-12-31"):
        held = claimed_control(conn, D(day))["shusha"]
        assert held.state == "azerbaijan", day
        assert [e.article_id for e in held.events] == ["c07", "c09"], day


def test_each_captured_town_is_held_by_azerbaijan_after_its_day(conn: Connection) -> None:
    states = claimed_control(conn, D("2020-11-21"))
    assert {place: s.state for place, s in states.items()} == {
        "jabrayil": "azerbaijan", "fuzuli": "azerbaijan", "zangilan": "azerbaijan", "gubadli": "azerbaijan",
        "shusha": "azerbaijan", "aghdam": "azerbaijan",
    }
    assert "aghdam" not in claimed_control(conn, D("2020-11-19"))


def test_shusha_sequence_is_claimed_denied_confirmed(conn: Connection) -> None:
    steps = control_sequence(conn, "shusha")
    assert [(s.label, s.event.date.isoformat(), s.event.side, s.event.article_id) for s in steps] == [
        ("claimed", "2020-11-08", "azerbaijan", "c07"),
        ("denied", "2020-11-08", "armenia", "c08"),
        ("confirmed", "2020-11-09", "armenia", "c09"),
    ]
    assert steps[0].event.text == "وأعلن الرئيس الأذربيجاني إلهام علييف تحرير مدينة شوشا."
    assert steps[1].event.text == "ونفت وزارة الدفاع الأرمينية سقوط مدينة شوشا."
    assert steps[1].event.title == "يريفان تنفي سقوط شوشا"


def test_a_third_party_confirms_and_the_claimant_repeats(conn: Connection) -> None:
    assert [(s.label, s.event.side) for s in control_sequence(conn, "zangilan")] == [
        ("claimed", "azerbaijan"), ("confirmed", "turkey"),
    ]
    assert [(s.label, s.event.side) for s in control_sequence(conn, "jabrayil")] == [
        ("claimed", "azerbaijan"), ("repeated", "azerbaijan"), ("denied", "armenia"),
    ]


def test_a_place_with_claims_but_no_control_claim_has_no_state(conn: Connection) -> None:
    rows, total = place_claims(conn, "stepanakert")
    assert total == 1 and rows[0]["type"] == "attack"
    assert control_events(conn, "stepanakert") == []
    assert "stepanakert" not in claimed_control(conn, D("2020-12-31"))
    assert control_sequence(conn, "stepanakert") == []


def test_an_empty_store_has_no_control(db_url: str) -> None:
    engine = open_store(db_url)
    with engine.connect() as connection:
        assert control_events(connection) == []
        assert claimed_control(connection, D("2020-11-10")) == {}
        assert control_sequence(connection, "shusha") == []
    engine.dispose()


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        # the speaker's own side
        ("وأعلن الرئيس الأذربيجاني إلهام علييف تحرير مدينة شوشا.", "azerbaijan"),
        # a denial by one side: the opponent does not hold it
        ("ونفت وزارة الدفاع الأرمينية سقوط مدينة شوشا.", "armenia"),
        # a loss or withdrawal by the speaker's side: the opponent holds it
        ("وأعلنت وزارة الدفاع الأرمينية انسحاب قواتها من مدينة شوشا.", "azerbaijan"),
        # a withdrawal by the forces named next to it, after or before the loss word
        ("وأعلنت وزارة الدفاع الأذربيجانية أن وحدات الجيش الأذربيجاني دخلت منطقة أغدام بعد انسحاب القوات الأرمينية منها.",
         "azerbaijan"),
        ("وأعلنت وزارة الدفاع الأذربيجانية أن القوات الأرمينية انسحبت من قرية تاليش.", "azerbaijan"),
        # the first forces named, not the speaker
        ("وأعلنت وزارة الدفاع الأذربيجانية أن قوات أرمينية دخلت قرية تاليش.", "armenia"),
        ("وأعلنت وزارة الدفاع الأذربيجانية أن قواتها حررت مدينة شوشا من القوات الأرمينية.", "azerbaijan"),
        # a third party: only through the forces it names
        ("وقال الكرملين إن القوات الأذربيجانية سيطرت على مدينة شوشا.", "azerbaijan"),
    ],
)
def test_holder_of_a_control_claim(gaz, text: str, holder: str) -> None:  # type: ignore[no-untyped-def]
    (claim,) = extract(Article(id="t", text=text, published=D("2020-11-10")), gaz).claims
    assert claim.type == "control"
    span = (claim.speaker_start - claim.start, claim.speaker_end - claim.start)
    assert holder_of(claim.text, claim.side, claim.polarity, span) == holder


@pytest.mark.parametrize(
    ("side", "polarity", "holder"),
    [("russia", "assert", None), ("none", "assert", None), ("russia", "deny", None), ("armenia", "deny", "armenia")],
)
def test_a_claim_naming_no_forces_has_a_holder_only_from_a_holding_side(side: str, polarity: str, holder: str | None) -> None:
    assert holder_of("السيطرة على مدينة شوشا.", side, polarity) == holder
