"""Sentence and paragraph boundaries for plan texts, as plain functions over the text.

Plans and scraped news mix headings, list lines, hard-wrapped lines and sentences glued
without a space ("industry cluster.Among them"), which a punctuation-only splitter gets wrong.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence

_TERMINAL = ".!?。！？"
_CLOSERS = "\"'”’)]」』"
_OPENERS = "\"“‘([「『"
# Both branches open with one character class, which lets the regex engine skip straight to
# candidates (2.5x faster than an alternation of two openings); lookbehinds then tell them apart.
_SENTENCE_END = re.compile(
    r"[.!?。！？,\]](?:(?<=[.!?。！？])[.!?。！？]*[\"'”’)\]」』]*(?=(\s+[\"“‘(\[「『]?[A-Z0-9])|[A-Z][a-z])"
    # scraped machine translations glue sentences with a comma: "parts and applications,It has"
    r"|(?<=,)(?=(?:It|The|This|These|They|We|In|At|Among|Meanwhile|Moreover|However|Besides|Also)\s)"
    # summaries end sentences with their sources' numbers, not a full stop: "... local officials [1][2] - The ..."
    # (not a document number's year: "Shaanxi Zhengban Fa [2022] No. 4")
    r"|(?:(?<=\[\d\])|(?<=\[\d\d\]))(?:\[\d{1,2}\])*(?:\s+[-–—])?(?=\s+[A-Z]))"
)
_LIST_NUMBER = re.compile(r"\(?\d{1,2}\.|[ivx]{1,4}\.")
_INITIALS = re.compile(r"(?:[a-z]\.)+")
_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")
_SPACES = re.compile(r"\s*")
_INDENT = re.compile(r"[ \t]*")
_LAST_WORD = re.compile(r"(?<!\S)\S*\Z")  # with an end position: the last word before it
_WORD_WINDOW = 64
# A line that opens on a label and a colon: "Published: 2022-09-21", "Source: Xinhua" (after a long title line).
_LABEL_LINE = re.compile(r"\s*[A-Z][A-Za-z]{1,15}(?: [A-Za-z]{1,15})?:\s")
_LIST_MARKER = re.compile(r"^\s*(?:[-•*·–—]|\(?\d{1,2}[.)、]|\(?[a-zA-Z][.)]|[IVX]{1,4}[.)])\s+")


def paragraph_spans(text: str, heading_max_words: int = 14) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: blocks between blank lines or, in a text with no blank
    lines, lines that end a sentence (hard-wrapped lines stay together)."""
    if _BLANK_LINE.search(text):
        cuts = [(m.start(), m.end()) for m in _BLANK_LINE.finditer(text)]
        cuts = sorted(cuts + _headings_atop(text, cuts, heading_max_words))
    else:
        lines = _lines(text, 0, len(text))
        cuts = [
            (e1, s2)
            for (s1, e1), (s2, e2) in zip(lines, lines[1:])
            if line_breaks_sentence(text[s1:e1], text[s2:e2], heading_max_words)
        ]
    spans: list[tuple[int, int]] = []
    pos = 0
    for cut_start, cut_end in cuts:
        spans.append((pos, cut_start))
        pos = cut_end
    spans.append((pos, len(text)))
    return [strip_span(text, s, e) for s, e in spans if text[s:e].strip()]


def _headings_atop(text: str, cuts: list[tuple[int, int]], max_words: int) -> list[tuple[int, int]]:
    """Cuts after a heading line that tops a block below the first, with its text on the next line
    ("Chengdu Qingbaijiang Railway Port Area\nIt will prioritize ..."): the heading is a paragraph of its own."""
    found = []
    for _, block_start in cuts:
        line_end = text.find("\n", block_start)
        if line_end < 0:
            continue
        next_start = _INDENT.match(text, line_end + 1).end()
        next_end = text.find("\n", next_start)
        next_line = text[next_start : next_end if next_end >= 0 else len(text)]
        if (next_line[:1].isupper() and is_heading(text[block_start:line_end], max_words)
                and not is_heading(next_line, max_words) and not _LIST_MARKER.match(next_line)
                and not _LABEL_LINE.match(next_line)):
            found.append((line_end, next_start))
    return found


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """(start, end) narrowed past surrounding whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def is_heading(line: str, max_words: int) -> bool:
    """A short line that does not end like a sentence: a title, section heading or label."""
    stripped = _LIST_MARKER.sub("", line.strip())
    if not stripped or stripped[-1] in _TERMINAL + ",;:，；":
        return False
    return len(stripped.split()) <= max_words


def line_breaks_sentence(prev_line: str, next_line: str, max_words: int) -> bool:
    """A single newline ends a sentence unless it is a hard wrap inside running text."""
    prev = prev_line.rstrip()
    if not prev or not next_line.strip():
        return True
    if prev[-1] in _TERMINAL + _CLOSERS + ":;：；|":  # "|": a scraped page's separator ("/ For China Daily |")
        return True
    if next_line.lstrip()[:1].islower():
        return False
    if is_heading(prev, max_words) or _LIST_MARKER.match(next_line) or _LABEL_LINE.match(next_line):
        return True
    return False


def sentence_starts(
    text: str,
    abbreviations: Iterable[str] = (),
    heading_max_words: int = 14,
    paragraphs: Sequence[tuple[int, int]] | None = None,
) -> list[int]:
    """Character offsets where sentences start, in order (always includes the first text char).
    `paragraphs` are the text's `paragraph_spans` when the caller has them already."""
    abbrevs = frozenset(a.lower() for a in abbreviations)
    reach = _plain_word_reach(abbrevs)
    starts: set[int] = set()
    if paragraphs is None:
        paragraphs = paragraph_spans(text, heading_max_words)
    if paragraphs:
        _title_end(text, *paragraphs[0], starts)
    for para_start, para_end in paragraphs:
        starts.add(para_start)
        _line_starts(text, para_start, para_end, heading_max_words, starts)
        for match in _SENTENCE_END.finditer(text, para_start, para_end):
            dot = match.start()
            if not _after_plain_word(text, para_start, dot, reach) and _ends_with_abbreviation(text, para_start, dot, abbrevs):
                continue
            nxt = _SPACES.match(text, match.end(), para_end).end()
            if nxt < para_end:
                starts.add(nxt)
    return sorted(starts)


def _title_end(text: str, start: int, end: int, starts: set[int]) -> None:
    """A text's first line is its title, however long, unless the next line goes on in lower case (a hard wrap):
    "The list of the second batch of ... pilot zones was announced and the number ... has increased to 8\nThe
    Ministry ... issued a notice ..." is two sentences."""
    line_end = text.find("\n", start, end)
    if line_end < 0:
        return
    following = _SPACES.match(text, line_end, end).end()
    if following < end and not text[following].islower():
        starts.add(following)


def _line_starts(text: str, start: int, end: int, max_words: int, starts: set[int]) -> None:
    lines = _lines(text, start, end)
    for (s1, e1), (s2, e2) in zip(lines, lines[1:]):
        if line_breaks_sentence(text[s1:e1], text[s2:e2], max_words):
            starts.add(s2)


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl == -1 else nl
        if text[pos:stop].strip():
            out.append(strip_span(text, pos, stop))
        pos = stop + 1
    return out


def _plain_word_reach(abbrevs: Collection[str]) -> int:
    """How many letters before a full stop make the word longer than any abbreviation (with its
    dot), list number ("iv.") or run of initials could be."""
    return max(5, max(map(len, abbrevs), default=0))


def _after_plain_word(text: str, floor: int, dot: int, reach: int) -> bool:
    """Whether the `reach` characters before `dot` are all letters: then the word ending there is
    no abbreviation, and most sentences end like that ("... industrial clusters.")."""
    return dot - reach >= floor and text[dot - reach : dot].isalpha()


def _ends_with_abbreviation(text: str, floor: int, dot: int, abbrevs: Collection[str]) -> bool:
    word_start = _word_start(text, floor, dot)
    word = text[word_start : dot + 1].lower().lstrip(_OPENERS)
    if word in abbrevs:
        return True
    if _LIST_NUMBER.fullmatch(word) and not text[max(floor, word_start - 2) : word_start].strip():
        return True  # a list number opening a line: "2. Build a modern industrial system"
    return bool(_INITIALS.fullmatch(word))  # initials: U.S., P.R.


def _word_start(text: str, floor: int, end: int) -> int:
    """Where the run of non-space characters ending at `end` begins (not before `floor`): one
    regex search over a short window instead of a Python loop over characters."""
    low = max(floor, end - _WORD_WINDOW)
    match = _LAST_WORD.search(text, low, end)
    if match:
        return match.start()
    if low == floor:
        return floor
    start = low  # a word longer than the window: walk back the rest of it
    while start > floor and not text[start - 1].isspace():
        start -= 1
    return start
