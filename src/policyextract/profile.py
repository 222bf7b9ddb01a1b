"""What a document says about itself: who issued it and the target years it sets.

Target years a document sets for itself belong in the documents table (`horizon_years`), not on
every fact; issuers are the agencies named in sentences that report issuing or releasing it.
"""

from __future__ import annotations

import re

from .model import TaggedDocument
from .nlp.timex import find_time_expressions, sentence_is_future

_ISSUING = re.compile(
    r"\b(?:issu(?:e|ed|es|ing)|releas(?:e|ed|es|ing)|publish(?:ed|es)?|unveil(?:ed|s)?|jointly|promulgat\w+|"
    r"formulat\w+|rolled\s+out|roll\s+out|announc\w+|print(?:ed)?\s+and\s+distribut\w+)\b",
    re.IGNORECASE,
)


def horizon_years(tagged: TaggedDocument) -> tuple[int, ...]:
    """Years the document targets: 'by 2025', plan periods, 'in 2030' in a future clause."""
    text = tagged.source.text
    published = int(tagged.source.published[:4]) if tagged.source.published else None
    years: set[int] = set()
    for mention in tagged.mentions:
        if mention.label != "YEAR" or mention.value is None:
            continue
        if published is not None and mention.value <= published:
            continue
        sentence = tagged.sentences[mention.sentence]
        role = mention.note
        if role in ("deadline", "period") or (
            role == "target_candidate" and sentence_is_future(text[sentence.start : sentence.end])
        ):
            years.add(mention.value)
    for expr in find_time_expressions(tagged.source.title or ""):
        if expr.role == "period":
            years.add(expr.value)
    return tuple(sorted(years))


def issuers(tagged: TaggedDocument) -> tuple[str, ...]:
    """Agencies named in a sentence that reports issuing, releasing or unveiling, in order of mention."""
    text = tagged.source.text
    found: list[str] = []
    for mention in tagged.mentions:
        if mention.label != "AGENCY" or not mention.canonical:
            continue
        sentence = tagged.sentences[mention.sentence]
        if _ISSUING.search(text[sentence.start : sentence.end]) and mention.canonical not in found:
            found.append(mention.canonical)
    return tuple(found)
