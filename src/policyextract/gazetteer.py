"""Load, validate and index the gazetteer files once per process.

The gazetteer (places, aliases, regions, sectors, agencies) is plain data in the repo's
`gazetteer/` folder; this module turns it into frozen lookup structures that the tagger
(`Gazetteer.surface_forms`) and the normaliser (`policyextract.normalise`) share.

Tagger forms that stand for two entities are kept few and are all deliberate: places that
share an English name (homonyms such as the two Suzhous), alias rows listed for two targets,
and suffixed names of same-named counties or districts ("Gulou District"); everything else
that would collide (an apostrophe-less variant, a bare county name, a new area's root) is
left out. `ambiguous_place_forms()` lists them; the normaliser settles them by context.
"""

from __future__ import annotations

import csv
import functools
import hashlib
import json
import os
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from .resources import data_dir

ENV_VAR = "POLICYEXTRACT_GAZETTEER"
PLACE_LEVELS = ("province", "prefecture", "new_area", "county")
LEVEL_RANK = {level: rank for rank, level in enumerate(PLACE_LEVELS)}
DATA_FILES = (
    "places.csv",
    "new_areas.csv",
    "place_aliases.csv",
    "regions.jsonl",
    "sectors.jsonl",
    "agencies.jsonl",
)

# Administrative designations written after a name in English, by `kind`. Generic English
# words, not place names: "Hubei Province", "Wuhan City", "Haidian District".
KIND_SUFFIXES: dict[str, tuple[str, ...]] = {
    "province": ("Province",),
    "municipality": ("Municipality", "City"),
    "autonomous_region": ("Autonomous Region",),
    "sar": ("Special Administrative Region", "SAR"),
    "prefecture_city": ("City",),
    "autonomous_prefecture": ("Autonomous Prefecture", "Prefecture"),
    "league": ("League",),
    "prefecture": ("Prefecture",),
    "district": ("District",),
    "county_city": ("City",),
    "county": ("County",),
    "autonomous_county": ("Autonomous County", "County"),
    "banner": ("Banner",),
    "autonomous_banner": ("Autonomous Banner", "Banner"),
    "forestry_area": ("Forestry District", "Forestry Area"),
    "special_district": ("Special District",),
}

NEW_AREA_SUFFIXES = ("Archipelago New Area", "New Area", "New District")

# Chinese autonomous-area designations and the English words that replace them, used to
# spell out official names such as "Guangxi Zhuang Autonomous Region" from `name_zh`.
AUTONOMOUS_DESIGNATIONS = {
    "自治区": "Autonomous Region",
    "自治州": "Autonomous Prefecture",
    "自治县": "Autonomous County",
    "自治旗": "Autonomous Banner",
}
# Ethnic-group names as they appear inside official names (a linguistic table, not places).
ETHNIC_NAMES = {
    "壮族": "Zhuang", "回族": "Hui", "维吾尔": "Uygur", "藏族": "Tibetan", "蒙古族": "Mongolian",
    "朝鲜族": "Korean", "彝族": "Yi", "苗族": "Miao", "土家族": "Tujia", "侗族": "Dong",
    "布依族": "Bouyei", "傣族": "Dai", "白族": "Bai", "哈尼族": "Hani", "哈萨克": "Kazak",
    "黎族": "Li", "羌族": "Qiang", "景颇族": "Jingpo", "傈僳族": "Lisu", "柯尔克孜": "Kirgiz",
    "瑶族": "Yao", "土族": "Tu", "撒拉族": "Salar", "满族": "Manchu", "畲族": "She",
    "仫佬族": "Mulao", "毛南族": "Maonan", "仡佬族": "Gelao", "水族": "Shui", "纳西族": "Naxi",
    "拉祜族": "Lahu", "佤族": "Va", "怒族": "Nu", "独龙族": "Derung", "普米族": "Pumi",
    "东乡族": "Dongxiang", "保安族": "Bonan", "裕固族": "Yugur", "达斡尔族": "Daur",
    "鄂温克族": "Ewenki", "鄂伦春族": "Oroqen", "锡伯族": "Xibe", "塔吉克": "Tajik",
    "各族": "Multi-ethnic",
}

# Letter groups that ordinary English words almost never contain but pinyin names often do;
# a short bare county name without one ("Dean", "Long") is too likely to be an English word.
PINYIN_MARKERS = re.compile(r"zh|x|q(?!u)|iu|uo|ao|ü")
SHORT_NAME_LETTERS = 5
# A county-level place that place_overrides.csv raises to this prominence (above a county-level city's 60) is one
# economic texts name bare, however short and English-looking its name ("Yiwu", "Korla").
WELL_KNOWN_COUNTY_PROMINENCE = 70


class GazetteerError(ValueError):
    """A gazetteer file is malformed; the message is "<folder>/<file>:<line>: <reason>"."""


@dataclass(frozen=True)
class Place:
    place_id: str
    name_zh: str
    name_en: str
    level: str
    kind: str
    parent_id: str | None
    province_id: str
    lat: float | None
    lon: float | None
    prominence: int


@dataclass(frozen=True)
class Region:
    region_id: str
    name: str
    kind: str
    aliases: tuple[str, ...]
    members: tuple[str, ...]


@dataclass(frozen=True)
class Sector:
    sector_id: str
    label: str
    parent_id: str | None
    group: str
    sei_category: str | None
    forms: tuple[str, ...]
    umbrella: bool = False  # names a kind of industries ("strategic emerging industries"), not one
    listed_forms: tuple[str, ...] = ()  # name it only among other sectors ("energy conservation, ..., robotics")


@dataclass(frozen=True)
class Agency:
    agency_id: str
    name: str
    level: str
    place_id: str | None
    aliases: tuple[str, ...]
    case_sensitive: tuple[str, ...]  # aliases matched only with this exact capitalisation


@dataclass(frozen=True)
class SurfaceForm:
    """A string a text tagger should match, and the entities it may stand for."""

    text: str
    label: str  # PLACE, REGION, SECTOR, LISTED_SECTOR, AGENCY
    entity_ids: tuple[str, ...]
    method: str  # exact | alias | suffix | listed
    case_sensitive: bool = False


@dataclass(frozen=True)
class FormEntry:
    """One way of writing one entity; `surface` says whether a tagger should look for it."""

    entity_id: str
    method: str  # exact | alias | suffix
    text: str
    surface: bool = True


LISTED_SECTOR = "LISTED_SECTOR"  # the tagger's label for a listed form until its list makes it a SECTOR
ZONE_PREFIX = "zone:"  # ids of zones found in texts (`nlp.zones`), which the gazetteer does not list
TOWN_PREFIX = "town:"  # ... and of towns, townships and subdistricts, below the county that holds them
LOCAL_PREFIXES = (ZONE_PREFIX, TOWN_PREFIX)
_SLUG_BREAK = re.compile(r"[^a-z0-9]+")


def zone_id(parent_id: str, name: str, prefix: str = ZONE_PREFIX) -> str:
    """`zone:<parent place_id>/<slug of the name>` (`town:...` for a town): stable, and the parent
    is read off the id."""
    return f"{prefix}{parent_id}/{_SLUG_BREAK.sub('-', name.lower()).strip('-')}"


def zone_parent(entity_id: str) -> str | None:
    """The place_id of the place a zone's or a town's id names as its parent; None for any other id."""
    prefix = next((prefix for prefix in LOCAL_PREFIXES if entity_id.startswith(prefix)), None)
    if prefix is None:
        return None
    return entity_id[len(prefix) :].rsplit("/", 1)[0]


def form_key(text: str) -> str:
    """Normalise a surface string to its lookup key: case, quotes, dashes, spaces, "the", "'s"."""
    key = unicodedata.normalize("NFKC", text).translate(_QUOTE_DASH_TABLE).lower()
    key = _HYPHEN_SPACING.sub("-", key.strip(_EDGE_PUNCTUATION))
    key = key.replace("-", " ")
    key = " ".join(key.split())
    key = _POSSESSIVE.sub("", key)
    key = _LEADING_THE.sub("", key)
    return key.strip(_EDGE_PUNCTUATION + " ")


def display_form(text: str) -> str:
    """Straighten quotes and dashes without changing case: the key for case-sensitive forms."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTE_DASH_TABLE)
    return " ".join(text.split())


_QUOTE_DASH_TABLE = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'",
                                   "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "−": "-"})
_HYPHEN_SPACING = re.compile(r"\s*-\s*")
_POSSESSIVE = re.compile(r"(?:'s|s')$|'$")
_LEADING_THE = re.compile(r"^the ")
_EDGE_PUNCTUATION = " \t\n\"“”()[],.;:!?"


@dataclass(frozen=True, eq=False)
class Gazetteer:
    """Every gazetteer record plus lookup indexes keyed by `form_key`."""

    root: Path
    version: str
    places: dict[str, Place]
    regions: dict[str, Region]
    sectors: dict[str, Sector]
    agencies: dict[str, Agency]
    aliases: tuple[tuple[str, str, str], ...]  # (alias, target_id, kind)
    place_entries: dict[str, tuple[FormEntry, ...]]
    region_entries: dict[str, tuple[FormEntry, ...]]
    sector_entries: dict[str, tuple[FormEntry, ...]]
    sector_listed_entries: dict[str, tuple[FormEntry, ...]]  # `Sector.listed_forms`, method "listed"
    agency_entries: dict[str, tuple[FormEntry, ...]]
    agency_case_sensitive: dict[str, str]  # display_form(alias) -> agency id
    _region_members: dict[str, frozenset[str]] = field(repr=False)

    @functools.cached_property
    def place_forms(self) -> dict[str, tuple[str, ...]]:
        """form key -> place ids (every tier, tagger forms or not)."""
        return _ids_by_key(self.place_entries)

    @functools.cached_property
    def region_forms(self) -> dict[str, tuple[str, ...]]:
        return _ids_by_key(self.region_entries)

    @functools.cached_property
    def sector_forms(self) -> dict[str, tuple[str, ...]]:
        return _ids_by_key(self.sector_entries)

    @functools.cached_property
    def agency_forms(self) -> dict[str, tuple[str, ...]]:
        return _ids_by_key(self.agency_entries)

    @functools.cached_property
    def umbrella_sectors(self) -> frozenset[str]:
        """Ids of the sectors that name a kind of industries, not one."""
        return frozenset(sector_id for sector_id, sector in self.sectors.items() if sector.umbrella)

    def surface_forms(self) -> Iterator[SurfaceForm]:
        """Every string a tagger should match, grouped by exact text, in a stable order."""
        yield from _surface_forms(self.place_entries, "PLACE")
        yield from _surface_forms(self.region_entries, "REGION")
        yield from _surface_forms(self.sector_entries, "SECTOR")
        yield from _surface_forms(self.sector_listed_entries, LISTED_SECTOR)
        yield from _surface_forms(self.agency_entries, "AGENCY")
        for text, agency_id in sorted(self.agency_case_sensitive.items()):
            yield SurfaceForm(text, "AGENCY", (agency_id,), "alias", case_sensitive=True)

    def ancestors(self, place_id: str) -> list[str]:
        """The place and its parents up to the province, nearest first."""
        chain: list[str] = []
        current: str | None = place_id
        while current and current in self.places and current not in chain:
            chain.append(current)
            current = self.places[current].parent_id
        return chain

    def province_of(self, place_id: str) -> str | None:
        place = self.places.get(place_id)
        return place.province_id if place else None

    def prefecture_of(self, place_id: str) -> str | None:
        """Prefecture-level ancestor; for a municipality's districts, the municipality itself."""
        chain = self.ancestors(place_id)
        for ancestor in chain:
            if self.places[ancestor].level == "prefecture":
                return ancestor
        if chain and self.places[chain[-1]].kind == "municipality" and len(chain) > 1:
            return chain[-1]
        return None

    def regions_of(self, place_id: str) -> tuple[str, ...]:
        """Regions whose members include the place or one of its ancestors."""
        chain = set(self.ancestors(place_id))
        return tuple(rid for rid, members in self._region_members.items() if members & chain)

    def display_name(self, entity_id: str) -> str | None:
        """Canonical English name of any place, region, sector or agency id."""
        if entity_id in self.places:
            return self.places[entity_id].name_en
        if entity_id in self.regions:
            return self.regions[entity_id].name
        if entity_id in self.sectors:
            return self.sectors[entity_id].label
        if entity_id in self.agencies:
            return self.agencies[entity_id].name
        if entity_id.startswith(GOV_PREFIX):
            return government_name(self, entity_id)
        return None


GOV_PREFIX = "agency:gov:"


def government_level_word(place: Place) -> str:
    """The adjective English texts use for a place's government ("provincial", "municipal")."""
    if place.kind in ("municipality", "prefecture_city", "county_city"):
        return "municipal"
    if place.level == "province":
        return "regional" if place.kind in ("autonomous_region", "sar") else "provincial"
    if place.kind == "district":
        return "district"
    if place.level == "county":
        return "county"
    if place.level == "new_area":
        return "new area"
    return "prefectural"


def government_name(gazetteer: Gazetteer, agency_id: str) -> str | None:
    """Name of a rule-made government agency id such as agency:gov:420000[:slug]."""
    place_id, _, slug = agency_id[len(GOV_PREFIX):].partition(":")
    place = gazetteer.places.get(place_id)
    if place is None:
        return None
    level = government_level_word(place)
    if not slug:
        return f"{place.name_en} {level} government"
    return f"{place.name_en} {level} {slug.replace('-', ' ')}"


def default_root() -> Path:
    """The folder named by $POLICYEXTRACT_GAZETTEER, else the repo's `gazetteer/` folder (or the
    copy an installed wheel carries)."""
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env)
    return data_dir("gazetteer")


def load_gazetteer(path: Path | str | None = None) -> Gazetteer:
    """Load and validate the gazetteer at `path` (default: `default_root()`), once per path."""
    return _load_cached(_resolved_root(os.environ.get(ENV_VAR) if path is None else None, path))


@functools.lru_cache(maxsize=32)
def _resolved_root(env: str | None, path: Path | str | None) -> Path:
    """The folder a call names, resolved once per ($POLICYEXTRACT_GAZETTEER, path): stages ask for
    the default gazetteer per document, and finding and resolving the folder takes several
    system calls."""
    return (Path(path) if path is not None else default_root()).resolve()


@functools.lru_cache(maxsize=8)
def _load_cached(root: Path) -> Gazetteer:
    return _Builder(root).build()


def stats(gazetteer: Gazetteer | None = None) -> dict[str, int]:
    """Counts of what the gazetteer holds, for `policyextract gazetteer stats` and checks."""
    gaz = gazetteer or load_gazetteer()
    levels = Counter(place.level for place in gaz.places.values())
    surface = list(gaz.surface_forms())
    return {
        "province": levels.get("province", 0),
        "prefecture": levels.get("prefecture", 0),
        "county": levels.get("county", 0),
        "district": sum(1 for p in gaz.places.values() if p.kind == "district"),
        "new_area": levels.get("new_area", 0),
        "regions": len(gaz.regions),
        "sectors": len(gaz.sectors),
        "agencies": len(gaz.agencies),
        "aliases": len(gaz.aliases),
        "surface_forms": len(surface),
        "ambiguous_surface_forms": sum(1 for form in surface if len(form.entity_ids) > 1),
    }


def ambiguous_place_forms(gazetteer: Gazetteer) -> dict[str, tuple[str, ...]]:
    """Tagger place forms that stand for more than one entity (homonyms settled by context)."""
    return {
        form.text: form.entity_ids
        for form in gazetteer.surface_forms()
        if form.label in ("PLACE", "REGION") and len(form.entity_ids) > 1
    }


def _ids_by_key(entries: dict[str, tuple[FormEntry, ...]]) -> dict[str, tuple[str, ...]]:
    return {key: tuple(dict.fromkeys(e.entity_id for e in group)) for key, group in entries.items()}


def _surface_forms(entries: dict[str, tuple[FormEntry, ...]], label: str) -> Iterator[SurfaceForm]:
    by_text: dict[str, dict[str, str]] = defaultdict(dict)
    for group in entries.values():
        for entry in group:
            if entry.surface:
                by_text[entry.text].setdefault(entry.entity_id, entry.method)
    for text in sorted(by_text):
        ids = by_text[text]
        methods = set(ids.values())
        method = next(m for m in ("exact", "alias", "suffix", "listed") if m in methods)
        yield SurfaceForm(text, label, tuple(sorted(ids)), method)


@dataclass(frozen=True)
class _Row:
    file: str
    line: int
    data: dict


class _Builder:
    """Reads the files, validates cross-references and builds the indexes (one use)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.places: dict[str, Place] = {}
        self.place_lines: dict[str, tuple[str, int]] = {}
        self.regions: dict[str, Region] = {}
        self.sectors: dict[str, Sector] = {}
        self.agencies: dict[str, Agency] = {}
        self.aliases: list[tuple[str, str, str]] = []
        self.place_entries: dict[str, list[FormEntry]] = defaultdict(list)
        self.region_entries: dict[str, list[FormEntry]] = defaultdict(list)
        self.sector_entries: dict[str, list[FormEntry]] = defaultdict(list)
        self.sector_listed_entries: dict[str, list[FormEntry]] = defaultdict(list)
        self.agency_entries: dict[str, list[FormEntry]] = defaultdict(list)
        self.agency_case_sensitive: dict[str, str] = {}

    def fail(self, file: str, line: int, reason: str) -> GazetteerError:
        return GazetteerError(f"{self.root.name}/{file}:{line}: {reason}")

    def build(self) -> Gazetteer:
        if not (self.root / "places.csv").is_file():
            raise GazetteerError(f"{self.root.name}/places.csv:0: file not found under {self.root}")
        self.read_places()
        self.read_new_areas()
        self.check_place_tree()
        region_rows = self.read_regions()
        alias_rows = list(self.read_csv("place_aliases.csv"))
        self.index_place_names()
        self.index_regions(region_rows)
        self.index_aliases(alias_rows)
        self.index_generated_place_forms()
        self.read_sectors()
        self.read_agencies()
        return Gazetteer(
            root=self.root,
            version=self.version(),
            places=self.places,
            regions=self.regions,
            sectors=self.sectors,
            agencies=self.agencies,
            aliases=tuple(self.aliases),
            place_entries=_freeze(self.place_entries),
            region_entries=_freeze(self.region_entries),
            sector_entries=_freeze(self.sector_entries),
            sector_listed_entries=_freeze(self.sector_listed_entries),
            agency_entries=_freeze(self.agency_entries),
            agency_case_sensitive=self.agency_case_sensitive,
            _region_members={rid: frozenset(r.members) for rid, r in self.regions.items()},
        )

    def version(self) -> str:
        digest = hashlib.sha256()
        for name in DATA_FILES:
            path = self.root / name
            if path.is_file():
                digest.update(name.encode() + b"\0" + path.read_bytes() + b"\0")
        return digest.hexdigest()

    # -- reading ---------------------------------------------------------------------

    def read_csv(self, name: str) -> Iterator[_Row]:
        path = self.root / name
        if not path.is_file():
            return
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            for data in reader:
                if not any((value or "").strip() for value in data.values()):
                    continue
                if None in data:
                    raise self.fail(name, reader.line_num, "more cells than header columns")
                yield _Row(name, reader.line_num, {k: (v or "").strip() for k, v in data.items()})

    def read_jsonl(self, name: str) -> Iterator[_Row]:
        path = self.root / name
        if not path.is_file():
            return
        with path.open(encoding="utf-8") as handle:
            for number, text in enumerate(handle, start=1):
                if not text.strip():
                    continue
                try:
                    data = json.loads(text)
                except json.JSONDecodeError as exc:
                    raise self.fail(name, number, f"invalid JSON: {exc.msg}") from None
                if not isinstance(data, dict):
                    raise self.fail(name, number, "line is not a JSON object")
                yield _Row(name, number, data)

    def require(self, row: _Row, *columns: str) -> None:
        for column in columns:
            value = row.data.get(column)
            if value is None or (isinstance(value, str) and not value.strip()):
                raise self.fail(row.file, row.line, f"missing {column}")

    def flag(self, row: _Row, column: str) -> bool:
        """An optional true/false field; anything else is an error, not a silent false."""
        value = row.data.get(column, False)
        if not isinstance(value, bool):
            raise self.fail(row.file, row.line, f"{column} must be true or false, not {value!r}")
        return value

    def read_places(self) -> None:
        for row in self.read_csv("places.csv"):
            self.require(row, "place_id", "name_en", "level")
            self.add_place(row, self.place_from_row(row, row.data))

    def read_new_areas(self) -> None:
        """Add new areas that places.csv does not already carry (it usually does)."""
        for row in self.read_csv("new_areas.csv"):
            self.require(row, "place_id", "name_en")
            if row.data["place_id"] in self.places:
                continue
            data = dict(row.data, level="new_area", kind="new_area", province_id="")
            self.add_place(row, self.place_from_row(row, data))

    def place_from_row(self, row: _Row, data: dict) -> Place:
        try:
            return Place(
                place_id=data["place_id"],
                name_zh=data.get("name_zh", ""),
                name_en=data["name_en"],
                level=data["level"],
                kind=data.get("kind") or data["level"],
                parent_id=data.get("parent_id") or None,
                province_id=data.get("province_id", ""),
                lat=float(data["lat"]) if data.get("lat") else None,
                lon=float(data["lon"]) if data.get("lon") else None,
                prominence=int(float(data["prominence"])) if data.get("prominence") else 0,
            )
        except ValueError as exc:
            raise self.fail(row.file, row.line, f"bad number: {exc}") from None

    def add_place(self, row: _Row, place: Place) -> None:
        if place.level not in LEVEL_RANK:
            raise self.fail(row.file, row.line, f"unknown level {place.level!r}")
        if place.place_id in self.places:
            first = self.place_lines[place.place_id]
            raise self.fail(row.file, row.line,
                            f"duplicate place_id {place.place_id} (first at {first[0]}:{first[1]})")
        self.places[place.place_id] = place
        self.place_lines[place.place_id] = (row.file, row.line)

    def check_place_tree(self) -> None:
        """Every parent exists; fill a missing province_id from the parent chain."""
        for place_id, place in list(self.places.items()):
            file, line = self.place_lines[place_id]
            if place.level == "province":
                if place.parent_id:
                    raise self.fail(file, line, f"province {place_id} has a parent")
                continue
            if not place.parent_id:
                raise self.fail(file, line, f"{place.level} {place_id} has no parent_id")
            if place.parent_id not in self.places:
                raise self.fail(file, line, f"parent_id {place.parent_id} does not exist")
        for place_id, place in list(self.places.items()):
            file, line = self.place_lines[place_id]
            province_id = place.province_id or self.top_ancestor(place_id)
            if province_id != self.top_ancestor(place_id) or self.places[province_id].level != "province":
                raise self.fail(file, line, f"province_id {place.province_id} is not the province above it")
            if province_id != place.province_id:
                self.places[place_id] = replace(place, province_id=province_id)

    def top_ancestor(self, place_id: str) -> str:
        seen = {place_id}
        current = self.places[place_id]
        while current.parent_id:
            if current.parent_id in seen:
                file, line = self.place_lines[place_id]
                raise self.fail(file, line, f"parent chain of {place_id} loops")
            seen.add(current.parent_id)
            current = self.places[current.parent_id]
        return current.place_id

    def read_regions(self) -> list[_Row]:
        rows = list(self.read_jsonl("regions.jsonl"))
        for row in rows:
            self.require(row, "region_id", "name")
            data = row.data
            region = Region(
                region_id=str(data["region_id"]),
                name=str(data["name"]),
                kind=str(data.get("kind") or ""),
                aliases=tuple(str(a) for a in data.get("aliases") or ()),
                members=tuple(str(m) for m in data.get("members") or ()),
            )
            if region.region_id in self.regions or region.region_id in self.places:
                raise self.fail(row.file, row.line, f"duplicate region_id {region.region_id}")
            for member in region.members:
                if member not in self.places:
                    raise self.fail(row.file, row.line, f"member {member} does not exist")
            self.regions[region.region_id] = region
        return rows

    def read_sectors(self) -> None:
        rows = list(self.read_jsonl("sectors.jsonl"))
        for row in rows:
            self.require(row, "sector_id", "label")
            data = row.data
            sector = Sector(
                sector_id=str(data["sector_id"]),
                label=str(data["label"]),
                parent_id=str(data["parent_id"]) if data.get("parent_id") else None,
                group=str(data.get("group") or ""),
                sei_category=str(data["sei_category"]) if data.get("sei_category") else None,
                forms=tuple(str(f) for f in data.get("forms") or ()),
                umbrella=self.flag(row, "umbrella"),
                listed_forms=tuple(str(f) for f in data.get("listed_forms") or ()),
            )
            if sector.sector_id in self.sectors:
                raise self.fail(row.file, row.line, f"duplicate sector_id {sector.sector_id}")
            self.sectors[sector.sector_id] = sector
        for row in rows:
            sector = self.sectors[str(row.data["sector_id"])]
            if sector.parent_id and sector.parent_id not in self.sectors:
                raise self.fail(row.file, row.line, f"parent_id {sector.parent_id} does not exist")
            for text in (sector.label, *sector.forms):
                self.add_unique_form(self.sector_entries, row, text, sector.sector_id,
                                     "exact" if text == sector.label else "alias", "sector")
            self.add_variants(self.sector_entries, sector.sector_id, (sector.label, *sector.forms))
            self.add_hyphenated_variants(sector)
        for sector in self.sectors.values():
            self.add_number_variants(sector)
        for row in rows:
            self.add_listed_forms(row, self.sectors[str(row.data["sector_id"])])

    def add_listed_forms(self, row: _Row, sector: Sector) -> None:
        """Forms that name the sector only in a list of sectors: alone they name a goal or a field of
        policy ("strengthen environmental protection"), so none may be a form of any sector."""
        for text in sector.listed_forms:
            owners = {e.entity_id for e in self.sector_entries.get(form_key(text), ())}
            if owners:
                raise self.fail(row.file, row.line,
                                f"listed form {text!r} is a form of {sorted(owners)[0]}: list it in forms only")
            self.add_unique_form(self.sector_listed_entries, row, text, sector.sector_id, "listed", "listed sector")

    def read_agencies(self) -> None:
        for row in self.read_jsonl("agencies.jsonl"):
            self.require(row, "agency_id", "name")
            data = row.data
            aliases = tuple(str(a) for a in data.get("aliases") or ())
            agency = Agency(
                agency_id=str(data["agency_id"]),
                name=str(data["name"]),
                level=str(data.get("level") or ""),
                place_id=str(data["place_id"]) if data.get("place_id") else None,
                aliases=aliases,
                case_sensitive=_case_sensitive_aliases(data.get("case_sensitive"), aliases),
            )
            if agency.agency_id in self.agencies:
                raise self.fail(row.file, row.line, f"duplicate agency_id {agency.agency_id}")
            if agency.place_id and agency.place_id not in self.places:
                raise self.fail(row.file, row.line, f"place_id {agency.place_id} does not exist")
            self.agencies[agency.agency_id] = agency
            for text in (agency.name, *aliases):
                if text in agency.case_sensitive:
                    self.add_case_sensitive_agency(row, text, agency.agency_id)
                else:
                    self.add_unique_form(self.agency_entries, row, text, agency.agency_id,
                                         "exact" if text == agency.name else "alias", "agency")

    def add_hyphenated_variants(self, sector: Sector) -> None:
        """"coal-chemical" for "coal chemical": plans hyphenate a sector's first two words as a
        modifier ("coal-chemical bases"), which the tokenizer splits into three tokens."""
        for text in sector.forms:
            for variant in _hyphenated_variants(text):
                entries = self.sector_entries[form_key(variant)]
                if not any(e.text == variant for e in entries):
                    entries.append(FormEntry(sector.sector_id, "alias", variant))

    def add_number_variants(self, sector: Sector) -> None:
        """Singular and plural of each form's last word ("vehicles" / "vehicle") for the tagger.

        Skipped where the variant is another sector's form, for acronyms, for "-ics" words
        ("logistics" is not the plural of "logistic") and for endings of uncountable nouns.
        """
        for text in (sector.label, *sector.forms):
            for variant in _number_variants(text):
                key = form_key(variant)
                if any(e.entity_id != sector.sector_id for e in self.sector_entries.get(key, ())):
                    continue
                if not any(e.text == variant for e in self.sector_entries.get(key, ())):
                    self.sector_entries[key].append(FormEntry(sector.sector_id, "alias", variant))

    def add_case_sensitive_agency(self, row: _Row, text: str, agency_id: str) -> None:
        key = display_form(text)
        owner = self.agency_case_sensitive.get(key)
        if owner and owner != agency_id:
            raise self.fail(row.file, row.line, f"ambiguous alias {text!r}: also names {owner}")
        self.agency_case_sensitive[key] = agency_id

    def add_unique_form(self, index: dict[str, list[FormEntry]], row: _Row, text: str,
                        entity_id: str, method: str, what: str) -> None:
        """Add a form that must name one entity only (sector forms, agency names)."""
        key = form_key(text)
        if not key:
            raise self.fail(row.file, row.line, f"empty {what} form {text!r}")
        owners = {e.entity_id for e in index.get(key, ())} - {entity_id}
        if owners:
            raise self.fail(row.file, row.line,
                            f"ambiguous {what} form {text!r}: also a form of {sorted(owners)[0]}")
        index[key].append(FormEntry(entity_id, method, text))

    # -- place forms -----------------------------------------------------------------

    def index_place_names(self) -> None:
        """Bare English names: tagger forms for provinces, prefectures, new areas, safe counties."""
        by_name: dict[str, list[Place]] = defaultdict(list)
        for place in self.places.values():
            by_name[form_key(place.name_en)].append(place)
        for key, namesakes in by_name.items():
            surface = {
                place.place_id: place.level != "county" or bare_county_name_is_safe(place, namesakes)
                for place in namesakes
            }
            if len(namesakes) > 1 and any(surface[p.place_id] and p.kind == "county_city" for p in namesakes):
                surface = dict.fromkeys(surface, True)  # the tagger's form names them all: context settles it
            for place in namesakes:
                self.place_entries[key].append(FormEntry(place.place_id, "exact", place.name_en, surface[place.place_id]))

    def index_aliases(self, rows: list[_Row]) -> None:
        """Alias rows; an alias equal to another major place's or region's name is an error."""
        targets_by_key: dict[str, set[str]] = defaultdict(set)
        for row in rows:
            self.require(row, "alias", "target_id")
            targets_by_key[form_key(row.data["alias"])].add(row.data["target_id"])
        for row in rows:
            alias, target = row.data["alias"], row.data["target_id"]
            if target not in self.places and target not in self.regions:
                raise self.fail(row.file, row.line, f"alias target {target} does not exist")
            key = form_key(alias)
            clash = self.major_owner(key, exclude=targets_by_key[key])
            if clash:
                raise self.fail(row.file, row.line,
                                f"ambiguous alias {alias!r}: also the name of {clash}")
            index = self.place_entries if target in self.places else self.region_entries
            if any(e.entity_id == target and e.text == alias for e in index.get(key, ())):
                continue
            index[key].append(FormEntry(target, "alias", alias))
            self.aliases.append((alias, target, row.data.get("kind", "")))

    def major_owner(self, key: str, exclude: set[str]) -> str | None:
        """An entity other than `exclude` whose own name (not a county's) is `key`."""
        for entry in self.place_entries.get(key, []) + self.region_entries.get(key, []):
            if entry.entity_id in exclude or entry.method != "exact":
                continue
            place = self.places.get(entry.entity_id)
            if place is None or place.level != "county":
                return entry.entity_id
        return None

    def index_regions(self, rows: list[_Row]) -> None:
        for row in rows:
            region = self.regions[str(row.data["region_id"])]
            for text, method in [(region.name, "exact")] + [(a, "alias") for a in region.aliases]:
                key = form_key(text)
                clash = self.major_owner(key, exclude={region.region_id})
                if clash:
                    raise self.fail(row.file, row.line,
                                    f"ambiguous region form {text!r}: also the name of {clash}")
                self.region_entries[key].append(FormEntry(region.region_id, method, text))
            self.add_variants(self.region_entries, region.region_id, (region.name, *region.aliases))

    def index_generated_place_forms(self) -> None:
        """Suffixed forms ("Wuhan City") then quote/hyphen variants, never shadowing a real name."""
        taken = set(self.place_entries) | set(self.region_entries)
        generated: dict[str, list[FormEntry]] = defaultdict(list)
        forms_of: dict[str, list[str]] = defaultdict(list)
        for place in self.places.values():
            if _bare_entry(self.place_entries, place).surface:
                forms_of[place.place_id].append(place.name_en)
            for text in suffixed_forms(place):
                key = form_key(text)
                if key not in taken or self.owned_only_by(key, place.place_id):
                    generated[key].append(FormEntry(place.place_id, "suffix", text))
                    forms_of[place.place_id].append(text)
        for key, group in generated.items():
            self.place_entries[key].extend(group)
        self.index_new_area_roots()
        for place_id, texts in forms_of.items():
            self.add_variants(self.place_entries, place_id, texts)
        for alias, target, _kind in self.aliases:
            index = self.place_entries if target in self.places else self.region_entries
            self.add_variants(index, target, (alias,))

    def index_new_area_roots(self) -> None:
        """"Pudong" for "Pudong New Area": for the resolver only, never a tagger form.

        Bare roots are rivers and districts in running text ("the Xiangjiang and Ganjiang
        rivers"); plans name a new area with its designation or a listed alias (Xiong'an).
        A root that names a province, prefecture or region is skipped altogether.
        """
        for place in self.places.values():
            root = _designation_root(place)
            if place.level != "new_area" or root is None:
                continue
            key = form_key(root)
            others = [e for e in self.place_entries.get(key, []) + self.region_entries.get(key, [])
                      if e.entity_id != place.place_id]
            if any(self.places.get(e.entity_id) is None or self.places[e.entity_id].level != "county"
                   for e in others):
                continue
            self.place_entries[key].append(FormEntry(place.place_id, "suffix", root, False))

    def owned_only_by(self, key: str, entity_id: str) -> bool:
        entries = self.place_entries.get(key, []) + self.region_entries.get(key, [])
        return all(e.entity_id == entity_id for e in entries)

    def add_variants(self, index: dict[str, list[FormEntry]], entity_id: str,
                     texts: Iterable[str]) -> None:
        """Curly-quote, hyphen-as-space and apostrophe-less spellings of an entity's forms.

        An apostrophe-less variant is a new key ("Xi'an" -> "Xian"): it is added only when no
        other place, region or form already uses that key and it is not an English-looking word.
        """
        for text in texts:
            method = next((e.method for e in index.get(form_key(text), ())
                           if e.entity_id == entity_id and e.text == text), "alias")
            method = "alias" if method == "exact" else method
            for variant in _spelling_variants(text):
                key = form_key(variant)
                existing = index.get(key, [])
                if any(e.entity_id == entity_id and e.text == variant for e in existing):
                    continue
                if key != form_key(text):
                    if self.key_used_by_other(key, entity_id) or looks_like_english_word(variant):
                        continue
                elif not any(e.entity_id == entity_id for e in existing):
                    continue
                index[key].append(FormEntry(entity_id, method, variant))

    def key_used_by_other(self, key: str, entity_id: str) -> bool:
        return any(
            entry.entity_id != entity_id
            for index in (self.place_entries, self.region_entries, self.sector_entries)
            for entry in index.get(key, ())
        )


def bare_county_name_is_safe(place: Place, namesakes: list[Place]) -> bool:
    """A county's bare name is a tagger form only if 2+ syllables, not English-like (unless well known) and unique,
    or the name of a county-level city that only districts or ordinary counties share: cities
    such as Jinjiang and Rongcheng are what economic texts name, and context can still pick the
    namesake. `namesakes` are all places of that name, the place included.

    Districts need their "District" suffix: bare district names repeat across cities (Gulou,
    Chaoyang) and often equal a city's name.
    """
    if place.kind == "district" or _han_syllables(place.name_zh) < 2 or (
        looks_like_english_word(place.name_en) and place.prominence < WELL_KNOWN_COUNTY_PROMINENCE
    ):
        return False
    others = [other for other in namesakes if other is not place]
    return not others or (
        place.kind == "county_city" and all(o.level == "county" and o.kind != "county_city" for o in others)
    )


def suffixed_forms(place: Place) -> list[str]:
    """English names with the administrative designation: "Hubei Province", "Hubei province"."""
    forms: list[str] = []
    for suffix in KIND_SUFFIXES.get(place.kind, ()):
        forms.append(f"{place.name_en} {suffix}")
        if suffix[0].isupper() and not suffix.isupper():
            forms.append(f"{place.name_en} {suffix.lower()}")
    official = official_autonomous_name(place)
    if official:
        forms.append(official)
    return [form for form in forms if form_key(form) != form_key(place.name_en)]


def official_autonomous_name(place: Place) -> str | None:
    """"Guangxi Zhuang Autonomous Region" from 广西壮族自治区 and the English root name."""
    for designation_zh, designation_en in AUTONOMOUS_DESIGNATIONS.items():
        if place.name_zh.endswith(designation_zh):
            stem = place.name_zh[: -len(designation_zh)]
            groups = _trailing_ethnic_groups(stem)
            if not groups:
                return None
            joined = " and ".join(groups) if len(groups) <= 2 else ", ".join(groups[:-1]) + " and " + groups[-1]
            return f"{place.name_en} {joined} {designation_en}"
    return None


def _trailing_ethnic_groups(stem: str) -> list[str]:
    groups: list[str] = []
    while True:
        match = next((zh for zh in ETHNIC_NAMES if stem.endswith(zh) and len(stem) - len(zh) >= 2), None)
        if match is None:
            return groups[::-1]
        groups.append(ETHNIC_NAMES[match])
        stem = stem[: -len(match)]


def _spelling_variants(text: str) -> list[str]:
    variants = []
    if "'" in text:
        variants += [text.replace("'", "’"), text.replace("'", "")]
    parts = text.split("-")
    if len(parts) > 1 and not (all(p[:1].isupper() for p in parts) and min(map(len, parts)) <= 3):
        variants.append(text.replace("-", " "))  # not for "Cheng-Yu": "Cheng Yu" is a person's name
    return variants


_NOT_HYPHENATED = frozenset(("and", "or", "of", "for", "the", "&", "in", "with"))


def _hyphenated_variants(text: str) -> list[str]:
    """The form with its first two words hyphenated, for lower-case forms of two or three words."""
    words = text.split(" ")
    if not 2 <= len(words) <= 3 or "-" in text or not text.islower() or _NOT_HYPHENATED.intersection(words):
        return []
    return [f"{words[0]}-{' '.join(words[1:])}"]


def _number_variants(text: str) -> list[str]:
    head, space, last = text.rpartition(" ")
    if len(last) <= 3 or not last.isalpha() or last.isupper() or last.lower().endswith("ics"):
        return []
    lower = last.lower()
    if lower.endswith("ies"):
        other = last[:-3] + "y"
    elif lower.endswith(("ss", "us", "is", "ing", "tion", "sion", "ware", "ment")):
        return []
    elif lower.endswith("s"):
        other = last[:-1]
    elif lower.endswith("y") and lower[-2] not in "aeiou":
        other = last[:-1] + "ies"
    elif lower.endswith(("x", "z", "ch", "sh")):
        other = last + "es"
    else:
        other = last + "s"
    return [f"{head}{space}{other}"]


def looks_like_english_word(name: str) -> bool:
    """True for short names without pinyin-only letter groups, which may be English words."""
    letters = re.sub(r"[^a-z]", "", name.lower())
    return len(letters) <= SHORT_NAME_LETTERS and not PINYIN_MARKERS.search(letters)


_ADMIN_SUFFIXES_ZH = ("自治县", "自治旗", "林区", "特区", "新区", "县", "市", "区", "旗")


def _han_syllables(name_zh: str) -> int:
    """Syllables of a Chinese name without its designation (one Han character each)."""
    for suffix in _ADMIN_SUFFIXES_ZH:
        if name_zh.endswith(suffix) and len(name_zh) > len(suffix):
            name_zh = name_zh[: -len(suffix)]
            break
    return sum(1 for ch in name_zh if "\u4e00" <= ch <= "\u9fff")


def _case_sensitive_aliases(value: object, aliases: tuple[str, ...]) -> tuple[str, ...]:
    """`case_sensitive` may list aliases, or be true for every all-capitals alias."""
    if value is True:
        return tuple(a for a in aliases if a.isupper())
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list):
        return tuple(str(v) for v in value)
    return ()


def _designation_root(place: Place) -> str | None:
    for suffix in NEW_AREA_SUFFIXES:
        if place.name_en.endswith(" " + suffix):
            return place.name_en[: -len(suffix) - 1]
    return None


def _bare_entry(index: dict[str, list[FormEntry]], place: Place) -> FormEntry:
    return next(e for e in index[form_key(place.name_en)]
                if e.entity_id == place.place_id and e.method == "exact")


def _freeze(index: dict[str, list[FormEntry]]) -> dict[str, tuple[FormEntry, ...]]:
    return {key: tuple(entries) for key, entries in index.items()}
