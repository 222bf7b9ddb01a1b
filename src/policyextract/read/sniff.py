"""Choose a reader from the file's bytes first and its extension second.

Downloaded files lie about themselves: a ".txt" that is an HTML page, a PDF saved without an
extension, an error page saved as ".pdf".
"""

from __future__ import annotations

import io
import re
import zipfile

from policyextract.read.common import ReadError

HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
PDF_SUFFIXES = {".pdf"}
DOCX_SUFFIXES = {".docx", ".docm"}

_OTHER_FORMATS = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"RIFF", "a RIFF media file"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7z archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a legacy Office file (.doc/.xls); save it as .docx"),
    (b"{\\rtf", "an RTF document; save it as .docx"),
    (b"\x7fELF", "an executable"),
    (b"MZ", "an executable"),
)
_HTML_START = re.compile(r"^\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(!doctype\s+html|html)\b", re.I | re.S)
_HTML_TAGS = re.compile(r"<(html|head|body)\b[^>]*>", re.I)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def binary_format(data: bytes, suffix: str, document: str) -> str | None:
    """'pdf' or 'docx' when the bytes say so, None for text-like bytes; other formats raise."""
    head = data[:1024]
    if b"%PDF-" in head:
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        return _zip_format(data, document)
    for magic, name in _OTHER_FORMATS:
        if data.startswith(magic):
            raise ReadError(document, "unsupported", f"unsupported format: {name}")
    if suffix in PDF_SUFFIXES and b"\x00" in head:
        raise ReadError(document, "pdf_corrupt", "not a PDF: no %PDF header")
    if suffix in DOCX_SUFFIXES and b"\x00" in head:
        raise ReadError(document, "docx_corrupt", "not a DOCX: not a zip package")
    return None


def _zip_format(data: bytes, document: str) -> str:
    """A zip is a DOCX when it holds word/document.xml; a broken zip named in its bytes is corrupt."""
    if b"word/" in data:
        return "docx"
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise ReadError(document, "unsupported", "unsupported format: a damaged zip archive") from None
    kind = "an Excel workbook" if "xl/workbook.xml" in names else "a zip archive"
    raise ReadError(document, "unsupported", f"unsupported format: {kind}")


def looks_like_html(text: str, suffix: str) -> bool:
    """HTML by extension, or text that opens like a page or carries <html>/<head>/<body> tags."""
    if suffix in HTML_SUFFIXES:
        return True
    head = text[:4096]
    return bool(_HTML_START.match(head)) or (
        head.lstrip().startswith("<") and len(_HTML_TAGS.findall(head)) >= 2
    )


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a <meta> tag near its top, if any."""
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii") if match else None
