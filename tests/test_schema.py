"""docs/schema.md documents every column of every table with its Arrow type."""

import re
from pathlib import Path

import pyarrow as pa
import pytest

from policyextract import schema
from policyextract.schema import TABLES

DOC = (Path(__file__).resolve().parents[1] / "docs" / "schema.md").read_text(encoding="utf-8")


def documented_columns(table: str) -> dict[str, str]:
    section = re.search(rf"^## {table} —.*?(?=^## |\Z)", DOC, re.M | re.S)
    assert section, f"docs/schema.md has no section for {table}"
    rows = re.findall(r"^\| (\w+) \| ([^|]+) \|", section.group(0), re.M)
    return {name: type_.strip() for name, type_ in rows if name != "column"}


def arrow_type_name(type_: pa.DataType) -> str:
    if pa.types.is_dictionary(type_):
        return "dictionary<string>"
    if pa.types.is_list(type_):
        return f"list<{arrow_type_name(type_.value_type)}>"
    return {"date32[day]": "date32", "float": "float32", "double": "float64"}.get(str(type_), str(type_))


@pytest.mark.parametrize("table", sorted(TABLES))
def test_every_column_is_documented_with_its_type(table):
    documented = documented_columns(table)
    actual = {f.name: arrow_type_name(f.type) for f in TABLES[table]}
    assert documented == actual


@pytest.mark.parametrize("table", sorted(schema.PLAIN_ENCODED))
def test_plain_encoded_columns_exist(table):
    """A misspelt name would silently leave that column dictionary-encoded."""
    assert schema.PLAIN_ENCODED[table] <= set(schema.TABLES[table].names)


def test_the_diff_s_change_rows_are_documented_with_their_type():
    from policyextract.diff import CHANGE_SCHEMA

    assert documented_columns("changes") == {f.name: arrow_type_name(f.type) for f in CHANGE_SCHEMA}
