"""The plain records passed between stages: the fast builder makes the same frozen records."""

from __future__ import annotations

import dataclasses
import pickle
import tracemalloc

import pytest

from policyextract.model import DocumentResult, Fact, Mention, Sentence, SourceDocument, builder, from_fields

CASES = [
    (Mention, (3, 8, "Hefei", "PLACE", 0, "place:hefei", "Hefei", "exact", 100.0, None, None)),
    (Mention, (10, 14, "2025", "YEAR", 1, None, None, "rule", None, "deadline", 2025)),
    (Sentence, (0, 42, 0, False)),
]


@pytest.mark.parametrize("cls, values", CASES)
def test_builder_makes_what_the_constructor_makes(cls, values) -> None:
    built = builder(cls)(*values)
    assert type(built) is cls
    assert built == cls(*values) and hash(built) == hash(cls(*values))
    assert dataclasses.astuple(built) == values
    assert pickle.loads(pickle.dumps(built)) == built


def memory_of(make, n=2000) -> int:
    """Bytes that `n` records made by `make` hold."""
    tracemalloc.start()
    try:
        records = [make() for _ in range(n)]
        size, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(records) == n
    return size


@pytest.mark.parametrize("cls, values", CASES)
def test_built_records_are_as_compact_as_constructed_ones(cls, values) -> None:
    """Hundreds of thousands of records sit in memory per batch. Storing fields into `__dict__`
    makes it a key-sharing dict, about 1.4 times what `__init__` takes; filling it with
    `update(**fields)` made a dict of its own, three times the size and slower to read."""
    build = builder(cls)
    assert memory_of(lambda: build(*values)) <= 1.6 * memory_of(lambda: cls(*values))


@pytest.mark.parametrize("cls, values", CASES)
def test_built_records_stay_frozen(cls, values) -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        builder(cls)(*values).start = 99


def test_builder_needs_every_field() -> None:
    with pytest.raises(TypeError, match="build_Sentence.* missing 1 required positional argument: 'is_heading'"):
        builder(Sentence)(0, 42, 0)
    with pytest.raises(TypeError, match="build_Sentence.* takes 4 positional arguments but 5 were given"):
        builder(Sentence)(0, 42, 0, False, "extra")


FACT_FIELDS = tuple(f.name for f in dataclasses.fields(Fact))


def test_from_fields_makes_what_the_constructor_makes() -> None:
    values = dict(zip(FACT_FIELDS, range(len(FACT_FIELDS))))
    built = from_fields(Fact, values)
    assert built == Fact(**values) and hash(built) == hash(Fact(**values))
    assert list(vars(built)) == list(FACT_FIELDS)
    assert memory_of(lambda: from_fields(Fact, values)) <= 1.6 * memory_of(lambda: Fact(**values))  # see above
    with pytest.raises(dataclasses.FrozenInstanceError):
        built.place = "Hefei"


@pytest.mark.parametrize("names", [FACT_FIELDS[:-1], FACT_FIELDS + ("typo",), FACT_FIELDS[:-1] + ("typo",)])
def test_from_fields_refuses_missing_or_unknown_fields(names) -> None:
    with pytest.raises(TypeError, match="Fact fields"):
        from_fields(Fact, dict.fromkeys(names))


def test_result_columns_are_worked_out_once_and_are_not_fields() -> None:
    mentions = tuple(builder(Mention)(*values) for cls, values in CASES if cls is Mention)
    result = DocumentResult(SourceDocument("a.txt", "Hefei 2025", "0" * 64), (), (), mentions, ())
    columns = result.mention_columns
    assert columns is result.mention_columns
    assert list(columns) == [f.name for f in dataclasses.fields(Mention)]
    assert columns["text"] == ["Hefei", "2025"] and columns["value"] == [None, 2025]
    assert result.fact_columns == {f.name: [] for f in dataclasses.fields(Fact)}
    assert result == DocumentResult(SourceDocument("a.txt", "Hefei 2025", "0" * 64), (), (), mentions, ())
    assert "mention_columns" not in {f.name for f in dataclasses.fields(DocumentResult)}
