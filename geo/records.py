"""JSON records of extraction results: the output contract of ``python -m geo extract``.

Owns the shape of one article's JSON object (documented in the README):
id, path, published, title, outlet, url, encoding, warnings,
extractor_version, excluded, mentions, places, unresolved, claims, contested. It does not
extract anything or write files.
"""

from __future__ import annotations

from typing import Any

from geo.model import ArticleResult, Claim, Place

EXTRACTOR_VERSION = "0.3.0"
"""Bump when extraction output can change for the same input (the store re-processes articles)."""


def place_record(place: Place) -> dict[str, Any]:
    return {
        "place_id": place.place_id,
        "name": place.name,
        "name_ar": place.name_ar,
        "alt_names": list(place.alt_names),
        "lat": place.lat,
        "lon": place.lon,
        "kind": place.kind,
        "country": place.country or None,
        "geonames_id": place.geonames_id,
        "source": place.source,
        "layer": place.layer,
    }


def article_record(result: ArticleResult) -> dict[str, Any]:
    art = result.article
    places: dict[str, Place] = {}
    mentions = []
    for m in result.mentions:
        places.setdefault(m.place.place_id, m.place)
        mentions.append(
            {
                "start": m.start,
                "end": m.end,
                "surface": m.surface,
                "place_id": m.place.place_id,
                "name": m.place.name,
                "name_ar": m.place.name_ar,
                "lat": m.place.lat,
                "lon": m.place.lon,
                "kind": m.place.kind,
                "role": m.role,
                "confidence": m.confidence,
            }
        )
    for place in result.implied:
        places.setdefault(place.place_id, place)
    return {
        "id": art.id,
        "path": art.path,
        "published": art.published.isoformat() if art.published else None,
        "title": art.title,
        "outlet": art.outlet,
        "url": art.url,
        "encoding": art.encoding,
        "warnings": list(art.warnings),
        "extractor_version": EXTRACTOR_VERSION,
        "excluded": [{"start": s.start, "end": s.end, "reason": s.reason} for s in result.excluded],
        "mentions": mentions,
        "places": [place_record(p) for p in places.values()],
        "unresolved": [
            {"start": u.start, "end": u.end, "surface": art.text[u.start:u.end]} for u in result.unresolved
        ],
        "claims": [claim_record(c) for c in result.claims],
        "contested": list(result.contested),
    }


def claim_record(claim: Claim) -> dict[str, Any]:
    return {
        "id": claim.id,
        "start": claim.start,
        "end": claim.end,
        "text": claim.text,
        "speaker": claim.speaker or None,
        "speaker_en": claim.speaker_en or None,
        "speaker_start": claim.speaker_start if claim.speaker else None,
        "speaker_end": claim.speaker_end if claim.speaker else None,
        "side": claim.side,
        "type": claim.type,
        "polarity": claim.polarity,
        "place_ids": list(claim.place_ids),
        "numbers": [{"value": f.value, "counts": f.counts, "text": f.text, "start": f.start, "end": f.end}
                    for f in claim.numbers],
        "date": claim.date.isoformat() if claim.date else None,
        "confidence": claim.confidence,
    }
