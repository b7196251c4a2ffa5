"""Scoring extracted place mentions against hand annotations.

Owns: the annotation file format (tests/data/*/*.json: mentions with start,
end, surface, name, lat, lon, kind, role) and the metric: a predicted mention
is right when its span overlaps an annotated one and its coordinates lie
within the tolerance of the annotated coordinates (10 km for towns and
features, more for regions and countries, whose representative points differ
between sources). Precision, recall and F1 count mentions; errors are listed
so that a failing score can be read like a diff.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from geo.errors import DataFileError
from geo.model import Mention
from geo.places.resolver import distance_km

TOLERANCE_KM = {"country": 800.0, "region": 150.0, "province": 60.0, "district": 40.0, "sea": 400.0}
DEFAULT_TOLERANCE_KM = 10.0


@dataclass(frozen=True)
class GoldMention:
    start: int
    end: int
    surface: str
    name: str
    lat: float
    lon: float
    kind: str
    role: str


@dataclass
class Score:
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0
    role_agree: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        gold = self.true_positives + self.false_negatives
        return self.true_positives / gold if gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def role_accuracy(self) -> float:
        return self.role_agree / self.true_positives if self.true_positives else 1.0

    def add(self, other: Score) -> None:
        self.true_positives += other.true_positives
        self.false_positives += other.false_positives
        self.false_negatives += other.false_negatives
        self.role_agree += other.role_agree
        self.errors.extend(other.errors)


ROLE_ALIASES = {"location": "context"}
"""Older annotation files say 'location' for what docs/annotation.md calls 'context'."""


def load_gold(path: str | Path) -> tuple[dict, list[GoldMention]]:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    mentions = [
        GoldMention(m["start"], m["end"], m["surface"], m["name"], float(m["lat"]), float(m["lon"]),
                    m.get("kind", ""), ROLE_ALIASES.get(m.get("role", ""), m.get("role", "")))
        for m in data.get("mentions", [])
    ]
    return data, mentions


def tolerance_km(kind: str) -> float:
    return TOLERANCE_KM.get(kind, DEFAULT_TOLERANCE_KM)


SETTLEMENTS = frozenset({"city", "town", "village"})


def same_level(kind: str, other: str) -> bool:
    """Whether places of these kinds can be one place: a country is one only with a country, and a
    region never with a town inside it (Stepanakert lies a few km from Karabakh's representative
    point). A district and its town share a name and pass, as annotators write either."""
    if "country" in (kind, other):
        return kind == other
    return not ("region" in (kind, other) and (kind in SETTLEMENTS or other in SETTLEMENTS))


def near(lat: float, lon: float, kind: str, place: Any, name: str = "") -> bool:
    """An annotated place (lat, lon, kind; its English ``name``) and a predicted one: the same, within the
    tolerance. Two countries that both have a name are the same when the names are, wherever their points lie;
    of different names, they must lie as close as two points of a region: neighbours (Armenia and Azerbaijan,
    210 km apart) are closer than a country's 800 km tolerance, which was set for the points annotators pick."""
    if name and kind == "country" and place.kind == "country" and getattr(place, "name", ""):
        if name.strip().casefold() == place.name.strip().casefold():
            return True  # (a state's representative point is a choice: annotators put the Soviet Union in Moscow or Siberia)
        return distance_km(lat, lon, place.lat, place.lon) <= TOLERANCE_KM["region"]  # (one state, two names: one point)
    return (same_level(kind, place.kind)
            and distance_km(lat, lon, place.lat, place.lon) <= tolerance_km(kind if kind in TOLERANCE_KM else place.kind))


def score_mentions(predicted: Sequence[Mention], gold: Iterable[GoldMention], *, label: str = "") -> Score:
    """Match predictions to gold by overlapping span, then check the coordinates."""
    score = Score()
    unmatched = list(predicted)
    for g in sorted(gold, key=lambda m: m.start):
        hit = next((p for p in unmatched if p.start < g.end and g.start < p.end), None)
        if hit is None:
            score.false_negatives += 1
            score.errors.append(f"{label} missed {g.surface!r}@{g.start} ({g.name})")
            continue
        unmatched.remove(hit)
        if near(g.lat, g.lon, g.kind, hit.place, g.name):
            score.true_positives += 1
            if hit.role == g.role:
                score.role_agree += 1
        else:
            score.false_positives += 1
            score.false_negatives += 1
            score.errors.append(
                f"{label} wrong place {g.surface!r}@{g.start}: {hit.place.place_id} "
                f"({hit.place.lat:.3f},{hit.place.lon:.3f}) vs {g.name} ({g.lat:.3f},{g.lon:.3f})"
            )
    for p in unmatched:
        score.false_positives += 1
        score.errors.append(f"{label} false place {p.surface!r}@{p.start} -> {p.place.place_id}")
    return score


@dataclass
class PairScore:
    """Side-to-place links: the set of (side, place) pairs the claims of an article establish."""

    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0
    contested_found: int = 0
    contested_gold: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def f1(self) -> float:
        tp, fp, fn = self.true_positives, self.false_positives, self.false_negatives
        return 2 * tp / (2 * tp + fp + fn) if tp else 0.0

    @property
    def contested_recall(self) -> float:
        return self.contested_found / self.contested_gold if self.contested_gold else 1.0

    def add(self, other: PairScore) -> None:
        for name in ("true_positives", "false_positives", "false_negatives", "contested_found", "contested_gold"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.errors.extend(other.errors)


def match_most(options: dict) -> dict:
    """The most predicted pairs matched one-to-one with annotated ones (augmenting paths), each
    trying its nearest options first; ``options`` maps a predicted pair to the annotated pairs it
    may stand for, nearest first. Returns annotated pair -> predicted pair."""
    partner: dict = {}

    def place(p: Any, seen: set) -> bool:
        for g in options[p]:
            if g not in seen:
                seen.add(g)
                if g not in partner or place(partner[g], seen):
                    partner[g] = p
                    return True
        return False

    for p in options:
        place(p, set())
    return partner


def score_side_places(
    claims: Sequence, places: dict, contested: Sequence[str], gold: dict, gold_mentions: Sequence[GoldMention],
    *, label: str = "", typed: bool = False,
) -> PairScore:
    """Compare (side, place) links and contested places with an annotation file's claims; with
    ``typed``, (side, type, polarity, place) links: the claim's kind and its assert/deny must agree too.

    Gold places are named in English; they are located through the file's own mentions and
    matched by distance (the tolerance of their kind), so the two gazetteers need not share ids.
    """
    where: dict[str, tuple[float, float, str]] = {}
    for m in gold_mentions:
        where.setdefault(m.name, (m.lat, m.lon, m.kind))

    def head(side: str, kind: str, polarity: str) -> tuple[str, ...]:
        return (side, kind, polarity) if typed else (side,)

    gold_pairs = {
        (*head(c["side"], c.get("type", ""), c.get("polarity", "assert")), name)
        for c in gold.get("claims", []) if c["side"] not in ("none",)
        for name in c.get("places", []) if name in where
    }
    pred_pairs = {(*head(c.side, c.type, c.polarity), pid) for c in claims if c.side != "none"
                  for pid in c.place_ids if pid in places}

    def same(pid: str, name: str) -> bool:
        return near(*where[name], places[pid], name)

    def gap(pid: str, name: str) -> float:
        lat, lon, _kind = where[name]
        return distance_km(lat, lon, places[pid].lat, places[pid].lon)

    options = {p: [g for _gap, g in sorted((gap(p[-1], g[-1]), g) for g in gold_pairs
                                           if p[:-1] == g[:-1] and same(p[-1], g[-1]))]
               for p in sorted(pred_pairs)}
    partner = match_most(options)
    score = PairScore()
    score.true_positives = len(partner)
    matched_gold = set(partner)
    matched_pred = set(partner.values())
    for *key, pid in sorted(pred_pairs - matched_pred):
        score.false_positives += 1
        score.errors.append(f"{label} extra {'typed link' if typed else 'pair'} ({', '.join(key)}, {pid})")
    for g in sorted(gold_pairs - matched_gold):
        score.false_negatives += 1
        score.errors.append(f"{label} missed {'typed link' if typed else 'pair'} {g}")
    for name in gold.get("contested", []) if not typed else ():
        if name not in where:
            continue
        score.contested_gold += 1
        if any(same(pid, name) for pid in contested if pid in places):
            score.contested_found += 1
        else:
            score.errors.append(f"{label} missed contested {name}")
    return score


def side_agreement(claims: Sequence, gold: dict) -> tuple[int, int]:
    """(agreeing, compared): annotated claims that a predicted claim overlaps, and how many of
    those have a predicted claim with the same side (the reporter's narrative is not compared)."""
    agree = compared = 0
    for g in gold.get("claims", []):
        hits = [c for c in claims if c.start < g["end"] and g["start"] < c.end and c.side != "none"]
        if hits:
            compared += 1
            agree += any(c.side == g["side"] for c in hits)
    return agree, compared


@dataclass
class Evaluation:
    """Every measure of one annotated set: places, roles, claim links, typed links, contested places."""

    places: Score = field(default_factory=Score)
    links: PairScore = field(default_factory=PairScore)
    typed: PairScore = field(default_factory=PairScore)
    lines: list[str] = field(default_factory=list)

    def add(self, other: Evaluation) -> None:
        self.places.add(other.places)
        self.links.add(other.links)
        self.typed.add(other.typed)
        self.lines.extend(other.lines)

    def summary(self) -> str:
        p = self.places
        return (f"places P={p.precision:.3f} R={p.recall:.3f} F1={p.f1:.3f} role accuracy={p.role_accuracy:.3f}; "
                f"(side, place) F1={self.links.f1:.3f}; (side, type, polarity, place) F1={self.typed.f1:.3f}; "
                f"contested recall={self.links.contested_recall:.3f} "
                f"({self.links.contested_found}/{self.links.contested_gold})")


def evaluate_result(result: Any, places: dict, gold_path: str | Path) -> Evaluation:
    """Score one article's extraction (an ArticleResult) against its annotation file."""
    data, gold = load_gold(gold_path)
    label = data["file"]
    missing = {m.place.place_id: m.place for m in result.mentions if m.place.place_id not in places}
    if missing:  # a village of the settlements layer is no gazetteer entry, but a claim may be about it
        places = {**places, **missing}
    out = Evaluation()
    out.places = score_mentions(result.mentions, gold, label=label)
    out.links = score_side_places(result.claims, places, result.contested, data, gold, label=label)
    out.typed = score_side_places(result.claims, places, (), data, gold, label=label, typed=True)
    out.lines.append(f"{label:24s} {out.summary()}")
    return out


def result_from_record(record: dict) -> tuple[Any, dict]:
    """An article's record (as the store keeps it: mentions, claims, places, contested) in the shape
    evaluate_result scores, and its places by id: to score what analysts see, corrections included."""
    from types import SimpleNamespace as Row

    places = {p["place_id"]: Row(place_id=p["place_id"], name=p.get("name", ""), lat=p["lat"], lon=p["lon"], kind=p["kind"])
              for p in record["places"]}
    for m in record["mentions"]:
        places.setdefault(m["place_id"], Row(place_id=m["place_id"], name=m.get("name", ""), lat=m["lat"], lon=m["lon"],
                                             kind=m["kind"]))
    mentions = [Row(start=m["start"], end=m["end"], surface=m["surface"], role=m["role"], place=places[m["place_id"]])
                for m in record["mentions"]]
    claims = [Row(side=c["side"], type=c["type"], polarity=c["polarity"], place_ids=tuple(c["place_ids"]))
              for c in record["claims"]]
    return Row(mentions=mentions, claims=claims, contested=tuple(record["contested"])), places


def result_from_annotation(data: dict) -> tuple[Any, dict]:
    """A second annotator's file in the shape evaluate_result scores, and its places by English name:
    to measure how far two people agree under the same guideline (the ceiling of any measure)."""
    from types import SimpleNamespace as Row

    places: dict[str, Any] = {}
    for m in data.get("mentions", []):
        places.setdefault(m["name"], Row(place_id=m["name"], name=m["name"], lat=float(m["lat"]), lon=float(m["lon"]),
                                         kind=m.get("kind", "")))
    mentions = [Row(start=m["start"], end=m["end"], surface=m["surface"], place=places[m["name"]],
                    role=ROLE_ALIASES.get(m.get("role", ""), m.get("role", ""))) for m in data.get("mentions", [])]
    claims = [Row(side=c["side"], type=c.get("type", ""), polarity=c.get("polarity", "assert"),
                  place_ids=tuple(n for n in c.get("places", []) if n in places)) for c in data.get("claims", [])]
    contested = tuple(n for n in data.get("contested", []) if n in places)
    return Row(mentions=mentions, claims=claims, contested=contested), places


def evaluate_agreement(gold_dir: str | Path, other_dir: str | Path) -> Evaluation:
    """Score a second annotation of the same articles (files of the same names in ``other_dir``)
    against the first, measure by measure: inter-annotator agreement."""
    total = Evaluation()
    for gold_path in sorted(Path(gold_dir).glob("*.json")):
        other = Path(other_dir) / gold_path.name
        if not other.exists():
            raise FileNotFoundError(f"{other}: the second annotation of {gold_path.name} is missing; "
                                    f"annotate it or score a folder that holds the same files")
        result, places = result_from_annotation(json.loads(other.read_text(encoding="utf-8")))
        total.add(evaluate_result(result, places, gold_path))
    return total


def evaluate_folder(gold_dir: str | Path, gaz: Any, *, text_dir: str | Path | None = None) -> Evaluation:
    """Extract every article an annotation folder describes (each JSON file names its text file,
    beside it or in ``text_dir``; its ``published`` date is the article's) and score it."""
    import datetime as dt

    from geo.model import Article
    from geo.pipeline import extract

    total = Evaluation()
    for gold_path in sorted(Path(gold_dir).glob("*.json")):
        data = json.loads(gold_path.read_text(encoding="utf-8"))
        text = (Path(text_dir or gold_dir) / data["file"]).read_text(encoding="utf-8")
        try:
            published = dt.date.fromisoformat(data["published"]) if data.get("published") else None
        except ValueError as err:
            raise DataFileError(f"{gold_path}: \"published\" is {data['published']!r}, not a date: write it as "
                                f"YYYY-MM-DD (when the page gives no day, one inside the window its text allows, "
                                f"noted in the set's NOTES.md)") from err
        result = extract(Article(id=data["file"], text=text, published=published), gaz)
        total.add(evaluate_result(result, gaz.places, gold_path))
    return total
