"""An analyst places a name the machine could not place, in a real browser (chromium driven by
Playwright): the name waits first in the review queue, the analyst clicks the map where the
place is and saves it as a new place; the map then draws it with its claim, the queue no longer
lists it, and hostile text in the fields is shown as text. Screenshots go to test-artifacts/.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from browser_support import (
    ARTIFACTS,
    click_place,
    dashboard,
    map_frame,
    no_request_left_localhost,
    require_browser,
    wait_in_map,
)

VILLAGE = "بيرزيفانك"  # a name no gazetteer has, after «قرية»: the machine knows it is a place, not where
ARTICLE = f"أعلنت وزارة الدفاع الأذربيجانية أن القوات الأرمينية قصفت قرية {VILLAGE} في منطقة توفوز صباح اليوم."
SPOT = (41.25, 44.9)  # where the analyst clicks: away from every place drawn, so that the click finds the new one
NEW_PLACE = """() => { const m = Object.values(window).find(v => v && v instanceof L.Map); let found = null;
    m.eachLayer(l => { const p = l.feature && l.feature.properties;
        if (p && String(p.place_id).startsWith('analyst:')) found = [l.getLatLng().lat, l.getLatLng().lng]; });
    return found; }"""


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    require_browser()
    from geo.store.ingest import ingest

    folder: Path = tmp_path_factory.mktemp("review-corpus")
    (folder / "tovuz-shelling.txt").write_text(ARTICLE, encoding="utf-8")
    db = tmp_path_factory.mktemp("review") / "review.sqlite"
    ingest([Path(__file__).resolve().parents[2] / "seeds", folder], url=str(db))
    with dashboard(db) as url:
        yield url


def test_an_analyst_places_an_unresolved_name_by_a_click_on_the_map(page) -> None:  # type: ignore[no-untyped-def]
    hostile = "<img src=x onerror=window.__pwned=1> **قرية** ${window.__pwned=1}"
    element, frame = map_frame(page)
    assert frame.evaluate(NEW_PLACE) is None
    name_box = page.locator("[data-testid='stSidebar'] input[aria-label='Your name (for corrections)']")
    name_box.fill("analyst")
    name_box.press("Enter")
    main = page.locator("[data-testid='stMain']")
    main.locator("summary").filter(has_text="Review queue").first.click()
    queue = main.locator("[data-testid='stExpander']").filter(has_text="Names the machine could not place")
    queue.get_by_text(VILLAGE).first.wait_for(timeout=30_000)
    queue.locator("label").filter(has_text="a place the gazetteer lacks").first.click()
    new_name = queue.locator("input[aria-label='Name of the new place']")
    new_name.fill(hostile)
    new_name.press("Enter")
    old_map, _frame = map_frame(page)
    queue.locator("label").filter(has_text="Take the coordinates from my next click on the map").first.click()
    page.wait_for_function("(el) => !el.isConnected", arg=old_map, timeout=60_000)  # a map that reports any click
    element, frame = map_frame(page)
    element.scroll_into_view_if_needed()
    x, y = frame.evaluate(
        """([lat, lon]) => { const m = Object.values(window).find(v => v && v instanceof L.Map);
        const p = m.latLngToContainerPoint([lat, lon]); return [p.x, p.y]; }""", list(SPOT))
    box = element.bounding_box()
    page.mouse.click(box["x"] + x, box["y"] + y)
    page.wait_for_function("(want) => { const i = [...document.querySelectorAll(\"input[aria-label='Latitude']\")]; "
                           "return i.some(e => Math.abs(parseFloat(e.value) - want) < 0.05); }", arg=SPOT[0],
                           timeout=60_000)
    queue.get_by_role("button", name="Save the correction").click()
    page.wait_for_function("(el) => !el.isConnected", arg=element, timeout=60_000)  # the usual map again
    frame = wait_in_map(page, NEW_PLACE.replace("return found;", "return found !== null;"), at_least=10)
    lat, lon = frame.evaluate(NEW_PLACE)
    assert abs(lat - SPOT[0]) < 0.05 and abs(lon - SPOT[1]) < 0.05
    page.wait_for_function("(name) => { const q = [...document.querySelectorAll(\"[data-testid='stExpander']\")]"
                           ".find(e => e.innerText.includes('Review queue')); return q && !q.innerText.includes(name); }",
                           arg=VILLAGE, timeout=60_000)
    click_place(page, lat, lon)  # the new place's panel: its hostile name shown as text
    page.wait_for_function("() => document.querySelector(\"[data-testid='stMain']\").innerText"
                           ".includes('<img src=x onerror=window.__pwned=1>')", timeout=60_000)
    assert page.evaluate("() => window.__pwned") is None and frame.evaluate("() => window.__pwned === undefined")
    assert page.dialogs == []
    page.screenshot(path=str(ARTIFACTS / "review-new-place.png"), full_page=True)
    no_request_left_localhost(page)
