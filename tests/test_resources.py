"""The gazetteer and pipeline config are found in a checkout and inside an installed wheel."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq

from policyextract.gazetteer import default_root
from policyextract.nlp.pipeline import DEFAULT_CONFIG
from policyextract.resources import data_dir

REPO = Path(__file__).resolve().parents[1]


def test_checkout_reads_the_repository_folders() -> None:
    assert data_dir("gazetteer") == REPO / "gazetteer"
    assert default_root() == REPO / "gazetteer" or "POLICYEXTRACT_GAZETTEER" in os.environ
    assert DEFAULT_CONFIG == REPO / "pipelines" / "default.cfg"


def test_wheel_carries_the_data_and_gives_the_same_facts(tmp_path: Path, seeds_out: Path) -> None:
    """Build a wheel, install it apart from the repository, and run it on the seeds."""
    wheels, target = tmp_path / "wheels", tmp_path / "site"
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "wheel", "--no-deps", "-w", str(wheels), str(REPO)], check=True, cwd=tmp_path)
    (wheel,) = wheels.glob("policyextract-*.whl")
    subprocess.run([*pip, "install", "--no-deps", "--target", str(target), str(wheel)], check=True)
    script = (
        "import sys; from pathlib import Path; import policyextract.gazetteer as g, policyextract.nlp.pipeline as p;"
        "from policyextract.run import run_folder;"
        "print(g.default_root()); print(p.DEFAULT_CONFIG);"
        f"run_folder(Path({str(REPO / 'seeds')!r}), Path({str(tmp_path / 'out')!r}), jobs=1)"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("POLICYEXTRACT_")}
    env["PYTHONPATH"] = str(target)
    done = subprocess.run([sys.executable, "-c", script], check=True, cwd=tmp_path, env=env,
                          capture_output=True, text=True)
    gazetteer, config = done.stdout.split()[:2]
    assert Path(gazetteer) == target / "policyextract" / "_bundled" / "gazetteer"
    assert Path(config) == target / "policyextract" / "_bundled" / "pipelines" / "default.cfg"
    assert pq.read_table(tmp_path / "out" / "facts.parquet").equals(pq.read_table(seeds_out / "facts.parquet"))
