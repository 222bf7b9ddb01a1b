"""What a document says about itself: who issued it and the target years it sets.

Target years a document sets for itself belong in the documents table (`horizon_years`, and the end
of its plan period, `plan_period_end`), not on every fact: a fact's deadline is the year its own
sentence or paragraph sets. Issuers are the agencies named in sentences that report issuing or
releasing it.
"""

from __future__ import annotations

import re

from .model import TaggedDocument
from .nlp.timex import find_time_expressions, sentence_is_future

# The period in a plan's name: "the Action Plan for the Construction of ... Park (2020-2025)"; not the
# five-year plan period a story dates things by ("during the 14th Five-Year Plan period (2021-2025)").
_PLAN_NAME_PERIOD = re.compile(
    r"\b(?:Plan|Program(?:me)?|Outline|Guidelines?|Opinions|Scheme|Blueprint|Strategy)\b(?!\s+period)"
    r"[^()\n]{0,120}?[(（]\s*(?:19|20)\d\d\s*(?:-|–|—|~|to)\s*((?:19|20)\d\d)\s*[)）]"
)
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


def plan_period_end(tagged: TaggedDocument) -> int | None:
    """The last year of the plan the document is: the period in its title ('Action Plan (2021-2025)'), or
    in the name of the one plan it reports ("according to the Action Plan for ... (2020-2025)"), when all
    the plan names it gives end in the same year. A default for facts whose own text sets no deadline."""
    title = tagged.source.title
    periods = [t.value for t in find_time_expressions(title) if t.role == "period"] if title else []
    if periods:
        return periods[-1]
    named = {int(match.group(1)) for match in _PLAN_NAME_PERIOD.finditer(tagged.source.text)}
    return named.pop() if len(named) == 1 else None


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
