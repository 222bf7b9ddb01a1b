"""PDF reader: the text layer via pypdf, with hard-wrapped lines joined back into paragraphs."""

from __future__ import annotations

import io
import logging
import re
from contextlib import contextmanager
from collections.abc import Iterator

from pypdf import PdfReader
from pypdf.errors import DependencyError, FileNotDecryptedError

from policyextract.read.common import Extracted, ReadError, describe_error, tidy_extracted_text
from policyextract.read.metadata import find_published, guess_title, is_generic_title, iso_date

FULL_LINE_SHARE = 0.75
_CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]")


def read_pdf(data: bytes, document: str) -> Extracted:
    """Text of every page (blank line between pages), title and date; raises pdf_* ReadErrors."""
    reader = _open_pdf(data, document)
    try:
        with _quiet_pypdf():
            pages = [page.extract_text() or "" for page in reader.pages]
    except Exception as error:  # a malformed file can make pypdf raise almost anything
        raise ReadError(document, "pdf_corrupt", f"corrupt PDF: {describe_error(error)}") from None
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
    except Exception as error:  # a malformed file can make pypdf raise almost anything
        raise ReadError(document, "pdf_corrupt", f"corrupt PDF: {describe_error(error)}") from None
    return reader


def _pdf_metadata(reader: PdfReader) -> tuple[str | None, str | None]:
    """Document-info title (unless generic, like 'Microsoft Word - x.docx') and creation date."""
    try:
        info = reader.metadata
        title = " ".join((info.title or "").split()) if info else ""
        created = iso_date(info.creation_date) if info else None
    except Exception:  # unreadable metadata is no reason to lose the text
        return None, None
    if not title or is_generic_title(title):
        title = ""
    return title or None, created


def reflow_page(page_text: str) -> str:
    """Join hard-wrapped lines into paragraphs: a line nearly as long as the page's longest
    continues on the next line; a shorter line (a paragraph's last, or a heading) ends it."""
    lines = [line.strip() for line in page_text.replace("\r", "\n").split("\n")]
    longest = max((len(line) for line in lines), default=0)
    paragraphs: list[str] = []
    current = ""
    for line in lines:
        if line:
            current = join_wrapped(current, line)
        if not line or len(line) < FULL_LINE_SHARE * longest:
            paragraphs.append(current)
            current = ""
    paragraphs.append(current)
    return "\n\n".join(paragraph for paragraph in paragraphs if paragraph)


def join_wrapped(current: str, line: str) -> str:
    """Append a wrapped line: no space after a hyphen or between two CJK characters."""
    if not current:
        return line
    if current.endswith("-") or (_CJK.match(current[-1]) and _CJK.match(line[0])):
        return current + line
    return f"{current} {line}"


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
