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

from geo.model import Mention
from geo.resolver import distance_km

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


def load_gold(path: str | Path) -> tuple[dict, list[GoldMention]]:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    mentions = [
        GoldMention(m["start"], m["end"], m["surface"], m["name"], float(m["lat"]), float(m["lon"]),
                    m.get("kind", ""), m.get("role", ""))
        for m in data.get("mentions", [])
    ]
    return data, mentions


def tolerance_km(kind: str) -> float:
    return TOLERANCE_KM.get(kind, DEFAULT_TOLERANCE_KM)


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
        kind = g.kind if g.kind in TOLERANCE_KM else hit.place.kind
        if distance_km(g.lat, g.lon, hit.place.lat, hit.place.lon) <= tolerance_km(kind):
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
