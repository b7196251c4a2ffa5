"""The dashboard in a real browser: Debian's chromium driven by Playwright, against the app served
on localhost with the seeds (and hostile articles and place names) ingested. Screenshots go to
test-artifacts/.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from browser_support import (
    ARTIFACTS,
    PLACES_DRAWN,
    ROOT,
    VISIBLE_POINT,
    click_place,
    dashboard,
    map_frame,
    no_request_left_localhost,
    panel_heading,
    require_browser,
    settled_box,
)

HOSTILE = ("<script>window.__pwned=1</script> <img src=x onerror=\"window.__pwned=1\"> ${window.__pwned=1} "
           "</script> \\1 `x` [a](javascript:window.__pwned=1)")
HOSTILE_NAME = "Hostilia <img src=x onerror=window.__pwned=1> ${window.__pwned=1}"
BAIT = "http://127.0.0.1:9/bait"  # a local address nothing listens on: any request to it is a leak
MARKDOWN_NAME = f"Markdownia ![x]({BAIT}.png) [link]({BAIT}) **bold** $x^2$"
RLO_TITLE = "عنوان\u202e مقلوب"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    require_browser()
    from geo.store.ingest import ingest

    tmp = tmp_path_factory.mktemp("dashboard")
    extra = tmp / "hostile"
    extra.mkdir()
    (extra / "hostile.txt").write_text(
        f"وقالت وزارة الدفاع الأرمينية إن القوات قصفت مدينة غوريس {HOSTILE}.", encoding="utf-8")
    # a user gazetteer whose English name is hostile: names reach the map's tooltips as text only
    gazetteer = tmp / "hostile-places.csv"
    gazetteer.write_text(
        "id,kind,name_en,name_az,name_hy,alt_latin,names_ar,lat,lon,country,admin1,capital_of,geonames_id,source\n"
        f'hostilia,village,"{HOSTILE_NAME}",,,,هوستيليا,39.3,46.2,AZ,,,,test\n', encoding="utf-8")
    (extra / "hostile-place.txt").write_text(
        "وقالت وزارة الدفاع الأذربيجانية إن قواتها سيطرت على قرية هوستيليا.", encoding="utf-8")
    # Markdown in a place name, a bare URL in an article, an override in a title
    with gazetteer.open("a", encoding="utf-8") as f:
        f.write(f'markdownia,village,"{MARKDOWN_NAME}",,,,ماركدونيا,39.4,46.3,AZ,,,,test\n')
    (extra / "markdown-place.txt").write_text(
        f"وقالت وزارة الدفاع الأرمينية إن القوات قصفت قرية ماركدونيا، والتفاصيل في {BAIT} وwww.example.invalid",
        encoding="utf-8")
    (extra / "manifest.csv").write_text(
        f"id,file,title,outlet,published\nmarkdown-place,markdown-place.txt,{RLO_TITLE},منفذ,2020-10-05\n",
        encoding="utf-8")
    db = tmp / "dash.sqlite"
    ingest([ROOT / "seeds", extra], url=str(db), gazetteer_files=[str(gazetteer)])
    with dashboard(db) as url:
        yield url


def test_map_draws_offline(page) -> None:  # type: ignore[no-untyped-def]
    _element, frame = map_frame(page)
    assert frame.evaluate(f"() => {PLACES_DRAWN}") >= 20  # one marker per place
    assert frame.locator("canvas").count() >= 1  # drawn on a canvas
    page.screenshot(path=str(ARTIFACTS / "dashboard.png"))
    no_request_left_localhost(page)


def test_click_shusha_shows_both_sides(page) -> None:  # type: ignore[no-untyped-def]
    click_place(page, 39.7601, 46.7499, "shusha")
    panel_heading(page, "Shusha")
    page.wait_for_selector("text=Contested", timeout=30_000)
    body = page.inner_text("body")
    assert "Azerbaijan" in body and "Armenia / Karabakh authorities" in body
    assert "شوشا" in body
    page.screenshot(path=str(ARTIFACTS / "shusha.png"), full_page=True)
    no_request_left_localhost(page)


def _claims_count(page) -> int:  # type: ignore[no-untyped-def]
    caption = page.locator("text=/\\d+ claims? · Page/").first.inner_text()
    return int(caption.split()[0])


def test_filter_to_one_side(page) -> None:  # type: ignore[no-untyped-def]
    click_place(page, 39.7601, 46.7499, "shusha")
    panel_heading(page, "Shusha")
    before = _claims_count(page)
    sides = page.locator("[data-testid='stSidebar'] [data-testid='stMultiSelect']").first
    sides.click()
    page.keyboard.type("Armenia")
    page.keyboard.press("Enter")
    page.keyboard.press("Escape")
    page.wait_for_function(
        "n => { const m = document.body.innerText.match(/(\\d+) claims? · Page/); return m && +m[1] < n; }",
        arg=before, timeout=60_000)
    panel_heading(page, "Shusha")  # the selection survived the filter change
    main = page.inner_text("[data-testid='stMain']")
    assert "Armenia / Karabakh authorities" in main and "\nAzerbaijan\n" not in main
    page.screenshot(path=str(ARTIFACTS / "shusha-armenia-only.png"), full_page=True)
    no_request_left_localhost(page)


def test_place_picker_selects_goris_and_hostile_text_runs_nothing(page) -> None:  # type: ignore[no-untyped-def]
    map_frame(page)
    picker = page.locator("[data-testid='stSidebar'] [data-testid='stSelectbox']").first
    picker.click()
    page.keyboard.type("Goris")
    page.keyboard.press("Enter")
    panel_heading(page, "Goris")
    page.wait_for_selector("text=window.__pwned", timeout=30_000)  # the hostile sentence, shown as text
    assert page.evaluate("() => window.__pwned") is None
    for frame in page.frames:
        assert frame.evaluate("() => window.__pwned === undefined")
    assert page.dialogs == []
    page.screenshot(path=str(ARTIFACTS / "goris-hostile.png"), full_page=True)
    no_request_left_localhost(page)


def test_tooltip_gives_both_names_and_shows_a_hostile_name_as_text(page) -> None:  # type: ignore[no-untyped-def]
    element, frame = map_frame(page)
    element.scroll_into_view_if_needed()

    def hover(place_id: str, expect: str) -> str:
        page.mouse.move(5, 5)  # off the map first, as a user moves from one marker to the next:
        frame.wait_for_selector(".leaflet-tooltip:not(.geo-label)", state="detached", timeout=30_000)  # none open
        box = settled_box(page, element)
        x, y = frame.evaluate(VISIBLE_POINT, [0, 0, place_id])
        page.mouse.move(box["x"] + x, box["y"] + y)
        tooltip = frame.wait_for_selector(f".leaflet-tooltip:has-text('{expect}')", timeout=30_000)
        return str(tooltip.inner_text())

    text = hover("shusha", "Shusha")
    assert "Shusha / Shushi" in text and "شوشا" in text and "claims" in text
    # its own width, not squeezed into a column by the map's edge («max-content»): a column tall
    # enough to cover the markers below it, one word a line
    box = frame.locator(".leaflet-tooltip:has-text('Shusha')").bounding_box()
    assert box is not None and box["width"] > 200 and box["height"] < 120, box
    text = hover("hostilia", "Hostilia")
    assert HOSTILE_NAME in text  # shown, character for character, as text
    assert frame.locator(".leaflet-tooltip img").count() == 0
    assert frame.evaluate("() => window.__pwned === undefined") and page.dialogs == []
    page.screenshot(path=str(ARTIFACTS / "tooltip-hostile.png"))
    no_request_left_localhost(page)


def test_markdown_urls_and_bidi_from_data_are_shown_as_text(page) -> None:  # type: ignore[no-untyped-def]
    map_frame(page)
    picker = page.locator("[data-testid='stSidebar'] [data-testid='stSelectbox']").first
    picker.click()
    page.keyboard.type("Markdownia")
    page.keyboard.press("Enter")
    page.wait_for_selector("h3:has-text('Markdownia')", timeout=60_000)
    main = page.locator("[data-testid='stMain']")
    heading = main.locator("h3").first.inner_text()
    assert "![x]" in heading and "**bold**" in heading and "$x^2$" in heading  # literally, as written
    leaks = main.locator(f"img[src^='{BAIT}'], a[href^='{BAIT}'], a[href*='example.invalid']")
    assert leaks.count() == 0, [leaks.nth(i).evaluate("e => e.outerHTML") for i in range(leaks.count())]
    assert main.locator(".katex").count() == 0  # no LaTeX rendered
    page.wait_for_selector("text=127.0.0.1:9/bait", timeout=30_000)  # the bare URL in the article: text, not a link
    details = main.inner_text()
    assert "\u2068" + RLO_TITLE + "\u2069" in details  # the override ends inside its isolate
    page.screenshot(path=str(ARTIFACTS / "markdown-bidi-hostile.png"), full_page=True)
    assert not [u for u in page.requests if u.startswith(BAIT)]
    no_request_left_localhost(page)
