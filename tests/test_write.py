"""Column-built per-document tables must equal the row-built ones exactly."""

import pytest

from conftest import SEEDS, make_source
from policyextract import write
from policyextract.model import DocumentResult, Fact, Mention
from policyextract.run import process_document


@pytest.fixture(scope="module")
def results():
    seeds = sorted(SEEDS.glob("*.txt"))
    found = [process_document(make_source(seed.read_text(), name=seed.name, published="2021-03-04")) for seed in seeds]
    odd = DocumentResult(
        make_source("Nothing.\n", name="odd.txt"),
        (),
        (2025,),
        (Mention(0, 4, "Noth", "YEAR", 0, score=100), Mention(0, 7, "Nothing", "PLACE", 0, score=None)),
        (),
    )
    return [*found, odd]


@pytest.mark.parametrize("name", write.PER_DOCUMENT_TABLES)
def test_columns_table_equals_rows_table(results, name):
    assert any(r.facts for r in results) and any(r.mentions for r in results)
    for batch in (results, results[:1], results[-1:], []):
        rows = write.to_table(name, write.ROW_BUILDERS[name](batch))
        columns = write.columns_table(name, write.COLUMN_BUILDERS[name](batch))
        assert columns.schema == rows.schema
        assert columns.equals(rows), name


def test_fact_fields_are_the_facts_schema():
    """The column builder reads facts by the schema's names; a missing field would be all null."""
    assert [f for f in Fact.__dataclass_fields__] == list(write.schema.FACTS.names)
