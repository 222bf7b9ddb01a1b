"""The `run` job: every document under a folder → Parquet tables, in bounded memory.

`process_path` is the one per-document function (read → tag → normalise → extract); the local
engine maps it in this process or a process pool, the Dask engine on a cluster. Documents whose
result is in the cache (`policyextract.cache`) are not processed again. Results come back in
document order and are written in row groups as they arrive.
"""

from __future__ import annotations

import gc
import inspect
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from .cache import ResultCache, Slot, pipeline_version
from .facts import extract_facts
from .gazetteer import load_gazetteer
from .model import DocumentError, DocumentResult, RunSummary, SourceDocument
from .nlp.pipeline import load_pipeline, tag_document
from .profile import horizon_years, issuers, plan_period_end
from .progress import RunProgress, progress_wanted, run_progress
from .read import DEFAULT_MAX_BYTES, ReadError, iter_input_files, read_document
from .write import (
    COLUMN_BUILDERS,
    PER_DOCUMENT_TABLES,
    TableWriter,
    columns_table,
    errors_rows,
    to_table,
    write_dimensions,
    write_table,
)

DEFAULT_OUT = Path("data/out")
BATCH_SIZE = 64
GC_YOUNG_THRESHOLD = 50_000  # allocations between young-generation collections during a run (default 700)

Outcome = DocumentResult | DocumentError


def process_document(source: SourceDocument) -> DocumentResult:
    """Tag, normalise and extract one document that has already been read."""
    tagged = tag_document(source, load_pipeline())
    facts = extract_facts(tagged)
    return DocumentResult(
        source=source,
        issuers=issuers(tagged),
        horizon_years=horizon_years(tagged),
        mentions=tagged.mentions,
        facts=facts,
        plan_period_end=plan_period_end(tagged),
    )


def process_path(path: Path, root: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Outcome:
    """Read and process one file; any failure becomes a DocumentError naming the stage (the
    document's name is worked out only then: a successful read names it already)."""
    try:
        source = read_document(path, root, max_bytes=max_bytes)
    except ReadError as exc:
        return DocumentError(relative_name(path, root), "read", exc.error_type, exc.message)
    except Exception as exc:  # a reader bug must not stop a run over thousands of files
        return DocumentError(relative_name(path, root), "read", type(exc).__name__, str(exc))
    try:
        return process_document(source)
    except Exception as exc:
        return DocumentError(relative_name(path, root), "extract", type(exc).__name__, str(exc))


def relative_name(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.name


def list_inputs(input_path: Path, exclude: tuple[Path, ...] = ()) -> tuple[Path, list[Path], list[DocumentError]]:
    """The root documents are named relative to, the files to process in order, and listing errors."""
    root = input_path if input_path.is_dir() else input_path.parent
    paths, errors = [], []
    for entry in iter_input_files(input_path, exclude=exclude):
        if isinstance(entry, ReadError):
            errors.append(DocumentError(entry.path, "read", entry.error_type, entry.message))
        else:
            paths.append(entry)
    paths.sort(key=lambda p: relative_name(p, root))
    return root, paths, errors


def map_local(paths: list[Path], root: Path, jobs: int, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Outcome]:
    """In order, in this process or a pool of `jobs` worker processes."""
    if jobs <= 1 or len(paths) <= 1:
        for path in paths:
            yield process_path(path, root, max_bytes)
        return
    import multiprocessing as mp

    load_pipeline()  # built once in the parent; forked workers inherit it
    context = mp.get_context("fork")
    with context.Pool(jobs) as pool:
        yield from pool.imap(_process_path_args, [(p, root, max_bytes) for p in paths], chunksize=4)


def _process_path_args(args: tuple[Path, Path, int]) -> Outcome:
    return process_path(*args)


@dataclass
class _Tally:
    """Counts for the RunSummary, kept as outcomes stream past."""

    n_processed: int = 0
    n_cached: int = 0
    n_facts: int = 0
    errors: list[DocumentError] = field(default_factory=list)


def run_folder(
    input_path: Path | str,
    out_dir: Path | str = DEFAULT_OUT,
    *,
    jobs: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    batch_size: int = BATCH_SIZE,
    on_error: Callable[[DocumentError], None] | None = None,
    force: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: bool | None = None,
) -> RunSummary:
    """Process every document under `input_path` and write all tables to `out_dir`.

    Unchanged documents come from `out_dir/.cache` unless `force`; `progress` None means a bar
    only on a terminal.
    """
    input_path, out_dir = Path(input_path), Path(out_dir)
    if not input_path.exists():
        raise FileNotFoundError(f"{input_path}: no such file or folder")
    mapper = _engine(engine)
    report = on_error or _print_error
    root, paths, listing_errors = list_inputs(input_path, exclude=(out_dir,))
    tally = _Tally(errors=listing_errors)
    for error in listing_errors:
        report(error)
    cache = ResultCache(out_dir, pipeline_version(), force=force, max_bytes=max_bytes, pack_entries=batch_size)
    slots = [cache.slot(relative_name(path, root), path) for path in paths]
    fresh = mapper([p for p, s in zip(paths, slots) if not s.hit], root, jobs, scheduler, max_bytes)
    if engine == "local" and not all(slot.hit for slot in slots):
        load_pipeline()  # before the collector is told to leave the objects alive now alone
    try:
        with run_progress(len(paths), progress_wanted(progress, len(paths))) as bar, _fewer_collections():
            outcomes = ordered_outcomes(paths, slots, fresh, cache, root, max_bytes)
            results = settle(outcomes, cache, tally, report, bar)
            write_tables(results, out_dir, batch_size, tally)
    except BaseException:
        cache.save(complete=False)
        raise
    cache.save(complete=True)
    return RunSummary(
        out_dir=str(out_dir),
        n_documents=len(paths),
        n_processed=tally.n_processed,
        n_cached=tally.n_cached,
        n_facts=tally.n_facts,
        errors=tuple(tally.errors),
    )


@contextmanager
def _fewer_collections() -> Iterator[None]:
    """Run the cyclic garbage collector less often while documents stream through.

    Tagging and extraction allocate container objects by the million and results (frozen
    dataclasses) pile up until their batch is written, so with Python's default young-generation
    threshold (700 allocations) the collector fired thousands of times per run and repeatedly
    walked the spaCy pipeline and the gazetteer in full collections: about a sixth of a run's
    time. Collecting every `GC_YOUNG_THRESHOLD` allocations instead costs next to nothing and
    leaves no more garbage waiting than a few documents make. The caller's setting comes back
    afterwards; a collector set off (threshold 0) or already tuned higher is left alone.

    Objects alive when the run starts (the pipeline, the gazetteer, the caller's own) nearly all
    outlive it, so they are kept out of the collector's sight for the run (`gc.freeze`) and given
    back to it afterwards: the full collections a long run still makes skip them. Any the run lets
    go of are freed by reference counting as usual, or, if in a cycle, once given back. A caller who
    has frozen objects already is left as they are.
    """
    old = gc.get_threshold()
    if old[0] == 0:
        yield
        return
    if old[0] < GC_YOUNG_THRESHOLD:
        gc.set_threshold(GC_YOUNG_THRESHOLD, *old[1:])
    freeze = gc.get_freeze_count() == 0  # a caller who froze objects of their own keeps them frozen
    if freeze:
        gc.freeze()
    try:
        yield
    finally:
        if freeze:
            gc.unfreeze()
        gc.set_threshold(*old)


def ordered_outcomes(
    paths: list[Path], slots: list[Slot], fresh: Iterable[Outcome], cache: ResultCache, root: Path, max_bytes: int
) -> Iterator[tuple[Slot, Outcome, bool]]:
    """Cached and freshly processed outcomes merged back into input order, flagged `from_cache`."""
    fresh = iter(fresh)
    for path, slot in zip(paths, slots):
        if not slot.hit:
            yield slot, next(fresh), False
            continue
        cached = cache.load(slot)
        if cached is None:  # a damaged entry: redo that document here
            yield slot, process_path(path, root, max_bytes), False
        else:
            yield slot, cached, True


def settle(
    outcomes: Iterable[tuple[Slot, Outcome, bool]],
    cache: ResultCache,
    tally: _Tally,
    report: Callable[[DocumentError], None],
    bar: RunProgress,
) -> Iterator[DocumentResult]:
    """Per document as it arrives: cache new results, report errors, count, advance the bar."""
    for slot, outcome, from_cache in outcomes:
        failed = isinstance(outcome, DocumentError)
        if failed:
            tally.errors.append(outcome)
            report(outcome)
        elif from_cache:
            tally.n_cached += 1
        else:
            cache.store(slot, outcome)
            tally.n_processed += 1
        bar.advance(error=failed)
        if not failed:
            tally.n_facts += len(outcome.facts)
            yield outcome


def write_tables(results: Iterable[DocumentResult], out_dir: Path, batch_size: int, tally: _Tally) -> None:
    """Stream results into the per-document tables in batches; rename them into place only when all is written."""
    writers = {name: TableWriter(name, out_dir) for name in PER_DOCUMENT_TABLES}
    try:
        for batch in _batched(results, batch_size):
            for name, writer in writers.items():
                writer.write(columns_table(name, COLUMN_BUILDERS[name](batch)))
        write_table(to_table("errors", errors_rows(tally.errors)), out_dir / "errors.parquet")
        write_dimensions(load_gazetteer(), out_dir)
    except BaseException:
        for writer in writers.values():
            writer.abort()
        raise
    for writer in writers.values():
        writer.commit()


Mapper = Callable[..., Iterable[Outcome]]  # (paths, root, jobs, scheduler, max_bytes) -> outcomes in input order


def _engine(name: str) -> Mapper:
    if name == "local":
        return lambda paths, root, jobs, scheduler, max_bytes: map_local(paths, root, jobs, max_bytes)
    if name == "dask":
        return _dask_mapper()
    raise ValueError(f"unknown engine {name!r}: use 'local' or 'dask'")


def _dask_mapper() -> Mapper:
    """`map_dask`, passing the size limit on when the engine takes one."""
    from .dask_engine import map_dask

    takes_limit = "max_bytes" in inspect.signature(map_dask).parameters

    def mapper(paths, root, jobs, scheduler, max_bytes):
        if takes_limit:
            return map_dask(paths, root, jobs=jobs, scheduler=scheduler, max_bytes=max_bytes)
        if max_bytes != DEFAULT_MAX_BYTES:
            raise ValueError("the dask engine does not take a size limit yet: leave --max-bytes at its default")
        return map_dask(paths, root, jobs=jobs, scheduler=scheduler)

    return mapper


def _batched(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def _print_error(error: DocumentError) -> None:
    print(f"error: {error.document}: {error.message} ({error.error_type}, {error.stage})", file=sys.stderr)
