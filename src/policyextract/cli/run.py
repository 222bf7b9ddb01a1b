"""`policyextract run`: extract facts from a folder of documents."""

from pathlib import Path

import typer
from rich.console import Console

from ..model import RunSummary
from ..read import DEFAULT_MAX_BYTES
from ..run import DEFAULT_OUT, run_folder
from ._app import app


@app.command("run")
def run_command(
    input_path: Path = typer.Argument(..., help="A folder of documents (searched recursively) or one file."),
    out: Path = typer.Option(DEFAULT_OUT, "--out", "-o", help="Folder for the Parquet tables."),
    jobs: int = typer.Option(1, "--jobs", "-j", min=1, help="Worker processes on this machine."),
    engine: str = typer.Option("local", "--engine", help="local or dask."),
    scheduler: str | None = typer.Option(None, "--scheduler", help="Dask scheduler address (default: a local cluster)."),
    force: bool = typer.Option(False, "--force", help="Process every document again, ignoring OUT/.cache."),
    max_bytes: int = typer.Option(DEFAULT_MAX_BYTES, "--max-bytes", min=1, help="Skip (and report) files larger than this."),
    strict: bool = typer.Option(False, "--strict", help="Exit non-zero when any document failed."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print nothing but errors."),
) -> None:
    """Read every document, extract facts, and write Parquet tables to OUT (unchanged documents come from OUT/.cache)."""
    try:
        summary = run_folder(
            input_path, out, jobs=jobs, engine=engine, scheduler=scheduler,
            force=force, max_bytes=max_bytes, progress=False if quiet else None,
        )
    except (FileNotFoundError, ValueError) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2)
    if not quiet:
        Console(stderr=True).print(summary_line(summary), highlight=False)
    if (strict and summary.errors) or nothing_read(summary):
        raise typer.Exit(1)


def summary_line(summary: RunSummary) -> str:
    return (
        f"{summary.n_documents} documents, {summary.n_processed} processed, "
        f"{summary.n_cached} from cache, {len(summary.errors)} errors, {summary.n_facts} facts → {summary.out_dir}"
    )


def nothing_read(summary: RunSummary) -> bool:
    """Every input failed: worth a non-zero exit even without --strict."""
    return bool(summary.errors) and not (summary.n_processed or summary.n_cached)
