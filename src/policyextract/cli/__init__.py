"""Command-line interface. Each module registers thin commands that call library functions."""

from importlib import import_module

from ._app import app

COMMAND_MODULES = ("run", "evaluate", "gazetteer", "diff", "report")

for _name in COMMAND_MODULES:
    try:
        import_module(f"{__name__}.{_name}")
    except ModuleNotFoundError as exc:  # a command module not written yet
        if exc.name != f"{__name__}.{_name}":
            raise


def main() -> None:
    app()
