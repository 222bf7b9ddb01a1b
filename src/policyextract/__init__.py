"""policyextract: policy texts in, analysis-ready Parquet tables out.

The functions a notebook needs are importable from here; they are loaded on first use so that
`import policyextract` stays cheap (spaCy is only imported when a pipeline is needed).
"""

from importlib import import_module

__version__ = "0.1.0"

_EXPORTS = {
    "load": "policyextract.load",
    "run_folder": "policyextract.run",
    "evaluate": "policyextract.evaluate",
    "diff_outputs": "policyextract.diff",
    "resolve_place": "policyextract.normalise",
    "resolve_sector": "policyextract.normalise",
    "resolve_agency": "policyextract.normalise",
    "load_gazetteer": "policyextract.gazetteer",
}
__all__ = ["__version__", *_EXPORTS]


def __getattr__(name: str):
    if name in _EXPORTS:
        return getattr(import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'policyextract' has no attribute {name!r}")
