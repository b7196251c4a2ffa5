"""Exports of the store through geopandas: places as points, claims as rows.

Owns: building the places layer (one point per place: claim counts per side, total,
contested) and the claims layer (one row per claim and place, with the article), under the
same Filters as the dashboard, and writing GeoJSON (RFC 7946: lon/lat, WGS84, UTF-8 Arabic
kept), GeoPackage (both layers in one file) or CSV (UTF-8 with a byte-order mark, formula-like cells
neutralised), to a file (the command line) or as bytes (the
dashboard's downloads): one exporter, one set of columns. A file is written under a temporary name
and renamed, so a failed export never leaves a broken file behind.
"""

from __future__ import annotations

import csv
import json
import os
import tempfile
from pathlib import Path

import geopandas as gpd
import pandas as pd
from shapely.geometry import Point
from sqlalchemy.engine import Connection

from geo.errors import GeoError
from geo.store.queries import ALL_SIDES, NO_FILTERS, Filters, claim_place_rows, place_counts

FORMATS = ("geojson", "gpkg", "csv")
LAYERS = ("places", "claims")
WGS84 = "EPSG:4326"


class ExportError(GeoError, ValueError):
    """An export was asked for in a way that cannot be done."""


def places_frame(conn: Connection, f: Filters = NO_FILTERS) -> gpd.GeoDataFrame:
    rows = place_counts(conn, f)
    records = []
    for r in rows:
        item = {k: r[k] for k in ("place_id", "name", "name_ar", "kind", "country", "total", "contested")}
        item["alt_names"] = " | ".join(r["alt_names"])
        item.update({f"claims_{s}": r["by_side"].get(s, 0) for s in ALL_SIDES})
        item["geometry"] = Point(r["lon"], r["lat"])  # the one lat/lon -> x/y flip of exports
        records.append(item)
    columns = ["place_id", "name", "name_ar", "alt_names", "kind", "country", "total", "contested",
               *[f"claims_{s}" for s in ALL_SIDES], "geometry"]
    return gpd.GeoDataFrame(records, columns=columns, geometry="geometry", crs=WGS84)


def claims_frame(conn: Connection, f: Filters = NO_FILTERS) -> gpd.GeoDataFrame:
    records = []
    for r in claim_place_rows(conn, f):
        records.append({
            "claim_id": r["claim_id"], "place_id": r["place_id"], "place": r["place"],
            "side": r["side"], "type": r["type"], "polarity": r["polarity"],
            "speaker": r["speaker"], "speaker_en": r["speaker_en"],
            "date": r["date"].isoformat() if r["date"] else None,
            "numbers": json.dumps(r["numbers"], ensure_ascii=False),
            "text": r["text"], "article_id": r["article_id"], "title": r["title"], "outlet": r["outlet"],
            "url": r["url"], "published": r["published"].isoformat() if r["published"] else None,
            "geometry": Point(r["lon"], r["lat"]),
        })
    columns = ["claim_id", "place_id", "place", "side", "type", "polarity", "speaker", "speaker_en", "date",
               "numbers", "text", "article_id", "title", "outlet", "url", "published", "geometry"]
    return gpd.GeoDataFrame(records, columns=columns, geometry="geometry", crs=WGS84)


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_cell(value: object) -> object:
    """A CSV text cell that a spreadsheet would run as a formula (OWASP: one that starts with
    = + - @ tab or carriage return) is prefixed with a single quote, so it is shown as text."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def export_bytes(conn: Connection, *, fmt: str, layer: str = "places", f: Filters = NO_FILTERS) -> bytes:
    """The same export as ``export``, as bytes (the dashboard's downloads)."""
    with tempfile.TemporaryDirectory(prefix="geo-export-") as folder:
        target = Path(folder) / f"{layer}.{fmt}"
        export(conn, target, fmt=fmt, layer=layer, f=f)
        return target.read_bytes()


def export(conn: Connection, path: str | Path, *, fmt: str, layer: str = "places", f: Filters = NO_FILTERS) -> int:
    """Write the export; returns the number of rows written (for gpkg: of the named layer)."""
    if fmt not in FORMATS:
        raise ExportError(f"format {fmt!r} is not one of {', '.join(FORMATS)}")
    if layer not in LAYERS:
        raise ExportError(f"layer {layer!r} is not one of {', '.join(LAYERS)}")
    target = Path(path)
    if target.parent and not target.parent.exists():
        raise ExportError(f"{target.parent}: no such folder; create it or choose another output path")
    frames = {"places": places_frame(conn, f)} if fmt != "gpkg" and layer == "places" else {}
    if fmt == "gpkg" or layer == "claims":
        frames["claims"] = claims_frame(conn, f)
        if fmt == "gpkg":
            frames["places"] = places_frame(conn, f)
    fd, tmp_name = tempfile.mkstemp(dir=target.parent or Path("."), prefix=f".{target.name}.", suffix=f".{fmt}")
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        tmp.unlink()  # the drivers want to create the file themselves
        if fmt == "geojson":
            frames[layer].to_file(tmp, driver="GeoJSON", layer=layer, RFC7946="YES", WRITE_BBOX="NO")
        elif fmt == "gpkg":
            for name in ("places", "claims"):
                frames[name].to_file(tmp, driver="GPKG", layer=name)
        else:
            frame = pd.DataFrame(frames[layer].drop(columns="geometry"))
            points = frames[layer].geometry
            frame.insert(frame.columns.get_loc("place_id") + 1, "lat", points.y)
            frame.insert(frame.columns.get_loc("lat") + 1, "lon", points.x)
            for column in frame.columns:
                if not pd.api.types.is_numeric_dtype(frame[column]):  # numbers (a negative longitude) stay numbers
                    frame[column] = frame[column].map(neutralise_cell)
            # with a byte-order mark: spreadsheet programs then read the Arabic as UTF-8
            frame.to_csv(tmp, index=False, encoding="utf-8-sig", quoting=csv.QUOTE_NONNUMERIC)
        os.replace(tmp, target)
    except Exception:
        tmp.unlink(missing_ok=True)
        raise
    return len(frames[layer])
