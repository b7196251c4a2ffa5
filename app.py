"""The analyst's dashboard: the map of places, the claims about each, filters, time, downloads.

Thin by design: widgets and layout only. Queries live in geo.store.queries and geo.store.control,
the map and its escaping in geo.app.mapview, labels, safe Markdown and place search in
geo.app.panel. Article text is shown through escaped Markdown, never as HTML. The store is
GEO_DATABASE_URL (default: a SQLite file); an empty store is filled with the bundled sample
articles on the first run.
"""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import altair as alt
import pandas as pd
import streamlit as st
import streamlit.components.v1 as components
from streamlit_folium import st_folium

from geo.app.mapview import (
    CONTROL_COLOURS,
    SIDE_COLOURS,
    THEATRE_CENTRE,
    build_map,
    drawn_categories,
    layer_payload,
    place_features,
    place_label,
    publish_layer,
    selection_layer,
    visible_places,
)
from geo.app.panel import (
    claim_details,
    count_words,
    escape_markdown,
    find_place,
    highlight_markdown,
    isolate,
    label,
    panel_groups,
    place_choice_label,
    review_note,
    safe_link,
    side_badge,
)
from geo.model import SIDES, TYPES
from geo.store.control import claimed_control, control_sequence
from geo.store.corrections import ROLES as MENTION_ROLES
from geo.store.corrections import Correction, CorrectionError, new_place_id, place_payload
from geo.store.engine import database_url, open_store
from geo.store.export import export_bytes
from geo.store.ingest import refresh_contested, seed_if_empty
from geo.store.names import place_choices
from geo.store.queries import (
    Filters,
    article_choices,
    claim_summary,
    claims_per_day,
    outlets,
    place_claims,
    place_counts,
    review_queue,
)
from geo.store.review import claim_place_ids, claim_reviews, place_mentions, unresolved_names
from geo.store.writer import correct

PAGE_SIZE = 10
STORE_CACHE_S = 30  # the store changes only when an ingest runs: a click or a filter reuses the counts
ALL_SIDES = (*SIDES, "none")
LAYERS_DIR = Path(__file__).resolve().parent / "static" / "layers"  # served at /app/static/layers/
PICKED_ZOOM = 10
START_ZOOM = 7
TIMELINE_HEIGHT = 180  # px: the timeline's whole height (legend, bars, axis), kept while it waits for the map
TIMELINE_LEGEND_COLUMNS = 6
PLAY_STEP_S = 1.5  # s: how long the player shows each day
CONTROL_LEGEND = ["azerbaijan", "armenia", "contested"]

st.set_page_config(page_title="Karabakh places and claims", layout="wide")


@st.cache_resource
def open_engine(url: str):  # type: ignore[no-untyped-def]
    store = open_store(url)
    seed_if_empty(store)
    return store


def engine():  # type: ignore[no-untyped-def]
    return open_engine(database_url())


@st.cache_resource(ttl=STORE_CACHE_S, show_spinner=False, max_entries=64)
def layer(url: str, filters: Filters) -> list[dict]:
    """The place layer under the filters; cached briefly so a click does not recount every place.
    Shared between sessions, not copied: read only."""
    with open_engine(url).connect() as conn:
        return place_counts(conn, filters)


@st.cache_resource(ttl=STORE_CACHE_S, show_spinner=False, max_entries=64)
def layer_file(url: str, filters: Filters, show_sides: bool, show_contested: bool, lang: str,
               by_control: bool) -> tuple[bytes, str, list[str], int]:
    """The visible places as a file's bytes and digest, the legend's categories and how many places
    are drawn: built once per filter and mode, not per click. Drawn by control, the file is the
    same whatever the day (the day's states reach the map on their own, see control_states)."""
    shown = visible_places(layer(url, filters), show_sides=show_sides, show_contested=show_contested)
    features = place_features(shown, side_names=side_names(lang), words=words(lang), lang=lang,
                              count=lambda n: count_words(n, lang))
    data, digest = layer_payload(features)
    return data, digest, CONTROL_LEGEND if by_control else drawn_categories(features), len(features["features"])


@st.cache_resource(ttl=STORE_CACHE_S, show_spinner=False)
def control_days(url: str) -> list[dt.date]:
    """The days with claims of control, in order: the player's steps. Shared, read only."""
    with open_engine(url).connect() as conn:
        return sorted({d for d, _side, _n in claims_per_day(conn, Filters(types=("control",)))})


@st.cache_resource(ttl=STORE_CACHE_S, show_spinner=False, max_entries=256)
def control_states(url: str, day: dt.date) -> dict[str, str]:
    """Who each place is claimed held by on ``day`` (place id -> state). Shared, read only."""
    with open_engine(url).connect() as conn:
        return {pid: state.state for pid, state in claimed_control(conn, day).items()}


@st.cache_resource(ttl=STORE_CACHE_S, show_spinner=False)
def choices(url: str) -> tuple[list[str], dict[str, str]]:
    """The outlets and the articles (id -> title) the filters offer. Shared, read only."""
    with open_engine(url).connect() as conn:
        return outlets(conn), dict(article_choices(conn))


@st.cache_resource(ttl=STORE_CACHE_S, show_spinner=False, max_entries=64)
def timeline(url: str, filters: Filters) -> pd.DataFrame:
    with open_engine(url).connect() as conn:
        return pd.DataFrame(claims_per_day(conn, filters), columns=["day", "side", "claims"])


@st.cache_resource(ttl=STORE_CACHE_S, show_spinner=False, max_entries=64)
def summary_of(url: str, filters: Filters) -> dict:
    with open_engine(url).connect() as conn:
        return claim_summary(conn, filters)


@st.cache_data(ttl=STORE_CACHE_S, show_spinner=False)
def names_of(url: str) -> list[dict]:
    with open_engine(url).connect() as conn:
        return unresolved_names(conn)


@st.cache_data(ttl=STORE_CACHE_S, show_spinner=False)
def queue_of(url: str) -> list[dict]:
    with open_engine(url).connect() as conn:
        return review_queue(conn)


def side_names(lang: str) -> dict[str, str]:
    names = {s: label("side_" + s, lang) for s in ALL_SIDES} | {"both": label("both", lang)}
    return names | {"contested": label("layer_contested", lang)} | {
        f"control_{k}": label(f"control_{k}", lang) for k in CONTROL_COLOURS}


def words(lang: str) -> dict[str, str]:
    return {"claim": label("claim", lang), "claims": label("claims", lang), "contested": label("layer_contested", lang)}


def opened(title: str, key: str):  # type: ignore[no-untyped-def]
    """An expander whose content is built only once the analyst opens it (opening it reruns the
    page): a closed one sends no widgets and runs no queries. Returns the expander, or None while
    it is closed."""
    box = st.expander(title, key=key.replace(":", "-"), on_change="rerun")
    return box if box.open else None


def map_key() -> str:
    """The map's widget key: another map (reporting clicks on empty ground too) while an analyst
    takes a new place's coordinates from the map; the view carries over."""
    return "map-pick" if picking() else "map"


def picking() -> bool:
    """Has an analyst asked for the coordinates of a new place from the next click on the map?"""
    return any(v is True and str(k).endswith("-pick-on-map") for k, v in st.session_state.items())


def new_map_click() -> dict | None:
    """Where the map was last clicked, when an analyst is taking a new place's coordinates from it
    and that click has not been taken yet."""
    clicked_at = (st.session_state.get(map_key()) or {}).get("last_clicked") if picking() else None
    return clicked_at if clicked_at and clicked_at != st.session_state.get("last_map_click") else None


def view() -> tuple[tuple[float, float], int]:
    """Where the analyst left the map (kept across filters, language and reruns); at first the
    theatre. Always given to the map, so that its first report changes nothing."""
    state = st.session_state.get("view") or {}
    return state.get("center") or THEATRE_CENTRE, state.get("zoom") or START_ZOOM


def same_view(a: tuple[tuple[float, float], int], b: tuple[tuple[float, float], int]) -> bool:
    """Views a pixel apart are one: a map re-centred by a rounding must not move it again (and
    take the analyst's click with it)."""
    return a[1] == b[1] and abs(a[0][0] - b[0][0]) < 1e-3 and abs(a[0][1] - b[0][1]) < 1e-3


def reported_view() -> tuple[tuple[float, float], int] | None:
    """The view the map last reported (its centre and zoom), if any."""
    state = st.session_state.get(map_key()) or {}
    if not (state.get("center") and state.get("zoom")):
        return None
    return (state["center"]["lat"], state["center"]["lng"]), state["zoom"]


def drawn_afresh(view: tuple[tuple[float, float], int]) -> bool:
    """Is this the view a map's page is built with (the theatre at the start zoom)? A map drawn anew
    (a filter or the language changed its layers) may report it before it takes the view it is
    given: that report is no move of the analyst's. A drag never lands exactly on the theatre."""
    return view[1] == START_ZOOM and abs(view[0][0] - THEATRE_CENTRE[0]) < 1e-9 and \
        abs(view[0][1] - THEATRE_CENTRE[1]) < 1e-9


def fly_to(place: dict) -> None:
    st.session_state["view"] = {"center": (place["lat"], place["lon"]), "zoom": PICKED_ZOOM}
    # until the map reports the destination, what it reports is not a move of the analyst's
    st.session_state["flying_to"] = ((place["lat"], place["lon"]), PICKED_ZOOM, 0)


def arrived(view: tuple[tuple[float, float], int]) -> bool:
    """Is a flight on its way (so the map's reports are not the analyst's moves)? Ends when the map
    reports its destination, or after a few reports in case the analyst moved it meanwhile."""
    flight = st.session_state.get("flying_to")
    if not flight:
        return True
    (lat, lon), zoom, reports = flight
    if view[1] == zoom and abs(view[0][0] - lat) < 0.05 and abs(view[0][1] - lon) < 0.05 or reports >= 4:
        st.session_state["flying_to"] = None
        return True
    st.session_state["flying_to"] = ((lat, lon), zoom, reports + 1)
    return False


# --- language: the whole page right to left in Arabic ------------------------------------------
lang = "ar" if st.sidebar.radio("اللغة / Language", ["English", "العربية"], horizontal=True) == "العربية" else "en"
direction = "rtl" if lang == "ar" else "ltr"
# Static CSS and script only (no data): the page's direction and the claims' right-to-left text.
st.markdown(
    "<style>[class*='st-key-claims-'] p {direction: rtl; text-align: right; font-size: 1.05rem; line-height: 1.7}"
    # the chart sets its own text's direction (a right-to-left page would anchor its labels on the wrong side)
    "[data-testid='stVegaLiteChart'] {direction: ltr}"
    + ("section.main, [data-testid='stSidebar'], [data-testid='stMain'] {direction: rtl; text-align: right}"
       if lang == "ar" else "") + "</style>",
    unsafe_allow_html=True,
)
st.markdown(f"#### {escape_markdown(label('title', lang))}")

every_place = layer(database_url(), Filters())
outlet_names, article_names = choices(database_url())
if not every_place:
    st.info(label("no_places", lang))
    st.stop()

# A brush on the timeline (last run) sets the date filter before the date widget is drawn.
brush = ((st.session_state.get("timeline") or {}).get("selection") or {}).get("brush") or {}
if brush.get("day") and len(brush["day"]) == 2 and brush != st.session_state.get("applied_brush"):
    st.session_state["applied_brush"] = brush
    st.session_state["dates"] = tuple(dt.datetime.fromtimestamp(ms / 1000, dt.UTC).date() for ms in brush["day"])

sb = st.sidebar
sb.header(label("filters", lang))
choose = label("choose", lang)
# A session's first run draws the map before the sidebar's widgets: until the map reports that it
# is up, the filters and layers are their defaults and the browser builds nothing but the language
# choice next to the map's frame. The map's first report reruns the page with the widgets (a
# timer instead could swallow a click made while its run replaced the page).
ready = bool(st.session_state.get("sidebar_shown"))


def filter_widgets() -> Filters:
    """The sidebar's filters, as the store's Filters."""
    sides = sb.multiselect(label("sides", lang), ALL_SIDES, format_func=lambda s: label("side_" + s, lang),
                           placeholder=choose)
    types = sb.multiselect(label("types", lang), TYPES, format_func=lambda t: label("type_" + t, lang), placeholder=choose)
    dates = sb.date_input(label("dates", lang), value=(), min_value=dt.date(1990, 1, 1), max_value=dt.date(2100, 1, 1),
                          key="dates")
    chosen_outlets = sb.multiselect(label("outlets", lang), outlet_names, placeholder=choose)
    chosen_articles = sb.multiselect(label("articles", lang), list(article_names), format_func=article_names.get,
                                     placeholder=choose)
    contested_only = sb.checkbox(label("contested_only", lang))
    reviewed_choice = sb.radio(label("reviewed_filter", lang), ["all", "yes", "no"], horizontal=True,
                               format_func=lambda r: label("reviewed_" + r, lang))
    search = sb.text_input(label("search", lang))
    return Filters(
        sides=tuple(sides), types=tuple(types),
        date_from=dates[0] if len(dates) >= 1 else None, date_to=dates[1] if len(dates) == 2 else None,
        outlets=tuple(chosen_outlets), article_ids=tuple(chosen_articles), contested_only=contested_only,
        text=search, reviewed={"all": None, "yes": True, "no": False}[reviewed_choice],
    )


filters = filter_widgets() if ready else Filters()
analyst = sb.text_input(label("analyst", lang), key="analyst").strip() if ready else ""  # kept for the session
# A click on the map gives a new place its coordinates (when the analyst asked for it), read
# before the correction widgets are drawn.
clicked_at = new_map_click()
if clicked_at:
    st.session_state["last_map_click"] = clicked_at
    st.session_state["map_click"] = {"lat": round(clicked_at["lat"], 5), "lon": round(clicked_at["lng"], 5)}


def save(*items: Correction) -> None:
    """Record an analyst's corrections, apply them at once, and show the map and counts with them."""
    if not analyst:
        st.warning(label("need_name", lang))
        return
    try:
        with engine().begin() as conn:
            for correction in items:
                correct(conn, correction)
        refresh_contested(engine())
    except CorrectionError as err:
        st.error(str(err))
        return
    for cached in (layer, layer_file, timeline, choices, summary_of, queue_of, names_of, control_days,
                   control_states):
        cached.clear()
    st.session_state["saved"] = True
    st.rerun()


def choose_place(key: str) -> dict | None:
    """A place picked by any of its names (Latin or Arabic, folded), among the stored places and
    the whole gazetteer."""
    typed = st.text_input(label("place_name", lang), key=f"{key}-name")
    if not typed.strip():
        return None
    options = place_choices(typed, every_place)
    if not options:
        st.caption(label("no_name_match", lang))
        return None
    pick = st.selectbox(label("which_place", lang), range(len(options)), key=f"{key}-pick",
                        format_func=lambda i: place_choice_label(options[i]))
    return place_payload(options[pick])


def new_place(key: str) -> dict | None:
    """A place the gazetteer lacks: its name and coordinates, typed or taken from a click on the map."""
    name = st.text_input(label("new_place_name", lang), key=f"{key}-new").strip()
    st.checkbox(label("pick_on_map", lang), key=f"{key}-pick-on-map")
    click = st.session_state.get("map_click") or {"lat": THEATRE_CENTRE[0], "lon": THEATRE_CENTRE[1]}
    lat = st.number_input(label("latitude", lang), value=float(click["lat"]), format="%.5f", key=f"{key}-lat-{click['lat']}")
    lon = st.number_input(label("longitude", lang), value=float(click["lon"]), format="%.5f", key=f"{key}-lon-{click['lon']}")
    if not name:
        return None
    return {"place_id": new_place_id(name, lat, lon), "name": name, "name_ar": name, "lat": lat, "lon": lon,
            "kind": "village"}


def fix_mention(key: str, target: dict, actions: list[str], *, machine_placed: bool) -> None:
    """Say what a name in an article is: not a place, another (gazetteer) place, or a new one."""
    action = st.radio(label("mention_action", lang), actions, horizontal=True, key=f"{key}-action",
                      format_func=lambda a: label("action_" + a, lang))
    place = choose_place(key) if action == "other_place" else new_place(key) if action == "new_place" else None
    role = st.selectbox(label("role", lang), MENTION_ROLES, key=f"{key}-role",
                        format_func=lambda r: label("role_" + r, lang)) if action == "role" else None
    reason = st.text_input(label("reason", lang), key=f"{key}-reason")
    if st.button(label("save_correction", lang), key=f"{key}-save"):
        if action in ("other_place", "new_place") and place is None:
            st.warning(label("no_name_match", lang))
            return
        kind = "not_place" if action == "not_place" else "set" if machine_placed else "add"
        save(Correction(kind="mention", action=kind, author=analyst, reason=reason, article_id=target["article_id"],
                        start=target["start"], end=target["end"], payload={"role": role} if role else place or {}))


def review_form(c: dict) -> None:
    """Confirm a claim, correct its side, type or polarity, or say it is no claim at all."""
    box = opened(label("review", lang), f"reviewing-{c['claim_id']}-{c['side']}")
    if box is None:
        return
    with box, st.form(key=f"review-{c['claim_id']}-{c['side']}".replace(":", "-")):
        side = st.selectbox(label("sides", lang), ALL_SIDES, index=ALL_SIDES.index(c["side"]),
                            format_func=lambda s: label("side_" + s, lang))
        kind = st.selectbox(label("types", lang), TYPES, index=TYPES.index(c["type"]),
                            format_func=lambda t: label("type_" + t, lang))
        polarity = st.selectbox(label("polarity", lang), ["assert", "deny"], index=0 if c["polarity"] == "assert" else 1,
                                format_func=lambda p: label("asserted" if p == "assert" else "denied", lang))
        added = st.text_input(label("add_place", lang)).strip()
        reason = st.text_input(label("reason", lang))
        buttons = st.columns(3)
        target = {"kind": "claim", "author": analyst, "reason": reason, "article_id": c["article_id"],
                  "start": c["start"], "end": c["end"], "side": c["side"]}
        if buttons[0].form_submit_button(label("save_correction", lang)):
            fields = {"side": side, "type": kind, "polarity": polarity}
            extra = []
            if added:
                options = place_choices(added, every_place)
                at = c["text"].find(added)
                if at < 0 or not options:
                    st.warning(label("name_not_in_sentence" if at < 0 else "no_name_match", lang))
                    return
                with engine().connect() as conn:
                    ids = claim_place_ids(conn, c["article_id"], c["claim_id"])
                fields["place_ids"] = list(dict.fromkeys([*ids, options[0]["place_id"]]))
                extra.append(Correction(kind="mention", action="add", author=analyst, reason=reason,
                                        article_id=c["article_id"], start=c["start"] + at,
                                        end=c["start"] + at + len(added),
                                        payload=place_payload(options[0])))
            save(*extra, Correction(action="set", payload=fields, **target))
        if buttons[1].form_submit_button(label("confirm", lang)):
            save(Correction(action="confirm", **target))
        if buttons[2].form_submit_button(label("not_claim", lang)):
            save(Correction(action="not_claim", **target))


def mentions_form(place_id: str) -> None:
    """The place's mentions in the articles, and the correction of one of them."""
    with engine().connect() as conn:
        said = place_mentions(conn, place_id)
    st.text("\n".join(f"{'✓ ' if m['reviewed'] else ''}{isolate(m['context'])} · {label('role_' + m['role'], lang)}"
                       f" · {isolate(m['title'])}" for m in said))
    if said:
        which = st.selectbox(label("mention_to_fix", lang), range(len(said)), key=f"mention-{place_id}",
                             format_func=lambda i: isolate(said[i]["context"]))
        fix_mention(f"m-{place_id}", said[which], ["not_place", "other_place", "new_place", "role"],
                    machine_placed=True)


def place_form(place: dict) -> None:
    """Correct a place's coordinates (kept as a correction, above the gazetteer's)."""
    box = opened(label("correct_place", lang), f"correcting-{place['place_id']}")
    if box is None:
        return
    with box, st.form(key=f"place-{place['place_id']}"):
        lat = st.number_input(label("latitude", lang), value=float(place["lat"]), format="%.5f")
        lon = st.number_input(label("longitude", lang), value=float(place["lon"]), format="%.5f")
        reason = st.text_input(label("reason", lang))
        if st.form_submit_button(label("save_correction", lang)):
            save(Correction(kind="place", action="set", author=analyst, reason=reason, place_id=place["place_id"],
                            payload={"lat": lat, "lon": lon}))

# --- finding a place by any of its names ------------------------------------------------------
by_id = {p["place_id"]: p for p in every_place}


def place_finders() -> None:
    """A place found by a typed name, or picked from the list: selected, and the map flies there."""
    typed = sb.text_input(label("find_name", lang), key="find")
    if typed and typed != st.session_state.get("last_find"):
        st.session_state["last_find"] = typed
        found = find_place(every_place, typed)
        if found:
            st.session_state["selected"] = found
            fly_to(by_id[found])
        else:
            sb.warning(label("no_match", lang))
    options = ["", *sorted(by_id, key=lambda pid: place_label(by_id[pid], lang=lang))]
    picked = sb.selectbox(label("place_picker", lang), options, placeholder=choose,
                          format_func=lambda pid: place_label(by_id[pid], lang=lang) if pid else "—", key="picker")
    if picked and picked != st.session_state.get("last_picked"):
        st.session_state["selected"] = picked
        fly_to(by_id[picked])
    st.session_state["last_picked"] = picked


def layer_widgets() -> tuple[str, bool, bool, bool, str]:
    """The map's mode, its layers and its basemap."""
    sb.header(label("layers", lang))
    mode = sb.radio(label("map_mode", lang), ["sides", "control"], format_func=lambda m: label("mode_" + m, lang))
    show_sides = sb.checkbox(label("layer_sides", lang), value=True)
    show_contested = sb.checkbox(label("layer_contested", lang), value=True)
    show_density = sb.checkbox(label("layer_density", lang))
    basemap = sb.radio(label("basemap", lang), ["plain", "osm", "satellite"],
                       format_func=lambda b: label("basemap_" + b, lang))
    return mode, show_sides, show_contested, show_density, basemap


if ready:
    place_finders()
mode, show_sides, show_contested, show_density, basemap = layer_widgets() if ready else (
    "sides", True, True, False, "plain")
if mode != "control":
    st.session_state["playing"] = False

# --- time ---------------------------------------------------------------------------------------
per_day = timeline(database_url(), filters)
if not per_day.empty:
    names = side_names(lang)
    if lang == "ar":  # the chart's text runs left to right: brackets there would flip («(المراسل (بلا طرف»)
        names = {side: name.replace(" (", "، ").replace(")", "") for side, name in names.items()}
    per_day = per_day.assign(side_name=per_day["side"].map(names))
    drawn = [s for s in ALL_SIDES if s in set(per_day["side"])]
    chart = alt.Chart(per_day).mark_bar().encode(
        x=alt.X("day:T", title=None, axis=alt.Axis(format="%Y-%m-%d", labelAngle=0)),  # the caption says "per day"
        y=alt.Y("sum(claims):Q", title=label("count", lang)),
        color=alt.Color("side_name:N", title=None,
                        scale=alt.Scale(domain=[names[s] for s in drawn], range=[SIDE_COLOURS[s] for s in drawn]),
                        # above the bars, in as many rows as it takes: the plot keeps the page's width and
                        # no label runs into it or off the chart, in either direction
                        legend=alt.Legend(orient="top", direction="horizontal", columns=TIMELINE_LEGEND_COLUMNS,
                                          labelLimit=220, symbolType="square")),
    ).add_params(alt.selection_interval(name="brush", encodings=["x"])).properties(height=TIMELINE_HEIGHT)
    st.caption(label("timeline", lang))
    if st.session_state.get("map_shown"):
        st.altair_chart(chart, use_container_width=True, on_select="rerun", key="timeline")
    else:  # drawn once the map is up (its first report reruns the page): the map's frame goes first
        st.container(height=TIMELINE_HEIGHT, border=False)


def summary(rows: list[dict]) -> None:
    """Claims by side and by type, and the places most claimed about, under the filters."""
    counts = summary_of(database_url(), filters)
    left_s, mid_s, right_s = st.columns(3)
    left_s.dataframe(pd.DataFrame([(label("side_" + s, lang), n) for s, n in counts["side"].items()],
                                  columns=[label("sides", lang), label("count", lang)]), hide_index=True)
    mid_s.dataframe(pd.DataFrame([(label("type_" + t, lang), n) for t, n in counts["type"].items()],
                                 columns=[label("types", lang), label("count", lang)]), hide_index=True)
    right_s.dataframe(pd.DataFrame([(place_label(p, lang=lang), p["total"]) for p in rows[:10]],
                                   columns=[label("top_places", lang), label("count", lang)]), hide_index=True)


def review_queue_items() -> None:
    """The names the machine could not place, then the least certain claims, each with its place."""
    names_left = names_of(database_url())
    if names_left:
        st.markdown(f"**{escape_markdown(label('unresolved_names', lang))}**")
        st.text("\n".join(f"{isolate(u['surface'])} · {u['count']} {label('occurrences', lang)} · {isolate(u['context'])}"
                           for u in names_left))
        name_i = st.selectbox(label("name_to_place", lang), range(len(names_left)), key="unresolved-pick",
                              format_func=lambda i: isolate(names_left[i]["surface"]))
        fix_mention("unresolved", names_left[name_i], ["other_place", "new_place", "not_place"], machine_placed=False)
        st.divider()
    for i, item in enumerate(queue_of(database_url())):
        q_left, q_right = st.columns([6, 1])
        q_left.text(f"{item['confidence']:.2f} · {label('side_' + item['side'], lang)} · {isolate(item['text'][:160])}")
        if q_right.button(label("open_place", lang), key=f"queue-{i}") and item["place_id"] in by_id:
            st.session_state["selected"] = item["place_id"]
            fly_to(by_id[item["place_id"]])


rows = layer(database_url(), filters)
for title, key, show in (("summary", "summary-open", lambda: summary(rows)),
                         ("review_queue", "queue-open", review_queue_items)):
    section = opened(label(title, lang), key)
    if section is not None:
        with section:
            show()
if st.session_state.pop("saved", False):
    st.success(label("saved", lang))

def place_panel(selected: str | None, filters: Filters, rows: list[dict]) -> None:
    """The selected place: its corrections, mentions, control sequence and claims, page by page."""
    place = by_id.get(selected) if selected else None
    if place is None:
        st.info(label("no_place", lang))
        return
    current = next((p for p in rows if p["place_id"] == selected), None)
    st.subheader(escape_markdown(place_label(place, lang=lang)))
    if current and current["contested"]:
        st.warning(label("contested", lang))
    place_form(place)
    mentions_box = opened(label("mentions_of_place", lang), f"mentions-open-{selected}")
    if mentions_box is not None:
        with mentions_box:
            mentions_form(selected)
    with engine().connect() as conn:
        steps = control_sequence(conn, selected)
    if steps:
        st.markdown(f"**{escape_markdown(label('control_sequence', lang))}**")
        st.text("\n".join(f"{isolate(str(s.event.date))} · {label('step_' + s.label, lang)} · "
                          f"{label('side_' + s.event.side, lang)} · {isolate(s.event.text)}" for s in steps))
    with engine().connect() as conn:
        _first, total = place_claims(conn, selected, filters, page=0, page_size=1)
    pages = max(1, -(-total // PAGE_SIZE))
    page = st.number_input(label("page", lang), min_value=1, max_value=pages, value=1, step=1,
                           key=f"page-{selected}-{pages}") - 1
    st.caption(f"{count_words(total, lang)} · {label('page', lang)} {page + 1} {label('page_of', lang)} {pages}")
    with engine().connect() as conn:
        claims, _total = place_claims(conn, selected, filters, page=page, page_size=PAGE_SIZE)
    if not claims:
        st.write(label("no_claims", lang))
    place_names = [place["name_ar"], place["name"], *place["alt_names"]]
    groups = panel_groups(claims, contested=bool(current and current["contested"]))
    columns = st.columns(len(groups)) if len(groups) > 1 else [st.container()]
    for column, group in zip(columns, groups, strict=True):
        with column:
            for c in group:
                with st.container(border=True):
                    polarity = label("asserted" if c["polarity"] == "assert" else "denied", lang)
                    st.markdown(f"{side_badge(c['side'], lang)} · {label('type_' + c['type'], lang)} · {polarity}")
                    with st.container(key=f"claims-{c['claim_id']}".replace(":", "-")):
                        st.markdown(highlight_markdown(c["text"], place_names))
                    st.text(claim_details(c, lang))
                    if c["reviewed"]:
                        with engine().connect() as conn:
                            notes = claim_reviews(conn, c["article_id"], c["start"], c["end"])
                        st.text(review_note(notes, c["machine"], lang) or f"✓ {label('reviewed', lang)}")
                    link = safe_link(c["url"])
                    if link:
                        st.link_button(label("open_article", lang) + " ↗", link)
                    review_form(c)


def day_player() -> dt.date:
    """The 'as claimed on' date: a slider, and a play button that steps it through the days with
    claims of control, one every PLAY_STEP_S, until the last day or a pause. While it plays, this
    part of the page reruns on a timer (see place_and_map); each run moves one day."""
    days = control_days(database_url()) or [dt.date.today()]
    state = st.session_state
    if not isinstance(state.get("control_day"), dt.date) or not days[0] <= state["control_day"] <= days[-1]:
        state["control_day"] = days[-1]
    playing = bool(state.get("playing"))
    if playing and time.monotonic() - state.get("played_at", 0.0) >= PLAY_STEP_S * 0.8:  # a tick, not a click
        state["played_at"] = time.monotonic()
        later = [d for d in days if d > state["control_day"]]
        if not later:  # the last day: stop, and a whole run stops the page's timer
            state["playing"] = False
            st.rerun()
        state["control_day"] = later[0]
    button, slider = st.columns([1, 3], vertical_alignment="bottom")
    if button.button(label("pause" if playing else "play", lang), key="play", use_container_width=True):
        state["playing"] = not playing
        state["played_at"] = time.monotonic()
        if not playing and state["control_day"] >= days[-1]:  # played to the end: from the start again
            state["control_day"] = days[0]
        st.rerun()  # a whole run: the map's part is defined again with its timer, or without
    last = days[-1] if len(days) > 1 else days[0] + dt.timedelta(days=1)  # a slider needs two ends
    return slider.slider(label("control_on", lang), min_value=days[0], max_value=last, format="YYYY-MM-DD",
                         key="control_day")


def place_map(selected: str | None, filters: Filters, rows: list[dict], control_day: dt.date | None) -> None:
    """The map of the places under the filters, the selected one ringed, where the analyst left it."""
    by_control = control_day is not None
    data, digest, legend, drawn_count = layer_file(database_url(), filters, show_sides, show_contested, lang,
                                                   by_control)
    states = control_states(database_url(), control_day) if control_day is not None else None
    if states is not None:
        drawn_count = sum(p["place_id"] in states for p in visible_places(rows, show_sides=show_sides,
                                                                          show_contested=show_contested))
    st.caption(count_words(drawn_count, lang, "places"))
    center, zoom = view()
    names = side_names(lang)
    if control_day is not None:
        names = names | {k: names[f"control_{k}"] for k in CONTROL_COLOURS}
    fmap = build_map(rows, basemap=basemap, show_sides=show_sides, show_contested=show_contested,
                     show_density=show_density, side_names=names, legend_title=label("sides", lang),
                     layer_url=publish_layer(data, digest, LAYERS_DIR), legend=legend, rtl=lang == "ar",
                     by_control=by_control)
    st_folium(fmap, key=map_key(), height=620, use_container_width=True,
              returned_objects=["last_active_drawing", "center", "zoom",
                                *(["last_clicked"] if map_key() == "map-pick" else [])],
              center=center, zoom=zoom,
              render=False,  # st_folium renders the map itself once more; one render is enough
              feature_group_to_add=selection_layer(rows, selected, states))


def place_and_map(filters: Filters, rows: list[dict], by_control: bool) -> None:
    """The selected place's panel and the map. A click on the map, its reports of where it is, the
    panel's own widgets and the player rerun only this part, not the filters, the timeline and the
    queue."""
    if new_map_click():  # coordinates for a correction form that may be outside this part
        st.rerun()
    # The map's last click, read before anything is drawn: selecting a place costs one rerun, not two.
    state = st.session_state.get(map_key()) or {}
    clicked_id = ((state.get("last_active_drawing") or {}).get("properties") or {}).get("place_id")
    if clicked_id and clicked_id != st.session_state.get("last_clicked"):
        st.session_state["last_clicked"] = clicked_id
        st.session_state["selected"] = clicked_id
    map_view = reported_view()
    if map_view and map_view != st.session_state.get("seen_map_view") and not drawn_afresh(map_view) \
            and arrived(map_view):
        st.session_state["seen_map_view"] = map_view
        if not same_view(map_view, view()):  # the analyst moved the map: keep it there
            st.session_state["view"] = {"center": map_view[0], "zoom": map_view[1]}
    selected = st.session_state.get("selected")
    if map_view and not st.session_state.get("map_shown"):  # the map is up: now the timeline
        st.session_state["map_shown"] = st.session_state["sidebar_shown"] = True
        st.rerun()

    left, right = st.columns([3, 2])
    with right:
        place_panel(selected, filters, rows)
    with left:  # the map last: the panel's deltas reach the browser first, so a click shows the claims sooner
        place_map(selected, filters, rows, day_player() if by_control else None)


# Playing, the map's part reruns on a timer, one day a run; paused, only when something in it changes.
playing = mode == "control" and bool(st.session_state.get("playing"))
st.fragment(place_and_map, run_every=PLAY_STEP_S if playing else None)(filters, rows, mode == "control")


def _download(fmt: str, layer: str):  # type: ignore[no-untyped-def]
    """The payload is built only when the button is clicked, not on every rerun."""

    def run() -> bytes:
        with engine().connect() as conn:
            return export_bytes(conn, fmt=fmt, layer=layer, f=filters)

    return run


if ready:
    st.sidebar.download_button(label("download_claims", lang), _download("csv", "claims"), file_name="claims.csv",
                               mime="text/csv")
    st.sidebar.download_button(label("download_places", lang), _download("geojson", "places"),
                               file_name="places.geojson", mime="application/geo+json")
# Last, in the sidebar: the page's direction and language (a script with no data), set where its
# frame cannot shift the map under the analyst's first click. A first run is in English: the page's
# own direction and language are right, and the map's frame is the only one being built.
if ready or lang != "en":
    with st.sidebar:
        components.html(f"<script>const d = window.parent.document.documentElement; "
                        f"d.setAttribute('dir', '{direction}'); d.setAttribute('lang', '{lang}');</script>", height=0)
