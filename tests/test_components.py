"""The NLP stage's components: array-based readers agree with spaCy's objects, and cached
resolutions never carry one document's context into another."""

from __future__ import annotations

import random
from collections import Counter
import re
from pathlib import Path

import numpy
import pytest
from spacy.tokens import Span
from spacy.util import filter_spans

from policyextract.nlp import components
from policyextract.nlp.components import (
    _Covered,
    _EntityAt,
    _positions_of,
    name_words,
    entity_bounds,
    sentence_spans,
    set_entities,
    with_text,
)
from policyextract.nlp.pipeline import load_pipeline

SEEDS = sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))


def tag(text: str):
    nlp = load_pipeline()
    return nlp(with_text(nlp.make_doc(text), text))


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name)
def test_entity_bounds_are_doc_ents(path: Path) -> None:
    doc = tag(path.read_text(encoding="utf-8"))
    expected = [(e.start_char, e.end_char, e.label_, e.start, e.end) for e in doc.ents]
    assert expected and entity_bounds(doc) == expected


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name)
def test_sentence_spans_are_doc_sents(path: Path) -> None:
    doc = tag(path.read_text(encoding="utf-8"))
    assert sentence_spans(doc) == [(s.start_char, s[-1].idx + len(s[-1].text_with_ws)) for s in doc.sents]


def test_entity_bounds_of_a_doc_without_entities() -> None:
    assert entity_bounds(tag("We will improve the business environment.")) == []
    assert entity_bounds(tag("")) == []


@pytest.mark.parametrize("n_spans", [40, 12, 3])
@pytest.mark.parametrize("seed", range(5))
def test_set_entities_keeps_what_filter_spans_keeps(seed: int, n_spans: int) -> None:
    """Candidates of every length, crowded (nearly all overlap) or sparse (most stand alone, as
    in running text): the same survivors as spaCy's filter_spans, duplicates included."""
    nlp = load_pipeline()
    doc = nlp.make_doc("Hefei and Wuhu will build new energy vehicle and new materials clusters by 2025 . " * 3)
    rng = random.Random(seed)
    spans = []
    for _ in range(n_spans):
        start = rng.randrange(len(doc))
        end = min(len(doc), start + rng.randint(1, 4))
        spans.append(Span(doc, start, end, label=rng.choice(["PLACE", "SECTOR", "YEAR"])))
    expected = [(s.start, s.end, s.label_) for s in filter_spans(spans)]
    set_entities(doc, [(s.start_char, s.end_char, s.label_, s.start, s.end) for s in spans])
    assert [(e.start, e.end, e.label_) for e in doc.ents] == expected
    assert entity_bounds(doc) == [(e.start_char, e.end_char, e.label_, e.start, e.end) for e in doc.ents]


@pytest.mark.parametrize("seed", range(8))
def test_set_entities_on_nested_names_keeps_what_filter_spans_keeps(seed: int) -> None:
    """Running text as the gazetteer matches it: names nested in a longer one ("new energy" in
    "new energy vehicles"), ties of equal length, chains of partial overlaps and names alone."""
    nlp = load_pipeline()
    doc = nlp.make_doc("Hefei and Wuhu will build new energy vehicle and new materials clusters by 2025 . " * 6)
    rng = random.Random(seed)
    spans, start = [], 0
    while start < len(doc) - 6:
        shape = rng.choice(["alone", "nested", "tie", "chain"])
        length = rng.randint(2, 5)
        spans.append(Span(doc, start, start + length, label="SECTOR"))
        if shape == "nested":
            inner = rng.randrange(start, start + length - 1)
            spans.append(Span(doc, inner, rng.randint(inner + 1, start + length - 1) if inner + 1 < start + length - 1 else inner + 1, label="PLACE"))
        elif shape == "tie":
            spans.append(Span(doc, start + 1, start + 1 + length, label="PLACE"))
        elif shape == "chain":
            spans.append(Span(doc, start + length - 1, start + length + 1, label="YEAR"))
            spans.append(Span(doc, start, start + 1, label="PLACE"))
        start += length + rng.choice([0, 1, 2])
    rng.shuffle(spans)
    expected = [(s.start, s.end, s.label_) for s in filter_spans(spans)]
    set_entities(doc, [(s.start_char, s.end_char, s.label_, s.start, s.end) for s in spans])
    assert [(e.start, e.end, e.label_) for e in doc.ents] == expected


@pytest.mark.parametrize(
    "tokens",
    [[(0, 1), (2, 4), (4, 5)], [(0, 1)], [], [(2, 4), (0, 1)], [(0, 2), (1, 3)], [(0, 3), (1, 2), (5, 6)]],
    ids=["in order, touching", "one", "none", "out of order", "overlapping", "nested"],
)
def test_set_entities_on_ordered_and_unordered_candidates(tokens) -> None:
    """Candidates already in order without overlaps (a time tagger's) are kept as they are; any
    others go through filter_spans' rule."""
    doc = load_pipeline().make_doc("Hefei and Wuhu will build new energy vehicle clusters by 2025 .")
    spans = [Span(doc, start, end, label="PLACE") for start, end in tokens]
    set_entities(doc, [(s.start_char, s.end_char, s.label_, s.start, s.end) for s in spans])
    assert [(e.start, e.end) for e in doc.ents] == [(s.start, s.end) for s in filter_spans(spans)]


def test_entity_bounds_follow_entities_set_by_other_means() -> None:
    """What `set_entities` wrote is reused only while the Doc still holds it: a component that
    sets `doc.ents` itself must be seen by the next one."""
    doc = tag("Hefei will build a new energy vehicle cluster by 2025.")
    assert [label for _, _, label, _, _ in entity_bounds(doc)] == ["PLACE", "SECTOR", "YEAR"]
    doc.ents = [Span(doc, 0, 1, label="AGENCY")]
    assert entity_bounds(doc) == [(0, 5, "AGENCY", 0, 1)]
    untagged = load_pipeline().make_doc("Hefei will build a cluster.")
    assert entity_bounds(untagged) == []
    untagged.ents = [Span(untagged, 0, 1, label="PLACE")]  # set before any of our components ran
    assert entity_bounds(untagged) == [(0, 5, "PLACE", 0, 1)]


def suzhou_province(text: str) -> str:
    doc = tag(text)
    start = text.index("Suzhou")
    resolution = doc._.resolutions[(start, start + len("Suzhou"))]
    return resolution.entity_id


def test_homonym_resolution_is_not_reused_across_contexts() -> None:
    """The resolver keeps resolutions of one-candidate names; a homonym must be settled afresh."""
    in_jiangsu = "Jiangsu will build a biomedicine cluster in Suzhou by 2025."
    in_anhui = "Anhui will build a new materials cluster in Suzhou by 2025."
    first = suzhou_province(in_jiangsu)
    second = suzhou_province(in_anhui)
    assert first != second
    assert suzhou_province(in_jiangsu) == first
    assert suzhou_province(in_anhui) == second


def test_resolver_shares_narrowed_contexts_across_documents() -> None:
    """A homonym is settled once per context narrowed to the provinces that can settle it: the
    sentences naming Henan, Hubei, ... (none holds a Suzhou or a Taizhou) all share one."""
    resolver = load_pipeline().get_pipe("entity_resolver")
    resolver._forget()
    provinces = ["Jiangsu", "Anhui", "Henan", "Hubei", "Hunan", "Jiangxi", "Zhejiang", "Fujian"]
    for year, province in enumerate(provinces * 3, start=2020):
        tag(f"{province} will build a biomedicine cluster in Suzhou and Taizhou by {year}.")
    homonyms = {surface for _, surface in resolver._homonyms}
    assert {"Suzhou", "Taizhou"} <= homonyms
    contexts = Counter(surface for (_, surface), _ in resolver._settled)
    assert 2 <= contexts["Suzhou"] <= 3 and 2 <= contexts["Taizhou"] <= 3  # its two provinces, or neither
    assert all(len(key) == 2 for key in resolver._known)


def test_resolver_memory_is_bounded(monkeypatch) -> None:
    """Names and contexts it keeps are forgotten at a bound, and what it then resolves again is the same."""
    monkeypatch.setattr(components, "RESOLUTION_CACHE_SIZE", 4)
    resolver = load_pipeline().get_pipe("entity_resolver")
    resolver._forget()
    expected = {text: suzhou_province(text) for text in ("Jiangsu will build a cluster in Suzhou.",
                                                         "Anhui will build a cluster in Suzhou.")}
    for year in range(2020, 2030):
        tag(f"Hefei, Wuhan, Jiangsu and Anhui will build clusters in Suzhou and Taizhou by {year}.")
        assert len(resolver._known) + len(resolver._settled) <= 4
    assert {text: suzhou_province(text) for text in expected} == expected
    assert len(set(expected.values())) == 2


def test_resolver_keeps_the_latest_homonym_contexts(monkeypatch) -> None:
    """Homonym contexts have their own, smaller bound: the oldest is dropped, the newest kept,
    and a dropped context resolves the same when it comes back."""
    monkeypatch.setattr(components, "HOMONYM_CACHE_SIZE", 2)
    resolver = load_pipeline().get_pipe("entity_resolver")
    resolver._forget()
    texts = ["Jiangsu will build a cluster in Suzhou.", "Anhui will build a cluster in Suzhou.",
             "Henan will build a cluster in Suzhou."]
    first = [suzhou_province(text) for text in texts]
    assert len(resolver._settled) == 2
    assert [suzhou_province(text) for text in reversed(texts)] == first[::-1]
    assert len(resolver._settled) == 2 and len(resolver._known) > 0


@pytest.mark.parametrize("min_length", [1, 2, 5])
def test_name_word_pattern_finds_capitalised_words_standing_alone(min_length: int) -> None:
    """The fast form of `(?<![\\w'’-])[A-Z][a-z]+(?![\\w'’-])` with a minimum length, checked
    against it on random text."""
    readable = re.compile(r"(?<![\w'’-])[A-Z][a-z]+(?![\w'’-])")
    fast = name_words(min_length)
    rng = random.Random(3)
    pieces = ["A", "b", "Ab", "Hefei", "-", "'", "’", " ", "1", "_", "É", "é", "x", "bc", "\n"]
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        expected = [m.span() for m in readable.finditer(text) if len(m.group()) >= min_length]
        assert [m.span() for m in fast.finditer(text)] == expected, text


@pytest.mark.parametrize(
    "text, surface, label",
    [
        ("Hefei will build a cluster.", "Hefei", "PLACE"),
        ("The hefei plan will build a cluster.", "hefei", None),  # place names are capitalised in English
        ("The NDRC issued the plan.", "NDRC", "AGENCY"),
        ("The ndrc issued the plan.", "ndrc", None),  # short acronyms only as written
        ("Biomedicine clusters will grow.", "Biomedicine", "SECTOR"),  # other names in any case
        ("BIOMEDICINE clusters will grow.", "BIOMEDICINE", "SECTOR"),
        ("Brain–computer interfaces will grow.", "Brain–computer interfaces", "SECTOR"),  # en dash for a hyphen
        ("Brain—computer interface firms will grow.", "Brain—computer interface", "SECTOR"),  # em dash
    ],
)
def test_gazetteer_matches_keep_to_their_forms_case_rules(text: str, surface: str, label: str | None) -> None:
    doc = tag(text)
    start = text.index(surface)
    labels = {(s, e): lab for s, e, lab, _, _ in entity_bounds(doc)}
    assert labels.get((start, start + len(surface))) == label


@pytest.mark.parametrize(
    "text, agency",
    [
        ("The Hubei provincial government issued the plan.", "Hubei provincial government"),
        ("Wuhan Municipal Development and Reform Commission said so.", "Wuhan Municipal Development and Reform Commission"),
        ("Hefei's municipal people's government will act.", "Hefei's municipal people's government"),
        ("Hubei will build a cluster; the provincial government agrees.", None),
    ],
)
def test_a_place_with_its_government_is_one_agency(text: str, agency: str | None) -> None:
    found = [text[s:e] for s, e, label, _, _ in entity_bounds(tag(text)) if label == "AGENCY"]
    assert found == ([agency] if agency else [])


@pytest.mark.parametrize(
    "text, places",
    [
        ("Fan Lixin has proposed that Chongqing build a chip cluster.", ["Chongqing"]),  # Lixin: a county of Anhui
        ("Chen Jinhu, Party chief of Changzhou, spoke.", ["Changzhou"]),  # Jinhu: a county of Jiangsu
        ("Lixin County will build a base. In Lixin, firms grow.", ["Lixin County", "Lixin"]),
        ("Wang Hefei spoke.", ["Hefei"]),  # a city's name stays the city's: few Chinese names are one
        ("Jing Maoming, deputy head of the department, said Sichuan will grow.", ["Sichuan"]),  # ... but a title's
        ("Wang Hefei said Anhui will grow.", ["Anhui"]),  # ... or a verb of saying after it makes it a person's
        ("Bai Qingyuan emphasized the region's rare earth industry.", []),  # ... of stressing too
        ("Secretary of Haixi, Xin Guibin said, the cluster will grow.", ["Haixi"]),  # Guibin: no misspelt Guilin
        ("The target is set.\nDu Xiaogang, Mayor of Wuxi, spoke.", ["Wuxi"]),  # the surname opens a line
        ("Ships will change, said Li Yanqing of the Beijing-based association.", ["Beijing"]),  # a district of Beijing
        ("Shan Jinyan, Party chief of the county, spoke.", []),  # no misspelt Jinan: Shan is a surname too
        ("The city has 200 firms, said Du Yanan, municipal party secretary of Bozhou.", ["Bozhou"]),  # no Yan'an
    ],
)
def test_a_county_s_name_after_a_surname_is_a_given_name(text: str, places: list[str]) -> None:
    assert [text[s:e] for s, e, label, _, _ in entity_bounds(tag(text)) if label == "PLACE"] == places


@pytest.mark.parametrize(
    "text, places",
    [
        (  # a place's abbreviation, defined after it, names it again; the definition itself is no mention
            "Wuhan Economic & Technological Development Zone (WHDZ) is in Hubei. WHDZ will build a base; so will WHDZ's park.",
            ["Wuhan Economic & Technological Development Zone", "Hubei", "WHDZ", "WHDZ"],
        ),
        (  # ... or defined in words
            'Wuhan Economic & Technological Development Zone (hereinafter referred to as "WHDZ") will build a base. '
            "WHDZ will grow.",
            ["Wuhan Economic & Technological Development Zone", "WHDZ"],
        ),
        (
            "Wuhan Economic & Technological Development Zone (), abbreviated as WHDZ, was set up in 1991. WHDZ will grow.",
            ["Wuhan Economic & Technological Development Zone", "WHDZ"],
        ),
        ("WHDZ will build a base. Wuhan will too.", ["Wuhan"]),  # never defined
        ("The World Trade Organization (WTO) backs Wuhan. WTO rules apply.", ["Wuhan"]),  # defined for no place
        (  # an abbreviation that holds its place's name
            "Qingdao West Coast New Area (Qingdao WCNA) issued a plan. Qingdao WCNA will grow.",
            ["Qingdao West Coast New Area", "Qingdao WCNA"],  # the definition names no place itself
        ),
    ],
)
def test_an_abbreviation_defined_after_a_place_names_it(text: str, places: list[str]) -> None:
    doc = tag(text)
    assert [text[s:e] for s, e, label, _, _ in entity_bounds(doc) if label == "PLACE"] == places
    first = text.index(places[0])
    named = doc._.resolutions[(first, first + len(places[0]))].entity_id
    for s, e, label, _, _ in entity_bounds(doc):
        if text[s:e] in ("WHDZ", "Qingdao WCNA"):
            assert doc._.resolutions[(s, e)].entity_id == named


@pytest.mark.parametrize("seed", range(5))
def test_positions_of_finds_what_isin_finds(seed: int) -> None:
    rng = numpy.random.default_rng(seed)
    keys = numpy.sort(rng.choice(numpy.arange(2**40, 2**40 + 500, dtype="uint64"), 30, replace=False))
    values = rng.integers(2**40 - 10, 2**40 + 510, 2000, dtype="uint64")
    assert _positions_of(values, keys) == numpy.flatnonzero(numpy.isin(values, keys)).tolist()
    assert _positions_of(values, keys[:0]) == [] and _positions_of(values[:0], keys) == []


def test_entity_at_answers_for_every_token_of_an_entity() -> None:
    bounds = [(0, 5, "PLACE", 0, 1), (10, 30, "SECTOR", 3, 6), (31, 35, "YEAR", 6, 7)]
    holding = {i: (start, label) for _, _, label, start, end in bounds for i in range(start, end)}
    entity_at = _EntityAt(bounds)
    assert [entity_at(i) for i in range(10)] == [holding.get(i) for i in range(10)]
    assert _EntityAt([])(0) is None


@pytest.mark.parametrize("cache_size", [50_000, 1])
def test_misspelt_places_are_found_in_every_document_whatever_the_cache_holds(monkeypatch, cache_size: int) -> None:
    """A word's fuzzy place is decided once and remembered; the next document finds it from
    memory, and a cache cleared for size forgets nothing it must find. (A capital opening a
    sentence says nothing about a name, so the misspellings stand inside sentences.)"""
    monkeypatch.setattr(components, "FUZZY_CACHE_SIZE", cache_size)
    texts = ["Both Heifei and Jindezhen will build clusters.", "The plan names Jindezhen, then Heifei again.",
             "Investors visited Heifei. Then Jindezhen will build a ceramics base."]
    for text in texts:
        found = {text[s:e]: label for s, e, label, _, _ in entity_bounds(tag(text))}
        assert found.get("Heifei") == "PLACE" and found.get("Jindezhen") == "PLACE", (text, found)
    assert "Investors" not in {text[s:e] for s, e, *_ in entity_bounds(tag(texts[-1]))}


@pytest.mark.parametrize(
    "text, phrases",
    [
        ("Shanxi will grow leading firms in key areas such as chips.", []),
        ("Hubei will open major centres and new chains for its firms.", []),
        ("Hefei will build a key industrial area for new materials.", ["key industrial area for new materials"]),
        ("Wuhan will build a key new materials area.", ["key new materials area"]),
        ("Hunan will build an R&D centre.", ["R&D centre"]),
        ("Hubei will build major clusters.", ["major clusters"]),  # a strong head needs no modifier
    ],
    ids=["generic only", "two generic heads", "an industrial modifier", "a sector", "a modifier", "strong head"],
)
def test_a_weak_cluster_head_needs_more_than_a_generic_modifier(text: str, phrases: list[str]) -> None:
    doc = tag(text)
    assert [span.text for span in doc.spans[components.CLUSTERS_KEY]] == phrases


@pytest.mark.parametrize(
    "text, phrases",
    [
        # a head before "and" ends a phrase: two bases, each with its place
        ("It will build the Zigong biotech base and Neijiang robot base.", ["Zigong biotech base", "Neijiang robot base"]),
        ("It will build a Luzhou liquor cluster and Yibin battery cluster.", ["Luzhou liquor cluster", "Yibin battery cluster"]),
        # sectors joined by "and" still share one head
        ("Hefei will build an electronics and information industry base.", ["electronics and information industry base"]),
    ],
)
def test_coordinated_cluster_phrases_stay_apart(text: str, phrases: list[str]) -> None:
    doc = tag(text)
    assert [span.text for span in doc.spans[components.CLUSTERS_KEY]] == phrases


def _places_named(text: str) -> dict[str, set[tuple[str, str]]]:
    """Each tagged place's words -> the (entity id, method) they resolved to."""
    doc = tag(text)
    named: dict[str, set[tuple[str, str]]] = {}
    for ent in doc.ents:
        if ent.label_ == "PLACE" and ent._.resolution is not None:
            named.setdefault(ent.text, set()).add((ent._.resolution.entity_id, ent._.resolution.method))
    return named


@pytest.mark.parametrize(
    "text, bare, expected",
    [
        # a district is tagged by its bare name once the text has given it in full, before or after
        ("Haidian District will build an AI cluster. Haidian also plans to grow biomedicine.", "Haidian",
         {("110108", "document")}),
        ("Haidian's AI plan. Beijing's Haidian District will build an AI cluster.", "Haidian",
         {("110108", "document")}),
        # a bare name many districts share means the one the full name was settled to
        ("Fujian's Gulou District will build a software park. Gulou will also develop tourism.", "Gulou",
         {("350102", "document")}),
        ("Gulou District in Nanjing will build a software park. Gulou will also develop tourism.", "Gulou",
         {("320106", "document")}),
        # a state-level new area, by its name without "New Area"
        ("Tianfu New Area will build a chip base. Tianfu also plans to grow biomedicine.", "Tianfu",
         {("area:tianfu", "document")}),
        # ... unless that name is a place of its own: the city, not the new area named after it
        ("Lanzhou New Area will build a chemicals base. Lanzhou will grow too.", "Lanzhou", {("620100", "exact")}),
        # nor a feature named like it
        ("Ganjiang New Area will build a chip base along the Ganjiang River.", "Ganjiang", None),
        ("Wudang District will grow tourism around Wudang Mountain.", "Wudang", None),
        # never given in full: a bare district name is no name
        ("Haidian also plans to grow biomedicine.", "Haidian", None),
        ("Tianfu also plans to grow biomedicine.", "Tianfu", None),
        ("Nansha District will build a port. Nanshan will grow software.", "Nanshan", None),
        # ... unless the gazetteer lists it as a short name (place_aliases.csv): Pudong, the new area
        ("Pudong also plans to grow biomedicine.", "Pudong", {("area:pudong", "context")}),
    ],
)
def test_a_place_given_in_full_is_tagged_by_its_bare_name(text: str, bare: str, expected) -> None:
    assert _places_named(text).get(bare) == expected


def test_a_bare_name_keeps_the_note_of_its_full_name() -> None:
    doc = tag("Wudang district, in Guiyang, set out its plan. Wudang will form a medicine cluster.")
    bare = [ent for ent in doc.ents if ent.text == "Wudang"]
    assert len(bare) == 1 and bare[0]._.resolution.note == "named 'Wudang district' in this text"


@pytest.mark.parametrize(
    "text, expected",
    [
        # bare names a plural designation follows are districts, settled by context like their full names
        ("Hangzhou will build parks in Xiaoshan, Yuhang and Fuyang districts.",
         {"Xiaoshan": "330109", "Yuhang": "330110", "Fuyang": "330111"}),
        ("In Pudong, Baoshan, Minhang and other districts, Shanghai will create clusters.",
         {"Baoshan": "310113", "Minhang": "310112"}),
        ("Shuangyashan will grow in its Baoshan and Jianshan districts.", {"Baoshan": "230506", "Jianshan": "230502"}),
        ("Haidian and Chaoyang Districts of Beijing will grow AI.", {"Haidian": "110108", "Chaoyang": "110105"}),
        # ... or that opens the list
        ("Hangzhou will build parks in three districts of Xiaoshan, Yuhang and Fuyang.",
         {"Xiaoshan": "330109", "Yuhang": "330110", "Fuyang": "330111"}),
        ("Shenzhen will focus on the districts: Nanshan, Longgang and Pingshan.",
         {"Nanshan": "440305", "Longgang": "440307", "Pingshan": "440310"}),
        ("Shenzhen will focus on six districts of Nanshan, Futian, Bao‘an and Pingshan.",  # a left quote typed
         {"Nanshan": "440305", "Futian": "440304", "Bao‘an": "440306", "Pingshan": "440310"}),
        ("Hangzhou will build parks in three districts, Xiaoshan, Yuhang and Fuyang.",  # counted, then a comma
         {"Xiaoshan": "330109", "Yuhang": "330110", "Fuyang": "330111"}),
        ("In these districts, Xiaoshan and Yuhang will grow.", {"Xiaoshan": None, "Yuhang": None}),  # not counted
        # without the designation the bare names keep their own meaning, or none
        ("Baoshan will grow, and so will Fuyang.", {"Baoshan": "530500", "Fuyang": "341200"}),
        ("Xiaoshan and Yuhang will grow.", {"Xiaoshan": None, "Yuhang": None}),
        # a name no district has is left alone
        ("Wuhan and Hefei districts will grow.", {"Wuhan": "420100", "Hefei": "340100"}),
    ],
)
def test_a_plural_designation_makes_the_list_before_it_districts(text: str, expected: dict) -> None:
    named = _places_named(text)
    assert {name: next(iter(named[name]))[0] if name in named else None for name in expected} == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a bare district name listed with places the text names is that district
        ("The plan supports the cities of Jiading, Kunshan and Taicang.", {"Jiading": "310114", "Kunshan": "320583"}),
        ("The marine biomedicine blocks lie in Fenghua and Ninghai.", {"Fenghua": "330213", "Ninghai": "330226"}),
        # of several districts of that name, the one in the province most of the list is in
        ("Parks in Nanshan, Pingshan, Longgang, Bao’an and Longhua will grow chips.",
         {"Nanshan": "440305", "Pingshan": "440310", "Longgang": "440307", "Longhua": "440309"}),
        # no province has most of the list: the namesakes stay apart, and the bare name untagged
        ("Nanshan and Wuhan will develop biomedicine.", {"Nanshan": None, "Wuhan": "420100"}),
        # a list of bare names alone says nothing of what they are
        ("Xiaoshan and Yuhang will grow.", {"Xiaoshan": None, "Yuhang": None}),
    ],
)
def test_a_bare_name_listed_with_places_is_a_place(text: str, expected: dict) -> None:
    named = _places_named(text)
    assert {name: next(iter(named[name]))[0] if name in named else None for name in expected} == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a bare district or county name of a city the text names is the place of that name in it
        ("The conference was held in Guangzhou. Tianhe will build a software park.", {"Tianhe": "440106"}),
        ("Hangzhou is big. Later, Xiaoshan will build an auto parts base.", {"Xiaoshan": "330109"}),
        ("Shanghai is big. Jiading will develop new energy vehicles.", {"Jiading": "310114"}),
        # ... of a province it names, too
        ("Fujian plans more. Jinjiang will grow its footwear cluster.", {"Jinjiang": "350582"}),
        # the city holds none of that name, or the text names two places that both hold one
        ("Hangzhou is big. Jiading will develop new energy vehicles.", {"Jiading": None}),
        ("Fuzhou and Nanjing are big. Gulou will grow.", {"Gulou": None}),
        # a name something else is named after
        ("Hangzhou is big. Xiaoshan Road will be widened.", {"Xiaoshan": None}),
    ],
)
def test_a_bare_name_in_a_place_the_text_names_is_that_place(text: str, expected: dict) -> None:
    named = _places_named(text)
    assert {name: next(iter(named[name]))[0] if name in named else None for name in expected} == expected


@pytest.mark.parametrize(
    ("span", "expected"),
    [((10, 12), True), ((21, 25), False), ((6, 7), True), ((30, 33), True), ((33, 40), False), ((0, 1), True)],
    ids=["inside the outer span only", "between spans", "inside both", "overlapping the end", "touching", "start"],
)
def test_covered_spans_see_nested_and_overlapping_ones(span: tuple[int, int], expected: bool) -> None:
    assert _Covered([(0, 20), (5, 8), (28, 33)]).overlaps(*span) is expected


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Guiding Opinions on Developing Hubei Clusters", ["Hubei"]),
        ("Guiding ideology: Wuhan will develop chips.", ["Wuhan"]),
        ("Guiding County will develop tea.", ["Guiding County"]),
        # the news agency credited in brackets, not Xinhua District of Pingdingshan in Henan
        ("ZHENGZHOU, Oct. 4 (Xinhua) -- Henan will build a robot base.", ["ZHENGZHOU", "Henan"]),
        ("Xinhua County in Hunan will develop tea.", ["Xinhua County", "Hunan"]),
    ],
)
def test_a_kind_of_document_is_no_place_whose_name_it_holds(text: str, places: list[str]) -> None:
    doc = load_pipeline()(text)
    assert [ent.text for ent in doc.ents if ent.label_ == "PLACE"] == places


def _sectors_named(text: str) -> dict[str, tuple[str | None, str | None]]:
    """Each SECTOR entity's text -> (sector id, note)."""
    return {
        ent.text: (ent._.resolution.entity_id, ent._.resolution.note)
        for ent in tag(text).ents if ent.label_ == "SECTOR"
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a modifier before "and" shares the head noun of the sector name after it
        ("Inner Mongolia will build national energy and raw material bases.",
         {"energy": ("energy", "shares the head 'bases'")}),
        # through a list, with the head after the last conjunct's name
        ("Liupanshui will upgrade its coal, power and chemical industries.",
         {"power": ("electric_power", "shares the head 'industries'")}),
        ("Baise will upgrade its aluminium and power sectors.", {"aluminium": ("aluminum", None)}),
        # a sector's whole name shares a head that names the thing made, before any industry word after it
        ("Wuhan will focus on new energy and intelligent connected vehicles.",
         {"new energy": ("new_energy_vehicles", "shares the head 'vehicles'")}),
        ("The scale of the new energy and intelligent connected vehicle industry in Wuhan will grow.",
         {"new energy": ("new_energy_vehicles", "shares the head 'vehicle'")}),
        ("Shiyan will make commercial and new energy vehicles.",
         {"commercial": ("automobiles", "shares the head 'vehicles'")}),
        # ... not a name that makes no sector with it
        ("Hefei will grow biomedicine and new energy vehicles.", {"biomedicine": ("biomedicine", None)}),
        ("Hefei will grow new energy and new energy vehicles.", {"new energy": ("new_energy", None)}),
    ],
)
def test_coordinated_modifiers_share_the_head_after_them(text: str, expected: dict) -> None:
    named = _sectors_named(text)
    assert {name: named.get(name) for name in expected} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a county named bare, far from the text's places, is a local name: Guangxi's Sanjiang, Hebei's Huanghua
        ("Hangzhou will build on the Sanjiang Chuangzhi New Town.", {"Sanjiang": None, "Hangzhou": "330100"}),
        ("Zhoushan will build a petrochemical base on Jintang island.", {"Jintang": None}),  # not Sichuan's county
        ("Kunshan, 40 minutes away from Shanghai, will make chips.", {"Kunshan": "320583"}),  # a county-level city
        # ... not when the text names places of its province, or no other province's
        ("Guangxi will build on Sanjiang and Liuzhou.", {"Sanjiang": "450226"}),
        ("Sanjiang will grow tea.", {"Sanjiang": "450226"}),
        # ... nor when it comes with its designation
        ("Hangzhou traders visited Sanjiang County.", {"Sanjiang County": "450226"}),
    ],
)
def test_a_county_named_bare_far_from_the_text_s_places_is_left_unresolved(text: str, expected: dict) -> None:
    named = _places_named(text)
    assert {name: next(iter(named[name]))[0] if name in named else "untagged" for name in expected} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("East China province boosts silver economy.", {"East China": None}),  # a province the text does not name
        ("A southwest China city will build a chip base.", {"southwest China": None}),
        ("East China will build a chip base.", {"East China": "region:east-china"}),
        ("East China provinces will build a chip base.", {"East China": "region:east-china"}),
        ("Western Guangdong province will build a chip base.", {"Western Guangdong": "region:western-guangdong"}),
    ],
)
def test_a_part_of_china_before_a_kind_of_place_describes_an_unnamed_place(text: str, expected: dict) -> None:
    regions = {ent.text: ent._.resolution.entity_id for ent in tag(text).ents if ent.label_ == "REGION"}
    assert regions == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The projects include Tiantong New Materials based in the zone.",  # a pinyin brand's
         {"New Materials": ("new_materials", "in a firm's name")}),
        ("Projects such as Pizhou Yuxin Sensor will start.", {"Sensor": ("sensors", "in a firm's name")}),
        ("Haichen Precision Machinery (Jiaxing) Co., Ltd. is in Pinghu.",  # before a limited company's ending
         {"Machinery": ("machinery", "in a firm's name")}),
        ("Up next, Midea and KUKA ROBOT will supply customers.", {"ROBOT": ("robotics", "in a firm's name")}),
        ("The rise of PKC Automotive Technology shows it.", {"Automotive": ("automobiles", "in a firm's name")}),
        ("LONGi Green Energy Technology has signed an agreement.",  # a brand in camel case, also opening a sentence
         {"Green Energy": ("new_energy", "in a firm's name")}),
        ("Projects of PetroChina Petrochemical will start.", {"Petrochemical": ("petrochemicals", "in a firm's name")}),
        ("Meijing Group bought US manufacturer Mooney Aviation.",  # an English word after a firm's noun
         {"Aviation": ("aviation", "in a firm's name")}),
        # not after a place, an English word or in a cluster's name
        ("The plan says that Hefei New Energy Vehicles will grow.", {"New Energy Vehicles": ("new_energy_vehicles", None)}),
        ("Henan issued the Action Plan for Cultivating Strategic Emerging Industries.",
         {"Strategic Emerging Industries": ("strategic_emerging_industries", None)}),
        ("Shanghai will expand the Zhangjiang Biomedicine Base.", {"Biomedicine": ("biomedicine", None)}),
        ("Suzhou will grow biomedicine.", {"biomedicine": ("biomedicine", None)}),  # lower case
    ],
)
def test_a_capitalised_sector_after_a_brand_ends_a_firm_s_name(text: str, expected: dict) -> None:
    named = _sectors_named(text)
    assert {name: named.get(name) for name in expected} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an item of a list with a sector in it, and the items it leads to
        ("Sichuan will develop aviation, environmental protection and energy saving.",
         {"energy saving": ("energy_conservation_environmental_protection", None),
          "environmental protection": ("energy_conservation_environmental_protection", None)}),
        ("Its industries are health, tourism and culture.", {"health": ("health_care", None),
                                                            "culture": ("cultural_industries", None)}),
        ("Qingdao will grow finance; trade; and logistics.", {"trade": ("trade_commerce", None)}),
        ("The region will develop coal, electricity, oil, gas and wind power.",
         {"electricity": ("electric_power", None), "oil": ("oil_and_gas", None), "gas": ("oil_and_gas", None)}),
        ("Heilongjiang will process rice, soybeans and dairy products.",
         {"rice": ("grain_production", None), "soybeans": ("grain_production", None)}),
        ("The subzone will prioritize logistics, tourism, exhibitions and finance.",
         {"exhibitions": ("convention_exhibition", None)}),
        ("Liaoning will develop aviation, railway and intelligent equipment.",
         {"railway": ("rail_transit_equipment", None)}),
        ("Luoyang will focus on agricultural machinery, bearings and robots.", {"bearings": ("machinery", None)}),
        ("Hainan will develop tourism, real estate and sports.", {"real estate": ("real_estate", None)}),
        ("Shanghai will develop health, energy, space and new materials.", {"space": ("aerospace", None)}),
        ("Ordos will grow wind, solar, hydrogen, storage and vehicle industries.", {"storage": ("energy_storage", None)}),
        ("Tianhe will develop retail, catering, accommodation, entertainment and tourism.",
         {"retail": ("trade_commerce", None), "accommodation": ("tourism", None), "entertainment": ("cultural_industries", None)}),
        # ... or before a cluster's head, which it names
        ("Xiong'an will build an internet industrial park.", {"internet": ("internet_industry", None)}),
        ("Wuhan will develop memory and sensors.", {"memory": ("integrated_circuits", None)}),  # memory chips
        ("The city has a long memory of trade.", {"memory": None}),
        ("Pu'er will develop coffee and tea.", {"coffee": ("beverages_liquor", None)}),  # a crop among others
        ("Engineers talk within a coffee's reach in Chengdu.", {"coffee": None}),
        ("Yiwu plans a trade industry cluster and a digital industrial base.",
         {"trade": ("trade_commerce", None), "digital": ("digital_economy", None)}),
        ("Bearing in mind its strengths, Anhui will develop robots.", {"Bearing": None}),
        # alone, or in a list of no sector, it names a goal or a public service, not an industry
        ("Sichuan will strengthen environmental protection.", {"environmental protection": None}),
        ("The city will improve education, health and culture.", {"education": None, "health": None}),
        ("Energy, water and land are scarce.", {"Energy": None}),
        ("Real estate prices in Hainan rose.", {"Real estate": None}),
        ("Retail sales and accommodation bookings rose.", {"accommodation": None}),
        ("Xi'an lies on the Silk Road.", {"Silk": None}),  # a road's name, no textile
        ("Shanghai's space for growth is large.", {"space": None}),
        ("Wuchang is known for its rice.", {"rice": None}),
        ("An exhibition on the railway opened.", {"exhibition": None, "railway": None}),
        # a longer form holds it
        ("Hunan will grow the environmental protection industry and robots.", {"environmental protection": None}),
        # ... or it ends or opens a compound with another name
        ("Foshan will plan for robotics, green hydrogen energy, and gene therapy.", {"energy": None}),
        ("Hainan will grow robotics, trade logistics and cosmetics.", {"trade": None}),
    ],
)
def test_a_listed_form_names_a_sector_only_in_a_list_of_sectors(text: str, expected: dict) -> None:
    named = _sectors_named(text)
    assert {name: named.get(name) for name in expected} == expected


def test_a_listed_form_in_a_zone_s_name_leaves_the_zone_whole() -> None:
    doc = tag("Yixing will expand Yixing Environmental Protection Industrial Park and robotics.")
    places = [ent.text for ent in doc.ents if ent.label_ == "PLACE"]
    assert places == ["Yixing", "Yixing Environmental Protection Industrial Park"]


@pytest.mark.parametrize(
    ("text", "not_sectors"),
    [
        # the end of a compound is no modifier of the next conjunct's head
        ("It will export lithium batteries, photovoltaic equipment, and future industries.", ["equipment"]),
        # a word that names no sector with the head is left alone
        ("Research and development bases will open in Mianyang.", ["Research", "development"]),
        ("Nanning will attract talent and chemical industries.", ["talent"]),
    ],
)
def test_words_before_and_that_name_no_sector_with_the_head_stay_untagged(text: str, not_sectors: list[str]) -> None:
    named = _sectors_named(text)
    assert not set(not_sectors) & set(named)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare district name after the province or city it lies in is that district
        ("Shaanxi Yanliang will build an aviation base.", {"Yanliang": "610114"}),
        ("Hangzhou's Yuhang will grow.", {"Yuhang": "330110"}),
        # a name another place has too is settled to the one inside
        ("Shanghai Baoshan will build a steel base.", {"Baoshan": "310113"}),
        ("Heilongjiang Baoshan will grow.", {"Baoshan": "230506"}),
        # ... or before it, set off by a comma or "in"
        ("It will build a shoe base in Xiuyu, Putian City.", {"Xiuyu": "350305"}),
        ("Fuyang, Hangzhou will grow paper.", {"Fuyang": "330111"}),
        ("Fuyang, Anhui will grow chemicals.", {"Fuyang": "341200"}),  # a city of its own: unchanged
        ("Hebei, Tianjin and Beijing will grow.", {"Hebei": "130000"}),  # a list's province, not Tianjin's district
        # alone, or after a place that does not hold it, a bare district name is no place
        ("Yanliang will build an aviation base.", {"Yanliang": None}),
        ("Guangdong Yanliang will grow.", {"Yanliang": None}),
    ],
)
def test_a_bare_name_after_the_place_that_holds_it_is_the_place_inside(text: str, expected: dict) -> None:
    named = _places_named(text)
    assert {name: next(iter(named[name]))[0] if name in named else None for name in expected} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The plan says Gangdong will build a petrochemical base.", {"Gangdong": "440000"}),  # a misspelling
        # a locality's own name before its designation is no misspelling of a place the gazetteer holds
        ("The plan will build Gangdong New City and a petrochemical base.", {"Gangdong": None}),
        ("A port will open on Henna Island.", {"Henna": None}),
        ("A tea base will open in the Linfeng scenic area.", {"Linfeng": None}),  # not Linfen
        ("Tea is grown near the Linfeng tourism resort.", {"Linfeng": None}),
        ("The city of Heifei will build a robot base.", {"Heifei": "340100"}),
        # a district's own name is no misspelt city ("Jinzhong" is a prefecture), but may be a misspelt district
        ("The belt will cover Minzhong District and a hydrogen base.", {"Minzhong": None}),
        ("Underwear is made in Xiaolan town, near a hydrogen base.", {"Xiaolan": None}),  # not Xiaogan
        # ... nor are the items of a list of localities
        ("The zone will use the steel of Dainan, Zhangguo and Maoshan towns.", {"Dainan": None, "Maoshan": None}),
        ("Anhui says Heifei, Nanjing and Wuhu will build robot bases.", {"Heifei": "340100"}),
        # ... or of a list with a pinyin name the gazetteer lacks: villages, not a misspelt Suqian
        ("Tea will be grown in the villages of Siqian, Baizhang and Xiaocun.", {"Siqian": None}),
        ("Tea will be grown in the villages of Baizhang, Siqian and Xiaocun.", {"Siqian": None}),
        ("The city of Heifei, China, will build a robot base.", {"Heifei": "340100"}),  # a country
        # a word another name word follows is a brand's or person's name, unless that word is a designation
        ("The refinery owned by Donghua Energy (Maoming) has started production.", {"Donghua": None}),
        ("The Shenwei Taihu Light supercomputer serves aerospace.", {"Shenwei": None}),
        ("Qingdao signed with Weichai Group. The plan says Weichai will build a base.", {"Weichai": None}),  # anywhere
        # a zone's own name, and a local name after the place that holds it, are no misspelt place
        ("The Xiaolan Economic Development Zone will make auto parts.", {"Xiaolan": None}),  # not Xiaogan
        ("The plan says Nanchang Xiaolan will make auto parts.", {"Xiaolan": None}),
        ("The plan says Heifei City will build a robot base.", {"Heifei": "340100"}),
        # good pinyin whose syllables open on other consonants is another name, not a slip of the place's
        ("The plan will promote snack food and Dancong tea in Chaozhou.", {"Dancong": None}),  # not Dandong
        ("Auto parts are made in Anting, near a hydrogen base.", {"Anting": None}),  # not Anqing
        ("The report was filed by Di Liqiang and a colleague.", {"Liqiang": None}),  # not Lijiang
        ("The plan says Qinghuangdao will build a glass base.", {"Qinghuangdao": "130300"}),  # an n/ng slip
        ("The plan says Jingzhong will build a coal base.", {"Jingzhong": "140700"}),
        ("The plan says Zhenghzou will build an auto base.", {"Zhenghzou": "410100"}),  # no pinyin: a typo
    ],
)
def test_a_word_a_locality_s_designation_follows_is_no_misspelt_place(text: str, expected: dict) -> None:
    named = _places_named(text)
    assert {name: next(iter(named[name]))[0] if name in named else None for name in expected} == expected


@pytest.mark.parametrize(
    "text, token",
    [
        ("Hefei will build an AI base by 2025.The city will grow.", "2025"),
        ("Industries encouraged include chemicals and logistics.[6] The zone grows.", "logistics"),
        ("Firms relocate to Guangxi[1]. Others stay.", "Guangxi"),
    ],
    ids=["a glued sentence", "a footnote mark after a period", "a footnote mark after a word"],
)
def test_the_tokenizer_splits_what_scraped_text_glues(text, token):
    """The configured tokenizer (not spaCy's bare one) splits these, so the year or name is a token of its own."""
    assert token in [t.text for t in load_pipeline().make_doc(text)]


def test_the_tokenizer_splits_a_full_stop_after_a_capital():
    """spaCy keeps "6G." whole, as if an abbreviation's stop; the sector "6G" is then not found."""
    assert "6G." not in [t.text for t in load_pipeline().make_doc("Beijing will develop AI and 6G. Others stay.")]


def test_the_tokenizer_keeps_abbreviations_whole():
    assert [t.text for t in load_pipeline().make_doc("U.S. firms and J. Smith.")][:4] == ["U.S.", "firms", "and", "J."]
