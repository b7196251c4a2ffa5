"""The analyst's dashboard (first version): pick a bundled article, see its places on a map.

Thin by design: widgets and layout only. Extraction lives in geo.pipeline, the map and its
escaping in geo.mapview. Article text is shown with st.text/st.dataframe, never as HTML.
"""

from __future__ import annotations

from pathlib import Path

import streamlit as st
from streamlit_folium import st_folium

from geo.gazetteer import load_gazetteer
from geo.manifest import read_manifest
from geo.mapview import build_place_map, place_label
from geo.pipeline import extract_places
from geo.sources import load_article

SEEDS = Path(__file__).resolve().parent / "seeds" / "manifest.csv"

st.set_page_config(page_title="Karabakh places in Arabic news", layout="wide")
st.title("Places named in Arabic news on the Nagorno-Karabakh conflict")


@st.cache_resource
def gazetteer():  # type: ignore[no-untyped-def]
    return load_gazetteer()


entries, _problems = read_manifest(SEEDS)
labels = {f"{e.id} ({e.published or 'undated'})": e for e in entries}
choice = st.sidebar.selectbox("Article", list(labels))
entry = labels[choice]
result = extract_places(load_article(entry), gazetteer())

left, right = st.columns([3, 2])
with left:
    st_folium(build_place_map(result.mentions), height=520, use_container_width=True, returned_objects=[])
with right:
    st.subheader(f"{len(result.mentions)} mentions of {len({m.place.place_id for m in result.mentions})} places")
    st.dataframe(
        [
            {"name": m.surface, "place": place_label(m.place), "role": m.role, "lat": m.place.lat,
             "lon": m.place.lon, "confidence": m.confidence}
            for m in result.mentions
        ],
        use_container_width=True,
        hide_index=True,
    )
    if result.unresolved:
        st.caption("Names no gazetteer layer knows (add them to your gazetteer file):")
        st.text("\n".join(result.article.text[u.start:u.end] for u in result.unresolved))
