"""A progress bar for runs over many documents: done/total, documents per second, errors so far.

It only appears on a terminal (or when asked for), so tests, pipes and CI logs stay clean.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TextIO

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, ProgressColumn, Task, TextColumn, TimeElapsedColumn
from rich.text import Text

AUTO_MIN_DOCUMENTS = 6


def progress_wanted(requested: bool | None, total: int, stream: TextIO | None = None) -> bool:
    """An explicit choice wins; otherwise show the bar for more than a few documents on a terminal."""
    if requested is not None:
        return requested
    stream = stream if stream is not None else sys.stderr
    return total >= AUTO_MIN_DOCUMENTS and _is_terminal(stream)


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # closed or replaced streams
        return False


class DocumentRate(ProgressColumn):
    """Documents per second over rich's recent-speed window."""

    def render(self, task: Task) -> Text:
        return Text(f"{task.speed or 0.0:.1f} docs/s", style="progress.data.speed")


class RunProgress:
    """What the run loop calls once per document; does nothing when the bar is off."""

    def __init__(self, progress: Progress | None = None, task=None):
        self._progress = progress
        self._task = task
        self.errors = 0

    def advance(self, *, error: bool = False) -> None:
        self.errors += error
        if self._progress is not None:
            self._progress.update(self._task, advance=1, errors=self.errors)


@contextmanager
def run_progress(total: int, enabled: bool) -> Iterator[RunProgress]:
    """A live bar on stderr for the `with` block; error lines printed meanwhile appear above it."""
    if not enabled:
        yield RunProgress()
        return
    columns = (
        TextColumn("documents"),
        BarColumn(),
        MofNCompleteColumn(),
        DocumentRate(),
        TextColumn("errors {task.fields[errors]}"),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=Console(stderr=True)) as progress:
        yield RunProgress(progress, progress.add_task("run", total=total, errors=0))
