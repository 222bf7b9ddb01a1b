"""Shared fixtures: the repository's sample documents and a helper that runs the real pipeline."""

import hashlib
from pathlib import Path

import pytest

from policyextract.model import SourceDocument
from policyextract.run import process_document

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
GOLD = ROOT / "tests" / "gold" / "seeds"


def make_source(text: str, name: str = "doc.txt", title: str | None = None, published: str | None = None):
    return SourceDocument(
        document=name,
        text=text,
        sha256=hashlib.sha256(text.encode()).hexdigest(),
        title=title,
        published=published,
    )


def extract(text: str, **kwargs):
    """The facts the whole pipeline extracts from a text, as (place, sector_id, deadline) triples."""
    return process_document(make_source(text, **kwargs)).facts


@pytest.fixture(scope="session")
def seeds_out(tmp_path_factory):
    """One run over seeds/ shared by the tests that read its tables."""
    from policyextract.run import run_folder

    out = tmp_path_factory.mktemp("seeds_out")
    run_folder(SEEDS, out)
    return out
