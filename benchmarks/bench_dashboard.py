"""Benchmark of the dashboard in a real browser (Debian's chromium via Playwright).

Run:  python benchmarks/bench_dashboard.py [--places 5000] [--claims 100000] [--runs 5]
      [--json benchmarks/results/dashboard.json]

Builds a synthetic store (places spread over the theatre, claims spread over the places), serves
the app on localhost, and measures, with clocks read inside the page (the harness's polling does
not count): time from opening the page to the map's place markers drawn,
and time from a click on a place to its claims shown in the panel; plus the size of the place
layer the map fetches (decoded, and as transferred compressed).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geo.store.engine import open_store  # noqa: E402
from geo.store.ingest import refresh_contested  # noqa: E402
from geo.store.queries import NO_FILTERS, place_counts  # noqa: E402
from geo.store.schema import refresh_place_counts  # noqa: E402
from geo.store.writer import write_article  # noqa: E402

SIDES = ("armenia", "azerbaijan", "russia", "turkey", "none", "other")
TYPES = ("attack", "control", "casualties", "denial", "diplomacy", "humanitarian")


def build_store(url: str, n_places: int, n_claims: int, seed: int = 3) -> None:
    rng = random.Random(seed)
    places = [{"place_id": f"p{i:05d}", "name": f"Place {i}", "name_ar": f"مكان {i}", "alt_names": [],
               "lat": round(38.6 + rng.random() * 2.6, 4), "lon": round(44.5 + rng.random() * 3.8, 4),
               "kind": "village", "country": "AZ", "source": "synthetic", "layer": "user"} for i in range(n_places)]
    engine = open_store(url)
    per_article = 20
    with engine.begin() as conn:
        for a in range(n_claims // per_article):
            claims = []
            for c in range(per_article):
                pid = places[rng.randrange(n_places)]["place_id"] if rng.random() < 0.9 else places[rng.randrange(50)]["place_id"]
                claims.append({"id": f"a{a}:c{c}", "start": 0, "end": 10, "text": "وقالت الوزارة إن القصف استمر",
                               "speaker": "الوزارة", "speaker_en": "ministry", "side": rng.choice(SIDES),
                               "type": rng.choice(TYPES), "polarity": rng.choice(("assert", "deny")),
                               "place_ids": [pid], "numbers": [], "date": None, "confidence": 0.8})
            used = {c["place_ids"][0] for c in claims}
            write_article(conn, {
                "article_key": f"{a:064d}", "id": f"a{a}", "path": None, "published": "2020-10-01",
                "title": None, "outlet": None, "url": None, "encoding": "utf-8", "warnings": [],
                "extractor_version": "bench", "text": f"نص {a}", "mentions": [], "claims": claims,
                "places": [p for p in places if p["place_id"] in used], "contested": [], "unresolved": [],
            })
        refresh_place_counts(conn)
    refresh_contested(engine)
    engine.dispose()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


# Timestamps taken inside the page (epoch ms), so the harness's own polling does not count: in the
# map's frame, when every place is on the map; in the app's page, when a place's heading appears.
PAGE_CLOCKS = """(() => {
  const now = () => performance.timeOrigin + performance.now();
  if (window.frameElement) {  // the map's iframe
    const tick = () => {
      const m = window.L && Object.values(window).find(v => v && v instanceof L.Map);
      if (m) { let k = 0; m.eachLayer(l => { if (l.feature && l.feature.properties.place_id) k++; });
               if (k >= __N__ && document.querySelector('canvas')) { window.__drawnAt = now(); return; } }
      setTimeout(tick, 5);
    };
    tick();
    window.addEventListener('mousedown', () => { window.top.__clickAt = now(); }, true);
  } else {
    new MutationObserver(() => {
      const shown = [...document.querySelectorAll('h3')].some(h => h.innerText.includes('Place'));
      if (window.__clickAt && !window.__claimsAt && shown) window.__claimsAt = now();
    }).observe(document, {subtree: true, childList: true, characterData: true});
  }
})()"""


VISIBLE_POINT = """([lat, lon, pid]) => {
    // the point of a place's marker that no marker drawn after it covers (a user clicks what they
    // see: at low zoom Stepanakert's marker lies on part of Shusha's): the marker of ``pid``, or
    // the one nearest (lat, lon); its centre if nothing covers it, else a point towards its edge
    const m = Object.values(window).find(v => v && v instanceof L.Map), markers = [];
    m.eachLayer(l => { if (l.feature && l.getRadius) markers.push(l); });
    const at = l => m.latLngToContainerPoint(l.getLatLng());
    let target = markers.find(l => l.feature.properties.place_id === pid) || null;
    if (!target) {
        const want = m.latLngToContainerPoint([lat, lon]);
        target = markers.reduce((a, l) => (!a || at(l).distanceTo(want) < at(a).distanceTo(want)) ? l : a, null);
    }
    const c = at(target), r = target.getRadius(), b = m.getContainer().getBoundingClientRect();
    const tries = [[0, 0], [0, 0.7], [0, -0.7], [0.7, 0], [-0.7, 0], [0.5, 0.5], [-0.5, 0.5], [0.5, -0.5], [-0.5, -0.5]];
    for (const [dx, dy] of tries) {
        const p = L.point(c.x + dx * r, c.y + dy * r);
        let top = null;  // the canvas hands a click to the last-drawn marker holding the point
        markers.forEach(l => { if (at(l).distanceTo(p) <= l.getRadius()) { top = l; } });
        if (top === target) { return [p.x + b.left, p.y + b.top]; }
    }
    return [c.x + b.left, c.y + b.top];
}"""
"""JavaScript for a place's marker, [lat, lon, place_id] -> the page point where it shows (also
used by the browser tests, tests/browser/browser_support.py)."""

def measure(base: str, on_map: int, runs: int) -> tuple[list[float], list[float], dict[str, float]]:
    """Open the page `runs` + 1 times (the first warms the server's caches): seconds until all
    `on_map` markers are drawn, seconds from a click to the place's claims, and the place layer's
    size as fetched (transferred, compressed) and as decoded."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout
    from playwright.sync_api import sync_playwright

    for _ in range(300):
        try:
            with urllib.request.urlopen(base + "_stcore/health", timeout=2):
                break
        except OSError:
            time.sleep(0.2)
    draws, clicks = [], []
    payload: dict[str, float] = {}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"])
        for run in range(runs + 1):
            page = browser.new_page(viewport={"width": 1500, "height": 1100})
            page.add_init_script(PAGE_CLOCKS.replace("__N__", str(on_map)))
            page.goto(base)
            element = page.wait_for_selector("iframe[title='streamlit_folium.st_folium']", timeout=180_000)
            frame = element.content_frame()
            frame.wait_for_function("() => !!window.__drawnAt", timeout=180_000)  # PAGE_CLOCKS counts the markers
            drawn = (frame.evaluate("() => window.__drawnAt") - page.evaluate("() => performance.timeOrigin")) / 1000
            sizes = frame.evaluate("""() => performance.getEntriesByType('resource')
                .filter(r => r.name.includes('/static/layers/')).map(r => [r.transferSize, r.decodedBodySize])""")
            if sizes:
                payload = {"transferred": round(sizes[0][0] / 1000, 1), "decoded": round(sizes[0][1] / 1000, 1)}
            element.scroll_into_view_if_needed()  # the timeline above may put the map below the fold
            first = frame.evaluate("""() => { const m = Object.values(window).find(v => v && v instanceof L.Map);
                let best = null; m.eachLayer(l => { if (l.feature && l.feature.properties.place_id && !best) best = l; });
                return best.feature.properties.place_id; }""")
            target = frame.evaluate(VISIBLE_POINT, [0, 0, first])  # where its marker shows
            box = element.bounding_box()
            page.mouse.click(box["x"] + target[0], box["y"] + target[1])
            try:
                page.wait_for_function("() => !!window.__claimsAt", timeout=60_000)  # the place's heading shown
            except PlaywrightTimeout:  # a click lost while the page was still busy: click once more, where the
                element.scroll_into_view_if_needed()  # marker is now (a re-run may have moved the map on the page)
                target, box = frame.evaluate(VISIBLE_POINT, [0, 0, first]), element.bounding_box()
                page.mouse.click(box["x"] + target[0], box["y"] + target[1])
                page.wait_for_function("() => !!window.__claimsAt", timeout=120_000)
            clicked = page.evaluate("() => (window.__claimsAt - window.__clickAt) / 1000")
            if run:  # the first run warms the server's caches
                draws.append(drawn)
                clicks.append(clicked)
            page.close()
        browser.close()
    return draws, clicks, payload


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--places", type=int, default=5000)
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", type=Path, default=ROOT / "benchmarks" / "results" / "dashboard.json")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'bench.sqlite'}"
        t = time.perf_counter()
        build_store(url, args.places, args.claims)
        print(f"store built in {time.perf_counter() - t:.1f} s", flush=True)
        engine = open_store(url)
        with engine.connect() as conn:
            on_map = len(place_counts(conn, NO_FILTERS))  # places with claims: the markers to wait for
        engine.dispose()
        port = free_port()
        proc = subprocess.Popen([sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(port),
                                 "--server.headless", "true", "--server.address", "127.0.0.1"], cwd=ROOT,
                                env={**os.environ, "GEO_DATABASE_URL": url, "PYTHONPATH": str(ROOT)},
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            draws, clicks, payload = measure(f"http://127.0.0.1:{port}/", on_map, args.runs)
        finally:
            proc.terminate()
            proc.wait(timeout=30)
    results = {"places": args.places, "claims": args.claims, "runs": args.runs, "places_on_map": on_map,
               "payload_kb": payload.get("decoded"), "payload_transferred_kb": payload.get("transferred"),
               "map_drawn_s": {"p50": round(statistics.median(draws), 2), "max": round(max(draws), 2)},
               "click_to_claims_s": {"p50": round(statistics.median(clicks), 2), "max": round(max(clicks), 2)}}
    print(json.dumps(results, indent=1))
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
