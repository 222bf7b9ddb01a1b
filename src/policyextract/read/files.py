"""iter_input_files: every regular file below an input folder, in a fixed order, loops reported."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

from policyextract.read.common import ReadError, read_error_from_os

OFFICE_LOCK_PREFIX = "~$"


def iter_input_files(
    input_path: Path, *, exclude: Iterable[Path] = ()
) -> Iterator[Path | ReadError]:
    """A folder: its regular files depth-first in name order; a file: that file.

    Hidden files and folders, Office lock files (~$x.docx) and the `exclude` folders (such as
    an output folder inside the input) are skipped. Symbolic links are followed; a link back
    to an enclosing folder is reported as ReadError("symlink_loop") instead of being walked.
    """
    input_path = Path(input_path)
    try:
        info = os.stat(input_path)
    except OSError as error:
        yield read_error_from_os(input_path.name or str(input_path), error)
        return
    if not stat.S_ISDIR(info.st_mode):
        yield input_path
        return
    excluded = {_identity_of(path) for path in exclude} - {None}
    ancestors = {(info.st_dev, info.st_ino)}
    visited: set[tuple[int, int]] = set(ancestors)
    yield from _walk(input_path, input_path, ancestors, visited, excluded)


def _walk(
    folder: Path,
    root: Path,
    ancestors: set[tuple[int, int]],
    visited: set[tuple[int, int]],
    excluded: set[tuple[int, int]],
) -> Iterator[Path | ReadError]:
    """Depth-first walk; `ancestors` are the folders on the current path, `visited` all walked."""
    try:
        names = sorted(os.listdir(folder))
    except OSError as error:
        yield read_error_from_os(_relative(folder, root), error)
        return
    for name in names:
        if _is_skipped_name(name):
            continue
        path = folder / name
        try:
            info = os.stat(path)
        except OSError as error:
            yield read_error_from_os(_relative(path, root), error)
            continue
        identity = (info.st_dev, info.st_ino)
        if stat.S_ISDIR(info.st_mode):
            if identity in ancestors:
                yield ReadError(
                    _relative(path, root), "symlink_loop", "symbolic link loop: points back to an enclosing folder"
                )
            elif identity not in visited and identity not in excluded:
                visited.add(identity)
                yield from _walk(path, root, ancestors | {identity}, visited, excluded)
        elif stat.S_ISREG(info.st_mode):
            yield path


def _is_skipped_name(name: str) -> bool:
    """Hidden entries (.git, .DS_Store) and Office lock files are never documents."""
    return name.startswith(".") or name.startswith(OFFICE_LOCK_PREFIX)


def _identity_of(path: Path) -> tuple[int, int] | None:
    """(device, inode) of an existing path, so an excluded folder matches however it is spelt."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return (info.st_dev, info.st_ino)


def _relative(path: Path, root: Path) -> str:
    """Forward-slash path relative to the input folder, as errors name documents."""
    return path.relative_to(root).as_posix()
