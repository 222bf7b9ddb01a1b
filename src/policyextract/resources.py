"""Where the gazetteer and pipeline configs live: the repository's folders in a checkout or an
editable install, else the copies a wheel carries inside the package (see setup.py)."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
_REPOSITORY = _PACKAGE.parents[1]
BUNDLED = _PACKAGE / "_bundled"


def data_dir(name: str) -> Path:
    """`gazetteer` or `pipelines`: the checkout's top-level folder when there is one, else the
    bundled copy, so one code path serves `pip install -e .` and `pip install policyextract`."""
    in_checkout = _REPOSITORY / name
    if (_REPOSITORY / "pyproject.toml").is_file() and in_checkout.is_dir():
        return in_checkout
    return BUNDLED / name
