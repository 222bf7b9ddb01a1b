"""Gazetteer loading, validation messages, indexes and helpers (fixture files and real files)."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest

from policyextract.gazetteer import (
    ENV_VAR,
    Gazetteer,
    GazetteerError,
    WELL_KNOWN_COUNTY_PROMINENCE,
    form_key,
    load_gazetteer,
    stats,
)

FIXTURE = Path(__file__).parent / "fixtures" / "gazetteer" / "valid"
MISSING_UNITS = Path(__file__).parents[1] / "gazetteer" / "missing_units.csv"


@pytest.fixture(scope="module")
def real() -> Gazetteer:
    return load_gazetteer()


@pytest.fixture(scope="module")
def small() -> Gazetteer:
    return load_gazetteer(FIXTURE)


# -- the real files ----------------------------------------------------------------------


def test_real_gazetteer_loads_with_a_version(real: Gazetteer) -> None:
    assert len(real.version) == 64
    assert real.places and real.regions and real.sectors and real.agencies


@pytest.mark.parametrize(
    ("level", "official", "tolerance"),
    [("province", 34, 0), ("prefecture", 333, 2), ("county", 2846, 10)],
)
def test_counts_per_level_are_near_the_official_totals(real: Gazetteer, level: str, official: int,
                                                      tolerance: int) -> None:
    """Units abolished since (listed in missing_units.csv for older texts) are not in the official totals."""
    abolished = {row["place_id"] for row in csv.DictReader(MISSING_UNITS.open(encoding="utf-8"))
                 if "abolished" in row["note"]}
    current = sum(1 for place in real.places.values() if place.level == level and place.place_id not in abolished)
    assert abs(current - official) <= tolerance


def test_new_areas_are_loaded(real: Gazetteer) -> None:
    assert stats(real)["new_area"] >= 15


def test_every_region_member_exists(real: Gazetteer) -> None:
    for region in real.regions.values():
        assert region.members, region.region_id
        assert all(member in real.places for member in region.members), region.region_id


def test_a_provincial_region_lies_in_one_province(real: Gazetteer) -> None:
    regions = [r for r in real.regions.values() if r.kind == "provincial_region"]
    assert len(regions) >= 30
    for region in regions:
        assert len({real.province_of(member) for member in region.members}) == 1, region.region_id


def test_sector_forms_are_unique(real: Gazetteer) -> None:
    assert all(len(ids) == 1 for ids in real.sector_forms.values())


def test_umbrella_sectors_are_kinds_of_industries(real: Gazetteer) -> None:
    assert {"strategic_emerging_industries", "high_tech_industries"} <= real.umbrella_sectors
    assert "new_materials" not in real.umbrella_sectors
    assert not real.sectors["brain_science"].umbrella  # a member of future industries, not the kind


def test_listed_forms_are_no_tagger_sector_forms(real: Gazetteer) -> None:
    """A listed form is a sector only in a list, so the tagger must not find it as a sector anywhere."""
    listed = {text for sector in real.sectors.values() for text in sector.listed_forms}
    assert {"environmental protection", "health"} <= listed
    forms = {form.text: form.label for form in real.surface_forms() if form.text in listed}
    assert set(forms.values()) == {"LISTED_SECTOR"} and set(forms) == listed
    assert all(form_key(text) not in real.sector_forms for text in listed)


def test_agency_forms_are_unique(real: Gazetteer) -> None:
    assert all(len(ids) == 1 for ids in real.agency_forms.values())


def test_ambiguous_place_forms_are_homonyms_or_recorded_aliases(real: Gazetteer) -> None:
    """A tagger form naming two places is either their shared English name or an alias row."""
    alias_targets: dict[str, set[str]] = {}
    for alias, target, _ in real.aliases:
        alias_targets.setdefault(form_key(alias), set()).add(target)
    for form in real.surface_forms():
        if form.label != "PLACE" or len(form.entity_ids) < 2:
            continue
        names = {form_key(real.places[i].name_en) for i in form.entity_ids}
        recorded = set(form.entity_ids) <= alias_targets.get(form_key(form.text), set())
        assert len(names) == 1 or recorded, form


def test_ambiguous_bare_place_names_are_few(real: Gazetteer) -> None:
    """Besides the county-level cities tagged despite namesakes (below), few bare names are ambiguous."""
    bare = {form.text for form in real.surface_forms()
            if form.label == "PLACE" and len(form.entity_ids) > 1 and " " not in form.text
            and not any(real.places[i].kind == "county_city" for i in form.entity_ids if i in real.places)}
    assert len(bare) <= 40, sorted(bare)


@pytest.mark.parametrize("name, city", [("Jinjiang", "350582"), ("Rongcheng", "371082"), ("Qianjiang", "429005")])
def test_a_county_level_city_is_tagged_despite_smaller_namesakes(real: Gazetteer, name: str, city: str) -> None:
    """Its form names every namesake (districts, ordinary counties), so context can settle it."""
    (form,) = [f for f in real.surface_forms() if f.label == "PLACE" and f.text == name]
    assert city in form.entity_ids and len(form.entity_ids) > 1
    assert all(real.places[i].level == "county" for i in form.entity_ids)


@pytest.mark.parametrize("name, city, tagged", [("Yiwu", "330782", True), ("Korla", "652801", True),
                                               ("Mile", "532504", False), ("Bole", "652701", False)])
def test_a_short_county_name_is_tagged_only_when_well_known(real: Gazetteer, name: str, city: str, tagged: bool) -> None:
    """A short, English-looking name is held back unless place_overrides.csv raises the place's prominence."""
    forms = [f for f in real.surface_forms() if f.label == "PLACE" and f.text == name]
    assert bool(forms and city in forms[0].entity_ids) is tagged
    assert (real.places[city].prominence >= WELL_KNOWN_COUNTY_PROMINENCE) is tagged


def test_a_county_level_city_sharing_its_name_with_another_is_not_tagged(real: Gazetteer) -> None:
    """Two county-level cities of one name (or a larger namesake): the bare name stays untagged."""
    for form in real.surface_forms():
        if form.label == "PLACE" and " " not in form.text:
            cities = [i for i in form.entity_ids if i in real.places and real.places[i].kind == "county_city"]
            assert len(cities) <= 1, form


def test_districts_are_tagged_only_with_their_suffix(real: Gazetteer) -> None:
    district_names = {p.name_en for p in real.places.values() if p.kind == "district"}
    tagged = {f.text for f in real.surface_forms() if f.label == "PLACE"}
    for form in real.surface_forms():
        if form.label == "PLACE" and form.text in district_names:
            assert any(real.places[i].kind != "district" for i in form.entity_ids), form
    assert "Haidian District" in tagged and "Haidian" not in tagged


def test_bare_county_forms_never_shadow_a_city(real: Gazetteer) -> None:
    major = {form_key(p.name_en) for p in real.places.values() if p.level in ("province", "prefecture")}
    for form in real.surface_forms():
        if form.label == "PLACE" and all(real.places[i].level == "county" for i in form.entity_ids
                                         if i in real.places):
            assert form_key(form.text) not in major or " " in form.text, form


def test_generated_apostrophe_variants_do_not_collide(real: Gazetteer) -> None:
    texts = {f.text: f.entity_ids for f in real.surface_forms() if f.label == "PLACE"}
    assert texts["Xi’an"][0] == "610100"
    assert "Jiangan" not in texts


# -- fixture files: forms and helpers ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "entity_id", "method"),
    [
        ("Wuhan", "420100", "exact"),
        ("Wuhan City", "420100", "suffix"),
        ("Hubei Province", "420000", "suffix"),
        ("Hubei province", "420000", "suffix"),
        ("Beijing Municipality", "110000", "suffix"),
        ("Guangxi Zhuang Autonomous Region", "450000", "suffix"),
        ("Chaoyang District", "110105", "suffix"),
        ("Zhouzhi", "610124", "exact"),
        ("Zhouzhi County", "610124", "suffix"),
        ("Xi’an", "610100", "alias"),
        ("Hankow", "420100", "alias"),
        ("Jing-Jin-Ji", "region:beijing-tianjin-hebei", "alias"),
        ("central regions", "region:central-china", "alias"),
        ("New-energy vehicles", "new_energy_vehicles", "exact"),
        ("New energy vehicles", "new_energy_vehicles", "alias"),
        ("new energy vehicle", "new_energy_vehicles", "alias"),
        ("New material", "new_materials", "alias"),
        ("advanced material", "new_materials", "alias"),
        ("auto-industry", "automobiles", "alias"),  # a form's first two words hyphenated
        ("new-energy automobile", "new_energy_vehicles", "alias"),
    ],
)
def test_surface_forms_include(small: Gazetteer, text: str, entity_id: str, method: str) -> None:
    forms = {form.text: form for form in small.surface_forms()}
    assert entity_id in forms[text].entity_ids
    assert forms[text].method == method


@pytest.mark.parametrize("text", ["Chaoyang", "Jiang'an", "Xian City District", "NEV s", "NEVss"])
def test_surface_forms_exclude(small: Gazetteer, text: str) -> None:
    assert text not in {form.text for form in small.surface_forms()}


def test_homonyms_share_one_surface_form(small: Gazetteer) -> None:
    forms = {form.text: form for form in small.surface_forms()}
    assert forms["Suzhou"].entity_ids == ("320500", "341300")


def test_case_sensitive_agency_alias_is_flagged(small: Gazetteer) -> None:
    forms = {form.text: form for form in small.surface_forms() if form.label == "AGENCY"}
    assert forms["NDRC"].case_sensitive
    assert "ndrc" not in small.agency_forms


def test_helpers(small: Gazetteer) -> None:
    assert small.province_of("420102") == "420000"
    assert small.prefecture_of("420102") == "420100"
    assert small.prefecture_of("110105") == "110000"
    assert small.prefecture_of("420000") is None
    assert small.regions_of("420102") == ("region:central-china",)
    assert small.display_name("agency:gov:420000") == "Hubei provincial government"
    assert small.display_name("agency:gov:420100") == "Wuhan municipal government"
    assert small.display_name("new_materials") == "New materials"


def test_load_is_cached_per_path(small: Gazetteer) -> None:
    assert load_gazetteer(FIXTURE) is small
    assert load_gazetteer(str(FIXTURE)) is small


def test_env_var_names_the_default_folder(monkeypatch: pytest.MonkeyPatch, small: Gazetteer) -> None:
    default = load_gazetteer()
    monkeypatch.setenv(ENV_VAR, str(FIXTURE))
    assert load_gazetteer() is small  # the folder is looked up again when the variable changes
    monkeypatch.delenv(ENV_VAR)
    assert load_gazetteer() is default and default is not small


def test_version_changes_with_the_bytes(tmp_path: Path, small: Gazetteer) -> None:
    copy = tmp_path / "gazetteer"
    shutil.copytree(FIXTURE, copy)
    _append(copy / "place_aliases.csv", "Wuchang,420100,historical,")
    changed = load_gazetteer(copy)
    assert changed.version != small.version
    assert changed.place_forms["wuchang"] == ("420100",)


# -- fixture files: validation errors name file and line -------------------------------------


@pytest.mark.parametrize(
    ("file", "line", "reason"),
    [
        ("places.csv", "420100,武汉市,Wuhan,prefecture,420000,420000,prefecture_city,,,1",
         "duplicate place_id 420100"),
        ("places.csv", "429999,某市,Moushi,prefecture,999900,420000,prefecture_city,,,1",
         "parent_id 999900 does not exist"),
        ("places.csv", "429998,某市,Moushi,city,420000,420000,prefecture_city,,,1", "unknown level"),
        ("places.csv", "429997,某市,Moushi,prefecture,420000,430000,prefecture_city,,,1",
         "is not the province above it"),
        ("place_aliases.csv", "Foo,999999,spelling,", "alias target 999999 does not exist"),
        ("place_aliases.csv", "Hubei,430000,spelling,", "ambiguous alias 'Hubei'"),
        ("place_aliases.csv", "Central China,420000,spelling,", "ambiguous alias 'Central China'"),
        ("regions.jsonl", '{"region_id": "region:x", "name": "X Belt", "members": ["999999"]}',
         "member 999999 does not exist"),
        ("regions.jsonl", '{"region_id": "region:central-china", "name": "Again", "members": []}',
         "duplicate region_id"),
        ("regions.jsonl", '{"region_id": "region:y", "name": "Wuhan", "members": []}',
         "ambiguous region form 'Wuhan'"),
        ("regions.jsonl", '{"region_id": "region:z", "name": ', "invalid JSON"),
        ("sectors.jsonl", '{"sector_id": "x", "label": "X", "parent_id": "nope", "forms": []}',
         "parent_id nope does not exist"),
        ("sectors.jsonl", '{"sector_id": "y", "label": "Y", "forms": ["NEV"]}',
         "ambiguous sector form 'NEV'"),
        ("sectors.jsonl", '{"sector_id": "automobiles", "label": "Cars", "forms": []}',
         "duplicate sector_id"),
        ("sectors.jsonl", '{"sector_id": "z", "label": "Z", "forms": [], "umbrella": "yes"}',
         "umbrella must be true or false"),
        ("sectors.jsonl", '{"sector_id": "w", "label": "W", "forms": [], "listed_forms": ["NEV"]}',
         "listed form 'NEV' is a form of"),
        ("agencies.jsonl", '{"agency_id": "agency:ndrc", "name": "Other", "level": "central"}',
         "duplicate agency_id"),
        ("agencies.jsonl", '{"agency_id": "agency:x", "name": "State Council", "level": "central"}',
         "ambiguous agency form 'State Council'"),
        ("agencies.jsonl", '{"agency_id": "agency:y", "name": "Y", "place_id": "999999"}',
         "place_id 999999 does not exist"),
    ],
)
def test_broken_file_names_file_line_and_reason(tmp_path: Path, file: str, line: str, reason: str) -> None:
    copy = tmp_path / "gazetteer"
    shutil.copytree(FIXTURE, copy)
    line_number = _append(copy / file, line)
    with pytest.raises(GazetteerError) as error:
        load_gazetteer(copy)
    assert str(error.value).startswith(f"gazetteer/{file}:{line_number}: ")
    assert reason in str(error.value)


def test_missing_folder_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(GazetteerError, match="places.csv"):
        load_gazetteer(tmp_path / "nowhere")


def test_alias_for_two_places_is_a_recorded_homonym(tmp_path: Path) -> None:
    copy = tmp_path / "gazetteer"
    shutil.copytree(FIXTURE, copy)
    _append(copy / "place_aliases.csv", "Soochow,320500,historical,")
    _append(copy / "place_aliases.csv", "Soochow,341300,historical,")
    assert load_gazetteer(copy).place_forms["soochow"] == ("320500", "341300")


def _append(path: Path, line: str) -> int:
    """Append a line and return its 1-based line number."""
    text = path.read_text(encoding="utf-8")
    if text and not text.endswith("\n"):
        text += "\n"
    text += line + "\n"
    path.write_text(text, encoding="utf-8")
    return text.count("\n")
