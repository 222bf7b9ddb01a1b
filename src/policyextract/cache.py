"""Per-document result cache under `OUT_DIR/.cache/`, so a re-run only processes what changed.

An entry holds one document's `DocumentResult` as gzipped JSON (data only: a cache folder can
never run code) and is named by the document path, the SHA-256 of the file's raw bytes and the
pipeline version (package code, pipeline config, gazetteer). Entries are written to a temporary
name and renamed, so a killed run leaves only whole entries behind. The manifest maps each
document to the size, mtime and hash its entry was made from, so an unchanged file is recognised
from `stat` alone, without reading it.
"""

from __future__ import annotations

import functools
import gzip
import hashlib
import json
import os
import time
from dataclasses import dataclass
from pathlib import Path

from . import __version__
from .gazetteer import load_gazetteer
from .model import DocumentResult, Fact, Mention, SourceDocument
from .nlp.pipeline import config_path

CACHE_DIR = ".cache"
MANIFEST_NAME = "manifest.json"
ENTRIES_DIR = "entries"
MANIFEST_FORMAT = 1
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
    """One input file's place in the cache: its current state and the entry that would hold it."""

    document: str
    state: FileState | None  # None when the file cannot be stat'ed or hashed (the reader will say why)
    entry: Path | None
    hit: bool


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
    """Looks up, loads and stores per-document results; `save` writes the manifest for the next run."""

    def __init__(self, out_dir: Path, version: str, *, force: bool = False, max_bytes: int | None = None):
        self.root = Path(out_dir) / CACHE_DIR
        self.entries = self.root / ENTRIES_DIR
        self.version = version
        self.force = force
        self.max_bytes = max_bytes
        self.started_ns = time.time_ns()
        self.previous = self._load_manifest()
        self.current: dict[str, FileState] = {}

    def slot(self, document: str, path: Path) -> Slot:
        """Where `path`'s result lives and whether a usable entry is already there."""
        state = self._state(document, path)
        if state is None:
            return Slot(document, None, None, False)
        entry = self.entries / entry_name(document, state.sha256, self.version)
        return Slot(document, state, entry, not self.force and entry.is_file())

    def load(self, slot: Slot) -> DocumentResult | None:
        """The cached result, or None when the entry is unreadable or not this document's."""
        try:
            result = result_from_json(gzip.decompress(slot.entry.read_bytes()).decode("utf-8"))
        except Exception:  # a damaged or foreign entry is a miss, never a failed run
            return None
        if result.source.document != slot.document:
            return None
        self.current[slot.document] = slot.state
        return result

    def store(self, slot: Slot, result: DocumentResult) -> None:
        """Write the entry atomically (temporary name, then rename) and remember it for the manifest."""
        if slot.entry is None:
            return
        self.entries.mkdir(parents=True, exist_ok=True)
        tmp = slot.entry.with_name(f"{slot.entry.name}.{os.getpid()}.tmp")
        tmp.write_bytes(gzip.compress(result_to_json(result).encode("utf-8"), compresslevel=3, mtime=0))
        os.replace(tmp, slot.entry)
        self.current[slot.document] = slot.state

    def save(self, *, complete: bool) -> None:
        """Write the manifest; after a complete run it lists exactly the inputs, and other entries go."""
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
            self._prune(documents)

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

    def _prune(self, documents: dict[str, FileState]) -> None:
        """Delete entries no input refers to any more (removed or changed files, older versions)."""
        keep = {entry_name(doc, s.sha256, self.version) for doc, s in documents.items()}
        if not self.entries.is_dir():
            return
        for entry in self.entries.iterdir():
            if entry.name not in keep:
                entry.unlink(missing_ok=True)


def entry_name(document: str, sha256: str, version: str) -> str:
    """The entry's file name: the path matters too, since document names and fact ids contain it."""
    return hashlib.sha256("\0".join((version, document, sha256)).encode()).hexdigest()[:40] + ".json.gz"


def result_to_json(result: DocumentResult) -> str:
    """Shallow field copies: `dataclasses.asdict` deep-copies every value and dominated the run."""
    data = {
        "source": vars(result.source),
        "issuers": result.issuers,
        "horizon_years": result.horizon_years,
        "mentions": [vars(m) for m in result.mentions],
        "facts": [vars(f) for f in result.facts],
    }
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def result_from_json(text: str) -> DocumentResult:
    """The inverse of `result_to_json`; floats and strings round-trip exactly."""
    data = json.loads(text)
    return DocumentResult(
        source=SourceDocument(**data["source"]),
        issuers=tuple(data["issuers"]),
        horizon_years=tuple(data["horizon_years"]),
        mentions=tuple(Mention(**m) for m in data["mentions"]),
        facts=tuple(Fact(**f) for f in data["facts"]),
    )
