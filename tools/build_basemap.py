"""Build data/basemap/countries.geojson: the outlines of the region's countries, for the offline basemap.

Source: Natural Earth 1:50m admin-0 countries (public domain) as packaged in the npm package
world-atlas (TopoJSON). Run once when the outlines should change:

    npm install --prefix /tmp/wa world-atlas@2
    python tools/build_basemap.py /tmp/wa/node_modules/world-atlas/countries-50m.json

Clips the countries to the box around the South Caucasus and simplifies them to about 1 km.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from shapely.geometry import MultiPolygon, box, mapping
from shapely.validation import make_valid

BOX = (25.0, 30.0, 60.0, 50.0)  # min lon, min lat, max lon, max lat
OUT = Path(__file__).resolve().parent.parent / "data" / "basemap" / "countries.geojson"


def decode_arcs(topo: dict) -> list[list[list[float]]]:
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append([round(x * sx + tx, 3), round(y * sy + ty, 3)])
        arcs.append(points)
    return arcs


def ring(indexes: list[int], arcs: list[list[list[float]]]) -> list[list[float]]:
    points: list[list[float]] = []
    for i in indexes:
        arc = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        points.extend(arc if not points else arc[1:])
    return points


def main() -> None:
    topo = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    arcs = decode_arcs(topo)
    features = []
    for geom in topo["objects"]["countries"]["geometries"]:
        if geom["type"] == "Polygon":
            polys = [[ring(r, arcs) for r in geom["arcs"]]]
        elif geom["type"] == "MultiPolygon":
            polys = [[ring(r, arcs) for r in poly] for poly in geom["arcs"]]
        else:
            continue
        shape = make_valid(MultiPolygon([(poly[0], poly[1:]) for poly in polys])).intersection(box(*BOX))
        if shape.is_empty or shape.area < 0.01:
            continue
        shape = shape.simplify(0.01, preserve_topology=True)
        features.append({
            "type": "Feature",
            "properties": {"name": geom.get("properties", {}).get("name", "")},
            "geometry": json.loads(json.dumps(mapping(shape))),
        })
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps({"type": "FeatureCollection", "features": features}, separators=(",", ":")),
                   encoding="utf-8")
    print(f"{len(features)} countries -> {OUT} ({OUT.stat().st_size // 1024} KiB)")


if __name__ == "__main__":
    main()
