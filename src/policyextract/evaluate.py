"""Score a run's facts against gold facts (format: tests/gold/seeds/README.md).

A prediction matches a gold fact when the document and the place agree (canonical name ignoring
case, spaces and hyphens, or the same gazetteer entry by name or alias, never fuzzed) and the sector
texts overlap (one contains the other, or token-set similarity >= 80). Each prediction matches at most
one gold fact.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow.parquet as pq
from rapidfuzz import fuzz

from .normalise import resolve_place

SECTOR_SIMILARITY = 80


@dataclass(frozen=True)
class GoldFact:
    doc: str
    place: str
    place_text: str
    sector_texts: tuple[str, ...]
    deadline: int | None
    required: bool
    evidence: str


@dataclass(frozen=True)
class PredictedFact:
    doc: str
    place: str
    place_id: str
    place_text: str
    sector: str
    sector_text: str
    deadline: int | None
    evidence: str


@dataclass
class Score:
    n_predicted: int = 0
    n_correct: int = 0
    n_required: int = 0
    n_found: int = 0
    n_deadline_pairs: int = 0
    n_deadline_right: int = 0
    misses: list[GoldFact] = field(default_factory=list)
    false_positives: list[PredictedFact] = field(default_factory=list)
    deadline_errors: list[tuple[PredictedFact, GoldFact]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.n_correct / self.n_predicted if self.n_predicted else 1.0

    @property
    def recall(self) -> float:
        return self.n_found / self.n_required if self.n_required else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def deadline_accuracy(self) -> float:
        return self.n_deadline_right / self.n_deadline_pairs if self.n_deadline_pairs else 1.0

    def add(self, other: "Score") -> None:
        for name in ("n_predicted", "n_correct", "n_required", "n_found", "n_deadline_pairs", "n_deadline_right"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.misses += other.misses
        self.false_positives += other.false_positives
        self.deadline_errors += other.deadline_errors


@dataclass
class Evaluation:
    overall: Score
    per_document: dict[str, Score]


def load_gold(gold_dir: Path) -> dict[str, list[GoldFact]]:
    gold: dict[str, list[GoldFact]] = {}
    for path in sorted(gold_dir.glob("*.jsonl")):
        if path.name.startswith("_"):
            continue
        doc = path.name[: -len(".jsonl")]
        facts = gold.setdefault(doc, [])
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            facts.append(
                GoldFact(
                    doc=row["doc"],
                    place=row["place"],
                    place_text=row.get("place_text") or "",
                    sector_texts=tuple([row["sector_text"], *(row.get("sector_alts") or [])]),
                    deadline=row.get("deadline"),
                    required=row.get("required", True),
                    evidence=row.get("evidence") or "",
                )
            )
    return gold


def load_predictions(out_dir: Path) -> dict[str, list[PredictedFact]]:
    table = pq.read_table(out_dir / "facts.parquet").to_pylist()
    predicted: dict[str, list[PredictedFact]] = {}
    for row in table:
        doc = Path(row["document"]).name
        predicted.setdefault(doc, []).append(
            PredictedFact(
                doc=doc,
                place=row["place"],
                place_id=row["place_id"],
                place_text=row["place_text"],
                sector=row["sector"],
                sector_text=row["sector_text"],
                deadline=row["deadline"],
                evidence=row["evidence"],
            )
        )
    return predicted


def evaluate(out_dir: Path, gold_dir: Path) -> Evaluation:
    gold = load_gold(gold_dir)
    predicted = load_predictions(out_dir)
    per_document = {}
    overall = Score()
    for doc in sorted(set(gold) | set(predicted)):
        score = score_document(predicted.get(doc, []), gold.get(doc, []))
        per_document[doc] = score
        overall.add(score)
    return Evaluation(overall=overall, per_document=per_document)


def score_document(predictions: list[PredictedFact], gold: list[GoldFact]) -> Score:
    """Pairs predictions with gold facts best first: a required fact before an optional one, then one
    stated in the same sentence, then the closest sector text. Where two predictions could take one
    gold fact (the same place and sector with two cluster kinds), the one from the gold's own
    sentence takes it, so its deadline is the one compared."""
    score = Score(n_predicted=len(predictions), n_required=sum(g.required for g in gold))
    candidates = sorted(
        (
            (-g.required, prediction.evidence.strip() != g.evidence.strip(),
             -_sector_similarity(prediction.sector_text, g), p_index, g_index)
            for p_index, prediction in enumerate(predictions)
            for g_index, g in enumerate(gold)
            if _same_place(prediction, g) and _sector_overlaps(prediction.sector_text, g)
        )
    )
    matches: dict[int, int] = {}  # prediction index -> gold index
    taken: set[int] = set()
    for *_, p_index, g_index in candidates:
        if p_index not in matches and g_index not in taken:
            matches[p_index] = g_index
            taken.add(g_index)
    for p_index, prediction in enumerate(predictions):
        if p_index not in matches:
            score.false_positives.append(prediction)
            continue
        match = gold[matches[p_index]]
        score.n_correct += 1
        score.n_found += match.required
        if prediction.deadline is not None or match.deadline is not None:
            score.n_deadline_pairs += 1
            if prediction.deadline == match.deadline:
                score.n_deadline_right += 1
            else:
                score.deadline_errors.append((prediction, match))
    score.misses = [g for index, g in enumerate(gold) if g.required and index not in taken]
    return score


def _key(name: str) -> str:
    """A place name without spaces, hyphens or apostrophes, lowercased: "Nan'gang" and "Nangang" are
    one pinyin name, the apostrophe only marking a syllable break."""
    return re.sub(r"[\s\-‐–'’]+", "", name).lower()


def _same_place(prediction: PredictedFact, gold: GoldFact) -> bool:
    if _key(prediction.place) == _key(gold.place):
        return True
    return _gold_place_id(gold.place) == prediction.place_id


_PLACE_IDS: dict[str, str | None] = {}


def _gold_place_id(name: str) -> str | None:
    """The place a gold fact names, by its name or an alias, never fuzzed: an annotator's "Dainan" (a
    town the gazetteer lacks) is not the Hainan a misspelling would be taken for."""
    if name not in _PLACE_IDS:
        resolution = resolve_place(name)
        _PLACE_IDS[name] = resolution.entity_id if resolution.method != "fuzzy" else None
    return _PLACE_IDS[name]


def _sector_overlaps(text: str, gold: GoldFact) -> bool:
    predicted = text.lower()
    for option in gold.sector_texts:
        option = option.lower()
        if predicted in option or option in predicted or fuzz.token_set_ratio(predicted, option) >= SECTOR_SIMILARITY:
            return True
    return False


def _sector_similarity(text: str, gold: GoldFact) -> float:
    return max(fuzz.token_set_ratio(text.lower(), o.lower()) for o in gold.sector_texts)
