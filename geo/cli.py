"""The command line: ``python -m geo ...``, a thin door to the pipeline.

Owns argument parsing, progress and error reporting, and writing JSON Lines.
Every rule lives in the modules it calls.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import time
from pathlib import Path

import click

from geo import pipeline
from geo.corpus.sources import SourceProblem, collect_entries, iter_articles
from geo.errors import GeoError
from geo.model import Article
from geo.pipeline import EXTRACTOR_VERSION, load_language_tables
from geo.places.gazetteer import cache_dir, load_gazetteer
from geo.places.geocoder import NominatimGeocoder, resolve_unresolved
from geo.places.placefiles import check_place_file
from geo.records import article_record, place_record


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(EXTRACTOR_VERSION, prog_name="geo")
@click.option("-v", "--verbose", is_flag=True, help="Log what the pipeline does (to stderr).")
def main(verbose: bool) -> None:
    """Find and map the places Arabic news articles about the Nagorno-Karabakh conflict name."""
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s")


_GAZETTEER_OPTION = click.option(
    "--gazetteer", "gazetteer_files", multiple=True, type=click.Path(dir_okay=False),
    help="Your own gazetteer CSV (same columns as data/gazetteer/theatre.csv); repeatable. "
    "Also read from GEO_GAZETTEER (paths separated by ':').",
)


@main.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--manifest", type=click.Path(dir_okay=False), help="Manifest CSV with the articles' metadata.")
@_GAZETTEER_OPTION
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="Write JSON Lines here instead of stdout.")
@click.option("--pretty", is_flag=True, help="Indent the JSON (one object spans several lines).")
@click.option("--no-worldwide", is_flag=True, help="Use only the curated and user gazetteer layers.")
@click.option("--online", is_flag=True, default=False,
              help="Look up unresolved names with OpenStreetMap Nominatim (off by default; needs network).")
@click.option("--user-agent", envvar="GEO_NOMINATIM_USER_AGENT", default="",
              help="User agent for --online (or GEO_NOMINATIM_USER_AGENT), e.g. 'team-app/1.0 (you@example.org)'.")
def extract(
    paths: tuple[str, ...], manifest: str | None, gazetteer_files: tuple[str, ...], output: str | None,
    pretty: bool, no_worldwide: bool, online: bool, user_agent: str,
) -> None:
    """Extract places from article files or folders (.txt, .html) and print one JSON object per article.

    A folder is read recursively; if it holds a manifest.csv, its metadata is used.
    Bad files are reported on stderr and skipped; the exit status is 1 if any failed.
    """
    if not paths and not manifest:
        raise click.UsageError("give article files, folders or --manifest (e.g. python -m geo extract seeds/)")
    try:
        load_language_tables()  # a broken table is reported as file:line, not as a traceback mid-batch
        gaz = load_gazetteer(gazetteer_files, worldwide=not no_worldwide)
        geocoder = NominatimGeocoder(user_agent, cache_dir() / "nominatim.sqlite") if online else None
    except GeoError as err:
        raise click.ClickException(str(err)) from err
    entries, problems = collect_entries(paths, manifest)
    for p in problems:
        click.echo(f"error: {p.where}: {p.message}", err=True)
    out = open(output, "w", encoding="utf-8") if output else sys.stdout  # noqa: SIM115
    done = failed = 0
    started = time.perf_counter()
    try:
        for item in iter_articles(entries):
            if isinstance(item, SourceProblem):
                failed += 1
                click.echo(f"error: {item.message}", err=True)
                continue
            result = _extract_one(item, gaz, geocoder)
            json.dump(article_record(result), out, ensure_ascii=False, indent=1 if pretty else None)
            out.write("\n")
            done += 1
    finally:
        if output:
            out.close()
        if geocoder is not None:
            geocoder.close()
    elapsed = time.perf_counter() - started
    click.echo(f"{done} article(s) extracted, {failed + len(problems)} problem(s), {elapsed:.2f} s", err=True)
    if failed or problems:
        sys.exit(1)


def _extract_one(article: Article, gaz, geocoder):  # type: ignore[no-untyped-def]
    result = pipeline.extract(article, gaz)
    if geocoder is not None and result.unresolved:
        result = resolve_unresolved(result, geocoder.geocode)
    return result


_DB_OPTION = click.option(
    "--db", "db", envvar="GEO_DATABASE_URL", default=None,
    help="Database URL or SQLite file (default: ~/.local/share/geo-karabakh/geo.sqlite; "
    "PostgreSQL: postgresql://user@host:5432/dbname). Also GEO_DATABASE_URL.",
)


@main.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--manifest", type=click.Path(dir_okay=False), help="Manifest CSV with the articles' metadata.")
@_DB_OPTION
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Extraction processes (the gazetteer is loaded once per process).")
@click.option("--batch-size", type=click.IntRange(1, 10_000), default=100, show_default=True,
              help="Articles per transaction.")
@click.option("--engine", "engine_name", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="Where extraction runs: local processes (--workers) or a Dask cluster (--scheduler).")
@click.option("--scheduler", metavar="ADDRESS",
              help="The Dask scheduler for --engine dask, e.g. tcp://host:8786 (see docs/store.md).")
@click.option("--connect-timeout", type=click.FloatRange(0.1, 600), default=10.0, show_default=True,
              help="Seconds to wait for the Dask scheduler, then for its first worker.")
@click.option("--prune", is_flag=True,
              help="Remove the stored articles this corpus no longer names (without it they are only counted).")
@_GAZETTEER_OPTION
def ingest(paths: tuple[str, ...], manifest: str | None, db: str | None, workers: int, batch_size: int,
           engine_name: str, scheduler: str | None, connect_timeout: float, prune: bool,
           gazetteer_files: tuple[str, ...]) -> None:
    """Extract articles (files, folders, manifests) into the store, idempotently.

    An article is its id (the manifest's id, else its path): ingesting the same corpus twice
    changes nothing; an edited text replaces the article's mentions, claims and counts; a changed
    manifest row updates its metadata; a new extractor version re-processes every article. Stored
    articles the corpus no longer names are counted, and removed with --prune. Bad files are
    reported and skipped; the exit status is 1 if any failed. With --engine dask, the cluster's
    workers read the files (same paths on every machine) and this command writes the store.
    """
    from geo.store.engine import database_url
    from geo.store.ingest import ingest as run_ingest
    from geo.store.ingest import iter_problems, terminal_progress

    if not paths and not manifest:
        raise click.UsageError("give article files, folders or --manifest (e.g. python -m geo ingest seeds/)")
    if engine_name == "dask" and not scheduler:
        raise click.UsageError("--engine dask needs --scheduler ADDRESS, e.g. --scheduler tcp://host:8786 "
                               "(start one with 'dask scheduler')")
    if engine_name == "local" and scheduler:
        raise click.UsageError("--scheduler is for --engine dask; add --engine dask or leave --scheduler out")
    if engine_name == "dask" and workers != 1:
        raise click.UsageError("--workers is for --engine local; a Dask cluster has the workers it was started "
                               "with (dask worker ADDRESS --nworkers N)")
    try:
        load_language_tables()  # a broken table stops the command with file:line, before any article
        summary = run_ingest(paths, manifest=manifest, url=db, workers=workers, batch_size=batch_size,
                             gazetteer_files=gazetteer_files, progress=terminal_progress(),
                             scheduler=scheduler if engine_name == "dask" else None,
                             connect_timeout=connect_timeout, prune=prune)
    except GeoError as err:
        raise click.ClickException(str(err)) from err
    for line in iter_problems(summary):
        click.echo(f"error: {line}", err=True)
    click.echo(summary.line())
    click.echo(f"store: {_safe_url(database_url(db))}")
    if summary.failed:
        sys.exit(1)


@main.command()
@click.argument("ids", nargs=-1, required=True)
@_DB_OPTION
def remove(ids: tuple[str, ...], db: str | None) -> None:
    """Remove articles (by id) and everything extracted from them from the store.

    The map's counts and contested places follow. An id the store does not have is reported and the
    exit status is 1.
    """
    from geo.store.engine import database_url, open_store
    from geo.store.ingest import refresh_contested
    from geo.store.writer import remove_articles

    try:
        engine = open_store(db)
        with engine.begin() as conn:
            removed = remove_articles(conn, ids)
        refresh_contested(engine)
    except GeoError as err:
        raise click.ClickException(str(err)) from err
    for missing in sorted(set(ids) - set(removed)):
        click.echo(f"error: no stored article has the id {missing!r}; 'python -m geo export --format csv "
                   "--layer claims' lists the stored articles' ids", err=True)
    click.echo(f"removed {len(removed)} article(s) from {_safe_url(database_url(db))}")
    if set(ids) - set(removed):
        sys.exit(1)


def _safe_url(url: str) -> str:
    from geo.store.engine import redact_url

    return redact_url(url)


@main.command()
@click.option("--format", "fmt", type=click.Choice(["geojson", "gpkg", "csv"]), required=True)
@click.option("--output", "-o", type=click.Path(dir_okay=False), required=True, help="File to write.")
@click.option("--layer", type=click.Choice(["places", "claims"]), default="places", show_default=True,
              help="What to write (gpkg always holds both layers).")
@_DB_OPTION
@click.option("--side", "sides", multiple=True, help="Only claims of this side (repeatable).")
@click.option("--type", "types", multiple=True, help="Only claims of this type (repeatable).")
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), help="Claims dated on or after YYYY-MM-DD.")
@click.option("--until", type=click.DateTime(["%Y-%m-%d"]), help="Claims dated on or before YYYY-MM-DD.")
@click.option("--outlet", "outlets", multiple=True, help="Only articles of this outlet (repeatable).")
@click.option("--contested-only", is_flag=True, help="Only contested places.")
@click.option("--search", default="", help="Only claims whose text or speaker contains this.")
def export(fmt: str, output: str, layer: str, db: str | None, sides: tuple[str, ...], types: tuple[str, ...],
           since, until, outlets: tuple[str, ...], contested_only: bool, search: str) -> None:  # type: ignore[no-untyped-def]
    """Export places (points with claim counts per side) or claims from the store."""
    from geo.store.engine import open_store
    from geo.store.export import export as run_export
    from geo.store.queries import Filters

    filters = Filters(sides=sides, types=types, date_from=since.date() if since else None,
                      date_to=until.date() if until else None, outlets=outlets, contested_only=contested_only,
                      text=search)
    try:
        engine = open_store(db)
        with engine.connect() as conn:
            count = run_export(conn, output, fmt=fmt, layer=layer, f=filters)
    except GeoError as err:
        raise click.ClickException(str(err)) from err
    click.echo(f"{count} {layer} written to {output}")


@main.group()
def gazetteer() -> None:
    """Inspect, check and rebuild the gazetteer."""


@gazetteer.command("build")
@_GAZETTEER_OPTION
def gazetteer_build(gazetteer_files: tuple[str, ...]) -> None:
    """Rebuild the gazetteer index and its cache, and print what it holds."""
    started = time.perf_counter()
    try:
        gaz = load_gazetteer(gazetteer_files, use_cache=False)
        load_gazetteer(gazetteer_files)  # writes the cache
    except GeoError as err:
        raise click.ClickException(str(err)) from err
    layers: dict[str, int] = {}
    for p in gaz.places.values():
        layers[p.layer] = layers.get(p.layer, 0) + 1
    click.echo(f"built in {time.perf_counter() - started:.2f} s; cache: {cache_dir()}")
    for layer, count in sorted(layers.items()):
        click.echo(f"  {layer:10s} {count:6d} places")
    click.echo(f"  names      {len(gaz.names):6d} (including labels)")


@gazetteer.command("lookup")
@click.argument("name")
@_GAZETTEER_OPTION
def gazetteer_lookup(name: str, gazetteer_files: tuple[str, ...]) -> None:
    """Show the places a written name stands for (as JSON)."""
    gaz = load_gazetteer(gazetteer_files)
    places = gaz.lookup(name)
    if not places:
        click.echo(f"no place is called {name!r}; add it to your gazetteer file (see README)", err=True)
        sys.exit(1)
    for p in places:
        click.echo(json.dumps(place_record(p), ensure_ascii=False))


@gazetteer.command("check")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
def gazetteer_check(files: tuple[str, ...]) -> None:
    """Validate gazetteer CSV files (yours or data/gazetteer/*.csv) and report the first error of each.

    Checks the header, every row (fields, id, kind, coordinates, names), duplicate ids, and names
    that another place (in the file or the curated gazetteer) already bears without a declaration
    in data/gazetteer/shared_names.tsv.
    """
    bad = 0
    for f in files:
        try:
            rows = check_place_file(Path(f))
            click.echo(f"ok: {f}: {len(rows)} places")
        except GeoError as err:
            bad += 1
            click.echo(f"error: {err}", err=True)
    sys.exit(1 if bad else 0)


@main.command()
@click.argument("gold_dir", type=click.Path(file_okay=False, exists=True))
@click.argument("text_dir", type=click.Path(file_okay=False, exists=True), required=False)
@click.option("--show-errors", is_flag=True, help="List every missed, false or misplaced mention and claim link.")
@click.option("--db", "db", default=None,
              help="Score what this store holds for the annotated articles (analysts' corrections included; "
                   "an article's id is its file name without .txt) instead of extracting them again.")
@click.option("--against", "other_dir", default=None, type=click.Path(file_okay=False, exists=True),
              help="Score a second person's annotation files of the same articles (same file names in this "
                   "folder) instead of the extractor: inter-annotator agreement.")
def score(gold_dir: str, text_dir: str | None, show_errors: bool, db: str | None, other_dir: str | None) -> None:
    """Score extraction against annotation JSON files (docs/evaluation.md): place mentions and their
    roles, (side, place) claim links, typed links (side, type, polarity, place), contested places."""
    from geo.scoring import evaluate_agreement, evaluate_folder

    try:
        if other_dir:
            report = evaluate_agreement(gold_dir, other_dir)
        elif db:
            report = stored_evaluation(gold_dir, db)
        else:
            report = evaluate_folder(gold_dir, load_gazetteer(), text_dir=text_dir)
    except GeoError as err:  # (a store that will not open; an annotation file's bad date: what and how to fix it)
        raise click.ClickException(str(err)) from err
    except FileNotFoundError as err:
        if not other_dir:
            raise
        raise click.ClickException(str(err)) from err
    for line in report.lines:
        click.echo(line)
    click.echo(f"{'TOTAL':24s} {report.summary()}")
    if show_errors:
        for e in (*report.places.errors, *report.links.errors, *report.typed.errors):
            click.echo("  " + e)


def stored_evaluation(gold_dir: str, db: str):  # type: ignore[no-untyped-def]
    """The annotated articles' stored records (corrected) scored against their annotations."""
    from sqlalchemy import select

    from geo.scoring import Evaluation, evaluate_result, result_from_record
    from geo.store.corrections import stored_record
    from geo.store.engine import open_store
    from geo.store.schema import articles

    total = Evaluation()
    engine = open_store(db)
    with engine.connect() as conn:
        keys = {aid: key for aid, key in conn.execute(select(articles.c.article_id, articles.c.article_key))}
        for gold_path in sorted(Path(gold_dir).glob("*.json")):
            name = json.loads(gold_path.read_text(encoding="utf-8"))["file"]
            key = keys.get(Path(name).stem) or keys.get(name)
            if key is None:
                raise click.ClickException(f"{gold_path.name}: the store {db} has no article {Path(name).stem!r}; "
                                           f"ingest {gold_dir} into it first")
            result, places = result_from_record(stored_record(conn, key))
            total.add(evaluate_result(result, places, gold_path))
    engine.dispose()
    return total


from geo.cli_corrections import corrections  # noqa: E402 - registered after main is defined

main.add_command(corrections)

if __name__ == "__main__":  # pragma: no cover
    main(prog_name=os.path.basename(sys.argv[0]))
