"""`python -m geo corrections ...`: analysts' corrections on the command line (list, share as JSON
Lines, promote a corrected name into a user gazetteer). The store's side is geo/store/corrections.py.
"""

from __future__ import annotations

import json
from pathlib import Path

import click

from geo.errors import GeoError

_DB_OPTION = click.option(
    "--db", "db", envvar="GEO_DATABASE_URL", default=None,
    help="Database URL or SQLite file (default: ~/.local/share/geo-karabakh/geo.sqlite). Also GEO_DATABASE_URL.",
)


@click.group()
def corrections() -> None:
    """Analysts' corrections: list them, share them as JSON Lines (docs/store.md#corrections)."""


@corrections.command("list")
@_DB_OPTION
@click.option("--stale", is_flag=True, help="Only those whose article's text changed since (not applied).")
def corrections_list(db: str | None, stale: bool) -> None:
    """One line per correction: when, who, what, and why."""
    from geo.store.corrections import list_corrections, stale_corrections
    from geo.store.engine import open_store

    engine = open_store(db)
    with engine.connect() as conn:
        items = stale_corrections(conn) if stale else list_corrections(conn)
    for c in items:
        target = c.place_id if c.kind == "place" else f"{c.article_id}[{c.start}:{c.end}]"
        click.echo(f"{c.created_at[:19]}  {c.author}  {c.kind}/{c.action}  {target}  "
                   f"{json.dumps(c.payload, ensure_ascii=False)}  {c.reason}")
    click.echo(f"{len(items)} correction(s)", err=True)


@corrections.command("export")
@click.argument("file", type=click.Path(dir_okay=False))
@_DB_OPTION
def corrections_export(file: str, db: str | None) -> None:
    """Write every correction to FILE as JSON Lines (one object a line, oldest first)."""
    from geo.store.corrections import list_corrections, to_jsonl
    from geo.store.engine import open_store

    engine = open_store(db)
    with engine.connect() as conn:
        items = list_corrections(conn)
    Path(file).write_text(to_jsonl(items), encoding="utf-8")
    click.echo(f"{len(items)} correction(s) written to {file}")


@corrections.command("import")
@click.argument("file", type=click.Path(dir_okay=False, exists=True))
@_DB_OPTION
def corrections_import(file: str, db: str | None) -> None:
    """Add the corrections in FILE (JSON Lines) to the store and apply them; ones already there
    (same correction id) are left as they are."""
    from geo.store.corrections import from_jsonl, record_correction
    from geo.store.engine import open_store
    from geo.store.ingest import refresh_contested
    from geo.store.writer import apply_place_corrections, reapply_corrections

    try:
        items = from_jsonl(Path(file).read_text(encoding="utf-8"), name=file)
        engine = open_store(db)
        with engine.begin() as conn:
            for c in items:
                record_correction(conn, c)
            for article_id in sorted({c.article_id for c in items if c.article_id}):
                reapply_corrections(conn, article_id)
            apply_place_corrections(conn)
        refresh_contested(engine)
    except GeoError as err:
        raise click.ClickException(str(err)) from err
    click.echo(f"{len(items)} correction(s) imported from {file}")


@corrections.command("promote")
@click.argument("correction_id")
@click.option("--gazetteer", "target", type=click.Path(dir_okay=False), required=True,
              help="Your gazetteer file (created if missing), the one you pass to ingest with --gazetteer.")
@_DB_OPTION
def corrections_promote(correction_id: str, target: str, db: str | None) -> None:
    """Teach the gazetteer what a mention correction says: the name as written in the article
    becomes a name of the place it was corrected to, so the next articles get it right."""
    from geo.places.gazetteer import load_gazetteer
    from geo.places.placefiles import promote_name
    from geo.store.corrections import list_corrections
    from geo.store.engine import open_store
    from geo.store.schema import articles

    engine = open_store(db)
    with engine.connect() as conn:
        found = [c for c in list_corrections(conn, kind="mention") if c.correction_id.startswith(correction_id)]
        if len(found) != 1 or found[0].action not in ("set", "add"):
            raise click.ClickException(f"no single place-naming mention correction has the id {correction_id!r}; "
                                       "'geo corrections list' shows them")
        c = found[0]
        body = conn.execute(select_text(articles, c.article_id)).scalar()
    if body is None:
        raise click.ClickException(f"the article {c.article_id!r} is no longer stored")
    name = body[c.start:c.end]
    place = load_gazetteer().places.get(c.payload.get("place_id", "")) or new_place(c)
    if place is None:
        raise click.ClickException(f"the place {c.payload.get('place_id')!r} is not in the gazetteer and the "
                                   "correction gives no name and coordinates for it")
    try:
        promote_name(Path(target), place, name)
    except GeoError as err:
        raise click.ClickException(str(err)) from err
    click.echo(f"{name!r} is now a name of {place.name} ({place.place_id}) in {target}")


def new_place(c):  # type: ignore[no-untyped-def]
    """The Place an analyst's correction adds (a new place with its name and coordinates), if any."""
    from geo.model import Place
    from geo.store.corrections import carried_place

    p = carried_place(c)
    if p is None:
        return None
    latin = p["name"] if p["name"].isascii() else p["place_id"]
    return Place(place_id=p["place_id"], name=latin, name_ar=p["name_ar"], lat=p["lat"], lon=p["lon"], kind=p["kind"],
                 source="an analyst's correction", layer="user")


def select_text(table, article_id):  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    return select(table.c.text).where(table.c.article_id == article_id)
