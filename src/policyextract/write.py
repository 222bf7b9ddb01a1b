"""Write stage: per-document results and gazetteer dimensions to Parquet, atomically.

Each table is streamed to `<name>.parquet.tmp` in row groups and renamed into place only when
complete, so an interrupted run never leaves a half-written table next to good ones.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from . import schema
from .dimensions import agency_rows, place_rows, region_rows, sector_rows
from .gazetteer import Gazetteer
from .model import DocumentError, DocumentResult

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


def to_table(name: str, rows: list[dict]) -> pa.Table:
    """Rows to an Arrow table with the table's fixed schema, sorted by its deterministic key."""
    table = pa.Table.from_pylist(rows, schema=_plain(schema.TABLES[name]))
    keys = schema.SORT_KEYS.get(name)
    if keys and table.num_rows:
        table = table.sort_by([(k, "ascending") for k in keys])
    return table.cast(schema.TABLES[name])


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


class TableWriter:
    """Streams one table in row groups to a temporary file; `commit` renames it into place."""

    def __init__(self, name: str, out_dir: Path):
        self.name = name
        self.path = out_dir / f"{name}.parquet"
        self.tmp = self.path.with_name(self.path.name + ".tmp")
        self.tmp.parent.mkdir(parents=True, exist_ok=True)
        self.writer = pq.ParquetWriter(self.tmp, schema.TABLES[name], compression="zstd")

    def write(self, table: pa.Table) -> None:
        if table.num_rows:
            self.writer.write_table(table)

    def commit(self) -> None:
        self.writer.close()
        os.replace(self.tmp, self.path)

    def abort(self) -> None:
        self.writer.close()
        self.tmp.unlink(missing_ok=True)


def dimension_tables(gazetteer: Gazetteer) -> dict[str, pa.Table]:
    """The gazetteer as tables a notebook can join facts to and roll up by."""
    return {
        "places": to_table("places", place_rows(gazetteer)),
        "regions": to_table("regions", region_rows(gazetteer)),
        "sectors": to_table("sectors", sector_rows(gazetteer)),
        "agencies": to_table("agencies", agency_rows(gazetteer)),
    }


def write_dimensions(gazetteer: Gazetteer, out_dir: Path) -> None:
    for name, table in dimension_tables(gazetteer).items():
        write_table(table, out_dir / f"{name}.parquet")
