"""Command-line interface. Each module registers thin commands that call library functions."""

from . import diff, evaluate, gazetteer, report, run  # noqa: F401  (register their commands)
from ._app import app


def main() -> None:
    app()
