"""PDF reader: the text layer via pypdf, with hard-wrapped lines joined back into paragraphs."""

from __future__ import annotations

import io
import logging
import re
from contextlib import contextmanager
from collections.abc import Iterator

from pypdf import PdfReader
from pypdf.errors import DependencyError, FileNotDecryptedError, PyPdfError

from policyextract.read.common import Extracted, ReadError, tidy_extracted_text
from policyextract.read.metadata import find_published, guess_title, is_generic_title, iso_date

FULL_LINE_SHARE = 0.75
_SENTENCE_END = re.compile(r"[.!?:;。！？：；]['\"”’)]?$")


def read_pdf(data: bytes, document: str) -> Extracted:
    """Text of every page (blank line between pages), title and date; raises pdf_* ReadErrors."""
    reader = _open_pdf(data, document)
    try:
        with _quiet_pypdf():
            pages = [page.extract_text() or "" for page in reader.pages]
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError, ZeroDivisionError, RecursionError) as error:
        raise ReadError(document, "pdf_corrupt", f"corrupt PDF: {_describe(error)}") from None
    text = tidy_extracted_text("\n\n".join(reflow_page(page) for page in pages))
    if not text.strip():
        raise ReadError(document, "pdf_no_text", "no text layer (scanned PDF?)")
    title, created = _pdf_metadata(reader)
    return Extracted(
        text=text,
        title=title or guess_title(text),
        published=find_published(text) or created,
    )


def _open_pdf(data: bytes, document: str) -> PdfReader:
    """Parse the file; a missing %%EOF, a broken xref or a password makes it unreadable."""
    if b"%%EOF" not in data[-2048:]:
        raise ReadError(document, "pdf_corrupt", "corrupt PDF: truncated (no %%EOF marker)")
    try:
        with _quiet_pypdf():
            reader = PdfReader(io.BytesIO(data), strict=False)
            if reader.is_encrypted:
                reader.decrypt("")
            _ = len(reader.pages)
    except (FileNotDecryptedError, DependencyError):
        raise ReadError(document, "unsupported", "encrypted PDF: cannot read its text") from None
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError) as error:
        raise ReadError(document, "pdf_corrupt", f"corrupt PDF: {_describe(error)}") from None
    return reader


def _pdf_metadata(reader: PdfReader) -> tuple[str | None, str | None]:
    """Document-info title (unless generic, like 'Microsoft Word - x.docx') and creation date."""
    try:
        info = reader.metadata
        title = " ".join((info.title or "").split()) if info else ""
        created = iso_date(info.creation_date) if info else None
    except (PyPdfError, ValueError, TypeError, AttributeError):
        return None, None
    if not title or is_generic_title(title):
        title = ""
    return title or None, created


def reflow_page(page_text: str) -> str:
    """Join hard-wrapped lines: a line nearly as long as the page's longest, not ending a sentence,
    continues on the next line; every other line ends a paragraph."""
    lines = [line.strip() for line in page_text.replace("\r", "\n").split("\n")]
    longest = max((len(line) for line in lines), default=0)
    paragraphs: list[str] = []
    current = ""
    for line in lines:
        if not line:
            paragraphs.append(current)
            current = ""
            continue
        current = f"{current} {line}" if current and not current.endswith("-") else current + line
        if len(line) < FULL_LINE_SHARE * longest or _SENTENCE_END.search(line) and len(line) < longest:
            paragraphs.append(current)
            current = ""
    paragraphs.append(current)
    return "\n\n".join(paragraph for paragraph in paragraphs if paragraph)


@contextmanager
def _quiet_pypdf() -> Iterator[None]:
    """pypdf logs warnings about damaged files; they become ReadErrors here, not log noise."""
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.ERROR + 10)
    try:
        yield
    finally:
        logger.setLevel(level)


def _describe(error: BaseException) -> str:
    """The exception's message, or its class name when it has none."""
    return str(error).strip() or type(error).__name__
