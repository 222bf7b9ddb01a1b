"""Title and publication-date heuristics for plain text, also the fallback for HTML, PDF and DOCX.

Web pages saved as text often start with site furniture (section labels, breadcrumbs, phone
numbers, "Updated: ..." lines) before the real headline; these rules skip that furniture.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from itertools import islice

MAX_TITLE_CHARS = 200
HEAD_LINES = 15
SHORT_LABEL_WORDS = 4
LABEL_LOOKAHEAD = 3
DATELINE_MAX_CHARS = 120

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = (
    r"(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_YEAR = re.compile(r"\d{4}")
_ISO_DATE = re.compile(r"(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")
_MONTH_DAY_YEAR = re.compile(
    rf"\b{_MONTH}\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.IGNORECASE
)
_DAY_MONTH_YEAR = re.compile(
    rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH}\.?,?\s+(\d{{4}})\b", re.IGNORECASE
)
_CJK_DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")

_DATE_LABEL = re.compile(
    r"^\W*(updated|published|posted|released?|date|time|issued|last modified)\b", re.IGNORECASE
)
_FURNITURE_START = re.compile(
    r"^\W*(tel|phone|fax|e-?mail|share|print|source|editor|author|by|photo|copyright|"
    r"all rights reserved|font size|comments?)\b[\s:：.-]",
    re.IGNORECASE,
)
_CRUMB_SEPARATOR = re.compile(r"\s[/>»›|]\s?|\s?[/>»›|]\s")
_CRUMB_MARK = re.compile(r"[/>»›|]")  # every separator holds one: a line without any is no breadcrumb
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")
_TITLE_LABEL = re.compile(r"^title\s*[:：]\s*", re.IGNORECASE)
_GENERIC_TITLE = re.compile(
    r"^(untitled|title|document|word document|powerpoint presentation|microsoft word\b.*"
    r"|.*\.(docx?|pdf|rtf|txt|indd|pptx?))$",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def find_date(text: str) -> str | None:
    """The earliest full calendar date (day, month and year) written in `text`, as ISO YYYY-MM-DD."""
    if not _YEAR.search(text):  # every date form below has one: most lines are done here
        return None
    found: list[tuple[int, str]] = []
    for match in _ISO_DATE.finditer(text):
        _add_date(found, match.start(), match.group(1), match.group(2), match.group(3))
    for match in _CJK_DATE.finditer(text):
        _add_date(found, match.start(), match.group(1), match.group(2), match.group(3))
    for match in _MONTH_DAY_YEAR.finditer(text):
        month = str(_MONTHS[match.group(1)[:3].lower()])
        _add_date(found, match.start(), match.group(3), month, match.group(2))
    for match in _DAY_MONTH_YEAR.finditer(text):
        month = str(_MONTHS[match.group(2)[:3].lower()])
        _add_date(found, match.start(), match.group(3), month, match.group(1))
    return min(found)[1] if found else None


def _add_date(found: list[tuple[int, str]], position: int, year: str, month: str, day: str) -> None:
    """Keep a (position, ISO date) pair only when it names a real day in a plausible year."""
    try:
        date = dt.date(int(year), int(month), int(day))
    except ValueError:
        return
    if 1900 <= date.year <= 2100:
        found.append((position, date.isoformat()))


def iso_date(value: object) -> str | None:
    """A metadata date (datetime, date or string such as 2019-02-20T08:00:00+08:00) as YYYY-MM-DD."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str) and value.strip():
        return find_date(value)
    return None


def head_lines(text: str, limit: int = HEAD_LINES) -> list[str]:
    """The first `limit` non-empty lines, stripped: where titles and datelines live."""
    lines = []
    for raw in text.split("\n", 400):
        line = raw.strip()
        if line:
            lines.append(line)
            if len(lines) == limit:
                break
    return lines


def find_published(text: str) -> str | None:
    """The date on a dateline ("Updated: Feb 20, 2019", "2021-11-05 | Xinhua") near the top.

    Only short or labelled lines count, so a plan date quoted in the first paragraph is not
    mistaken for the article's own date.
    """
    for line in head_lines(text):
        if len(line) <= DATELINE_MAX_CHARS or _DATE_LABEL.match(line):
            date = find_date(line)
            if date:
                return date
    return None


def guess_title(text: str) -> str | None:
    """The headline: the first title-like line, skipping breadcrumbs, datelines and kicker labels."""
    candidates = title_candidates(head_lines(text))
    for line in candidates:
        if not looks_like_title(line):
            if len(line) > MAX_TITLE_CHARS or line.endswith((".", "。")):
                return None
            continue
        following = list(islice(candidates, LABEL_LOOKAHEAD))
        headline = _headline_after_label(line, following)
        return headline or line
    return None


def title_candidates(lines: list[str]) -> Iterator[str]:
    """Cleaned head lines that are not furniture, made as needed: the headline is usually among
    the first few, and the lines after it (long paragraphs) need not be cleaned or checked."""
    cleaned = (clean_title_line(line) for line in lines if not is_furniture(line))
    return filter(None, cleaned)


def clean_title_line(line: str) -> str:
    """Drop Markdown heading marks and a "Title:" label; collapse inner whitespace."""
    line = _TITLE_LABEL.sub("", _MARKDOWN_HEADING.sub("", line))
    return " ".join(line.split())


def _headline_after_label(label: str, following: list[str]) -> str | None:
    """The longer headline that follows a short section label (a "kicker"), if there is one."""
    words = count_words(label)
    is_label = words <= SHORT_LABEL_WORDS
    for line in following:
        if not looks_like_title(line) or count_words(line) <= words:
            continue
        if is_label or line.lower().startswith(label.lower()):
            return line
    return None


def looks_like_title(line: str) -> bool:
    """Short, mostly words, and not a sentence ending in a full stop."""
    if not 3 <= len(line) <= MAX_TITLE_CHARS or line.endswith((".", "。", ",", ":", ";")):
        return False
    letters = sum(map(str.isalpha, line))
    return count_words(line) >= 1 and letters >= 0.5 * len(line.replace(" ", ""))


def is_furniture(line: str) -> bool:
    """Site furniture that precedes a headline: breadcrumbs, datelines, contact and share lines."""
    return is_breadcrumb(line) or is_dateline(line) or bool(_FURNITURE_START.match(line))


def is_breadcrumb(line: str) -> bool:
    """'Home /NUA in China /Regional Plans', 'Home > News > Content': short segments, 2+ separators."""
    if not _CRUMB_MARK.search(line):
        return False
    parts = [part.strip() for part in _CRUMB_SEPARATOR.split(line)]
    if len(parts) < 2:
        return False
    starts_home = parts[0].lower() in {"home", "homepage", "首页"}
    short_parts = all(count_words(part) <= 6 for part in parts)
    return short_parts and (len(parts) >= 3 or starts_home)


def is_dateline(line: str) -> bool:
    """A short line that is mostly a date, like 'Updated: Feb 20, 2019 Print' or '- Feb 14, 2019 -'."""
    if len(line) > DATELINE_MAX_CHARS or find_date(line) is None:
        return False
    remainder = _DATE_LABEL.sub("", line)
    for pattern in (_ISO_DATE, _MONTH_DAY_YEAR, _DAY_MONTH_YEAR, _CJK_DATE):
        remainder = pattern.sub(" ", remainder)
    return count_words(remainder) <= 6


def count_words(text: str) -> int:
    """Number of alphabetic words (digits and punctuation do not count)."""
    return len(_WORD.findall(text))


def is_generic_title(title: str) -> bool:
    """Placeholder titles that tools write into file metadata ('Microsoft Word - plan.docx')."""
    return bool(_GENERIC_TITLE.match(title.strip()))
