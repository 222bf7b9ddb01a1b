"""examples/explore.ipynb runs top to bottom on the tables `run` writes for seeds/."""

import time
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat", reason="nbformat not installed (dev extra)")
nbclient = pytest.importorskip("nbclient", reason="nbclient not installed (dev extra)")
pytest.importorskip("ipykernel", reason="ipykernel not installed (dev extra)")
pytest.importorskip("duckdb", reason="duckdb not installed (dev extra)")

NOTEBOOK = Path(__file__).resolve().parents[1] / "examples" / "explore.ipynb"


def test_explore_notebook_runs(seeds_out, tmp_path, monkeypatch):
    monkeypatch.setenv("POLICYEXTRACT_OUT", str(seeds_out))
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(
        notebook, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}
    )
    started = time.monotonic()
    client.execute()
    assert time.monotonic() - started < 60

    outputs = [output for cell in notebook.cells if cell.cell_type == "code" for output in cell.outputs]
    assert not [output for output in outputs if output.output_type == "error"]
    text = "\n".join(
        output.get("text", "") + output.get("data", {}).get("text/plain", "") for output in outputs
    )
    assert "5 documents" in text and "Int16" in text and "Wuhan" in text
    assert "'added': 1" in text  # the diff of the edited document
    assert any("image/png" in output.get("data", {}) for output in outputs)
