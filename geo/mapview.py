"""Building the Folium map of an article's places, with every untrusted string escaped.

Owns: the map (one marker per place, sized by its mentions, coloured by its
strongest role), the escaping of text for Folium's tooltips (which insert
text as raw HTML inside JavaScript template strings), and the single
lat/lon -> Leaflet order decision. It never imports streamlit.
"""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Sequence

import folium

from geo.model import Mention, Place

ROLE_COLOURS = {"event": "#c0392b", "venue": "#2471a3", "actor": "#7d3c98", "context": "#7f8c8d"}
THEATRE_CENTRE = (39.8, 46.7)  # lat, lon


def escape_for_map(text: str) -> str:
    """Text safe inside Folium's HTML-in-JavaScript-template-string: HTML entities, then \\ ` $."""
    escaped = html.escape(text, quote=True)
    return escaped.replace("\\", "&#92;").replace("`", "&#96;").replace("$", "&#36;")


def place_label(place: Place) -> str:
    """'Stepanakert / Khankendi — ستيباناكيرت' style label (plain text, not escaped)."""
    latin = [place.name] + [n for n in place.alt_names if n.isascii()][:1]
    return f"{' / '.join(dict.fromkeys(latin))} — {place.name_ar}"


def build_place_map(mentions: Sequence[Mention]) -> folium.Map:
    """A map with one circle marker per place mentioned."""
    counts = Counter(m.place.place_id for m in mentions)
    roles: dict[str, Counter[str]] = {}
    places: dict[str, Place] = {}
    for m in mentions:
        places[m.place.place_id] = m.place
        roles.setdefault(m.place.place_id, Counter())[m.role] += 1
    fmap = folium.Map(location=list(THEATRE_CENTRE), zoom_start=7, tiles="OpenStreetMap")
    for pid, place in places.items():
        role = next((r for r in ("event", "venue", "actor", "context") if roles[pid][r]), "context")
        summary = ", ".join(f"{r} {n}" for r, n in roles[pid].most_common())
        tooltip = escape_for_map(f"{place_label(place)} ({counts[pid]} mentions: {summary})")
        folium.CircleMarker(
            location=[place.lat, place.lon],  # Leaflet takes [lat, lon]
            radius=5 + min(20, 2 * counts[pid]),
            color=ROLE_COLOURS[role],
            fill=True,
            fill_opacity=0.7,
            tooltip=folium.Tooltip(tooltip),
        ).add_to(fmap)
    return fmap
