"""Building the Folium map of places, with every untrusted string escaped.

Owns: the place layer (one GeoJson layer, one circle per place, sized by its claims, coloured by
the sides that make them, contested places ringed in red), the optional density layer, the
legend, the basemaps, the escaping of text for Folium's tooltips (which insert text as raw HTML
inside JavaScript template strings), and the single lat/lon -> GeoJSON lon/lat flip of the map.
It never imports streamlit.
"""

from __future__ import annotations

import html
import math
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import folium
from branca.element import Element
from folium.plugins import HeatMap

SIDE_COLOURS = {
    "armenia": "#e67e22", "azerbaijan": "#2e86c1", "russia": "#c0392b", "turkey": "#8e5a2b",
    "france": "#8e44ad", "usa": "#34495e", "iran": "#27ae60", "un": "#7f8c8d", "eu": "#d4ac0d",
    "other": "#95a5a6", "none": "#bdc3c7",
}
BOTH_SIDES_COLOUR = "#6c3483"  # Armenian and Azerbaijani claims both
CONTESTED_RING = "#e74c3c"
THEATRE_CENTRE = (39.8, 46.7)  # lat, lon
BASEMAPS = ("osm", "satellite", "plain")
STATIC_URL = "/app/static/node_modules"
"""Where the app serves the map's JavaScript and CSS (Streamlit static serving of static/, filled by
`npm install --prefix static --no-package-lock` at set-up): nothing is fetched from a CDN."""
LEAFLET_JS = [("leaflet", f"{STATIC_URL}/leaflet/dist/leaflet.js")]
LEAFLET_CSS = [("leaflet_css", f"{STATIC_URL}/leaflet/dist/leaflet.css")]
HEAT_JS = [("leaflet-heat.js", f"{STATIC_URL}/leaflet.heat/dist/leaflet-heat.js")]
OUTLINES = Path(__file__).resolve().parent.parent / "data" / "basemap" / "countries.geojson"


def escape_for_map(text: str) -> str:
    """Text safe inside Folium's HTML-in-JavaScript-template-string: HTML entities, then \\ ` $."""
    escaped = html.escape(text, quote=True)
    return escaped.replace("\\", "&#92;").replace("`", "&#96;").replace("$", "&#36;")


def place_label(place: dict[str, Any]) -> str:
    """'Stepanakert / Khankendi — ستيباناكيرت' (plain text, not escaped) for a place row."""
    latin = [place["name"]] + [n for n in place.get("alt_names") or () if n.isascii()][:1]
    return f"{' / '.join(dict.fromkeys(latin))} — {place['name_ar']}"


def marker_colour(by_side: dict[str, int]) -> str:
    if by_side.get("armenia") and by_side.get("azerbaijan"):
        return BOTH_SIDES_COLOUR
    sided = {s: n for s, n in by_side.items() if s not in ("none",)} or by_side
    return SIDE_COLOURS.get(max(sided, key=lambda s: (sided[s], s)), SIDE_COLOURS["other"])


def marker_radius(total: int) -> float:
    return round(4 + 3 * math.log2(1 + total), 1)


def place_features(rows: Sequence[dict[str, Any]], *, side_names: dict[str, str] | None = None) -> dict[str, Any]:
    """A GeoJSON FeatureCollection of places (lon/lat), with escaped tooltip text in its properties."""
    names = side_names or {}
    features = []
    for p in rows:
        counts = ", ".join(f"{names.get(s, s)} {n}" for s, n in sorted(p["by_side"].items(), key=lambda kv: -kv[1]))
        features.append({
            "type": "Feature",
            "id": p["place_id"],
            "geometry": {"type": "Point", "coordinates": [p["lon"], p["lat"]]},  # GeoJSON: lon, lat
            "properties": {
                "place_id": p["place_id"],
                "label": escape_for_map(place_label(p)),
                "counts": escape_for_map(f"{p['total']} claims: {counts}" + (" — contested" if p["contested"] else "")),
                "colour": marker_colour(p["by_side"]),
                "radius": marker_radius(p["total"]),
                "contested": bool(p["contested"]),
            },
        })
    return {"type": "FeatureCollection", "features": features}


def _style(feature: dict[str, Any]) -> dict[str, Any]:
    props = feature["properties"]
    return {
        "radius": props["radius"], "fill": True, "fillColor": props["colour"], "fillOpacity": 0.8,
        "color": CONTESTED_RING if props["contested"] else "#ffffff",
        "weight": 4 if props["contested"] else 1,
    }


def _highlight(_feature: dict[str, Any]) -> dict[str, Any]:
    return {"weight": 5, "color": "#000000"}


def build_map(
    rows: Sequence[dict[str, Any]],
    *,
    selected: str | None = None,
    basemap: str = "osm",
    show_sides: bool = True,
    show_contested: bool = True,
    show_density: bool = False,
    side_names: dict[str, str] | None = None,
    legend_title: str = "Claims by side",
) -> folium.Map:
    """The map: one GeoJson layer of places (clickable by id), contested rings, density, legend."""
    tiles = {"osm": "OpenStreetMap", "satellite": None, "plain": None}[basemap if basemap in BASEMAPS else "osm"]
    # canvas, not one SVG element per marker: thousands of places draw in a fraction of the time
    fmap = folium.Map(location=list(THEATRE_CENTRE), zoom_start=7, tiles=tiles, control_scale=True,
                      prefer_canvas=True)
    fmap.default_js = LEAFLET_JS  # served by the app itself
    fmap.default_css = LEAFLET_CSS
    # country outlines from bundled data under everything: the map stays readable offline
    folium.GeoJson(
        str(OUTLINES), name="countries",
        style_function=lambda _f: {"color": "#7f8c8d", "weight": 1, "fillColor": "#f4f1ea", "fillOpacity": 0.6},
        interactive=False, control=False,
    ).add_to(fmap)
    if basemap == "satellite":
        folium.TileLayer(
            tiles="https://server.arcgisonline.com/ArcGIS/rest/services/World_Imagery/MapServer/tile/{z}/{y}/{x}",
            attr="Esri World Imagery", name="Satellite",
        ).add_to(fmap)
    shown = [p for p in rows if show_sides or (show_contested and p["contested"])]
    if shown:
        folium.GeoJson(
            place_features(shown, side_names=side_names),
            name="places",
            marker=folium.CircleMarker(),
            style_function=_style,
            highlight_function=_highlight,
            tooltip=folium.GeoJsonTooltip(fields=["label", "counts"], labels=False),
        ).add_to(fmap)
    if show_density and rows:
        heat = HeatMap([[p["lat"], p["lon"], p["total"]] for p in rows], name="density", radius=25)
        heat.default_js = HEAT_JS
        heat.add_to(fmap)
    chosen = selection_layer(rows, selected) if selected else None
    if chosen is not None:
        chosen.add_to(fmap)
    fmap.get_root().html.add_child(Element(_legend_html(side_names or {}, legend_title)))  # type: ignore[attr-defined]
    return fmap


def selection_layer(rows: Sequence[dict[str, Any]], selected: str | None) -> folium.FeatureGroup:
    """A ring around the selected place, as its own layer: the dashboard hands it to the map
    separately, so selecting a place does not redraw the whole map."""
    group = folium.FeatureGroup(name="selected")
    chosen = next((p for p in rows if p["place_id"] == selected), None)
    if chosen is not None:
        folium.CircleMarker(
            location=[chosen["lat"], chosen["lon"]], radius=marker_radius(chosen["total"]) + 6,
            color="#000000", weight=3, fill=False, interactive=False,
        ).add_to(group)
    return group


def _legend_html(side_names: dict[str, str], title: str) -> str:
    items = [("armenia", SIDE_COLOURS["armenia"]), ("azerbaijan", SIDE_COLOURS["azerbaijan"]),
             ("both", BOTH_SIDES_COLOUR), ("russia", SIDE_COLOURS["russia"]), ("turkey", SIDE_COLOURS["turkey"]),
             ("other", SIDE_COLOURS["other"])]
    rows = "".join(
        f'<div><span style="display:inline-block;width:12px;height:12px;border-radius:6px;background:{colour};'
        f'margin-right:6px"></span>{html.escape(side_names.get(key, key))}</div>'
        for key, colour in items
    )
    ring = (f'<div><span style="display:inline-block;width:10px;height:10px;border-radius:6px;'
            f'border:3px solid {CONTESTED_RING};margin-right:6px"></span>{html.escape(side_names.get("contested", "contested"))}</div>')
    return (f'<div id="geo-legend" style="position:fixed;bottom:24px;left:12px;z-index:9999;background:#fff;'
            f'padding:8px 10px;border:1px solid #999;border-radius:4px;font:12px sans-serif">'
            f"<b>{html.escape(title)}</b>{rows}{ring}</div>")
