"""spaCy components of the NLP stage: rules over the token stream and the gazetteer.

Entities (PLACE, REGION, SECTOR, AGENCY, YEAR, DATE) go to `doc.ents`; cluster phrases, which
overlap sector names ("electronics information industrial cluster"), go to
`doc.spans["clusters"]`. What a span resolves to is held in Doc extensions and read through
Span extensions named after what they hold.
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable
from itertools import accumulate, chain, islice
from operator import itemgetter, le
from pathlib import Path

import numpy
from spacy.attrs import ENT_IOB, ENT_TYPE, IDX, LENGTH, LOWER, ORTH, SENT_START
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..gazetteer import (
    KIND_SUFFIXES,
    LISTED_SECTOR,
    TOWN_PREFIX,
    Gazetteer,
    SurfaceForm,
    form_key,
    load_gazetteer,
    looks_like_english_word,
    zone_id,
    zone_parent,
)
from ..normalise import (
    PlaceContext,
    resolve_agency,
    resolve_place,
    resolve_sector,
    settling_context,
    settling_provinces,
)
from ..model import FIRM_NAME_NOTE, LIMITED_FIRM_END, PLACE_OF_REGION_NOTE, STRAY_COUNTY_NOTE
from .segment import is_heading, paragraph_spans, sentence_starts
from .timex import find_time_expressions
from .zones import ZoneFinder, zone_display_name

CLUSTERS_KEY = "clusters"
FUZZY_CACHE_SIZE = 50_000
RESOLUTION_CACHE_SIZE = 50_000
HOMONYM_CACHE_SIZE = 4_096
_RESOLVED_LABELS = frozenset(("PLACE", "REGION", "SECTOR", "AGENCY"))
# A kind of place in lower case after the name of a part of China: the part says where an unnamed place of that kind
# lies ("East China province boosts silver economy", "a southwest China city"); not the region's own groups ("city
# cluster"), nor a region named after its province ("Western Guangdong province").
_KIND_OF_PLACE_AFTER = re.compile(
    r"\s+(?:province|city|county|town|municipality|metropolis)\b(?![\s-]+(?:clusters?|groups?|agglomerations?|belts?))"
)
_TEXT_KEY = "policyextract.text"
_OFFSETS_KEY = "policyextract.token_offsets"
_ENTITIES_KEY = "policyextract.entities"
EntityBounds = tuple[int, int, str, int, int]  # start_char, end_char, label, start token, end token
_START_TOKEN, _END_TOKEN = itemgetter(3), itemgetter(4)  # of EntityBounds


def name_words(min_length: int = 2) -> re.Pattern:
    """Capitalised words of at least `min_length` letters with no letter, digit, apostrophe or hyphen
    on either side. The capital comes before the lookbehind so the regex engine can skip to capitals
    (twice as fast); the length is part of the pattern so that short words ("The", "In") are never
    matched only to be dropped."""
    return re.compile(rf"[A-Z](?<![\w'’-].)[a-z]{{{max(min_length - 1, 1)},}}(?![\w'’-])")


Doc.set_extension("resolutions", default=None, force=True)
Doc.set_extension("time_roles", default=None, force=True)
Doc.set_extension("paragraphs", default=None, force=True)
Doc.set_extension("surface_candidates", default=None, force=True)
Doc.set_extension("names_given_in_full", default=None, force=True)
Doc.set_extension("designated_names", default=None, force=True)
Doc.set_extension("shared_heads", default=None, force=True)
Doc.set_extension("owned_names", default=None, force=True)
Doc.set_extension("zone_names", default=None, force=True)
Doc.set_extension("zone_sectors", default=None, force=True)
Doc.set_extension("town_names", default=None, force=True)
Doc.set_extension("firm_sectors", default=None, force=True)
Span.set_extension(
    "resolution", getter=lambda span: (span.doc._.resolutions or {}).get((span.start_char, span.end_char)), force=True
)
Span.set_extension(
    "time_role", getter=lambda span: (span.doc._.time_roles or {}).get((span.start_char, span.end_char)), force=True
)

# Between a place and the province that qualifies it, or the province that owns it and the place.
_QUALIFIER_GAP = re.compile(r"(?:\s*,\s*|\s+(?:in|of)\s+)(?:the\s+)?(?:(?:east|west|north|south|central)\w*\s+)?(?:China['’]s\s+)?$")
# After "Hebei, Tianjin", a list that goes on ("and Beijing", ", Shanxi"): the comma joined list items.
_LIST_GOES_ON = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+(?:and|or)\s+|\s*&\s*)[A-Z]")
_OWNER_GAP = re.compile(r"(?:\s+province)?['’]s\s+$", re.IGNORECASE)
_GOVERNMENT = re.compile(
    r"(?:'s|’s)?\s*(?:provincial|municipal|city|county|prefectural|regional|district|autonomous\s+regional)\s+"
    r"(?:people's\s+|people’s\s+)?(?:government|party\s+committee|department\s+of\s+[a-z ]+?|"
    r"(?:development\s+and\s+reform|economic\s+and\s+information(?:ization)?|science\s+and\s+technology)\s+"
    r"(?:commission|department|bureau))\b",
    re.IGNORECASE,
)


@Language.factory(
    "plan_sentencizer",
    default_config={"heading_max_words": 14, "abbreviations": []},
)
def make_plan_sentencizer(nlp: Language, name: str, heading_max_words: int, abbreviations: list[str]):
    return PlanSentencizer(heading_max_words, tuple(abbreviations))


class PlanSentencizer:
    """Sets sentence starts from `segment.sentence_starts` and records paragraphs and headings."""

    def __init__(self, heading_max_words: int, abbreviations: tuple[str, ...]):
        self.heading_max_words = heading_max_words
        self.abbreviations = abbreviations

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        paragraphs = paragraph_spans(text, self.heading_max_words)
        if len(doc):
            offsets = token_offsets(doc)[:, 0]
            starts = sentence_starts(text, self.abbreviations, self.heading_max_words, paragraphs)
            starts = numpy.asarray(starts, dtype=offsets.dtype)
            first_tokens = numpy.searchsorted(offsets, starts, side="left")
            flags = numpy.full((len(doc), 1), -1, dtype="int32")
            flags[first_tokens[first_tokens < len(doc)]] = 1
            flags[0] = 1
            doc.from_array([SENT_START], flags.astype("uint64"))  # one call: per-token setting is quadratic
        doc._.paragraphs = [(s, e, is_heading(text[s:e], self.heading_max_words)) for s, e in paragraphs]
        return doc


@Language.factory("time_tagger", default_config={"min_year": 1949, "max_year": 2100})
def make_time_tagger(nlp: Language, name: str, min_year: int, max_year: int):
    return TimeTagger(min_year, max_year)


class TimeTagger:
    """Tags YEAR and DATE entities and records each one's role (deadline, observation, ...)."""

    def __init__(self, min_year: int, max_year: int):
        self.min_year, self.max_year = min_year, max_year

    def __call__(self, doc: Doc) -> Doc:
        found, roles = [], {}
        for expr in find_time_expressions(doc_text(doc)):
            if not self.min_year <= expr.value <= self.max_year:
                continue
            span = doc.char_span(expr.start, expr.end, label=expr.label, alignment_mode="expand")
            if span is None:
                continue
            found.append((span.start_char, span.end_char, expr.label, span.start, span.end))
            roles[(span.start_char, span.end_char)] = (expr.role, expr.value)
        set_entities(doc, entity_bounds(doc) + found)
        doc._.time_roles = roles
        return doc


@Language.factory(
    "gazetteer_tagger",
    default_config={"gazetteer_path": "", "fuzzy_places": True, "fuzzy_min_length": 5, "not_names": [],
                    "zone_designators": [], "zone_heads": [], "pinyin_syllables": [], "person_surnames": [],
                    "zone_area_markers": [], "locality_heads": []},
)
def make_gazetteer_tagger(nlp: Language, name: str, gazetteer_path: str, fuzzy_places: bool, fuzzy_min_length: int,
                          not_names: list[str], zone_designators: list[str], zone_heads: list[str],
                          pinyin_syllables: list[str], person_surnames: list[str], zone_area_markers: list[str],
                          locality_heads: list[str]):
    gazetteer = load_gazetteer(Path(gazetteer_path) if gazetteer_path else None)
    zones = (ZoneFinder(zone_designators, zone_heads, pinyin_syllables, zone_area_markers, locality_heads)
             if zone_designators and zone_heads else None)
    return GazetteerTagger(nlp, gazetteer, fuzzy_places, fuzzy_min_length, not_names, zones, person_surnames,
                           designations=(*zone_designators, *zone_heads, *locality_heads))


# A list of bare names that one plural designation after it makes districts or counties: "Xiaoshan,
# Yuhang and Fuyang districts", "In Pudong, Baoshan, Jinshan and other districts".
_DESIGNATION_AFTER_LIST = re.compile(r"\s+(?:and\s+other\s+)?(?P<designation>districts|counties)\b", re.I)
_DESIGNATIONS = {"districts": "District", "counties": "County"}
_DESIGNATED_KINDS = {"District": ("district",), "County": ("county", "autonomous_county")}
_LISTED_NAME = r"[A-Z][a-z]+(?:['’‘-][a-z]+)?"  # ‘ typed for ’ too ("Bao‘an")
_LIST_SEPARATOR = r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*、\s*"  # between the names of a list
_DESIGNATED_LIST = re.compile(rf"(?:{_LISTED_NAME}(?:{_LIST_SEPARATOR}|\s*&\s*))*{_LISTED_NAME}$")
# ... or a plural designation before the list: "six districts of Nanshan, Futian and Longhua", or a counted one
# and a comma: "six districts, Nanshan, Futian, ...".
_DESIGNATION_BEFORE_LIST = re.compile(
    r"\b(?:(?P<designation>districts|counties)(?:\s+(?:of|including|namely|such\s+as)|\s*[:：])"
    r"|(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?P<counted>districts|counties)\s*,)\s+",
    re.I,
)
_LIST_AFTER_DESIGNATION = re.compile(rf"(?:{_LISTED_NAME}(?:{_LIST_SEPARATOR}|\s*&\s*))*{_LISTED_NAME}")
_NEW_AREA_PREFIX, _NEW_AREA_SUFFIX = "area:", " New Area"
# An abbreviation defined right after a name: "Wuhan Economic & Technological Development Zone (WHDZ)", "... (hereinafter
# referred to as "WHDZ")", "Lianyungang Economic and Technological Development Zone, abbreviated as LETDZ".
_ABBREVIATION = r"(?:[A-Z][a-z]+\s+)?[A-Z][A-Z&]{1,7}"
_ABBREVIATION_AFTER = re.compile(
    rf"\s*[(（]\s*(?:hereinafter\s+(?:referred\s+to\s+as|called)\s+)?[\"“]?(?P<abbreviation>{_ABBREVIATION})[\"”]?\s*[)）]"
    rf"|(?:\s*[(（]\s*[)）])?,?\s+(?:abbreviated|shortened)\s+(?:as|to)\s+[\"“]?(?P<told>{_ABBREVIATION})(?![\w&-])"
)
_SURNAME_REACH = 8  # characters before a place's name a surname may take, with its space
_WORD_BEFORE = re.compile(r"(?<!\S)\S+\Z")  # the whole word that ends where a search ends
# What follows a person's name, not a place's: a title or a verb of saying ("Jing Maoming, deputy head of ...").
_PERSON_AFTER = re.compile(
    r",\s+(?:the\s+|a\s+|an\s+)?(?:(?:deputy|vice|executive|former|chief|general|senior|party|municipal|provincial"
    r"|county|district|city)[\s-]+)*"
    r"(?:head|director|mayor|governor|chairman|chairwoman|chair|secretary|president|manager|official|professor"
    r"|researcher|engineer|spokesperson|spokesman|spokeswoman|chief|CEO|founder)\b"
    r"|\s+(?:said|says|told|noted|added|stressed|explained|emphasi[sz]ed|underlined|underscored|urged|remarked"
    r"|pointed\s+out|presided|chaired|inspected)\b"
)
# A capitalised word right after a place, with or without "'s": "Shaanxi Yanliang", "Shanghai's Baoshan".
_OWNED_NAME_AFTER = re.compile(r"(?:['’]s)?\s(?P<name>[A-Z][a-z]+(?:['’][a-z]+)?)(?![\w'’-])")
# A designation that makes the word before it a locality's own name, which the gazetteer may lack: such
# a word is not taken for a misspelling of a place it does hold ("Gangdong New City" is no Guangdong, "Linfeng
# tourism resort" no Linfen).
_LOCALITY_AFTER = re.compile(
    r"\s+(?:New\s+(?:City|Town|District)|[Tt]own|[Tt]ownship|[Vv]illage|Road|Street|Avenue|Island|Lake|River|Mountain"
    r"|Bay|(?:[Tt]ourism\s+|[Tt]ourist\s+|[Hh]oliday\s+)?[Rr]esorts?|[Ss]cenic\s+(?:[Aa]rea|[Ss]pot)s?|[Aa]ncient\s+[Tt]own)\b"
)
# ... or an item of a list of them: "the steel resources of Dainan, Zhangguo and Maoshan towns".
_LOCALITIES_AFTER = re.compile(
    r"(?:\s*,\s*[A-Z][\w'’-]*){0,8}(?:\s*,?\s+and\s+[A-Z][\w'’-]*)?\s+(?:towns|townships|villages)\b"
)
# The next item of a list a word is in, and the item before it: "villages of Siqian, Baizhang, Xiaocun ...".
_NEXT_ITEM = re.compile(r"\s*(?:,|、)\s*(?:and\s+)?(?P<word>[A-Z][a-z]+(?:['’][a-z]+)?)(?![\w'’-])")
_ITEM_BEFORE = re.compile(r"(?<![\w'’-])(?P<word>[A-Z][a-z]+(?:['’][a-z]+)?)\s*(?:,|、)\s*(?:and\s+)?$")
_ITEM_BEFORE_REACH = 24  # characters before a word looked at for the list item before it
# The brand a firm's name opens on, right before the sector it ends on: one capitalised word or acronym after
# another word, not opening a sentence, or a word in camel case anywhere; and the capitalised word after that firm's
# sector that makes it a cluster's or zone's name, not a firm's.
_BRAND_BEFORE = re.compile(
    r"(?:(?<=[\w,)] )(?P<brand>[A-Z][a-z]+|[A-Z]{2,5})"
    r"|(?<![\w'’-])(?P<camel>[A-Za-z]*[A-Z][a-z]+[A-Z][A-Za-z]*|[A-Z]{2,}[a-z]+))"  # "LONGi", "PetroChina", wherever
    r" $"
)
_BRAND_REACH = 24
# ... or an English word as a brand, after the noun that says a firm's name follows: "US manufacturer Mooney Aviation".
_FIRM_NOUN_BEFORE = re.compile(
    r"\b(?:manufacturer|maker|automaker|carmaker|chipmaker|company|firm|developer|supplier|producer|start-?up|giant"
    r"|brand)s?\s+$"
)
_FIRM_NOUN_REACH = 16
# ... or the ending of a limited company's name, after its place in brackets: "Haichen Precision Machinery (Jiaxing) Co.,
# Ltd."
_LIMITED_FIRM_AFTER = re.compile(rf"(?:\s*\([^()]{{1,30}}\))?{LIMITED_FIRM_END}")
_CAPITALISED_AFTER = re.compile(r"\s+(?!(?:Technology|Technologies|Tech|Co|Group|Corp|Company|Holdings|Inc|Ltd)\b)[A-Z]")
# The capitalised word right after a name, on its line.
_NAME_WORD_AFTER = re.compile(r"[ \t]+(?P<word>[A-Z][\w'’-]*)")
# A county-level designation after a word: it names a district or county, which no city is.
_COUNTY_LEVEL_AFTER = re.compile(r"\s+(?:[Dd]istrict|[Cc]ounty)\b")
# ... or right before it, set off by a comma or "in": "Xiuyu, Putian City", "Xiuyu in Putian".
_OWNED_NAME_BEFORE = re.compile(r"(?<![\w'’-])(?P<name>[A-Z][a-z]+(?:['’][a-z]+)?)(?:,\s*|\s+in\s+|\s+of\s+)$")
_OWNED_NAME_REACH = 32
_LIST_REACH = 240  # characters before a plural designation its list may take
_NAME_LIST_REACH = 160  # characters either side of a bare name looked at for the list holding it
# Two or more one-word names in a list: "Jiading, Kunshan and Taicang", "Fenghua and Ninghai".
_NAME_LIST = re.compile(
    rf"(?<![\w'’-])(?:{_LISTED_NAME}(?:{_LIST_SEPARATOR}))+{_LISTED_NAME}(?![\w'’-])"
)
_SHORT_BARE_NAME = 4  # letters up to which a bare name given in full must not look like an English word
# "... Industrial Park in Turpan", "Liangzhu New Town is in Yuhang district", "..., located in Wujiang District"
_LOCATED_IN = re.compile(
    r"(?:\s+(?:in|of|at)|(?:\s+(?:is|lies)|,)?\s+(?:located|situated)\s+in|\s+(?:is|lies)\s+in)\s+(?:the\s+)?"
)
_LIST_GAP = re.compile(rf"{_LIST_SEPARATOR}|\s*,?\s*(?:or|as\s+well\s+as)\s+|\s*;\s*")  # between a list's items
_SEPARATOR_BEFORE = re.compile(rf"(?:{_LIST_GAP.pattern})$")
# The head of a cluster named for the word before it: "an internet industrial park", "a fashion industry cluster" (in
# lower case: a zone's name in capitals, "the Health Industrial Park", may be named for anything).
_CLUSTER_HEAD_AFTER = re.compile(
    r"\s+(?:industrial|industry)\s+(?:parks?|bases?|clusters?|zones?|chains?|belts?|towns?|hubs?)\b"
)
_NOT_A_NAME = "NOT_A_NAME"  # the label of `not_names` phrases while longest-first is decided; never kept


class GazetteerTagger:
    """Longest-match tagging of every gazetteer surface form, case-insensitive where safe.

    `not_names` are phrases that hold a form but name something else ("hi-tech zone": a kind of
    zone, not the high-tech sector): they take part in longest-first, so a form inside one is
    dropped, and are then dropped themselves."""

    def __init__(self, nlp: Language, gazetteer: Gazetteer, fuzzy_places: bool, fuzzy_min_length: int,
                 not_names: list[str] = (), zones: ZoneFinder | None = None, person_surnames: list[str] = (),
                 designations: Iterable[str] = ()):
        self.gazetteer = gazetteer
        self.zones = zones
        self.surnames = frozenset(person_surnames)
        self.fuzzy_places = fuzzy_places
        self.fuzzy_min_length = fuzzy_min_length
        self._fuzzy_candidates = name_words(fuzzy_min_length)
        self.matcher = PhraseMatcher(nlp.vocab, attr="NORM")  # lower case, and any dash as a hyphen ("brain–computer")
        forms: dict[int, object] = {}  # match id -> surface form
        by_key: dict[str, list] = {}
        for form in gazetteer.surface_forms():
            by_key.setdefault(form.label, []).append(form)
        by_key[_NOT_A_NAME] = [SurfaceForm(text, _NOT_A_NAME, (), "not_a_name") for text in not_names]
        for label, group in by_key.items():
            for index, form in enumerate(group):
                forms[nlp.vocab.strings.add(f"{label}:{index}")] = form
            patterns = list(nlp.tokenizer.pipe([f.text for f in group]))
            for index, pattern in enumerate(patterns):
                self.matcher.add(f"{label}:{index}", [pattern])
        self.forms = _FormTable(forms)
        self._place_texts = {form.text.lower() for form in forms.values() if form.label in ("PLACE", "REGION")}
        # Capitalised words that may follow a place's name: its designation ("Wuhan City", "Hefei High-tech
        # Zone"). Another after a fuzzy word makes it a brand's or person's name ("Donghua Energy").
        self._words_after_places = frozenset(word.lower() for word in chain(
            designations, (word for suffixes in KIND_SUFFIXES.values() for s in suffixes for word in s.split())
        ))
        self._head_modifiers = head_modifiers(gazetteer.sector_forms)
        self._place_names = {place.name_en for place in gazetteer.places.values()}  # for `_owned_names`
        self._not_local_names = frozenset(("China", "Chinese"))  # pinyin-shaped, but the country
        self._inside: dict[tuple[str, tuple[str, ...]], str | None] = {}  # `_place_inside`
        self._bare_names: dict[tuple[str, ...], re.Pattern | None] = {}  # bounded by the gazetteer's forms
        self._fuzzy_seen: set[str] = set()  # words whose fuzzy place is decided (see `_decide_fuzzy`)
        self._fuzzy_found: dict[str, object] = {}  # those of them that are a place, and which
        self._bare_name_hashes: numpy.ndarray | None = None  # `_bare_place_words`

    def __call__(self, doc: Doc) -> Doc:
        candidates: dict[tuple[int, int], tuple] = {}
        found: list[EntityBounds] = []
        matches = self.matcher(doc)
        if matches:
            found, candidates = self.forms.entities(doc, matches)
        if self.fuzzy_places:
            found.extend(self._fuzzy_places(doc, found, candidates))
        if self.surnames and found:
            found = self._without_given_names(doc, found, candidates)
        given_in_full: dict[tuple[int, int], tuple[int, int]] = {}
        if any(_has_bare_name(entity_ids, method) for entity_ids, method in candidates.values()):
            found.extend(self._bare_names_of(doc, found, candidates, given_in_full))
        designated: dict[tuple[int, int], str] = {}
        if "istricts" in doc_text(doc) or "ounties" in doc_text(doc):  # either case of their first letter
            found.extend(self._designated_lists(doc, found, candidates, designated))
        owned: dict[tuple[int, int], str] = {}
        found.extend(self._owned_names(doc, found, candidates, owned))
        if any(bounds[2] == "PLACE" for bounds in found):  # bare names are looked for only beside places
            bare_words = self._bare_place_words(doc)
            found.extend(self._listed_names(doc, found, candidates, bare_words))
            found.extend(self._names_in_named_places(doc, found, candidates, bare_words))
        found.extend(_government_bounds(doc, found))
        shared_heads: dict[tuple[int, int], str] = {}
        names = [bounds for bounds in found if bounds[2] != LISTED_SECTOR]  # a listed form may share a head
        found.extend(_shared_head_sectors(doc, names, self._head_modifiers, shared_heads))
        zones: dict[tuple[int, int], tuple[tuple[int, int], ...]] = {}
        zone_sectors: dict[tuple[int, int], tuple[tuple[int, int], ...]] = {}
        towns: dict[tuple[int, int], str] = {}
        if self.zones is not None:
            found = self._zone_names(doc, found, candidates, zones, zone_sectors, towns)
        text = doc_text(doc)
        if "(" in text or "（" in text:
            found = _abbreviations(doc, found, candidates, given_in_full)
        found = entity_bounds(doc) + found
        if any(bounds[2] == _NOT_A_NAME for bounds in found):  # rare: few texts hold such a phrase
            found = [bounds for bounds in _longest_first(found) if bounds[2] != _NOT_A_NAME]
        if any(bounds[2] == LISTED_SECTOR for bounds in found):
            named = {(bounds[0], bounds[1]) for bounds in found if bounds[2] != LISTED_SECTOR}  # a sector's words win
            found = [bounds for bounds in found if bounds[2] != LISTED_SECTOR
                     or ((bounds[0], bounds[1]) not in named and _may_be_listed(text, bounds[0], bounds[1]))]
            if any(bounds[2] == LISTED_SECTOR for bounds in found):
                found = _listed_sectors(text, _longest_first(found))
        set_entities(doc, found)
        doc._.firm_sectors = self._firm_sectors(text, found) if self.zones is not None else None
        doc._.surface_candidates = candidates
        doc._.names_given_in_full = given_in_full
        doc._.designated_names = designated
        doc._.shared_heads = shared_heads
        doc._.owned_names = owned
        doc._.zone_names = zones
        doc._.zone_sectors = zone_sectors
        doc._.town_names = towns
        return doc

    def _zone_names(self, doc: Doc, found: list[EntityBounds], candidates: dict,
                    zones: dict[tuple[int, int], tuple[tuple[int, int], ...]],
                    zone_sectors: dict[tuple[int, int], tuple[tuple[int, int], ...]],
                    towns: dict[tuple[int, int], str]) -> list[EntityBounds]:
        """Places followed by a zone's designation become the zone ("Xinghua Economic Development
        Zone"): one PLACE entity over the whole name, recorded in `zones` with the places it is named
        after (a zone of one place takes its candidates) and in `zone_sectors` with the sector names in
        its name, which stay mentions of their own. Names of other kinds inside a zone's name keep it a
        place. Then zones named after no listed place (`ZoneFinder.unlisted`), where a place is named
        with them."""
        text = doc_text(doc)
        heads = self.zones.head_spans(text)  # where zones' names may end, for all three searches
        found = found + self._designated_places(doc, found, candidates, heads)
        places = sorted((b[0], b[1]) for b in found if b[2] == "PLACE")
        if not places:
            return found
        not_names = [(b[0], b[1]) for b in found if b[2] == _NOT_A_NAME]  # "High-tech Zone": no sector in it
        named = [b for b in found if b[2] not in ("PLACE", _NOT_A_NAME, LISTED_SECTOR)
                 and not any(s <= b[0] and b[1] <= e for s, e in not_names)]
        others = [(b[0], b[1]) for b in named if b[2] != "SECTOR"]
        place_starts = [start for start, _ in places]
        sectors = sorted((b[0], b[1]) for b in named if b[2] == "SECTOR"
                         and not _inside_one_of(places, place_starts, b[0], b[1]))  # "Optics" in "Optics Valley"
        regions = sorted((b[0], b[1]) for b in named if b[2] == "REGION")
        made = [(z, span) for z in self.zones.zones(text, places, others, sectors, heads, regions)
                if (span := doc.char_span(z.start, z.end)) is not None]
        taken = others + [(z.start, z.end) for z, _ in made] + [
            place for place in places if not any(z.start <= place[0] and place[1] <= z.end for z, _ in made)
        ]
        for zone in self.zones.unlisted(text, taken, sectors, heads):
            located = _unlisted_zone_places(text, zone, made, places)
            if located and (span := doc.char_span(zone.start, zone.end)) is not None:
                made.append((dataclasses.replace(zone, places=located), span))
        made.extend(self._towns(doc, made, others, places, candidates, towns))
        if not made:
            return found
        kept = [b for b in found if not any(z.start <= b[0] and b[1] <= z.end for z, _ in made)]
        for zone, span in made:
            kept.append((zone.start, zone.end, "PLACE", span.start, span.end))
            if len(zone.places) == 1:  # a zone of one place is located as that place is
                candidates[(zone.start, zone.end)] = candidates.get(zone.places[0], ((), None))
            zones[(zone.start, zone.end)] = zone.places
            if zone.sectors:
                zone_sectors[(zone.start, zone.end)] = zone.sectors
        return kept

    def _towns(self, doc: Doc, made: list, others: list[tuple[int, int]], places: list[tuple[int, int]],
               candidates: dict, towns: dict[tuple[int, int], str]) -> list:
        """Towns named with their designation ("Houjie Town"), located as zones named after no listed
        place are, and the text's other uses of a town's bare name ("Houjie"), recorded in `towns` with
        that name. A county-level name in one is the town's (Changjiang town in Rugao is no Changjiang
        County in Hainan); the name of a city is no town's."""
        text = doc_text(doc)
        named = self.zones.towns(text, others + [(z.start, z.end) for z, _ in made])
        if not named:  # most texts
            return []
        cities = [place for place in places if not self._county_level(candidates.get(place))]
        blocked = others + cities  # names a bare use of a town's name may not overlap
        found = []
        for town in (t for t in named if not any(s < t.end and t.start < e for s, e in cities)):
            located = _unlisted_zone_places(text, town, made, places)
            if located and (span := doc.char_span(town.start, town.end)) is not None:
                found.append((dataclasses.replace(town, places=located), span))
                towns[(town.start, town.end)] = text[town.start : town.end].rsplit(None, 1)[0]
        for town, _ in list(found):
            name = towns[(town.start, town.end)]
            for match in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", text):
                start, end = match.span()
                if (start, end) in towns or any(s < end and start < e for s, e in blocked) or any(
                    z.start < end and start < z.end for z, _ in made + found
                ):
                    continue
                if (span := doc.char_span(start, end)) is not None:
                    found.append((dataclasses.replace(town, start=start, end=end), span))
                    towns[(start, end)] = name
        return found

    def _without_given_names(self, doc: Doc, found: list[EntityBounds], candidates: dict) -> list[EntityBounds]:
        """A county's name or a misspelt-looking word right after a surname is a person's given name
        ("Fan Lixin has proposed ...", "Chen Jinhu, Party chief of Changzhou"), not the county Lixin."""
        text = doc_text(doc)
        kept = []
        for bounds in found:
            start, end, label = bounds[0], bounds[1], bounds[2]
            if label == "PLACE" and self._after_surname(text, start) and (
                self._county_level(candidates.get((start, end))) or _PERSON_AFTER.match(text, end)
            ):
                continue
            kept.append(bounds)
        return kept

    def _after_surname(self, text: str, start: int) -> bool:
        """Whether the word starting at `start` follows a person's surname and a space ("Li Yanqing")."""
        if not text.startswith(" ", start - 1):
            return False
        word = _WORD_BEFORE.search(text, max(0, start - 1 - _SURNAME_REACH), start - 1)
        return word is not None and word.group() in self.surnames

    def _county_level(self, found) -> bool:
        """Whether a name was matched fuzzily or stands for county-level places only."""
        if not found:
            return False
        entity_ids, method = found
        return method == "fuzzy" or (bool(entity_ids) and all(self._is_county_level(i) for i in entity_ids))

    def _is_county_level(self, entity_id: str) -> bool:
        """Whether the gazetteer lists the id as a county-level place (county, district, county-level city)."""
        place = self.gazetteer.places.get(entity_id)
        return place is not None and place.level == "county"

    def _designated_places(self, doc: Doc, found: list[EntityBounds], candidates: dict,
                           heads: list[tuple[int, int]]) -> list[EntityBounds]:
        """Bare names of one place each right before a zone's designation ("Qiantang New Area", "Jiangning
        Development Zone"): the zone's place, though a bare district name is no form of its own."""
        text = doc_text(doc)
        out: list[EntityBounds] = []
        for start, end in self.zones.designated_words(text, heads):
            name = text[start:end]
            if name not in self._place_names or any(b[0] < end and start < b[1] for b in found):
                continue
            named = self.gazetteer.place_forms.get(form_key(name), ())
            span = doc.char_span(start, end) if len(named) == 1 and not looks_like_english_word(name) else None
            if span is not None:
                out.append((start, end, "PLACE", span.start, span.end))
                candidates[(start, end)] = (named, "context")
        return out

    def _designated_lists(self, doc: Doc, found: list[EntityBounds], candidates: dict,
                          designated: dict) -> list[EntityBounds]:
        """Bare names in a list that a plural designation follows ("Xiaoshan, Yuhang and Fuyang
        districts") or opens ("six districts of Nanshan, Futian and Longhua") name districts or
        counties, though a bare district name is no form of its own.
        A name is taken when some place of that kind has it, also when it is tagged on its own as
        another place's ("Fuyang", a city of Anhui too); each is recorded in `designated` with the
        plural, whose designation the resolver adds to it ("Fuyang District")."""
        text = doc_text(doc)
        out: list[EntityBounds] = []
        tagged = {bounds[0]: bounds for bounds in found}
        lists = [(after.group("designation"), _DESIGNATED_LIST.search(text, max(0, after.start() - _LIST_REACH),
                                                                       after.start()))
                 for after in _DESIGNATION_AFTER_LIST.finditer(text)]
        lists += [(before.group("designation") or before.group("counted"),
                   _LIST_AFTER_DESIGNATION.match(text, before.end()))
                  for before in _DESIGNATION_BEFORE_LIST.finditer(text)]
        for designation, listed in lists:
            if listed is None:
                continue
            designation = designation.lower()
            suffix = _DESIGNATIONS[designation]
            for name in re.finditer(_LISTED_NAME, text[listed.start() : listed.end()]):
                start, end = listed.start() + name.start(), listed.start() + name.end()
                already = tagged.get(start)
                if already is not None and (already[1] != end or already[2] != "PLACE"):
                    continue  # part of a longer name, or another kind of name
                resolution = resolve_place(f"{name.group()} {suffix}", gazetteer=self.gazetteer)
                span = doc.char_span(start, end)
                place = self.gazetteer.places.get(resolution.entity_id or "")
                if place is None or place.kind not in _DESIGNATED_KINDS[suffix] or span is None:
                    continue
                if already is None:  # a name tagged on its own ("Fuyang", a city too) is only designated
                    bounds = (start, end, "PLACE", span.start, span.end)
                    tagged[start] = bounds
                    out.append(bounds)
                candidates[(start, end)] = (tuple(c.entity_id for c in resolution.candidates), "suffix")
                designated[(start, end)] = designation
        return out

    def _owned_names(self, doc: Doc, found: list[EntityBounds], candidates: dict,
                     owned: dict[tuple[int, int], str]) -> list[EntityBounds]:
        """A bare district or county name right after the province or city it lies in ("Shaanxi
        Yanliang", "Shanghai's Baoshan") or right before it ("Xiuyu, Putian City") is the place of that
        name in it, though a bare district name is no form of its own and may be another place's. Each
        is recorded in `owned` with that place's id, which the resolver settles it to."""
        text = doc_text(doc)
        out: list[EntityBounds] = []
        tagged: dict[int, EntityBounds] | None = None  # made for the few places a place's name is beside
        for start, end, label, _, _ in list(found):
            if label != "PLACE":
                continue
            named_by = _OWNED_NAME_AFTER.match(text, end)
            before = named_by is None
            if before and text.endswith((",", ", ", " in ", " of "), max(0, start - 4), start):  # string tests first
                named_by = _OWNED_NAME_BEFORE.search(text, max(0, start - _OWNED_NAME_REACH), start)
            if named_by is None or named_by.group("name") not in self._place_names:
                continue
            owners = candidates.get((start, end), ((), None))[0]
            if not owners:
                continue
            if tagged is None:
                tagged = {bounds[0]: bounds for bounds in found}
            name_start, name_end = named_by.span("name")
            already = tagged.get(name_start)
            if already is not None and (before or already[1] != name_end or already[2] != "PLACE"):
                continue  # part of a longer name, another kind of name, or a list's place ("Hebei, Tianjin")
            inside = self._place_inside(named_by.group("name"), owners)
            span = doc.char_span(name_start, name_end) if inside is not None else None
            if span is None:
                continue
            if already is not None and candidates.get((name_start, name_end), ((), None))[0] == (inside,):
                continue  # a name of its own that means that place anyway ("Zhejiang Ningbo")
            if already is None:
                bounds = (name_start, name_end, "PLACE", span.start, span.end)
                tagged[name_start] = bounds
                out.append(bounds)
            candidates[(name_start, name_end)] = ((inside,), "context")
            owned[(name_start, name_end)] = inside
        return out

    def _listed_names(self, doc: Doc, found: list[EntityBounds], candidates: dict,
                      bare_words: list[tuple[int, int]]) -> list[EntityBounds]:
        """A bare district or county name listed with places the text names ("the cities of Jiading,
        Kunshan and Taicang", "Fenghua and Ninghai") is that place, though a bare district name is no
        form of its own: the list says what kind of word it is. Of several places of that name, the one
        in the province most of the list's names have a place in ("Nanshan, Pingshan, Longgang and
        Longhua": Shenzhen's four); none when no province has most. Lists are looked for only around
        such names, which few texts hold."""
        places = {bounds[0]: bounds for bounds in found if bounds[2] == "PLACE"}
        if not places:
            return []
        taken = _Covered((bounds[0], bounds[1]) for bounds in found)
        words = [(start, end) for start, end in bare_words if not taken.overlaps(start, end)]
        text = doc_text(doc)
        out: list[EntityBounds] = []
        lists_seen: set[tuple[int, int]] = set()
        for start, end in words:
            reach = (max(0, start - _NAME_LIST_REACH), min(len(text), end + _NAME_LIST_REACH))
            listed = next((m for m in _NAME_LIST.finditer(text, *reach) if m.start() <= start and end <= m.end()), None)
            if listed is None or listed.span() in lists_seen:
                continue
            lists_seen.add(listed.span())
            items = [(listed.start() + m.start(), listed.start() + m.end())
                     for m in re.finditer(_LISTED_NAME, listed.group())]
            tagged = [(s, e) for s, e in items if s in places and places[s][1] == e]
            if not tagged or _LOCALITIES_AFTER.match(text, items[-1][0]):
                continue
            untagged = {
                (s, e): self._listed_candidates(text[s:e]) for s, e in items
                if not taken.overlaps(s, e) and not _COUNTY_LEVEL_AFTER.match(text, e)
            }
            out.extend(self._settle_listed(doc, untagged, tagged, candidates))
        return out

    def _names_in_named_places(self, doc: Doc, found: list[EntityBounds], candidates: dict,
                               bare_words: list[tuple[int, int]]) -> list[EntityBounds]:
        """A bare district or county name of a city or province the same text names ("Nansha will build a
        new energy vehicle base" in a text that names Guangzhou) is the place of that name in it, though a
        bare district name is no form of its own: the text is about that city. None when the places the
        text names hold two of that name, when it names the thing a locality is named after, or when it is a
        person's given name ("said Li Yanqing, ... of the Beijing-based association")."""
        starts = {bounds[0] for bounds in found}
        words = [word for word in bare_words if word[0] not in starts]  # most are tagged names already
        if not words:
            return []
        taken = _Covered((bounds[0], bounds[1]) for bounds in found)
        text = doc_text(doc)
        words = [(start, end) for start, end in words if not taken.overlaps(start, end)
                 and not _LOCALITY_AFTER.match(text, end) and not self._after_surname(text, start)]
        if not words:
            return []
        owners = tuple(sorted({
            ids[0] for start, end, label, _, _ in found if label == "PLACE"
            and len(ids := candidates.get((start, end), ((), None))[0]) == 1 and self._may_hold_counties(ids[0])
        }))
        if not owners:
            return []
        out: list[EntityBounds] = []
        for start, end in words:
            inside = self._held_by(text[start:end], owners)
            span = doc.char_span(start, end) if inside is not None else None
            if span is not None:
                out.append((start, end, "PLACE", span.start, span.end))
                candidates[(start, end)] = ((inside,), "context")
        return out

    def _may_hold_counties(self, entity_id: str) -> bool:
        """Whether the id is a province or prefecture-level city, whose districts and counties the text may name bare."""
        place = self.gazetteer.places.get(entity_id)
        return place is not None and place.level in ("province", "prefecture")

    def _held_by(self, name: str, owners: tuple[str, ...]) -> str | None:
        """The one county-level place called `name` that lies in one of `owners`, else None."""
        named = [i for i in self._listed_candidates(name)
                 if any(owner in self.gazetteer.ancestors(i)[1:] for owner in owners)]
        return named[0] if len(named) == 1 else None

    def _settle_listed(self, doc: Doc, untagged: dict, tagged: list[tuple[int, int]],
                       candidates: dict) -> list[EntityBounds]:
        """The listed bare names that name one place, settled by the province most of the list is in."""
        votes = Counter(province for ids in chain((candidates.get(t, ((), None))[0] for t in tagged), untagged.values())
                        for province in {self.gazetteer.province_of(i) for i in ids})
        ranked = votes.most_common(2)
        province = ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None
        out: list[EntityBounds] = []
        for (start, end), named in untagged.items():
            if len(named) > 1:
                named = [i for i in named if self.gazetteer.province_of(i) == province]
            span = doc.char_span(start, end) if len(named) == 1 else None
            if span is not None:
                out.append((start, end, "PLACE", span.start, span.end))
                candidates[(start, end)] = ((named[0],), "context")
        return out

    def _bare_place_words(self, doc: Doc) -> list[tuple[int, int]]:
        """Character spans of the tokens that are a county-level place's bare name, found in one array search."""
        if self._bare_name_hashes is None:  # the vocab's string hashes are fixed: work them out once
            names = [name for name in self._place_names if self._listed_candidates(name)]
            names += [name.replace("'", "’") for name in names if "'" in name]
            self._bare_name_hashes = numpy.asarray(sorted(doc.vocab.strings.add(n) for n in names), dtype="uint64")
        if not len(doc):
            return []
        return [(doc[i].idx, doc[i].idx + len(doc[i])) for i in _positions_of(doc.to_array(ORTH), self._bare_name_hashes)]

    def _listed_candidates(self, name: str) -> list[str]:
        """The county-level places called `name` ("Bao’an" as "Bao'an"), if it looks like no English word."""
        name = name.replace("’", "'")
        if name not in self._place_names or looks_like_english_word(name) or name in self.surnames:
            return []
        return [i for i in self.gazetteer.place_forms.get(form_key(name), ()) if self._is_county_level(i)]

    def _place_inside(self, name: str, owners: tuple[str, ...]) -> str | None:
        """The one place called `name` that lies in one of `owners`, else None; remembered (bounded)."""
        key = (name, owners)
        if key not in self._inside:
            if len(self._inside) >= RESOLUTION_CACHE_SIZE:
                self._inside.clear()
            named = self.gazetteer.place_forms.get(form_key(name), ())
            inside = [i for i in named if any(owner in self.gazetteer.ancestors(i)[1:] for owner in owners)]
            self._inside[key] = inside[0] if len(inside) == 1 else None
        return self._inside[key]

    def _bare_names_of(self, doc: Doc, found: list[EntityBounds], candidates: dict,
                       given_in_full: dict) -> list[EntityBounds]:
        """A place the text names with its designation ("Wudang district") is meant by its bare
        name elsewhere in the same text ("Wudang will form ..."), though a bare district or an
        ambiguous county name is no form of its own. Each bare name found is recorded in
        `given_in_full` with the full name it stands for, which the resolver copies."""
        text = doc_text(doc)
        out: list[EntityBounds] = []
        taken = {bounds[0] for bounds in found}
        scanned: set[tuple[str, ...]] = set()  # a full name given again needs no second scan
        for start, end, label, _, _ in list(found):
            entity_ids, method = candidates.get((start, end), ((), None))
            if label != "PLACE" or not _has_bare_name(entity_ids, method) or entity_ids in scanned:
                continue
            scanned.add(entity_ids)
            pattern = self._bare_name_pattern(entity_ids)
            if pattern is None:
                continue
            for match in pattern.finditer(text):
                if match.start() in taken or _LOCALITY_AFTER.match(text, match.end()):
                    continue  # tagged already, or another thing named after it ("Ganjiang River")
                span = doc.char_span(match.start(), match.end())
                if span is None:
                    continue
                taken.add(match.start())
                out.append((match.start(), match.end(), "PLACE", span.start, span.end))
                candidates[match.span()] = (entity_ids, "document")
                given_in_full[match.span()] = (start, end)
        return out

    def _bare_name_pattern(self, entity_ids: tuple[str, ...]) -> re.Pattern | None:
        """The bare name the places share, as written, when it is no form of its own and not as
        short as English words ("Long"); None otherwise. Worked out once per set of places."""
        if entity_ids not in self._bare_names:
            names = {_bare_name(self.gazetteer.places[i]) for i in entity_ids if i in self.gazetteer.places}
            name = names.pop() if len(names) == 1 else None
            usable = (
                name is not None and name.lower() not in self._place_texts
                and not (len(name) <= _SHORT_BARE_NAME and looks_like_english_word(name))
            )
            self._bare_names[entity_ids] = (
                re.compile(rf"(?<![\w'’-]){re.escape(name)}(?![\w-])") if usable else None
            )
        return self._bare_names[entity_ids]

    def _fuzzy_places(self, doc: Doc, found: list[EntityBounds], candidates: dict) -> list[EntityBounds]:
        """Capitalised words that match no name, found with a regex over the text rather than by
        walking every token; those that fuzzy-resolve to a place become PLACE entities."""
        text = doc_text(doc)
        words = set(self._fuzzy_candidates.findall(text))
        places = {word: self._fuzzy_found[word] for word in words & self._fuzzy_found.keys()}
        for word in words - self._fuzzy_seen:  # set operations: most words were decided before
            if resolution := self._decide_fuzzy(doc, word):
                places[word] = resolution
        if not places:
            return []  # the common case: no misspelt place, and no need for the words' positions
        covered = sorted((bounds[0], bounds[1]) for bounds in found)
        covered_starts = [c[0] for c in covered]
        place_ends = {bounds[1] for bounds in found if bounds[2] == "PLACE"}
        out = []
        matches = [(match.group(), *match.span()) for match in self._fuzzy_candidates.finditer(text)
                   if match.group() in places]
        # "Donghua Energy (Maoming)", "Weichai Group": a company's name, not a misspelt Tonghua or Weihai,
        # wherever else the text uses it ("Weichai will build ...")
        brands = {word for word, _, end in matches if self._names_a_brand(text, end)}
        for word, start, end in matches:
            resolution = places[word]
            if word in brands or _inside(covered, covered_starts, start) or _starts_sentence(text, start):
                continue
            if _LOCALITY_AFTER.match(text, end) or _LOCALITIES_AFTER.match(text, end):
                continue  # "Gangdong New City": a locality of its own, not a misspelt Guangdong
            if self.zones is not None and self.zones.designation_follows(text, start):
                continue  # "Xiaolan Economic Development Zone": a zone's own name, not a misspelt Xiaogan
            if text.startswith(" ", start - 1) and start - 1 in place_ends:
                continue  # "Nanchang Xiaolan ...": a local name after the place that holds it
            if self._listed_with_local_names(text, start, end, covered, covered_starts, places):
                continue  # "villages of Siqian, Baizhang and Xiaocun": towns' names, not a misspelt Suqian
            if _COUNTY_LEVEL_AFTER.match(text, end) and not self._is_county_level(resolution.entity_id):
                continue  # "Minzhong District": a district of its own, not a misspelt Jinzhong city
            label = "REGION" if resolution.entity_id.startswith("region:") else "PLACE"
            span = doc.char_span(start, end)
            if span is not None:
                out.append((start, end, label, span.start, span.end))
                candidates[(start, end)] = ((resolution.entity_id,), "fuzzy")
        return out

    def _listed_with_local_names(self, text: str, start: int, end: int, covered: list[tuple[int, int]],
                                 covered_starts: list[int], places: dict) -> bool:
        """Whether the word is listed next to a pinyin name the gazetteer does not hold, nor misspells:
        the list names localities below a county, which the word names too."""
        if self.zones is None:
            return False
        beside = [_NEXT_ITEM.match(text, end), _ITEM_BEFORE.search(text, max(0, start - _ITEM_BEFORE_REACH), start)]
        return any(
            item is not None and item.group("word") not in places
            and item.group("word") not in self._not_local_names
            and not _inside(covered, covered_starts, item.start("word"))
            and self.zones.is_pinyin(item.group("word"))
            for item in beside
        )

    def _names_a_brand(self, text: str, end: int) -> bool:
        """Whether a capitalised word other than a place's designation follows a word ending at `end`."""
        after = _NAME_WORD_AFTER.match(text, end)
        return after is not None and after.group("word").lower() not in self._words_after_places

    def _firm_sectors(self, text: str, found: list[EntityBounds]) -> set[tuple[int, int]] | None:
        """Capitalised sectors that end a firm's name after its brand, a pinyin word, an acronym or a word in camel case
        that names no place: "such as Tiantong New Materials based in ...", "Pizhou Yuxin Sensor", "Midea and KUKA
        ROBOT", "LONGi Green Energy"; or an English word after a firm's noun: "US manufacturer Mooney Aviation".
        Not before a cluster's or zone's head ("the Zhangjiang Biomedicine Base"), nor after a place ("Hefei New
        Energy Vehicles") or an English word ("the Action Plan for Cultivating Strategic Emerging Industries")."""
        firms = None
        starts = None
        for start, end, label, _, _ in found:
            if label != "SECTOR" or not text[start].isupper():
                continue
            if text.startswith((" Co", " (", " Company"), end) and _LIMITED_FIRM_AFTER.match(text, end):
                firms = firms or set()
                firms.add((start, end))  # "Haichen Precision Machinery (Jiaxing) Co., Ltd."
                continue
            brand = _BRAND_BEFORE.search(text, max(0, start - _BRAND_REACH), start)
            if brand is None or _CAPITALISED_AFTER.match(text, end):
                continue
            word = brand.group("brand")
            if word is not None and not (word.isupper() or self.zones.is_pinyin(word)) and (
                _FIRM_NOUN_BEFORE.search(text, max(0, brand.start() - _FIRM_NOUN_REACH), brand.start()) is None
            ):
                continue
            if starts is None:
                spans = sorted((bounds[0], bounds[1]) for bounds in found)
                starts = [span[0] for span in spans]
            if _inside(spans, starts, brand.start()):
                continue  # a place's or another name's word
            firms = firms or set()
            firms.add((start, end))
        return firms

    def _spells_another_name(self, word: str, canonical: str | None) -> bool:
        """Whether a word near a place's name is good pinyin whose syllables open on other consonants, and so
        more likely a name the gazetteer does not hold ("Anting" for Anqing, "Liqiang" for Lijiang) than a
        slip, which keeps them ("Qinghuangdao", "Gangdong" for Guangdong, "Jingdezen")."""
        if self.zones is None or canonical is None or not self.zones.is_pinyin(word):
            return False
        return self.zones.initials(word) != self.zones.initials(canonical)

    def _decide_fuzzy(self, doc: Doc, word: str):
        """The fuzzy place resolution of a word long enough and not a stop word, else None;
        remembered for the next documents (up to `FUZZY_CACHE_SIZE` words)."""
        resolution = None
        if len(word) >= self.fuzzy_min_length and not doc.vocab[word].is_stop:
            found = resolve_place(word, gazetteer=self.gazetteer)
            if found.entity_id and found.method == "fuzzy" and not self._spells_another_name(word, found.canonical):
                resolution = found
        if len(self._fuzzy_seen) >= FUZZY_CACHE_SIZE:
            self._fuzzy_seen.clear()  # bounded: memory must not grow with the corpus
            self._fuzzy_found.clear()
        self._fuzzy_seen.add(word)
        if resolution is not None:
            self._fuzzy_found[word] = resolution
        return resolution


def _inside_one_of(spans: list[tuple[int, int]], starts: list[int], start: int, end: int) -> bool:
    """Whether start..end lies inside one of `spans` (sorted, not overlapping; `starts` their starts)."""
    index = bisect_right(starts, start) - 1
    return index >= 0 and spans[index][1] >= end


def _unlisted_zone_places(text: str, zone, made: list, places: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """The places a zone named after no listed place lies in: those of a zone of that name, or named
    before in full ("Zhongshan's Cuiheng New District", then "Cuiheng New District"), else the place
    named right after it ("... Industrial Park in Turpan"), else the last place the text names before
    it (a plan's zones are those of the place it is about); none else."""
    name = zone_display_name(text[zone.start : zone.end])
    for earlier, _ in made:
        earlier_name = zone_display_name(text[earlier.start : earlier.end])
        if earlier.start < zone.start and (earlier_name == name or earlier_name.endswith(" " + name)):
            return earlier.places
    after = _LOCATED_IN.match(text, zone.end)
    if after is not None and (place := next((p for p in places if p[0] == after.end()), None)):
        return (place,)
    before = [p for p in places if p[1] <= zone.start]
    return (before[-1],) if before else ()


def _has_bare_name(entity_ids: tuple[str, ...], method: str | None) -> bool:
    """Whether a name was matched with a designation the text may drop later: a district or county
    given with its suffix ("Wudang district"), or a state-level new area ("Liangjiang New Area")."""
    return method == "suffix" or (bool(entity_ids) and entity_ids[0].startswith(_NEW_AREA_PREFIX))


def _bare_name(place) -> str:
    """A place's name without its designation: "Liangjiang" of "Liangjiang New Area"."""
    if place.place_id.startswith(_NEW_AREA_PREFIX) and place.name_en.endswith(_NEW_AREA_SUFFIX):
        return place.name_en[: -len(_NEW_AREA_SUFFIX)]
    return place.name_en


class _Covered:
    """Character spans, which may nest or overlap, asked whether a span overlaps any of them."""

    def __init__(self, spans: Iterable[tuple[int, int]]):
        ordered = sorted(spans)
        self.starts = [start for start, _ in ordered]
        self.reach = list(accumulate((end for _, end in ordered), max))  # the furthest end so far

    def overlaps(self, start: int, end: int) -> bool:
        index = bisect_left(self.starts, end) - 1  # the last span starting before `end`
        return index >= 0 and self.reach[index] > start


def _inside(covered: list[tuple[int, int]], starts: list[int], char: int) -> bool:
    index = bisect_right(starts, char) - 1
    return index >= 0 and covered[index][0] <= char < covered[index][1]


def _starts_sentence(text: str, start: int) -> bool:
    """Sentence-initial capitals say nothing about names: the preceding text ends a sentence."""
    before = text[max(0, start - 4) : start].rstrip(" \t\"“‘'(")
    return not before or before[-1] in ".!?\n:;"


_CASE_ANY, _CASE_EXACT, _CASE_CAPITALISED = 0, 1, 2


def _case_rule(form) -> int:
    """How a match of `form` must be written: names of places capitalised in English text, short
    acronyms and case-sensitive forms exactly as listed; decided once per form, not per match."""
    text = form.text
    if getattr(form, "case_sensitive", False) or (text.isupper() and len(text) <= 5):
        return _CASE_EXACT
    if form.label == "PLACE":
        return _CASE_CAPITALISED
    return _CASE_ANY


class _FormTable:
    """The gazetteer's surface forms as arrays in match-id order, so that a Doc's tens of thousands
    of phrase matches are looked up, checked for case and made entities in array operations
    rather than one Python step each."""

    def __init__(self, forms: dict[int, object]):
        ids = sorted(forms)
        ordered = [forms[i] for i in ids]
        self.ids = numpy.asarray(ids, dtype="uint64")
        self.case_rules = numpy.asarray([_case_rule(form) for form in ordered], dtype="int8")
        self.texts = [form.text for form in ordered]
        self.labels = _objects([form.label for form in ordered])
        self.candidates = _objects([(form.entity_ids, form.method) for form in ordered])

    def entities(self, doc: Doc, matches: list[tuple[int, int, int]]) -> tuple[list[EntityBounds], dict]:
        """The matches written as their forms require, as entity bounds in match order, and each
        one's (entity ids, method) by (start_char, end_char), a later match of the same characters
        winning."""
        text = doc_text(doc)
        flat = chain.from_iterable(matches)  # twice as fast as numpy.asarray on a list of tuples
        array = numpy.fromiter(flat, dtype="uint64", count=3 * len(matches)).reshape(-1, 3)
        forms = numpy.searchsorted(self.ids, array[:, 0])
        starts, ends = array[:, 1].astype("int64"), array[:, 2].astype("int64")
        offsets = token_offsets(doc)
        start_chars = offsets[starts, 0]
        end_chars = offsets[ends - 1, 0] + offsets[ends - 1, 1]
        keep = numpy.ones(len(matches), dtype=bool)
        rules = self.case_rules[forms]
        capitalised = numpy.flatnonzero(rules == _CASE_CAPITALISED)
        keep[capitalised] = [text[char].isupper() for char in start_chars[capitalised].tolist()]
        exact = numpy.flatnonzero(rules == _CASE_EXACT)
        keep[exact] = [
            text[start:end] == self.texts[form]
            for start, end, form in zip(start_chars[exact].tolist(), end_chars[exact].tolist(), forms[exact].tolist())
        ]
        kept = numpy.flatnonzero(keep)
        kept_forms = forms[kept]
        start_chars, end_chars = start_chars[kept].tolist(), end_chars[kept].tolist()
        found = list(zip(start_chars, end_chars, self.labels[kept_forms].tolist(), starts[kept].tolist(), ends[kept].tolist()))
        candidates = dict(zip(zip(start_chars, end_chars), self.candidates[kept_forms].tolist()))
        return found, candidates


def _listed_sectors(text: str, found: list[EntityBounds]) -> list[EntityBounds]:
    """Listed forms ("environmental protection") that are items of a list with a sector in it become
    sectors ("aviation, energy conservation, environmental protection and robotics"), one item leading
    to the next, and so do those a cluster's head follows ("an internet industrial park"); the others name
    no industry and are dropped. `found` overlap none."""
    ordered = sorted(found)
    sectors = [index for index, bounds in enumerate(ordered) if bounds[2] in ("SECTOR", LISTED_SECTOR)]
    listed = {index for index in sectors if ordered[index][2] == LISTED_SECTOR
              and _CLUSTER_HEAD_AFTER.match(text, ordered[index][1]) is None}
    pending = [position for position, index in enumerate(sectors) if index not in listed]
    while pending:
        position = pending.pop()
        index = sectors[position]
        for neighbour_position in (position - 1, position + 1):
            if not 0 <= neighbour_position < len(sectors):
                continue
            neighbour = sectors[neighbour_position]
            if neighbour in listed and not _in_compound(text, ordered, neighbour):
                first, second = sorted((ordered[index], ordered[neighbour]))
                if _LIST_GAP.fullmatch(text, first[1], second[0]):
                    listed.discard(neighbour)
                    pending.append(neighbour_position)
    return [(start, end, "SECTOR", *tokens) if label == LISTED_SECTOR else (start, end, label, *tokens)
            for index, (start, end, label, *tokens) in enumerate(ordered) if index not in listed]


def _may_be_listed(text: str, start: int, end: int) -> bool:
    """Whether a list separator or a cluster's head is next to a listed form; most of them stand in running text or in
    a longer name ("new energy vehicles"), and are dropped before longest-first is worked out."""
    return (_LIST_GAP.match(text, end) is not None
            or _SEPARATOR_BEFORE.search(text, max(0, start - 12), start) is not None
            or _CLUSTER_HEAD_AFTER.match(text, end) is not None)


def _in_compound(text: str, ordered: list[EntityBounds], index: int) -> bool:
    """Whether a name makes a longer one with the name right before or after it ("green hydrogen energy",
    "trade logistics"): a listed form in one is no item of a list of its own."""
    start, end = ordered[index][0], ordered[index][1]
    before = ordered[index - 1] if index > 0 else None
    after = ordered[index + 1] if index + 1 < len(ordered) else None
    return (before is not None and text[before[1] : start].isspace()) or (
        after is not None and text[end : after[0]].isspace()
    )


def _objects(values: list) -> numpy.ndarray:
    """A 1-d object array of `values` (`numpy.asarray` would make a list of tuples 2-d)."""
    array = numpy.empty(len(values), dtype=object)
    for index, value in enumerate(values):
        array[index] = value
    return array


# Coordinated modifiers sharing one head noun: "energy and raw material bases", "coal, power and chemical
# industries". The head is the end of the last conjunct's sector name or the word right after it.
_SHARED_HEADS = {"industry": ("industry", "industries"), "industries": ("industries", "industry"),
                 "sector": ("sector", "sectors"), "sectors": ("sectors", "sector"),
                 "base": ("base", "bases"), "bases": ("bases", "base"),
                 "vehicle": ("vehicle", "vehicles"), "vehicles": ("vehicles", "vehicle")}
# A head that names the thing made, shared before any industry word after it: "new energy and intelligent connected
# vehicle industry" is the new energy vehicle industry.
_MADE_THING_HEADS = frozenset(("vehicle", "vehicles"))
_INDUSTRY_WORDS = frozenset(("industry", "industries", "sector", "sectors"))
_HEAD_AFTER = re.compile(r"\s+(industry|industries|sector|sectors|bases?|vehicles?)\b", re.I)
_AND = re.compile(" and ")
_CONJUNCTION_BEFORE = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)$")
_MODIFIER_WORDS = re.compile(r"(?:(?<![\w'’-])[A-Za-z][A-Za-z-]*\s+){0,2}(?<![\w'’-])[A-Za-z][A-Za-z-]*$")
_ARTICLE = re.compile(r"the\s+", re.I)
_CONJUNCT_REACH = 48  # characters before a conjunction its modifier words may take


def head_modifiers(sector_forms: dict) -> dict[str, frozenset[str]]:
    """For each shared head noun, the words that name a sector with it ("energy" for "bases": "energy
    base" is a form), as `_modifier_key` writes them."""
    modifiers: dict[str, set[str]] = {head: set() for head in _SHARED_HEADS}
    for key in sector_forms:
        rest, _, last = key.rpartition(" ")
        if rest and last in _SHARED_HEADS:
            for head in _SHARED_HEADS[last]:
                modifiers[head].add(rest)
    return {head: frozenset(words) for head, words in modifiers.items()}


def _modifier_key(words: str) -> str:
    """`gazetteer.form_key` of plain words (letters, hyphens, spaces), without its general cost."""
    key = " ".join(words.lower().replace("-", " ").split())
    return key[4:] if key.startswith("the ") else key


def _shared_head_sectors(doc: Doc, found: list[EntityBounds], modifiers: dict[str, frozenset[str]],
                         shared_heads: dict[tuple[int, int], str]) -> list[EntityBounds]:
    """Words before "and" (or a list's comma) that name a sector only with the head noun of the
    sector name after them: "energy" in "energy and raw material bases" is the energy base. Each is
    recorded in `shared_heads` with the head it shares, which the resolver adds to it. Only sector
    names right after an "and" are looked at: those that may end such a list."""
    text = doc_text(doc)
    last_conjuncts: dict[int, int] | None = None  # sector start -> an end, made once an "and" is found
    taken: list[tuple[int, int]] | None = None  # sorted once, for the few lists that need it
    out: list[EntityBounds] = []
    for conjunction in _AND.finditer(text):  # a literal: a fast scan, no regex steps
        if last_conjuncts is None:
            last_conjuncts = {bounds[0]: bounds[1] for bounds in found if bounds[2] == "SECTOR"}
            name_ends = {bounds[1]: bounds[2] for bounds in found}
        start = conjunction.end()
        end = last_conjuncts.get(start)
        if end is None:
            continue  # no sector name after "and"
        before = name_ends.get(conjunction.start())
        if before is not None and before != "SECTOR":
            continue  # a name of its own before it
        head = _named_head(text, start, end)  # "... vehicle industry": vehicles
        if before is not None and head is None:
            continue  # a sector's whole name shares only a head that names the thing made
        if head is None:
            after = _HEAD_AFTER.match(text, end)
            head = (after.group(1) if after else text[max(text.rfind(" ", start, end) + 1, start) : end]).lower()
        known = modifiers.get(head)
        if known and taken is None:
            taken = sorted((bounds[0], bounds[1]) for bounds in found)
            taken_starts = [first for first, _ in taken]
        cut = start
        while known and (joint := _CONJUNCTION_BEFORE.search(text, max(0, cut - 6), cut)):
            modifier = _shared_head_modifier(text, joint.start(), known)
            # a whole name may share the head too ("new energy and intelligent connected vehicles"): then
            # only the word before it is looked at
            edges = () if modifier is None else _edges(text, *modifier)[2 * (modifier in taken):]
            if modifier is None or any(_inside(taken, taken_starts, char) for char in edges) or (
                text[start:end].lower().startswith(text[modifier[0] : modifier[1]].lower() + " ")
            ):
                # part of a name, or the end of a compound ("photovoltaic equipment and ..."), or a name of its
                # own beside the one with the head ("new energy and new energy vehicles")
                break
            span = doc.char_span(*modifier)
            if span is None:
                break
            out.append((modifier[0], modifier[1], "SECTOR", span.start, span.end))
            shared_heads[modifier] = head
            cut = modifier[0]
    return out


def _named_head(text: str, start: int, end: int) -> str | None:
    """The last word of a sector's name, or the one before an industry word ending it, when it names the thing made
    (`_MADE_THING_HEADS`): a few string steps, as every sector after an "and" is looked at."""
    words = text[start:end].lower().rsplit(None, 2)
    if words[-1] in _MADE_THING_HEADS:
        return words[-1]
    return words[-2] if len(words) > 1 and words[-1] in _INDUSTRY_WORDS and words[-2] in _MADE_THING_HEADS else None


def _edges(text: str, start: int, end: int) -> tuple[int, ...]:
    """The first and last characters of a span and the last one of the word before it, if any."""
    last = start - 1
    while last >= 0 and text[last].isspace():  # a few steps back, not a copy of the text before
        last -= 1
    return (start, end - 1, last) if last >= 0 else (start, end - 1)


def _shared_head_modifier(text: str, end: int, known: frozenset[str]) -> tuple[int, int] | None:
    """The longest run of up to three words ending at `end` that names a sector with the head
    (`known`: the words that do)."""
    words = _MODIFIER_WORDS.search(text, max(0, end - _CONJUNCT_REACH), end)
    if words is None:
        return None
    run = text[words.start() : end]
    for offset in [0] + [space.end() for space in re.finditer(r"\s+", run)]:
        if _modifier_key(run[offset:]) in known:
            article = _ARTICLE.match(run, offset)  # "the new energy": the name is "new energy"
            return words.start() + (article.end() if article else offset), end
    return None


def _government_bounds(doc: Doc, found: list[EntityBounds]) -> list[EntityBounds]:
    """'<place> provincial government', '<place> municipal development and reform commission'."""
    out = []
    text = doc_text(doc)
    for start_char, end_char, label, _, _ in found:
        if label != "PLACE":
            continue
        match = _GOVERNMENT.match(text, end_char, end_char + 80)  # the 80 characters after the place
        if match:
            agency = doc.char_span(start_char, match.end(), alignment_mode="contract")
            if agency is not None:
                out.append((agency.start_char, agency.end_char, "AGENCY", agency.start, agency.end))
    return out


class _EntityAt:
    """(first token, label) of the entity holding a token, else None: a binary search over the
    Doc's entities, since a cluster tagger asks about a few tokens around each head noun, not all."""

    def __init__(self, bounds: list[EntityBounds]):
        self.bounds = bounds
        self.starts = [b[3] for b in bounds]

    def __call__(self, token: int) -> tuple[int, str] | None:
        index = bisect_right(self.starts, token) - 1
        if index >= 0 and token < self.bounds[index][4]:
            return self.bounds[index][3], self.bounds[index][2]
        return None


def _positions_of(values: numpy.ndarray, keys: numpy.ndarray) -> list[int]:
    """Positions of `values` that are among the sorted `keys` (a binary search each: faster than
    `numpy.isin`, which sorts both arrays)."""
    if not len(keys) or not len(values):
        return []
    found = numpy.searchsorted(keys, values)
    found[found == len(keys)] = 0
    return numpy.flatnonzero(keys[found] == values).tolist()


@Language.factory(
    "cluster_tagger",
    default_config={"heads": {}, "weak_heads": [], "modifiers": [], "not_heads_before": [], "generic_modifiers": []},
)
def make_cluster_tagger(nlp: Language, name: str, heads: dict, weak_heads: list[str], modifiers: list[str],
                        not_heads_before: list[str], generic_modifiers: list[str]):
    return ClusterTagger(heads, frozenset(weak_heads), frozenset(m.lower() for m in modifiers),
                         frozenset(w.lower() for w in not_heads_before),
                         frozenset(w.lower() for w in generic_modifiers))


class ClusterTagger:
    """Cluster phrases: a head noun (cluster, base, hub, ...) with the modifiers before it,
    and an optional "for/of ..." complement after it ("alliance for home appliance R&D").
    A head word followed by one of `not_heads_before` only modifies it ("base stations"). A weak
    head needs a modifier, and `generic_modifiers` alone do not count ("key areas", "major chains")."""

    def __init__(self, heads: dict, weak_heads: frozenset[str], modifiers: frozenset[str],
                 not_heads_before: frozenset[str] = frozenset(), generic_modifiers: frozenset[str] = frozenset()):
        self.heads = {k.lower(): v for k, v in heads.items()}
        self.not_heads_before = not_heads_before
        self.weak_heads = weak_heads
        self.modifiers = modifiers
        self.generic_modifiers = generic_modifiers
        self._head_hashes: numpy.ndarray | None = None

    def __call__(self, doc: Doc) -> Doc:
        entity_at = _EntityAt(entity_bounds(doc))
        phrases = []
        if self._head_hashes is None:  # the vocab's string hashes are fixed: work them out once
            self._head_hashes = numpy.asarray(sorted(doc.vocab.strings.add(h) for h in self.heads), dtype="uint64")
        for i in _positions_of(doc.to_array(LOWER) if len(doc) else numpy.zeros(0, dtype="uint64"), self._head_hashes):
            token = doc[i]
            kind = self.heads[token.lower_]
            if entity_at(i) is not None:
                continue  # "Yangtze River Economic Belt" is a region, not a cluster phrase
            if i + 1 < len(doc) and doc[i + 1].lower_ in self.not_heads_before:
                continue
            start = self._extend_left(doc, i, entity_at)
            if token.lower_ in self.weak_heads and all(doc[j].lower_ in self.generic_modifiers for j in range(start, i)):
                continue
            end = self._extend_right(doc, i + 1, entity_at)
            phrases.append(Span(doc, start, end, label=kind))
        doc.spans[CLUSTERS_KEY] = filter_spans(phrases)
        return doc

    def _extend_left(self, doc: Doc, head: int, entity_at: _EntityAt) -> int:
        start = head
        while start > 0:
            prev = doc[start - 1]
            ent = entity_at(start - 1)
            if ent is not None and ent[1] in ("SECTOR", "PLACE"):
                start = ent[0]
            elif start >= 3 and doc[start - 2].text == "-" and f"{doc[start - 3].lower_}-{prev.lower_}" in self.modifiers:
                start -= 3
            elif prev.lower_ in self.modifiers or _in_title_case_name(doc, start - 1, head):
                start -= 1
            elif prev.text in ("-", "and", "&") and start - 2 >= 0 and (
                doc[start - 2].lower_ in self.modifiers or entity_at(start - 2) is not None
            ) and entity_at(start) is not None and doc[start - 2].lower_ not in self.heads:
                # a head before "and" ends a phrase of its own: "Chengdu biotech base and Deyang ..."
                start -= 1
            else:
                break
        while start < head and (doc[start].lower_ in ("and", "-", "&") or doc[start].is_punct):
            start += 1
        return start

    def _extend_right(self, doc: Doc, end: int, entity_at: _EntityAt) -> int:
        """Take "for home appliance R&D" / "of the national resource-based economy" complements."""
        if end >= len(doc) or doc[end].lower_ not in ("for", "of"):
            return end
        stop = end + 1
        limit = min(len(doc), end + 9)
        while stop < limit:
            tok = doc[stop]
            if tok.is_punct and not _joins_words(doc, stop) or tok.is_sent_start or tok.lower_ in _COMPLEMENT_ENDS:
                break
            stop += 1
        return stop if stop > end + 1 else end


def _in_title_case_name(doc: Doc, i: int, head: int) -> bool:
    """Whether token i is a capitalised word of the name a capitalised cluster or base ends ("Wenzhou
    Yueqing Electrical Industrial Cluster"): a proper name's words are its own, known modifiers or not."""
    token = doc[i]
    return (
        doc[head].lower_ in _NAMED_HEADS and doc[head].is_title and token.is_title and not token.is_sent_start
        and token.lower_ not in _NOT_NAME_WORDS and doc[i + 1].text[:1].isupper()
    )


_NAMED_HEADS = frozenset(("cluster", "clusters", "base", "bases"))  # not "Center": an organisation's head too
_NOT_NAME_WORDS = frozenset(("the", "a", "an", "this", "that", "these", "those", "its", "their"))  # capitalised too


# Words that end a cluster phrase's "of ..." complement: prepositions, conjunctions and the verbs
# that follow a subject ("the innovation chain of future industries is projected to ...").
_COMPLEMENT_ENDS = frozenset((
    "in", "with", "to", "by", "at", "and", "or", "as", "on", "from", "into", "through", "under", "within",
    "will", "shall", "should", "can", "could", "would", "may", "must", "is", "are", "was", "were", "be",
    "been", "has", "have", "had", "that", "which", "where", "who", "while",
))


def _joins_words(doc: Doc, i: int) -> bool:
    """A hyphen with no space on either side, inside a word: "Bio-breeding", "high-end"."""
    return (
        doc[i].text == "-" and not doc[i].whitespace_ and 0 < i < len(doc) - 1
        and not doc[i - 1].whitespace_ and doc[i - 1].is_alpha and doc[i + 1].is_alpha
    )


@Language.factory("entity_resolver", default_config={"zone_designators": []})
def make_entity_resolver(nlp: Language, name: str, zone_designators: list[str]):
    return EntityResolver(load_gazetteer(None), zone_designators)


class EntityResolver:
    """Resolves each tagged span through the normaliser, giving places sentence, paragraph and
    document context so homonyms (Suzhou, Taizhou, Fuzhou) are settled the way a reader would.

    A name with one candidate resolves the same in every context, so its resolution is kept
    (up to `RESOLUTION_CACHE_SIZE` names); a homonym's is kept per context narrowed to the
    provinces that can settle it (`normalise.settling_context`), for the latest
    `HOMONYM_CACHE_SIZE` contexts."""

    def __init__(self, gazetteer: Gazetteer, zone_designators: list[str] = ()):
        self.gazetteer = gazetteer
        self.zone_designators = frozenset(word.lower() for word in zone_designators)  # `_one_name_per_zone`
        self._known: dict[tuple[str, str], object] = {}  # (label, surface) -> resolution of a one-candidate name
        # (label, surface) of names with several candidates -> the provinces that can settle them
        self._homonyms: dict[tuple[str, str], frozenset[str]] = {}
        self._settled: dict[tuple, object] = {}  # ((label, surface), narrowed context) -> resolution of a homonym
        self._province_of_ids: dict[tuple[str, ...], str | None] = {}  # bounded by the gazetteer's forms
        self._levels: dict[tuple[str, ...], str | None] = {}  # likewise (`_level_of`)

    def __call__(self, doc: Doc) -> Doc:
        candidates = doc._.surface_candidates or {}
        text = doc_text(doc)
        paragraphs = doc._.paragraphs or [(0, len(text), False)]
        ents = entity_bounds(doc)
        located = sorted(
            (start, province)
            for start, end, label, _, _ in ents
            if label == "PLACE" and (province := self._unambiguous_province(candidates.get((start, end))))
        )
        positions = [pos for pos, _ in located]
        provinces_named = []  # (start, end, ids) of names that stand for one province
        cities_named = []  # ... and of those that stand for prefecture-level cities only (one or several)
        for start, end, label, _, _ in ents:
            if label == "PLACE" and (found := candidates.get((start, end))):
                level = self._level_of(found[0])
                if level == "province":
                    provinces_named.append((start, end, found[0]))
                elif level == "prefecture":
                    cities_named.append((start, end, found[0]))
        document_ranked = tuple(sorted(Counter(p for _, p in located).items(), key=lambda kv: (-kv[1], kv[0])))
        sentences = sentence_spans(doc)
        sentence_starts_ = [s for s, _ in sentences]
        paragraph_starts = [p[0] for p in paragraphs]

        def context_at(char: int, end: int) -> PlaceContext:
            sentence = sentences[max(bisect_right(sentence_starts_, char) - 1, 0)]
            return PlaceContext(
                sentence_provinces=_provinces_within(located, positions, *sentence),
                paragraph_provinces=_provinces_within(
                    located, positions, *_paragraph_of(paragraphs, paragraph_starts, char)
                ),
                document_provinces=document_ranked,
                beside_provinces=_named_beside(text, provinces_named, char, end),
                beside_cities=_named_beside(text, cities_named, char, end) if cities_named else frozenset(),
            )

        resolutions = {}
        known = self._known
        stray = self._stray_counties(text, ents, candidates)
        designated = doc._.designated_names or {}
        shared_heads = doc._.shared_heads or {}
        owned = doc._.owned_names or {}
        given_in_full = doc._.names_given_in_full or {}
        zones = doc._.zone_names or {}
        towns = doc._.town_names or {}
        for start, end, label, _, _ in ents:
            if given_in_full and (start, end) in given_in_full:
                continue  # resolved below as its full name was
            if zones and (start, end) in zones:
                places = [
                    _owned_by(text[s:e], owned[(s, e)], self.gazetteer) if (s, e) in owned
                    else self._stray(text[s:e]) if (s, e) in stray
                    else self._resolve(text[s:e], "PLACE", s, e, context_at)
                    for s, e in _host_of_partners(text, zones[(start, end)])
                ]
                resolutions[(start, end)] = _as_zone(places, text[start:end], self.gazetteer, towns.get((start, end)))
                continue
            if owned and (start, end) in owned:
                resolutions[(start, end)] = _owned_by(text[start:end], owned[(start, end)], self.gazetteer)
                continue
            if shared_heads and (start, end) in shared_heads:
                resolutions[(start, end)] = _with_shared_head(text[start:end], shared_heads[(start, end)], self.gazetteer)
                continue
            if designated and (start, end) in designated:
                resolutions[(start, end)] = _with_designation(
                    text[start:end], designated[(start, end)], context_at(start, end), self.gazetteer
                )
                continue
            if stray and (start, end) in stray:
                resolutions[(start, end)] = self._stray(text[start:end])
                continue
            if label in _RESOLVED_LABELS:
                surface = text[start:end]
                found = known.get((label, surface))  # most names: resolved before, in any context
                if found is None:
                    found = self._resolve(surface, label, start, end, context_at)
                if (label == "REGION" and surface.endswith("China") and text.startswith(" ", end)
                        and _KIND_OF_PLACE_AFTER.match(text, end)):
                    found = dataclasses.replace(found, entity_id=None, canonical=None, method="none", score=0.0,
                                                note=PLACE_OF_REGION_NOTE)
                resolutions[(start, end)] = found
        for names in (doc._.zone_sectors or {}).values():
            for start, end in names:
                resolutions[(start, end)] = self._resolve(text[start:end], "SECTOR", start, end, context_at)
        for span in doc._.firm_sectors or ():
            if span in resolutions:
                resolutions[span] = dataclasses.replace(resolutions[span], note=FIRM_NAME_NOTE)
        if zones:
            _zones_where_located(text, zones, resolutions, self.gazetteer)
        if zones and len(zones) > 1:
            _one_name_per_zone(resolutions, self.zone_designators)
        kept = {(bounds[0], bounds[1]) for bounds in ents} if given_in_full else set()
        for bare, full in given_in_full.items():
            if full in resolutions and bare in kept:  # an entity still after longest-first
                resolutions[bare] = _given_in_full(resolutions[full], text, bare, full)
        doc._.resolutions = resolutions
        return doc

    def _resolve(self, surface: str, label: str, start: int, end: int, context_at):
        key = (label, surface)
        found = self._known.get(key)
        if found is not None:
            return found
        if len(self._known) + len(self._settled) >= RESOLUTION_CACHE_SIZE:
            self._forget()
        if label in ("PLACE", "REGION"):
            context = context_at(start, end)
            provinces = self._homonyms.get(key)
            if provinces is not None:
                settled = (key, settling_context(context, provinces))
                found = self._settled.get(settled)
                if found is None:
                    found = resolve_place(surface, context=context, gazetteer=self.gazetteer)
                    self._settle(settled, found)
                return found
            found = resolve_place(surface, context=context, gazetteer=self.gazetteer)
            if found.entity_id is not None and len(found.candidates) > 1:
                provinces = self._homonyms[key] = settling_provinces(self.gazetteer, found)
                self._settle((key, settling_context(context, provinces)), found)
                return found
        elif label == "SECTOR":
            found = resolve_sector(surface, gazetteer=self.gazetteer)
        else:
            found = resolve_agency(surface, gazetteer=self.gazetteer)
        self._known[key] = found
        return found

    def _settle(self, settled: tuple, found) -> None:
        """Remember a homonym's resolution in its context; the oldest goes first, since a context
        (the provinces a document names) rarely comes back once its document is done."""
        if len(self._settled) >= HOMONYM_CACHE_SIZE:
            del self._settled[next(iter(self._settled))]
        self._settled[settled] = found

    def _forget(self) -> None:
        """Bounded: memory must not grow with the corpus."""
        self._known.clear()
        self._homonyms.clear()
        self._settled.clear()

    def _level_of(self, entity_ids: tuple[str, ...]) -> str | None:
        """"province" when a name stands for exactly one place, a province; "prefecture" when it stands
        only for prefecture-level cities; else None (remembered per set of ids)."""
        if entity_ids in self._levels:
            return self._levels[entity_ids]
        places = [self.gazetteer.places.get(i) for i in entity_ids]
        level = None
        if len(places) == 1 and places[0] is not None and places[0].level == "province":
            level = "province"
        elif all(place is not None and place.level == "prefecture" for place in places):
            level = "prefecture"
        self._levels[entity_ids] = level
        return level

    def _stray_counties(self, text: str, ents: list[EntityBounds], candidates: dict) -> frozenset[tuple[int, int]]:
        """Counties named bare, in one word, in a text that names places of other provinces and none of theirs:
        "the Sanjiang Chuangzhi New Town" in a story on Hangzhou, "Jintang" island off Zhoushan, the "Yulong" copper
        mine in Tibet are local names, not the counties of Guangxi, Sichuan and Yunnan the gazetteer holds."""
        counties = [
            (start, end) for start, end, label, _, _ in ents
            if label == "PLACE" and " " not in text[start:end] and (found := candidates.get((start, end)))
            and found[1] == "exact" and len(found[0]) == 1 and self._is_county(found[0][0])
        ]
        if not counties:
            return frozenset()
        named = set()  # (province, candidate ids) of the places the text names, each counted once
        for found in candidates.values():
            province = self._unambiguous_province(found)
            if province is not None:
                named.add((province, found[0]))
        provinces = Counter(province for province, _ in named)
        return frozenset(
            span for span in counties  # only its own name, and places of other provinces
            if provinces[self.gazetteer.province_of(candidates[span][0][0])] == 1 and len(provinces) > 1
        )

    def _is_county(self, entity_id: str) -> bool:
        """A county, district or banner; not a county-level city, which texts name bare far from home ("Kunshan, 40
        minutes away from Shanghai, ...")."""
        place = self.gazetteer.places.get(entity_id)
        return place is not None and place.level == "county" and place.kind != "county_city"

    def _stray(self, surface: str):
        """A stray county's name, unresolved."""
        found = resolve_place(surface, gazetteer=self.gazetteer)
        return dataclasses.replace(found, entity_id=None, canonical=None, method="none", score=0.0,
                                   note=STRAY_COUNTY_NOTE)

    def _unambiguous_province(self, found) -> str | None:
        if not found:
            return None
        entity_ids = found[0]
        if entity_ids not in self._province_of_ids:
            ids = {self.gazetteer.province_of(i) for i in entity_ids if not i.startswith("region:")}
            ids.discard(None)
            self._province_of_ids[entity_ids] = ids.pop() if len(ids) == 1 else None
        return self._province_of_ids[entity_ids]


def _zones_where_located(text: str, zones: dict, resolutions: dict, gazetteer: Gazetteer) -> None:
    """A zone the text places in a place that neither holds nor lies in the place of its name is that place's
    ("Nanping Sci-Tech Industrial Park in Xiangzhou District" is Zhuhai's, not Fujian's Nanping; "the first branch
    of Zhongguancun Fengtai Science Park in Mancheng county"): its name's place is a homonym or a partner. Only
    there: elsewhere the same name may be the zone it is a branch of. Not for a zone named after more places, which
    say where it is ("Jinan-Qingdao-Yantai International Investment Industrial Park in Shenzhen": a briefing's venue),
    nor in a province-level place, which settles a homonym or is a venue ("the first Taiwan Industrial Park in Shandong
    Province", "... Pilot Free Trade Zone Qingdao Area in Shanghai")."""
    starts = {span[0]: span for span in resolutions}
    for span, named_after in zones.items():
        found = resolutions.get(span)
        after = _LOCATED_IN.match(text, span[1])
        if found is None or found.method != "zone" or not found.entity_id or after is None or len(named_after) > 1:
            continue
        host = resolutions.get(starts.get(after.end()))
        host_id = host and host.entity_id and (zone_parent(host.entity_id) or host.entity_id)
        parent = zone_parent(found.entity_id)
        if (host_id in gazetteer.places and parent in gazetteer.places and gazetteer.places[host_id].level != "province"
                and host_id not in gazetteer.ancestors(parent) and parent not in gazetteer.ancestors(host_id)):
            resolutions[span] = dataclasses.replace(
                found, entity_id=zone_id(host_id, found.canonical), note=f"a zone of {gazetteer.display_name(host_id)}"
            )


def _one_name_per_zone(resolutions: dict, designators: frozenset[str]) -> None:
    """A zone a text names in full and then in short ("Chengdu Hi-Tech Industrial Development Zone", then
    "Chengdu Hi-Tech Zone") is one zone: a name whose words are some of a fuller name's that opens on the
    same word, of a zone of the same place, resolves as the fullest such name. The short name drops only
    designators: "Taixing Economic Development Zone" is not "Taixing Huangqiao Economic Development
    Zone". A name that adds a place before ("Hangzhou Qiantang New Area") is not taken for a fuller one."""
    zones = [(span, found, found.canonical.lower().split())
             for span, found in resolutions.items() if found.method == "zone" and found.entity_id]
    for span, found, words in zones:
        parent = zone_parent(found.entity_id)
        fuller = [other for _, other, other_words in zones
                  if set(words) < set(other_words) and other_words[0] == words[0]
                  and set(other_words) - set(words) <= designators and zone_parent(other.entity_id) == parent]
        if fuller:
            fullest = max(fuller, key=lambda other: (len(other.canonical), other.canonical))
            resolutions[span] = dataclasses.replace(found, entity_id=fullest.entity_id, canonical=fullest.canonical)


def _host_of_partners(text: str, spans: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    """The places a zone's name is after, or only the first when the places joined by hyphens after it name the
    partners who cooperate there ("Qianhai Shenzhen-Hong Kong Modern Service Industry Cooperation Zone", "Hengqin
    Guangdong-Macao Deep Cooperation Zone": Qianhai's and Hengqin's)."""
    if len(spans) > 2 and text[spans[0][1] : spans[1][0]].isspace() and text[spans[1][1] : spans[2][0]] in _HYPHENS:
        return spans[:1]
    return spans


_HYPHENS = frozenset(("-", "‐", "–", "—"))


def _as_zone(places: list, surface: str, gazetteer: Gazetteer, town: str | None = None):
    """The zone of the place its name holds: the innermost of places in places ("Shanghai Baoshan"); of
    two places apart, the second, which hosts a park the first helps build ("Shenzhen-Harbin Industrial
    Park", "Suzhou-Suqian Industrial Park"), unless only the other is a division, not a new area, whose name
    is then the zone's own or its brand ("Linyi Lingang Economic Development Area" is Linyi's, not Shanghai's
    Lingang; "Lingang Songjiang Sci-tech City" is Songjiang's); the nearest place holding them all when they
    are more ("Jinan-Qingdao-Yantai"); unresolved when one of them is, or when no place holds them all."""
    ids = [place.entity_id for place in places]
    unresolved = dataclasses.replace(places[-1], text=surface, entity_id=None, canonical=None, method="none")
    if not all(i in gazetteer.places for i in ids):
        return unresolved
    chains = [gazetteer.ancestors(i) for i in ids]
    innermost = [chain for chain in chains if not any(chain[0] in other[1:] for other in chains)]
    if len(innermost) == 2:
        new_areas = [gazetteer.places[chain[0]].kind == "new_area" for chain in innermost]
        innermost = innermost[:1] if new_areas == [False, True] else innermost[1:]
    shared = [i for i in innermost[0] if all(i in chain for chain in innermost)]
    if not shared:
        return unresolved
    if town is not None:  # a town is shown by its bare name, as texts name it once introduced
        return dataclasses.replace(
            places[-1], text=surface, entity_id=zone_id(shared[0], town, TOWN_PREFIX), canonical=town,
            method="zone", note=f"a town of {gazetteer.display_name(shared[0])}",
        )
    name = zone_display_name(surface)
    if len(places) == 1 and places[0].canonical and name == zone_display_name(f"{places[0].text} area"):
        name = f"{places[0].canonical} Area"  # a free trade zone's area by its place's name: "Khorgas subzone"
    return dataclasses.replace(
        places[-1], text=surface, entity_id=zone_id(shared[0], name), canonical=name, method="zone",
        note=f"a zone of {gazetteer.display_name(shared[0])}",
    )


def _owned_by(surface: str, place_id: str, gazetteer: Gazetteer):
    """A bare name after the place it lies in resolves as beside that place ("Shaanxi Yanliang")."""
    place = gazetteer.places[place_id]
    context = PlaceContext(beside_provinces=frozenset({place.province_id}), beside_cities=frozenset({place.parent_id}))
    resolution = resolve_place(surface, context=context, gazetteer=gazetteer)
    if resolution.entity_id != place_id:
        return resolution
    return dataclasses.replace(resolution, note="named after the place that holds it")


def _with_shared_head(surface: str, head: str, gazetteer: Gazetteer):
    """A modifier before "and" that names a sector with the head noun after the last conjunct
    ("energy" in "energy and raw material bases") resolves as the two together."""
    for form in _SHARED_HEADS[head]:
        resolution = resolve_sector(f"{surface} {form}", gazetteer=gazetteer)
        if resolution.entity_id is not None:
            break
    return dataclasses.replace(resolution, text=surface, note=f"shares the head '{head}'")


def _with_designation(surface: str, designation: str, context: PlaceContext, gazetteer: Gazetteer):
    """A bare name that a list's plural designation ("districts") makes a district or county
    resolves as the name with its designation would, in the same context."""
    resolution = resolve_place(f"{surface} {_DESIGNATIONS[designation]}", context=context, gazetteer=gazetteer)
    return dataclasses.replace(resolution, text=surface, note=f"listed as one of the {designation}")


def _abbreviations(doc: Doc, found: list[EntityBounds], candidates: dict, given_in_full: dict) -> list[EntityBounds]:
    """`found` with the uses of a place's abbreviation that the text defines ("Wuhan Economic &
    Technological Development Zone (WHDZ)"): it names the place wherever the text uses it again ("WHDZ
    will focus on ..."). Each use is recorded in `given_in_full` with the full name, which the resolver
    copies; the definition itself is no mention, nor is a place's name in it ("(Qingdao WCNA)")."""
    text = doc_text(doc)
    defined: dict[str, tuple[int, int]] = {}
    definitions: dict[int, int] = {}  # start -> end of each definition's abbreviation
    for start, end, label, _, _ in found:
        if label == "PLACE" and (match := _ABBREVIATION_AFTER.match(text, end)) is not None:
            group = "abbreviation" if match.group("abbreviation") else "told"
            defined.setdefault(match.group(group), (start, end))
            definitions[match.start(group)] = match.end(group)
    if not defined:
        return found
    found = [b for b in found if not any(s <= b[0] and b[1] <= e for s, e in definitions.items())]
    taken = sorted((b[0], b[1]) for b in found)
    uses = re.compile(rf"(?<![\w&-])(?:{'|'.join(map(re.escape, sorted(defined, key=len, reverse=True)))})(?![\w&-])")
    out: list[EntityBounds] = []
    for match in uses.finditer(text):
        start, end = match.span()
        if start in definitions or _crosses(taken, start, end):
            continue
        span = doc.char_span(start, end)
        if span is None:
            continue
        full = defined[match.group()]
        out.append((start, end, "PLACE", span.start, span.end))
        candidates[(start, end)] = candidates.get(full, ((), None))
        given_in_full[(start, end)] = full
    return found + out


def _crosses(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether a name taken already (sorted) overlaps start..end without lying inside it: the use of an
    abbreviation that holds a place's name ("Qingdao WCNA") takes the place's characters."""
    first = bisect_left(taken, (start, -1))  # the first name that starts at `start` or after it
    if first and taken[first - 1][1] > start:
        return True
    return any(name_end > end for _, name_end in taken[first : bisect_left(taken, (end, -1))])


def _given_in_full(resolution, text: str, bare: tuple[int, int], full: tuple[int, int]):
    """A bare name resolves as the full name the text gave it ("Wudang" after "Wudang district")."""
    return dataclasses.replace(
        resolution, text=text[bare[0] : bare[1]], method="document",
        note=f"named '{text[full[0] : full[1]]}' in this text",
    )


def _named_beside(text: str, named: list[tuple[int, int, tuple[str, ...]]], start: int, end: int) -> frozenset[str]:
    """The ids of the larger place named right after a place as its qualifier ("Taizhou in Zhejiang",
    "Suzhou, Anhui province", "Gulou District of Fuzhou") or right before it as its owner ("Fujian's
    Fuzhou"); `named` holds (start, end, ids) of the names that may qualify others, in order."""
    index = bisect_left(named, (end,))
    if (
        index < len(named)
        and (gap := _QUALIFIER_GAP.match(text, end, named[index][0]))
        and not (gap.group().strip() == "," and _LIST_GOES_ON.match(text, named[index][1]))
    ):
        return frozenset(named[index][2])
    if index > 0 and _OWNER_GAP.match(text, named[index - 1][1], start):
        return frozenset(named[index - 1][2])
    return frozenset()


def _provinces_within(located: list[tuple[int, str]], positions: list[int], start: int, end: int) -> frozenset[str]:
    """Provinces named between two offsets (`located` is sorted by position)."""
    return frozenset(p for _, p in located[bisect_left(positions, start) : bisect_left(positions, end)])


def _paragraph_of(paragraphs: list, starts: list[int], char: int) -> tuple[int, int]:
    index = bisect_right(starts, char) - 1
    if index >= 0 and paragraphs[index][0] <= char < paragraphs[index][1]:
        return paragraphs[index][0], paragraphs[index][1]
    return 0, 0


def sentence_spans(doc: Doc) -> list[tuple[int, int]]:
    """(start_char, end_char) of every sentence, from arrays rather than Span objects."""
    if not len(doc):
        return [(0, 0)]
    flags = doc.to_array(SENT_START)
    starts = token_offsets(doc)[flags == 1, 0].tolist() or [0]
    ends = starts[1:] + [len(doc_text(doc))]
    return list(zip(starts, ends))


def entity_bounds(doc: Doc) -> list[EntityBounds]:
    """(start_char, end_char, label, start, end) of every entity in order. Read from token arrays,
    since each `doc.ents` call builds a Span per entity; what `set_entities` wrote is kept and
    reused for as long as the Doc's entity arrays still hold exactly that."""
    if not len(doc):
        return []
    written = doc.user_data.get(_ENTITIES_KEY)
    if written is None and not doc.ents:  # a Doc no one has tagged yet: `doc.ents` is cheap when empty
        return []
    array = doc.to_array([ENT_IOB, ENT_TYPE])
    if written is not None and numpy.array_equal(written[1], array):
        return list(written[0])
    iob = array[:, 0].astype("int64")
    begins = numpy.flatnonzero(iob == 3)  # 3 = B, 1 = I, 2 = O, 0 = unset
    if not len(begins):
        return []
    outside = numpy.append(numpy.flatnonzero(iob != 1), len(doc))
    ends = outside[numpy.searchsorted(outside, begins, side="right")]
    bounds = token_offsets(doc)
    start_chars = bounds[begins, 0].tolist()
    end_chars = (bounds[ends - 1, 0] + bounds[ends - 1, 1]).tolist()
    strings = doc.vocab.strings
    labels = [strings[label] for label in array[begins, 1].tolist()]
    return list(zip(start_chars, end_chars, labels, begins.tolist(), ends.tolist()))


def set_entities(doc: Doc, found: list[EntityBounds]) -> None:
    """Make the longest non-overlapping entities `doc.ents`, by `spacy.util.filter_spans`'s rule
    (longer first, then earlier), written as token arrays rather than one Span per entity."""
    kept = _longest_first(found)
    if len(doc):
        array = _entity_array(doc, kept)
        doc.from_array([ENT_IOB, ENT_TYPE], array)
        doc.user_data[_ENTITIES_KEY] = (kept, array)


def _longest_first(found: list[EntityBounds]) -> list[EntityBounds]:
    """What `filter_spans` keeps of `found`, in token order. A candidate that overlaps no other is
    kept whatever its rank, so only the contested ones (nested names, "new energy" within "new
    energy vehicles") go through its greedy pass, in its order: longer first, then earlier, then
    first listed."""
    if all(map(le, map(_END_TOKEN, found), map(_START_TOKEN, islice(found, 1, None)))):
        return list(found)  # in token order and none overlapping (a time tagger's own finds)
    starts = numpy.fromiter(map(_START_TOKEN, found), dtype="int64", count=len(found))
    ends = numpy.fromiter(map(_END_TOKEN, found), dtype="int64", count=len(found))
    by_start = numpy.lexsort((ends, starts))
    first, last = starts[by_start], ends[by_start]
    end_before = numpy.maximum.accumulate(last)
    alone = numpy.ones(len(found), dtype=bool)
    alone[1:] = first[1:] >= end_before[:-1]  # starts after everything before it ends
    alone[:-1] &= last[:-1] <= first[1:]  # ends before the next one starts
    kept = by_start[alone].tolist()
    contested = by_start[~alone]
    if len(contested):
        rank = numpy.lexsort((contested, starts[contested], starts[contested] - ends[contested]))
        taken: set[int] = set()
        for index in contested[rank].tolist():
            start, end = found[index][3], found[index][4]
            if start in taken or end - 1 in taken:
                continue
            taken.update(range(start, end))
            kept.append(index)
        kept.sort(key=starts.__getitem__)
    return [found[index] for index in kept]


def _entity_array(doc: Doc, kept: list[EntityBounds]) -> numpy.ndarray:
    """ENT_IOB and ENT_TYPE columns for non-overlapping entities, filled in a few array operations
    rather than three per entity."""
    array = numpy.zeros((len(doc), 2), dtype="uint64")
    array[:, 0] = 2  # O
    if kept:
        strings = doc.vocab.strings
        starts = numpy.fromiter(map(_START_TOKEN, kept), dtype="int64", count=len(kept))
        lengths = numpy.fromiter(map(_END_TOKEN, kept), dtype="int64", count=len(kept)) - starts
        hashes = {label: strings.add(label) for label in {bounds[2] for bounds in kept}}  # a handful of labels
        labels = numpy.fromiter((hashes[bounds[2]] for bounds in kept), dtype="uint64", count=len(kept))
        inside = numpy.arange(lengths.sum()) - numpy.repeat(numpy.cumsum(lengths) - lengths - starts, lengths)
        array[inside, 0] = 1  # I
        array[starts, 0] = 3  # B
        array[inside, 1] = numpy.repeat(labels, lengths)
    return array


def with_text(doc: Doc, text: str) -> Doc:
    """Attach the string a Doc was made from, so no component has to rebuild it."""
    doc.user_data[_TEXT_KEY] = text
    return doc


def token_offsets(doc: Doc) -> numpy.ndarray:
    """(character offset, length) of every token as int64, read once per Doc: components ask for
    them many times and `to_array` walks every token on each call. Kept while the length holds."""
    cached = doc.user_data.get(_OFFSETS_KEY)
    if cached is None or len(cached) != len(doc):
        cached = doc.user_data[_OFFSETS_KEY] = doc.to_array([IDX, LENGTH]).astype("int64").reshape(-1, 2)
    return cached


def doc_text(doc: Doc) -> str:
    """`Doc.text` rebuilds the string on every call; components share one copy per Doc."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text
