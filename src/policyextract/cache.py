"""Per-document result cache under `OUT_DIR/.cache/`, so a re-run only processes what changed.

An entry holds one document's `DocumentResult`: a line of JSON (the fields, and the mentions and
facts column by column), then the document's text as raw UTF-8, zstd-compressed behind a header
with its size and checksum. It is data only, so a cache folder can never run code. It is named by
the document path, the SHA-256 of the file's raw bytes and the pipeline version (package code,
pipeline config, gazetteer). Entries are written in packs, one file per batch of documents (see
`write_pack`): creating a file cost this VM's filesystem 0.1–0.8 ms, more than encoding the entry,
and an archive of 100,000 documents makes 1,600 files rather than 100,000. Packs are written to a
temporary name and renamed, so a killed run leaves only whole packs behind and loses at most the
batch in progress. The manifest maps each document to the size, mtime and hash its entry was made
from, so an unchanged file is recognised from `stat` alone, without reading it.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import struct
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass, fields
from itertools import starmap
from operator import attrgetter, eq
from pathlib import Path

import orjson
import pyarrow as pa

from . import __version__
from .gazetteer import load_gazetteer
from .model import DocumentResult, Fact, Mention, SourceDocument, builder
from .nlp.pipeline import config_path

CACHE_DIR = ".cache"
MANIFEST_NAME = "manifest.json"
ENTRIES_DIR = "entries"
MANIFEST_FORMAT = 1
# 1: gzipped JSON with a dict per row; 2: zlib-compressed JSON arrays, column by column;
# 3: zstd-compressed JSON columns, then the raw text; 4: the same with the plan period's end
ENTRY_FORMAT = 4
PACK_SUFFIX = ".pack"
PACK_ENTRIES = 64  # entries per pack when the caller names no batch size
# A pack opens with its magic and entry count, then one index row per entry (name, offset, length)
# so the index is read without reading the entries; then the entries, back to back.
_PACK_MAGIC = b"PXPACK1\n"
_PACK_HEAD = struct.Struct("<8sI")
_PACK_ROW = struct.Struct("<40sQI")
# zstd level 1 compresses entries about 3x faster than zlib level 1 (which took a third of the time
# of storing one), a little smaller, and decompresses them twice as fast.
_CODEC = pa.Codec("zstd", compression_level=1)
# A file modified this close to (or after) the run that recorded it may have changed within the
# filesystem's timestamp resolution: its bytes are hashed again rather than trusted from stat.
RACY_WINDOW_NS = 2_000_000_000
_HASH_BLOCK = 1 << 20
_PACKAGE_DIR = Path(__file__).resolve().parent


@dataclass(frozen=True)
class FileState:
    """What a file looked like when its result was cached."""

    size: int
    mtime_ns: int
    sha256: str


@dataclass(frozen=True)
class Slot:
    """One input file's place in the cache: its current state and the name of the entry that would hold it."""

    document: str
    state: FileState | None  # None when the file cannot be stat'ed or hashed (the reader will say why)
    entry: str | None
    hit: bool


@dataclass(frozen=True)
class Location:
    """Where an entry's bytes are: in which pack, from which offset, how many."""

    pack: Path
    offset: int
    length: int


def pipeline_version() -> str:
    """One key for everything that shapes a result: package version and code, pipeline config, gazetteer."""
    config = config_path()
    config_hash = hashlib.sha256(config.read_bytes()).hexdigest()
    digest = hashlib.sha256()
    for part in (__version__, code_version(), config_hash, *gazetteer_versions(config)):
        digest.update(part.encode() + b"\0")
    return digest.hexdigest()


@functools.lru_cache(maxsize=1)
def code_version() -> str:
    """Hash of the package's Python sources, computed once per process: a code change invalidates."""
    digest = hashlib.sha256()
    for path in sorted(_PACKAGE_DIR.rglob("*.py")):
        digest.update(path.relative_to(_PACKAGE_DIR).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def gazetteer_versions(config: Path) -> tuple[str, ...]:
    """The default gazetteer's version, plus that of the one the config names, if it names one."""
    import spacy

    tagger = spacy.util.load_config(config).get("components", {}).get("gazetteer_tagger", {})
    configured = tagger.get("gazetteer_path") or None
    versions = [load_gazetteer().version]
    if configured:
        versions.append(load_gazetteer(configured).version)
    return tuple(versions)


def file_sha256(path: Path) -> str:
    """SHA-256 of a file's bytes, read in blocks so large files never sit in memory."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while block := handle.read(_HASH_BLOCK):
            digest.update(block)
    return digest.hexdigest()


class ResultCache:
    """Looks up, loads and stores per-document results; `save` writes what is pending and the
    manifest for the next run."""

    def __init__(
        self, out_dir: Path, version: str, *, force: bool = False, max_bytes: int | None = None,
        pack_entries: int = PACK_ENTRIES,
    ):
        self.root = Path(out_dir) / CACHE_DIR
        self.entries = self.root / ENTRIES_DIR
        self.version = version
        self.force = force
        self.max_bytes = max_bytes
        self.pack_entries = max(pack_entries, 1)
        self.started_ns = time.time_ns()
        self.previous = self._load_manifest()
        self.index, self.pack_sizes = scan_packs(self.entries)
        self.current: dict[str, FileState] = {}
        self._pending: list[tuple[str, bytes]] = []
        self._packs_written = 0

    def slot(self, document: str, path: Path) -> Slot:
        """Where `path`'s result lives and whether a usable entry is already there."""
        state = self._state(document, path)
        if state is None:
            return Slot(document, None, None, False)
        entry = entry_name(document, state.sha256, self.version)
        return Slot(document, state, entry, not self.force and entry in self.index)

    def load(self, slot: Slot) -> DocumentResult | None:
        """The cached result, or None when the entry is missing, unreadable or not this document's."""
        location = self.index.get(slot.entry)
        if location is None:
            return None
        try:
            result = decode_entry(read_entry(location))
        except Exception:  # a damaged or foreign entry is a miss, never a failed run
            return None
        if result.source.document != slot.document:
            return None
        self.current[slot.document] = slot.state
        return result

    def store(self, slot: Slot, result: DocumentResult) -> None:
        """Queue the entry for the pack being filled (written once it holds `pack_entries`), and
        remember it for the manifest."""
        if slot.entry is None:
            return
        self._pending.append((slot.entry, encode_entry(result)))
        self.current[slot.document] = slot.state
        if len(self._pending) >= self.pack_entries:
            self._write_pending()

    def save(self, *, complete: bool) -> None:
        """Write the pending entries and the manifest; after a complete run the manifest lists
        exactly the inputs, and entries no input refers to go."""
        self._write_pending()
        documents = self.current if complete else {**self.previous, **self.current}
        self.root.mkdir(parents=True, exist_ok=True)
        manifest = {
            "format": MANIFEST_FORMAT,
            "version": self.version,
            "started_ns": self.started_ns,
            "documents": {doc: [s.size, s.mtime_ns, s.sha256] for doc, s in sorted(documents.items())},
        }
        path = self.root / MANIFEST_NAME
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        tmp.write_text(json.dumps(manifest, indent=0), encoding="utf-8")
        os.replace(tmp, path)
        if complete:
            self._prune({entry_name(doc, s.sha256, self.version) for doc, s in documents.items()})

    def _write_pending(self) -> None:
        if not self._pending:
            return
        name = f"{self.started_ns:020d}-{os.getpid()}-{self._packs_written:06d}{PACK_SUFFIX}"
        self._packs_written += 1
        try:
            self.index.update(write_pack(self.entries / name, self._pending))
        except FileNotFoundError:  # the first pack of this cache: make the folder once, not per pack
            self.entries.mkdir(parents=True, exist_ok=True)
            self.index.update(write_pack(self.entries / name, self._pending))
        self.pack_sizes[self.entries / name] = len(self._pending)
        self._pending = []

    def _state(self, document: str, path: Path) -> FileState | None:
        """Size, mtime and hash; the hash comes from the manifest when stat shows the file untouched."""
        try:
            info = os.stat(path)
        except OSError:
            return None
        if self.max_bytes is not None and info.st_size > self.max_bytes:
            return None
        known = self.previous.get(document)
        if known and (known.size, known.mtime_ns) == (info.st_size, info.st_mtime_ns):
            return known
        try:
            sha = file_sha256(path)
        except OSError:
            return None
        return FileState(info.st_size, info.st_mtime_ns, sha)

    def _load_manifest(self) -> dict[str, FileState]:
        """The previous run's manifest when it was made by this pipeline version (and not --force)."""
        if self.force:
            return {}
        try:
            manifest = json.loads((self.root / MANIFEST_NAME).read_text(encoding="utf-8"))
            if manifest.get("format") != MANIFEST_FORMAT or manifest.get("version") != self.version:
                return {}
            trusted_before = int(manifest["started_ns"]) - RACY_WINDOW_NS
            return {
                doc: FileState(int(size), int(mtime), str(sha))
                for doc, (size, mtime, sha) in manifest["documents"].items()
                if int(mtime) < trusted_before
            }
        except (OSError, ValueError, KeyError, TypeError):
            return {}

    def _prune(self, keep: set[str]) -> None:
        """Delete packs that hold no entry an input refers to (removed or changed files, older
        versions, entries written again elsewhere), and anything else in the folder. A pack that is
        mostly dead has its live entries written again into a new pack first, so the cache stays
        within about twice the size of what it holds."""
        if not self.entries.is_dir():
            return
        live: dict[Path, list[str]] = {}
        for name, location in self.index.items():
            if name in keep:
                live.setdefault(location.pack, []).append(name)
        for path in sorted(self.entries.iterdir()):
            names = live.get(path)
            if names and len(names) * 2 < self.pack_sizes.get(path, 0):
                self._pending.extend((name, read_entry(self.index[name])) for name in sorted(names))
            elif names:
                continue
            path.unlink(missing_ok=True)
            if len(self._pending) >= self.pack_entries:
                self._write_pending()
        self._write_pending()


def write_pack(path: Path, entries: list[tuple[str, bytes]]) -> dict[str, Location]:
    """Write `entries` (name, bytes) as one pack, to a temporary name renamed into place; where each landed."""
    offset = _PACK_HEAD.size + _PACK_ROW.size * len(entries)
    rows, index = [], {}
    for name, data in entries:
        rows.append(_PACK_ROW.pack(name.encode("ascii"), offset, len(data)))
        index[name] = Location(path, offset, len(data))
        offset += len(data)
    tmp = path.with_name(f"{path.name}.tmp")
    tmp.write_bytes(b"".join([_PACK_HEAD.pack(_PACK_MAGIC, len(entries)), *rows, *(data for _, data in entries)]))
    os.replace(tmp, path)
    return index


def read_index(folder: Path) -> dict[str, Location]:
    """Every entry in the folder's packs (see `scan_packs`)."""
    return scan_packs(folder)[0]


def scan_packs(folder: Path) -> tuple[dict[str, Location], dict[Path, int]]:
    """Every entry in the folder's packs, and how many entries each pack holds. Where packs hold
    the same entry, the newest pack's counts (pack names begin with the time of their run). A pack
    whose index is unreadable counts as empty."""
    index: dict[str, Location] = {}
    sizes: dict[Path, int] = {}
    try:
        packs = sorted(path for path in folder.iterdir() if path.name.endswith(PACK_SUFFIX))
    except OSError:
        return index, sizes
    for path in packs:
        try:
            found = _pack_index(path)
        except (OSError, ValueError, struct.error):
            continue
        index.update(found)
        sizes[path] = len(found)
    return index, sizes


def _pack_index(path: Path) -> dict[str, Location]:
    with open(path, "rb") as handle:
        magic, count = _PACK_HEAD.unpack(handle.read(_PACK_HEAD.size))
        if magic != _PACK_MAGIC:
            raise ValueError(f"{path}: not a cache pack")
        rows = handle.read(_PACK_ROW.size * count)
    return {
        name.decode("ascii"): Location(path, offset, length)
        for name, offset, length in _PACK_ROW.iter_unpack(rows)
    }


def read_entry(location: Location) -> bytes:
    """An entry's bytes; raises when the pack is gone or shorter than its index says."""
    with open(location.pack, "rb") as handle:
        handle.seek(location.offset)
        data = handle.read(location.length)
    if len(data) != location.length:
        raise ValueError(f"{location.pack}: entry cut short")
    return data


def entry_name(document: str, sha256: str, version: str) -> str:
    """The entry's file name: the path matters too, since document names and fact ids contain it."""
    return hashlib.sha256("\0".join((version, document, sha256)).encode()).hexdigest()[:40]


_SOURCE_FIELDS = tuple(f.name for f in fields(SourceDocument))
_MENTION_FIELDS = tuple(f.name for f in fields(Mention))
_FACT_FIELDS = tuple(f.name for f in fields(Fact))
_source_values = attrgetter(*_SOURCE_FIELDS)
_build_source, _build_mention, _build_fact = builder(SourceDocument), builder(Mention), builder(Fact)
_TEXT = _SOURCE_FIELDS.index("text")
# The string field that normally repeats text[start:end] (a mention's words, a fact's evidence).
_MENTION_SPAN = tuple(map(_MENTION_FIELDS.index, ("text", "start", "end")))
_FACT_SPAN = tuple(map(_FACT_FIELDS.index, ("evidence", "start", "end")))
# An entry opens with a zstd skippable frame (magic number, length 12) holding the uncompressed
# size, which the decompressor needs, and the CRC-32 of the compressed frame that follows: zstd
# checks no sum by default, and a damaged entry must be a miss, never a wrong result. The whole
# file stays a valid zstd stream, which `zstd -dc` shows.
_HEADER = struct.Struct("<IIQI")
_HEADER_TAG = (0x184D2A50, 12)


def encode_entry(result: DocumentResult) -> bytes:
    """A cache entry's bytes: `result_to_bytes`, compressed."""
    return compress_entry(result_to_bytes(result))


def decode_entry(data: bytes) -> DocumentResult:
    """The inverse of `encode_entry`; raises on anything that is not an entry of this format."""
    return result_from_bytes(decompress_entry(data))


def compress_entry(raw: bytes) -> bytes:
    """The header frame, then `raw` compressed."""
    body = _CODEC.compress(raw, asbytes=True)
    return _HEADER.pack(*_HEADER_TAG, len(raw), zlib.crc32(body)) + body


def decompress_entry(data: bytes) -> bytes:
    """The inverse of `compress_entry`; raises on a damaged entry. The decompressor writes into a
    buffer of the stated size and raises on data that does not fill it exactly."""
    magic, length, size, crc = _HEADER.unpack_from(data)
    body = memoryview(data)[_HEADER.size :]
    if (magic, length) != _HEADER_TAG or zlib.crc32(body) != crc:
        raise ValueError("not a whole cache entry of this format")
    return _CODEC.decompress(body, decompressed_size=size, asbytes=True)


def result_to_bytes(result: DocumentResult) -> bytes:
    """A line of JSON, then the document's text as UTF-8. The JSON is an array: format tag, source
    field values (the text as null), issuers, horizon years, plan period end, then the mentions and the
    facts column by column (one list per field, in field order). Plain lists rather than a dict per row: far less
    to encode, decode and compress. A text or evidence column that is exactly the document's text
    between start and end (as it always is, but it is checked) is stored as null and sliced out of
    the text again on loading. The text follows the JSON raw, which saves escaping and unescaping
    it as a JSON string; compact JSON escapes the newlines in its strings, so the first newline
    byte ends the JSON."""
    text = result.source.text
    source = list(_source_values(result.source))
    source[_TEXT] = None
    header = orjson.dumps(  # compact UTF-8 JSON, 5x faster than the json module
        [
            ENTRY_FORMAT,
            source,
            result.issuers,
            result.horizon_years,
            result.plan_period_end,
            _columns(result.mention_columns, text, _MENTION_SPAN),
            _columns(result.fact_columns, text, _FACT_SPAN),
        ]
    )
    return b"\n".join((header, text.encode("utf-8")))


def result_from_bytes(raw: bytes) -> DocumentResult:
    """The inverse of `result_to_bytes`; floats and strings round-trip exactly. Raises on anything
    that is not an entry of this format (wrong tag, field count or column lengths)."""
    header, text = raw.split(b"\n", 1)
    tag, source, issuers, horizon, plan_period_end, mentions, facts = orjson.loads(header)
    if tag != ENTRY_FORMAT:
        raise ValueError(f"cache entry format {tag!r}, expected {ENTRY_FORMAT}")
    source[_TEXT] = text.decode("utf-8")
    source = _build_source(*source)
    return DocumentResult(
        source=source,
        issuers=tuple(issuers),
        horizon_years=tuple(horizon),
        mentions=_rows(_build_mention, _with_spans(mentions, source.text, _MENTION_SPAN)),
        facts=_rows(_build_fact, _with_spans(facts, source.text, _FACT_SPAN)),
        plan_period_end=plan_period_end,
    )


def _columns(by_field: dict[str, list], text: str, span: tuple[int, int, int]) -> list:
    """A result's records field by field (`DocumentResult.mention_columns`) → one list per field,
    in field order (an empty list for no records); the `span` column (a string field and its
    start and end) becomes None when every value equals text[start:end]."""
    columns: list = list(by_field.values())
    if columns and columns[0]:
        field, start, end = span
        try:
            derived = all(map(eq, columns[field], _slices(text, columns[start], columns[end])))
        except (TypeError, ValueError):  # offsets that are not ints: keep the strings as they are
            derived = False
        if derived:
            columns[field] = None
        return columns
    return []


def _with_spans(columns: list, text: str, span: tuple[int, int, int]) -> list:
    """Columns with a None `span` column sliced out of the text again (see `_columns`)."""
    field, start, end = span
    if columns and len(columns) > field and columns[field] is None:
        columns[field] = list(_slices(text, columns[start], columns[end]))
    return columns


def _slices(text: str, starts, ends):
    return map(text.__getitem__, map(slice, starts, ends))


def _rows(build: Callable, columns: list) -> tuple:
    """Column lists → records, each made by `build` (a `model.builder`, which refuses a wrong field count)."""
    if not columns:
        return ()
    return tuple(starmap(build, zip(*columns, strict=True)))
