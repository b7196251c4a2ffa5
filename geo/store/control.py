"""Claimed control over time: which side the stored control claims say holds each place, day by day.

Owns: ControlEvent, ControlState and Step; reading control claims from the store
(``control_events``); the rule that reads from one control claim the side it says holds the place
(``holder_of``); the state of every place on a given day (``claimed_control``, with the
"contested" rule); and one place's labelled sequence for the claims panel (``control_sequence``).
It reads the store and never writes it; it does not extract claims (geo.claims does) nor render
them (geo.app). It reports what the sources *claim*, never who really held a place.

Only "armenia" and "azerbaijan" can hold a place. Every other speaker (russia, turkey, the
reporter's own narrative "none", ...) can only agree or disagree, through the forces its sentence
names («قالت وكالة الأناضول إن الجيش الأذربيجاني سيطر على زنغيلان» says azerbaijan holds it).

Events are ordered oldest first by their date (the claim's event date, else its article's
publication date; claims with neither are left out), then by their article's publication date,
article id, and place in the article: the store keeps days, not hours, so claims of one day keep
the order of their articles.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sqlalchemy import and_, select
from sqlalchemy.engine import Connection
from sqlalchemy.sql.elements import ColumnElement

from geo.claims.claimwords import load_claim_words
from geo.model import Token
from geo.store.queries import as_date
from geo.store.schema import UNKNOWN_DATE, articles, claim_places, claims
from geo.text.clitics import iter_stems
from geo.text.keys import find_tokens, normalise_key

HOLDERS = ("armenia", "azerbaijan")
"""The sides that can hold a place; a claim by any other side only agrees or disagrees."""
_OPPONENT = {"armenia": "azerbaijan", "azerbaijan": "armenia"}

CONTESTED_DAYS = 3
"""A side's latest claim is fresh on the day it is dated and the CONTESTED_DAYS - 1 days after it
(a claim of 2020-11-08 is fresh on 11-08, 11-09 and 11-10): only fresh claims can contest the
standing claim (see claimed_control)."""

# Language knowledge for reading the holder. It belongs in data/lexicon/ like the other claim
# words; it is kept here until a control_words table is added there (keys, folded).
_FORCE_NOUNS = frozenset(normalise_key(w) for w in ("قوات", "جيش", "وحدات", "كتائب"))
"""Nouns naming armed forces: «القوات الأرمينية»، «وحدات الجيش الأذربيجاني»."""
_OWN_FORCES = frozenset(noun + suffix for noun in _FORCE_NOUNS for suffix in ("ها", "نا", "ه"))
"""Forces owned by the speaker: «انسحاب قواتها من شوشا» (its forces), «جيشنا» (our army)."""
_LOSS_STEMS = tuple(normalise_key(w) for w in (
    "انسحب", "انسحاب", "سحب", "سلمت", "سلمنا", "تسليم", "غادر", "خسارة", "خسر", "فقدان", "فقدت", "فقدنا",
))
"""Word beginnings that report a side losing a place (withdrawal, handover, loss):
«بخسارة السيطرة على مدينة شوشا» said by the Karabakh authorities means azerbaijan holds it.
Not «فقد» alone: it is mostly ف + قد («فقد أعلنت»)."""
_NATIONALITY_GAP = 2
"""How many words after a force noun may give its nationality: «القوات المسلحة الأذربيجانية»."""
_LOSS_REACH = 3
"""How many words on either side of a loss word may name the forces that lost the place."""


@dataclass(frozen=True)
class ControlEvent:
    """One control claim about one place. ``holder`` is the side the claim says holds the place
    (None when it cannot be told, e.g. a third party naming no side's forces)."""

    place_id: str
    date: dt.date
    side: str
    polarity: str
    holder: str | None
    text: str
    speaker: str | None
    speaker_en: str | None
    claim_id: str
    article_id: str
    title: str | None
    outlet: str | None
    url: str | None


@dataclass(frozen=True)
class ControlState:
    """What the claims say about one place on a day: ``state`` is "armenia", "azerbaijan" or
    "contested"; ``events`` are the claims that decided it, oldest first."""

    place_id: str
    state: str
    events: tuple[ControlEvent, ...]

    @property
    def contested(self) -> bool:
        return self.state == "contested"


@dataclass(frozen=True)
class Step:
    """One claim in a place's sequence: ``label`` is "claimed", "denied", "confirmed" or "repeated"
    (see control_sequence)."""

    label: str
    event: ControlEvent


def holder_of(text: str, side: str, polarity: str, speaker_span: tuple[int, int] | None = None) -> str | None:
    """The side a control claim says holds its place ("armenia", "azerbaijan" or None).

    ``speaker_span`` is the speaker's offsets inside ``text`` (its words name the speaker, not the
    forces). An asserted claim names as holder:
    - when a loss word (withdrawal, handover, loss) is in the text, the opponent of the forces
      named next to it («انسحاب القوات الأرمينية» -> azerbaijan), else of the speaker's side
      («أقر المتحدث باسم رئيس إقليم قره باغ بخسارة السيطرة على شوشا» -> azerbaijan);
    - else the first forces the text names with a nationality («قال الكرملين إن القوات
      الأذربيجانية سيطرت على شوشا» -> azerbaijan), else the speaker's side.
    A denial by armenia or azerbaijan says the opponent does not hold the place, so the denier's
    side is the holder («نفت وزارة الدفاع الأرمينية سقوط شوشا» -> armenia); a denial by anyone else
    names the opponent of what the denied statement would say.
    """
    return _holder(text, side, polarity, speaker_span)


@lru_cache(maxsize=65_536)
def _holder(text: str, side: str, polarity: str, speaker_span: tuple[int, int] | None) -> str | None:
    if polarity == "deny" and side in HOLDERS:
        return side
    tokens = [t for t in find_tokens(text)
              if speaker_span is None or not (speaker_span[0] <= t.start and t.end <= speaker_span[1])]
    loss_at = next((i for i, t in enumerate(tokens) if _is_loss_word(t)), None)
    if loss_at is not None:
        loser = _forces_near(tokens, loss_at, side) or side
        stated = _OPPONENT.get(loser)
    else:
        actor = next((s for i in range(len(tokens)) if (s := _forces_at(tokens, i, side))), None) or side
        stated = actor if actor in HOLDERS else None
    if polarity == "deny":
        return _OPPONENT.get(stated or "")
    return stated


def _is_loss_word(token: Token) -> bool:
    return any(stem.startswith(_LOSS_STEMS) for _, stem, _ in iter_stems(token.key))


def _forces_at(tokens: Sequence[Token], i: int, speaker_side: str) -> str | None:
    """The side of the forces named at token ``i`` («القوات الأرمينية»، «قواتها»), or None."""
    stems = [stem for _, stem, _ in iter_stems(tokens[i].key)]
    if any(stem in _OWN_FORCES for stem in stems):
        return speaker_side
    if not any(stem in _FORCE_NOUNS or stem.removeprefix("ال") in _FORCE_NOUNS for stem in stems):
        return None
    nationalities = load_claim_words().nationalities
    for follower in tokens[i + 1:i + 1 + _NATIONALITY_GAP]:
        for _, stem, _ in iter_stems(follower.key):
            side = nationalities.get(stem.removeprefix("ال"))
            if side:
                return side
    return None


def _forces_near(tokens: Sequence[Token], at: int, speaker_side: str) -> str | None:
    """The forces named nearest a loss word: after it first («انسحاب القوات الأرمينية»), then
    before it («القوات الأرمينية انسحبت»)."""
    after = range(at + 1, min(len(tokens), at + 1 + _LOSS_REACH))
    before = range(at - 1, max(-1, at - 1 - _LOSS_REACH), -1)
    for i in (*after, *before):
        side = _forces_at(tokens, i, speaker_side)
        if side:
            return side
    return None


def control_events(
    conn: Connection, place_id: str | None = None, *, until: dt.date | None = None
) -> list[ControlEvent]:
    """Every control claim linked to a place (or to ``place_id``), dated on or before ``until``
    when given, oldest first (see the module docstring for the order). Claims with no known date
    are left out."""
    cond: list[ColumnElement[bool]] = [claim_places.c.type == "control", claim_places.c.when_date > UNKNOWN_DATE]
    if place_id is not None:
        cond.append(claim_places.c.place_id == place_id)
    if until is not None:
        cond.append(claim_places.c.when_date <= until)
    rows = conn.execute(
        select(claim_places.c.place_id, claim_places.c.when_date, claims.c.side, claims.c.polarity,
               claims.c.text, claims.c.start, claims.c.speaker, claims.c.speaker_en, claims.c.speaker_start,
               claims.c.speaker_end, claims.c.claim_id, articles.c.article_id, articles.c.title,
               articles.c.outlet, articles.c.url, articles.c.published)
        .select_from(claim_places.join(claims, claims.c.pk == claim_places.c.claim_pk)
                     .join(articles, articles.c.article_key == claims.c.article_key))
        .where(and_(*cond))
    ).mappings().all()
    keyed = sorted(((_order_key(r), _event(r)) for r in rows), key=lambda pair: pair[0])
    return [event for _, event in keyed]


def _order_key(r: Any) -> tuple[dt.date, dt.date, str, int, str]:
    published = as_date(r["published"]) if r["published"] is not None else UNKNOWN_DATE
    return (as_date(r["when_date"]), published, r["article_id"], int(r["start"]), r["place_id"])


def _event(r: Any) -> ControlEvent:
    span = None
    if r["speaker_start"] is not None and r["speaker_end"] is not None and r["speaker_start"] >= 0:
        span = (int(r["speaker_start"]) - int(r["start"]), int(r["speaker_end"]) - int(r["start"]))
    return ControlEvent(
        place_id=r["place_id"], date=as_date(r["when_date"]), side=r["side"], polarity=r["polarity"],
        holder=holder_of(r["text"], r["side"], r["polarity"], span), text=r["text"], speaker=r["speaker"],
        speaker_en=r["speaker_en"], claim_id=r["claim_id"], article_id=r["article_id"], title=r["title"],
        outlet=r["outlet"], url=r["url"],
    )


def claimed_control(conn: Connection, on: dt.date) -> dict[str, ControlState]:
    """The claimed holder of every place with control claims (that name a holder) on or before ``on``.

    The rule, per place:
    1. Each speaking side's *position* is its latest control claim on or before ``on``.
    2. The *standing claim* is the latest assertion among the positions (an assertion reports a
       change, so the newest one stands until contradicted); with no assertion, the latest
       position (a denier says it still holds the place).
    3. A position is *fresh* when dated within the CONTESTED_DAYS days ending on ``on``
       (``on - date < CONTESTED_DAYS``). The *live* positions are the fresh ones and the
       standing claim.
    4. The place is "contested" when the live positions name both armenia and azerbaijan as
       holder: a fresh claim contradicts a fresh one or the standing claim. So a denial that is
       not renewed lapses after CONTESTED_DAYS, and a side that later admits the loss ends its
       own denial.
    5. Otherwise its state is the standing claim's holder.
    ``events``: when contested, the live positions; else the positions that name the holder.
    Examples: Azerbaijan claims Jabrayil on 10-09 and Armenia denies it the same day: contested
    on 10-09..10-11, azerbaijan from 10-12. Azerbaijan claims Shusha on 11-08, Armenia denies it
    on 11-08 and admits its loss on 11-09: contested on 11-08, azerbaijan from 11-09.
    """
    by_place: dict[str, dict[str, tuple[int, ControlEvent]]] = defaultdict(dict)
    for i, event in enumerate(control_events(conn, until=on)):
        if event.holder is not None:
            by_place[event.place_id][event.side] = (i, event)  # oldest first: the latest one stays
    return {place_id: _state(place_id, [e for _, e in sorted(by_side.values(), key=lambda pair: pair[0])], on)
            for place_id, by_side in by_place.items()}


def _state(place_id: str, positions: Sequence[ControlEvent], on: dt.date) -> ControlState:
    """The state of one place from its sides' positions (oldest first); see claimed_control."""
    assertions = [e for e in positions if e.polarity != "deny"]
    standing = assertions[-1] if assertions else positions[-1]
    live = [e for e in positions if (on - e.date).days < CONTESTED_DAYS or e is standing]
    if {e.holder for e in live} >= set(HOLDERS):
        return ControlState(place_id, "contested", tuple(live))
    return ControlState(place_id, standing.holder or "", tuple(e for e in positions if e.holder == standing.holder))


def control_sequence(conn: Connection, place_id: str) -> list[Step]:
    """One place's control claims (those that name a holder), oldest first, each labelled:

    - "claimed": the first assertion that a side holds the place, or an assertion naming another
      holder made CONTESTED_DAYS or more after the current claim's latest support (a new claim);
    - "denied": a denial of the current claim, or an assertion naming another holder within
      CONTESTED_DAYS of the current claim's latest support (the other side asserting otherwise);
      also a denial when nothing was claimed yet;
    - "confirmed": a later claim by a different side than the claimant agreeing that the claimed
      side holds it (the other side admitting the loss, a third party such as turkey or russia);
    - "repeated": the claimant's side saying it again.
    "Support" is the date of the latest claimed, confirmed or repeated step.
    """
    steps: list[Step] = []
    holder: str | None = None
    claimant = ""
    support = UNKNOWN_DATE
    for event in control_events(conn, place_id):
        if event.holder is None:
            continue
        if holder is not None and event.holder == holder:
            label = "repeated" if event.side == claimant else "confirmed"
            support = event.date
        elif event.polarity == "deny" or (holder is not None and (event.date - support).days < CONTESTED_DAYS):
            label = "denied"
        else:
            label, holder, claimant, support = "claimed", event.holder, event.side, event.date
        steps.append(Step(label, event))
    return steps
