"""Map building and escaping (geo/mapview.py) and the dashboard's safe Markdown (geo/dashboard.py)."""

from __future__ import annotations

import pytest

from geo.dashboard import escape_markdown, highlight_markdown, panel_groups
from geo.mapview import build_map, escape_for_map, marker_colour, place_features

HOSTILE = ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "${alert(1)}", "`${x}`", "</script>", "\\1"]


@pytest.mark.parametrize(
    ("hostile", "forbidden"),
    [("<script>alert(1)</script>", "<script>"), ("<img src=x onerror=alert(1)>", "<img"), ("${alert(1)}", "${"),
     ("`${x}`", "`"), ("</script>", "</script>"), ("\\1", "\\")],
)
def test_escape_for_map(hostile: str, forbidden: str) -> None:
    assert forbidden not in escape_for_map(hostile)


@pytest.mark.parametrize("hostile", HOSTILE + ["[x](javascript:alert(1))", "$x^2$", ":red[x]", "# head", "*a*"])
def test_escape_markdown_leaves_no_markup(hostile: str) -> None:
    escaped = escape_markdown(hostile)
    for ch in "<>`$[]()*#:":
        assert escaped.count(ch) == escaped.count("\\" + ch), (ch, escaped)


def test_highlight_finds_the_name_with_clitics_and_marks() -> None:
    md = highlight_markdown("وقال إن المعارك في شوشا مستمرة وإن وشُوشا صامدة", ["شوشا"])
    assert md.count("**") == 4 and "**شوشا**" in md and "**شُوشا**" in md


def row(pid: str, by_side: dict[str, int], contested: bool = False) -> dict:
    return {"place_id": pid, "name": pid.title(), "name_ar": "اسم", "alt_names": [], "lat": 39.8, "lon": 46.7,
            "kind": "city", "country": "AZ", "total": sum(by_side.values()), "by_side": by_side, "contested": contested}


def test_one_feature_per_place_in_lon_lat_order() -> None:
    fc = place_features([row("shusha", {"armenia": 3, "azerbaijan": 2}, True), row("goris", {"azerbaijan": 1})])
    assert [f["id"] for f in fc["features"]] == ["shusha", "goris"]
    assert fc["features"][0]["geometry"]["coordinates"] == [46.7, 39.8]


def test_colour_follows_the_sides() -> None:
    assert marker_colour({"armenia": 2, "azerbaijan": 1}) != marker_colour({"armenia": 2})
    assert marker_colour({"azerbaijan": 5, "none": 9}) == marker_colour({"azerbaijan": 1})


def test_map_renders_one_layer_and_a_legend() -> None:
    html = build_map([row("shusha", {"armenia": 3}, True), row("goris", {"azerbaijan": 1})], selected="goris",
                     show_density=True).get_root().render()
    assert html.count("L.geoJson(") == 2  # the bundled country outlines and the places
    assert "geo-legend" in html and "heatLayer" in html


def test_contested_place_groups_side_by_side() -> None:
    claims = [{"side": "armenia"}, {"side": "azerbaijan"}, {"side": "russia"}]
    assert [len(g) for g in panel_groups(claims, contested=True)] == [1, 2]
    assert len(panel_groups(claims, contested=False)) == 1
