"""The analyst's dashboard: the map of places, the claims about each, filters, downloads.

Thin by design: widgets and layout only. Queries live in geo.store.queries, the map and its escaping in
geo.app.mapview, labels, safe Markdown and downloads in geo.app.panel. Article text is shown through
escaped Markdown, never as HTML. The store is GEO_DATABASE_URL (default: a SQLite file); an empty
store is filled with the bundled sample articles on the first run.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import streamlit as st
from streamlit_folium import st_folium

from geo.app.mapview import (
    build_map,
    layer_payload,
    place_features,
    place_label,
    publish_layer,
    selection_layer,
    visible_places,
)
from geo.app.panel import (
    claim_details,
    escape_markdown,
    highlight_markdown,
    label,
    panel_groups,
    safe_link,
    side_badge,
)
from geo.model import SIDES, TYPES
from geo.store.engine import database_url, open_store
from geo.store.export import export_bytes
from geo.store.ingest import seed_if_empty
from geo.store.queries import Filters, article_choices, outlets, place_claims, place_counts

PAGE_SIZE = 10
STORE_CACHE_S = 30  # the store changes only when an ingest runs: a click or a filter reuses the counts
ALL_SIDES = (*SIDES, "none")
LAYERS_DIR = Path(__file__).resolve().parent / "static" / "layers"  # served at /app/static/layers/

st.set_page_config(page_title="Karabakh places and claims", layout="wide")
# Static CSS only (no article text): claims read right to left.
st.markdown(
    "<style>[class*='st-key-claims-'] p {direction: rtl; text-align: right; "
    "font-size: 1.05rem; line-height: 1.7}</style>",
    unsafe_allow_html=True,
)


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
def layer_file(url: str, filters: Filters, show_sides: bool, show_contested: bool,
               side_names: dict[str, str]) -> tuple[bytes, str]:
    """The visible places as a file's bytes and digest: built once per filter, not per click."""
    shown = visible_places(layer(url, filters), show_sides=show_sides, show_contested=show_contested)
    return layer_payload(place_features(shown, side_names=side_names))


@st.cache_resource(ttl=STORE_CACHE_S, show_spinner=False)
def choices(url: str) -> tuple[list[str], dict[str, str]]:
    """The outlets and the articles (id -> title) the filters offer. Shared, read only."""
    with open_engine(url).connect() as conn:
        return outlets(conn), dict(article_choices(conn))


@st.cache_resource(ttl=STORE_CACHE_S, show_spinner=False)
def place_names(url: str) -> tuple[dict[str, str], list[str]]:
    """Every place's label, and the picker's options sorted by label. Shared, read only."""
    names = {p["place_id"]: place_label(p) for p in layer(url, Filters())}
    return names, ["", *sorted(names, key=names.get)]


lang = "ar" if st.sidebar.radio("Language / اللغة", ["English", "العربية"], horizontal=True) == "العربية" else "en"
st.title(label("title", lang))

every_place = layer(database_url(), Filters())
outlet_names, article_names = choices(database_url())
if not every_place:
    st.info(label("no_places", lang))
    st.stop()

sb = st.sidebar
sb.header(label("filters", lang))
sides = sb.multiselect(label("sides", lang), ALL_SIDES, format_func=lambda s: label("side_" + s, lang))
types = sb.multiselect(label("types", lang), TYPES, format_func=lambda t: label("type_" + t, lang))
dates = sb.date_input(label("dates", lang), value=(), min_value=dt.date(1990, 1, 1), max_value=dt.date(2100, 1, 1))
chosen_outlets = sb.multiselect(label("outlets", lang), outlet_names)
chosen_articles = sb.multiselect(label("articles", lang), list(article_names), format_func=article_names.get)
contested_only = sb.checkbox(label("contested_only", lang))
search = sb.text_input(label("search", lang))
filters = Filters(
    sides=tuple(sides), types=tuple(types),
    date_from=dates[0] if len(dates) >= 1 else None, date_to=dates[1] if len(dates) == 2 else None,
    outlets=tuple(chosen_outlets), article_ids=tuple(chosen_articles), contested_only=contested_only, text=search,
)

names, picker_options = place_names(database_url())
picked = sb.selectbox(label("place_picker", lang), picker_options,
                      format_func=lambda pid: names.get(pid, "—"), key="picker")
if picked and picked != st.session_state.get("last_picked"):
    st.session_state["selected"] = picked
st.session_state["last_picked"] = picked

sb.header(label("layers", lang))
show_sides = sb.checkbox(label("layer_sides", lang), value=True)
show_contested = sb.checkbox(label("layer_contested", lang), value=True)
show_density = sb.checkbox(label("layer_density", lang))
basemap = sb.radio(label("basemap", lang), ["plain", "osm", "satellite"],
                   format_func=lambda b: label("basemap_" + b, lang))

rows = layer(database_url(), filters)
side_names = {s: label("side_" + s, lang) for s in ALL_SIDES} | {
    "both": label("side_armenia", lang) + " + " + label("side_azerbaijan", lang),
    "contested": label("layer_contested", lang),
}
# The map's last click, read before anything is drawn: selecting a place costs one rerun, not two.
drawing = (st.session_state.get("map") or {}).get("last_active_drawing") or {}
clicked_id = (drawing.get("properties") or {}).get("place_id")
if clicked_id and clicked_id != st.session_state.get("last_clicked"):
    st.session_state["last_clicked"] = clicked_id
    st.session_state["selected"] = clicked_id
selected = st.session_state.get("selected")
left, right = st.columns([3, 2])
with right:
    place = next((p for p in every_place if p["place_id"] == selected), None)
    if place is None:
        st.info(label("no_place", lang))
    else:
        current = next((p for p in rows if p["place_id"] == selected), None)
        st.subheader(escape_markdown(place_label(place)))
        if current and current["contested"]:
            st.warning(label("contested", lang))
        place_names = [place["name_ar"], place["name"], *place["alt_names"]]
        page = st.number_input(label("page", lang), min_value=1, value=1, step=1, key=f"page-{selected}") - 1
        with engine().connect() as conn:
            claims, total = place_claims(conn, selected, filters, page=page, page_size=PAGE_SIZE)
        st.caption(f"{total} {label('claims_about', lang)} {escape_markdown(place['name'])}")
        if not claims:
            st.write(label("no_claims", lang))
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
                        link = safe_link(c["url"])
                        if link:
                            st.link_button("↗", link)

# The map last: its panel's deltas reach the browser first, so a click shows the claims sooner.
with left:
    st.caption(f"{len(rows)} {label('places_shown', lang)}")
    data, digest = layer_file(database_url(), filters, show_sides, show_contested, side_names)
    fmap = build_map(rows, basemap=basemap, show_sides=show_sides, show_contested=show_contested,
                     show_density=show_density, side_names=side_names, legend_title=label("sides", lang),
                     layer_url=publish_layer(data, digest, LAYERS_DIR))
    st_folium(fmap, key="map", height=620, use_container_width=True, returned_objects=["last_active_drawing"],
              render=False,  # st_folium renders the map itself once more; one render is enough
              feature_group_to_add=selection_layer(rows, selected))


def _download(fmt: str, layer: str):  # type: ignore[no-untyped-def]
    """The payload is built only when the button is clicked, not on every rerun."""

    def run() -> bytes:
        with engine().connect() as conn:
            return export_bytes(conn, fmt=fmt, layer=layer, f=filters)

    return run


st.sidebar.download_button(label("download_claims", lang), _download("csv", "claims"), file_name="claims.csv",
                           mime="text/csv")
st.sidebar.download_button(label("download_places", lang), _download("geojson", "places"),
                           file_name="places.geojson", mime="application/geo+json")
