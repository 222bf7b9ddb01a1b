"""Plain data passed between pipeline stages: read → tag → normalise → extract facts → write.

Every stage takes and returns these frozen dataclasses so that stages can be tested, cached
and shipped to worker processes (local pool or Dask) without carrying spaCy objects around.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, fields
from operator import attrgetter


@dataclass(frozen=True)
class SourceDocument:
    """A document's extracted text plus what the reader learnt about it."""

    document: str  # path relative to the input folder, with forward slashes
    text: str
    sha256: str
    title: str | None = None
    published: str | None = None  # ISO date (YYYY-MM-DD) when the source gives one
    source_format: str = "text"  # text, html, pdf, docx

    @property
    def doc_id(self) -> str:
        """Content hash: the first 16 hex digits of the text's SHA-256."""
        return self.sha256[:16]


# How a limited company's name ends: "... Co., Ltd.", "... Co.,Ltd", "... Company Limited"
LIMITED_FIRM_END = r"\s+(?:Co\.?,?\s*Ltd\b|Co\.,|Co\.?\s+Limited\b|Company\s+Limited\b)"
FIRM_NAME_NOTE = "in a firm's name"  # a sector mention's note: the sector ends a firm's name ("Pizhou Yuxin Sensor")
# a place mention's note: a county's bare name far from the text's places, left unresolved ("Sanjiang Chuangzhi New
# Town" in a story on Hangzhou)
STRAY_COUNTY_NOTE = "a county's bare name far from the text's places"
# a region mention's note: the region names where a place the text does not name lies ("East China province boosts
# silver economy"), left unresolved
PLACE_OF_REGION_NOTE = "describes a place in the region"


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    paragraph: int  # index of the paragraph (block separated by blank lines / line breaks)
    is_heading: bool = False


@dataclass(frozen=True)
class Mention:
    """A tagged span and, after normalisation, the gazetteer entry it resolves to."""

    start: int
    end: int
    text: str
    label: str  # PLACE, REGION, SECTOR, AGENCY, YEAR, DATE, CLUSTER
    sentence: int  # index into TaggedDocument.sentences
    entity_id: str | None = None
    canonical: str | None = None
    method: str | None = None  # exact, alias, suffix, fuzzy, context, rule
    score: float | None = None  # 0..100
    note: str | None = None  # how an ambiguity was settled, or the year's role
    value: int | None = None  # YEAR: the year; DATE: the year of the date


@dataclass(frozen=True)
class TaggedDocument:
    source: SourceDocument
    sentences: tuple[Sentence, ...]
    mentions: tuple[Mention, ...]


@dataclass(frozen=True)
class Fact:
    """One (place, sector) pair that a document asserts, with its best evidence."""

    doc_id: str
    document: str
    fact_id: str
    place_id: str
    place: str
    place_level: str
    place_text: str
    province: str | None
    city: str | None
    zone_id: str | None  # the zone or town the text states the fact of, inside the place; None for the place itself
    zone: str | None
    sector_id: str
    sector: str
    sector_text: str
    cluster: str | None
    cluster_kind: str
    deadline: int | None
    deadline_scope: str | None
    evidence: str
    start: int
    end: int
    confidence: float


@dataclass(frozen=True)
class DocumentResult:
    """Everything the pipeline produced for one document; what a worker returns."""

    source: SourceDocument
    issuers: tuple[str, ...]
    horizon_years: tuple[int, ...]
    mentions: tuple[Mention, ...]
    facts: tuple[Fact, ...]
    plan_period_end: int | None = None  # the last year of the plan the document is (`profile.plan_period_end`)

    @functools.cached_property
    def mention_columns(self) -> dict[str, list]:
        """The mentions field by field (`record_columns`): worked out once, for the cache entry and
        the Arrow tables both."""
        return record_columns(self.mentions, Mention)

    @functools.cached_property
    def fact_columns(self) -> dict[str, list]:
        """The facts field by field, as `mention_columns`."""
        return record_columns(self.facts, Fact)


def record_columns(records: Sequence, cls: type) -> dict[str, list]:
    """Records of the dataclass `cls` as one list per field, in field order (empty lists for none)."""
    return {name: list(map(attrgetter(name), records)) for name in _field_order(cls)}


@functools.cache
def _field_order(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


@dataclass(frozen=True)
class DocumentError:
    """A file the run could not process, and why (one row of the `errors` table)."""

    document: str
    stage: str  # read, tag, extract, write
    error_type: str
    message: str


@dataclass(frozen=True)
class RunSummary:
    out_dir: str
    n_documents: int
    n_processed: int
    n_cached: int
    n_facts: int
    errors: tuple[DocumentError, ...] = field(default_factory=tuple)


def builder(cls: type) -> Callable:
    """`cls(*values)` for a frozen dataclass here, every field given in order, without the generated
    `__init__`: it sets each field through `object.__setattr__`, which cost more than the rest of
    turning a tagged Doc into mentions. The classes have no `__post_init__`. The function is
    generated with one parameter per field, as `dataclasses` generates `__init__`, so a wrong number
    of values is a TypeError. It stores the fields into `__dict__` one by one: three times faster
    than `__init__`, and the dict stays a key-sharing one (`update(**fields)` made a dict of its
    own, twice the memory per record and slower to read)."""
    names = tuple(f.name for f in fields(cls))
    return _generated(cls, f"build_{cls.__name__}", ", ".join(names), {name: name for name in names})


def from_fields(cls: type, values: dict):
    """`cls(**values)` for a value of every field, filled in field by field as `builder` does, for
    records with too many fields to pass by position readably (a Fact has 20)."""
    build, count = _from_dict(cls)
    if len(values) == count:  # then a value for every field is one for no other name
        try:
            return build(values)
        except KeyError:
            pass
    raise TypeError(f"{cls.__name__} fields {sorted(f.name for f in fields(cls))}, got {sorted(values)}")


@functools.cache
def _from_dict(cls: type) -> tuple[Callable, int]:
    names = [f.name for f in fields(cls)]
    return _generated(cls, f"{cls.__name__}_from_dict", "given", {name: f"given[{name!r}]" for name in names}), len(names)


def _generated(cls: type, name: str, parameters: str, sources: dict[str, str]) -> Callable:
    """A function of `parameters` that makes a `cls` and stores each field from its source expression."""
    stores = "".join(f"    values[{field!r}] = {source}\n" for field, source in sources.items())
    code = f"def {name}({parameters}):\n    record = new(cls)\n    values = record.__dict__\n{stores}    return record\n"
    namespace = {"new": object.__new__, "cls": cls}
    exec(code, namespace)  # noqa: S102 - the code is made of this module's own field names
    return namespace[name]
