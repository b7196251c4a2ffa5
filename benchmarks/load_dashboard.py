"""Load test of the dashboard: concurrent sessions speaking Streamlit's own websocket protocol.

Run:  python benchmarks/load_dashboard.py [--sessions 20] [--seconds 120] [--places 5000]
      [--claims 100000] [--db URL] [--json benchmarks/results/load.json]

Serves app.py on localhost over a store (a synthetic one of --places/--claims unless --db is
given), then opens --sessions sessions at once. Each is what a browser tab sends: a first run,
then, after a think time (--think, default 0.3-1.5 s), a click on a random place on the map (the map
component's value, as streamlit-folium sends it) or a change of the side filter, again and again
for --seconds. Measured: click-to-claims (from the click's message to the panel's claim count
arriving), filter reruns, errors (an exception shown, a run that fails or never finishes, a
click whose place never shows), and the server process's memory every second.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_dashboard import build_store, free_port  # noqa: E402

RUN_TIMEOUT_S = 30.0
SIDE_LABELS = ("Armenia / Karabakh authorities", "Azerbaijan", "Russia", "Turkey")


@dataclass
class SessionLog:
    clicks: list[float] = field(default_factory=list)
    filters: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


class Session:
    """One dashboard tab: keeps its widget states and sends them whole, as the browser does."""

    def __init__(self, ws: Any) -> None:
        self.ws = ws
        self.widgets: dict[str, Any] = {}  # widget id -> WidgetState
        self.map_id: str | None = None
        self.sides_id: str | None = None

    async def run(self, wanted: str | None = None) -> tuple[float, float | None, list[str]]:
        """Send a rerun with the current widget states; wait for the run to finish. Returns the
        run's seconds, the seconds until a claim count for `wanted` arrived, and any errors."""
        from streamlit.proto.BackMsg_pb2 import BackMsg
        from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

        msg = BackMsg()
        msg.rerun_script.query_string = ""
        msg.rerun_script.page_script_hash = ""
        for state in self.widgets.values():
            msg.rerun_script.widget_states.widgets.append(state)
        started = time.perf_counter()
        await self.ws.send(msg.SerializeToString())
        seen: float | None = None
        errors: list[str] = []
        while True:
            data = await asyncio.wait_for(self.ws.recv(), timeout=RUN_TIMEOUT_S)
            fwd = ForwardMsg()
            fwd.ParseFromString(data)
            kind = fwd.WhichOneof("type")
            if kind == "delta" and fwd.delta.WhichOneof("type") == "new_element":
                element = fwd.delta.new_element
                which = element.WhichOneof("type")
                if which == "exception":
                    where = " | ".join(list(element.exception.stack_trace)[-3:])
                    errors.append(f"exception: {element.exception.message} (at {where})")
                elif which == "component_instance" and "st_folium" in element.component_instance.component_name:
                    self.map_id = element.component_instance.id
                elif which == "multiselect" and element.multiselect.label == "Sides":
                    self.sides_id = element.multiselect.id
                elif (which == "heading" and wanted and seen is None
                      and wanted in element.heading.body.replace("\\", "")):  # the place's heading
                    seen = time.perf_counter() - started
            elif kind == "script_finished":
                status = fwd.script_finished
                if status == ForwardMsg.FINISHED_WITH_COMPILE_ERROR:
                    errors.append("the script did not compile")
                if status != ForwardMsg.FINISHED_EARLY_FOR_RERUN:
                    return time.perf_counter() - started, seen, errors
            elif kind == "session_event" and fwd.session_event.WhichOneof("type") == "script_compilation_exception":
                errors.append("script compilation exception")

    def click(self, place: dict[str, Any]) -> None:
        from streamlit.proto.WidgetStates_pb2 import WidgetState

        assert self.map_id is not None, "the map was not drawn"
        feature = {"type": "Feature", "properties": {"place_id": place["place_id"]},
                   "geometry": {"type": "Point", "coordinates": [place["lon"], place["lat"]]}}
        state = WidgetState(id=self.map_id, json_value=json.dumps({"last_active_drawing": feature}))
        self.widgets = {k: v for k, v in self.widgets.items() if k != "map"} | {"map": state}

    def report_view(self) -> None:
        """What the browser's map sends once it is up: its centre and zoom."""
        from streamlit.proto.WidgetStates_pb2 import WidgetState

        assert self.map_id is not None, "the map was not drawn"
        view = {"center": {"lat": 40.0, "lng": 46.5}, "zoom": 7}
        state = WidgetState(id=self.map_id, json_value=json.dumps(view))
        self.widgets = {k: v for k, v in self.widgets.items() if k != "map"} | {"map": state}

    async def open_page(self) -> list[str]:
        """Open the page as a browser does: the first run, then the map's first report, whose run
        brings the sidebar's widgets."""
        _, _, errors = await self.run()
        if errors or self.sides_id is not None:
            return errors
        self.report_view()
        _, _, more = await self.run()
        return errors + more

    def choose_sides(self, sides: list[str]) -> None:
        from streamlit.proto.WidgetStates_pb2 import WidgetState

        assert self.sides_id is not None, "the side filter was not drawn"
        state = WidgetState(id=self.sides_id)
        state.string_array_value.data.extend(sides)
        self.widgets["sides"] = state


async def one_session(port: int, places: list[dict[str, Any]], until: float, seed: int, log: SessionLog,
                      think: tuple[float, float] = (0.3, 1.5)) -> None:
    import websockets

    rng = random.Random(seed)
    async with websockets.connect(f"ws://127.0.0.1:{port}/_stcore/stream", subprotocols=["streamlit"],
                                  max_size=64 * 2**20, open_timeout=30) as ws:
        session = Session(ws)
        log.errors.extend(await session.open_page())
        while time.monotonic() < until:
            await asyncio.sleep(rng.uniform(*think))
            try:
                if rng.random() < 0.75:
                    place = rng.choice(places)
                    session.click(place)
                    took, seen, errors = await session.run(wanted=place["name"])
                    if seen is None and not errors:
                        errors = [f"clicked {place['place_id']}: its claims never showed"]
                    if seen is not None:
                        log.clicks.append(seen)
                else:
                    session.choose_sides(rng.sample(SIDE_LABELS, rng.randint(0, 2)))
                    took, _, errors = await session.run()
                    log.filters.append(took)
            except TimeoutError:
                errors = [f"a run did not finish within {RUN_TIMEOUT_S:.0f} s"]
            log.errors.extend(errors)


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


async def sample_memory(pid: int, until: float, curve: list[tuple[float, float]]) -> None:
    started = time.monotonic()
    while time.monotonic() < until:
        curve.append((round(time.monotonic() - started, 1), round(rss_mb(pid), 1)))
        await asyncio.sleep(1.0)


def quantile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def load_places(url: str) -> list[dict[str, Any]]:
    from geo.store.engine import open_store
    from geo.store.queries import NO_FILTERS, place_counts

    engine = open_store(url)
    with engine.connect() as conn:
        rows = place_counts(conn, NO_FILTERS)
    engine.dispose()
    return rows


def run_load(url: str, *, sessions: int, seconds: float, seed: int = 1,
             places: list[dict[str, Any]] | None = None, think: tuple[float, float] = (0.3, 1.5)) -> dict[str, Any]:
    """Serve the app over `url`, run the sessions, stop the server; the results as a dict. The
    sessions click the store's places, or `places` when given."""
    places = places if places is not None else load_places(url)
    if not places:
        raise SystemExit(f"the store at {url} has no places: ingest articles first")
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(port), "--server.headless", "true",
         "--server.address", "127.0.0.1"],
        cwd=ROOT, env={**os.environ, "GEO_DATABASE_URL": url, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2):
                    break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise SystemExit("the dashboard did not start") from None
                time.sleep(0.2)
        logs = [SessionLog() for _ in range(sessions)]
        curve: list[tuple[float, float]] = []
        started = time.monotonic()
        until = started + seconds

        async def everything() -> list[Any]:
            tasks = [one_session(port, places, until, seed + i, log, think) for i, log in enumerate(logs)]
            return await asyncio.gather(sample_memory(server.pid, until, curve), *tasks, return_exceptions=True)

        outcomes = asyncio.run(everything())
        failures = [f"session failed: {o!r}" for o in outcomes if isinstance(o, BaseException)]
    finally:
        server.terminate()
        server.wait(timeout=30)
    clicks = [c for log in logs for c in log.clicks]
    filters = [f for log in logs for f in log.filters]
    errors = failures + [e for log in logs for e in log.errors]
    memory = [mb for _, mb in curve]
    return {
        "sessions": sessions, "seconds": seconds, "think_s": list(think), "places": len(places),
        "clicks": len(clicks), "filter_changes": len(filters), "errors": len(errors), "error_samples": errors[:10],
        "click_to_claims_s": {"p50": round(statistics.median(clicks), 3) if clicks else None,
                              "p95": round(quantile(clicks, 0.95), 3) if clicks else None,
                              "max": round(max(clicks), 3) if clicks else None},
        "filter_rerun_s": {"p50": round(statistics.median(filters), 3) if filters else None,
                           "p95": round(quantile(filters, 0.95), 3) if filters else None},
        "server_rss_mb": {"start": memory[0] if memory else None, "max": max(memory) if memory else None,
                          "end": memory[-1] if memory else None, "curve": curve[::max(1, len(curve) // 60)]},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=120)
    parser.add_argument("--places", type=int, default=5000)
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--think", type=float, nargs=2, default=(0.3, 1.5), metavar=("MIN", "MAX"),
                        help="seconds a session waits between actions, drawn uniformly (default 0.3 1.5)")
    parser.add_argument("--db", help="an existing store to serve (default: a synthetic one)")
    parser.add_argument("--json", type=Path, default=ROOT / "benchmarks" / "results" / "load.json")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        url = args.db
        if url is None:
            url = f"sqlite:///{Path(tmp) / 'load.sqlite'}"
            build_store(url, args.places, args.claims)
        results = run_load(url, sessions=args.sessions, seconds=args.seconds, think=tuple(args.think))
    shown = {k: v for k, v in results.items() if k != "server_rss_mb"}
    print(json.dumps(shown, indent=1))
    rss = results["server_rss_mb"]
    print(f"server memory: {rss['start']} MB at start, {rss['max']} MB at most, {rss['end']} MB at the end")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    if results["errors"]:
        sys.exit(1)


if __name__ == "__main__":
    main()
