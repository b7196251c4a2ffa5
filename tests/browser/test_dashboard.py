"""The dashboard in a real browser: Debian's chromium driven by Playwright, against the app served
on localhost with the seeds (and one hostile article) ingested. Screenshots go to test-artifacts/.

Needs /usr/bin/chromium (apt-get install chromium) and the map assets (npm install --prefix static):
a failure under CI, a clear skip elsewhere.
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = os.environ.get("GEO_TEST_CHROMIUM", "/usr/bin/chromium")
HOSTILE = ("<script>window.__pwned=1</script> <img src=x onerror=\"window.__pwned=1\"> ${window.__pwned=1} "
           "</script> \\1 `x` [a](javascript:window.__pwned=1)")
HOSTILE_NAME = "Hostilia <img src=x onerror=window.__pwned=1> ${window.__pwned=1}"
BAIT = "http://127.0.0.1:9/bait"  # a local address nothing listens on: any request to it is a leak
MARKDOWN_NAME = f"Markdownia ![x]({BAIT}.png) [link]({BAIT}) **bold** $x^2$"
RLO_TITLE = "عنوان\u202e مقلوب"
PLACES_DRAWN = """(() => { const m = Object.values(window).find(v => v && v instanceof L.Map); if (!m) return 0;
    let n = 0; m.eachLayer(l => { if (l.feature && l.feature.properties && l.feature.properties.place_id) n++; });
    return n; })()"""
LOCAL = re.compile(r"^(https?://(127\.0\.0\.1|localhost)(:\d+)?/|data:|blob:|about:)")


def _missing(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(reason)
    pytest.skip(reason)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if not Path(CHROMIUM).exists():
        _missing(f"no chromium at {CHROMIUM}: apt-get install chromium (or set GEO_TEST_CHROMIUM)")
    if not (ROOT / "static" / "node_modules" / "leaflet" / "dist" / "leaflet.js").exists():
        _missing("map assets missing: npm install --prefix static --no-package-lock")
    pytest.importorskip("playwright")
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
    port = _free_port()
    env = {**os.environ, "GEO_DATABASE_URL": str(db), "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(port), "--server.headless", "true",
         "--server.address", "127.0.0.1"],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}/"
    deadline = time.monotonic() + 90
    while True:  # wait for the server, bounded
        try:
            with urllib.request.urlopen(url + "_stcore/health", timeout=2) as r:
                if r.status == 200:
                    break
        except OSError:
            pass
        if time.monotonic() > deadline or proc.poll() is not None:
            proc.kill()
            pytest.fail(f"the dashboard did not start: {proc.stdout.read().decode() if proc.stdout else ''}")
        time.sleep(0.2)
    yield url
    proc.terminate()
    proc.wait(timeout=30)


@pytest.fixture
def page(server: str) -> Iterator:  # type: ignore[type-arg]
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync"])
        pg = browser.new_page(viewport={"width": 1500, "height": 1100})
        pg.requests = []  # type: ignore[attr-defined]
        pg.dialogs = []  # type: ignore[attr-defined]
        pg.on("request", lambda r: pg.requests.append(r.url))  # type: ignore[attr-defined]
        pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))  # type: ignore[attr-defined]
        pg.goto(server)
        yield pg
        browser.close()


def map_frame(page):  # type: ignore[no-untyped-def]
    element = page.wait_for_selector("iframe[title='streamlit_folium.st_folium']", timeout=90_000)
    frame = element.content_frame()
    frame.wait_for_function(f"() => ({PLACES_DRAWN}) >= 10", timeout=90_000)
    return element, frame


def click_place(page, lat: float, lon: float) -> None:  # type: ignore[no-untyped-def]
    element, frame = map_frame(page)
    x, y = frame.evaluate(
        """([lat, lon]) => { const m = Object.values(window).find(v => v && v instanceof L.Map);
        const p = m.latLngToContainerPoint([lat, lon]); const r = m.getContainer().getBoundingClientRect();
        return [p.x + r.left, p.y + r.top]; }""", [lat, lon])
    box = element.bounding_box()
    page.mouse.click(box["x"] + x, box["y"] + y)


def panel_heading(page, text: str) -> None:  # type: ignore[no-untyped-def]
    page.wait_for_selector(f"h3:has-text('{text}')", timeout=60_000)


def no_request_left_localhost(page) -> None:  # type: ignore[no-untyped-def]
    outside = [u for u in page.requests if not LOCAL.match(u)]
    assert outside == []


def test_map_draws_offline(page) -> None:  # type: ignore[no-untyped-def]
    _element, frame = map_frame(page)
    assert frame.evaluate(f"() => {PLACES_DRAWN}") >= 20  # one marker per place
    assert frame.locator("canvas").count() >= 1  # drawn on a canvas
    page.screenshot(path=str(ARTIFACTS / "dashboard.png"))
    no_request_left_localhost(page)


def test_click_shusha_shows_both_sides(page) -> None:  # type: ignore[no-untyped-def]
    click_place(page, 39.7601, 46.7499)
    panel_heading(page, "Shusha")
    page.wait_for_selector("text=Contested", timeout=30_000)
    body = page.inner_text("body")
    assert "Azerbaijan" in body and "Armenia / Karabakh authorities" in body
    assert "شوشا" in body
    page.screenshot(path=str(ARTIFACTS / "shusha.png"), full_page=True)
    no_request_left_localhost(page)


def _claims_count(page) -> int:  # type: ignore[no-untyped-def]
    caption = page.locator("text=/\\d+ claims about Shusha/").first.inner_text()
    return int(caption.split()[0])


def test_filter_to_one_side(page) -> None:  # type: ignore[no-untyped-def]
    click_place(page, 39.7601, 46.7499)
    panel_heading(page, "Shusha")
    before = _claims_count(page)
    sides = page.locator("[data-testid='stSidebar'] [data-testid='stMultiSelect']").first
    sides.click()
    page.keyboard.type("Armenia")
    page.keyboard.press("Enter")
    page.keyboard.press("Escape")
    page.wait_for_function(
        "n => { const m = document.body.innerText.match(/(\\d+) claims about Shusha/); return m && +m[1] < n; }",
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

    def hover(place_id: str, expect: str) -> str:
        x, y = frame.evaluate(
            """(pid) => { const m = Object.values(window).find(v => v && v instanceof L.Map);
            let marker = null;
            m.eachLayer(l => { if (l.feature && l.feature.properties.place_id === pid) marker = l; });
            const p = m.latLngToContainerPoint(marker.getLatLng()); const r = m.getContainer().getBoundingClientRect();
            return [p.x + r.left, p.y + r.top]; }""", place_id)
        box = element.bounding_box()
        page.mouse.move(box["x"] + x, box["y"] + y)
        tooltip = frame.wait_for_selector(f".leaflet-tooltip:has-text('{expect}')", timeout=30_000)
        return str(tooltip.inner_text())

    text = hover("shusha", "Shusha")
    assert "Shusha / Shushi" in text and "شوشا" in text and "claims" in text
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
