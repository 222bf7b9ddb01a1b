"""read_document: one file → SourceDocument, choosing the reader by content and extension."""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path
from typing import BinaryIO

from policyextract.model import SourceDocument
from policyextract.read.common import Extracted, ReadError, read_error_from_os
from policyextract.read.docx import read_docx
from policyextract.read.html import read_html
from policyextract.read.pdf import read_pdf
from policyextract.read.sniff import binary_format, declared_charset, looks_like_html
from policyextract.read.text import decode_text, text_document

DEFAULT_MAX_BYTES = 50_000_000


def read_document(path: Path, root: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> SourceDocument:
    """Read `path` (below input `root`) into a SourceDocument; raises ReadError on bad input."""
    path = Path(path)
    document = document_name(path, Path(root))
    data = read_bytes(path, document, max_bytes)
    extracted, source_format = extract(data, path.suffix.lower(), document)
    if not extracted.text.strip():
        raise ReadError(document, "empty", "no text (only whitespace)")
    return SourceDocument(
        document=document,
        text=extracted.text,
        sha256=hashlib.sha256(extracted.text.encode("utf-8")).hexdigest(),
        title=extracted.title,
        published=extracted.published,
        source_format=source_format,
    )


def document_name(path: Path, root: Path) -> str:
    """Path relative to the input folder with forward slashes; the file name for a single-file input.

    No stat of `root` is needed to tell the two apart: a file root has nothing below it, so any
    other path is not relative to it and falls back to its name as well.
    """
    if path == root:
        return path.name
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.name


def read_bytes(path: Path, document: str, max_bytes: int) -> bytes:
    """The file's bytes, checking existence, type and size before reading any of it."""
    try:
        info = os.stat(path)
    except OSError as error:
        raise read_error_from_os(document, error) from None
    if not stat.S_ISREG(info.st_mode):
        kind = "a folder" if stat.S_ISDIR(info.st_mode) else "not a regular file"
        raise ReadError(document, "unsupported", f"cannot read {kind}")
    if info.st_size == 0:
        raise ReadError(document, "empty", "empty file")
    if info.st_size > max_bytes:
        raise ReadError(document, "too_large", f"{info.st_size} bytes is over the {max_bytes}-byte limit")
    try:
        with open(path, "rb") as handle:
            data = read_limited(handle, info.st_size, max_bytes)
    except OSError as error:
        raise read_error_from_os(document, error) from None
    if len(data) > max_bytes:
        raise ReadError(document, "too_large", f"over the {max_bytes}-byte limit")
    if not data:
        raise ReadError(document, "empty", "empty file")
    return data


def read_limited(handle: BinaryIO, expected: int, max_bytes: int) -> bytes:
    """Up to `max_bytes + 1` bytes, asking first for the size stat gave: a read of `max_bytes + 1`
    up front makes Python allocate (and give back) that much memory for every small file."""
    data = handle.read(min(expected, max_bytes) + 1)
    if len(data) > expected:  # the file grew since stat: read on to the limit as before
        data += handle.read(max_bytes + 1 - len(data))
    return data


def extract(data: bytes, suffix: str, document: str) -> tuple[Extracted, str]:
    """Dispatch to the PDF, DOCX, HTML or text reader; returns the result and the format name."""
    kind = binary_format(data, suffix, document)
    if kind == "pdf":
        return read_pdf(data, document), "pdf"
    if kind == "docx":
        return read_docx(data, document), "docx"
    text = decode_text(data, document, declared=declared_charset(data))
    if not text.strip():
        raise ReadError(document, "empty", "no text (only whitespace)")
    if looks_like_html(text, suffix):
        return read_html(text, document), "html"
    return text_document(text), "text"
