"""Compare two versions of a plan: which facts a new version added, dropped or changed.

Documents are paired first (by hand, by name without extension, then by text similarity for
renamed files); facts of a pair are matched on their stable key (place_id, sector_id), so edits
elsewhere in the text, new evidence wording or a corrected spelling that resolves to the same place never
show up as changes. A paired document whose plan period
ends in another year (`documents.plan_period_end`) gets one document-level row besides.
"""

from __future__ import annotations

import json
import math
import re
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import NamedTuple

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
from rapidfuzz import fuzz
from rapidfuzz.process import cdist

from .model import DocumentError

DEFAULT_CONFIDENCE_THRESHOLD = 0.15
SIMILARITY_THRESHOLD = 60.0
SIMILARITY_CHARS = 20_000

FACT_KEY = ("place_id", "sector_id")
COMPARED_FIELDS = ("deadline", "cluster_kind", "cluster", "place_level", "zone", "confidence")
FACT_COLUMNS = (
    "document", *FACT_KEY, "place", "sector", "place_level", "zone", "cluster_kind", "cluster", "deadline",
    "confidence", "evidence",
)
NEWER_FACT_COLUMNS = ("zone",)  # not in outputs written before it: read as null there
CHANGE_COLUMNS = (
    "change", "document", "place_id", "place", "sector_id", "sector", "cluster_kind",
    "field", "old", "new", "old_evidence", "new_evidence",
)
CHANGE_SCHEMA = pa.schema([(name, pa.string()) for name in CHANGE_COLUMNS])
SORT_COLUMNS = ["document", "change", "place_id", "sector_id", "cluster_kind", "field"]
OUTPUT_FORMATS = (".parquet", ".csv", ".json")


class DiffError(Exception):
    """A diff that cannot be made: missing path, unreadable table, unknown document name."""


class DocumentPair(NamedTuple):
    """Which old document is compared with which new one, and how they were matched."""

    old: str
    new: str
    how: str  # name | manual | similarity


@dataclass(frozen=True)
class DiffResult:
    """The change rows plus how documents were paired, so a reader can check the pairing too."""

    changes: pd.DataFrame  # CHANGE_COLUMNS, sorted by SORT_COLUMNS
    pairs: list[DocumentPair]
    unpaired_old: list[str] = field(default_factory=list)  # every fact counts as removed
    unpaired_new: list[str] = field(default_factory=list)  # every fact counts as added
    errors: tuple[DocumentError, ...] = ()  # documents the pipeline could not process

    @property
    def has_differences(self) -> bool:
        return bool(len(self.changes) or self.unpaired_old or self.unpaired_new)

    def counts(self) -> dict[str, int]:
        """Rows per change type, every type present (zero when none)."""
        counts = self.changes["change"].value_counts()
        return {change: int(counts.get(change, 0)) for change in ("added", "removed", "changed")}


@dataclass(frozen=True)
class RunOutput:
    """What one side of a diff needs from a run: its facts and its documents' texts."""

    facts: pd.DataFrame
    texts: dict[str, str]
    single_file: bool
    errors: tuple[DocumentError, ...] = ()
    plan_periods: dict[str, int | None] = field(default_factory=dict)  # document -> plan_period_end

    @property
    def documents(self) -> list[str]:
        return sorted(set(self.texts) | set(self.facts["document"]))


# ---------------------------------------------------------------- API


def diff_outputs(
    old: Path | str,
    new: Path | str,
    pairs: Iterable[tuple[str, str]] | None = None,
    confidence_threshold: float = DEFAULT_CONFIDENCE_THRESHOLD,
) -> DiffResult:
    """Diff two run output folders, input folders or single documents (those are run first)."""
    with tempfile.TemporaryDirectory(prefix="policyextract-diff-") as workdir:
        old_side = load_side(Path(old), Path(workdir) / "old")
        new_side = load_side(Path(new), Path(workdir) / "new")
    document_pairs = pair_documents(old_side, new_side, manual=pairs or ())
    result = diff_facts(old_side.facts, new_side.facts, pairs=document_pairs, confidence_threshold=confidence_threshold)
    unpaired_old, unpaired_new = _unpaired(old_side.documents, new_side.documents, document_pairs)
    period_rows = plan_period_changes(document_pairs, old_side.plan_periods, new_side.plan_periods)
    return DiffResult(
        changes=changes_frame(result.changes.to_dict("records") + period_rows) if period_rows else result.changes,
        pairs=result.pairs,
        unpaired_old=unpaired_old,
        unpaired_new=unpaired_new,
        errors=old_side.errors + new_side.errors,
    )


def diff_facts(
    old_facts: pd.DataFrame | pa.Table,
    new_facts: pd.DataFrame | pa.Table,
    pairs: Iterable[tuple[str, str, str]] | None = None,
    confidence_threshold: float = DEFAULT_CONFIDENCE_THRESHOLD,
) -> DiffResult:
    """Diff two facts tables; documents pair by name without extension unless `pairs` is given."""
    old_df, new_df = _fact_frame(old_facts), _fact_frame(new_facts)
    if pairs is None:
        pairs = pair_by_name(sorted(set(old_df["document"])), sorted(set(new_df["document"])))
    pairs = [DocumentPair(*pair) for pair in pairs]
    old_labels, new_labels = _pair_labels(pairs, old_df["document"], new_df["document"])
    old_df, new_df = _keyed(old_df, old_labels), _keyed(new_df, new_labels)
    merged = old_df.merge(new_df, how="outer", on=["_pair", *FACT_KEY], suffixes=("_old", "_new"), indicator=True)
    rows = []
    for record in merged.to_dict("records"):
        rows.extend(_change_rows(_clean(record), confidence_threshold))
    unpaired_old, unpaired_new = _unpaired(sorted(set(old_df["document"])), sorted(set(new_df["document"])), pairs)
    return DiffResult(changes=changes_frame(rows), pairs=list(pairs), unpaired_old=unpaired_old, unpaired_new=unpaired_new)


def plan_period_changes(
    pairs: Iterable[DocumentPair], old_periods: dict[str, int | None], new_periods: dict[str, int | None]
) -> list[dict]:
    """A `changed` row with field `plan_period_end` and no place or sector for each pair whose plan
    period ends in another year: facts no longer carry the period, so without it a revised "Action
    Plan (2021-2025)" that now runs to 2027 would show no change. A side run before the column
    existed states no period and is not compared."""
    rows = []
    for pair in pairs:
        if pair.old not in old_periods or pair.new not in new_periods:
            continue
        old, new = old_periods[pair.old], new_periods[pair.new]
        if old != new:
            rows.append({
                "change": "changed", "document": pair.new, "field": "plan_period_end",
                "old": _as_text("deadline", old), "new": _as_text("deadline", new),
            })
    return rows


def write_changes(changes: pd.DataFrame, path: Path | str) -> None:
    """Write the change rows as Parquet, CSV or JSON (a list of records), chosen by extension."""
    path = Path(path)
    suffix = check_output_path(path)
    table = pa.Table.from_pandas(changes[list(CHANGE_COLUMNS)], schema=CHANGE_SCHEMA, preserve_index=False)
    path.parent.mkdir(parents=True, exist_ok=True)
    if suffix == ".parquet":
        pq.write_table(table, path)
    elif suffix == ".csv":
        changes.to_csv(path, index=False, columns=list(CHANGE_COLUMNS))
    else:
        path.write_text(json.dumps(table.to_pylist(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def check_output_path(path: Path) -> str:
    """The output format from the extension; checked before any work so a typo fails fast."""
    suffix = path.suffix.lower()
    if suffix not in OUTPUT_FORMATS:
        raise DiffError(f"{path}: unknown output format {suffix or '(none)'!r}; use .parquet, .csv or .json")
    return suffix


def changes_frame(rows: list[dict]) -> pd.DataFrame:
    """Change rows as a DataFrame with every column (all strings) in a deterministic order."""
    frame = pa.Table.from_pylist(rows, schema=CHANGE_SCHEMA).to_pandas()
    return frame.sort_values(SORT_COLUMNS, na_position="first", kind="mergesort").reset_index(drop=True)


# ---------------------------------------------------------------- loading


def load_side(path: Path, workdir: Path) -> RunOutput:
    """A run output folder as is; an input folder or a single document run through the pipeline."""
    if not path.exists():
        raise DiffError(f"{path}: no such file or folder")
    if path.is_dir() and (path / "facts.parquet").exists():
        return read_output(path, single_file=False)
    errors: list[DocumentError] = []
    from .run import run_folder

    try:
        run_folder(path, workdir, on_error=errors.append)
    except (OSError, ValueError) as exc:
        raise DiffError(f"{path}: {exc}") from exc
    if path.is_file() and errors:
        raise DiffError(f"{path}: {errors[0].message} ({errors[0].error_type})")
    return read_output(workdir, single_file=path.is_file(), errors=tuple(errors))


def read_output(out_dir: Path, single_file: bool, errors: tuple[DocumentError, ...] = ()) -> RunOutput:
    """facts.parquet (required) and the texts from documents.parquet (optional, for pairing renamed files)."""
    facts_path = out_dir / "facts.parquet"
    present = set(_column_names(facts_path))
    facts = _read_parquet(facts_path, [c for c in FACT_COLUMNS if c in present or c not in NEWER_FACT_COLUMNS])
    for column in NEWER_FACT_COLUMNS:
        if column not in facts.columns:
            facts[column] = None
    texts: dict[str, str] = {}
    periods: dict[str, int | None] = {}
    documents_path = out_dir / "documents.parquet"
    if documents_path.exists():
        with_period = "plan_period_end" in _column_names(documents_path)  # not in outputs written before it
        documents = _read_parquet(documents_path, ("document", "text", *(("plan_period_end",) if with_period else ())))
        texts = dict(zip(documents["document"], documents["text"].fillna("")))
        if with_period:
            ends = documents["plan_period_end"]
            periods = {d: None if pd.isna(end) else int(end) for d, end in zip(documents["document"], ends)}
    return RunOutput(facts=facts, texts=texts, single_file=single_file, errors=errors, plan_periods=periods)


def _read_parquet(path: Path, columns: Sequence[str]) -> pd.DataFrame:
    with _readable(path):
        return pq.read_table(path, columns=list(columns)).to_pandas()


def _column_names(path: Path) -> list[str]:
    """The table's column names, from its footer alone."""
    with _readable(path):
        return pq.read_schema(path).names


@contextmanager
def _readable(path: Path) -> Iterator[None]:
    """A table that cannot be read is a DiffError naming the file and the reason."""
    try:
        yield
    except (OSError, ValueError, KeyError, pa.ArrowException) as exc:
        raise DiffError(f"{path}: unreadable table: {str(exc).splitlines()[0]}") from exc


# ---------------------------------------------------------------- pairing


def document_key(document: str) -> str:
    """What pairs two versions by default: the path without its extension (plan.txt ~ plan.html)."""
    path = PurePosixPath(document)
    return str(path.with_suffix("")) if path.suffix else document


def pair_documents(
    old: RunOutput, new: RunOutput, manual: Iterable[tuple[str, str]] = (), threshold: float = SIMILARITY_THRESHOLD
) -> list[DocumentPair]:
    """Manual pairs, then two single files with each other, then equal names, then similar texts."""
    old_docs, new_docs = old.documents, new.documents
    pairs = [DocumentPair(find_document(o, old_docs, "old"), find_document(n, new_docs, "new"), "manual") for o, n in manual]
    old_left, new_left = _unpaired(old_docs, new_docs, pairs)
    if old.single_file and new.single_file and len(old_left) == len(new_left) == 1:
        how = "name" if document_key(old_left[0]) == document_key(new_left[0]) else "manual"
        return sorted(pairs + [DocumentPair(old_left[0], new_left[0], how)])
    pairs += pair_by_name(old_left, new_left)
    old_left, new_left = _unpaired(old_left, new_left, pairs)
    pairs += pair_by_similarity(old_left, new_left, old.texts, new.texts, threshold)
    return sorted(pairs)


def _unpaired(
    old_docs: Sequence[str], new_docs: Sequence[str], pairs: Sequence[DocumentPair]
) -> tuple[list[str], list[str]]:
    """The documents of each side that no pair takes, in their given order."""
    old_paired, new_paired = {p.old for p in pairs}, {p.new for p in pairs}
    return [d for d in old_docs if d not in old_paired], [d for d in new_docs if d not in new_paired]


def pair_by_name(old_docs: Sequence[str], new_docs: Sequence[str]) -> list[DocumentPair]:
    """Same path first, then the same path without extension when that is unambiguous on both sides."""
    old_set, new_set = set(old_docs), set(new_docs)
    pairs = [DocumentPair(d, d, "name") for d in old_docs if d in new_set]
    old_left = [d for d in old_docs if d not in new_set]
    new_left = [d for d in new_docs if d not in old_set]
    old_by_key, new_by_key = _group_by_key(old_left), _group_by_key(new_left)
    for key, olds in old_by_key.items():
        news = new_by_key.get(key, [])
        if len(olds) == 1 and len(news) == 1:
            pairs.append(DocumentPair(olds[0], news[0], "name"))
    return sorted(pairs)


def pair_by_similarity(
    old_docs: Sequence[str], new_docs: Sequence[str], old_texts: dict[str, str], new_texts: dict[str, str],
    threshold: float = SIMILARITY_THRESHOLD,
) -> list[DocumentPair]:
    """Renamed documents: greedily pair the most similar texts (rapidfuzz ratio on the opening) above threshold."""
    old_docs = [d for d in old_docs if old_texts.get(d)]
    new_docs = [d for d in new_docs if new_texts.get(d)]
    if not old_docs or not new_docs:
        return []
    scores = cdist(
        [old_texts[d][:SIMILARITY_CHARS] for d in old_docs],
        [new_texts[d][:SIMILARITY_CHARS] for d in new_docs],
        scorer=fuzz.ratio,
        score_cutoff=threshold,
    )
    candidates = sorted(
        (-float(scores[i, j]), old_docs[i], new_docs[j])
        for i in range(len(old_docs))
        for j in range(len(new_docs))
        if scores[i, j] >= threshold
    )
    pairs, used_old, used_new = [], set(), set()
    for _, old_doc, new_doc in candidates:
        if old_doc not in used_old and new_doc not in used_new:
            pairs.append(DocumentPair(old_doc, new_doc, "similarity"))
            used_old.add(old_doc)
            used_new.add(new_doc)
    return sorted(pairs)


def find_document(name: str, documents: Sequence[str], side: str) -> str:
    """A document named by hand: its path, its file name, or either without extension."""
    for matches in (
        [d for d in documents if d == name],
        [d for d in documents if PurePosixPath(d).name == name],
        [d for d in documents if name in (document_key(d), PurePosixPath(document_key(d)).name)],
    ):
        if len(matches) == 1:
            return matches[0]
        if len(matches) > 1:
            raise DiffError(f"{name!r} names several {side} documents: {', '.join(matches)}")
    raise DiffError(f"{name!r}: no such {side} document")


def _group_by_key(documents: Iterable[str]) -> dict[str, list[str]]:
    groups: dict[str, list[str]] = {}
    for document in documents:
        groups.setdefault(document_key(document), []).append(document)
    return groups


# ---------------------------------------------------------------- comparing facts


def _fact_frame(facts: pd.DataFrame | pa.Table) -> pd.DataFrame:
    """The compared columns as plain Python values (categories and nullable ints would not merge cleanly)."""
    frame = facts.to_pandas() if isinstance(facts, pa.Table) else facts
    missing = [c for c in FACT_COLUMNS if c not in frame.columns]
    if missing:
        raise DiffError(f"facts table lacks column(s): {', '.join(missing)}")
    frame = frame[list(FACT_COLUMNS)].astype(object)
    return frame.where(frame.notna(), None)


def _pair_labels(
    pairs: Sequence[DocumentPair], old_documents: Iterable[str], new_documents: Iterable[str]
) -> tuple[dict[str, tuple[str, str]], dict[str, tuple[str, str]]]:
    """Per document: a merge key shared by the two documents of a pair, and the name to report.

    A pair is reported under the new document's name; unpaired documents under their own.
    """
    old_labels = {d: (f"old:{d}", d) for d in old_documents}
    new_labels = {d: (f"new:{d}", d) for d in new_documents}
    for index, pair in enumerate(pairs):
        old_labels[pair.old] = new_labels[pair.new] = (f"pair:{index}", pair.new)
    return old_labels, new_labels


def _keyed(frame: pd.DataFrame, labels: dict[str, tuple[str, str]]) -> pd.DataFrame:
    """Facts with their pair key and reported name; one row per fact key (the first, as in `facts`)."""
    frame = frame.copy()
    frame["_pair"] = [labels[d][0] for d in frame["document"]]
    frame["_reported"] = [labels[d][1] for d in frame["document"]]
    return frame.drop_duplicates(subset=["_pair", *FACT_KEY], keep="first")


def _clean(record: dict) -> dict:
    """NaN from the outer merge as None."""
    return {k: (None if isinstance(v, float) and math.isnan(v) else v) for k, v in record.items()}


def _change_rows(record: dict, confidence_threshold: float) -> list[dict]:
    """The change rows for one merged fact: one for added/removed, one per differing field for changed."""
    side = record["_merge"]
    if side == "left_only":
        return [_row(record, "removed")]
    if side == "right_only":
        return [_row(record, "added")]
    return [
        _row(record, "changed", field_name=name, old=old, new=new)
        for name, old, new in field_changes(record, confidence_threshold)
    ]


def field_changes(record: dict, confidence_threshold: float) -> list[tuple[str, str | None, str | None]]:
    """(field, old, new) for each compared field that differs; evidence, offsets and place_text never count."""
    out = []
    for name in COMPARED_FIELDS:
        old, new = record[f"{name}_old"], record[f"{name}_new"]
        if not _same(name, old, new, confidence_threshold):
            out.append((name, _as_text(name, old), _as_text(name, new)))
    return out


def _same(name: str, old, new, confidence_threshold: float) -> bool:
    if name == "confidence":
        if old is None or new is None:
            return old is new
        return round(abs(float(new) - float(old)), 6) <= confidence_threshold
    if name == "deadline":
        return _as_text(name, old) == _as_text(name, new)
    return _normalised_text(old) == _normalised_text(new)


def _normalised_text(value) -> str:
    """Cluster names and levels compare without case and with whitespace collapsed."""
    return re.sub(r"\s+", " ", str(value or "")).strip().casefold()


def _as_text(name: str, value) -> str | None:
    """A field's value as the string written to the `old`/`new` columns."""
    if value is None:
        return None
    if name == "deadline":
        return str(int(value))
    if name == "confidence":
        return format(round(float(value), 4), "g")
    return str(value)


def _row(record: dict, change: str, field_name: str | None = None, old: str | None = None, new: str | None = None) -> dict:
    def pick(column: str):
        newer = record.get(f"{column}_new")
        return newer if newer is not None else record.get(f"{column}_old")

    return {
        "change": change,
        "document": pick("_reported"),
        "place_id": record["place_id"],
        "place": pick("place"),
        "sector_id": record["sector_id"],
        "sector": pick("sector"),
        "cluster_kind": pick("cluster_kind"),
        "field": field_name,
        "old": old,
        "new": new,
        "old_evidence": record.get("evidence_old"),
        "new_evidence": record.get("evidence_new"),
    }
