"""DOCX reader: body paragraphs and table rows in document order, via python-docx."""

from __future__ import annotations

import io

import docx
from docx.document import Document
from docx.table import Table
from docx.text.paragraph import Paragraph

from policyextract.read.common import Extracted, ReadError, describe_error, tidy_extracted_text
from policyextract.read.metadata import find_published, guess_title, is_generic_title, iso_date

CELL_SEPARATOR = " | "


def read_docx(data: bytes, document: str) -> Extracted:
    """Paragraphs and table rows separated by blank lines; core-property title and created date."""
    word = _open_docx(data, document)
    try:
        blocks = list(_blocks(word))
    except Exception as error:  # malformed XML can break python-docx's proxies anywhere
        raise ReadError(document, "docx_corrupt", f"corrupt DOCX: {describe_error(error)}") from None
    text = tidy_extracted_text("\n\n".join(block for block in blocks if block.strip()))
    if not text.strip():
        raise ReadError(document, "empty", "the DOCX has no text")
    title, created = _core_metadata(word)
    return Extracted(
        text=text,
        title=title or _styled_title(word) or guess_title(text),
        published=find_published(text) or created,
    )


def _open_docx(data: bytes, document: str) -> Document:
    """python-docx's Document; broken zips, missing parts and bad XML are docx_corrupt."""
    try:
        return docx.Document(io.BytesIO(data))
    except Exception as error:  # bad zip, missing part, XML syntax error: all mean a broken file
        raise ReadError(document, "docx_corrupt", f"corrupt DOCX: {describe_error(error)}") from None


def _blocks(container: Document | docx.table._Cell) -> list[str]:
    """Text blocks of a body or cell in order: one per paragraph, one per table row."""
    blocks: list[str] = []
    for item in container.iter_inner_content():
        if isinstance(item, Paragraph):
            blocks.append(item.text)
        elif isinstance(item, Table):
            blocks.extend(_table_rows(item))
    return blocks


def _table_rows(table: Table) -> list[str]:
    """One line per row, cells joined with ' | '; merged cells count once; nested tables follow."""
    rows: list[str] = []
    for row in table.rows:
        seen: list[object] = []
        cells: list[str] = []
        for cell in row.cells:
            if any(cell._tc is element for element in seen):
                continue
            seen.append(cell._tc)
            text = " ".join(" ".join(_blocks(cell)).split())
            if text:
                cells.append(text)
        if cells:
            rows.append(CELL_SEPARATOR.join(cells))
    return rows


def _core_metadata(word: Document) -> tuple[str | None, str | None]:
    """Core-properties title (unless generic) and created date as ISO."""
    properties = word.core_properties
    title = " ".join((properties.title or "").split())
    if is_generic_title(title):
        title = ""
    return title or None, iso_date(properties.created)


def _styled_title(word: Document) -> str | None:
    """The first paragraph styled Title (or Heading 1), which is how Word marks a headline."""
    for paragraph in word.paragraphs[:20]:
        style = (paragraph.style.name if paragraph.style is not None else "") or ""
        text = " ".join(paragraph.text.split())
        if text and style.lower() in {"title", "heading 1"}:
            return text
    return None
