"""Map building and escaping (geo/mapview.py)."""

from __future__ import annotations

import pytest

from geo.mapview import build_place_map, escape_for_map


@pytest.mark.parametrize(
    ("hostile", "forbidden"),
    [
        ("<script>alert(1)</script>", "<script>"),
        ("<img src=x onerror=alert(1)>", "<img"),
        ("${alert(1)}", "${"),
        ("`${x}`", "`"),
        ("</script>", "</script>"),
        ("\\1", "\\"),
    ],
)
def test_escape_for_map(hostile: str, forbidden: str) -> None:
    assert forbidden not in escape_for_map(hostile)


def test_map_has_one_marker_per_place_and_escapes_names(extract) -> None:  # type: ignore[no-untyped-def]
    result = extract("قصفت القوات مدينة شوشا ثم شوشا مرة أخرى وكنجة.")
    html = build_place_map(result.mentions).get_root().render()
    assert html.count("L.circleMarker(") == 2
    assert "Shusha" in html and "Ganja" in html
