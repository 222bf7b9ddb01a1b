"""`policyextract eval`: score a run's facts against gold facts."""

from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from ..evaluate import Evaluation, evaluate
from ._app import app


@app.command("eval")
def eval_command(
    out_dir: Path = typer.Argument(..., help="Output folder of `policyextract run`."),
    gold_dir: Path = typer.Argument(..., help="Folder of gold facts (<document>.jsonl)."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="List misses and false positives."),
) -> None:
    """Print precision, recall, F1 and deadline accuracy, overall and per document."""
    if not (out_dir / "facts.parquet").exists():
        typer.echo(f"error: {out_dir}: no facts.parquet (run `policyextract run` first)", err=True)
        raise typer.Exit(2)
    if not any(path.suffix == ".jsonl" and not path.name.startswith("_") for path in _files(gold_dir)):
        typer.echo(f"error: {gold_dir}: no gold files (<document>.jsonl)", err=True)
        raise typer.Exit(2)
    result = evaluate(out_dir, gold_dir)
    console = Console()
    console.print(_score_table(result))
    s = result.overall
    typer.echo(
        f"overall: precision {s.precision:.3f}  recall {s.recall:.3f}  F1 {s.f1:.3f}  "
        f"deadline accuracy {s.deadline_accuracy:.3f} ({s.n_deadline_right}/{s.n_deadline_pairs})"
    )
    if verbose:
        _print_details(console, result)


def _files(folder: Path) -> list[Path]:
    """The folder's files; none when it is missing or not a folder (a mistyped gold path scores nothing)."""
    return list(folder.iterdir()) if folder.is_dir() else []


def _score_table(result: Evaluation) -> Table:
    table = Table(title="Facts against gold")
    for column in ("document", "predicted", "correct", "required", "found", "precision", "recall", "F1", "deadline acc."):
        table.add_column(column, justify="left" if column == "document" else "right")
    rows = list(result.per_document.items()) + [("overall", result.overall)]
    for name, s in rows:
        table.add_row(
            name, str(s.n_predicted), str(s.n_correct), str(s.n_required), str(s.n_found),
            f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}",
            f"{s.deadline_accuracy:.3f} ({s.n_deadline_right}/{s.n_deadline_pairs})",
        )
    return table


def _print_details(console: Console, result: Evaluation) -> None:
    for name, score in result.per_document.items():
        for miss in score.misses:
            console.print(f"[red]miss[/red] {name}: {miss.place} × {miss.sector_texts[0]!r}  ← {miss.evidence[:120]}")
        for fp in score.false_positives:
            console.print(f"[yellow]false positive[/yellow] {name}: {fp.place} × {fp.sector_text!r}  ← {fp.evidence[:120]}")
        for predicted, gold in score.deadline_errors:
            console.print(
                f"[magenta]deadline[/magenta] {name}: {predicted.place} × {predicted.sector_text!r}: "
                f"predicted {predicted.deadline}, gold {gold.deadline}"
            )
