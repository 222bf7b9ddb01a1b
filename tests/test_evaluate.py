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
        ("Nangang Textile Industrial Park", "Nan'gang Textile Industrial Park", "zone:120116:nangang-textile", 1),
        ("Dainan", "Hainan", "460000", 0),  # a town the gazetteer lacks is no misspelt province
        ("Maoshan", "Baoshan", "530500", 0),
        ("Wuhan", "Hefei", "340100", 0),
    ],
    ids=["same name", "alias", "new area as zone", "pinyin apostrophe", "fuzzed town", "fuzzed town 2", "other place"],
)
def test_a_gold_place_matches_by_name_or_alias_never_fuzzed(gold_place, predicted_place, predicted_id, correct):
    score = score_document([_predicted(predicted_place, predicted_id)], [_gold(gold_place)])
    assert (score.n_predicted, score.n_correct, score.n_required, score.n_found) == (1, correct, 1, correct)


def test_of_two_predictions_for_one_gold_fact_the_one_from_its_sentence_takes_it():
    """Two cluster kinds make two rows of one place and sector; the gold's deadline is compared with the
    row stated in the gold's own sentence, whichever comes first."""
    said, dated = "Changzhou is a new energy hub.", "Changzhou will build a new energy highland by 2025."
    gold = GoldFact("doc.txt", "Changzhou", "Changzhou", ("new energy",), 2025, True, dated)
    predictions = [
        PredictedFact("doc.txt", "Changzhou", "320400", "Changzhou", "new_energy", "new energy", None, said),
        PredictedFact("doc.txt", "Changzhou", "320400", "Changzhou", "new_energy", "new energy", 2025, dated),
    ]
    score = score_document(predictions, [gold])
    assert (score.n_correct, score.n_deadline_pairs, score.n_deadline_right) == (1, 1, 1)
    assert score.false_positives == [predictions[0]]


def test_a_required_gold_fact_is_matched_before_an_optional_one():
    required = GoldFact("doc.txt", "Hefei", "Hefei", ("steel",), None, True, "Hefei will grow steel.")
    optional = GoldFact("doc.txt", "Hefei", "Hefei", ("steel industry",), None, False, "Hefei has steel.")
    prediction = PredictedFact("doc.txt", "Hefei", "340100", "Hefei", "steel", "steel industry", None, "Hefei has steel.")
    score = score_document([prediction], [optional, required])
    assert (score.n_correct, score.n_found, len(score.misses)) == (1, 1, 0)
