"""The progress bar: on for many documents on a terminal, off otherwise, never touching the output."""

import io
import shutil

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from conftest import SEEDS
from policyextract.cli import app
from policyextract.progress import AUTO_MIN_DOCUMENTS, progress_wanted, run_progress
from policyextract.run import run_folder
from policyextract.schema import TABLES

runner = CliRunner()


class Terminal(io.StringIO):
    def isatty(self):
        return True


@pytest.fixture
def eight_documents(tmp_path):
    """The seeds plus three renamed copies: more than the auto threshold."""
    folder = tmp_path / "in"
    shutil.copytree(SEEDS, folder)
    for seed in sorted(SEEDS.glob("*.txt"))[:3]:
        shutil.copy(seed, folder / f"copy_{seed.name}")
    return folder


def test_auto_is_off_when_stderr_is_not_a_terminal():
    assert not progress_wanted(None, 1000, io.StringIO())


def test_auto_is_on_for_more_than_a_few_documents_on_a_terminal():
    assert progress_wanted(None, AUTO_MIN_DOCUMENTS, Terminal())
    assert not progress_wanted(None, AUTO_MIN_DOCUMENTS - 1, Terminal())


@pytest.mark.parametrize("requested", [True, False])
def test_an_explicit_choice_wins(requested):
    assert progress_wanted(requested, 1, io.StringIO()) is requested
    assert progress_wanted(requested, 1000, Terminal()) is requested


def test_run_under_pytest_draws_no_bar(eight_documents, tmp_path, capsys):
    run_folder(eight_documents, tmp_path / "out")
    assert "docs/s" not in capsys.readouterr().err


def test_forced_bar_shows_counts_and_does_not_change_the_output(eight_documents, tmp_path, capsys):
    run_folder(eight_documents, tmp_path / "plain", progress=False)
    assert capsys.readouterr().err == ""
    run_folder(eight_documents, tmp_path / "bar", progress=True, force=True)
    shown = capsys.readouterr().err
    assert "8/8" in shown and "docs/s" in shown and "errors 0" in shown
    for name in TABLES:
        assert pq.read_table(tmp_path / "bar" / f"{name}.parquet").equals(pq.read_table(tmp_path / "plain" / f"{name}.parquet"))


def test_bar_counts_errors(capsys):
    with run_progress(3, enabled=True) as bar:
        bar.advance()
        bar.advance(error=True)
        bar.advance()
    assert bar.errors == 1
    assert "3/3" in capsys.readouterr().err


def test_quiet_cli_prints_nothing(eight_documents, tmp_path):
    result = runner.invoke(app, ["run", str(eight_documents), "--out", str(tmp_path / "out"), "--quiet"])
    assert result.exit_code == 0 and result.output == ""
