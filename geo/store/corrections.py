"""Analysts' corrections: a layer of their own beside the extracted rows, applied on every write.

Owns the corrections table's rows (who, when, why, against which text and extractor version),
what each kind of correction does to an article's record, and the JSON Lines form a team shares:

- claim   (article id, span, side): ``set`` fields (side, type, polarity, speaker, places),
          ``not_claim``, ``add`` (a claim the machine missed), ``confirm`` (marked reviewed);
- mention (article id, span): ``not_place``, ``set`` (another place), ``add`` (a missed place);
          the place is a stored or gazetteer place, carried whole in the correction (id, names,
          coordinates, kind), or a new place an analyst put on the map (an ``analyst:`` id);
- place   (place id): ``set`` its names or coordinates.

A correction is keyed by what it points at in the text (article id and offsets), never by a row
id: it survives re-ingesting the same text and a new extractor version, and is reported as
stale (not applied, not dropped) when the article's text has changed. The machine's original
values stay in each corrected claim row (``machine``) for audit.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from geo.claims.contested import claims_conflict
from geo.errors import GeoError
from geo.store.schema import (
    article_contested,
    claim_places,
    claims,
    corrections,
    mentions,
    places,
    unresolved,
)

KINDS = {"claim": ("set", "not_claim", "add", "confirm"), "mention": ("not_place", "set", "add"), "place": ("set",)}
CLAIM_FIELDS = ("side", "type", "polarity", "speaker", "place_ids")
PLACE_FIELDS = ("name", "name_ar", "lat", "lon")
MENTION_FIELDS = ("place_id", "name", "name_ar", "lat", "lon", "kind", "role")
ROLES = ("event", "venue", "actor", "context")  # the annotation guideline's four roles
NEW_PLACE_PREFIX = "analyst:"

class CorrectionError(GeoError, ValueError):
    """A correction that cannot be recorded as given."""


@dataclass(frozen=True)
class Correction:
    kind: str
    action: str
    author: str
    reason: str = ""
    article_id: str | None = None
    content_hash: str | None = None
    start: int | None = None
    end: int | None = None
    side: str | None = None
    place_id: str | None = None
    payload: dict[str, Any] = field(default_factory=dict)
    correction_id: str = ""
    created_at: str = ""
    extractor_version: str | None = None


def check(c: Correction) -> Correction:
    """The correction, with an id and a time, or a CorrectionError naming what is wrong."""
    if c.kind not in KINDS or c.action not in KINDS[c.kind]:
        raise CorrectionError(f"{c.kind}/{c.action} is not a correction; use one of "
                              + ", ".join(f"{k}/{a}" for k, acts in KINDS.items() for a in acts))
    if not c.author.strip():
        raise CorrectionError("a correction needs its author's name")
    if c.kind in ("claim", "mention") and (not c.article_id or c.start is None or c.end is None
                                            or not 0 <= c.start < c.end):
        raise CorrectionError(f"a {c.kind} correction needs its article's id and a span start < end")
    if c.kind == "place" and not c.place_id:
        raise CorrectionError("a place correction needs the place's id")
    allowed = {"claim": (*CLAIM_FIELDS, "confidence"), "mention": MENTION_FIELDS, "place": PLACE_FIELDS}[c.kind]
    unknown = set(c.payload) - set(allowed)
    if unknown:
        raise CorrectionError(f"unknown fields {sorted(unknown)} for a {c.kind} correction; allowed: {list(allowed)}")
    if c.kind == "mention" and c.action != "not_place" and not c.payload.get("place_id") \
            and not (c.action == "set" and c.payload.get("role")):
        raise CorrectionError(f"a mention/{c.action} correction needs the place it names (payload place_id)"
                              + (" or, for set, its role" if c.action == "set" else ""))
    if c.kind == "mention" and "role" in c.payload and c.payload["role"] not in ROLES:
        raise CorrectionError(f"role {c.payload['role']!r} is not a role; use one of {', '.join(ROLES)}")
    if c.kind == "mention" and str(c.payload.get("place_id", "")).startswith(NEW_PLACE_PREFIX) \
            and not (c.payload.get("name") and "lat" in c.payload and "lon" in c.payload):
        raise CorrectionError("a new place needs its name and coordinates (payload name, lat, lon)")
    if c.kind in ("place", "mention") and any(k in c.payload for k in ("lat", "lon")):
        lat, lon = float(c.payload.get("lat", 0)), float(c.payload.get("lon", 0))
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise CorrectionError(f"coordinates {lat}, {lon} are out of range (lat -90..90, lon -180..180)")
    return Correction(**{**asdict(c), "correction_id": c.correction_id or uuid.uuid4().hex,
                         "created_at": c.created_at or dt.datetime.now(dt.UTC).replace(tzinfo=None).isoformat()})


def record_correction(conn: Connection, c: Correction) -> Correction:
    """Store a correction (checked). Two analysts correcting at once each add their own row."""
    c = check(c)
    values = asdict(c)
    values["payload"] = json.dumps(c.payload, ensure_ascii=False, sort_keys=True)
    values["created_at"] = dt.datetime.fromisoformat(c.created_at)
    existing = conn.execute(select(corrections.c.pk).where(corrections.c.correction_id == c.correction_id)).first()
    if existing is None:
        conn.execute(corrections.insert().values(**values))
    return c


def list_corrections(conn: Connection, *, article_ids: Iterable[str] | None = None,
                     kind: str | None = None) -> list[Correction]:
    """Corrections, oldest first (a later one on the same target wins when applied)."""
    query = select(corrections).order_by(corrections.c.created_at, corrections.c.pk)
    if article_ids is not None:
        query = query.where(corrections.c.article_id.in_(list(article_ids)))
    if kind is not None:
        query = query.where(corrections.c.kind == kind)
    out = []
    for r in conn.execute(query).mappings():
        out.append(Correction(**{k: r[k] for k in ("kind", "action", "author", "reason", "article_id",
                                                   "content_hash", "start", "end", "side", "place_id",
                                                   "correction_id", "extractor_version")},
                              payload=json.loads(r["payload"]), created_at=r["created_at"].isoformat()))
    return out


def to_jsonl(items: Sequence[Correction]) -> str:
    return "".join(json.dumps(asdict(c), ensure_ascii=False, sort_keys=True) + "\n" for c in items)


def from_jsonl(text: str, *, name: str = "<corrections>") -> list[Correction]:
    """Corrections from JSON Lines; a bad line raises CorrectionError naming its line."""
    out = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
            out.append(check(Correction(**data)))
        except (ValueError, TypeError) as err:
            raise CorrectionError(f"{name}:{number}: {err}; each line is one JSON object as "
                                  "'geo corrections export' writes") from err
    return out


def apply_corrections(record: dict[str, Any], items: Sequence[Correction],
                      places: dict[str, dict[str, Any]]) -> tuple[dict[str, Any], list[Correction]]:
    """The record with the article's corrections applied, and the corrections that no longer fit
    its text (stale: made against another version of it). ``places`` gives the place rows a
    correction may point a mention or a claim to (id -> place record)."""
    stale = [c for c in items if c.content_hash and c.content_hash != record.get("content_hash")]
    live = [c for c in items if c not in stale]
    claims = [dict(c, reviewed=False, machine=None) for c in record["claims"]]
    mentions = [dict(m) for m in record["mentions"]]
    unresolved_names = [dict(u) for u in record.get("unresolved", ())]
    used = {p["place_id"]: p for p in record["places"]}
    places = {**places, **{p["place_id"]: p for c in live if (p := carried_place(c)) and p["place_id"] not in places}}
    for c in live:
        if c.kind == "claim":
            claims = _claim(claims, c, record)
        elif c.kind == "mention":
            before = mentions
            mentions = _mention(mentions, c, places, record)
            claims = _relink(claims, c, before, mentions)
            unresolved_names = [u for u in unresolved_names if not _overlaps(u, c)]
        for pid in [*c.payload.get("place_ids", ()), c.payload.get("place_id")]:
            if pid and pid in places:
                used.setdefault(pid, places[pid])
    out = dict(record, claims=claims, mentions=mentions, places=list(used.values()), unresolved=unresolved_names)
    out["contested"] = contested_of(claims)
    return out, stale


def carried_place(c: Correction) -> dict[str, Any] | None:
    """The place record a mention correction carries (a gazetteer place or an analyst's new place),
    so that it applies in a store that has never seen that place."""
    p = c.payload
    if c.kind != "mention" or not p.get("place_id") or not p.get("name") or "lat" not in p or "lon" not in p:
        return None
    return {"place_id": p["place_id"], "name": p["name"], "name_ar": p.get("name_ar") or p["name"], "alt_names": [],
            "lat": float(p["lat"]), "lon": float(p["lon"]), "kind": p.get("kind") or "village", "country": None,
            "geonames_id": None, "source": "analyst" if p["place_id"].startswith(NEW_PLACE_PREFIX) else None,
            "layer": None}


def place_payload(place: dict[str, Any]) -> dict[str, Any]:
    """What a mention correction carries of the place it names (the fields carried_place reads)."""
    return {k: place[k] for k in ("place_id", "name", "name_ar", "lat", "lon", "kind")}


def new_place_id(name: str, lat: float, lon: float) -> str:
    """An id for a place an analyst adds: the prefix and a digest of its name and coordinates
    (to about 100 m), so that the same place added twice is one place."""
    import hashlib

    key = f"{name.strip()}|{lat:.3f}|{lon:.3f}"
    return NEW_PLACE_PREFIX + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def _claim(claims: list[dict[str, Any]], c: Correction, record: dict[str, Any]) -> list[dict[str, Any]]:
    def target(x: dict[str, Any]) -> bool:
        sides = (x["side"], (x["machine"] or {}).get("side"))  # as corrected, or as the machine said
        return x["start"] == c.start and x["end"] == c.end and (c.side is None or c.side in sides)

    if c.action == "not_claim":
        return [x for x in claims if not target(x)]
    if c.action == "add":
        fields = {"side": "other", "type": "other", "polarity": "assert", "speaker": "", "place_ids": []} | c.payload
        text = record["text"][c.start:c.end]
        return [*claims, {"id": f"{record['id']}:c-{c.correction_id[:12]}", "start": c.start, "end": c.end,
                          "text": text, "speaker": fields["speaker"], "speaker_en": "", "side": fields["side"],
                          "type": fields["type"], "polarity": fields["polarity"], "place_ids": list(fields["place_ids"]),
                          "numbers": [], "date": None, "confidence": 1.0, "speaker_start": None,
                          "speaker_end": None, "reviewed": True, "machine": None}]
    out = []
    for x in claims:
        if target(x):
            machine = x["machine"] or {k: x[k] for k in CLAIM_FIELDS}
            x = dict(x, **{k: (list(v) if k == "place_ids" else v) for k, v in c.payload.items()},
                     reviewed=True, machine=machine)
        out.append(x)
    return out


def _mention(mentions: list[dict[str, Any]], c: Correction, places: dict[str, dict[str, Any]],
             record: dict[str, Any]) -> list[dict[str, Any]]:
    def target(m: dict[str, Any]) -> bool:
        return _overlaps(m, c)

    if c.action == "not_place":
        return [m for m in mentions if not target(m)]
    role = c.payload.get("role")
    if c.action == "set" and not c.payload.get("place_id"):  # the role alone
        return [dict(m, role=role, reviewed=True) if target(m) else m for m in mentions]
    place = places.get(c.payload.get("place_id", ""))
    if place is None:
        return mentions  # a place the gazetteer no longer has: nothing to point at
    if c.action == "add":
        return sorted([*[m for m in mentions if not target(m)],
                       {"start": c.start, "end": c.end, "surface": record["text"][c.start:c.end],
                        "place_id": place["place_id"], "name": place["name"], "name_ar": place["name_ar"],
                        "lat": place["lat"], "lon": place["lon"], "kind": place["kind"], "role": role or "event",
                        "confidence": 1.0, "reviewed": True}], key=lambda m: m["start"])
    return [dict(m, place_id=place["place_id"], name=place["name"], name_ar=place["name_ar"], lat=place["lat"],
                 lon=place["lon"], kind=place["kind"], role=role or m["role"], confidence=1.0, reviewed=True)
            if target(m) else m for m in mentions]


def _overlaps(span: dict[str, Any], c: Correction) -> bool:
    """Does a mention's or unresolved name's span overlap the correction's?"""
    return span["start"] < (c.end or 0) and (c.start or 0) < span["end"]


def _relink(claims: list[dict[str, Any]], c: Correction, before: list[dict[str, Any]],
            after: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Claims whose sentence holds a corrected mention follow it: a place no longer named in the
    claim's span leaves its places, the place the mention now names joins them (claims with a side)."""
    def named(ms: list[dict[str, Any]], claim: dict[str, Any]) -> set[str]:
        return {m["place_id"] for m in ms if claim["start"] <= m["start"] < claim["end"]}

    out = []
    for claim in claims:
        if claim["start"] <= (c.start or 0) < claim["end"]:
            gone = named(before, claim) - named(after, claim)
            new = [] if claim["side"] == "none" else sorted(named(after, claim) - named(before, claim))
            ids = [pid for pid in claim["place_ids"] if pid not in gone]
            ids += [pid for pid in new if pid not in ids]
            if ids != list(claim["place_ids"]):
                claim = dict(claim, place_ids=ids)
        out.append(claim)
    return out


def contested_of(claims: Sequence[dict[str, Any]]) -> list[str]:
    """Places the (corrected) claims of one article contest, by the extractor's rule."""
    by_place: dict[str, list[dict[str, Any]]] = {}
    for c in claims:
        if c["side"] in ("none", "other"):
            continue
        for pid in c["place_ids"]:
            by_place.setdefault(pid, []).append(c)
    return [pid for pid, group in by_place.items()
            if any(claims_conflict(a["type"], a["polarity"], bool(a["numbers"]), b["type"], b["polarity"],
                                   bool(b["numbers"]), {a["side"], b["side"]}) for i, a in enumerate(group) for b in group[i + 1:]
                   if a["side"] != b["side"])]


def place_overrides(conn: Connection) -> dict[str, dict[str, Any]]:
    """place id -> the corrected names or coordinates (the latest correction of each field wins)."""
    out: dict[str, dict[str, Any]] = {}
    for c in list_corrections(conn, kind="place"):
        out.setdefault(c.place_id or "", {}).update(c.payload)
    return out


def stale_corrections(conn: Connection) -> list[Correction]:
    """Corrections made against a text their article no longer has (or an article no longer stored):
    kept, not applied, and reported so that an analyst can look again."""
    from geo.store.schema import articles

    current = {a: h for a, h in conn.execute(select(articles.c.article_id, articles.c.content_hash))}
    return [c for c in list_corrections(conn) if c.kind != "place"
            and (c.article_id not in current or (c.content_hash and c.content_hash != current[c.article_id]))]


def stored_record(conn: Connection, key: str) -> dict[str, Any]:
    """An article's record rebuilt from its rows (for articles stored before the machine's record was kept)."""
    links: dict[int, list[str]] = {}
    for pk, pid in conn.execute(select(claim_places.c.claim_pk, claim_places.c.place_id)
                                .join(claims, claims.c.pk == claim_places.c.claim_pk).where(claims.c.article_key == key)):
        links.setdefault(pk, []).append(pid)
    claim_rows = [dict(r._mapping) for r in conn.execute(select(claims).where(claims.c.article_key == key))]
    mention_rows = [dict(r._mapping) for r in conn.execute(select(mentions).where(mentions.c.article_key == key))]
    place_ids = {m["place_id"] for m in mention_rows} | {p for ids in links.values() for p in ids}
    place_rows = [dict(r._mapping, alt_names=json.loads(r.alt_names or "[]"))
                  for r in conn.execute(select(places).where(places.c.place_id.in_(place_ids)))]
    by_id = {p["place_id"]: p for p in place_rows}
    return {
        "claims": [{"id": c["claim_id"], "start": c["start"], "end": c["end"], "text": c["text"], "speaker": c["speaker"],
                    "speaker_en": c["speaker_en"], "side": c["side"], "type": c["type"], "polarity": c["polarity"],
                    "place_ids": links.get(c["pk"], []), "numbers": json.loads(c["numbers"] or "[]"),
                    "date": _iso_date(c["event_date"]), "confidence": c["confidence"], "speaker_start": c["speaker_start"],
                    "speaker_end": c["speaker_end"]} for c in claim_rows],
        "mentions": [{**{k: m[k] for k in ("start", "end", "surface", "place_id", "role", "confidence")},
                      **{k: by_id[m["place_id"]][k] for k in ("name", "name_ar", "lat", "lon", "kind")}}
                     for m in mention_rows if m["place_id"] in by_id],
        "places": place_rows,
        "contested": [r[0] for r in conn.execute(select(article_contested.c.place_id)
                                                 .where(article_contested.c.article_key == key))],
        "unresolved": [{"start": u.start, "end": u.end, "surface": u.surface}
                       for u in conn.execute(select(unresolved).where(unresolved.c.article_key == key))],
    }


def _iso_date(value: Any) -> str | None:
    return value.isoformat() if isinstance(value, dt.date) else value
