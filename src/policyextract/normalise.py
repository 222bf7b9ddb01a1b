"""Resolve a surface string (a place, region, sector or agency mention) to a gazetteer id.

Order: exact → alias → suffix stripping → fuzzy, with guards that keep real names from being
merged (Hunan/Henan) and homonyms (two Suzhous) settled by which province the text names.
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process
from rapidfuzz.distance import DamerauLevenshtein

from .gazetteer import (
    GOV_PREFIX,
    KIND_SUFFIXES,
    LEVEL_RANK,
    NEW_AREA_SUFFIXES,
    FormEntry,
    Gazetteer,
    display_form,
    form_key,
    government_name,
    load_gazetteer,
)

METHOD_ORDER = ("exact", "alias", "suffix", "listed")
FUZZY_SHORT_LETTERS = 5  # up to this many letters: no fuzzy match except one swapped pair
FUZZY_MIN_LETTERS = 5
FUZZY_EDIT_RATE = 0.15  # longer names may have one edit per this share of letters
SECTOR_FUZZY_MIN_CHARS = 8
SECTOR_FUZZY_SCORE = 90.0
AGENCY_FUZZY_MIN_CHARS = 15
AGENCY_FUZZY_SCORE = 90.0
FUZZY_MARGIN = 3.0  # points a fuzzy winner must lead the next entity by (sectors, agencies)

# Generic English words after a sector name ("new materials industry") that carry no meaning.
SECTOR_TRAILING_WORDS = ("industrial clusters", "industrial cluster", "industries", "industry",
                         "sectors", "sector", "clusters", "cluster")


@dataclass(frozen=True)
class Candidate:
    entity_id: str
    canonical: str
    score: float  # 0..100
    method: str  # exact | alias | suffix | fuzzy | rule


@dataclass(frozen=True)
class Resolution:
    text: str
    entity_id: str | None
    canonical: str | None
    kind: str  # place | region | sector | agency
    method: str  # exact | alias | suffix | fuzzy | context | document | rule | none
    score: float
    candidates: tuple[Candidate, ...]
    note: str | None = None

    @property
    def resolved(self) -> bool:
        return self.entity_id is not None


@dataclass(frozen=True)
class PlaceContext:
    sentence_provinces: frozenset[str] = frozenset()
    paragraph_provinces: frozenset[str] = frozenset()
    document_provinces: tuple[tuple[str, int], ...] = ()  # (province id, count), most first
    # a province named right beside the place, which outranks the rest: "Taizhou in Zhejiang", "Fujian's Fuzhou"
    beside_provinces: frozenset[str] = frozenset()
    # the ids a prefecture-level city named right beside a district or county may stand for, which outrank
    # even that: "Gulou District of Fuzhou" is Fuzhou's Gulou, whichever Fuzhou
    beside_cities: frozenset[str] = frozenset()


# -- places ----------------------------------------------------------------------------


def resolve_place(text: str, context: PlaceContext | None = None,
                  gazetteer: Gazetteer | None = None) -> Resolution:
    """Resolve a place or region name; lowercase input is matched exactly only, never fuzzed."""
    gaz = gazetteer or load_gazetteer()
    context = context or PlaceContext()
    key = form_key(text)
    if not key:
        return _unresolved(text, "place", (), "empty")
    lowercase = not any(ch.isupper() for ch in text)
    entries = _place_entries(gaz, key, surface_only=lowercase)
    if entries:
        return _resolve_entries(gaz, text, entries, context, 100.0, None)
    core, kinds = strip_designation(key)
    if core:
        entries = _place_entries(gaz, core, surface_only=lowercase)
        compatible = [e for e in entries if _place_kind(gaz, e.entity_id) in kinds]
        if compatible or entries:
            return _resolve_entries(gaz, text, compatible or entries, context, 100.0, "suffix")
    if lowercase:
        return _unresolved(text, "place", (), "lowercase text is not fuzzed")
    return _fuzzy_place(gaz, text, core or key, context)


def strip_designation(key: str) -> tuple[str | None, frozenset[str]]:
    """Split "wuhan city" into ("wuhan", kinds that use "City"); (None, ∅) when no suffix."""
    for suffix, kinds in _designations():
        if key.endswith(" " + suffix):
            return key[: -len(suffix) - 1].strip(), kinds
    return None, frozenset()


@functools.cache
def _designations() -> tuple[tuple[str, frozenset[str]], ...]:
    kinds_by_suffix: dict[str, set[str]] = {}
    for kind, suffixes in KIND_SUFFIXES.items():
        for suffix in suffixes:
            kinds_by_suffix.setdefault(form_key(suffix), set()).add(kind)
    for suffix in NEW_AREA_SUFFIXES:
        kinds_by_suffix.setdefault(form_key(suffix), set()).add("new_area")
    ordered = sorted(kinds_by_suffix.items(), key=lambda item: -len(item[0]))
    return tuple((suffix, frozenset(kinds)) for suffix, kinds in ordered)


def _place_entries(gaz: Gazetteer, key: str, surface_only: bool) -> list[FormEntry]:
    entries = list(gaz.place_entries.get(key, ())) + list(gaz.region_entries.get(key, ()))
    return [e for e in entries if e.surface or not surface_only]


def _place_kind(gaz: Gazetteer, entity_id: str) -> str:
    place = gaz.places.get(entity_id)
    return place.kind if place else "region"


def _resolve_entries(gaz: Gazetteer, text: str, entries: Sequence[FormEntry], context: PlaceContext,
                     score: float, method: str | None) -> Resolution:
    """One entity: its best method; several (homonyms): settled by context."""
    methods: dict[str, str] = {}
    for entry in entries:
        current = methods.get(entry.entity_id)
        if current is None or METHOD_ORDER.index(entry.method) < METHOD_ORDER.index(current):
            methods[entry.entity_id] = entry.method
    if method:
        methods = dict.fromkeys(methods, method)
    ids = list(methods)
    if len(ids) == 1:
        return _place_resolution(gaz, text, ids[0], methods[ids[0]], score, ids, methods, None)
    chosen, note = settle_homonym(gaz, ids, context)
    return _place_resolution(gaz, text, chosen, "context", score, ids, methods, note)


def _place_resolution(gaz: Gazetteer, text: str, chosen: str, method: str, score: float,
                      ids: Iterable[str], methods: dict[str, str], note: str | None,
                      scores: dict[str, float] | None = None) -> Resolution:
    ordered = [chosen] + [i for i in _larger_first(gaz, ids) if i != chosen]
    candidates = tuple(
        Candidate(i, gaz.display_name(i) or i, (scores or {}).get(i, score), methods[i])
        for i in ordered
    )
    kind = "region" if chosen in gaz.regions else "place"
    return Resolution(text, chosen, gaz.display_name(chosen), kind, method, score, candidates, note)


def settle_homonym(gaz: Gazetteer, ids: Sequence[str], context: PlaceContext) -> tuple[str, str]:
    """Pick one of several same-named places: a city named beside it, a province named beside it,
    then the sentence's, paragraph's and document's provinces, then size.

    A province among the candidates is no evidence for itself: "Hainan" puts Hainan in the
    sentence whichever Hainan it means. A name that is a province's own name means the province
    unless a province named beside it says otherwise: "Beijing, Tianjin and Hebei" is the
    province, not Tianjin's Hebei District.
    """
    if context.beside_cities:
        inside = [i for i in ids if i in gaz.places and gaz.places[i].parent_id in context.beside_cities]
        if inside:
            chosen = _larger_first(gaz, inside)[0]
            return chosen, f"city named beside it: {gaz.display_name(gaz.places[chosen].parent_id)}"
    candidate_provinces = {i for i in ids if i in gaz.places and gaz.places[i].level == "province"}
    steps = [("province named beside it", context.beside_provinces)]
    if not candidate_provinces:
        steps += [("province in sentence", context.sentence_provinces),
                  ("province in paragraph", context.paragraph_provinces)]
    for label, provinces in steps:
        inside = [i for i in ids if gaz.province_of(i) in provinces - candidate_provinces]
        if inside:
            chosen = _larger_first(gaz, inside)[0]
            return chosen, f"{label}: {_province_label(gaz, gaz.province_of(chosen))}"
    if candidate_provinces:
        return _larger_first(gaz, candidate_provinces)[0], "a province's own name"
    for province_id, count in context.document_provinces:
        inside = [i for i in ids if gaz.province_of(i) == province_id]
        if inside:
            chosen = _larger_first(gaz, inside)[0]
            return chosen, (f"province most mentioned in document: "
                            f"{_province_label(gaz, province_id)}, {count} mentions")
    chosen = _larger_first(gaz, ids)[0]
    place = gaz.places.get(chosen)
    city = place is not None and (place.level == "prefecture" or place.kind == "municipality")
    return chosen, "larger city" if city else "larger place"


def settling_provinces(gaz: Gazetteer, resolution: Resolution) -> frozenset[str]:
    """The provinces, and the cities, through which a context can settle a homonym's candidates:
    `settle_homonym` reads a context's provinces only where they hold a candidate, and a city beside
    it only where it is a candidate's parent, so contexts that agree on these resolve the name alike
    (see `settling_context`)."""
    settling = set()
    for candidate in resolution.candidates:
        place = gaz.places.get(candidate.entity_id)
        if place is not None:
            settling.update((place.province_id, place.parent_id))
    settling.discard(None)
    settling.discard("")
    return frozenset(settling)


def settling_context(context: PlaceContext, settling: frozenset[str]) -> PlaceContext:
    """`context` narrowed to the `settling_provinces` of a homonym: `settle_homonym` answers the
    same for both (the provinces left out hold none of its candidates), so one resolution serves
    every context, in any document, that narrows to the same one."""
    return PlaceContext(
        context.sentence_provinces & settling,
        context.paragraph_provinces & settling,
        tuple(item for item in context.document_provinces if item[0] in settling),
        context.beside_provinces & settling,
        context.beside_cities & settling,
    )


def _larger_first(gaz: Gazetteer, ids: Iterable[str]) -> list[str]:
    """Regions first, then places by prominence, then level (province before county)."""
    def size(entity_id: str) -> tuple:
        place = gaz.places.get(entity_id)
        if place is None:
            return (0, 0, 0, entity_id)
        return (1, -place.prominence, LEVEL_RANK.get(place.level, 9), entity_id)

    return sorted(dict.fromkeys(ids), key=size)


def _province_label(gaz: Gazetteer, province_id: str | None) -> str:
    name = gaz.display_name(province_id) if province_id else None
    return f"{name} ({province_id})"


# -- fuzzy places --------------------------------------------------------------------------


def allowed_edits(core_key: str) -> int:
    """Edits a name of this length may carry and still be fuzzed: 0 for ≤4 letters, 1, then more."""
    letters = sum(ch.isalpha() for ch in core_key)
    if letters < FUZZY_MIN_LETTERS:
        return 0
    return max(1, math.floor(letters * FUZZY_EDIT_RATE))


def _fuzzy_place(gaz: Gazetteer, text: str, key: str, context: PlaceContext) -> Resolution:
    """Closest major name (province, prefecture, new area, region) if clearly closest.

    Unresolved when two different real names (counties included) are equally close, or when a
    short name's only near match is not a swap of two letters.
    """
    max_edits = allowed_edits(key)
    if max_edits == 0:
        return _unresolved(text, "place", (), "too short to fuzz")
    targets, keys = _fuzzy_targets(gaz)
    matches = process.extract(key, keys, scorer=DamerauLevenshtein.distance,
                              score_cutoff=max_edits, limit=None)
    if sum(ch.isalpha() for ch in key) <= FUZZY_SHORT_LETTERS:
        matches = [m for m in matches if sorted(m[0]) == sorted(key)]
    if not matches:
        return _unresolved(text, "place", (), "no name within reach")
    best = min(distance for _, distance, _ in matches)
    best_keys = sorted({choice for choice, distance, _ in matches if distance == best})
    if best == 1 and all(_vowel_apart(key, choice) for choice in best_keys):
        return _unresolved(text, "place", (), f"a vowel apart from {best_keys[0]!r}: another pinyin name")
    scores = _entity_scores(gaz, key, matches, targets)
    candidates = _fuzzy_candidates(gaz, scores)
    best_ids = sorted({e.entity_id for k in best_keys for e in targets[k]})
    rival = _equally_close_rival(gaz, key, best, best_keys, best_ids, targets)
    if rival:
        return _unresolved(text, "place", candidates, f"equally close to {rival}")
    methods = dict.fromkeys(best_ids, "fuzzy")
    score = _similarity(key, best_keys[0])
    if len(best_ids) == 1:
        return _place_resolution(gaz, text, best_ids[0], "fuzzy", score, best_ids, methods,
                                 f"fuzzy: {best} edit(s) from {best_keys[0]!r}", scores)
    chosen, note = settle_homonym(gaz, best_ids, context)
    return _place_resolution(gaz, text, chosen, "fuzzy", score, best_ids, methods,
                             f"fuzzy: {best} edit(s) from {best_keys[0]!r}; {note}", scores)


def _vowel_apart(key: str, choice: str) -> bool:
    """Whether two names differ only in one vowel for another: a syllable of another name ("Datang", a town of Zhuji,
    is no Datong; Hunan is no Henan), not a typo, which drops, adds or swaps letters ("Heifei", "Zhengzou"). An o for a u
    is how older spellings differ ("Chamdu" for Chamdo)."""
    if len(key) != len(choice):
        return False
    differing = [(a, b) for a, b in zip(key, choice) if a != b]
    return (len(differing) == 1 and differing[0][0] in _VOWELS and differing[0][1] in _VOWELS
            and set(differing[0]) != _SPELLING_VARIANTS)


_VOWELS = frozenset("aeiouv")
_SPELLING_VARIANTS = {"o", "u"}


def _equally_close_rival(gaz: Gazetteer, key: str, best: int, best_keys: list[str],
                         best_ids: list[str], targets: dict[str, tuple[FormEntry, ...]]) -> str | None:
    """A rival real name: another major name as close as the winner, or a closer county name.

    A county exactly as close as a city does not block it: the larger place is the likelier
    intended one ("Chengdou" is Chengdu, though Chengduo County is one swap away).
    """
    names = {gaz.display_name(i) for i in best_ids}
    if len(best_keys) > 1 and len(names) > 1:
        return " and ".join(sorted(str(n) for n in names))
    if best == 0:
        return None
    near = process.extract(key, _county_keys(gaz), scorer=DamerauLevenshtein.distance,
                           score_cutoff=best - 1, limit=None)
    for choice, _, _ in near:
        if choice in best_keys:
            continue
        county_ids = gaz.place_forms.get(choice, ())
        if any(i in best_ids for i in county_ids):
            continue
        return f"{gaz.display_name(county_ids[0])} ({county_ids[0]})"
    return None


def _entity_scores(gaz: Gazetteer, key: str, matches: list, targets) -> dict[str, float]:
    scores: dict[str, float] = {}
    for choice, _, _ in matches:
        for entry in targets[choice]:
            scores[entry.entity_id] = max(scores.get(entry.entity_id, 0.0), _similarity(key, choice))
    return scores


def _fuzzy_candidates(gaz: Gazetteer, scores: dict[str, float]) -> tuple[Candidate, ...]:
    ordered = sorted(scores.items(), key=lambda item: (-item[1], item[0]))
    return tuple(Candidate(i, gaz.display_name(i) or i, s, "fuzzy") for i, s in ordered)


def _similarity(a: str, b: str) -> float:
    return round(100.0 * DamerauLevenshtein.normalized_similarity(a, b), 1)


@functools.lru_cache(maxsize=4)
def _fuzzy_targets(gaz: Gazetteer) -> tuple[dict[str, tuple[FormEntry, ...]], list[str]]:
    """Keys a misspelling may be pulled to: names and aliases of places above county level."""
    targets: dict[str, tuple[FormEntry, ...]] = {}
    for index in (gaz.place_entries, gaz.region_entries):
        for key, entries in index.items():
            kept = tuple(e for e in entries if e.surface and e.method in ("exact", "alias")
                         and _is_major(gaz, e.entity_id))
            if kept:
                targets[key] = kept
    return targets, sorted(targets)


@functools.lru_cache(maxsize=4)
def _county_keys(gaz: Gazetteer) -> list[str]:
    """Own names of county-level places: not fuzzy targets, but rivals that block a guess."""
    return sorted({form_key(p.name_en) for p in gaz.places.values() if p.level == "county"})


def _is_major(gaz: Gazetteer, entity_id: str) -> bool:
    place = gaz.places.get(entity_id)
    return place is None or place.level != "county"


def _unresolved(text: str, kind: str, candidates: tuple[Candidate, ...], note: str | None) -> Resolution:
    return Resolution(text, None, None, kind, "none", 0.0, candidates, note)


# -- context ---------------------------------------------------------------------------------


def provinces_named_in(text: str, gazetteer: Gazetteer | None = None) -> Counter[str]:
    """Province ids named in a text (by name, alias or suffixed form), with counts."""
    gaz = gazetteer or load_gazetteer()
    pattern, province_by_key = _province_pattern(gaz)
    found: Counter[str] = Counter()
    for match in pattern.finditer(display_form(text)):
        province = province_by_key.get(form_key(match.group(0)))
        if province:
            found[province] += 1
    return found


def context_from_text(sentence: str, paragraph: str = "", document: str = "",
                      gazetteer: Gazetteer | None = None) -> PlaceContext:
    """A PlaceContext from raw text: provinces in the sentence, its paragraph and document."""
    gaz = gazetteer or load_gazetteer()
    in_document = provinces_named_in(document or paragraph or sentence, gaz)
    return PlaceContext(
        sentence_provinces=frozenset(provinces_named_in(sentence, gaz)),
        paragraph_provinces=frozenset(provinces_named_in(paragraph, gaz)) if paragraph else frozenset(),
        document_provinces=tuple(sorted(in_document.items(), key=lambda item: (-item[1], item[0]))),
    )


@functools.lru_cache(maxsize=4)
def _province_pattern(gaz: Gazetteer) -> tuple[re.Pattern[str], dict[str, str]]:
    province_by_key: dict[str, str] = {}
    texts: set[str] = set()
    for key, entries in gaz.place_entries.items():
        provinces = {e.entity_id for e in entries if e.surface
                     and gaz.places[e.entity_id].level == "province"}
        if len(provinces) == 1:
            province_by_key[key] = provinces.pop()
            texts.update(display_form(e.text) for e in entries if e.surface)
    alternatives = "|".join(re.escape(t) for t in sorted(texts, key=lambda t: (-len(t), t)))
    pattern = re.compile(rf"(?<![\w'])(?:{alternatives})(?!\w)", re.IGNORECASE)
    return pattern, province_by_key


# -- sectors -------------------------------------------------------------------------------


def resolve_sector(text: str, gazetteer: Gazetteer | None = None) -> Resolution:
    """Exact form, then singular/plural and "... industry" variants, then a listed form, then fuzzy
    for long forms."""
    gaz = gazetteer or load_gazetteer()
    key = form_key(text)
    if not key:
        return _unresolved(text, "sector", (), "empty")
    exact = _single(gaz.sector_entries.get(key, ()))
    if exact:
        return _entity_resolution(gaz, text, "sector", exact.entity_id, exact.method, 100.0)
    for variant in _sector_variants(key):
        found = _singular_sector_index(gaz).get(singular_key(variant))
        if found:
            return _entity_resolution(gaz, text, "sector", found, "suffix", 100.0)
    listed = _single(gaz.sector_listed_entries.get(key, ()))
    if listed:  # tagged only as an item of a list of sectors
        return _entity_resolution(gaz, text, "sector", listed.entity_id, listed.method, 100.0)
    if len(key) < SECTOR_FUZZY_MIN_CHARS:
        return _unresolved(text, "sector", (), "no form matches")
    return _fuzzy_by_ratio(gaz, text, "sector", _strip_trailing(key), gaz.sector_entries,
                           SECTOR_FUZZY_SCORE)


def singular_key(key: str) -> str:
    """Singularise the last word of a key, so "vehicles" and "vehicle" meet."""
    head, _, last = key.rpartition(" ")
    if last.endswith("ies") and len(last) > 4:
        last = last[:-3] + "y"
    elif last.endswith("s") and not last.endswith("ss") and len(last) > 3:
        last = last[:-1]
    return f"{head} {last}".strip()


def _sector_variants(key: str) -> list[str]:
    stripped = _strip_trailing(key)
    return [key] + ([stripped] if stripped and stripped != key else [])


def _strip_trailing(key: str) -> str:
    for word in SECTOR_TRAILING_WORDS:
        if key.endswith(" " + word):
            return key[: -len(word) - 1].strip()
    return key


@functools.lru_cache(maxsize=4)
def _singular_sector_index(gaz: Gazetteer) -> dict[str, str]:
    """singular key -> sector id, leaving out singular keys that two sectors share."""
    owners: dict[str, set[str]] = {}
    for key, entries in gaz.sector_entries.items():
        for entry in entries:
            owners.setdefault(singular_key(key), set()).add(entry.entity_id)
    return {key: ids.pop() for key, ids in owners.items() if len(ids) == 1}


# -- agencies ------------------------------------------------------------------------------


def resolve_agency(text: str, context: PlaceContext | None = None,
                   gazetteer: Gazetteer | None = None) -> Resolution:
    """Listed agency (case-sensitive acronyms first), then the government rule, then fuzzy."""
    gaz = gazetteer or load_gazetteer()
    written = display_form(text).strip(" .,;:\"“”()")
    if written in gaz.agency_case_sensitive:
        return _entity_resolution(gaz, text, "agency", gaz.agency_case_sensitive[written], "alias", 100.0)
    key = form_key(text)
    if not key:
        return _unresolved(text, "agency", (), "empty")
    exact = _single(gaz.agency_entries.get(key, ()))
    if exact:
        return _entity_resolution(gaz, text, "agency", exact.entity_id, exact.method, 100.0)
    government = resolve_government_agency(text, context, gaz)
    if government.resolved or len(key) < AGENCY_FUZZY_MIN_CHARS:
        return government
    return _fuzzy_by_ratio(gaz, text, "agency", key, gaz.agency_entries, AGENCY_FUZZY_SCORE)


_LEVEL_WORDS = {
    "provincial": "Province", "province": "Province", "municipal": "City", "municipality": "City",
    "city": "City", "county": "County", "district": "District", "prefectural": "Prefecture",
    "prefecture": "Prefecture", "autonomous regional": "Autonomous Region",
    "autonomous region": "Autonomous Region", "regional": "Autonomous Region",
}
_UNIT_TYPES = ("department", "bureau", "commission", "office", "committee", "administration",
               "agency", "authority")
_GOVERNMENT = re.compile(r"^(?:people's )?government$")
_UNIT_OF = re.compile(rf"^(?:{'|'.join(_UNIT_TYPES)}) (?:of|for) \S.*$")
_UNIT_NAMED = re.compile(rf"^\S.* (?:{'|'.join(_UNIT_TYPES)})$")
_GOVERNMENT_OF = re.compile(r"^(?P<unit>(?:people's )?government|"
                            rf"(?:{'|'.join(_UNIT_TYPES)}) of .+?) of (?P<place>.+)$")


def resolve_government_agency(text: str, context: PlaceContext | None = None,
                              gazetteer: Gazetteer | None = None) -> Resolution:
    """"<place> [provincial|municipal|...] government / department of X / ... commission"."""
    gaz = gazetteer or load_gazetteer()
    key = form_key(text)
    for place_text, level, unit in _government_splits(key):
        place = _government_place(place_text, level, context, gaz)
        if place is None:
            continue
        slug = "" if _GOVERNMENT.match(unit) else _slug(unit)
        agency_id = f"{GOV_PREFIX}{place.entity_id}" + (f":{slug}" if slug else "")
        canonical = government_name(gaz, agency_id) or agency_id
        note = f"government rule: place {place.canonical} ({place.entity_id}) by {place.method}"
        if place.note:
            note += f"; {place.note}"
        candidate = Candidate(agency_id, canonical, place.score, "rule")
        return Resolution(text, agency_id, canonical, "agency", "rule", place.score, (candidate,), note)
    return _unresolved(text, "agency", (), "no agency or government pattern matches")


def _government_splits(key: str) -> Iterable[tuple[str, str | None, str]]:
    """(place text, level word, unit) readings of a key, shortest place first."""
    of_form = _GOVERNMENT_OF.match(key)
    if of_form:
        yield of_form.group("place"), None, of_form.group("unit")
    words = key.split(" ")
    for cut in range(1, len(words)):
        place_text, rest = " ".join(words[:cut]), " ".join(words[cut:])
        level = next((w for w in sorted(_LEVEL_WORDS, key=len, reverse=True)
                      if rest.startswith(w + " ")), None)
        unit = rest[len(level) + 1:] if level else rest
        if _GOVERNMENT.match(unit) or _UNIT_OF.match(unit) or _UNIT_NAMED.match(unit):
            yield place_text, level, unit


def _government_place(place_text: str, level: str | None, context: PlaceContext | None,
                      gaz: Gazetteer) -> Resolution | None:
    """The place a government belongs to; the level word picks among homonyms."""
    attempts = [f"{place_text} {_LEVEL_WORDS[level]}"] if level else []
    for attempt in attempts + [place_text]:
        found = resolve_place(attempt.title(), context, gaz)
        if found.resolved and found.kind == "place" and found.method != "fuzzy":
            return found
    return None


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower().replace("people's ", "")).strip("-")


# -- shared helpers ------------------------------------------------------------------------


def _single(entries: Sequence[FormEntry]) -> FormEntry | None:
    """The best entry when all entries name one entity (sector and agency forms are unique)."""
    if not entries or len({e.entity_id for e in entries}) != 1:
        return None
    return min(entries, key=lambda e: METHOD_ORDER.index(e.method))


def _entity_resolution(gaz: Gazetteer, text: str, kind: str, entity_id: str, method: str,
                       score: float) -> Resolution:
    canonical = gaz.display_name(entity_id) or entity_id
    return Resolution(text, entity_id, canonical, kind, method, score,
                      (Candidate(entity_id, canonical, score, method),), None)


def _fuzzy_by_ratio(gaz: Gazetteer, text: str, kind: str, key: str,
                    index: dict[str, tuple[FormEntry, ...]], threshold: float) -> Resolution:
    """Best fuzz.ratio form if ≥ threshold and FUZZY_MARGIN ahead of any other entity."""
    matches = process.extract(key, list(index), scorer=fuzz.ratio, score_cutoff=threshold - 15,
                              limit=20)
    best_by_entity: dict[str, float] = {}
    for choice, score, _ in matches:
        for entry in index[choice]:
            best_by_entity[entry.entity_id] = max(best_by_entity.get(entry.entity_id, 0.0), score)
    ranked = sorted(best_by_entity.items(), key=lambda item: (-item[1], item[0]))
    candidates = tuple(Candidate(i, gaz.display_name(i) or i, round(s, 1), "fuzzy") for i, s in ranked)
    if not ranked or ranked[0][1] < threshold:
        return _unresolved(text, kind, candidates, "no form close enough")
    if len(ranked) > 1 and ranked[0][1] - ranked[1][1] < FUZZY_MARGIN:
        return _unresolved(text, kind, candidates, f"equally close to {ranked[0][0]} and {ranked[1][0]}")
    entity_id, score = ranked[0]
    return Resolution(text, entity_id, gaz.display_name(entity_id), kind, "fuzzy", round(score, 1),
                      candidates, None)


# -- dispatch and description ------------------------------------------------------------


def resolve(text: str, kind: str = "place", context: PlaceContext | None = None,
            gazetteer: Gazetteer | None = None) -> Resolution:
    """Resolve `text` as a place (or region), sector or agency."""
    if kind == "place":
        return resolve_place(text, context, gazetteer)
    if kind == "sector":
        return resolve_sector(text, gazetteer)
    if kind == "agency":
        return resolve_agency(text, context, gazetteer)
    raise ValueError(f"unknown kind {kind!r}: expected place, sector or agency")


def describe_resolution(resolution: Resolution, gazetteer: Gazetteer | None = None) -> dict[str, str]:
    """The chosen entry as label -> value lines: id, canonical, level, province, method, note."""
    gaz = gazetteer or load_gazetteer()
    entity_id = resolution.entity_id
    place_id = entity_id[len(GOV_PREFIX):].partition(":")[0] if entity_id and entity_id.startswith(GOV_PREFIX) else entity_id
    place = gaz.places.get(place_id) if place_id else None
    province = gaz.display_name(place.province_id) if place else None
    return {
        "chosen": entity_id or "(unresolved)",
        "canonical": resolution.canonical or "-",
        "kind": resolution.kind,
        "level": place.level if place else ("region" if entity_id in gaz.regions else "-"),
        "province": f"{province} ({place.province_id})" if place else "-",
        "method": resolution.method,
        "score": f"{resolution.score:.1f}",
        "note": resolution.note or "-",
    }
