"""A synthetic corpus of plan-like English for benchmarks: big, deterministic, never repetitive.

Paragraphs are assembled from the gazetteer (places, sectors, regions, agencies) in the sentence
shapes regional plans use, mixed with the sample documents (once verbatim, then with their places,
sectors and years swapped). No paragraph repeats verbatim, so caches and string stores see realistic
churn.

Much of a real plan names nothing: general measures ("We will improve the business environment and
deepen the reform of ..., so as to ..."), numbered task lists and a closing section of safeguards
("Strengthen organisational leadership"). The generator writes that prose too. The mix below
(`NAMED_SHARE`, `NAMED_SHAPE_WEIGHTS`, `PARAGRAPH_WEIGHTS`, `SECTION_WEIGHTS`, `TITLE_PLACE_SHARE`, the list lengths) is
calibrated so that the pipeline finds about as many mentions and facts per 1,000 words in the corpus
as in the sample documents (seeds/), within ±15% at 2 MB and 20 MB; `benchmarks/throughput.py`
measures both every run and reports them side by side.
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

# The prose that names nothing: general measures, built from (verb, participle) × object × means × purpose.
_MEASURE_VERBS = (("improve", "improved"), ("deepen", "deepened"), ("optimise", "optimised"),
                  ("strengthen", "strengthened"), ("accelerate", "accelerated"), ("advance", "advanced"),
                  ("refine", "refined"), ("consolidate", "consolidated"), ("expand", "expanded"),
                  ("enhance", "enhanced"), ("step up", "stepped up"), ("push forward", "pushed forward"),
                  ("standardise", "standardised"), ("promote", "promoted"), ("implement", "implemented"),
                  ("carry forward", "carried forward"), ("coordinate", "coordinated"), ("reinforce", "reinforced"),
                  ("perfect", "perfected"), ("speed up", "sped up"))
_MEASURE_OBJECTS = ("the business environment", "the market system", "the reform of state-owned enterprises",
                    "the reform of the administrative approval system",
                    "the reform of delegating power and improving services", "the social credit system",
                    "the supervision of product quality", "the statistical monitoring system",
                    "the evaluation and assessment mechanism", "the training of skilled workers",
                    "the introduction of high-level talent",
                    "the mechanism for transferring scientific and technological achievements",
                    "the protection of intellectual property rights", "the supply of land for industrial use",
                    "the allocation of production factors", "the construction of public service platforms",
                    "the standards system", "the quality infrastructure", "the sharing of government information",
                    "the financing guarantee system", "fiscal and tax incentive policies",
                    "the market-oriented allocation of resources", "the mechanism for attracting investment",
                    "cooperation between enterprises, universities and research institutes",
                    "energy conservation and emission reduction", "the responsibility system for work safety",
                    "the supervision of environmental protection", "government procurement policies",
                    "the management of special funds", "the performance evaluation of projects",
                    "public services for enterprises", "the reform of the household registration system",
                    "the mechanism for resolving disputes", "the construction of the rule of law",
                    "the assessment of policy implementation", "the credit rating of enterprises",
                    "the fair competition review system", "the negative list for market access",
                    "the cultivation of market entities", "the reform of the investment and financing system",
                    "the dynamic adjustment of key projects", "the connection between planning and annual plans",
                    "the system of responsibility for targets", "the linkage between departments",
                    "the transformation of government functions", "the handling of administrative matters online",
                    "the protection of the rights of private entrepreneurs",
                    "the settlement of arrears owed to small and medium-sized enterprises",
                    "the reduction of institutional costs", "the development of a unified national market",
                    "the inspection and testing system", "the building of the talent pool",
                    "the incentive mechanism for innovation", "the system of basic research")
_MEANS = ("through pilot demonstrations", "through market-oriented mechanisms",
          "by strengthening policy coordination", "through reform and innovation", "by improving supporting policies",
          "through closer cooperation between departments", "by making full use of existing funds",
          "through classified guidance", "in accordance with the law", "step by step and in an orderly manner",
          "by drawing on successful experience", "through regular supervision",
          "with the participation of all sectors of society", "on the basis of local conditions",
          "by combining incentives with constraints", "through a list of tasks and responsibilities",
          "by means of third-party evaluation", "through the joint efforts of the government and enterprises")
_PURPOSES = ("lay a solid foundation for high-quality development", "stimulate the vitality of market entities",
             "create a favourable environment for enterprises", "raise the overall level of competitiveness",
             "ensure that the targets of the plan are achieved on schedule", "reduce the costs borne by enterprises",
             "form a new pattern of coordinated development", "enhance the sense of gain of the people",
             "provide strong guarantees for economic and social development",
             "release the potential of domestic demand", "promote the efficient flow of production factors",
             "build a fair and transparent market order", "improve the efficiency of the allocation of resources",
             "prevent and defuse major risks", "improve the quality and efficiency of development",
             "support the steady growth of the real economy")
_ACTORS = ("Governments at all levels", "All relevant departments", "Local governments", "The competent departments",
           "Industry associations", "Leading enterprises", "Financial institutions",
           "Universities and research institutes", "The departments concerned",
           "People's governments at or above the county level", "Market entities", "The leading group for the plan")
_SUPPORTED = ("leading enterprises", "small and medium-sized enterprises", "private enterprises", "key enterprises",
              "backbone enterprises", "start-ups", "qualified enterprises", "enterprises of all types")
_GERUNDS = ("building research and development centres", "carrying out technological transformation",
            "expanding into international markets", "applying for invention patents",
            "taking part in drafting national standards", "establishing innovation consortia",
            "merging and reorganising", "listing and raising funds", "training professional and technical personnel",
            "introducing advanced equipment", "exploring new business models", "improving their management systems",
            "building their own brands", "cooperating with universities and research institutes",
            "going digital and intelligent", "reducing energy consumption per unit of output")
_ROLES = ("the decisive role of the market in allocating resources", "the guiding role of government funds",
          "the leading role of key enterprises", "the bridging role of industry associations",
          "the supporting role of universities and research institutes", "the exemplary role of pilot projects",
          "the leverage of fiscal funds", "the principal role of enterprises in innovation",
          "the coordinating role of the leading group", "the supervisory role of public opinion",
          "the role of talent as the primary resource", "the role of standards in guiding development")
_SAFEGUARD_TITLES = ("Strengthen organisational leadership", "Increase policy support",
                     "Strengthen financial support", "Strengthen talent support",
                     "Improve the supervision and evaluation mechanism", "Create a favourable atmosphere",
                     "Strengthen publicity and guidance", "Implement responsibilities",
                     "Strengthen the guarantee of production factors", "Deepen reform and opening-up",
                     "Strengthen monitoring and early warning", "Improve the working mechanism",
                     "Strengthen the guarantee of land use", "Optimise public services")
_SAFEGUARD_HEADINGS = ("Safeguard Measures", "Safeguards for Implementation", "Organisation and Implementation",
                       "Guarantee Measures", "Supporting Measures", "Implementation Safeguards")
_CHAPTER_STYLES = ("{n}. {text}", "Chapter {n} {text}", "Part {n} {text}", "Section {n} {text}")

# Sentence and paragraph mixes, calibrated against seeds/ (see the module docstring).
TITLE_PLACE_SHARE = 0.005  # of the generated plans, the share whose title names a place (each gives dozens of facts)
NAMED_SHARE = 0.8  # of the sentences of a generated paragraph, the share that names places or sectors
SECTION_WEIGHTS = {"development": 5, "tasks": 3, "safeguards": 1}
PARAGRAPH_WEIGHTS = {"generated": 6, "measures": 1, "seed": 3}
CITIES_PER_LIST = (2, 4)  # how many cities a "Cities including A, B and C will ..." sentence lists
SECTORS_PER_LIST = (1, 3)
PAIRS_PER_LIST = (2, 3)  # "A's x and B's y", "x in A and y in B"
SECTORS_ONLY_PER_LIST = (3, 6)  # "Vigorously develop x, y and z": facts only of a plan whose title names a place
PLACES_ONLY_PER_LIST = (1, 3)  # "Support A and B in ...": places, no sector, so no fact
NAMED_SHAPE_WEIGHTS = {  # PlanWriter methods
    "build_sentence": 2, "cities_sentence": 1, "possessive_sentence": 1, "located_sentence": 1,
    "observation_sentence": 1, "target_sentence": 1, "region_sentence": 1, "policy_sentence": 2,
    "sectors_sentence": 10, "place_sentence": 4, "agency_sentence": 1,
}


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
        self.seed_names: dict[str, list[tuple[int, int]]] = {}  # where each seed paragraph names a name
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
        cities = self.rng.sample(self.v.cities, self.rng.randint(*CITIES_PER_LIST))
        sectors = self.rng.sample(self.v.sectors, self.rng.randint(*SECTORS_PER_LIST))
        if self.rng.random() < 0.5:
            return f"Cities including {self.listing(cities)} will {self.rng.choice(_VERBS)} {self.listing(sectors)}."
        lead = self.rng.choice(("Relying on", "Centring on cities such as", "In"))
        return f"{lead} {self.listing(cities)}, the region will {self.rng.choice(_VERBS)} {self.listing(sectors)}."

    def possessive_sentence(self) -> str:
        provinces = self.rng.sample(self.v.provinces, self.rng.randint(*PAIRS_PER_LIST))
        pairs = [f"{p}'s {self.sector()}" for p in provinces]
        return f"Efforts will be made to {self.rng.choice(_VERBS)} {self.listing(pairs)}."

    def located_sentence(self) -> str:
        provinces = self.rng.sample(self.v.provinces, self.rng.randint(*PAIRS_PER_LIST))
        pairs = [f"{self.sector()} in {p}" for p in provinces]
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

    # Sentences that name sectors, or places, but not both: mentions without facts, but for the sectors
    # of a plan whose title names its place.

    def sectors_sentence(self) -> str:
        sectors = self.listing(self.rng.sample(self.v.sectors, self.rng.randint(*SECTORS_ONLY_PER_LIST)))
        if self.rng.random() < 0.5:
            return f"Vigorously develop {sectors}, and {self.clause()}."
        return f"Priority will be given to {sectors}, and {self.object()} will be {self.participle()}."

    def place_sentence(self) -> str:
        if self.rng.random() < 0.5:
            places = self.listing([self.place() for _ in range(self.rng.randint(*PLACES_ONLY_PER_LIST))])
            return f"Support {places} in {self.rng.choice(_GERUNDS)} and {self.clause()}."
        return f"{self.place()} shall {self.clause()} {self.rng.choice(_MEANS)}."

    def agency_sentence(self) -> str:
        agency, clause = self.rng.choice(self.v.agencies), self.clause()
        return f"The {agency} will take the lead to {clause} {self.rng.choice(_MEANS)}."

    # General measures: no names at all.

    def clause(self) -> str:
        return f"{self.rng.choice(_MEASURE_VERBS)[0]} {self.object()}"

    def object(self) -> str:
        return self.rng.choice(_MEASURE_OBJECTS)

    def participle(self) -> str:
        return self.rng.choice(_MEASURE_VERBS)[1]

    def measure_sentence(self) -> str:
        shape = self.rng.randrange(8)
        means, purpose = self.rng.choice(_MEANS), self.rng.choice(_PURPOSES)
        if shape == 0:
            return f"We will {self.clause()} and {self.clause()}, so as to {purpose}."
        if shape == 1:
            return f"Efforts will be made to {self.clause()} {means}."
        if shape == 2:
            return (f"{self.rng.choice(('Support', 'Encourage and guide'))} {self.rng.choice(_SUPPORTED)} in "
                    f"{self.rng.choice(_GERUNDS)}, and {self.clause()}.")
        if shape == 3:
            return f"Give full play to {self.rng.choice(_ROLES)}, and {self.clause()} {means}."
        if shape == 4:
            return f"{self.rng.choice(_ACTORS)} shall {self.clause()} and {self.clause()}."
        if shape == 5:
            return f"It is necessary to {self.clause()}, {self.clause()} and {self.clause()}."
        if shape == 6:
            subject = self.object()
            return f"{subject[0].upper()}{subject[1:]} will be {self.participle()} {means}, in order to {purpose}."
        return f"{self.clause().capitalize()} {means}, and {self.clause()}."

    def named_sentence(self) -> str:
        shapes, weights = zip(*NAMED_SHAPE_WEIGHTS.items())
        return getattr(self, self.rng.choices(shapes, weights)[0])()

    def title(self) -> str:
        """A provincial or city plan names its place in the title, and the pipeline gives that place the
        sectors of sentences that name none; a national plan names none (share `TITLE_PLACE_SHARE`)."""
        start = self.year()
        place = f"{self.place()} " if self.rng.random() < TITLE_PLACE_SHARE else "National "
        return f"{place}Plan for {self.rng.choice(_HEADING_TOPICS)} ({start}-{start + 5})"

    def heading(self, number: int) -> str:
        style = self.rng.choice(_CHAPTER_STYLES)
        if self.rng.random() < 0.5:
            return style.format(n=number, text=f"{self.rng.choice(_HEADING_VERBS)} {self.rng.choice(_HEADING_TOPICS)}")
        return style.format(n=number, text=f"Developing the {self.sector().title()} Industry")

    def safeguards_heading(self, number: int) -> str:
        text = self.rng.choice(_SAFEGUARD_HEADINGS)
        if self.rng.random() < 0.5:
            text += f" for {self.rng.choice(_HEADING_TOPICS)}"
        return self.rng.choice(_CHAPTER_STYLES).format(n=number, text=text)

    def generated_paragraph(self) -> str:
        """2–6 sentences, each naming places or sectors with probability NAMED_SHARE, else a general measure."""
        return " ".join(self.named_sentence() if self.rng.random() < NAMED_SHARE else self.measure_sentence()
                        for _ in range(self.rng.randint(2, 6)))

    def measures_paragraph(self) -> str:
        return " ".join(self.measure_sentence() for _ in range(self.rng.randint(2, 5)))

    def task_item(self, number: int) -> str:
        """`(3) Improve the market system.` and what it means, in a numbered list of tasks."""
        return f"({number}) {self.clause().capitalize()}. {self.generated_paragraph()}"

    def safeguard_item(self, number: int) -> str:
        """`(1) Strengthen organisational leadership.` and general measures: no names."""
        return f"({number}) {self.rng.choice(_SAFEGUARD_TITLES)}. {self.measures_paragraph()}"

    def mutated_seed_paragraph(self) -> str:
        """A sample-document paragraph with its place names, sectors and years swapped for others.

        Sectors too, so that paragraphs with few places still have many variants: otherwise a big corpus
        would run out of them and keep only the paragraphs richest in names.
        """
        paragraph = self.rng.choice(self.seed_paragraphs)
        pieces, done = [], 0
        for start, end in self._names_in(paragraph):
            pieces += [paragraph[done:start], self._swap_name(paragraph[start:end])]
            done = end
        pieces.append(paragraph[done:])
        return re.sub(r"\b20[1-3]\d\b", lambda m: str(self.year()), "".join(pieces))

    def _names_in(self, paragraph: str) -> list[tuple[int, int]]:
        """The name pattern's matches in a seed paragraph, searched once: the pattern alternates
        thousands of names, and searching it again for every variant was most of the writing time."""
        if paragraph not in self.seed_names:
            self.seed_names[paragraph] = [m.span() for m in self.name_pattern.finditer(paragraph)]
        return self.seed_names[paragraph]

    def _swap_name(self, name: str) -> str:
        if name in self.v.provinces:
            return self.rng.choice(self.v.provinces)
        return self.rng.choice(self.v.cities if name in self.v.cities else self.v.sectors)

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
        """A title, then sections (a heading and its paragraphs) until `target_bytes` are written."""
        if self.verbatim_seeds:
            return self._remember(self.verbatim_seeds.pop(0))
        self.n_documents += 1
        title = self.unique(self.title) or f"{self.title()} (No. {self.n_documents})"
        parts, size, number = [title], len(title), 0
        while size < target_bytes:
            number += 1
            for make in self.section(number):
                paragraph = self.unique(make)
                if paragraph is None:  # a heading used up elsewhere: the section goes without
                    continue
                parts.append(paragraph)
                size += len(paragraph.encode()) + 2
                if size >= target_bytes:
                    break
        return "\n\n".join(parts) + "\n"

    def section(self, number: int) -> list:
        """Paragraph makers for one section: development prose, a numbered list of tasks, or safeguards."""
        kinds, weights = zip(*SECTION_WEIGHTS.items())
        kind = self.rng.choices(kinds, weights)[0]
        if kind == "safeguards" and number > 1:  # plans close with safeguards, they do not open with them
            items = range(1, self.rng.randint(3, 7))
            return [lambda: self.safeguards_heading(number)] + [lambda i=i: self.safeguard_item(i) for i in items]
        if kind != "development":
            items = range(1, self.rng.randint(3, 8))
            return [lambda: self.heading(number)] + [lambda i=i: self.task_item(i) for i in items]
        return [lambda: self.heading(number)] + [self._paragraph_maker() for _ in range(self.rng.randint(2, 6))]

    def _paragraph_maker(self):
        kinds, weights = zip(*PARAGRAPH_WEIGHTS.items())
        kind = self.rng.choices(kinds, weights)[0]
        if kind == "seed" and self.seed_paragraphs:
            return self.mutated_seed_paragraph
        return self.measures_paragraph if kind == "measures" else self.generated_paragraph

    def _remember(self, text: str) -> str:
        for paragraph in split_paragraphs(text):
            self.seen.add(hashlib.blake2b(paragraph.encode(), digest_size=12).digest())
        return text


def split_paragraphs(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]


def _name_pattern(vocabulary: Vocabulary) -> re.Pattern:
    names = sorted(set(vocabulary.provinces) | set(vocabulary.cities) | set(vocabulary.sectors), key=len, reverse=True)
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
