"""Years and dates and the role they play: target, plan period or observation."""

import random

import pytest

from policyextract.nlp import timex
from policyextract.nlp.timex import _FIVE, find_time_expressions, may_name_five, sentence_is_future


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
        ("Between 2021 and 2023, Baoshan will develop parks.", [("YEAR", 2023, "period")]),
        ("2021-11-05 | Xinhua", [("DATE", 2021, "date")]),
        ("- Feb 14, 2019 -", [("DATE", 2019, "date")]),
        ("Output will reach 100 billion yuan in 2030.", [("YEAR", 2030, "target_candidate")]),
        ("Since 2015, the city has grown.", [("YEAR", 2015, "observation")]),
        ("a key task in 2019 and beyond", [("YEAR", 2019, "target_candidate")]),
        ("By the end of 2014, the zone had formed four clusters.", [("YEAR", 2014, "observation")]),  # reached
        ("By the end of 2025, the zone will have formed four clusters.", [("YEAR", 2025, "deadline")]),
        ("By 2016, the new area has formed an industrial system.", [("YEAR", 2016, "observation")]),  # so far
        ("By 2020, the two cities have basically built a port.", [("YEAR", 2020, "observation")]),
        ("By 2027, the city has to build four clusters.", [("YEAR", 2027, "deadline")]),
        ("By the end of 2023, Shandong announced a list of clusters.", [("YEAR", 2023, "observation")]),
        ("During the timeline stretching to 2030, the city will host projects.", [("YEAR", 2030, "deadline")]),
        ("By 2025, the province will have completed five bases.", [("YEAR", 2025, "deadline")]),
        ("a business by 2023 set out in its plan issued on the same day", [("YEAR", 2023, "deadline")]),
        ("It was revealed at the meeting that by 2030, the five clusters of future electronic information, future "
         "intelligent equipment, future life and health, future materials, and future green and low carbon industries "
         "will become growth points.", [("YEAR", 2030, "deadline")]),  # the frame reported is no clause of the year
        ("The report said that by 2020 the zone had formed four clusters.", [("YEAR", 2020, "observation")]),
        # a month before the year is read past
        ("The city will build a car base by June 2027.", [("YEAR", 2027, "deadline")]),
        ("The base will be completed by the end of Sept. 2027.", [("YEAR", 2027, "deadline")]),
        ("In January 2017, Jingdezhen was approved as a demonstration zone.", [("YEAR", 2017, "observation")]),
        # ... and one that opens on what its subject did then, though the sentence goes on to an aim
        ("In October 2021, Jilin unveiled a blueprint, striving to make itself a skiing hub.",
         [("YEAR", 2021, "observation")]),
        ("In 2025, Jilin will have built a skiing hub.", [("YEAR", 2025, "target_candidate")]),
        # the run-up to an event is no deadline
        ("Momentum gathers in the run-up to the 2022 Winter Olympics.", [("YEAR", 2022, "year")]),
        ("Up to 2025, the city will build a car base.", [("YEAR", 2025, "target_candidate")]),
    ],
)
def test_roles(text, expected):
    assert roles(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Output will grow from 100 billion yuan in 2020 to 200 billion yuan in 2025.",
         [("YEAR", 2020, "observation"), ("YEAR", 2025, "target_candidate")]),
        ("In 2022, Hefei produced 250,000 vehicles, and it plans to make one million by 2025.",
         [("YEAR", 2022, "observation"), ("YEAR", 2025, "deadline")]),
        ("Sales in 2021 reached 5 billion yuan; the city aims to double them in 2026.",
         [("YEAR", 2021, "observation"), ("YEAR", 2026, "target_candidate")]),
        ("In 2025, Wuhan will have a cluster worth 1 trillion yuan, and in 2030 it will lead the world.",
         [("YEAR", 2025, "target_candidate"), ("YEAR", 2030, "target_candidate")]),
        ("Strive to make output reach 1 trillion yuan in 2025, with exports at 20 percent.",
         [("YEAR", 2025, "target_candidate")]),
        ("The share will rise to 40 percent in 2025 from 30 percent in 2020.",
         [("YEAR", 2025, "target_candidate"), ("YEAR", 2020, "observation")]),
    ],
    ids=["from-to range", "past clause before a deadline", "past clause before a target",
         "two future clauses", "target with a trailing phrase", "to before from"],
)
def test_baseline_years_are_observations(text, expected):
    """A plan's starting point ('from ... in 2020', 'In 2022, X produced') is not one of its targets."""
    assert roles(text) == expected


def test_numbers_that_are_not_years_are_ignored():
    assert roles("reach 3000 units and 12.2019 percent, code 2021-11-99x") == []


@pytest.mark.parametrize(
    "sentence, future",
    [("Wuhan will build a base.", True), ("The plan aims to double output.", True), ("Sales rose in 2022.", False),
     ("Since then, Lanzhou strives to accelerate digital industrialization.", True),
     ("Guangdong is actively seeking to break the status quo.", True), ("Lanzhou seeks to grow 5G.", True),
     ("Lanzhou sought investors in 2019.", False),
     ("The plan proposes to build zones and achieve the first in the world.", True),  # a plan's own verbs
     ("The report proposed to cultivate 1,000 firms.", True), ("The plan calls for a 30 percent share.", True),
     ("Hefei intends to host a chip cluster.", True), ("Wuhan proposed a toast.", False)],
)
def test_future_clause(sentence, future):
    assert sentence_is_future(sentence) is future


@pytest.mark.parametrize(
    "text, year, role",
    [
        ("by the end of the 14th Five-Year Plan period", 2025, "deadline"),  # its end, a target
        ('by the end of the "14th Five-Year Plan"', 2025, "deadline"),
        ("during the 13th Five-Year Plan", 2020, "period"),
        ("the 15th five-year plan", 2030, "period"),
        ("by the end of the 13th Five-Year Plan, the zone had formed four clusters", 2020, "period"),  # reached
    ],
)
def test_five_year_plans_give_their_end_year(text, year, role):
    assert roles(text) == [("YEAR", year, role)]


@pytest.mark.parametrize(
    "text",
    [
        "In 2019-2020, 2021/03/04 and 12025 or 2025.5 or 1,2024 -2023 2023-24 x2022 (2030) 2100",
        "20232024 19451946 2035-2040 2035 to 2040 2020–25 1949.10.01 2022-13-01",
        "By the end of 2025, 3 May 2025 and May 3rd, 2026; 2021-2025-2030 2025/2026",
        "between 2021 and 2023, Between 2024 and 2025 and 2026; between 2030 and 20312",
    ],
)
def test_year_initial_patterns_find_what_a_full_scan_finds(text: str) -> None:
    """find_time_expressions scans for years once and tries each pattern only there."""
    starts = [m.start() for m in timex._YEAR_START.finditer(text)]
    for pattern in (timex._ISO_DATE, timex._PERIOD, timex._BARE_YEAR):
        assert [m.span() for m in timex._matches_at(pattern, text, starts)] == [
            m.span() for m in pattern.finditer(text)
        ]


def _month_date_texts() -> list[str]:
    """Seeded random runs of month names, day numbers, years and near-years, glued and spaced."""
    rng = random.Random(7)
    words = ["May", "may", "5", "5th", "June", "30,", "2025", "2024", "20251", "Sept.", "1", "Dec", "12", "2100",
             "1999", ",", "and", "in", "of", "3rd", "December", "x2020"]
    return [
        "".join(rng.choice(words) + rng.choice(["", " ", " ", "\n", "  "]) for _ in range(rng.randint(1, 40)))
        for _ in range(3000)
    ]


def test_month_dates_found_near_years_are_those_a_full_scan_finds() -> None:
    """Month dates are only looked for just before years; on any text that must find what scanning
    every word finds."""
    texts = _month_date_texts() + [
        "By the end of 2025, 3 May 2025 and May 3rd, 2026; Sept. 1 2021 and 1 Dec.,  2030 but not May 5 20251",
        "On June 30, 2025" + " filler" * 40 + " 2026 and December 1,\n        2027.",
    ]
    for text in texts:
        starts = [m.start() for m in timex._YEAR_START.finditer(text)]
        assert [m.span() for m in timex._month_dates(text, starts)] == [m.span() for m in timex._MONTH_DATE.finditer(text)]


def test_may_name_five_answers_as_the_case_blind_search() -> None:
    rng = random.Random(5)
    pieces = ["five", "FIVE", "Five", "fi", "ve", "fıve", "FİVE", "ﬁve", "14th ", "Year Plan", " ", "中", "x"]
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 6)))
        assert may_name_five(text) == (_FIVE.search(text) is not None), text


def test_dates_inside_web_addresses_are_not_time_expressions():
    """A scraped page's address ("http://.../2019-08/24/c_1.htm") says when it was filed, not a target."""
    text = ("Source: http://www.xinhuanet.com/english/2019-08/24/c_138334546.htm\n"
            "By 2025, Hebei will build a cluster (see www.gov.cn/zhengce/2021-03/13/content.htm).")
    assert roles(text) == [("YEAR", 2025, "deadline")]
