"""The Streamlit app's non-map parts, through Streamlit's AppTest (a real script run on a real store)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

APP = str(Path(__file__).resolve().parent.parent / "app.py")


def app_test() -> AppTest:
    """The app once its map is up: in a browser the map's first report reruns the page, and the
    sidebar's widgets come a moment later; AppTest has no map to report, so the test says so."""
    at = AppTest.from_file(APP, default_timeout=180)
    at.session_state["map_shown"] = at.session_state["sidebar_shown"] = True
    return at


@pytest.fixture
def app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> AppTest:
    monkeypatch.setenv("GEO_DATABASE_URL", str(tmp_path / "app.sqlite"))
    at = app_test()
    at.run()
    assert not at.exception, at.exception
    return at


def select_place(at: AppTest, place_id: str) -> AppTest:
    picker = next(s for s in at.sidebar.selectbox if s.key == "picker")
    picker.select(place_id).run()
    assert not at.exception, at.exception
    return at


def markdown_text(at: AppTest) -> str:
    return "\n".join(m.value for m in at.markdown)


def test_first_run_seeds_the_store_and_lists_places(app: AppTest) -> None:
    assert "places on the map" in " ".join(c.value for c in app.caption)
    assert any("Click a place" in i.value for i in app.info)


def test_picking_shusha_shows_both_sides_side_by_side(app: AppTest) -> None:
    at = select_place(app, "shusha")
    assert any("Shusha" in s.value for s in at.subheader)
    assert any("Contested" in w.value for w in at.warning)
    text = markdown_text(at)
    assert "Azerbaijan" in text and "Armenia" in text
    assert "**شوشا**" in text  # the place name highlighted inside the escaped sentence


def test_side_filter_hides_the_other_side_and_keeps_the_selection(app: AppTest) -> None:
    at = select_place(app, "shusha")
    sides = next(m for m in at.sidebar.multiselect if m.label == "Sides")
    sides.select("armenia").run()
    assert not at.exception
    assert any("Shusha" in s.value for s in at.subheader)  # the selected place survives the filter
    text = markdown_text(at)
    assert "Armenia" in text and ":blue-badge[" not in text


def test_arabic_labels(app: AppTest) -> None:
    app.sidebar.radio[0].set_value("العربية").run()
    assert not app.exception
    assert any("قره باغ" in m.value for m in app.markdown)  # the page title, in Arabic


def test_an_article_with_no_places_and_an_empty_filter_result(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from geo.store.ingest import ingest

    folder = tmp_path / "plain"
    folder.mkdir()
    (folder / "none.txt").write_text("قال المتحدث إن الاجتماع كان مثمرا.", encoding="utf-8")
    db = tmp_path / "plain.sqlite"
    summary = ingest([folder], url=str(db))
    assert summary.new == 1
    monkeypatch.setenv("GEO_DATABASE_URL", str(db))
    at = app_test().run()
    assert not at.exception
    assert any("No place is named" in i.value for i in at.info)


def test_date_filter_outside_the_corpus_empties_the_map(app: AppTest) -> None:
    app.sidebar.date_input[0].set_value((dt.date(1999, 1, 1), dt.date(1999, 12, 31))).run()
    assert not app.exception
    assert any(c.value.startswith("0 ") for c in app.caption)


def test_hostile_article_is_shown_as_text(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from geo.store.ingest import ingest

    folder = tmp_path / "hostile"
    folder.mkdir()
    payload = "<script>alert(1)</script> ${alert(1)} <img src=x onerror=alert(1)> </script> \\1 `x` [a](javascript:x)"
    (folder / "h.txt").write_text(f"وقالت وزارة الدفاع الأرمينية إن القوات قصفت مدينة شوشا {payload}.", encoding="utf-8")
    db = tmp_path / "hostile.sqlite"
    ingest([folder], url=str(db))
    monkeypatch.setenv("GEO_DATABASE_URL", str(db))
    at = app_test().run()
    at = select_place(at, "shusha")
    shown = "\n".join(m.value for m in at.markdown if "alert" in m.value)  # the claim's sentence
    assert "alert" in shown  # the sentence is there ...
    # ... but every character Markdown or HTML would act on is escaped with a backslash
    unescaped = [ch for i, ch in enumerate(shown) if ch in "<>$`[]" and (i == 0 or shown[i - 1] != "\\")]
    assert unescaped == []


def _places_shown(at: AppTest) -> int:
    return int(next(c.value for c in at.caption if "places on the map" in c.value).split()[0])


def test_article_filter_limits_the_map_to_one_article(app: AppTest) -> None:
    every = _places_shown(app)
    articles = next(m for m in app.sidebar.multiselect if m.label == "Articles")
    articles.select("seed-004").run()
    assert not app.exception
    assert 0 < _places_shown(app) < every


def test_a_first_run_draws_the_map_before_the_sidebar_widgets(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GEO_DATABASE_URL", str(tmp_path / "first.sqlite"))
    at = AppTest.from_file(APP, default_timeout=180).run()  # no map report yet: a page just opened
    assert not at.exception
    assert [r.label for r in at.sidebar.radio] == ["اللغة / Language"]  # the language only
    assert not at.sidebar.multiselect and not at.sidebar.text_input and not at.sidebar.selectbox
    assert "places on the map" in " ".join(c.value for c in at.caption)  # the map is there, with defaults
    at.session_state["map_shown"] = at.session_state["sidebar_shown"] = True  # the map up a moment
    at.run()
    assert not at.exception
    assert any(m.label == "Sides" for m in at.sidebar.multiselect)
