"""The Streamlit app's non-map parts, through Streamlit's AppTest (a real script run)."""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

APP = str(Path(__file__).resolve().parent.parent / "app.py")


def test_app_lists_the_places_of_the_chosen_article() -> None:
    at = AppTest.from_file(APP, default_timeout=120).run()
    assert not at.exception
    at.sidebar.selectbox[0].select("seed-002 (2020-11-09)").run()
    assert not at.exception
    table = at.dataframe[0].value
    assert "Shusha" in " ".join(table["place"])
    assert "mentions of" in at.subheader[0].value
