"""Building the Folium map of places, with no untrusted string ever read as HTML or script.

Owns: the place layer (one GeoJSON layer on the canvas, one circle per place, sized by its
claims, coloured by the sides that make them, contested places ringed in red; its data served as
a content-named file or inlined as script-safe JSON; its tooltips built with textContent), the
optional density layer, the legend, the basemaps, and the single lat/lon -> GeoJSON lon/lat flip
of the map. It never imports streamlit.
"""

from __future__ import annotations

import hashlib
import html
import json
import logging
import math
import os
import tempfile
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import folium
from branca.element import Element
from folium.plugins import HeatMap

from geo.app.layers import CONTESTED_RING, ControlDay, MapHelpers, PlaceLayer

log = logging.getLogger(__name__)

# Okabe and Ito's palette, told apart with every common colour-vision deficiency; the sides that
# matter most get the most distinct hues, the rest greys and muted tones.
SIDE_COLOURS = {
    "armenia": "#E69F00", "azerbaijan": "#0072B2", "russia": "#D55E00", "turkey": "#009E73",
    "france": "#56B4E9", "usa": "#332288", "iran": "#F0E442", "un": "#88CCEE", "eu": "#117733",
    "other": "#999999", "none": "#DDDDDD",
}
BOTH_SIDES_COLOUR = "#CC79A7"  # Armenian and Azerbaijani claims both
CONTROL_COLOURS = {"azerbaijan": SIDE_COLOURS["azerbaijan"], "armenia": SIDE_COLOURS["armenia"],
                   "contested": "#FFFFFF"}
"""'As claimed on a date': the side claimed to hold a place; a contested one is white with the ring."""
LABELLED_PLACES = 40
"""Places that carry a name label on the map (most claims first); labels that would overlap a more
important one are hidden, zoom by zoom."""
THEATRE_CENTRE = (39.8, 46.7)  # lat, lon
BASEMAPS = ("osm", "satellite", "plain")
STATIC_URL = "/app/static/node_modules"
"""Where the app serves the map's JavaScript and CSS (Streamlit static serving of static/, filled by
`npm install --prefix static --no-package-lock` at set-up): nothing is fetched from a CDN."""
LEAFLET_JS = [("leaflet", f"{STATIC_URL}/leaflet/dist/leaflet.js")]
LEAFLET_CSS = [("leaflet_css", f"{STATIC_URL}/leaflet/dist/leaflet.css")]
HEAT_JS = [("leaflet-heat.js", f"{STATIC_URL}/leaflet.heat/dist/leaflet-heat.js")]
LAYER_URL = "/app/static/layers"
"""Where the app serves the place layers it writes (content-named JSON files in static/layers/)."""
LAYER_FILES_KEPT = 200
OUTLINES = Path(__file__).resolve().parents[2] / "data" / "basemap" / "countries.geojson"


def place_label(place: dict[str, Any], *, lang: str = "en") -> str:
    """'Stepanakert / Khankendi — ستيباناكيرت' (plain text, not escaped) for a place row; in
    Arabic mode its Arabic name."""
    latin = " / ".join(dict.fromkeys([place["name"]] + [n for n in place.get("alt_names") or () if n.isascii()][:1]))
    arabic = place["name_ar"]
    if lang == "ar":
        return arabic or latin  # an Arabic page names places in Arabic
    return f"{latin} — {arabic}" if arabic and arabic != place["name"] else latin


def marker_category(by_side: dict[str, int]) -> str:
    """The side a marker is coloured by: 'both' when Armenian and Azerbaijani claims both are made."""
    if by_side.get("armenia") and by_side.get("azerbaijan"):
        return "both"
    sided = {s: n for s, n in by_side.items() if s not in ("none",)} or by_side
    return max(sided, key=lambda s: (sided[s], s)) if sided else "other"


def marker_colour(by_side: dict[str, int]) -> str:
    category = marker_category(by_side)
    return BOTH_SIDES_COLOUR if category == "both" else SIDE_COLOURS.get(category, SIDE_COLOURS["other"])


def marker_radius(total: int) -> float:
    return round(4 + 3 * math.log2(1 + total), 1)


def place_features(
    rows: Sequence[dict[str, Any]], *, side_names: dict[str, str] | None = None, words: dict[str, str] | None = None,
    lang: str = "en", control: dict[str, str] | None = None, count: Any = None,
) -> dict[str, Any]:
    """A GeoJSON FeatureCollection of places (lon/lat) with their style and tooltip text (plain
    text: the browser inserts it with textContent). ``words`` are the interface's words for
    "claim", "claims" and "contested"; with ``control`` (place id -> armenia, azerbaijan or
    contested) places are coloured by the side claimed to hold them, not by who speaks. ``count``
    (a number -> its words, geo.app.panel.count_words) words the claim counts in the language's
    forms."""
    names = side_names or {}
    w = {"claim": "claim", "claims": "claims", "contested": "contested"} | (words or {})
    features = []
    for rank, p in enumerate(rows):
        counts = ", ".join(f"{names.get(s, s)} {n}" for s, n in sorted(p["by_side"].items(), key=lambda kv: -kv[1]))
        if control is not None:
            category = control.get(p["place_id"], "")
            colour = CONTROL_COLOURS.get(category, "")
            contested = category == "contested"
        else:
            category = marker_category(p["by_side"])
            colour = marker_colour(p["by_side"])
            contested = bool(p["contested"])
        if not colour:
            continue
        counted = count(p["total"]) if count else f"{p['total']} {w['claim'] if p['total'] == 1 else w['claims']}"
        features.append({
            "type": "Feature",
            "id": p["place_id"],
            "geometry": {"type": "Point", "coordinates": [p["lon"], p["lat"]]},  # GeoJSON: lon, lat
            "properties": {
                "place_id": p["place_id"],
                "label": place_label(p, lang=lang),
                "short": p["name_ar"] if lang == "ar" else p["name"],
                "counts": f"{counted}: {counts}" + (f" — {w['contested']}" if p["contested"] else ""),
                "colour": colour,
                "category": category,
                "radius": marker_radius(p["total"]),
                "contested": contested,
                "labelled": rank < LABELLED_PLACES,
            },
        })
    return {"type": "FeatureCollection", "features": features}


def drawn_categories(features: dict[str, Any]) -> list[str]:
    """The colour categories on the map, in legend order, and 'contested' when a ring is drawn."""
    present = {f["properties"]["category"] for f in features["features"]}
    order = ["azerbaijan", "armenia", "both", *[s for s in SIDE_COLOURS if s not in ("azerbaijan", "armenia")],
             "contested"]
    out = [c for c in order if c in present and c != "contested"]
    if any(f["properties"]["contested"] for f in features["features"]):
        out.append("contested")
    return out


def layer_payload(features: dict[str, Any]) -> tuple[bytes, str]:
    """The place layer as the bytes of a file the app serves, and their digest (the file's name)."""
    data = json.dumps(features, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return data, hashlib.sha256(data).hexdigest()[:32]


def publish_layer(data: bytes, digest: str, directory: Path, *, keep: int = LAYER_FILES_KEPT) -> str | None:
    """Write the place layer once into the app's static folder, named by its digest (a filter seen
    before costs nothing), and return its URL; None when the folder cannot be written (the map then
    carries the layer inline). Files beyond the `keep` most recently used are removed."""
    target = directory / f"{digest}.json"
    try:
        if target.exists():
            os.utime(target)  # recently used: kept
            return f"{LAYER_URL}/{target.name}"
        directory.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=directory, suffix=".part")
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.replace(tmp, target)  # readers see the whole file or none
        by_use = sorted(directory.glob("*.json"), key=lambda f: f.stat().st_mtime, reverse=True)
        for stale in by_use[keep:]:
            stale.unlink(missing_ok=True)
    except OSError as err:
        log.warning("place layer not written to %s (%s): the map carries it inline", directory, err)
        return None
    return f"{LAYER_URL}/{target.name}"


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
    layer_url: str | None = None,
    legend: Sequence[str] | None = None,
    center: tuple[float, float] | None = None,
    zoom: int | None = None,
    rtl: bool = False,
    by_control: bool = False,
) -> folium.Map:
    """The map: one layer of places (clickable by id), contested rings, density, legend.

    With `layer_url` the places are fetched from that URL (it must serve
    place_features(visible_places(rows, ...)), see publish_layer); otherwise they are inlined.
    ``legend`` names the colour categories drawn (drawn_categories); ``center`` and ``zoom`` keep
    the analyst's view across reruns. With ``by_control`` the places wait for a day's claimed
    control (selection_layer's ``control``) and take its colours."""
    tiles = {"osm": "OpenStreetMap", "satellite": None, "plain": None}[basemap if basemap in BASEMAPS else "osm"]
    # canvas, not one SVG element per marker: thousands of places draw in a fraction of the time
    fmap = folium.Map(location=list(center or THEATRE_CENTRE), zoom_start=zoom or 7, tiles=tiles, control_scale=False,
                      prefer_canvas=True)
    fmap.default_js = LEAFLET_JS  # served by the app itself
    fmap.default_css = LEAFLET_CSS
    # country outlines from bundled data under everything: the map stays readable offline
    folium.GeoJson(
        country_outlines(), name="countries",
        style_function=lambda _f: {"color": "#7f8c8d", "weight": 1, "fillColor": "#f4f1ea", "fillOpacity": 0.6},
        interactive=False, control=False,
    ).add_to(fmap)
    if basemap == "satellite":
        folium.TileLayer(
            tiles="https://server.arcgisonline.com/ArcGIS/rest/services/World_Imagery/MapServer/tile/{z}/{y}/{x}",
            attr="Esri World Imagery", name="Satellite",
        ).add_to(fmap)
    MapHelpers().add_to(fmap)
    shown_features = None
    colours = CONTROL_COLOURS if by_control else None
    if layer_url:
        PlaceLayer(url=layer_url, control_colours=colours).add_to(fmap)
    else:
        shown = visible_places(rows, show_sides=show_sides, show_contested=show_contested)
        shown_features = place_features(shown, side_names=side_names)
        PlaceLayer(shown_features, control_colours=colours).add_to(fmap)
    if legend is None:
        legend = drawn_categories(shown_features or place_features(
            visible_places(rows, show_sides=show_sides, show_contested=show_contested)))
    if show_density and rows:
        heat = HeatMap([[p["lat"], p["lon"], p["total"]] for p in rows], name="density", radius=25)
        heat.default_js = HEAT_JS
        heat.add_to(fmap)
    chosen = selection_layer(rows, selected) if selected else None
    if chosen is not None:
        chosen.add_to(fmap)
    fmap.get_root().html.add_child(  # type: ignore[attr-defined]
        Element(_legend_html(side_names or {}, legend_title, legend, rtl=rtl)))
    return fmap


@lru_cache(maxsize=1)
def country_outlines() -> dict[str, Any]:
    """The bundled country outlines (Natural Earth), read once per process."""
    return dict(json.loads(OUTLINES.read_text(encoding="utf-8")))


def visible_places(rows: Sequence[dict[str, Any]], *, show_sides: bool, show_contested: bool) -> list[dict[str, Any]]:
    """The places the layer toggles leave on the map: all of them, only the contested, or none."""
    return [p for p in rows if show_sides or (show_contested and p["contested"])]


def selection_layer(rows: Sequence[dict[str, Any]], selected: str | None,
                    control: dict[str, str] | None = None) -> folium.FeatureGroup:
    """A ring around the selected place, and the day's claimed control (place id -> state) for a
    map drawn by control, as their own layer: the dashboard hands it to the map separately, so
    selecting a place or another day does not redraw the whole map."""
    group = folium.FeatureGroup(name="selected")
    if control is not None:
        ControlDay(control).add_to(group)
    chosen = next((p for p in rows if p["place_id"] == selected), None)
    if chosen is not None:
        folium.CircleMarker(
            location=[chosen["lat"], chosen["lon"]], radius=marker_radius(chosen["total"]) + 6,
            color="#000000", weight=3, fill=False, interactive=False,
        ).add_to(group)
    return group


def _legend_html(side_names: dict[str, str], title: str, categories: Sequence[str], *, rtl: bool = False) -> str:
    """The legend: exactly the colour categories drawn (our labels, escaped), the ring last."""
    rows = []
    for key in categories:
        if key == "contested":
            swatch = (f"width:10px;height:10px;border-radius:6px;border:2px dashed {CONTESTED_RING};"
                      "background:#ffffff")
        else:
            colour = BOTH_SIDES_COLOUR if key == "both" else SIDE_COLOURS.get(key, SIDE_COLOURS["other"])
            swatch = f"width:12px;height:12px;border-radius:6px;background:{colour};border:1px solid #666"
        rows.append(f'<div class="geo-legend-row" data-key="{html.escape(key)}"><span style="display:inline-block;'
                    f'{swatch};margin-inline-end:6px"></span>{html.escape(side_names.get(key, key))}</div>')
    direction = "rtl" if rtl else "ltr"
    side = "right" if rtl else "left"
    return (f'<div id="geo-legend" dir="{direction}" style="position:fixed;bottom:24px;{side}:12px;z-index:9999;'
            f'background:#fff;padding:8px 10px;border:1px solid #999;border-radius:4px;font:12px sans-serif">'
            f"<b>{html.escape(title)}</b>{''.join(rows)}</div>")
