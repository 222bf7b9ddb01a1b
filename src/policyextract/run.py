"""The `run` job: every document under a folder → Parquet tables, in bounded memory.

`process_path` is the one per-document function (read → tag → normalise → extract); the local
engine maps it in this process or a process pool, the Dask engine on a cluster. Results come back
in document order and are written in row groups as they arrive.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from pathlib import Path

from .facts import extract_facts
from .gazetteer import load_gazetteer
from .model import DocumentError, DocumentResult, RunSummary, SourceDocument
from .nlp.pipeline import load_pipeline, tag_document
from .profile import horizon_years, issuers
from .read import ReadError, iter_input_files, read_document
from .write import PER_DOCUMENT_TABLES, ROW_BUILDERS, TableWriter, errors_rows, to_table, write_dimensions, write_table

DEFAULT_OUT = Path("data/out")
BATCH_SIZE = 64

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
    )


def process_path(path: Path, root: Path) -> Outcome:
    """Read and process one file; any failure becomes a DocumentError naming the stage."""
    document = relative_name(path, root)
    try:
        source = read_document(path, root)
    except ReadError as exc:
        return DocumentError(document, "read", exc.error_type, exc.message)
    except Exception as exc:  # a reader bug must not stop a run over thousands of files
        return DocumentError(document, "read", type(exc).__name__, str(exc))
    try:
        return process_document(source)
    except Exception as exc:
        return DocumentError(document, "extract", type(exc).__name__, str(exc))


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


def map_local(paths: list[Path], root: Path, jobs: int) -> Iterator[Outcome]:
    """In order, in this process or a pool of `jobs` worker processes."""
    if jobs <= 1 or len(paths) <= 1:
        for path in paths:
            yield process_path(path, root)
        return
    import multiprocessing as mp

    load_pipeline()  # built once in the parent; forked workers inherit it
    context = mp.get_context("fork")
    with context.Pool(jobs) as pool:
        yield from pool.imap(_process_path_args, [(p, root) for p in paths], chunksize=4)


def _process_path_args(args: tuple[Path, Path]) -> Outcome:
    return process_path(*args)


def run_folder(
    input_path: Path | str,
    out_dir: Path | str = DEFAULT_OUT,
    *,
    jobs: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    batch_size: int = BATCH_SIZE,
    on_error: Callable[[DocumentError], None] | None = None,
) -> RunSummary:
    """Process every document under `input_path` and write all tables to `out_dir`."""
    input_path, out_dir = Path(input_path), Path(out_dir)
    if not input_path.exists():
        raise FileNotFoundError(f"{input_path}: no such file or folder")
    report = on_error or _print_error
    root, paths, errors = list_inputs(input_path, exclude=(out_dir,))
    for error in errors:
        report(error)
    outcomes = _engine(engine)(paths, root, jobs=jobs, scheduler=scheduler)
    writers = {name: TableWriter(name, out_dir) for name in PER_DOCUMENT_TABLES}
    n_processed = n_facts = 0
    try:
        for batch in _batched(outcomes, batch_size):
            results = [o for o in batch if isinstance(o, DocumentResult)]
            for error in (o for o in batch if isinstance(o, DocumentError)):
                errors.append(error)
                report(error)
            for name, writer in writers.items():
                writer.write(to_table(name, ROW_BUILDERS[name](results)))
            n_processed += len(results)
            n_facts += sum(len(r.facts) for r in results)
        write_table(to_table("errors", errors_rows(errors)), out_dir / "errors.parquet")
        write_dimensions(load_gazetteer(), out_dir)
    except BaseException:
        for writer in writers.values():
            writer.abort()
        raise
    for writer in writers.values():
        writer.commit()
    return RunSummary(
        out_dir=str(out_dir),
        n_documents=len(paths),
        n_processed=n_processed,
        n_cached=0,
        n_facts=n_facts,
        errors=tuple(errors),
    )


def _engine(name: str):
    if name == "local":
        return lambda paths, root, jobs, scheduler: map_local(paths, root, jobs)
    if name == "dask":
        from .dask_engine import map_dask

        return lambda paths, root, jobs, scheduler: map_dask(paths, root, jobs=jobs, scheduler=scheduler)
    raise ValueError(f"unknown engine {name!r}: use 'local' or 'dask'")


def _batched(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def _print_error(error: DocumentError) -> None:
    print(f"error: {error.document}: {error.message} ({error.error_type}, {error.stage})", file=sys.stderr)
