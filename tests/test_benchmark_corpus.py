"""The benchmark corpus is deterministic, big enough, and never repeats a paragraph."""

import importlib.util
import sys
from collections import Counter
from pathlib import Path

import pytest

CORPUS_MODULE = Path(__file__).resolve().parents[1] / "benchmarks" / "corpus.py"
SIZE_MB = 0.2


def load_corpus_module():
    spec = importlib.util.spec_from_file_location("benchmark_corpus", CORPUS_MODULE)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being created
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def corpus():
    return load_corpus_module()


@pytest.fixture(scope="module")
def written(corpus, tmp_path_factory):
    first, second = tmp_path_factory.mktemp("first"), tmp_path_factory.mktemp("second")
    return first, corpus.write_corpus(first, SIZE_MB, seed=3), second, corpus.write_corpus(second, SIZE_MB, seed=3)


def file_contents(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.glob("*.txt"))}


def test_same_seed_same_corpus(written):
    first, first_stats, second, second_stats = written
    assert first_stats == second_stats
    assert file_contents(first) == file_contents(second)


def test_other_seed_other_corpus(corpus, written, tmp_path):
    first = written[0]
    corpus.write_corpus(tmp_path, SIZE_MB, seed=4)
    assert file_contents(tmp_path) != file_contents(first)


def test_reaches_requested_size_in_many_small_files(corpus, written):
    folder, stats = written[0], written[1]
    sizes = [len(data) for data in file_contents(folder).values()]
    assert stats.n_bytes == sum(sizes) >= SIZE_MB * 1_000_000
    assert stats.n_files == len(sizes) > 5
    generated = sizes[len(corpus.read_seed_texts(corpus.DEFAULT_SEEDS)):]
    assert all(size < corpus.MAX_FILE_BYTES + 2_000 for size in generated)


def test_no_paragraph_repeats_verbatim(corpus, written):
    folder = written[0]
    paragraphs = Counter(p for data in file_contents(folder).values() for p in corpus.split_paragraphs(data.decode()))
    repeated = [p for p, n in paragraphs.items() if n > 1]
    assert not repeated, repeated[:3]


def test_mutated_seed_paragraph_keeps_the_wording_and_swaps_names(corpus):
    vocabulary = corpus.Vocabulary(provinces=("Anhui", "Hunan"), cities=("Hefei", "Wuhu"), sectors=("robotics", "textiles"),
                                   regions=(), agencies=())
    seed = "Hefei will build a robotics cluster by 2025, and Anhui will lead it."
    writer = corpus.PlanWriter(vocabulary, [seed], seed=1)
    variants = {writer.mutated_seed_paragraph() for _ in range(40)}
    assert len(variants) > 10
    for variant in variants:
        words = variant.replace(",", "").rstrip(".").split()
        assert words[0] in ("Hefei", "Wuhu") and words[4] in ("robotics", "textiles") and words[9] in ("Anhui", "Hunan")
        assert words[1:4] == ["will", "build", "a"] and 2015 <= int(words[7]) <= 2035


def test_text_names_gazetteer_places_and_sectors(written):
    text = " ".join(data.decode() for data in file_contents(written[0]).values())
    assert " will " in text and "industrial cluster" in text and "As of the end of" in text


def test_text_is_plan_like_with_general_measures_and_safeguards(corpus, written):
    text = " ".join(data.decode() for data in file_contents(written[0]).values())
    assert "Give full play to" in text and "so as to" in text and "\n\n(1) " in text
    assert any(heading in text for heading in corpus._SAFEGUARD_HEADINGS)


def test_generated_documents_are_5_to_20_kb(corpus, written):
    sizes = [len(data) for data in file_contents(written[0]).values()]
    generated = sizes[len(corpus.read_seed_texts(corpus.DEFAULT_SEEDS)):]
    assert all(corpus.MIN_FILE_BYTES <= size < corpus.MAX_FILE_BYTES + 2_000 for size in generated)


def density(folder: Path, out: Path) -> tuple[float, float]:
    """(mentions, facts) per 1,000 words the pipeline finds in the .txt files of `folder`."""
    import pyarrow.parquet as pq

    from policyextract.run import run_folder

    words = sum(len(path.read_text(encoding="utf-8").split()) for path in folder.glob("*.txt"))
    summary = run_folder(folder, out, on_error=lambda error: None, progress=False)
    mentions = pq.ParquetFile(out / "mentions.parquet").metadata.num_rows
    return 1000 * mentions / words, 1000 * summary.n_facts / words


def test_density_of_names_is_close_to_the_sample_documents(corpus, written, tmp_path):
    """Calibrated to ±15% on 2 MB and 20 MB (the benchmark reports it); a small corpus varies more."""
    seeds = density(corpus.DEFAULT_SEEDS, tmp_path / "seeds")
    generated = density(written[0], tmp_path / "corpus")
    for found, expected in zip(generated, seeds):
        assert 0.75 * expected <= found <= 1.25 * expected, (generated, seeds)
