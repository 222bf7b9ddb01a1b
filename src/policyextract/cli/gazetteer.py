"""`policyextract gazetteer lookup|stats`: check by hand how a name resolves and what is loaded."""

from __future__ import annotations

from enum import Enum
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from .. import gazetteer as gazetteer_lib
from .. import normalise
from ._app import gazetteer_app


class LookupKind(str, Enum):
    place = "place"
    sector = "sector"
    agency = "agency"


_GAZETTEER_OPTION = typer.Option(None, "--gazetteer", help="Gazetteer folder (default: the repo's).")


@gazetteer_app.command("lookup")
def lookup(
    name: str = typer.Argument(..., help="The text to resolve, as written."),
    context: str = typer.Option("", "--context", help="Sentence around the name; provinces in it settle homonyms."),
    kind: LookupKind = typer.Option(LookupKind.place, "--kind", help="What the name is."),
    gazetteer_path: Path | None = _GAZETTEER_OPTION,
) -> None:
    """Resolve NAME and show every candidate, the chosen entry, the method and the note."""
    gaz = gazetteer_lib.load_gazetteer(gazetteer_path)
    place_context = normalise.context_from_text(context, gazetteer=gaz) if context else None
    resolution = normalise.resolve(name, kind.value, place_context, gaz)
    console = Console()
    console.print(_candidate_table(resolution))
    for label, value in normalise.describe_resolution(resolution, gaz).items():
        console.print(f"[bold]{label}:[/bold] {value}")
    if resolution.entity_id is None:
        raise typer.Exit(code=1)


@gazetteer_app.command("stats")
def stats(gazetteer_path: Path | None = _GAZETTEER_OPTION) -> None:
    """Counts per level, regions, sectors, agencies, aliases and tagger forms."""
    gaz = gazetteer_lib.load_gazetteer(gazetteer_path)
    table = Table(title=f"gazetteer {gaz.root} (version {gaz.version[:12]})")
    table.add_column("what")
    table.add_column("count", justify="right")
    for what, count in gazetteer_lib.stats(gaz).items():
        table.add_row(what, f"{count:,}")
    Console().print(table)


def _candidate_table(resolution: normalise.Resolution) -> Table:
    table = Table(title=f"candidates for {resolution.text!r}")
    for column in ("", "id", "canonical", "score", "method"):
        table.add_column(column)
    for candidate in resolution.candidates:
        chosen = "→" if candidate.entity_id == resolution.entity_id else ""
        table.add_row(chosen, candidate.entity_id, candidate.canonical, f"{candidate.score:.1f}",
                      candidate.method)
    return table
