"""A synthetic corpus of plan-like English for benchmarks: big, deterministic, never repetitive.

Paragraphs are assembled from the gazetteer (places, sectors, regions, agencies) in the sentence
shapes regional plans use, mixed with the sample documents (once verbatim, then with their names
and years swapped). No paragraph repeats verbatim, so caches and string stores see realistic churn.
"""

from __future__ import annotations

import hashlib
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from policyextract.gazetteer import Gazetteer, load_gazetteer

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SEEDS = REPO / "seeds"
MIN_FILE_BYTES = 5_000
MAX_FILE_BYTES = 20_000
YEARS = tuple(range(2015, 2036))

_VERBS = ("build", "develop", "foster", "cultivate", "strengthen", "expand", "upgrade", "consolidate", "promote")
_CLUSTER_HEADS = ("industrial cluster", "industry cluster", "industrial base", "production base",
                  "innovation hub", "industrial park", "demonstration zone", "industrial belt")
_CLUSTER_ADJECTIVES = ("", "world-class ", "national ", "advanced ", "modern ", "competitive ",
                       "green ", "high-end ", "characteristic ", "strategic ")
_AMBITIONS = ("with global influence", "of national importance", "with distinctive regional characteristics",
              "worth over 100 billion yuan", "that leads the country", "with strong competitiveness")
_POLICY_OBJECTS = ("the business environment", "the market system", "scientific and technological innovation",
                   "talent cultivation", "financial support", "land use guarantees", "digital infrastructure",
                   "green and low-carbon transformation", "regional coordination", "opening-up to the outside world",
                   "the integration of industry and finance", "the protection of intellectual property")
_POLICY_VERBS = ("improve", "deepen", "optimise", "strengthen", "accelerate", "advance", "support", "refine")
_STATISTICS = ("enterprises above designated size", "high-tech enterprises", "specialised and sophisticated SMEs",
               "industrial parks", "provincial-level technology centres", "listed companies")
_HEADING_VERBS = ("Build", "Develop", "Promote", "Strengthen", "Accelerate", "Foster", "Upgrade")
_HEADING_TOPICS = ("a Modern Industrial System", "Advanced Manufacturing Clusters", "Strategic Emerging Industries",
                   "Regional Industrial Coordination", "the Digital Economy", "Green Industries",
                   "Industrial Chains and Supply Chains", "Innovation Platforms")
_NUMBER_WORDS = ("two", "three", "four", "five", "six", "eight", "ten", "a dozen", "several", "a number of")


@dataclass(frozen=True)
class Vocabulary:
    """The names the generator draws from, taken from the gazetteer once."""

    provinces: tuple[str, ...]
    cities: tuple[str, ...]
    sectors: tuple[str, ...]
    regions: tuple[str, ...]
    agencies: tuple[str, ...]

    @classmethod
    def from_gazetteer(cls, gazetteer: Gazetteer) -> Vocabulary:
        places = sorted(gazetteer.places.values(), key=lambda p: p.place_id)
        return cls(
            provinces=tuple(p.name_en for p in places if p.level == "province"),
            cities=tuple(p.name_en for p in places if p.level == "prefecture"),
            sectors=tuple(sorted({form for s in gazetteer.sectors.values() for form in _sector_forms(s)})),
            regions=tuple(sorted(r.name for r in gazetteer.regions.values())),
            agencies=tuple(sorted(a.name for a in gazetteer.agencies.values() if a.level == "central")),
        )


def _sector_forms(sector) -> list[str]:
    """Lower-case forms only: acronyms and proper-noun forms read oddly in generated prose."""
    return [f for f in (sector.label.lower(), *sector.forms) if f and f == f.lower()]


@dataclass(frozen=True)
class CorpusStats:
    n_files: int
    n_bytes: int
    n_words: int
    n_paragraphs: int


class PlanWriter:
    """Draws sentences, paragraphs and whole documents from one seeded random generator."""

    def __init__(self, vocabulary: Vocabulary, seed_texts: list[str], seed: int = 0):
        self.v = vocabulary
        self.rng = random.Random(seed)
        self.seen: set[bytes] = set()
        self.seed_paragraphs = [p for text in seed_texts for p in split_paragraphs(text)]
        self.verbatim_seeds = list(seed_texts)
        self.name_pattern = _name_pattern(vocabulary)
        self.n_documents = 0

    def place(self) -> str:
        if self.rng.random() < 0.3:
            province = self.rng.choice(self.v.provinces)
            return self.rng.choice((province, f"{province} province", f"{province} Province"))
        city = self.rng.choice(self.v.cities)
        return self.rng.choice((city, city, f"{city} city", f"{city} City"))

    def sector(self) -> str:
        return self.rng.choice(self.v.sectors)

    def year(self) -> int:
        return self.rng.choice(YEARS)

    def listing(self, items: list[str]) -> str:
        return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]

    def cluster(self) -> str:
        return f"{self.rng.choice(_CLUSTER_ADJECTIVES)}{self.sector()} {self.rng.choice(_CLUSTER_HEADS)}"

    def build_sentence(self) -> str:
        cluster = self.cluster()
        article = "an" if cluster[0] in "aeiou" else "a"
        return (f"{self.place()} will {self.rng.choice(_VERBS)} {article} {cluster} "
                f"{self.rng.choice(_AMBITIONS)} by {self.year()}.")

    def cities_sentence(self) -> str:
        cities = self.rng.sample(self.v.cities, self.rng.randint(3, 7))
        sectors = self.rng.sample(self.v.sectors, self.rng.randint(2, 3))
        if self.rng.random() < 0.5:
            return f"Cities including {self.listing(cities)} will {self.rng.choice(_VERBS)} {self.listing(sectors)}."
        lead = self.rng.choice(("Relying on", "Centring on cities such as", "In"))
        return f"{lead} {self.listing(cities)}, the region will {self.rng.choice(_VERBS)} {self.listing(sectors)}."

    def possessive_sentence(self) -> str:
        pairs = [f"{p}'s {self.sector()}" for p in self.rng.sample(self.v.provinces, self.rng.randint(2, 5))]
        return f"Efforts will be made to {self.rng.choice(_VERBS)} {self.listing(pairs)}."

    def located_sentence(self) -> str:
        pairs = [f"{self.sector()} in {p}" for p in self.rng.sample(self.v.provinces, self.rng.randint(2, 5))]
        return f"The plan gives priority to {self.listing(pairs)}, according to the {self.rng.choice(self.v.agencies)}."

    def observation_sentence(self) -> str:
        return (f"As of the end of {self.rng.choice(YEARS[:8])}, {self.place()} had "
                f"{self.rng.randint(12, 4800):,} {self.rng.choice(_STATISTICS)} in {self.sector()}, "
                f"with an output value of {self.rng.randint(5, 2900)}.{self.rng.randint(0, 9)} billion yuan.")

    def target_sentence(self) -> str:
        return (f"By {self.year()}, the output of {self.sector()} in {self.place()} should exceed "
                f"{self.rng.randint(10, 990)} billion yuan, and {self.rng.choice(_NUMBER_WORDS)} "
                f"{self.cluster()}s will take shape.")

    def region_sentence(self) -> str:
        return (f"{self.rng.choice(self.v.regions)} will {self.rng.choice(_VERBS)} {self.cluster()}s and "
                f"{self.rng.choice(_POLICY_VERBS)} {self.rng.choice(_POLICY_OBJECTS)}.")

    def policy_sentence(self) -> str:
        objects = self.rng.sample(_POLICY_OBJECTS, 2)
        return (f"We will {self.rng.choice(_POLICY_VERBS)} {objects[0]} and {self.rng.choice(_POLICY_VERBS)} "
                f"{objects[1]} so as to support {self.sector()} enterprises in {self.place()}.")

    def title(self) -> str:
        start = self.year()
        return f"{self.place()} Plan for {self.rng.choice(_HEADING_TOPICS)} ({start}-{start + 5})"

    def heading(self, number: int) -> str:
        if self.rng.random() < 0.5:
            return f"{number}. {self.rng.choice(_HEADING_VERBS)} {self.rng.choice(_HEADING_TOPICS)}"
        return f"Chapter {number} Developing the {self.sector().title()} Industry"

    def generated_paragraph(self) -> str:
        shapes = (self.build_sentence, self.cities_sentence, self.possessive_sentence, self.located_sentence,
                  self.observation_sentence, self.target_sentence, self.region_sentence, self.policy_sentence,
                  self.policy_sentence)
        return " ".join(self.rng.choice(shapes)() for _ in range(self.rng.randint(2, 6)))

    def mutated_seed_paragraph(self) -> str:
        """A sample-document paragraph with its place names and years swapped for others."""
        paragraph = self.rng.choice(self.seed_paragraphs)
        paragraph = self.name_pattern.sub(lambda m: self._swap_name(m.group(0)), paragraph)
        return re.sub(r"\b20[1-3]\d\b", lambda m: str(self.year()), paragraph)

    def _swap_name(self, name: str) -> str:
        return self.rng.choice(self.v.provinces if name in self.v.provinces else self.v.cities)

    def unique(self, make) -> str | None:
        """`make()` until it gives a paragraph not produced before (None after a few tries)."""
        for _ in range(8):
            paragraph = make()
            digest = hashlib.blake2b(paragraph.encode(), digest_size=12).digest()
            if digest not in self.seen:
                self.seen.add(digest)
                return paragraph
        return None

    def document(self, target_bytes: int) -> str:
        if self.verbatim_seeds:
            return self._remember(self.verbatim_seeds.pop(0))
        self.n_documents += 1
        title = self.unique(self.title) or f"{self.title()} (No. {self.n_documents})"
        parts, size, section = [title], len(title), 1
        while size < target_bytes:
            paragraph = self.unique(self._next_paragraph_maker(section))
            if paragraph is None:
                continue
            section += paragraph[0].isdigit() or paragraph.startswith("Chapter")
            parts.append(paragraph)
            size += len(paragraph.encode()) + 2
        return "\n\n".join(parts) + "\n"

    def _next_paragraph_maker(self, section: int):
        roll = self.rng.random()
        if roll < 0.12:
            return lambda: self.heading(section)
        if roll < 0.30 and self.seed_paragraphs:
            return self.mutated_seed_paragraph
        return self.generated_paragraph

    def _remember(self, text: str) -> str:
        for paragraph in split_paragraphs(text):
            self.seen.add(hashlib.blake2b(paragraph.encode(), digest_size=12).digest())
        return text


def split_paragraphs(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]


def _name_pattern(vocabulary: Vocabulary) -> re.Pattern:
    names = sorted(set(vocabulary.provinces) | set(vocabulary.cities), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b")


def read_seed_texts(seeds_dir: Path | None) -> list[str]:
    if seeds_dir is None or not seeds_dir.is_dir():
        return []
    return [p.read_text(encoding="utf-8") for p in sorted(seeds_dir.glob("*.txt"))]


def iter_documents(size_bytes: int, seed: int = 0, seeds_dir: Path | None = DEFAULT_SEEDS,
                   gazetteer: Gazetteer | None = None) -> Iterator[str]:
    """Documents of 5–20 KB until their UTF-8 sizes add up to at least `size_bytes`."""
    writer = PlanWriter(Vocabulary.from_gazetteer(gazetteer or load_gazetteer()), read_seed_texts(seeds_dir), seed)
    total = 0
    while total < size_bytes:
        text = writer.document(writer.rng.randint(MIN_FILE_BYTES, MAX_FILE_BYTES))
        total += len(text.encode())
        yield text


def write_corpus(out_dir: Path, size_mb: float, seed: int = 0, seeds_dir: Path | None = DEFAULT_SEEDS) -> CorpusStats:
    """Write the corpus as numbered .txt files under `out_dir` and say how big it came out."""
    out_dir.mkdir(parents=True, exist_ok=True)
    n_files = n_bytes = n_words = n_paragraphs = 0
    for n_files, text in enumerate(iter_documents(int(size_mb * 1_000_000), seed, seeds_dir), start=1):
        data = text.encode()
        (out_dir / f"doc_{n_files:06d}.txt").write_bytes(data)
        n_bytes += len(data)
        n_words += len(text.split())
        n_paragraphs += len(split_paragraphs(text))
    return CorpusStats(n_files=n_files, n_bytes=n_bytes, n_words=n_words, n_paragraphs=n_paragraphs)
