"""The Typer application; command modules in this package register themselves on it."""

import typer

app = typer.Typer(
    name="policyextract",
    help="Turn industrial-cluster policy texts into analysis-ready Parquet tables.",
    no_args_is_help=True,
    add_completion=False,
)
gazetteer_app = typer.Typer(help="Inspect the gazetteer and check resolutions by hand.", no_args_is_help=True)
app.add_typer(gazetteer_app, name="gazetteer")
