"""`policyextract run`: extract facts from a folder of documents."""

from pathlib import Path

import typer
from rich.console import Console

from ..run import DEFAULT_OUT, run_folder
from ._app import app


@app.command("run")
def run_command(
    input_path: Path = typer.Argument(..., help="A folder of documents (searched recursively) or one file."),
    out: Path = typer.Option(DEFAULT_OUT, "--out", "-o", help="Folder for the Parquet tables."),
    jobs: int = typer.Option(1, "--jobs", "-j", min=1, help="Worker processes on this machine."),
    engine: str = typer.Option("local", "--engine", help="local or dask."),
    scheduler: str | None = typer.Option(None, "--scheduler", help="Dask scheduler address (default: a local cluster)."),
    strict: bool = typer.Option(False, "--strict", help="Exit non-zero when any document failed."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print nothing but errors."),
) -> None:
    """Read every document, extract facts, and write Parquet tables to OUT."""
    try:
        summary = run_folder(input_path, out, jobs=jobs, engine=engine, scheduler=scheduler)
    except (FileNotFoundError, ValueError) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2)
    if not quiet:
        Console(stderr=True).print(
            f"{summary.n_documents} documents, {summary.n_processed} processed, "
            f"{summary.n_cached} from cache, {len(summary.errors)} errors, {summary.n_facts} facts → {summary.out_dir}"
        )
    if (strict and summary.errors) or (summary.n_documents and not summary.n_processed and not summary.n_cached):
        raise typer.Exit(1)
