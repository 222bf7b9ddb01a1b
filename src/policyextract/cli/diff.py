"""`policyextract diff`: what a new version of a plan added, dropped or changed."""

from pathlib import Path

import pandas as pd
import typer
from rich.console import Console
from rich.table import Table

from ..diff import DEFAULT_CONFIDENCE_THRESHOLD, DiffError, DiffResult, check_output_path, diff_outputs, write_changes
from ._app import app

CHANGE_STYLES = {"added": "green", "removed": "red", "changed": "yellow"}
EVIDENCE_WIDTH = 100
MIN_WIDTH_FOR_EVIDENCE = 110  # narrower terminals drop the evidence column (`--out` keeps it)


@app.command("diff")
def diff_command(
    old: Path = typer.Argument(..., help="Old version: a `run` output folder, an input folder or one document."),
    new: Path = typer.Argument(..., help="New version: a `run` output folder, an input folder or one document."),
    pair: list[str] = typer.Option([], "--pair", help="Pair documents by hand: OLD_NAME=NEW_NAME (repeatable)."),
    confidence_threshold: float = typer.Option(
        DEFAULT_CONFIDENCE_THRESHOLD, "--confidence-threshold", min=0.0, help="Confidence moves up to this are no change."
    ),
    out: Path | None = typer.Option(None, "--out", "-o", help="Write the changes to a .parquet, .csv or .json file."),
) -> None:
    """Compare the facts of two versions. Exit 0: no difference, 1: differences, 2: error."""
    try:
        if out is not None:
            check_output_path(out)
        result = diff_outputs(old, new, pairs=[_parse_pair(p) for p in pair], confidence_threshold=confidence_threshold)
        if out is not None:
            write_changes(result.changes, out)
    except (DiffError, OSError) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2)
    print_result(Console(), result)
    if result.has_differences:
        raise typer.Exit(1)


def _parse_pair(text: str) -> tuple[str, str]:
    old, sep, new = text.partition("=")
    if not sep or not old or not new:
        raise DiffError(f"--pair {text!r}: expected OLD_NAME=NEW_NAME")
    return old, new


def print_result(console: Console, result: DiffResult) -> None:
    """Pairing, counts, then one table of changes per document."""
    for error in result.errors:
        Console(stderr=True).print(f"warning: {error.document}: {error.message} ({error.error_type})")
    console.print(_pairs_table(result))
    counts = result.counts()
    console.print(
        " ".join(f"[{CHANGE_STYLES[c]}]{c} {n}[/]" for c, n in counts.items())
        + ("" if result.has_differences else " — no differences")
    )
    with_evidence = console.width >= MIN_WIDTH_FOR_EVIDENCE
    for document, rows in result.changes.groupby("document", sort=True):
        console.print(_changes_table(str(document), rows, with_evidence))


def _pairs_table(result: DiffResult) -> Table:
    table = Table(title="Documents compared")
    for column in ("old", "new", "paired by"):
        table.add_column(column)
    for pair in result.pairs:
        table.add_row(pair.old, pair.new, pair.how)
    for document in result.unpaired_old:
        table.add_row(document, "—", "[red]only in old[/]")
    for document in result.unpaired_new:
        table.add_row("—", document, "[green]only in new[/]")
    return table


def _changes_table(document: str, rows: pd.DataFrame, with_evidence: bool) -> Table:
    table = Table(title=document, title_justify="left")
    table.add_column("change", no_wrap=True)
    table.add_column("place", max_width=24)
    table.add_column("sector", max_width=24)
    table.add_column("cluster", no_wrap=True)
    table.add_column("field: old → new", max_width=28)
    if with_evidence:
        table.add_column("evidence", ratio=1)
    for row in rows.itertuples(index=False):
        cells = [
            f"[{CHANGE_STYLES[row.change]}]{row.change}[/]",
            f"{row.place} ({row.place_id})" if _text(row.place_id) else "whole document",
            _text(row.sector),
            _text(row.cluster_kind),
            f"{row.field}: {_text(row.old) or '—'} → {_text(row.new) or '—'}" if row.change == "changed" else "",
        ]
        if with_evidence:
            cells.append(_shorten(row.new_evidence if _text(row.new_evidence) else row.old_evidence))
        table.add_row(*cells)
    return table


def _text(value) -> str:
    return "" if value is None or (isinstance(value, float) and value != value) else str(value)


def _shorten(value) -> str:
    text = " ".join(_text(value).split())
    return text if len(text) <= EVIDENCE_WIDTH else text[: EVIDENCE_WIDTH - 1] + "…"
