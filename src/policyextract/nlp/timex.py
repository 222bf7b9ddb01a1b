"""Year and date expressions and the role each plays: a target, a plan period, or an observation.

Plans mix targets ("by 2025", "by the end of 2035") with observations ("as of the end of 2022",
"in the first half of 2023"); only targets may become a fact's deadline.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

_MONTHS = (
    "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|"
    "july|august|september|october|november|december"
)
_YEAR = r"(?:19[4-9]\d|20\d\d|2100)"
_ISO_DATE = re.compile(rf"(?<![\d-])({_YEAR})[-/.](0?[1-9]|1[0-2])[-/.](0?[1-9]|[12]\d|3[01])(?![\d-])")
_MONTH_DATE = re.compile(  # the lookahead is implied by both branches; it skips most words 3x faster
    rf"\b(?=[jfmasond\d])(?:(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+({_YEAR})"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})\.?,?\s+({_YEAR}))\b",
    re.IGNORECASE,
)
_PERIOD = re.compile(
    rf"(?<![\d-])({_YEAR})\s*(?:-|–|—|~|to|through)\s*({_YEAR}|\d\d)(?![\d-])"
    rf"|(?<=\b[Bb]etween\s)({_YEAR})\s+and\s+({_YEAR})(?![\d-])"  # "between 2021 and 2023"
)
_FIVE_YEAR_PLAN = re.compile(
    r"\b(\d{1,2})(?:st|nd|rd|th)\s+Five[-\s]Year\s+Plan(?:\s+period)?\b", re.IGNORECASE
)
_BARE_YEAR = re.compile(rf"(?<![\d.,-])({_YEAR})(?![\d-]|\.\d)")
_YEAR_START = re.compile(_YEAR)
_MONTH_BEFORE_YEAR = re.compile(rf"\b(?:{_MONTHS})\.?\s+$", re.IGNORECASE)  # "by June 2027", "in Sept. 2019"
_MONTH_DATE_REACH = 64  # characters a month date may span before its year: "September 30th, 2025" is 16
_FIVE = re.compile("five", re.IGNORECASE)

_DEADLINE_BEFORE = re.compile(
    r"\b(?:by|until|till|before|no later than|(?<!run-)(?<!run\s)up to|through|in)\s+(?:the\s+)?"
    r"(?:(?:end|close)\s+of\s+(?:the\s+year\s+)?)?$"
    r"|\b(?:target(?:s|ed)?|goal|aim(?:s|ing)?)\s+(?:for|of|by)\s+$",
    re.IGNORECASE,
)
_BY_BEFORE = re.compile(
    r"\b(?:by|until|till|before|no later than|(?:stretching|running|extending)\s+(?:up\s+)?to)\s+"
    r"(?:the\s+)?(?:(?:end|close)\s+of\s+(?:the\s+year\s+)?)?$",
    re.IGNORECASE,
)
_BY_THE_END_OF = re.compile(r"\b(?:by|before|until|till)\s+(?:the\s+)?(?:end|close)\s+of\s+(?:the\s+)?$", re.I)
_OBSERVATION_BEFORE = re.compile(
    r"\b(?:as\s+of|since|from|during|last|past|first\s+half\s+of|second\s+half\s+of|"
    r"(?:first|second|third|fourth)\s+quarter\s+of|at\s+the\s+end\s+of|end\s+of|"
    r"beginning\s+of|early|mid|late|compared\s+with|than\s+(?:in|that\s+of)|over)\s+(?:the\s+)?(?:end\s+of\s+)?$",
    re.IGNORECASE,
)
# A clause ends at a sentence end, a semicolon, a line break or a comma before a conjunction that
# opens a new clause ("In 2022, Hefei produced ..., and it plans to ...").
_CLAUSE_EDGE = re.compile(r"(?<!\d)\.(?!\d)|[;!?\n]|,\s+(?:and|while|whereas|but)\s")
_CLAUSE_REACH = 200  # characters looked at on either side of a year for its clause's edges
# The "that" a reported clause opens on: "It was revealed at the meeting that by 2030, ... will ...".
_THAT = re.compile(r"\bthat\s", re.IGNORECASE)
_FROM = re.compile(r"\bfrom\b", re.IGNORECASE)
_TO = re.compile(r"\bto\b", re.IGNORECASE)
_PAST = re.compile(
    r"\b(?:was|were|had|has\s+been|have\s+been|reached|produced|achieved|totall?ed|recorded|exceeded|saw|witnessed|"
    r"grew|rose|increased|accounted|ranked|hit|generated|registered|attracted|sold|exported"
    # the present perfect: "By 2016, the new area has formed an industrial system ..."
    r"|(?:has|have)\s+(?:\w+ly\s+)?(?:\w+ed|built|become|grown|won|made))\b",
    re.IGNORECASE,
)
# An opener's year followed by its clause's subject and a verb of what was done by then: "By the end of 2023,
# Shandong announced a list of ...". Elsewhere these words are as often participles ("a plan issued on ...").
_DONE_AFTER_OPENER = re.compile(
    r"\s*,\s*(?:[\w'’-]+\s+){1,6}?(?:announced|released|issued|unveiled|launched|approved|completed|established"
    r"|formed|built|became)\b",
    re.IGNORECASE,
)
_WEB_ADDRESS = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_FUTURE = re.compile(
    r"\b(?:will|shall|should|aims?|aiming|strives?|striving|seeks?\s+to|seeking\s+to|plans?\s+to|target|targeting|goal"
    r"|expected\s+to"
    # a plan's own verbs: "the plan proposes to build demonstration zones ...", "It calls for ..."
    r"|propos(?:e|es|ed|ing)\s+to|intends?\s+to|calls?\s+for"
    r"|to\s+be\s+(?:built|formed|completed))\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class TimeExpression:
    start: int
    end: int
    label: str  # YEAR or DATE
    value: int  # the year (a period's end year)
    role: str  # deadline, target_candidate, period, observation, date, year


def find_time_expressions(text: str) -> list[TimeExpression]:
    """Every year/date expression in the text with its role, non-overlapping, in order."""
    found: list[TimeExpression] = []
    taken: list[tuple[int, int]] = []
    year_starts = [match.start() for match in _YEAR_START.finditer(text)]

    def free(s: int, e: int) -> bool:
        return all(e <= ts or s >= te for ts, te in taken)

    for match in _matches_at(_ISO_DATE, text, year_starts):
        found.append(TimeExpression(match.start(), match.end(), "DATE", int(match.group(1)), "date"))
        taken.append(match.span())
    for match in _month_dates(text, year_starts):
        if free(*match.span()):
            year = int(match.group(1) or match.group(2))
            found.append(TimeExpression(match.start(), match.end(), "DATE", year, "date"))
            taken.append(match.span())
    for match in _matches_at(_PERIOD, text, year_starts):
        if not free(*match.span()):
            continue
        start_year, end_year = (match.group(1), match.group(2)) if match.group(1) else (match.group(3), match.group(4))
        first, last = int(start_year), _expand_year(start_year, end_year)
        if last is None or not 0 < last - first <= 30:
            continue
        found.append(TimeExpression(match.start(), match.end(), "YEAR", last, "period"))
        taken.append(match.span())
    for match in _FIVE_YEAR_PLAN.finditer(text) if may_name_five(text) else ():
        number = int(match.group(1))
        if free(*match.span()) and number >= 4:
            # the n-th plan runs five years to 1955 + 5n (4th: 1971-1975 ... 14th: 2021-2025); "by the end of the
            # 14th Five-Year Plan" sets its last year as a target, "during" it does not
            before = text[max(0, match.start() - 40) : match.start()].rstrip("\"“‘'")
            role = "deadline" if _BY_THE_END_OF.search(before) and not _reports_the_past(
                text, match.start(), match.end()
            ) else "period"
            found.append(TimeExpression(match.start(), match.end(), "YEAR", 1955 + 5 * number, role))
            taken.append(match.span())
    for match in _matches_at(_BARE_YEAR, text, year_starts):
        if free(*match.span()):
            role = year_role(text, match.start(), match.end())
            found.append(TimeExpression(match.start(), match.end(), "YEAR", int(match.group(1)), role))
    if "http" in text or "www." in text:  # a date in a web address says when a page was filed, no more
        found = _outside_web_addresses(text, found)
    return sorted(found, key=lambda t: (t.start, t.end))


def _outside_web_addresses(text: str, found: list[TimeExpression]) -> list[TimeExpression]:
    addresses = [match.span() for match in _WEB_ADDRESS.finditer(text)]
    return [t for t in found if not any(start <= t.start < end for start, end in addresses)]


def may_name_five(text: str) -> bool:
    """Whether "five" appears in any case, as `_FIVE.search` tells; lowering an ASCII text and
    looking for the word is three times faster than a case-blind regex search. Other scripts have
    letters that case-fold to these, so their texts take the regex."""
    if text.isascii():
        return "five" in text.lower()
    return _FIVE.search(text) is not None


def _matches_at(pattern: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """What `pattern.finditer(text)` finds when a match can only begin where a year begins:
    one year scan serves every year-initial pattern instead of a full scan each."""
    end = 0
    for start in starts:
        if start >= end and (match := pattern.match(text, start)):
            end = match.end()
            yield match


def _month_dates(text: str, year_starts: list[int]) -> Iterator[re.Match[str]]:
    """What `_MONTH_DATE.finditer(text)` finds, scanning only the stretches just before years:
    a month date ends with its year, and scanning every word of the text for one cost more than
    all the other time patterns together."""
    for start, end in _year_neighbourhoods(year_starts, len(text)):
        yield from _MONTH_DATE.finditer(text, start, end)


def _year_neighbourhoods(year_starts: list[int], length: int) -> Iterator[tuple[int, int]]:
    """Merged ranges from `_MONTH_DATE_REACH` characters before each year to one past its end (so
    the pattern's closing word boundary sees the character after the year)."""
    start = end = -1
    for year in year_starts:
        low, high = max(0, year - _MONTH_DATE_REACH), min(length, year + 5)
        if low > end:
            if end > start:
                yield start, end
            start = low
        end = max(end, high)
    if end > start:
        yield start, end


def _expand_year(first: str, second: str) -> int | None:
    if len(second) == 4:
        return int(second)
    year = int(first[:2] + second)
    return year if year > int(first) else None


def year_role(text: str, start: int, end: int) -> str:
    """Classify a bare year by the words before it (the clause that governs it); a month before the year is
    read past ("by June 2027" as "by 2027", "in June 2019" as "in 2019")."""
    before = text[max(0, start - 40) : start]
    if before[-2:-1].isalpha() or before.endswith(". "):  # only a word or an abbreviation's point may be a month
        before = _MONTH_BEFORE_YEAR.sub("", before)
    after = text[end : end + 12]
    if re.match(r"\s*(?:-|–|to)\s*(?:19|20)?\d\d(?!\d)", after):  # not "in 2020 to 200 billion yuan"
        return "period"
    if _BY_BEFORE.search(before):
        return "observation" if _reports_the_past(text, start, end) else "deadline"
    if _OBSERVATION_BEFORE.search(before):
        return "observation"
    if _DEADLINE_BEFORE.search(before):
        return "observation" if _states_a_baseline(text, start, end) else "target_candidate"
    return "year"


def _states_a_baseline(text: str, start: int, end: int) -> bool:
    """Whether an 'in 2022' year is where a plan starts from rather than a target: the start of a
    'from ... in 2020 to ... in 2025' range, or a clause of its own that reports the past ("In
    2022, Hefei produced ..., and it plans to reach ... by 2025")."""
    before, after = _clause_around(text, start, end)
    if _TO.search(before + after) and _ranges_from(before):
        return True
    return _is_past(before + after) or _done_after_opener(text, end)


def _reports_the_past(text: str, start: int, end: int) -> bool:
    """Whether the year's clause reports what was done by then ("By the end of 2014, the zone had
    formed four clusters"): a year reached, not a target."""
    before, after = _clause_around(text, start, end)
    return _is_past(before + after) or _done_after_opener(text, end)


def _done_after_opener(text: str, end: int) -> bool:
    """Whether the year opens a clause on what its subject did then ("In October 2021, Jilin unveiled a blueprint")."""
    done = _DONE_AFTER_OPENER.match(text, end)
    return done is not None and _FUTURE.search(done.group()) is None


def _is_past(clause: str) -> bool:
    """Whether a clause reports the past, with no word of plan."""
    return _PAST.search(clause) is not None and _FUTURE.search(clause) is None


def _ranges_from(before: str) -> bool:
    """Whether the nearest 'from' or 'to' before the year is 'from' ("rise to 40% in 2025 from 30% in 2020")."""
    last_from = max((match.start() for match in _FROM.finditer(before)), default=-1)
    return last_from >= 0 and all(match.start() < last_from for match in _TO.finditer(before))


def _clause_around(text: str, start: int, end: int) -> tuple[str, str]:
    """The text of the year's clause before and after it (`_CLAUSE_EDGE`, within `_CLAUSE_REACH`), from
    the last "that" before it, if any."""
    window_start = max(0, start - _CLAUSE_REACH)
    edges = [match.end() for match in _CLAUSE_EDGE.finditer(text, window_start, start)]
    clause_start = edges[-1] if edges else window_start
    thats = [match.end() for match in _THAT.finditer(text, clause_start, start)]
    if thats:
        clause_start = thats[-1]  # the reporting frame before it is no part of the year's clause
    edge = _CLAUSE_EDGE.search(text, end, min(len(text), end + _CLAUSE_REACH))
    clause_end = edge.start() if edge else min(len(text), end + _CLAUSE_REACH)
    return text[clause_start:start], text[end:clause_end]


def sentence_is_future(sentence: str) -> bool:
    """Plans state targets with modal or aim verbs; reports of the past do not."""
    return bool(_FUTURE.search(sentence))
