"""The whole job on the sample documents: tables, scores against gold, a golden file of facts, determinism, atomic
writes."""

import os
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from conftest import GOLD, SEEDS
from policyextract import run as run_module
from policyextract.cli import app
from policyextract.evaluate import evaluate
from policyextract.run import run_folder
from policyextract.schema import TABLES

runner = CliRunner()


def test_every_table_is_written_with_its_schema(seeds_out):
    for name, schema in TABLES.items():
        table = pq.read_table(seeds_out / f"{name}.parquet")
        assert table.schema.remove_metadata().equals(schema), name
    assert not list(seeds_out.glob("*.tmp"))


def test_scores_against_gold_meet_the_bar(seeds_out):
    result = evaluate(seeds_out, GOLD).overall
    assert result.precision >= 0.90, result.false_positives
    assert result.recall >= 0.90, result.misses
    assert result.deadline_accuracy >= 0.90, result.deadline_errors

GOLDEN_FACTS = Path(__file__).parent / "golden" / "seeds_facts.tsv"
_GOLDEN_COLUMNS = ("document", "place_id", "sector_id", "deadline")


def _fact_keys(out_dir: Path) -> list[str]:
    rows = pq.read_table(out_dir / "facts.parquet", columns=list(_GOLDEN_COLUMNS)).to_pylist()
    return ["\t".join("" if row[c] is None else str(row[c]) for c in _GOLDEN_COLUMNS) for row in rows]


def test_seeds_facts_match_the_golden_file(seeds_out):
    """The whole pipeline's facts for seeds/, row by row in output order: a change that adds, drops or reorders one shows
    here first. After a change meant to alter them, rewrite the file with POLICYEXTRACT_UPDATE_GOLDEN=1 and review its diff."""
    keys = _fact_keys(seeds_out)
    if os.environ.get("POLICYEXTRACT_UPDATE_GOLDEN") == "1":
        GOLDEN_FACTS.write_text("\t".join(_GOLDEN_COLUMNS) + "\n" + "".join(f"{key}\n" for key in keys), encoding="utf-8")
    golden = GOLDEN_FACTS.read_text(encoding="utf-8").splitlines()[1:]
    assert keys == golden


@pytest.mark.parametrize("written, place_id, canonical", [("Jindezhen", "360200", "Jingdezhen"), ("Heifei", "340100", "Hefei")])
def test_misspellings_resolve_in_mentions_and_facts(seeds_out, written, place_id, canonical):
    mentions = pq.read_table(seeds_out / "mentions.parquet").to_pandas()
    rows = mentions[mentions.text == written]
    assert len(rows) >= 1
    assert set(rows.entity_id) == {place_id} and set(rows.canonical) == {canonical}
    facts = pq.read_table(seeds_out / "facts.parquet").to_pandas()
    spelt = facts[facts.place_text == written]
    assert set(spelt.place_id) <= {place_id}


def test_jindezhen_takes_part_in_a_fact_as_written(seeds_out):
    facts = pq.read_table(seeds_out / "facts.parquet").to_pandas()
    assert (facts[facts.place_text == "Jindezhen"].place == "Jingdezhen").any()


def test_second_run_writes_identical_tables(seeds_out, tmp_path):
    run_folder(SEEDS, tmp_path)
    for name in TABLES:
        assert pq.read_table(tmp_path / f"{name}.parquet").equals(pq.read_table(seeds_out / f"{name}.parquet")), name


def test_documents_table_describes_each_document(seeds_out):
    docs = pq.read_table(seeds_out / "documents.parquet").to_pandas().set_index("document")
    assert len(docs) == 5
    assert list(docs.loc["001_7d86ebdbefa529c3.txt", "horizon_years"]) == [2025, 2035]
    assert str(docs.loc["001_7d86ebdbefa529c3.txt", "published"]) == "2021-11-05"
    assert "State Council" in list(docs.loc["001_7d86ebdbefa529c3.txt", "issuers"])
    facts = pq.read_table(seeds_out / "facts.parquet").to_pandas()
    for document, row in docs.iterrows():
        text = row["text"]
        for fact in facts[facts.document == document].itertuples():
            assert text[fact.start : fact.end] == fact.evidence


def test_a_plan_s_period_is_the_document_s_and_no_fact_s_deadline(tmp_path):
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "plan.txt").write_text(
        "Anhui NEV Cluster Action Plan (2021-2025)\n\nHefei will build a new energy vehicle cluster.\n\n"
        "Wuhu will build a robot base by 2023.\n", encoding="utf-8"
    )
    run_folder(corpus, tmp_path / "out")
    docs = pq.read_table(tmp_path / "out" / "documents.parquet")
    assert docs.schema.field("plan_period_end").type == pa.int16()
    assert docs.column("plan_period_end").to_pylist() == [2025]
    facts = pq.read_table(tmp_path / "out" / "facts.parquet").to_pandas()
    assert {(f.place, f.deadline if f.deadline == f.deadline else None) for f in facts.itertuples()} == {
        ("Hefei", None), ("Wuhu", 2023)
    }


def test_interrupted_run_keeps_previous_tables(seeds_out, tmp_path, monkeypatch):
    run_folder(SEEDS, tmp_path)
    before = pq.read_table(tmp_path / "facts.parquet")

    def explode(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(run_module, "write_dimensions", explode)
    with pytest.raises(KeyboardInterrupt):
        run_folder(SEEDS, tmp_path)
    assert pq.read_table(tmp_path / "facts.parquet").equals(before)
    assert not list(tmp_path.glob("*.tmp"))


def test_run_collects_garbage_less_often_and_restores_the_setting(tmp_path, monkeypatch):
    import gc

    seen = []
    write_dimensions = run_module.write_dimensions

    def spy(*args, **kwargs):
        seen.append((gc.get_threshold(), gc.get_freeze_count()))
        return write_dimensions(*args, **kwargs)

    monkeypatch.setattr(run_module, "write_dimensions", spy)
    before = gc.get_threshold()
    assert gc.get_freeze_count() == 0
    run_folder(SEEDS, tmp_path)
    threshold, frozen = seen[0]
    assert threshold[0] == max(before[0], run_module.GC_YOUNG_THRESHOLD) and threshold[1:] == before[1:]
    assert frozen > 10_000  # the pipeline and gazetteer, loaded before the run's first document
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0
    monkeypatch.setattr(run_module, "write_dimensions", lambda *args: 1 / 0)
    with pytest.raises(ZeroDivisionError):
        run_folder(SEEDS, tmp_path)
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0


def test_run_leaves_objects_the_caller_froze_frozen(tmp_path):
    import gc

    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        run_folder(SEEDS, tmp_path)
        assert gc.get_freeze_count() > frozen // 2  # unfreezing would leave none (a few may have died)
    finally:
        gc.unfreeze()


def test_cli_run_and_eval(tmp_path):
    result = runner.invoke(app, ["run", str(SEEDS), "--out", str(tmp_path), "--quiet"])
    assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["eval", str(tmp_path), str(GOLD), "-v"])
    assert result.exit_code == 0, result.output
    assert "precision" in result.output and "overall" in result.output


def test_cli_eval_reports_a_gold_folder_without_gold(tmp_path):
    """A mistyped gold path is an error, not a score of zero."""
    result = runner.invoke(app, ["run", str(SEEDS), "--out", str(tmp_path / "out"), "--quiet"])
    assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["eval", str(tmp_path / "out"), str(tmp_path / "nope")])
    assert result.exit_code == 2
    assert "nope" in result.output and "no gold files" in result.output


def test_cli_reports_a_missing_input(tmp_path):
    result = runner.invoke(app, ["run", str(tmp_path / "nope"), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert "nope" in result.output


def test_bad_file_is_reported_and_the_run_continues(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text("Wuhan will build an optoelectronics industrial cluster by 2025.\n")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "junk.bin").write_bytes(bytes(range(256)) * 20)
    summary = run_folder(folder, tmp_path / "out", on_error=lambda e: None)
    assert summary.n_processed == 1
    errors = pq.read_table(tmp_path / "out" / "errors.parquet").to_pandas()
    assert set(errors.document) == {"empty.txt", "junk.bin"}
    facts = pq.read_table(tmp_path / "out" / "facts.parquet").to_pandas()
    assert list(facts.place) == ["Wuhan"] and list(facts.deadline) == [2025]


def _raise(error):
    def fail(*args, **kwargs):
        raise error

    return fail


@pytest.mark.parametrize(
    ("patch", "stage", "error_type"),
    [
        (None, "read", "empty"),  # the file is empty: a ReadError
        ("read_document", "read", "RuntimeError"),  # a reader bug
        ("process_document", "extract", "ValueError"),
    ],
)
def test_process_path_names_the_failed_document_and_stage(tmp_path, monkeypatch, patch, stage, error_type):
    path = tmp_path / "region" / "plan.txt"
    path.parent.mkdir()
    path.write_text("" if patch is None else "Wuhan will build an optics valley cluster.\n")
    if patch == "read_document":
        monkeypatch.setattr(run_module, patch, _raise(RuntimeError("reader bug")))
    elif patch == "process_document":
        monkeypatch.setattr(run_module, patch, _raise(ValueError("extractor bug")))
    error = run_module.process_path(path, tmp_path)
    assert (error.document, error.stage, error.error_type) == ("region/plan.txt", stage, error_type)


def test_process_path_returns_the_result(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_text("Wuhan will build an optics valley cluster.\n")
    assert run_module.process_path(path, tmp_path).source.document == "plan.txt"
