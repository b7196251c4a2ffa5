"""The optional online fallback: OpenStreetMap's Nominatim through geopy.

Owns: looking up names that no offline layer knows (the resolver's
unresolved candidates), at most one request per second, with a persistent
SQLite cache that stores misses too, so a name is asked once. It is off
unless the user turns it on (``--online`` with a user agent, or
GEO_NOMINATIM_USER_AGENT), and it is never called in tests.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from geo.errors import GeocoderError
from geo.model import ArticleResult, Mention, Place
from geo.text.keys import normalise_phrase

log = logging.getLogger(__name__)

MIN_INTERVAL_S = 1.0
"""Nominatim's usage policy: no more than one request per second."""


class NominatimGeocoder:
    """Rate-limited, cached Nominatim look-ups returning Places (layer 'online')."""

    def __init__(
        self,
        user_agent: str,
        cache_path: str | Path,
        *,
        timeout: float = 10.0,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if not user_agent or not user_agent.strip():
            raise GeocoderError(
                "the online geocoder needs a user agent that identifies you (Nominatim's policy); "
                "set GEO_NOMINATIM_USER_AGENT='your-app/1.0 (you@example.org)' or pass --user-agent"
            )
        self.user_agent = user_agent
        self.timeout = timeout
        self._clock = clock
        self._sleep = sleep
        self._last = -MIN_INTERVAL_S
        self._client = None
        path = Path(cache_path)
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(str(path))
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS lookups (key TEXT PRIMARY KEY, found INTEGER NOT NULL, "
            "lat REAL, lon REAL, name TEXT, osm_type TEXT, fetched_at REAL NOT NULL)"
        )
        self._db.commit()

    def cached(self, name: str) -> tuple[bool, Place | None]:
        """(known, place): whether the name was looked up before, and what was found."""
        key = normalise_phrase(name)
        row = self._db.execute("SELECT found, lat, lon, name, osm_type FROM lookups WHERE key = ?", (key,)).fetchone()
        if row is None:
            return False, None
        found, lat, lon, display, osm_type = row
        return True, (_place(key, name, lat, lon, display, osm_type) if found else None)

    def geocode(self, name: str) -> Place | None:
        known, place = self.cached(name)
        if known:
            return place
        key = normalise_phrase(name)
        wait = self._last + MIN_INTERVAL_S - self._clock()
        if wait > 0:
            self._sleep(wait)
        self._last = self._clock()
        try:
            location = self._nominatim().geocode(name, exactly_one=True, language="en", timeout=self.timeout)
        except Exception as err:  # geopy raises many types; none may stop a batch
            log.warning("online geocoder failed for %r: %s", name, err)
            return None
        if location is None:
            self._store(key, None)
            return None
        raw = getattr(location, "raw", {}) or {}
        self._store(key, (location.latitude, location.longitude, location.address, raw.get("type", "")))
        return _place(key, name, location.latitude, location.longitude, location.address, raw.get("type", ""))

    def _nominatim(self):  # type: ignore[no-untyped-def]
        if self._client is None:
            from geopy.geocoders import Nominatim

            self._client = Nominatim(user_agent=self.user_agent, timeout=self.timeout)
        return self._client

    def _store(self, key: str, hit: tuple[float, float, str, str] | None) -> None:
        with self._db:
            if hit is None:
                self._db.execute(
                    "INSERT OR REPLACE INTO lookups VALUES (?, 0, NULL, NULL, NULL, NULL, ?)", (key, time.time())
                )
            else:
                self._db.execute(
                    "INSERT OR REPLACE INTO lookups VALUES (?, 1, ?, ?, ?, ?, ?)", (key, *hit, time.time())
                )

    def close(self) -> None:
        self._db.close()


def _place(key: str, name: str, lat: float, lon: float, display: str | None, osm_type: str | None) -> Place:
    return Place(
        place_id=f"osm:{key.replace(' ', '_')}",
        name=(display or name).split(",")[0],
        name_ar=name,
        lat=float(lat),
        lon=float(lon),
        kind="village" if osm_type in ("village", "hamlet") else "town",
        source=f"Nominatim (OpenStreetMap): {display or ''}",
        layer="online",
    )


def resolve_unresolved(result: ArticleResult, lookup: Callable[[str], Place | None]) -> ArticleResult:
    """Turn unresolved candidates into mentions where the online geocoder knows them."""
    text = result.article.text
    still = []
    mentions = list(result.mentions)
    for span in result.unresolved:
        place = lookup(text[span.start:span.end])
        if place is None:
            still.append(span)
        else:
            mentions.append(Mention(span.start, span.end, text[span.start:span.end], place, "context", 0.5))
    mentions.sort(key=lambda m: m.start)
    return replace(result, mentions=tuple(mentions), unresolved=tuple(still))
