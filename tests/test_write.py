"""Column-built per-document tables must equal the row-built ones exactly."""

import pyarrow.parquet as pq
import pytest

from conftest import SEEDS, make_source
from policyextract import write
from policyextract.gazetteer import load_gazetteer
from policyextract.model import DocumentResult, Fact, Mention, record_columns
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


@pytest.mark.parametrize(
    ("groups", "expected"),
    [
        (
            [(Mention(0, 4, "Noth", "YEAR", 0, value=2025),), ()],
            {"text": ["Noth"], "value": [2025], "missing": [None]},
        ),
        ([(), ()], {"text": [], "value": [], "missing": []}),
        (
            [(Mention(0, 1, "a", "PLACE", 0),), (Mention(2, 3, "b", "PLACE", 1, value=7),)],
            {"text": ["a", "b"], "value": [None, 7], "missing": [None, None]},
        ),
    ],
)
def test_record_columns_read_fields_by_name_and_fill_missing_ones_with_null(groups, expected):
    """Fields not asked for (`sentence`) are left out; names the records lack are all null."""
    columns = write._record_columns([record_columns(g, Mention) for g in groups], ["text", "value", "missing"], Mention)
    assert columns == expected


@pytest.mark.parametrize(
    ("rows", "keys"),
    [
        ([], ["a"]),
        ([(1, "x")], ["a"]),
        ([(1, "x"), (1, "y"), (2, "a")], ["a", "b"]),  # in order already
        ([(2, "a"), (1, "y"), (1, "x")], ["a", "b"]),
        ([(1, "y"), (1, "x"), (0, "z")], ["a"]),  # stable: ties keep their order
        ([(None, "n"), (1, "x"), (None, "m")], ["a"]),  # nulls last
    ],
)
def test_sort_table_is_sort_by(rows, keys):
    import pyarrow as pa

    columns = {"a": [row[0] for row in rows], "b": [row[1] for row in rows]}
    table = pa.table(columns, schema=pa.schema([("a", pa.int64()), ("b", pa.string())]))
    assert write.sort_table(table, keys).equals(table.sort_by([(k, "ascending") for k in keys]))


def test_plain_encoded_columns_are_written_without_a_dictionary(results, tmp_path):
    """Only the columns PLAIN_ENCODED names skip the dictionary; the tables read back unchanged."""
    import pyarrow.parquet as pq

    for name in write.PER_DOCUMENT_TABLES:
        table = write.columns_table(name, write.COLUMN_BUILDERS[name](results))
        writer = write.TableWriter(name, tmp_path)
        writer.write(table)
        writer.commit()
        parquet = pq.ParquetFile(tmp_path / f"{name}.parquet")
        row_group = parquet.metadata.row_group(0)
        assert row_group.num_columns == len(table.column_names)  # one Parquet leaf per column
        for index, column in enumerate(table.column_names):
            chunk = row_group.column(index)
            plain = column in write.schema.PLAIN_ENCODED[name]
            assert (chunk.dictionary_page_offset is None) == plain, (name, column)
            assert (chunk.path_in_schema in write.dictionary_columns(name)) != plain, (name, column)
        assert parquet.read().equals(table)


def test_dimension_tables_are_built_once_per_gazetteer_and_cannot_be_changed(tmp_path):
    gazetteer = load_gazetteer()
    tables = write.dimension_tables(gazetteer)
    assert write.dimension_tables(gazetteer) is tables
    assert set(tables) == {"places", "regions", "sectors", "agencies"} and tables["places"].num_rows > 3000
    with pytest.raises(TypeError):
        tables["places"] = tables["regions"]
    for out in (tmp_path / "a", tmp_path / "b"):
        out.mkdir()
        write.write_dimensions(gazetteer, out)
    for name in tables:
        assert pq.read_table(tmp_path / "a" / f"{name}.parquet").equals(pq.read_table(tmp_path / "b" / f"{name}.parquet"))


def test_sectors_table_shows_which_words_name_a_sector_only_in_a_list():
    sectors = write.dimension_tables(load_gazetteer())["sectors"].to_pandas().set_index("sector_id")
    conservation = sectors.loc["energy_conservation_environmental_protection"]
    assert "environmental protection" in list(conservation["listed_forms"])
    assert "environmental protection" not in list(conservation["forms"])
    assert list(sectors.loc["automobiles", "listed_forms"]) == []
