"""`policyextract report` and `policyextract plot`: review an output folder as HTML or PNGs."""

from pathlib import Path

import typer

from ..plot import write_deadlines, write_map
from ..report import REPORT_NAME, write_report
from ._app import app


def _check_out_dir(out_dir: Path) -> None:
    if not (out_dir / "facts.parquet").is_file():
        typer.echo(f"error: {out_dir} has no facts.parquet; run `policyextract run INPUT --out {out_dir}` first", err=True)
        raise typer.Exit(2)


@app.command("report")
def report_command(
    out_dir: Path = typer.Argument(..., help="Output folder of `policyextract run`."),
    html: Path | None = typer.Option(None, "--html", help=f"HTML file to write (default OUT_DIR/{REPORT_NAME})."),
) -> None:
    """Write one self-contained HTML page: counts, map, facts table, highlighted documents."""
    _check_out_dir(out_dir)
    typer.echo(str(write_report(out_dir, html)))


@app.command("plot")
def plot_command(
    out_dir: Path = typer.Argument(..., help="Output folder of `policyextract run`."),
    map_png: Path | None = typer.Option(None, "--map", help="PNG file for the map of facts by place."),
    deadlines_png: Path | None = typer.Option(None, "--deadlines", help="PNG file for facts by deadline and sector."),
) -> None:
    """Draw the facts map and/or the deadline heat map as PNG files."""
    _check_out_dir(out_dir)
    if map_png is None and deadlines_png is None:
        typer.echo("error: give --map FILE and/or --deadlines FILE", err=True)
        raise typer.Exit(2)
    if map_png is not None:
        typer.echo(str(write_map(out_dir, map_png)))
    if deadlines_png is not None:
        typer.echo(str(write_deadlines(out_dir, deadlines_png)))
