"""Dimension helpers: containment of places in places and regions."""

from __future__ import annotations

import pytest

from policyextract.dimensions import contains
from policyextract.gazetteer import Gazetteer, load_gazetteer


@pytest.fixture(scope="module")
def real() -> Gazetteer:
    return load_gazetteer()


@pytest.mark.parametrize(
    "outer, inner, expected",
    [("440000", "442000", True), ("region:pearl-river-delta", "442000", True), ("442000", "440000", False),
     ("440000", None, False), (None, "442000", False)],
    ids=["a province's city", "a region's member", "not the other way", "an unsettled inner place",
         "an unsettled outer place"],
)
def test_containment_of_places(real: Gazetteer, outer, inner, expected) -> None:
    """A homonym no context settled (no id) lies nowhere known, rather than failing the document."""
    assert contains(real, outer, inner) is expected
