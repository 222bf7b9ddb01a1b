"""The benchmark report: ratios against the baselines, goals met or not, the extra-cores row."""

import importlib.util
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"


@pytest.fixture(scope="module")
def throughput():
    sys.path.insert(0, str(BENCHMARKS))  # throughput.py imports its sibling corpus.py
    try:
        spec = importlib.util.spec_from_file_location("benchmark_throughput", BENCHMARKS / "throughput.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module
        spec.loader.exec_module(module)
        yield module
    finally:
        sys.path.remove(str(BENCHMARKS))


def measurement(throughput, kind, words, seconds, files=10, rss=300.0, detail=None):
    return throughput.Measurement(kind, detail or kind, files, words * 6, words, seconds, 0.5, rss)


def test_goals_are_ratios_of_the_same_run(throughput):
    pipeline = measurement(throughput, "pipeline", 1_000_000, 5.0)  # 200,000 words/s
    tokenizer = measurement(throughput, "tokenizer", 1_000_000, 1.0)  # 1,000,000 words/s
    ner = measurement(throughput, "ner", 50_000, 5.0, files=1)  # 10,000 words/s
    found = throughput.ratios(pipeline, tokenizer, ner)
    assert found == {"pipeline / tokenizer (words/s)": 0.2, "pipeline / NER (words/s)": 20.0}
    memory = [measurement(throughput, "pipeline", 1, 1.0, rss=300.0), measurement(throughput, "pipeline", 4, 1.0, rss=320.0)]
    text = throughput.report([pipeline, tokenizer, ner], memory, 60.0)
    goals = text.split("## Goals")[1]
    assert "| 20.0% | **no** |" in goals and "| 20.0× | yes |" in goals and "(+6.7%) | yes |" in goals
    assert "extrapolated" in text and "More cores" not in text


def test_more_cores_row_is_reported_apart_from_the_goals(throughput):
    pipeline = measurement(throughput, "pipeline", 1_000_000, 5.0)
    scaling = measurement(throughput, "pipeline-jobs", 1_000_000, 2.5, detail="run_folder, jobs=2: 9 facts, 0 errors")
    others = [measurement(throughput, "tokenizer", 1_000_000, 1.0), measurement(throughput, "ner", 1_000_000, 100.0)]
    text = throughput.report([pipeline, *others], [], 60.0, scaling=scaling)
    goals, cores = text.split("## Goals")[1].split("## More cores (not a goal)")
    assert "jobs=2" not in goals
    assert "400,000 words/s, 2.00x one process and 40.0x the one-thread NER" in cores


def test_goals_compare_totals_over_the_same_slices_and_every_slice_is_shown(throughput):
    slow = [measurement(throughput, "pipeline", 500_000, 4.0), measurement(throughput, "tokenizer", 500_000, 1.0),
            measurement(throughput, "ner", 25_000, 4.0, files=1)]  # a slow stretch: 12.5x
    fast = [measurement(throughput, "pipeline", 500_000, 1.0), measurement(throughput, "tokenizer", 500_000, 0.5),
            measurement(throughput, "ner", 25_000, 1.0, files=1)]  # a fast one: 20x
    results = [[slow, fast]]
    pipeline, tokenizer, ner = throughput.totals(results)
    assert (pipeline.words, pipeline.seconds, ner.words, ner.seconds) == (1_000_000, 5.0, 50_000, 5.0)
    text = throughput.report([pipeline, tokenizer, ner], [], 60.0, slices=results)
    assert "| 1 | 1 | 3.0 | 125,000 | 500,000 | 6,250 | 25.0% | 20.0× |" in text
    assert "| 1 | 2 | 3.0 | 500,000 | 1,000,000 | 25,000 | 50.0% | 20.0× |" in text
    assert "20.0× to 20.0× the NER (median 20.0×)" in text
    goals = text.split("## Goals")[1]
    assert "| 30.0% | yes |" in goals and "| 20.0× | yes |" in goals


def test_the_matcher_floor_is_reported_apart_from_the_goals(throughput):
    pipeline = measurement(throughput, "pipeline", 1_000_000, 5.0)  # 200,000 words/s
    tokenizer = measurement(throughput, "tokenizer", 1_000_000, 1.0)  # 1,000,000 words/s
    ner = measurement(throughput, "ner", 50_000, 5.0, files=1)
    matcher = measurement(throughput, "matcher", 1_000_000, 4.0)  # 250,000 words/s
    results = [[[pipeline, tokenizer, ner, matcher]]]
    assert [m.kind for m in throughput.totals(results)] == ["pipeline", "tokenizer", "ner", "matcher"]
    text = throughput.report(throughput.totals(results), [], 60.0, slices=results)
    goals = text.split("## Goals")[1]
    assert "ran at 25.0% of the tokenizer's words/s; the pipeline at 80.0% of that." in goals
    assert "| 20.0% | **no** |" in goals and "| 1 | 1 | 6.0 | 200,000 | 1,000,000 | 10,000 | 20.0% | 20.0× |" in text


def test_the_matcher_floor_finds_gazetteer_names(throughput, tmp_path):
    (tmp_path / "a.txt").write_text("Hefei will build a new energy vehicle cluster in Anhui.", encoding="utf-8")
    detail, seconds = throughput.load_matcher_timer()([tmp_path / "a.txt"], tmp_path)
    assert detail.endswith(": 3 names") and seconds > 0


def test_totals_add_up_what_the_pipeline_found(throughput):
    turns = [[[throughput.Measurement("pipeline", "run_folder, jobs=1", 2, 10, 100, 1.0, 2.0, 300.0 + i, 7, 3),
               measurement(throughput, "tokenizer", 100, 0.1), measurement(throughput, "ner", 10, 1.0)]
              for i in range(3)]]
    pipeline = throughput.totals(turns)[0]
    assert (pipeline.files, pipeline.words, pipeline.mentions, pipeline.facts) == (6, 300, 21, 9)
    assert (pipeline.startup_seconds, pipeline.peak_rss_mb) == (2.0, 302.0)


def test_slices_are_consecutive_runs_of_files_of_about_equal_size(throughput, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    sizes = [300, 100, 100, 100, 200, 200, 100, 100]
    for index, size in enumerate(sizes):
        (corpus / f"{index:03d}.txt").write_text("word " * (size // 5), encoding="utf-8")
    slices = throughput.split_corpus(corpus, tmp_path / "slices", 4)
    names = [sorted(p.name for p in folder.iterdir()) for folder in slices]
    assert sum(names, []) == sorted(p.name for p in corpus.iterdir())  # every file once, in order
    assert [sum(sizes[int(n[:3])] for n in group) for group in names] == [300, 300, 400, 200]


def test_a_worker_times_each_corpus_it_is_sent(throughput, tmp_path):
    """The real protocol: a subprocess loads spaCy's tokenizer once and answers two requests."""
    for name, text in (("a", "Hefei will build a cluster. " * 50), ("b", "Wuhan and Xiangyang. " * 10)):
        (tmp_path / name).mkdir()
        (tmp_path / name / "doc.txt").write_text(text, encoding="utf-8")
    worker = throughput.Worker("tokenizer")
    try:
        first, second = worker.measure(tmp_path / "a"), worker.measure(tmp_path / "b")
    finally:
        worker.close()
    assert (first.kind, first.files, first.words, second.words) == ("tokenizer", 1, 250, 30)
    assert first.seconds > 0 and first.startup_seconds == second.startup_seconds
    assert "tokens" in first.detail and worker.process.returncode == 0
