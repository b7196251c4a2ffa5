"""Shared pieces of the browser tests: the dashboard served on localhost against a store the test
fills, Debian's chromium driven by Playwright, and helpers that act inside the map's iframe.

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
from contextlib import contextmanager
from pathlib import Path

import pytest

from benchmarks.bench_dashboard import VISIBLE_POINT

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = os.environ.get("GEO_TEST_CHROMIUM", "/usr/bin/chromium")
PLACES_DRAWN = """(() => { const m = Object.values(window).find(v => v && v instanceof L.Map); if (!m) return 0;
    let n = 0; m.eachLayer(l => { if (l.feature && l.feature.properties && l.feature.properties.place_id) n++; });
    return n; })()"""
LOCAL = re.compile(r"^(https?://(127\.0\.0\.1|localhost)(:\d+)?/|data:|blob:|about:)")


def missing(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(reason)
    pytest.skip(reason)


def require_browser() -> None:
    if not Path(CHROMIUM).exists():
        missing(f"no chromium at {CHROMIUM}: apt-get install chromium (or set GEO_TEST_CHROMIUM)")
    if not (ROOT / "static" / "node_modules" / "leaflet" / "dist" / "leaflet.js").exists():
        missing("map assets missing: npm install --prefix static --no-package-lock")
    pytest.importorskip("playwright")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def dashboard(db: Path) -> Iterator[str]:
    """The app served on a free local port against the store at ``db``, until the block ends."""
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
    try:
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=30)


@contextmanager
def browser_page(url: str) -> Iterator:  # type: ignore[type-arg]
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
        pg.goto(url)
        try:
            yield pg
        finally:
            browser.close()


def map_frame(page, at_least: int = 10):  # type: ignore[no-untyped-def]
    """The map's iframe once it has drawn ``at_least`` places. A rerun may replace the iframe
    while it is looked for: then the new one is taken (a bounded number of times)."""
    from playwright.sync_api import Error

    # the page is whole once the sidebar's widgets have come (the run the map's first report
    # starts brings them): an iframe taken before that run may be replaced by it
    page.wait_for_selector("[data-testid='stSidebar'] [data-testid='stMultiSelect']", timeout=90_000)
    for attempt in range(5):
        element = page.wait_for_selector("iframe[title='streamlit_folium.st_folium']", timeout=90_000)
        frame = element.content_frame()
        try:
            if frame is None:
                raise Error("the map's iframe was replaced")
            frame.wait_for_function(f"() => ({PLACES_DRAWN}) >= {at_least}", timeout=90_000)
            return element, frame
        except Error:
            if attempt == 4:
                raise
            page.wait_for_timeout(500)
    raise AssertionError("unreachable")


def settled_box(page, element) -> dict:  # type: ignore[no-untyped-def]
    """The element's box once the page has stopped moving it: the chart and captions above the map
    arrive after the map and push it down or up by tens of pixels, so a box read during that move is
    not where the map will be when the click lands (a user clicks what has stopped moving)."""
    box = element.bounding_box()
    for _ in range(40):
        page.wait_for_timeout(250)
        again = element.bounding_box()
        if again == box:
            return box
        box = again
    return box


PANEL_HINT = "Click a place on the map or find it in the sidebar"
"""The panel's text while no place is selected (English)."""


def click_place(page, lat: float, lon: float, place_id: str = "") -> None:  # type: ignore[no-untyped-def]
    """Click the marker of the place at (lat, lon) (or of ``place_id``) where it shows. A click that
    lands while the page is still being rebuilt (the first run after the map reports brings the
    timeline and the sidebar, and may draw the map anew) selects nothing: then, as a user would, it
    clicks again, up to three times, until the panel's hint gives way."""
    from playwright.sync_api import Error

    for attempt in range(3):
        element, frame = map_frame(page)
        element.scroll_into_view_if_needed()
        box = settled_box(page, element)
        x, y = frame.evaluate(VISIBLE_POINT, [lat, lon, place_id])
        page.mouse.click(box["x"] + x, box["y"] + y)
        try:
            page.wait_for_selector(f"text={PANEL_HINT}", state="detached", timeout=15_000)
            return
        except Error:
            if attempt == 2:
                raise


def panel_heading(page, text: str) -> None:  # type: ignore[no-untyped-def]
    page.wait_for_selector(f"h3:has-text('{text}')", timeout=60_000)


def no_request_left_localhost(page) -> None:  # type: ignore[no-untyped-def]
    outside = [u for u in page.requests if not LOCAL.match(u)]
    assert outside == []


def wait_in_map(page, condition: str, *, at_least: int = 1, timeout_s: float = 60.0):  # type: ignore[no-untyped-def]
    """Wait for ``condition`` (a JS function's source) to hold inside the map's iframe, taking the
    new iframe when a rerun replaces it meanwhile. Returns the frame it held in."""
    from playwright.sync_api import Error

    deadline = time.monotonic() + timeout_s
    while True:
        _element, frame = map_frame(page, at_least=at_least)
        try:
            frame.wait_for_function(condition, timeout=max(1000, int((deadline - time.monotonic()) * 1000)))
            return frame
        except Error:
            if time.monotonic() > deadline:
                raise
