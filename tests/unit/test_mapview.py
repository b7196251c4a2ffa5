"""Map building and escaping (geo/app/mapview.py) and the dashboard's safe Markdown (geo/app/panel.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from geo.app.layers import json_for_script
from geo.app.mapview import (
    build_map,
    layer_payload,
    marker_colour,
    place_features,
    publish_layer,
)
from geo.app.panel import escape_markdown, highlight_markdown, panel_groups

HOSTILE = ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "${alert(1)}", "`${x}`", "</script>", "\\1"]


@pytest.mark.parametrize("hostile", HOSTILE + ["<!--", "\u2028", "a&b"])
def test_inline_json_cannot_leave_its_script(hostile: str) -> None:
    text = json_for_script({"label": hostile})
    for forbidden in ("<", ">", "&", "\u2028", "\u2029"):
        assert forbidden not in text
    assert json.loads(text) == {"label": hostile}  # the text itself is kept, as data


def test_hostile_place_names_reach_the_map_only_as_data() -> None:
    html = build_map([row("x", {"armenia": 1}) | {"name": "</script><script>alert(1)</script>"}]).get_root().render()
    assert "<script>alert(1)" not in html and "textContent" in html


def test_layer_file_is_written_once_and_named_by_its_content(tmp_path: Path) -> None:
    data, digest = layer_payload(place_features([row("shusha", {"armenia": 3})]))
    url = publish_layer(data, digest, tmp_path)
    assert url is not None and url.endswith(f"/{digest}.json")
    assert json.loads((tmp_path / f"{digest}.json").read_bytes())["features"][0]["id"] == "shusha"
    assert publish_layer(data, digest, tmp_path) == url and len(list(tmp_path.iterdir())) == 1


def test_old_layer_files_are_pruned(tmp_path: Path) -> None:
    for i in range(5):
        data, digest = layer_payload(place_features([row(f"p{i}", {"armenia": i + 1})]))
        publish_layer(data, digest, tmp_path, keep=3)
    assert len(list(tmp_path.glob("*.json"))) == 3


def test_unwritable_folder_falls_back_to_an_inline_layer(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    data, digest = layer_payload(place_features([row("shusha", {"armenia": 3})]))
    assert publish_layer(data, digest, blocker / "layers") is None


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


def test_map_fetches_a_published_layer() -> None:
    html = build_map([row("shusha", {"armenia": 3})], layer_url="/app/static/layers/abc.json").get_root().render()
    assert 'fetch("/app/static/layers/abc.json")' in html and "Shusha" not in html


def test_map_renders_one_layer_and_a_legend() -> None:
    html = build_map([row("shusha", {"armenia": 3}, True), row("goris", {"azerbaijan": 1})], selected="goris",
                     show_density=True).get_root().render()
    assert html.count("L.geoJson(") == 1 and html.count("L.geoJSON(null") == 1  # outlines, then the places
    assert "geo-legend" in html and "heatLayer" in html


def test_contested_place_groups_side_by_side() -> None:
    claims = [{"side": "armenia"}, {"side": "azerbaijan"}, {"side": "russia"}]
    assert [len(g) for g in panel_groups(claims, contested=True)] == [1, 2]
    assert len(panel_groups(claims, contested=False)) == 1


def test_an_override_in_a_title_cannot_reorder_the_outlet_and_date() -> None:
    from geo.app.panel import FSI, PDI, claim_details

    details = claim_details({"speaker": "وزارة الدفاع", "speaker_en": "", "date": None, "numbers": [],
                             "title": "عنوان\u202e مقلوب\u2069", "article_id": "a", "outlet": "الجزيرة",
                             "published": "2020-10-01"}, "en")
    article_line = details.splitlines()[-1]
    assert f"{FSI}عنوان\u202e مقلوب{PDI}" in article_line  # the override ends inside its isolate
    assert article_line.endswith(f"{FSI}2020-10-01{PDI}") and "· ·" not in article_line


def test_an_article_without_an_outlet_shows_no_empty_part() -> None:
    from geo.app.panel import claim_details

    details = claim_details({"speaker": "", "speaker_en": "", "date": None, "numbers": [], "title": "t",
                             "article_id": "a", "outlet": None, "published": None}, "en")
    assert "·" not in details.splitlines()[-1]


@pytest.mark.parametrize("url", ["javascript:alert(1)", "data:text/html,x", "file:///etc/passwd", " ", None])
def test_only_web_addresses_become_links(url) -> None:  # type: ignore[no-untyped-def]
    from geo.app.panel import safe_link

    assert safe_link(url) is None


def test_markdown_in_a_place_name_is_shown_as_text() -> None:
    from geo.app.panel import escape_markdown

    shown = escape_markdown("![x](http://example.invalid/p.png) **b** $x$ www.example.invalid")
    assert "![" not in shown and "](" not in shown and "$x$" not in shown and "www." not in shown


@pytest.mark.parametrize("query", ["Khankendi", "khankendi", "خانكندي", "خَانْكَنْدِي", "خانـكندي", "Stepanakert",
                                   "ستيباناكيرت", "Xankəndi"])
def test_a_place_is_found_by_any_of_its_names(gaz, query: str) -> None:  # type: ignore[no-untyped-def]
    from geo.app.panel import find_place
    from geo.records import place_record

    rows = [dict(place_record(gaz.places[pid]), total=n) for pid, n in (("stepanakert", 5), ("shusha", 9))]
    assert find_place(rows, query) == "stepanakert"


def test_an_unknown_name_finds_nothing(gaz) -> None:  # type: ignore[no-untyped-def]
    from geo.app.panel import find_place
    from geo.records import place_record

    rows = [dict(place_record(gaz.places["shusha"]), total=1)]
    assert find_place(rows, "Paris") is None and find_place(rows, "   ") is None


def test_the_legend_lists_exactly_the_categories_drawn() -> None:
    from geo.app.mapview import drawn_categories

    fc = place_features([row("a", {"azerbaijan": 2}), row("b", {"iran": 1}, True)])
    assert drawn_categories(fc) == ["azerbaijan", "iran", "contested"]
    html = build_map([row("a", {"azerbaijan": 2})]).get_root().render()
    assert 'data-key="azerbaijan"' in html and 'data-key="armenia"' not in html


def test_contested_is_a_mark_no_side_colour_resembles() -> None:
    from geo.app.layers import CONTESTED_RING
    from geo.app.mapview import BOTH_SIDES_COLOUR, SIDE_COLOURS

    assert CONTESTED_RING not in {*SIDE_COLOURS.values(), BOTH_SIDES_COLOUR}
    assert len({*SIDE_COLOURS.values(), BOTH_SIDES_COLOUR}) == len(SIDE_COLOURS) + 1


def test_counts_take_the_form_their_number_asks_for() -> None:
    from geo.app.panel import count_words

    assert [count_words(n, "en") for n in (1, 2, 12)] == ["1 claim", "2 claims", "12 claims"]
    # Arabic: one and two are words of their own; 3–10 plural, 11–99 singular accusative, 100 singular
    assert [count_words(n, "ar") for n in (1, 2, 3, 10, 11, 31, 100, 103)] == [
        "تصريح واحد", "تصريحان", "3 تصريحات", "10 تصريحات", "11 تصريحا", "31 تصريحا", "100 تصريح", "103 تصريحات"]
    assert count_words(31, "ar", "places") == "31 مكانا على الخريطة"
    assert count_words(1, "en", "places") == "1 place on the map"


def test_a_tooltip_words_its_count_in_the_languages_forms() -> None:
    from geo.app.mapview import place_features
    from geo.app.panel import count_words

    row = {"place_id": "shusha", "name": "Shusha", "name_ar": "شوشا", "lat": 39.76, "lon": 46.75, "total": 11,
           "by_side": {"azerbaijan": 11}, "contested": False, "kind": "city"}
    feature = place_features([row], lang="ar", count=lambda n: count_words(n, "ar"))["features"][0]
    assert feature["properties"]["counts"].startswith("11 تصريحا:")
    assert place_features([row])["features"][0]["properties"]["counts"].startswith("11 claims:")
