"""The Dask engine: run `process_path` on a Dask cluster and hand results back in input order.

Workers read the files themselves, so every path must be readable on every worker (on a remote
cluster: a shared filesystem mounted at the same path, and the same gazetteer and pipeline files).
At most `window` documents are in flight at once, so memory stays bounded on huge corpora.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from .model import DocumentError, DocumentResult
from .read import DEFAULT_MAX_BYTES
from .run import process_path, relative_name

Outcome = DocumentResult | DocumentError

IN_FLIGHT_PER_THREAD = 4
CONNECT_TIMEOUT = "20s"


class SchedulerUnavailable(ValueError):
    """The scheduler address cannot be reached; a ValueError so the CLI reports it as a usage error."""


def map_dask(
    paths: list[Path],
    root: Path,
    *,
    jobs: int = 1,
    scheduler: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    window: int | None = None,
) -> Iterator[Outcome]:
    """Process `paths` on the cluster at `scheduler` (else a local one with `jobs` workers), in order."""
    if not paths:
        return
    with dask_client(scheduler, jobs) as client:
        limit = window or in_flight_limit(client)
        yield from ordered_results(client, ((path, root, max_bytes) for path in paths), limit)


@contextmanager
def dask_client(scheduler: str | None, jobs: int):
    """A client for the given scheduler, or for a local cluster this call starts and stops.

    The local cluster binds its HTTP endpoint to a free port and serves no dashboard, so runs
    side by side never fight over port 8787.
    """
    from distributed import Client, LocalCluster

    if scheduler:
        client = _connect(Client, scheduler)
        try:
            yield client
        finally:
            client.close()
        return
    cluster = LocalCluster(
        n_workers=max(jobs, 1),
        threads_per_worker=1,
        processes=True,
        dashboard_address=":0",
        scheduler_kwargs={"dashboard": False},
        silence_logs=logging.ERROR,
    )
    try:
        with Client(cluster) as client:
            yield client
    finally:
        cluster.close()


def _connect(client_class, address: str):
    try:
        return client_class(address, timeout=CONNECT_TIMEOUT)
    except (OSError, TimeoutError) as exc:
        raise SchedulerUnavailable(f"cannot reach Dask scheduler at {address}: {exc}") from exc


def in_flight_limit(client) -> int:
    """Enough queued work to keep every worker thread busy, small enough to bound memory."""
    threads = sum(client.nthreads().values()) or 1
    return IN_FLIGHT_PER_THREAD * threads


def ordered_results(client, tasks: Iterable[tuple], limit: int) -> Iterator[Outcome]:
    """Keep up to `limit` futures queued; yield the oldest when it finishes, then submit the next.

    Each task is the argument tuple of one `process_path` call.
    """
    pending: deque = deque()
    for args in tasks:
        pending.append((args, _submit(client, args)))
        if len(pending) >= limit:
            args, future = pending.popleft()
            yield _outcome(future, args)
    while pending:
        args, future = pending.popleft()
        yield _outcome(future, args)


def _submit(client, args: tuple):
    return client.submit(process_path, *args, pure=False)


def _outcome(future, args: tuple) -> Outcome:
    """The worker's result; a task that died (worker killed, unpicklable result) becomes an error row."""
    path, root = args[0], args[1]
    try:
        return future.result()
    except Exception as exc:
        return DocumentError(relative_name(path, root), "extract", type(exc).__name__, str(exc))
    finally:
        future.release()
