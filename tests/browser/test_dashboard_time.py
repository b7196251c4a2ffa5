"""The dashboard's time, control, names, view and Arabic mode in a real browser (chromium driven by
Playwright), against the seeds and articles written for these tests about the 2020 war's
captures (tests/data/control_articles: Jabrayil, Fuzuli, Zangilan, Qubadli, Shusha, Aghdam).
Screenshots go to test-artifacts/.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

import pytest
from browser_support import (
    ARTIFACTS,
    ROOT,
    dashboard,
    map_frame,
    no_request_left_localhost,
    require_browser,
    wait_in_map,
)

FEATURE = """(pid) => { const m = Object.values(window).find(v => v && v instanceof L.Map); let found = null;
    m.eachLayer(l => { if (l.feature && l.feature.properties.place_id === pid) found = l; });
    return found ? {fill: found.options.fillColor, dash: found.options.dashArray,
                    category: found.feature.properties.category} : null; }"""
VIEW = """() => { const m = Object.values(window).find(v => v && v instanceof L.Map);
    const c = m.getCenter(); return [c.lat, c.lng, m.getZoom()]; }"""
CATEGORIES = """() => { const m = Object.values(window).find(v => v && v instanceof L.Map); const out = new Set();
    m.eachLayer(l => { if (l.feature && l.feature.properties.place_id) { out.add(l.feature.properties.category);
        if (l.feature.properties.contested) out.add('contested'); } }); return [...out].sort(); }"""


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    require_browser()
    from geo.store.ingest import ingest

    db = tmp_path_factory.mktemp("time") / "time.sqlite"
    ingest([ROOT / "seeds"], url=str(db))
    ingest([ROOT / "tests" / "data" / "control_articles"], url=str(db))
    with dashboard(db) as url:
        yield url


def sidebar_radio(page, option: str) -> None:  # type: ignore[no-untyped-def]
    page.locator("[data-testid='stSidebar'] label").filter(has_text=option).first.click()


def search_place(page, name: str, heading: str) -> None:  # type: ignore[no-untyped-def]
    """Find a place by a name and wait for its panel. A rerun started just before (by another
    widget) may replace the search box while it is typed in: then the search is made again."""
    from playwright.sync_api import Error

    box = page.locator("[data-testid='stSidebar'] input[aria-label='Find a place by any of its names']")
    for attempt in range(3):
        box.fill(name)
        box.press("Enter")
        try:
            page.wait_for_selector(f"h3:has-text('{heading}')", timeout=30_000 * (attempt + 1))
            return
        except Error:
            if attempt == 2:
                raise


def test_the_timeline_brush_sets_the_dates(page) -> None:  # type: ignore[no-untyped-def]
    map_frame(page)
    page.wait_for_selector("[data-testid='stSidebar'] [data-testid='stDateInput']", timeout=60_000)  # sidebar up
    page.wait_for_timeout(500)
    chart = page.wait_for_selector("[data-testid='stVegaLiteChart']", timeout=60_000)
    box = chart.bounding_box()
    x, y = box["x"] + 80, box["y"] + box["height"] - 65  # inside the plot: under the legend, over the axis
    page.mouse.move(x, y)
    page.mouse.down()
    for step in range(1, 20):  # a hand's drag, not a jump: the chart sees every move
        page.mouse.move(x + 20 * step, y)
        page.wait_for_timeout(30)
    page.mouse.up()
    values = """() => [...document.querySelectorAll("[data-testid='stSidebar'] [data-testid='stDateInput'] input")]
        .map(e => e.value)"""
    page.wait_for_function(f"() => ({values})().filter(v => /\\d{{4}}-\\d{{2}}-\\d{{2}}/.test(v)).length === 2",
                           timeout=60_000)
    start, end = page.evaluate(values)
    assert "2020-01-01" < start < end < "2024-12-31"
    page.screenshot(path=str(ARTIFACTS / "timeline-brush.png"), full_page=True)
    no_request_left_localhost(page)


def test_the_map_as_claimed_on_a_date(page) -> None:  # type: ignore[no-untyped-def]
    map_frame(page)
    sidebar_radio(page, "who is claimed to hold each place")
    thumb = page.locator("[data-testid='stMain'] [data-testid='stSlider'] input[type='range']")
    thumb.wait_for(state="attached", timeout=60_000)

    def on(day: str) -> None:
        for _ in range(120):  # step a day at a time with the keyboard, as a user would
            shown = thumb.get_attribute("aria-valuetext") or ""
            if shown == day:
                break
            thumb.focus()
            page.keyboard.press("ArrowRight" if shown < day else "ArrowLeft")
            page.wait_for_timeout(150)
        assert thumb.get_attribute("aria-valuetext") == day

    on("2020-11-08")
    frame = wait_in_map(page, f"() => ({FEATURE})('shusha') && ({FEATURE})('shusha').category === 'contested'",
                        at_least=3)
    assert frame.evaluate(FEATURE, "jabrayil")["category"] == "azerbaijan"
    assert frame.evaluate(FEATURE, "shusha")["dash"]  # contested: the dashed ring
    page.screenshot(path=str(ARTIFACTS / "control-2020-11-08.png"), full_page=True)
    on("2020-11-20")  # three days after the last Armenian denial (the seeds hold one of 11-09)
    wait_in_map(page, f"() => ({FEATURE})('shusha') && ({FEATURE})('shusha').category === 'azerbaijan'",
                at_least=3)
    on("2020-10-12")
    frame = wait_in_map(page, f"() => ({FEATURE})('shusha') === null")  # nothing claimed yet
    assert frame.evaluate(FEATURE, "jabrayil")["category"] == "azerbaijan"
    no_request_left_localhost(page)


@pytest.mark.parametrize("name", ["Khankendi", "خانكندي"])
def test_search_by_another_name_selects_stepanakert_and_flies_there(page, name: str) -> None:  # type: ignore[no-untyped-def]
    map_frame(page)
    search_place(page, name, "Stepanakert")
    wait_in_map(page, f"() => {{ const v = ({VIEW})(); return v[2] >= 10 && Math.abs(v[0] - 39.82) < 0.1 && "
                "Math.abs(v[1] - 46.75) < 0.1; }", at_least=10)
    page.screenshot(path=str(ARTIFACTS / f"search-{'latin' if name.isascii() else 'arabic'}.png"), full_page=True)
    no_request_left_localhost(page)


def test_the_zoom_survives_a_filter_change(page) -> None:  # type: ignore[no-untyped-def]
    _element, frame = map_frame(page)
    frame.locator(".leaflet-control-zoom-in").click()
    frame.wait_for_function(f"() => ({VIEW})()[2] === 8", timeout=30_000)
    page.wait_for_timeout(1500)  # the view reaches the app with the map's next message
    shown = re.search(r"\d+ places on the map", page.inner_text("body"))
    assert shown
    page.locator("[data-testid='stSidebar'] [data-testid='stCheckbox']").first.click()  # contested places only
    page.wait_for_function("(before) => { const m = document.body.innerText.match(/\\d+ places on the map/); "
                           "return m && m[0] !== before; }", arg=shown.group(0), timeout=60_000)
    wait_in_map(page, f"() => ({VIEW})()[2] === 8")
    # the map drawn anew may first report the view its page was built with (the theatre at zoom 7):
    # the analyst's zoom must hold after that report has come back from the app
    page.wait_for_timeout(3000)
    _element, frame = map_frame(page, at_least=1)
    assert frame.evaluate(VIEW)[2] == 8
    no_request_left_localhost(page)


def test_arabic_mode_is_right_to_left_with_no_english_in_widgets_legend_or_tooltips(page) -> None:  # type: ignore[no-untyped-def]
    map_frame(page)
    sidebar_radio(page, "العربية")
    page.wait_for_function("() => document.documentElement.getAttribute('dir') === 'rtl'", timeout=60_000)
    page.wait_for_selector("text=التصفية", timeout=60_000)
    texts = page.evaluate("""() => [...document.querySelectorAll(
        "[data-testid='stSidebar'] [data-testid='stWidgetLabel'], [data-testid='stSidebar'] [data-baseweb='select'], "
        + "[data-testid='stSidebar'] button, [data-testid='stSidebar'] h2, [data-testid='stMain'] h4, "
        + "[data-testid='stMain'] [data-testid='stCaptionContainer']")].map(e => e.innerText)""")
    latin = [t for t in texts if re.search(r"[A-Za-z]{3,}", t) and "Language" not in t and "English" not in t]
    assert latin == []
    _element, frame = map_frame(page)
    legend = frame.inner_text("#geo-legend")
    assert legend and not re.search(r"[A-Za-z]", legend)
    x, y = frame.evaluate("""() => { const m = Object.values(window).find(v => v && v instanceof L.Map); let l = null;
        m.eachLayer(x => { if (x.feature && x.feature.properties.place_id === 'ganja') l = x; });
        const p = m.latLngToContainerPoint(l.getLatLng()); return [p.x, p.y]; }""")
    frame.locator(".leaflet-container").hover(position={"x": x, "y": y})
    tooltip = frame.wait_for_selector(".leaflet-tooltip:not(.geo-label)", timeout=30_000)
    assert "كنجة" in tooltip.inner_text() and not re.search(r"[A-Za-z]", tooltip.inner_text())
    assert frame.locator(".leaflet-control-scale-line").count() == 1  # metric only
    page.screenshot(path=str(ARTIFACTS / "arabic-rtl.png"), full_page=True)
    chart = page.locator("[data-testid='stVegaLiteChart']")
    assert chart.evaluate("e => getComputedStyle(e).direction") == "ltr"  # its labels anchored where it draws them
    chart.screenshot(path=str(ARTIFACTS / "timeline-arabic.png"))  # the legend above the bars, no overlap
    no_request_left_localhost(page)


def test_the_legend_lists_exactly_the_categories_drawn(page) -> None:  # type: ignore[no-untyped-def]
    _element, frame = map_frame(page)
    frame.wait_for_function("() => document.querySelectorAll('#geo-legend .geo-legend-row').length > 0")
    legend = sorted(frame.evaluate("() => [...document.querySelectorAll('#geo-legend .geo-legend-row')]"
                                   ".map(e => e.dataset.key)"))
    assert legend == frame.evaluate(CATEGORIES)
    no_request_left_localhost(page)


def test_a_correction_made_in_the_dashboard_changes_the_panel_and_the_map(page, server: str) -> None:  # type: ignore[no-untyped-def]
    hostile = "<img src=x onerror=window.__pwned=1> **محلل** ${window.__pwned=1}"
    map_frame(page)
    name_box = page.locator("[data-testid='stSidebar'] input[aria-label='Your name (for corrections)']")
    name_box.fill(hostile)
    name_box.press("Enter")
    search_place(page, "Goris", "Goris")
    _element, frame = map_frame(page)
    before = frame.evaluate(FEATURE, "goris")["category"]
    main = page.locator("[data-testid='stMain']")
    main.locator("summary").filter(has_text="Review or correct this claim").first.click()
    form = main.locator("[data-testid='stForm']").filter(has_text="Asserted or denied").first
    form.locator("[data-testid='stSelectbox']").first.click()
    page.keyboard.type("United Nations")
    page.keyboard.press("Enter")
    form.locator("input[type='text']").last.fill(hostile)
    form.get_by_text("Save the correction").click()
    page.wait_for_function("() => { const m = document.querySelector(\"[data-testid='stMain']\").innerText; "
                           "return m.includes('United Nations') && m.includes('reviewed'); }", timeout=60_000)
    frame = wait_in_map(page, f"() => ({FEATURE})('goris').category !== {json.dumps(before)}", at_least=10)
    assert page.evaluate("() => window.__pwned") is None and frame.evaluate("() => window.__pwned === undefined")
    assert page.dialogs == []
    page.screenshot(path=str(ARTIFACTS / "correction.png"), full_page=True)
    no_request_left_localhost(page)


STATES = """() => { const m = Object.values(window).find(v => v && v instanceof L.Map); const out = {};
    m.eachLayer(l => { if (l.feature && l.feature.properties.place_id) out[l.feature.properties.place_id] =
        l.feature.properties.category + ' ' + l.options.fillColor; }); return JSON.stringify(out); }"""


def test_play_steps_the_map_through_the_days_and_pause_stops_it(page) -> None:  # type: ignore[no-untyped-def]
    _element, frame = map_frame(page)
    sidebar_radio(page, "who is claimed to hold each place")
    main = page.locator("[data-testid='stMain']")
    thumb = main.locator("[data-testid='stSlider'] input[type='range']")
    thumb.wait_for(state="attached", timeout=60_000)
    frame = wait_in_map(page, f"() => ({FEATURE})('shusha') !== null", at_least=3)
    frame.locator(".leaflet-control-zoom-in").click()  # the analyst's view, to be kept while playing
    frame.wait_for_function(f"() => ({VIEW})()[2] === 8", timeout=30_000)
    page.wait_for_timeout(1500)  # the view reaches the app with the map's next message
    frame.evaluate("() => { window.__sameMap = true; }")  # gone if the map were drawn again
    main.get_by_role("button", name="Play").click()
    seen: list[tuple[str, str]] = []  # (the date shown, the map's colours), one per step
    for _ in range(200):
        day = thumb.get_attribute("aria-valuetext") or ""
        if not seen or day != seen[-1][0]:
            page.wait_for_timeout(300)  # the step's colours reach the map with the same run
            seen.append((day, frame.evaluate(STATES)))
            if len(seen) == 4:
                break
        page.wait_for_timeout(100)
    days = [d for d, _ in seen]
    assert len(days) == 4 and all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", d) for d in days)
    assert days[1:] == sorted(set(days[1:])), days  # forward, a day with claims at a time
    changes = sum(a != b for (_, a), (_, b) in zip(seen[1:], seen[2:], strict=False))
    assert changes >= 1 and len({s for _, s in seen}) >= 3, seen  # the colours change with the days
    assert frame.evaluate("() => window.__sameMap === true")  # restyled, not redrawn
    assert frame.evaluate(VIEW)[2] == 8  # the zoom kept
    page.screenshot(path=str(ARTIFACTS / "play.png"), full_page=True)
    main.get_by_role("button", name="Pause").click()
    main.get_by_role("button", name="Play").wait_for(timeout=30_000)
    paused_on, colours = thumb.get_attribute("aria-valuetext"), frame.evaluate(STATES)
    page.wait_for_timeout(4000)  # more than two steps' time
    assert thumb.get_attribute("aria-valuetext") == paused_on
    assert frame.evaluate(STATES) == colours
    no_request_left_localhost(page)
