"""Years and dates and the role they play: target, plan period or observation."""

import pytest

from policyextract.nlp.timex import find_time_expressions, sentence_is_future


def roles(text: str) -> list[tuple[str, int, str]]:
    return [(t.label, t.value, t.role) for t in find_time_expressions(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("By 2025, the region should be stronger.", [("YEAR", 2025, "deadline")]),
        ("by the end of 2035, it should build a modern economy", [("YEAR", 2035, "deadline")]),
        ("As of the end of 2022, output reached 1 trillion yuan.", [("YEAR", 2022, "observation")]),
        ("In the first half of 2023, sales rose.", [("YEAR", 2023, "observation")]),
        ("Cluster Action Plan (2021-2025)", [("YEAR", 2025, "period")]),
        ("the 2021–2023 NEV industry development planning", [("YEAR", 2023, "period")]),
        ("2021-11-05 | Xinhua", [("DATE", 2021, "date")]),
        ("- Feb 14, 2019 -", [("DATE", 2019, "date")]),
        ("Output will reach 100 billion yuan in 2030.", [("YEAR", 2030, "target_candidate")]),
        ("Since 2015, the city has grown.", [("YEAR", 2015, "observation")]),
        ("a key task in 2019 and beyond", [("YEAR", 2019, "target_candidate")]),
    ],
)
def test_roles(text, expected):
    assert roles(text) == expected


def test_numbers_that_are_not_years_are_ignored():
    assert roles("reach 3000 units and 12.2019 percent, code 2021-11-99x") == []


@pytest.mark.parametrize(
    "sentence, future",
    [("Wuhan will build a base.", True), ("The plan aims to double output.", True), ("Sales rose in 2022.", False)],
)
def test_future_clause(sentence, future):
    assert sentence_is_future(sentence) is future


@pytest.mark.parametrize(
    "text, year",
    [("by the end of the 14th Five-Year Plan period", 2025), ("during the 13th Five-Year Plan", 2020), ("the 15th five-year plan", 2030)],
)
def test_five_year_plans_give_their_end_year(text, year):
    assert roles(text) == [("YEAR", year, "period")]
