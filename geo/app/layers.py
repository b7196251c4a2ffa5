"""The map's own Leaflet code: the place layer and the helpers drawn once per map.

Owns the JavaScript the dashboard adds to Folium's map: the place layer (styled from each
feature's properties, tooltips and labels built with textContent so no name becomes HTML, name
labels that avoid one another zoom by zoom), a metric scale, and the fanning out of markers drawn on
top of one another. geo/app/mapview.py decides what is drawn; this module how.
"""

from __future__ import annotations

import json
from typing import Any

from branca.element import MacroElement
from jinja2 import Template

CONTESTED_RING = "#000000"
"""Contested places wear a black dashed ring: a mark, not a colour, so no side's fill can pass for it."""
CONTESTED_DASH = "4 3"


def json_for_script(value: Any) -> str:
    """JSON safe to inline in a <script>: no '<', '>' or '&' (so no </script> or <!--), and no
    U+2028/U+2029. The strings inside stay data: the place layer shows them with textContent."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for char, code in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"),
                       ("\u2029", "\\u2029")):
        text = text.replace(char, code)
    return text


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
        return L.circleMarker(latlng, {radius: p.radius, fill: true, fillColor: p.colour, fillOpacity: 0.85,
            color: p.contested ? {{ this.ring|tojson }} : "#ffffff", weight: p.contested ? 3 : 1,
            dashArray: p.contested ? {{ this.dash|tojson }} : null});
    },
    onEachFeature: function (feature, layer) {
        var p = feature.properties;
        layer.bindTooltip(function () {  // built when first shown, not for every place up front
            var box = document.createElement("div"), name = document.createElement("b");
            box.dir = "auto";
            name.textContent = p.label;
            box.appendChild(name);
            box.appendChild(document.createElement("br"));
            box.appendChild(document.createTextNode(p.counts));
            return box;
        }, {sticky: true, direction: "auto"});
        layer.on("mouseover", function () { layer.setStyle({weight: 5, color: "#000000", dashArray: null}); });
        layer.on("mouseout", function () {
            layer.setStyle({weight: p.contested ? 3 : 1, color: p.contested ? {{ this.ring|tojson }} : "#ffffff",
                            dashArray: p.contested ? {{ this.dash|tojson }} : null});
        });
        layer.on("click", function () { geoSpread({{ this._parent.get_name() }}, {{ this.get_name() }}, layer); });
    }
}).addTo({{ this._parent.get_name() }});
(function (map, places) {
    // names of the places that matter most, hidden where they would overlap a more important one
    var labels = L.layerGroup().addTo(map);
    function placeLabels() {
        labels.clearLayers();
        var taken = [];
        places.eachLayer(function (layer) {
            var p = layer.feature.properties;
            if (!p.labelled || taken.length >= 60) { return; }
            var at = map.latLngToContainerPoint(layer.getLatLng()), width = 7 * p.short.length + 8;
            var box = [at.x + p.radius + 2, at.y - 9, at.x + p.radius + 2 + width, at.y + 9];
            var size = map.getSize();
            if (box[0] < 0 || box[2] > size.x || box[1] < 0 || box[3] > size.y) { return; }
            for (var i = 0; i < taken.length; i++) {
                var t = taken[i];
                if (box[0] < t[2] && t[0] < box[2] && box[1] < t[3] && t[1] < box[3]) { return; }
            }
            taken.push(box);
            var tip = L.tooltip({permanent: true, direction: "right", offset: [p.radius, 0],
                                 className: "geo-label", interactive: false})
                .setLatLng(layer.getLatLng());
            tip.setContent(function () { var s = document.createElement("span"); s.dir = "auto";
                                         s.textContent = p.short; return s; }());
            labels.addLayer(tip);
        });
    }
    var pending = false;  // thousands of places arrive at once: label them once, after the last
    function soon() { if (!pending) { pending = true; setTimeout(function () { pending = false; placeLabels(); }, 50); } }
    places.on("add layeradd", soon);
    map.on("zoomend moveend", soon);
})({{ this._parent.get_name() }}, {{ this.get_name() }});
(function (places, colours, byControl) {
    // 'As claimed on a date': the places stay, the day's states (ControlDay) colour them, and a
    // place nobody is claimed to hold that day is left off. A new day restyles the layer in place:
    // the map, its view and its frame stay as they are.
    var all = null, states = null;
    function draw() {
        if (!all || (byControl && !states)) { return; }
        places.clearLayers();
        if (!byControl) { places.addData(all); return; }
        var shown = [], present = {};
        all.features.forEach(function (f) {
            var state = states[f.properties.place_id];
            if (!state) { return; }
            present[state] = true;
            shown.push({type: "Feature", id: f.id, geometry: f.geometry, properties: Object.assign({}, f.properties,
                {colour: colours[state], category: state, contested: state === "contested"})});
        });
        places.addData({type: "FeatureCollection", features: shown});
        document.querySelectorAll("#geo-legend .geo-legend-row").forEach(function (row) {
            row.style.display = present[row.dataset.key] ? "" : "none";
        });
    }
    window.geoPlaces = function (data) { all = data; draw(); };
    window.geoControl = function (day) { states = day; draw(); };
})({{ this.get_name() }}, {{ this.colours|tojson }}, {{ this.by_control|tojson }});
{%- if this.url %}
fetch({{ this.url|tojson }}).then(function (r) { return r.json(); }).then(geoPlaces);
{%- else %}
geoPlaces({{ this.inline }});
{%- endif %}
{% endmacro %}
""")

    def __init__(self, features: dict[str, Any] | None = None, *, url: str | None = None,
                 control_colours: dict[str, str] | None = None) -> None:
        """With ``control_colours`` (state -> colour) the places wait for a day's states (ControlDay)
        and are coloured by the side claimed to hold them."""
        super().__init__()
        self._name = "PlaceLayer"
        self.url = url
        self.inline = "" if url else json_for_script(features or {"type": "FeatureCollection", "features": []})
        self.ring = CONTESTED_RING
        self.dash = CONTESTED_DASH
        self.colours = control_colours or {}
        self.by_control = control_colours is not None


class ControlDay(MacroElement):
    """One day's claimed control (place id -> armenia, azerbaijan or contested) handed to the place
    layer of a map drawn by control. Sent with the layer streamlit-folium adds to a map already
    drawn, so stepping through the days restyles the places without redrawing the map."""

    _template = Template("""
{% macro script(this, kwargs) %}
if (window.geoControl) { window.geoControl({{ this.states }}); }
{% endmacro %}
""")

    def __init__(self, states: dict[str, str]) -> None:
        super().__init__()
        self._name = "ControlDay"
        self.states = json_for_script(states)


class MapHelpers(MacroElement):
    """Once per map: a metric-only scale, the label style, and geoSpread, which fans out the
    markers drawn on top of one another around a clicked one (the region point, Shusha and
    Stepanakert sit within a few pixels at low zoom) until the map moves."""

    _template = Template("""
{% macro header(this, kwargs) %}
<style>.geo-label{background:rgba(255,255,255,.85);border:0;box-shadow:none;padding:0 3px;font:12px sans-serif;
color:#222}.geo-label:before{display:none}.leaflet-tooltip{width:max-content;max-width:320px;white-space:normal}</style>
{% endmacro %}
{% macro script(this, kwargs) %}
L.control.scale({imperial: false, metric: true}).addTo({{ this._parent.get_name() }});
function geoSpread(map, places, clicked) {
    var centre = map.latLngToContainerPoint(clicked.getLatLng()), near = [];
    places.eachLayer(function (layer) {
        if (layer.geoHome) { layer.setLatLng(layer.geoHome); layer.geoHome = null; }
    });
    places.eachLayer(function (layer) {
        if (map.latLngToContainerPoint(layer.getLatLng()).distanceTo(centre) < 12) { near.push(layer); }
    });
    if (near.length < 2) { return; }
    near.forEach(function (layer, i) {
        var angle = 2 * Math.PI * i / near.length, step = 14 + 3 * near.length;
        layer.geoHome = layer.getLatLng();
        layer.setLatLng(map.containerPointToLatLng(
            L.point(centre.x + step * Math.cos(angle), centre.y + step * Math.sin(angle))));
    });
    map.once("zoomstart", function () {
        near.forEach(function (layer) { if (layer.geoHome) { layer.setLatLng(layer.geoHome); layer.geoHome = null; } });
    });
}
{% endmacro %}
""")

    def __init__(self) -> None:
        super().__init__()
        self._name = "MapHelpers"
