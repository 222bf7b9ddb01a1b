"""Load an output folder into pandas, typed and joined, so analysis starts from one call.

    >>> from policyextract import load            # or: from policyextract.load import load
    >>> t = load("data/out")
    >>> t.facts.groupby("province", observed=True).size()

`load(OUT_DIR)` returns a frozen `Tables` with one DataFrame per table in docs/schema.md:
`documents`, `mentions`, `facts`, `places`, `regions`, `sectors`, `agencies`, `errors`.

Types:

- columns whose values repeat (labels, methods, levels, kinds, documents, provinces, sectors,
  sector groups) are pandas `category`;
- years are nullable integers: `facts.deadline` and `mentions.value` are `Int16` (`<NA>` when
  there is none), never floats;
- list columns (`places.regions`, `regions.members`, ...) hold Python lists.

`facts` comes with the joins already made; besides the columns of `facts.parquet` (same rows,
same order) it has:

| column | from |
|---|---|
| `province_id`, `prefecture` | the place's row in `places` (null for regions) |
| `lat`, `lon` | the place's coordinates; for a region, the centroid (mean) of its members' coordinates |
| `regions` | the place's `places.regions`; for a region, `[place_id]` |
| `coordinates` | `place`, `region_centroid`, or null when none has coordinates |
| `sector_group`, `sei_category` | the sector's row in `sectors` (`sector` already holds its label) |

A fact stated of a zone or a town (`zone_id`) is its place's, so it sits at that place.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from .schema import TABLES

CATEGORY_COLUMNS: dict[str, tuple[str, ...]] = {
    "documents": ("source_format",),
    "mentions": ("doc_id", "document", "label", "method"),
    "facts": (
        "doc_id", "document", "place_level", "province", "city", "sector", "cluster_kind",
        "deadline_scope", "province_id", "prefecture", "sector_group", "sei_category", "coordinates",
    ),
    "errors": ("stage", "error_type"),
    "places": ("level", "kind", "province_id", "province", "prefecture"),
    "regions": ("kind",),
    "sectors": ("group", "sei_category"),
    "agencies": ("level",),
}

PLACE_COLUMNS = ["place_id", "province_id", "prefecture", "lat", "lon", "regions"]
SECTOR_COLUMNS = {"sector_id": "sector_id", "group": "sector_group", "sei_category": "sei_category"}


@dataclass(frozen=True)
class Tables:
    """Every output table as a DataFrame; `facts` is joined to places and sectors."""

    documents: pd.DataFrame
    mentions: pd.DataFrame
    facts: pd.DataFrame
    places: pd.DataFrame
    regions: pd.DataFrame
    sectors: pd.DataFrame
    agencies: pd.DataFrame
    errors: pd.DataFrame


def load(out_dir: Path | str) -> Tables:
    """Read the Parquet tables `policyextract run` wrote to OUT_DIR (see the module docstring)."""
    out_dir = Path(out_dir)
    frames = {name: read_table(out_dir / f"{name}.parquet") for name in TABLES}
    frames["facts"] = join_facts(frames["facts"], frames["places"], frames["regions"], frames["sectors"])
    return Tables(**{name: as_categories(frame, CATEGORY_COLUMNS[name]) for name, frame in frames.items()})


def read_table(path: Path) -> pd.DataFrame:
    """One Parquet file as pandas, with int16 (year) columns as nullable Int16 rather than float."""
    if not path.is_file():
        raise FileNotFoundError(f"{path} not found: run `policyextract run INPUT --out {path.parent}` first")
    return pq.read_table(path).to_pandas(types_mapper=_nullable_years)


def _nullable_years(arrow_type: pa.DataType):
    return pd.Int16Dtype() if arrow_type == pa.int16() else None


def join_facts(facts: pd.DataFrame, places: pd.DataFrame, regions: pd.DataFrame, sectors: pd.DataFrame) -> pd.DataFrame:
    """Facts with their place's coordinates and regions and their sector's group, rows unchanged."""
    located = pd.concat([place_locations(places), region_locations(regions, places)], ignore_index=True)
    joined = facts.merge(located, on="place_id", how="left", validate="many_to_one")
    sector_info = sectors[list(SECTOR_COLUMNS)].rename(columns=SECTOR_COLUMNS)
    joined = joined.merge(sector_info, on="sector_id", how="left", validate="many_to_one")
    return joined


def place_locations(places: pd.DataFrame) -> pd.DataFrame:
    """The place columns facts are joined to, one row per place_id."""
    located = places[PLACE_COLUMNS].copy()
    located["coordinates"] = located["lat"].notna().map({True: "place", False: None})
    return located


def region_locations(regions: pd.DataFrame, places: pd.DataFrame) -> pd.DataFrame:
    """One row per region at the centroid of its members' coordinates (regions have no point)."""
    members = regions[["region_id", "members"]].explode("members").rename(columns={"members": "member_id"})
    members = members.merge(places[["place_id", "lat", "lon"]], left_on="member_id", right_on="place_id", how="left")
    centroids = members.groupby("region_id", sort=True)[["lat", "lon"]].mean().reset_index()
    centroids = centroids.rename(columns={"region_id": "place_id"})
    centroids["province_id"] = None
    centroids["prefecture"] = None
    centroids["regions"] = [[region_id] for region_id in centroids["place_id"]]
    centroids["coordinates"] = centroids["lat"].notna().map({True: "region_centroid", False: None})
    return centroids[PLACE_COLUMNS + ["coordinates"]]


def as_categories(frame: pd.DataFrame, columns: tuple[str, ...]) -> pd.DataFrame:
    """Repeating text columns as `category`, which is smaller and groups faster."""
    frame = frame.copy()
    for column in columns:
        if column in frame.columns and not isinstance(frame[column].dtype, pd.CategoricalDtype):
            frame[column] = frame[column].astype("category")
    return frame
