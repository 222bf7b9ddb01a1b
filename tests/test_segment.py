"""Sentence and paragraph boundaries on the shapes plan texts take."""

import random
import re

import pytest

from policyextract.nlp.pipeline import load_pipeline
from policyextract.nlp.segment import (
    _SENTENCE_END,
    _after_plain_word,
    _ends_with_abbreviation,
    _plain_word_reach,
    _word_start,
    is_heading,
    paragraph_spans,
    sentence_starts,
)

ABBREVIATIONS = ["e.g.", "etc.", "No.", "U.S."]


def sentences(text: str) -> list[str]:
    starts = sentence_starts(text, ABBREVIATIONS)
    ends = starts[1:] + [len(text)]
    return [text[s:e].strip() for s, e in zip(starts, ends)]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Hubei will build a cluster. Hunan will build a base.",
            ["Hubei will build a cluster.", "Hunan will build a base."],
        ),
        (
            "a key task in 2019.At the end of the holiday, policies accelerated.Among them, NEVs led.",
            ["a key task in 2019.", "At the end of the holiday, policies accelerated.", "Among them, NEVs led."],
        ),
        (
            "2. Build a Modern Industrial System\n\nRegarding manufacturing, the plan urges clusters.",
            ["2. Build a Modern Industrial System", "Regarding manufacturing, the plan urges clusters."],
        ),
        (
            "Sectors, e.g. steel and coal, will upgrade. Others follow.",
            ["Sectors, e.g. steel and coal, will upgrade.", "Others follow."],
        ),
        (
            "Key industries\nSteel in Anhui will upgrade.\nCoal in Shanxi will upgrade.",
            ["Key industries", "Steel in Anhui will upgrade.", "Coal in Shanxi will upgrade."],
        ),
        (
            "The plan says “Wuhan will build an optics valley.” Then Hefei follows.",
            ["The plan says “Wuhan will build an optics valley.”", "Then Hefei follows."],
        ),
        (  # a scraped page's separator ends its line's sentence: a photo credit stays off the next line
            "Workers at a rice paddy in a county of the region photographed during the spring planting season. "
            "Liu Hua / For China Daily |\nFor decades, Hubei has focused on coal.",
            ["Workers at a rice paddy in a county of the region photographed during the spring planting season.",
             "Liu Hua / For China Daily |", "For decades, Hubei has focused on coal."],
        ),
        (  # a summary ends its sentences with its sources' numbers
            "Core Insights - Guangdong is focusing on AI, officials said [1][2] - The Shaoguan cluster is one of "
            "the top ten [1] Future Initiatives - Shaoguan will build a data center cluster [2]. Hefei [3] will follow.",
            ["Core Insights - Guangdong is focusing on AI, officials said [1][2] -",
             "The Shaoguan cluster is one of the top ten [1]",
             "Future Initiatives - Shaoguan will build a data center cluster [2].", "Hefei [3] will follow."],
        ),
        (  # a text's first line is its title, however long
            "The list of the second batch of national artificial intelligence pilot zones was announced and the "
            "number has increased to 8\nThe Ministry issued a notice to support pilot zones in Beijing.",
            ["The list of the second batch of national artificial intelligence pilot zones was announced and the "
             "number has increased to 8", "The Ministry issued a notice to support pilot zones in Beijing."],
        ),
        (  # ... unless the next line goes on in lower case
            "Hefei will build a new energy vehicle cluster and a robot base with the help of\nfirms.",
            ["Hefei will build a new energy vehicle cluster and a robot base with the help of\nfirms."],
        ),
        (  # a label line after a long title ends the title's sentence
            "Jinhua's largest manufacturing project, a new energy battery base, has landed in Yiwu, the city said\n"
            "Published: 2022-09-21\n date 2022-09-21 Zhejiang Online reported it.",
            ["Jinhua's largest manufacturing project, a new energy battery base, has landed in Yiwu, the city said",
             "Published: 2022-09-21\n date 2022-09-21 Zhejiang Online reported it."],
        ),
        (  # ... not a document number's year
            "It implements the Opinions (Shaanxi Zhengban Fa [2022] No. 4), on green planning.",
            ["It implements the Opinions (Shaanxi Zhengban Fa [2022] No. 4), on green planning."],
        ),
    ],
)
def test_sentence_boundaries(text, expected):
    assert sentences(text) == expected


def test_hard_wrapped_lines_stay_one_sentence():
    text = (
        "The guideline urges building industrial clusters focused on new materials and\n"
        "new-energy vehicles in the central region, according to the document.\n"
    )
    assert len(sentences(text)) == 1


def test_paragraphs_split_on_blank_lines_only_when_there_are_some():
    text = "Title line\n\nFirst paragraph line one\nline two.\n\nSecond paragraph."
    assert [text[s:e] for s, e in paragraph_spans(text)] == [
        "Title line",
        "First paragraph line one\nline two.",
        "Second paragraph.",
    ]
    lines = "One.\nTwo.\nThree."
    assert len(paragraph_spans(lines)) == 3


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Title\n\nIntro.\n\nQingbaijiang Railway Port Area\nIt will develop logistics.",
         ["Title", "Intro.", "Qingbaijiang Railway Port Area", "It will develop logistics."]),
        ("Title\n\nIntro.\n\nQingbaijiang Railway Port Area\n  It will develop logistics.",  # indented
         ["Title", "Intro.", "Qingbaijiang Railway Port Area", "It will develop logistics."]),
        # not a wrapped line, a list's lead or two headings, nor the title's block
        ("Title\nPublished: 2024-01-02\n\nThe plan will build\nnew bases.",
         ["Title\nPublished: 2024-01-02", "The plan will build\nnew bases."]),
        ("Title\n\nKey industries\n- logistics\n- finance", ["Title", "Key industries\n- logistics\n- finance"]),
        ("Title\n\nChapter One\nKey Industries", ["Title", "Chapter One\nKey Industries"]),
    ],
    ids=["a heading atop its text", "indented text", "a title block and a wrapped line", "a list's lead", "two headings"],
)
def test_a_heading_atop_a_block_is_a_paragraph_of_its_own(text, expected):
    assert [text[s:e] for s, e in paragraph_spans(text)] == expected


@pytest.mark.parametrize(
    "line, heading",
    [
        ("2. Build a Modern Industrial System Supported by Advanced Manufacturing", True),
        ("Electronic information industry", True),
        ("Wuhan will build a cluster.", False),
        ("By 2025, the region will:", False),
    ],
)
def test_headings(line, heading):
    assert is_heading(line, 14) is heading


def test_long_paragraphs_are_cut_at_sentence_ends():
    from policyextract.nlp.pipeline import _chunks

    text = " ".join(f"Sentence {i} names Wuhan and steel." for i in range(200))
    chunks = list(_chunks(text, 500))
    assert "".join(chunk for _, chunk in chunks) == text
    assert all(len(chunk) <= 500 for _, chunk in chunks)
    assert all(chunk.rstrip().endswith(".") for _, chunk in chunks)
    assert [offset for offset, _ in chunks] == [sum(len(c) for _, c in chunks[:i]) for i in range(len(chunks))]


def _walk_back(text: str, floor: int, end: int) -> int:
    while end > floor and not text[end - 1].isspace():
        end -= 1
    return end


@pytest.mark.parametrize("seed", range(3))
def test_word_start_is_where_walking_back_over_non_space_stops(seed: int) -> None:
    """Random runs of letters, dots, ASCII and Unicode spaces and words longer than the search window."""
    rng = random.Random(seed)
    pieces = ["a", "U.S.", ".", " ", "\n", "\t", "\xa0", "\u3000", "x" * 70, "No."]
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 25)))
        end = rng.randint(0, len(text))
        floor = rng.randint(0, end)
        assert _word_start(text, floor, end) == _walk_back(text, floor, end), (text, floor, end)


# The readable form of the sentence-end pattern; segment's is rewritten for speed and must agree.
READABLE_SENTENCE_END = re.compile(
    r"[.!?。！？]+[\"'”’)\]」』]*(?=(\s+[\"“‘(\[「『]?[A-Z0-9])|[A-Z][a-z])"
    r"|,(?=(?:It|The|This|These|They|We|In|At|Among|Meanwhile|Moreover|However|Besides|Also)\s)"
    r"|(?<=\[\d)\](?:\[\d{1,2}\])*(?:\s+[-–—])?(?=\s+[A-Z])|(?<=\[\d\d)\](?:\[\d{1,2}\])*(?:\s+[-–—])?(?=\s+[A-Z])"
)


def test_sentence_end_pattern_finds_what_its_readable_form_finds() -> None:
    rng = random.Random(11)
    pieces = [".", "!", "?", "。", "...", ",", "It ", "The ", "Also ", " ", "\n", "A", "b", "Ab", '"', "”", ")", "1", "'",
              "[1]", "[", "]", " - ", "[2022]", "[12]"]
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 15)))
        found = [(m.span(), m.groups()) for m in _SENTENCE_END.finditer(text)]
        assert found == [(m.span(), m.groups()) for m in READABLE_SENTENCE_END.finditer(text)], text


@pytest.mark.parametrize("seed", range(3))
def test_a_long_plain_word_is_never_an_abbreviation(seed: int) -> None:
    """The shortcut in `sentence_starts` agrees with the full abbreviation check on random text."""
    configured = load_pipeline().get_pipe("plan_sentencizer").abbreviations
    abbrevs = frozenset(a.lower() for a in (*ABBREVIATIONS, *configured))
    reach = _plain_word_reach(abbrevs)
    rng = random.Random(seed)
    pieces = ["e.g", "No", "iv", "U.S", "Sept", "Corp", "Ltd", "industries", "Hefei", "a", "ab", "(", "“", " ", "\n", "2", "中国"]
    checked = 0
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 6))) + ". Next"
        dot = len(text) - len(". Next")
        floor = rng.randint(0, dot)
        if _after_plain_word(text, floor, dot, reach):
            checked += 1
            assert not _ends_with_abbreviation(text, floor, dot, abbrevs), text
    assert checked > 500