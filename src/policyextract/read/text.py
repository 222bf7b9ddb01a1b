"""Plain-text reader: encoding detection (BOMs, UTF-8, then charset-normalizer) and binary checks."""

from __future__ import annotations

import codecs
import re
import unicodedata

from charset_normalizer import from_bytes

from policyextract.read.common import Extracted, ReadError, normalise_newlines
from policyextract.read.metadata import find_published, guess_title

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_GBK_FAMILY = {"gb2312", "gbk", "gb18030", "cp936", "hz", "euc_cn", "euc-cn"}
_CJK_MULTIBYTE = {"big5", "big5hkscs", "cp950", "shift_jis", "cp932", "euc_jp", "euc_kr", "cp949", "johab"}
_ALLOWED_CONTROLS = {"\t", "\n", "\r", "\f", "\v", "\x1b"}
# Unicode never adds or removes General_Category=Cc code points (stability policy): all 65 of
# them lie in U+0000..U+009F, so scanning the first 256 code points finds every one.
_COUNTED_CONTROLS = [
    ch for ch in map(chr, range(0x100)) if unicodedata.category(ch) == "Cc" and ch not in _ALLOWED_CONTROLS
]
# They are counted in the text's UTF-8 bytes (far faster than a regex over the str): a C0 control
# or DEL is one byte, deleted by bytes.translate; a C1 control (U+0080..U+009F) is \xc2 followed
# by the code point's own byte.
_C0_CONTROL_BYTES = bytes(ord(ch) for ch in _COUNTED_CONTROLS if ch < "\x80")
_C1_CONTROLS_UTF8 = re.compile(
    b"\xc2[" + re.escape(bytes(ord(ch) for ch in _COUNTED_CONTROLS if ch >= "\x80")) + b"]"
)
MAX_CONTROL_SHARE = 0.01
DAMAGED_UTF8_SHARE = 0.25


def read_text(data: bytes, document: str) -> Extracted:
    """Decode a plain-text file and guess its headline and dateline."""
    return text_document(decode_text(data, document))


def text_document(text: str) -> Extracted:
    """Decoded plain text with the headline and dateline guessed from its first lines."""
    return Extracted(text=text, title=guess_title(text), published=find_published(text))


def decode_text(data: bytes, document: str, declared: str | None = None) -> str:
    """Bytes → str with "\\n" line endings and no BOM; raises ReadError(binary|encoding).

    Order: BOM, NUL-byte checks (UTF-16 without BOM, else binary), the `declared` charset
    (an HTML meta tag), strict UTF-8, then charset-normalizer.
    """
    text = _decode_with_bom(data)
    if text is None:
        if b"\x00" in data:
            text = _decode_bomless_utf16(data, document)
        else:
            text = _decode_declared(data, declared) or _decode_utf8_or_detect(data, document)
    text = text.removeprefix("\ufeff")
    reject_control_characters(text, document)
    return normalise_newlines(text)


def _decode_with_bom(data: bytes) -> str | None:
    """Text whose byte-order mark names its encoding (the BOM itself is dropped)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding)
            except UnicodeDecodeError:
                return None
    return None


def _decode_bomless_utf16(data: bytes, document: str) -> str:
    """NUL bytes mean binary, unless they sit on every other byte as in UTF-16 English text."""
    even_nuls = data[0::2].count(0)
    odd_nuls = data[1::2].count(0)
    half = max(1, len(data) // 2)
    for nuls, encoding in ((odd_nuls, "utf-16-le"), (even_nuls, "utf-16-be")):
        if nuls >= 0.4 * half and len(data) % 2 == 0:
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                break
    raise ReadError(document, "binary", "binary content (NUL bytes), not text")


def _decode_declared(data: bytes, declared: str | None) -> str | None:
    """Honour a charset the file declares for itself, when Python knows it and it decodes."""
    if not declared:
        return None
    try:
        encoding = codecs.lookup(declared).name
    except LookupError:
        return None
    if encoding in _GBK_FAMILY:
        encoding = "gb18030"
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _decode_utf8_or_detect(data: bytes, document: str) -> str:
    """Strict UTF-8 first; a mostly-UTF-8 file with a few bad bytes is damaged, not another charset."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        if _looks_like_damaged_utf8(data):
            raise ReadError(
                document, "encoding", f"invalid UTF-8 byte at offset {error.start} in a UTF-8 file"
            ) from None
    return _decode_detected(data, document)


def _looks_like_damaged_utf8(data: bytes) -> bool:
    """At least four valid multi-byte UTF-8 characters for every invalid sequence (GBK and
    Windows-1252 text almost never form valid UTF-8 sequences by accident)."""
    decoded = data.decode("utf-8", errors="replace")
    invalid = decoded.count("\ufffd")
    multibyte = sum(1 for ch in decoded if ord(ch) > 127 and ch != "\ufffd")
    return multibyte >= 3 and invalid <= DAMAGED_UTF8_SHARE * multibyte


def _decode_detected(data: bytes, document: str) -> str:
    """Let charset-normalizer guess; GBK-family guesses decode as GB18030 (its superset).

    The corpus is English: a single-byte guess on a short text is usually noise, so Windows-1252
    (the common real one) is preferred when it decodes.
    """
    best = from_bytes(data).best()
    if best is None:
        raise ReadError(document, "encoding", "cannot detect the text encoding")
    encoding = codecs.lookup(best.encoding).name
    if encoding in _GBK_FAMILY:
        encoding = "gb18030"
    elif encoding not in _CJK_MULTIBYTE and _is_single_byte(encoding):
        encoding = "cp1252" if _decodes(data, "cp1252") else encoding
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise ReadError(
            document, "encoding", f"undecodable byte at offset {error.start} as {encoding}"
        ) from None


def _is_single_byte(encoding: str) -> bool:
    """True for one-byte-per-character codecs (cp1250, mac_roman, latin-1, ...)."""
    try:
        return len("é中".encode(encoding, errors="replace")) == 2
    except LookupError:
        return False


def _decodes(data: bytes, encoding: str) -> bool:
    """Whether `data` decodes strictly in `encoding`."""
    try:
        data.decode(encoding)
    except UnicodeDecodeError:
        return False
    return True


def reject_control_characters(text: str, document: str) -> None:
    """Text with NULs or more than 1% control characters is binary that happened to decode."""
    if "\x00" in text:
        raise ReadError(document, "binary", "binary content (NUL characters), not text")
    sample = text[:100_000]
    if sample and count_control_characters(sample) > MAX_CONTROL_SHARE * len(sample):
        raise ReadError(document, "binary", "binary content (control characters), not text")


def count_control_characters(text: str) -> int:
    """Control characters (Unicode Cc) other than tab, newlines, form feed, vertical tab and ESC."""
    data = text.encode("utf-8", "surrogatepass")
    count = len(data) - len(data.translate(None, _C0_CONTROL_BYTES))
    if b"\xc2" in data:  # the lead byte of every C1 control (U+0080..U+009F)
        count += len(_C1_CONTROLS_UTF8.findall(data))
    return count
