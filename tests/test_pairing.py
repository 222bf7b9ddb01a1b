"""Pairing within a sentence: the fast paths agree with the plain scans they stand in for."""

from __future__ import annotations

import random

import pytest

from policyextract import pairing
from policyextract.model import Mention


def test_org_name_index_answers_as_the_window_scan_does():
    """`OrgNames` only scans a mention's window when a head word could share its name run; it
    must agree with the scan everywhere, also for heads cut by the window or inside a word."""
    rng = random.Random(7)
    words = ["Wuhan", "University", "Institute", "of", "and", "the", "&", "Corp", "Corporation", "oration",
             "eBank", "Daily", "times", ",", ".", "(", "’s", "-", "new materials", "Finance", "X", "Co", "Co-operation",
             "Ltd", "Cost"]
    separators = [" ", " ", "", "  ", "\n", ", "]
    for _ in range(2000):
        text = "".join(rng.choice(words) + rng.choice(separators) for _ in range(rng.randint(1, 60)))
        org_names = pairing.OrgNames(text)
        for _ in range(5):
            start = rng.randrange(len(text))
            end = rng.randint(start, min(len(text), start + 20))
            mention = Mention(start, end, text[start:end], "PLACE", 0)
            assert org_names.contain(mention) == pairing._inside_org_name(text, mention), (text, start, end)


@pytest.mark.parametrize(
    "before, moved",
    [
        ("textile industries relocated from ", True),
        ("industries Relocated FROM the ", True),
        ("firms moving out from the\n", True),
        ("transfers from ", True),
        ("industries relocated from the eastern ", False),
        ("hundreds of enterprises from the prosperous ", True),
        ("makers from ", True),
        ("relocated to ", False),
        ("from the ", False),
        ("", False),
    ],
)
def test_moved_from_answers_as_the_origin_pattern(before, moved):
    assert pairing._moved_from(before) is moved
    assert bool(pairing._ORIGIN_BEFORE.search(before)) is moved


def test_coordinated_runs_of_one_kind_are_coordinated_groups():
    """`coordinated_runs` skips the kind test `_coordinated_groups` makes; for mentions of one
    kind both must group alike."""
    rng = random.Random(5)
    pieces = ["Wuhan", "steel", ", ", " and ", " or ", "、", " will build ", " as well as ", "; ", " in "]
    for _ in range(500):
        text, spans = "", []
        for _ in range(rng.randint(0, 8)):
            text += rng.choice(pieces)
            start = len(text)
            text += rng.choice(["Hefei", "Wuhu", "coal"])
            spans.append((start, len(text)))
        for label in ("PLACE", "SECTOR"):
            labels = [label, "REGION"] if label == "PLACE" else [label]
            items = [Mention(s, e, text[s:e], rng.choice(labels), 0) for s, e in spans]
            assert pairing.coordinated_runs(text, items) == pairing._coordinated_groups(text, items), text


@pytest.mark.parametrize(
    "text, gapped",
    [
        (", Guangzhou on transportation", True),
        (", and Qingdao on Marine tourism", True),  # a word that opens like a month's abbreviation
        (", Xinhua on Friday", False),  # a day
        (", Xinhua on March 3", False),
        (", Xinhua on Sept. 3", False),
        (", Xinhua on 3 March", False),
    ],
)
def test_a_gapped_clause_is_a_subject_and_on_not_a_date(text, gapped):
    assert (pairing._GAPPED_CLAUSE.search(text) is not None) is gapped
