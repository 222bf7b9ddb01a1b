"""The Dask engine writes exactly what the local engine writes, row for row and in order."""

import shutil
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

distributed = pytest.importorskip("distributed")

from policyextract.cli import app  # noqa: E402
from policyextract.dask_engine import SchedulerUnavailable, map_dask  # noqa: E402
from policyextract.model import DocumentError, DocumentResult  # noqa: E402
from policyextract.run import list_inputs, run_folder  # noqa: E402

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
EXTRA_DOCUMENTS = 9
BATCH_SIZE = 3


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0", scheduler_kwargs={"dashboard": False}
    ) as local_cluster:
        yield local_cluster


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """The seeds, some generated plans (so there are more than two batches) and an unreadable file."""
    folder = tmp_path_factory.mktemp("corpus")
    for path in sorted(SEEDS.glob("*.txt")):
        shutil.copy(path, folder / path.name)
    for index in range(EXTRA_DOCUMENTS):
        (folder / f"generated_{index:02d}.txt").write_text(generated_plan(index), encoding="utf-8")
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4 not really a pdf")
    return folder


def generated_plan(index: int) -> str:
    provinces = ["Hubei", "Hunan", "Anhui", "Jiangxi", "Henan", "Shanxi", "Sichuan", "Guangdong", "Zhejiang"]
    cities = ["Wuhan", "Changsha", "Hefei", "Nanchang", "Zhengzhou", "Taiyuan", "Chengdu", "Shenzhen", "Ningbo"]
    province, city = provinces[index], cities[index]
    return (
        f"{province} Plan for Advanced Manufacturing\n\n"
        f"{city} will build a new-energy vehicles industrial cluster by {2025 + index % 5}.\n\n"
        f"{province}'s steel, {provinces[index - 1]}'s textiles and {provinces[index - 2]}'s mining will be upgraded.\n\n"
        f"As of the end of 2022, {city} had {100 + index} high-tech enterprises in biomedicine.\n"
    )


def read_tables(folder: Path) -> dict:
    return {path.name: pq.read_table(path) for path in sorted(folder.glob("*.parquet"))}


@pytest.mark.parametrize("limits", [{}, {"max_bytes": 5_000}], ids=["default", "small-max-bytes"])
def test_dask_output_equals_local_output(cluster, corpus, tmp_path, limits):
    local_out, dask_out = tmp_path / "local", tmp_path / "dask"
    local = run_folder(corpus, local_out, batch_size=BATCH_SIZE, on_error=lambda error: None, **limits)
    remote = run_folder(
        corpus, dask_out, engine="dask", scheduler=cluster.scheduler_address,
        batch_size=BATCH_SIZE, on_error=lambda error: None, **limits,
    )
    assert local.n_processed > 2 * BATCH_SIZE and local.n_facts > 0
    assert len(local.errors) == len(remote.errors) >= 1 + ("max_bytes" in limits)
    assert (remote.n_documents, remote.n_processed, remote.n_facts) == (local.n_documents, local.n_processed, local.n_facts)
    local_tables, dask_tables = read_tables(local_out), read_tables(dask_out)
    assert local_tables.keys() == dask_tables.keys() and "facts.parquet" in local_tables
    for name, table in local_tables.items():
        assert table.equals(dask_tables[name]), name


def test_results_come_back_in_input_order_within_a_small_window(cluster, corpus):
    root, paths, _ = list_inputs(corpus)
    outcomes = list(map_dask(paths, root, scheduler=cluster.scheduler_address, window=2))
    names = [o.source.document if isinstance(o, DocumentResult) else o.document for o in outcomes]
    assert names == [path.relative_to(root).as_posix() for path in paths]
    assert any(isinstance(o, DocumentError) and o.document == "broken.pdf" for o in outcomes)


def test_no_paths_starts_no_cluster():
    assert list(map_dask([], SEEDS, scheduler="tcp://127.0.0.1:1")) == []


def test_unreachable_scheduler_is_a_clear_error(monkeypatch):
    monkeypatch.setattr("policyextract.dask_engine.CONNECT_TIMEOUT", "1s")
    with pytest.raises(SchedulerUnavailable, match="cannot reach Dask scheduler"):
        list(map_dask(sorted(SEEDS.glob("*.txt")), SEEDS, scheduler="tcp://127.0.0.1:1"))


def test_cli_runs_with_the_dask_engine(cluster, tmp_path):
    out = tmp_path / "out"
    result = CliRunner().invoke(
        app, ["run", str(SEEDS), "--out", str(out), "--engine", "dask", "--scheduler", cluster.scheduler_address, "-q"]
    )
    assert result.exit_code == 0, result.output
    assert pq.read_table(out / "facts.parquet").num_rows > 0


def test_cli_starts_its_own_local_cluster(tmp_path):
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["run", str(SEEDS), "--out", str(out), "--engine", "dask", "--jobs", "2", "-q"])
    assert result.exit_code == 0, result.output
    assert pq.read_table(out / "documents.parquet").num_rows == len(list(SEEDS.glob("*.txt")))
