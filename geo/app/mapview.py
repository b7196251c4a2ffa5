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
from branca.element import Element, MacroElement
from folium.plugins import HeatMap
from jinja2 import Template

log = logging.getLogger(__name__)

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
LAYER_URL = "/app/static/layers"
"""Where the app serves the place layers it writes (content-named JSON files in static/layers/)."""
LAYER_FILES_KEPT = 200
OUTLINES = Path(__file__).resolve().parents[2] / "data" / "basemap" / "countries.geojson"


def json_for_script(value: Any) -> str:
    """JSON safe to inline in a <script>: no '<', '>' or '&' (so no </script> or <!--), and no
    U+2028/U+2029. The strings inside stay data: the place layer shows them with textContent."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for char, code in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"),
                       ("\u2029", "\\u2029")):
        text = text.replace(char, code)
    return text


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
    """A GeoJSON FeatureCollection of places (lon/lat) with their style and tooltip text (plain
    text: the browser inserts it with textContent)."""
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
                "label": place_label(p),
                "counts": f"{p['total']} claim{'' if p['total'] == 1 else 's'}: {counts}" + (" — contested" if p["contested"] else ""),
                "colour": marker_colour(p["by_side"]),
                "radius": marker_radius(p["total"]),
                "contested": bool(p["contested"]),
            },
        })
    return {"type": "FeatureCollection", "features": features}


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


class PlaceLayer(MacroElement):
    """One GeoJSON layer of places on the map's canvas. Its data is fetched from a URL the app
    serves (a rerun of the app then sends a few hundred bytes, not thousands of features) or
    inlined as script-safe JSON. Style comes from each feature's properties; the tooltip is built
    with textContent, so a name never becomes HTML. The layer is on the map before its data
    arrives, so streamlit-folium's click handler, bound to the map's layers when the map is drawn,
    receives the clicks of every place added later (Leaflet passes them up to their group)."""

    _template = Template("""
{% macro script(this, kwargs) %}
var {{ this.get_name() }} = L.geoJSON(null, {
    pointToLayer: function (feature, latlng) {
        var p = feature.properties;
        return L.circleMarker(latlng, {radius: p.radius, fill: true, fillColor: p.colour, fillOpacity: 0.8,
            color: p.contested ? {{ this.ring|tojson }} : "#ffffff", weight: p.contested ? 4 : 1});
    },
    onEachFeature: function (feature, layer) {
        var p = feature.properties;
        layer.bindTooltip(function () {  // built when first shown, not for every place up front
            var box = document.createElement("div"), name = document.createElement("b");
            name.textContent = p.label;
            box.appendChild(name);
            box.appendChild(document.createElement("br"));
            box.appendChild(document.createTextNode(p.counts));
            return box;
        }, {sticky: true});
        layer.on("mouseover", function () { layer.setStyle({weight: 5, color: "#000000"}); });
        layer.on("mouseout", function () {
            layer.setStyle({weight: p.contested ? 4 : 1, color: p.contested ? {{ this.ring|tojson }} : "#ffffff"});
        });
    }
}).addTo({{ this._parent.get_name() }});
{%- if this.url %}
fetch({{ this.url|tojson }}).then(function (r) { return r.json(); })
    .then(function (data) { {{ this.get_name() }}.addData(data); });
{%- else %}
{{ this.get_name() }}.addData({{ this.inline }});
{%- endif %}
{% endmacro %}
""")

    def __init__(self, features: dict[str, Any] | None = None, *, url: str | None = None) -> None:
        super().__init__()
        self._name = "PlaceLayer"
        self.url = url
        self.inline = "" if url else json_for_script(features or {"type": "FeatureCollection", "features": []})
        self.ring = CONTESTED_RING


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
) -> folium.Map:
    """The map: one layer of places (clickable by id), contested rings, density, legend.

    With `layer_url` the places are fetched from that URL (it must serve
    place_features(visible_places(rows, ...)), see publish_layer); otherwise they are inlined."""
    tiles = {"osm": "OpenStreetMap", "satellite": None, "plain": None}[basemap if basemap in BASEMAPS else "osm"]
    # canvas, not one SVG element per marker: thousands of places draw in a fraction of the time
    fmap = folium.Map(location=list(THEATRE_CENTRE), zoom_start=7, tiles=tiles, control_scale=True,
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
    if layer_url:
        PlaceLayer(url=layer_url).add_to(fmap)
    else:
        shown = visible_places(rows, show_sides=show_sides, show_contested=show_contested)
        PlaceLayer(place_features(shown, side_names=side_names)).add_to(fmap)
    if show_density and rows:
        heat = HeatMap([[p["lat"], p["lon"], p["total"]] for p in rows], name="density", radius=25)
        heat.default_js = HEAT_JS
        heat.add_to(fmap)
    chosen = selection_layer(rows, selected) if selected else None
    if chosen is not None:
        chosen.add_to(fmap)
    fmap.get_root().html.add_child(Element(_legend_html(side_names or {}, legend_title)))  # type: ignore[attr-defined]
    return fmap


@lru_cache(maxsize=1)
def country_outlines() -> dict[str, Any]:
    """The bundled country outlines (Natural Earth), read once per process."""
    return dict(json.loads(OUTLINES.read_text(encoding="utf-8")))


def visible_places(rows: Sequence[dict[str, Any]], *, show_sides: bool, show_contested: bool) -> list[dict[str, Any]]:
    """The places the layer toggles leave on the map: all of them, only the contested, or none."""
    return [p for p in rows if show_sides or (show_contested and p["contested"])]


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
