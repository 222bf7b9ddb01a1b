"""Scoring predictions against gold facts: which place names match, and how the counts add up."""

from __future__ import annotations

import pytest

from policyextract.evaluate import GoldFact, PredictedFact, score_document


def _gold(place: str) -> GoldFact:
    return GoldFact("doc.txt", place, place, ("steel",), None, True, "")


def _predicted(place: str, place_id: str) -> PredictedFact:
    return PredictedFact("doc.txt", place, place_id, place, "steel", "steel", None, "")


@pytest.mark.parametrize(
    "gold_place, predicted_place, predicted_id, correct",
    [
        ("Hefei", "Hefei", "340100", 1),  # the same canonical name
        ("Macau", "Macao", "820000", 1),  # an alias of the predicted place
        ("Harbin New Zone", "Harbin New Area", "area:harbin", 1),
        ("Dainan", "Hainan", "460000", 0),  # a town the gazetteer lacks is no misspelt province
        ("Maoshan", "Baoshan", "530500", 0),
        ("Wuhan", "Hefei", "340100", 0),
    ],
    ids=["same name", "alias", "new area as zone", "fuzzed town", "fuzzed town 2", "other place"],
)
def test_a_gold_place_matches_by_name_or_alias_never_fuzzed(gold_place, predicted_place, predicted_id, correct):
    score = score_document([_predicted(predicted_place, predicted_id)], [_gold(gold_place)])
    assert (score.n_predicted, score.n_correct, score.n_required, score.n_found) == (1, correct, 1, correct)
