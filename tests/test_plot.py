"""Map and deadline figures: PNGs that are the right size, not blank, and identical run to run."""

import numpy as np
import pytest
from matplotlib.image import imread
from typer.testing import CliRunner

from policyextract.cli import app
from policyextract.load import load
from policyextract.plot import deadline_counts, map_points, province_outlines, write_deadlines, write_map


@pytest.fixture(scope="module")
def tables(seeds_out):
    return load(seeds_out)


def _assert_not_blank(path, min_width, min_height):
    image = imread(path)
    height, width = image.shape[:2]
    assert width >= min_width and height >= min_height
    assert image[..., :3].std() > 0.05  # outlines, points and text, not one flat colour


def test_map_png(seeds_out, tmp_path):
    path = write_map(seeds_out, tmp_path / "map.png")
    _assert_not_blank(path, 800, 600)


def test_map_is_deterministic(seeds_out, tmp_path):
    assert write_map(seeds_out, tmp_path / "a.png").read_bytes() == write_map(seeds_out, tmp_path / "b.png").read_bytes()


def test_deadlines_png(seeds_out, tmp_path):
    _assert_not_blank(write_deadlines(seeds_out, tmp_path / "deadlines.png"), 600, 300)


def test_outlines_cover_china():
    provinces, country = province_outlines()
    assert len(provinces) > 34 and country
    points = np.vstack(provinces)
    assert 73 < points[:, 0].min() < 75 and 134 < points[:, 0].max() < 136
    assert 52 < points[:, 1].max() < 54


def test_map_points_count_every_located_fact(tables):
    points = map_points(tables.facts)
    assert points["n_facts"].sum() == tables.facts["lat"].notna().sum()
    assert set(points["sector_group"]) <= {"traditional", "emerging", "function"}
    assert not points.duplicated(["place_id", "sector_group"]).any()


def test_deadline_counts_put_dated_sectors_first(tables):
    counts = deadline_counts(tables.facts)
    assert counts.columns[-1] == "none"
    dated = tables.facts.dropna(subset=["deadline"])
    assert set(dated["sector"]) <= set(counts.index[: len(set(dated["sector"]))])


def test_plot_command(seeds_out, tmp_path):
    result = CliRunner().invoke(app, ["plot", str(seeds_out), "--map", str(tmp_path / "m.png"), "--deadlines", str(tmp_path / "d.png")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "m.png").is_file() and (tmp_path / "d.png").is_file()


def test_plot_command_needs_an_output(seeds_out, tmp_path):
    assert CliRunner().invoke(app, ["plot", str(seeds_out)]).exit_code == 2
    assert CliRunner().invoke(app, ["plot", str(tmp_path), "--map", str(tmp_path / "m.png")]).exit_code == 2
