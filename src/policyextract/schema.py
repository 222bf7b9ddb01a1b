"""Arrow schemas of every output table: one place that fixes names, types and order.

docs/schema.md documents each column; tests check the two agree.
"""

from __future__ import annotations

import pyarrow as pa

CATEGORY = pa.dictionary(pa.int32(), pa.string())

DOCUMENTS = pa.schema(
    [
        ("doc_id", pa.string()),
        ("document", pa.string()),
        ("title", pa.string()),
        ("published", pa.date32()),
        ("issuers", pa.list_(pa.string())),
        ("horizon_years", pa.list_(pa.int16())),
        ("plan_period_end", pa.int16()),
        ("sha256", pa.string()),
        ("n_chars", pa.int64()),
        ("source_format", CATEGORY),
        ("n_facts", pa.int32()),
        ("text", pa.large_string()),
    ]
)

MENTIONS = pa.schema(
    [
        ("doc_id", pa.string()),
        ("document", pa.string()),
        ("start", pa.int64()),
        ("end", pa.int64()),
        ("text", pa.string()),
        ("label", CATEGORY),
        ("entity_id", pa.string()),
        ("canonical", pa.string()),
        ("method", CATEGORY),
        ("score", pa.float32()),
        ("note", pa.string()),
        ("value", pa.int16()),
    ]
)

FACTS = pa.schema(
    [
        ("doc_id", pa.string()),
        ("document", pa.string()),
        ("fact_id", pa.string()),
        ("place_id", pa.string()),
        ("place", pa.string()),
        ("place_level", CATEGORY),
        ("place_text", pa.string()),
        ("province", pa.string()),
        ("city", pa.string()),
        ("zone_id", pa.string()),
        ("zone", pa.string()),
        ("sector_id", pa.string()),
        ("sector", pa.string()),
        ("sector_text", pa.string()),
        ("cluster", pa.string()),
        ("cluster_kind", CATEGORY),
        ("deadline", pa.int16()),
        ("deadline_scope", CATEGORY),
        ("evidence", pa.string()),
        ("start", pa.int64()),
        ("end", pa.int64()),
        ("confidence", pa.float32()),
    ]
)

ERRORS = pa.schema(
    [
        ("document", pa.string()),
        ("stage", CATEGORY),
        ("error_type", pa.string()),
        ("message", pa.string()),
    ]
)

PLACES = pa.schema(
    [
        ("place_id", pa.string()),
        ("name_zh", pa.string()),
        ("name_en", pa.string()),
        ("level", CATEGORY),
        ("kind", CATEGORY),
        ("parent_id", pa.string()),
        ("province_id", pa.string()),
        ("province", pa.string()),
        ("prefecture_id", pa.string()),
        ("prefecture", pa.string()),
        ("regions", pa.list_(pa.string())),
        ("lat", pa.float64()),
        ("lon", pa.float64()),
    ]
)

REGIONS = pa.schema(
    [
        ("region_id", pa.string()),
        ("name", pa.string()),
        ("kind", CATEGORY),
        ("aliases", pa.list_(pa.string())),
        ("members", pa.list_(pa.string())),
    ]
)

SECTORS = pa.schema(
    [
        ("sector_id", pa.string()),
        ("label", pa.string()),
        ("parent_id", pa.string()),
        ("group", CATEGORY),
        ("sei_category", pa.string()),
        ("umbrella", pa.bool_()),
        ("forms", pa.list_(pa.string())),
        ("listed_forms", pa.list_(pa.string())),
    ]
)

AGENCIES = pa.schema(
    [
        ("agency_id", pa.string()),
        ("name", pa.string()),
        ("level", CATEGORY),
        ("place_id", pa.string()),
        ("aliases", pa.list_(pa.string())),
    ]
)

TABLES: dict[str, pa.Schema] = {
    "documents": DOCUMENTS,
    "mentions": MENTIONS,
    "facts": FACTS,
    "errors": ERRORS,
    "places": PLACES,
    "regions": REGIONS,
    "sectors": SECTORS,
    "agencies": AGENCIES,
}

# Deterministic row order of each per-document table.
SORT_KEYS: dict[str, list[str]] = {
    "documents": ["document", "doc_id"],
    "mentions": ["document", "start", "end", "label"],
    "facts": ["document", "start", "place_id", "sector_id", "cluster_kind"],
    "errors": ["document", "stage"],
}

# Columns of mostly distinct values (offsets, hashes, ids, whole texts), written to Parquet without
# dictionary encoding: a dictionary of nearly every value costs time and makes bigger files.
PLAIN_ENCODED: dict[str, frozenset[str]] = {
    "documents": frozenset({"sha256", "text"}),
    "mentions": frozenset({"start", "end"}),
    "facts": frozenset({"fact_id", "start", "end"}),
}
