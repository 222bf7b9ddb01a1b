"""Bad input at run level: each bad file is one stderr line and one `errors` row; the run goes on."""

import builtins
import re

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from conftest import SEEDS
from policyextract.cli import app
from policyextract.nlp.pipeline import DEFAULT_CONFIG, load_pipeline
from policyextract.read import document as document_module
from policyextract.run import run_folder

runner = CliRunner()
GOOD_TEXT = "Wuhan will build an optoelectronics industrial cluster by 2025.\n"
MAX_BYTES = 5000
EXPECTED_ERRORS = {
    "empty.txt": "empty",
    "junk.bin": "binary",
    "truncated.pdf": "pdf_corrupt",
    "broken-utf8.txt": "encoding",
    "big.txt": "too_large",
    "locked.txt": "permission",
    "self.txt": "symlink_loop",
    "sub/loop": "symlink_loop",
}


def truncated_pdf() -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    pdf.add_page()
    pdf.multi_cell(0, 7, GOOD_TEXT * 8)
    data = bytes(pdf.output())
    return data[: len(data) * 2 // 3]


def write_bad_folder(folder):
    """One good document next to one file of every kind of bad input."""
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD_TEXT)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "junk.bin").write_bytes(bytes(range(256)) * 4)
    (folder / "truncated.pdf").write_bytes(truncated_pdf())
    (folder / "broken-utf8.txt").write_bytes("Wuhan “optics valley” – 光谷 plan\n".encode() * 2 + b"\xff\xfe more")
    (folder / "big.txt").write_text(GOOD_TEXT * (MAX_BYTES // len(GOOD_TEXT) + 1))
    (folder / "locked.txt").write_text(GOOD_TEXT)
    (folder / "self.txt").symlink_to("self.txt")
    (folder / "sub").mkdir()
    (folder / "sub" / "loop").symlink_to(folder)
    return folder


@pytest.fixture
def bad_folder(tmp_path, monkeypatch):
    """The folder, with locked.txt unreadable (simulated: tests run as root, who can read anything)."""
    def open_unless_locked(path, *args, **kwargs):
        if str(path).endswith("locked.txt"):
            raise PermissionError(13, "Permission denied", str(path))
        return builtins.open(path, *args, **kwargs)

    monkeypatch.setattr(document_module, "open", open_unless_locked, raising=False)
    return write_bad_folder(tmp_path / "in")


def run_cli(folder, out, *options):
    return runner.invoke(app, ["run", str(folder), "--out", str(out), "--max-bytes", str(MAX_BYTES), *options])


def test_each_bad_file_is_one_line_and_one_row_and_the_run_continues(bad_folder, tmp_path):
    out = tmp_path / "out"
    result = run_cli(bad_folder, out)
    assert result.exit_code == 0, result.output
    error_lines = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    assert len(error_lines) == len(EXPECTED_ERRORS)
    for document, error_type in EXPECTED_ERRORS.items():
        [line] = [line for line in error_lines if line.startswith(f"error: {document}: ")]
        assert f"({error_type}, read)" in line
    errors = pq.read_table(out / "errors.parquet").to_pandas()
    assert dict(zip(errors.document, errors.error_type)) == EXPECTED_ERRORS
    assert set(errors.stage) == {"read"} and errors.message.str.len().min() > 0
    facts = pq.read_table(out / "facts.parquet").to_pandas()
    assert list(facts.document) == ["good.txt"] and list(facts.place) == ["Wuhan"]


def test_strict_exits_non_zero_when_any_file_failed(bad_folder, tmp_path):
    assert run_cli(bad_folder, tmp_path / "out", "--strict").exit_code == 1


def test_exit_is_non_zero_when_nothing_could_be_read(bad_folder, tmp_path):
    (bad_folder / "good.txt").unlink()
    result = run_cli(bad_folder, tmp_path / "out")
    assert result.exit_code == 1
    assert pq.read_table(tmp_path / "out" / "errors.parquet").num_rows == len(EXPECTED_ERRORS)


def test_bad_files_are_tried_again_on_a_rerun(bad_folder, tmp_path):
    """Errors are never cached: a file fixed since the last run must be read."""
    out = tmp_path / "out"
    run_cli(bad_folder, out)
    (bad_folder / "empty.txt").write_text(GOOD_TEXT)
    result = run_cli(bad_folder, out)
    assert "1 processed, 1 from cache" in result.stderr
    assert "empty.txt" not in pq.read_table(out / "errors.parquet").column("document").to_pylist()


@pytest.fixture
def chunked_pipeline(tmp_path, monkeypatch):
    """The default pipeline with a max_length below the longest seed (but above its longest paragraph)."""
    config = tmp_path / "chunked.cfg"
    text = re.sub(r"(?m)^max_length = \d+$", "max_length = 2500", DEFAULT_CONFIG.read_text())
    assert "max_length = 2500" in text
    config.write_text(text)
    monkeypatch.setenv("POLICYEXTRACT_PIPELINE", str(config))
    load_pipeline.cache_clear()
    yield 2500
    monkeypatch.undo()
    load_pipeline.cache_clear()


def test_documents_over_max_length_are_chunked_with_exact_offsets(seeds_out, chunked_pipeline, tmp_path):
    assert load_pipeline().max_length == chunked_pipeline
    run_folder(SEEDS, tmp_path / "chunked", progress=False)
    documents = pq.read_table(tmp_path / "chunked" / "documents.parquet").to_pandas().set_index("document")
    assert documents.n_chars.max() > 2 * chunked_pipeline
    facts = pq.read_table(tmp_path / "chunked" / "facts.parquet")
    for fact in facts.to_pandas().itertuples():
        assert documents.loc[fact.document, "text"][fact.start : fact.end] == fact.evidence
    assert facts.equals(pq.read_table(seeds_out / "facts.parquet"))
    assert pq.read_table(tmp_path / "chunked" / "mentions.parquet").equals(pq.read_table(seeds_out / "mentions.parquet"))
