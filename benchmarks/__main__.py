"""`python -m benchmarks`: the benchmark suite on the benchmark corpus (see docs/benchmarks.md).

The harness lives outside the product package: geo/ never imports it.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from benchmarks.harness import Settings, default_json_path, format_table, parse_size, run_bench, write_json
from geo.errors import GeoError


@click.command()
@click.option("--size", default=None, metavar="1k|10k|100k|N",
              help="Articles in the benchmark corpus (default 10k; 20 with --smoke).")
@click.option("--only", default="extract,ingest,queries,dashboard", show_default=True,
              help="The stages to run, separated by commas.")
@click.option("--pg", "pg_admin", default=None, metavar="URL",
              help="A PostgreSQL server where the benchmark may create and drop databases, e.g. "
              "postgresql://postgres@127.0.0.1:5432/postgres (without it PostgreSQL is skipped).")
@click.option("--json", "json_path", type=click.Path(dir_okay=False), default=None,
              help="Write the figures here (default: benchmarks/results/bench.json in a checkout).")
@click.option("--smoke", is_flag=True,
              help="A tiny run that checks every figure can be measured (its numbers mean nothing).")
def main(size: str | None, only: str, pg_admin: str | None, json_path: str | None, smoke: bool) -> None:
    """Measure extraction, ingest, the dashboard's queries and map; print a table and write JSON.

    Builds the benchmark corpus from the real development excerpts and the seeds
    (benchmarks/corpus.py). The exit status is 1 if a figure could not be measured; a missed target
    is reported in the table, not by the exit status.
    """
    stages = tuple(s.strip() for s in only.split(",") if s.strip())
    try:
        if smoke:
            settings = Settings.smoke_run(parse_size(size or "20"), stages=stages, pg_admin=pg_admin)
        else:
            settings = Settings(parse_size(size or "10k"), stages=stages, pg_admin=pg_admin)
        report = run_bench(settings, progress=lambda msg: click.echo(msg, err=True))
    except GeoError as err:
        raise click.ClickException(str(err)) from err
    click.echo(format_table(report))
    target = Path(json_path) if json_path else default_json_path(smoke=smoke)
    write_json(report, target)
    click.echo(f"figures written to {target}")
    missing = report.missing()
    for f in missing:
        click.echo(f"error: {f.key} could not be measured: {f.note}", err=True)
    for stage, error in report.failed.items():
        click.echo(f"error: the {stage} stage failed: {error}", err=True)
    if missing or report.failed:
        sys.exit(1)


if __name__ == "__main__":  # pragma: no cover
    main(prog_name="python -m benchmarks")
