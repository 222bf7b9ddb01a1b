"""Write stage: per-document results and gazetteer dimensions to Parquet, atomically.

Each table is streamed to `<name>.parquet.tmp` in row groups and renamed into place only when
complete, so an interrupted run never leaves a half-written table next to good ones.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import fields as dataclass_fields
from itertools import chain, repeat
from pathlib import Path
from types import MappingProxyType

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from . import schema
from .dimensions import agency_rows, place_rows, region_rows, sector_rows
from .gazetteer import Gazetteer
from .model import DocumentError, DocumentResult, Fact, Mention

PER_DOCUMENT_TABLES = ("documents", "mentions", "facts")


def documents_rows(results: Iterable[DocumentResult]) -> list[dict]:
    rows = []
    for result in results:
        source = result.source
        rows.append(
            {
                "doc_id": source.doc_id,
                "document": source.document,
                "title": source.title,
                "published": dt.date.fromisoformat(source.published) if source.published else None,
                "issuers": list(result.issuers),
                "horizon_years": list(result.horizon_years),
                "plan_period_end": result.plan_period_end,
                "sha256": source.sha256,
                "n_chars": len(source.text),
                "source_format": source.source_format,
                "n_facts": len(result.facts),
                "text": source.text,
            }
        )
    return rows


def mentions_rows(results: Iterable[DocumentResult]) -> list[dict]:
    rows = []
    for result in results:
        for m in result.mentions:
            rows.append(
                {
                    "doc_id": result.source.doc_id,
                    "document": result.source.document,
                    "start": m.start,
                    "end": m.end,
                    "text": m.text,
                    "label": m.label,
                    "entity_id": m.entity_id,
                    "canonical": m.canonical,
                    "method": m.method,
                    "score": m.score,
                    "note": m.note,
                    "value": m.value,
                }
            )
    return rows


def facts_rows(results: Iterable[DocumentResult]) -> list[dict]:
    return [dict(vars(fact)) for result in results for fact in result.facts]  # asdict deep-copies: slow


def errors_rows(errors: Iterable[DocumentError]) -> list[dict]:
    return [dict(vars(error)) for error in errors]


ROW_BUILDERS = {"documents": documents_rows, "mentions": mentions_rows, "facts": facts_rows}


# Column builders: the same tables as the row builders, built a column (a list per field) at a
# time. Arrow converts a typed list much faster than it picks values out of a dict per row.
Columns = dict[str, Sequence]


def documents_columns(results: Sequence[DocumentResult]) -> Columns:
    sources = [result.source for result in results]
    return {
        "doc_id": [source.doc_id for source in sources],
        "document": [source.document for source in sources],
        "title": [source.title for source in sources],
        "published": [dt.date.fromisoformat(s.published) if s.published else None for s in sources],
        "issuers": [list(result.issuers) for result in results],
        "horizon_years": [list(result.horizon_years) for result in results],
        "plan_period_end": [result.plan_period_end for result in results],
        "sha256": [source.sha256 for source in sources],
        "n_chars": [len(source.text) for source in sources],
        "source_format": [source.source_format for source in sources],
        "n_facts": [len(result.facts) for result in results],
        "text": [source.text for source in sources],
    }


def mentions_columns(results: Sequence[DocumentResult]) -> Columns:
    columns = _per_document(results, "mentions")
    columns.update(_record_columns([r.mention_columns for r in results], _MENTION_COLUMNS, Mention))
    return columns


def facts_columns(results: Sequence[DocumentResult]) -> Columns:
    return _record_columns([r.fact_columns for r in results], _FACT_COLUMNS, Fact)


COLUMN_BUILDERS = {"documents": documents_columns, "mentions": mentions_columns, "facts": facts_columns}
_MENTION_COLUMNS = [name for name in schema.MENTIONS.names if name not in ("doc_id", "document")]
_FACT_COLUMNS = list(schema.FACTS.names)


def _per_document(results: Sequence[DocumentResult], records: str) -> Columns:
    """doc_id and document repeated once for each of a result's `records` (mentions)."""
    counts = [len(getattr(result, records)) for result in results]
    return {
        "doc_id": list(chain.from_iterable(map(repeat, (r.source.doc_id for r in results), counts))),
        "document": list(chain.from_iterable(map(repeat, (r.source.document for r in results), counts))),
    }


def _record_columns(per_document: list[dict[str, list]], names: list[str], cls: type) -> Columns:
    """The named columns of every document's records (`model.record_columns` of `cls`), one
    document after another; a name `cls` lacks is all null (as a missing dict key is for `to_table`)."""
    present = {field.name for field in dataclass_fields(cls)}
    first = next(iter(present))
    nulls = [None] * sum(len(columns[first]) for columns in per_document)
    return {
        name: list(chain.from_iterable(columns[name] for columns in per_document)) if name in present else nulls
        for name in names
    }


def columns_table(name: str, columns: Columns) -> pa.Table:
    """Columns to an Arrow table: the same table `to_table` makes from the equivalent rows."""
    plain = _plain_schema(name)
    arrays = [pa.array(columns[field.name], type=field.type) for field in plain]
    return _sorted_cast(name, pa.Table.from_arrays(arrays, schema=plain))


def to_table(name: str, rows: list[dict]) -> pa.Table:
    """Rows to an Arrow table with the table's fixed schema, sorted by its deterministic key."""
    return _sorted_cast(name, pa.Table.from_pylist(rows, schema=_plain_schema(name)))


def _sorted_cast(name: str, table: pa.Table) -> pa.Table:
    """Sorted by the table's deterministic key, then cast to its schema (dictionary columns encoded)."""
    keys = schema.SORT_KEYS.get(name)
    if keys and table.num_rows:
        table = sort_table(table, keys)
    return table.cast(schema.TABLES[name])


def sort_table(table: pa.Table, keys: Sequence[str]) -> pa.Table:
    """`table.sort_by(keys)` (stable, ascending), without copying every row when they are in order
    already, as results usually are: documents come in name order and records in text order."""
    indices = pc.sort_indices(table, sort_keys=[(key, "ascending") for key in keys])
    if pc.all(pc.less(indices[:-1], indices[1:]), min_count=0).as_py():  # rising, so 0, 1, 2, ...
        return table
    return table.take(indices)


@functools.lru_cache(maxsize=None)
def _plain_schema(name: str) -> pa.Schema:
    return _plain(schema.TABLES[name])


def _plain(table_schema: pa.Schema) -> pa.Schema:
    """The schema with dictionary columns as plain strings (dictionary-encoded on cast)."""
    fields = [
        pa.field(f.name, f.type.value_type if pa.types.is_dictionary(f.type) else f.type, nullable=f.nullable)
        for f in table_schema
    ]
    return pa.schema(fields)


def write_table(table: pa.Table, path: Path) -> None:
    """Write to a temporary name, then rename: readers never see a partial file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    pq.write_table(table, tmp, compression="zstd")
    os.replace(tmp, path)


def dictionary_columns(name: str) -> list[str]:
    """Parquet paths of the table's columns to dictionary-encode: all but its `schema.PLAIN_ENCODED`
    ones. Parquet names a list's values `<column>.list.element`, and wants that path."""
    plain = schema.PLAIN_ENCODED.get(name, frozenset())
    return [_parquet_path(field) for field in schema.TABLES[name] if field.name not in plain]


def _parquet_path(field: pa.Field) -> str:
    """The path of a flat or list column's values in a Parquet file (lists in the compliant layout)."""
    if pa.types.is_list(field.type) or pa.types.is_large_list(field.type):
        return f"{field.name}.list.element"
    return field.name


class TableWriter:
    """Streams one table in row groups to a temporary file; `commit` renames it into place."""

    def __init__(self, name: str, out_dir: Path):
        self.name = name
        self.path = out_dir / f"{name}.parquet"
        self.tmp = self.path.with_name(self.path.name + ".tmp")
        self.tmp.parent.mkdir(parents=True, exist_ok=True)
        self.writer = pq.ParquetWriter(
            self.tmp, schema.TABLES[name], compression="zstd", use_dictionary=dictionary_columns(name)
        )

    def write(self, table: pa.Table) -> None:
        if table.num_rows:
            self.writer.write_table(table)

    def commit(self) -> None:
        self.writer.close()
        os.replace(self.tmp, self.path)

    def abort(self) -> None:
        self.writer.close()
        self.tmp.unlink(missing_ok=True)


@functools.lru_cache(maxsize=4)
def dimension_tables(gazetteer: Gazetteer) -> Mapping[str, pa.Table]:
    """The gazetteer as tables a notebook can join facts to and roll up by; built once per loaded
    gazetteer (which never changes; the tables are immutable, and so is the mapping), since that
    takes longer than writing them and a process may run many times."""
    return MappingProxyType({
        "places": to_table("places", place_rows(gazetteer)),
        "regions": to_table("regions", region_rows(gazetteer)),
        "sectors": to_table("sectors", sector_rows(gazetteer)),
        "agencies": to_table("agencies", agency_rows(gazetteer)),
    })


def write_dimensions(gazetteer: Gazetteer, out_dir: Path) -> None:
    for name, table in dimension_tables(gazetteer).items():
        write_table(table, out_dir / f"{name}.parquet")
