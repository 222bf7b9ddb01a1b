"""Shared pieces of the readers: the error every reader raises and what every reader returns."""

from __future__ import annotations

import errno
import re
from dataclasses import dataclass

from policyextract.model import DocumentError

ERROR_TYPES = frozenset(
    {
        "empty",
        "binary",
        "encoding",
        "too_large",
        "permission",
        "symlink_loop",
        "pdf_no_text",
        "pdf_corrupt",
        "docx_corrupt",
        "html_empty",
        "not_found",
        "unsupported",
    }
)


class ReadError(Exception):
    """A file that cannot be turned into text; str() is one line naming the file and the reason."""

    def __init__(self, path: str, error_type: str, message: str):
        if error_type not in ERROR_TYPES:
            raise ValueError(f"unknown read error type: {error_type!r}")
        self.path = path
        self.error_type = error_type
        self.message = " ".join(str(message).split())
        super().__init__(f"{path}: {self.message}")

    def __reduce__(self):
        """Rebuild from the three constructor arguments so errors survive pickling to workers."""
        return (type(self), (self.path, self.error_type, self.message))

    def to_document_error(self) -> DocumentError:
        """The row the run writes into the `errors` table for this file."""
        return DocumentError(
            document=self.path, stage="read", error_type=self.error_type, message=self.message
        )


@dataclass(frozen=True)
class Extracted:
    """What a format reader found: the text plus any title and ISO date the source states."""

    text: str
    title: str | None = None
    published: str | None = None


_BLANK_RUN = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")
_TRAILING_SPACE = re.compile(r"[ \t]+\n")


def normalise_newlines(text: str) -> str:
    """Line endings become "\\n" so offsets and hashes do not depend on the platform that wrote the file.

    Most files have no "\\r" at all: one scan for it is cheaper than two replacements that find nothing.
    """
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def tidy_extracted_text(text: str) -> str:
    """Rebuilt text (HTML, PDF, DOCX): no trailing spaces, at most one blank line between paragraphs."""
    text = normalise_newlines(text).replace("\u00a0", " ")
    text = _TRAILING_SPACE.sub("\n", text)
    text = _BLANK_RUN.sub("\n\n", text)
    return text.strip("\n ") + "\n" if text.strip() else ""


def read_error_from_os(document: str, error: OSError) -> ReadError:
    """Map an OSError met while finding or opening a file to the ReadError kind a user can act on."""
    if isinstance(error, PermissionError):
        return ReadError(document, "permission", "permission denied")
    if error.errno == errno.ELOOP:
        return ReadError(document, "symlink_loop", "symbolic link loop")
    if isinstance(error, FileNotFoundError):
        return ReadError(document, "not_found", "no such file (or a broken symbolic link)")
    return ReadError(document, "unsupported", f"cannot read: {error.strerror or error}")


def describe_error(error: BaseException) -> str:
    """A parser exception's message, or its class name when it has none."""
    return str(error).strip() or type(error).__name__
