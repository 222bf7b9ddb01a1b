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


def test_goals_take_each_contenders_fastest_round_and_every_round_is_shown(throughput):
    rounds = [
        [measurement(throughput, "pipeline", 1_000_000, 6.0), measurement(throughput, "tokenizer", 1_000_000, 1.0),
         measurement(throughput, "ner", 50_000, 4.0, files=1)],
        [measurement(throughput, "pipeline", 1_000_000, 5.0), measurement(throughput, "tokenizer", 1_000_000, 1.25),
         measurement(throughput, "ner", 50_000, 5.0, files=1)],
    ]
    best = throughput.fastest(rounds)
    assert [m.seconds for m in best] == [5.0, 1.0, 4.0]
    text = throughput.report(best, [], 60.0, rounds=rounds)
    assert "| 1 | 166,667 | 1,000,000 | 12,500 | 16.7% | 13.3× |" in text
    assert "| 2 | 200,000 | 800,000 | 10,000 | 25.0% | 20.0× |" in text
    goals = text.split("## Goals")[1]
    assert "| 20.0% | **no** |" in goals and "| 16.0× | **no** |" in goals
