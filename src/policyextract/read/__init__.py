"""READ stage: files → SourceDocument (text, title, date, content hash) or ReadError.

    iter_input_files(input_path) -> Iterator[Path | ReadError]
    read_document(path, root, *, max_bytes=50_000_000) -> SourceDocument   # raises ReadError

Formats (text, HTML, PDF, DOCX) are chosen by sniffing the bytes as well as the extension.
"""

from policyextract.read.common import ERROR_TYPES, ReadError
from policyextract.read.document import DEFAULT_MAX_BYTES, read_document
from policyextract.read.files import iter_input_files

SOURCE_FORMATS = ("text", "html", "pdf", "docx")

__all__ = [
    "DEFAULT_MAX_BYTES",
    "ERROR_TYPES",
    "SOURCE_FORMATS",
    "ReadError",
    "iter_input_files",
    "read_document",
]
