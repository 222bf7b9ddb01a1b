"""Zones named after a place: found by `nlp.zones`, made places by the tagger; their facts are the place's."""

from __future__ import annotations

import pytest

from policyextract.facts import fact_place_id
from policyextract.gazetteer import load_gazetteer, zone_id, zone_parent
from policyextract.nlp.zones import ZoneFinder, zone_display_name
from policyextract.run import process_document

from conftest import extract, make_source

FINDER = ZoneFinder(["Economic", "Development", "Industrial", "High-tech", "Technological"], ["Zone", "Park"])


def _places(text: str, *names: str) -> list[tuple[int, int]]:
    return sorted((text.index(name), text.index(name) + len(name)) for name in names)


@pytest.mark.parametrize(
    "text, places, zone, named_after",
    [
        ("Build the Yixing Economic Development Zone.", ["Yixing"], "Yixing Economic Development Zone", ["Yixing"]),
        ("Ningbo's Beilun High-tech Park will", ["Ningbo"], "Ningbo's Beilun High-tech Park", ["Ningbo"]),
        ("Chongqing Jiangjin Industrial Park", ["Chongqing", "Jiangjin"], "Chongqing Jiangjin Industrial Park",
         ["Chongqing", "Jiangjin"]),
        ("the Fuzhou-Xiamen-Quanzhou Industrial Park", ["Fuzhou", "Xiamen", "Quanzhou"],
         "Fuzhou-Xiamen-Quanzhou Industrial Park", ["Fuzhou", "Xiamen", "Quanzhou"]),
        ("Xuzhou Economic and Technological Development Zone", ["Xuzhou"],
         "Xuzhou Economic and Technological Development Zone", ["Xuzhou"]),
        ("the China (Fujian) Industrial Zone will", ["Fujian"], "China (Fujian) Industrial Zone", ["Fujian"]),
        ("the Shenzhen (Heyuan) Industrial Park will", ["Shenzhen", "Heyuan"], "Shenzhen (Heyuan) Industrial Park",
         ["Heyuan"]),
        ("the Wuxi Science and Technology Industrial Park will", ["Wuxi"],
         "Wuxi Science and Technology Industrial Park", ["Wuxi"]),
        ("Wuxi Centre and Xi'an Economic Development Zone", ["Wuxi", "Xi'an"], "Xi'an Economic Development Zone",
         ["Xi'an"]),
    ],
    ids=["designation", "possessive and own name", "place in place", "hyphenated places", "and in the designation",
         "official name: China (place) designation", "a park one place runs in another: place (place) designation",
         "and in its own name", "and before another place opens another name"],
)
def test_a_place_and_a_designation_name_a_zone(text, places, zone, named_after):
    (found,) = FINDER.zones(text, _places(text, *places), [])
    assert text[found.start : found.end] == zone
    assert [text[s:e] for s, e in found.places] == named_after


@pytest.mark.parametrize(
    "text, places, others",
    [
        ("Yixing Zone", ["Yixing"], []),  # a head with no designator
        ("Yixing will build a Development Zone", ["Yixing"], []),  # words between that are no name
        ("Yixing New Big Old Industrial Park", ["Yixing"], []),  # more than two words of its own name
        ("Yixing Textile Industrial Park", ["Yixing"], ["Textile"]),  # a name of another kind in the name
        ("Yixing Big Old Red Textile Industrial Park", ["Yixing"], []),  # three words of its own besides the sector
        ("Suzhou Industrial Park", ["Suzhou", "Suzhou Industrial Park"], []),  # listed in the gazetteer
        ("Wuxi and Science Industrial Park", ["Wuxi"], []),  # "and" right after the place joins another name
        ("Tianjin Economic and Tech Development Zone (TEDA)", ["Tianjin", "TEDA"], []),  # the listed zone spelt out
    ],
    ids=["no designator", "not a name", "too long", "another name in it", "too long besides a sector",
         "a listed zone", "and after the place", "a listed acronym after it"],
)
def test_no_zone(text, places, others):
    sectors = _places(text, "Textile") if "Red Textile" in text else []
    assert FINDER.zones(text, _places(text, *places), _places(text, *others), sectors) == []


@pytest.mark.parametrize(
    "text, place, sectors, zone, inside",
    [
        ("the Taiyuan Stainless Steel Industrial Park", "Taiyuan", ["Stainless Steel"],
         "Taiyuan Stainless Steel Industrial Park", ["Stainless Steel"]),
        ("Hefei New Energy Vehicle Industrial Park will", "Hefei", ["New Energy", "New Energy Vehicle"],
         "Hefei New Energy Vehicle Industrial Park", ["New Energy Vehicle"]),
        ("Wenxi Fine Steel Industrial Park", "Wenxi", ["Steel"], "Wenxi Fine Steel Industrial Park", ["Steel"]),
        ("Huizhou will expand the Daya Bay Petrochemical Zone.", "Daya Bay", ["Petrochemical"],
         "Daya Bay Petrochemical Zone", ["Petrochemical"]),
    ],
    ids=["a sector of two words", "the longest of nested sectors", "an own word and a sector",
         "a sector for a designation"],
)
def test_sectors_in_a_zone_s_name_are_part_of_it(text, place, sectors, zone, inside):
    (found,) = FINDER.zones(text, _places(text, place), [], _places(text, *sectors))
    assert text[found.start : found.end] == zone
    assert [text[s:e] for s, e in found.sectors] == inside


UNLISTED = ZoneFinder(["New", "Industrial", "Economic", "Development"], ["Zone", "Park", "District"],
                      ["qian", "wan", "cui", "heng", "da", "gu", "shi", "li", "xiang", "an", "ge", "ne", "lin", "gang", "long"])


@pytest.mark.parametrize(
    "text, names, sectors, expected",
    [
        ("a plan for its Qianwan New District.", [], [], ["Qianwan New District"]),
        ("Zhongshan's Cuiheng New District", ["Zhongshan"], [], ["Cuiheng New District"]),
        ("Develop Qianwan New District", [], [], ["Qianwan New District"]),
        ("In Dagu Mountain Petrochemical Industrial Park", [], ["Petrochemical"],
         ["Dagu Mountain Petrochemical Industrial Park"]),
        ("the Xiang'an Industrial Park", [], [], ["Xiang'an Industrial Park"]),
        ("The Torch Industrial Zone and the Rocket Industrial Park", [], [], []),
        ("the Shili Big Red Industrial Park", [], [], []),
        ("the Qianwan Zone", [], [], []),
        ("the Lin-gang Industrial Zone", [], [], ["Lin-gang Industrial Zone"]),
    ],
    ids=["pinyin name", "after a place's possessive", "after an English word", "own word and sector",
         "apostrophe between syllables", "English names", "too long", "no designator", "hyphen between syllables"],
)
def test_unlisted_zones_have_pinyin_names(text, names, sectors, expected):
    found = UNLISTED.unlisted(text, _places(text, *names), _places(text, *sectors))
    assert [text[z.start : z.end] for z in found] == expected
    assert all(z.places == () for z in found)


@pytest.mark.parametrize(
    "name, expected",
    [
        ("Qianwan", ("q", "w")),
        ("Xiang'an", ("x", "")),  # a syllable that opens on a vowel has no initial
        ("Lin-gang", ("l", "g")),
        ("Da Gu", ("d", "g")),
        ("Shili", ("s", "l")),  # "sh" counts as "s", which spellings swap
        ("Torch", None),  # no pinyin
        ("", ()),
    ],
)
def test_initials_of_a_pinyin_name(name, expected):
    assert UNLISTED.initials(name) == expected


AREAS = ZoneFinder(["Industrial"], ["Zone", "Park", "Area"], [], ["free trade zone", "FTZ"])


@pytest.mark.parametrize(
    "text, place, expected",
    [
        ("Shandong's FTZ has three areas: the Jinan Area will develop finance.", "Jinan", ["Jinan Area"]),
        ("In the free trade zone, the Qingdao area will build a port.", "Qingdao", ["Qingdao area"]),
        ("Companies in the Harbin area will grow.", "Harbin", []),
        ("The FTZ will help the Harbin areas grow.", "Harbin", []),
        ("The free trade zone has three subzones. The Kashgar subzone will process food.", "Kashgar",
         ["Kashgar subzone"]),
        ("The FTZ's Horgos sub-zone will grow.", "Horgos", ["Horgos sub-zone"]),
        ("The Kashgar subzone of the special economic zone will grow.", "Kashgar", []),
    ],
    ids=["an area of a free trade zone", "in lower case", "no free trade zone", "a plural", "a subzone",
         "a hyphenated sub-zone", "a subzone of no free trade zone"],
)
def test_a_free_trade_zone_s_areas_are_named_by_their_place(text, place, expected):
    found = AREAS.zones(text, _places(text, place), [])
    assert [text[z.start : z.end] for z in found] == expected


@pytest.mark.parametrize(
    "name, shown",
    [("Xiangyang area", "Xiangyang Area"), ("Kashgar subzone", "Kashgar Area"), ("Horgos Sub-zone", "Horgos Area"),
     ("Hefei Area", "Hefei Area"), ("Lingang Special Area", "Lingang Special Area")],
)
def test_a_free_trade_zone_s_area_is_shown_as_an_area(name, shown):
    assert zone_display_name(name) == shown


_FILLER = "The plan sets goals for industry, finance, trade and people's lives over the period. " * 12


def test_zones_far_apart_in_a_long_text_are_all_found():
    text = f"{_FILLER}Build the Qianwan New District. {_FILLER}Upgrade the Xiang'an Industrial Park.{_FILLER}"
    found = UNLISTED.unlisted(text, [], [])
    assert [text[z.start : z.end] for z in found] == ["Qianwan New District", "Xiang'an Industrial Park"]
    assert [text[s:e] for s, e in UNLISTED.designated_words(text)] == ["Qianwan", "Xiang'an"]
    places = _places(text, "Qianwan") + _places(text, "Xiang'an")
    assert [text[z.start : z.end] for z in UNLISTED.zones(text, places, [])] == [
        "Qianwan New District", "Xiang'an Industrial Park"]


@pytest.mark.parametrize(
    "text", ["the Qianwan New Districts", "the Qianwan New Parkway", "the Qianwan New Zone-like area"]
)
def test_a_head_inside_a_longer_word_ends_no_zone(text):
    assert UNLISTED.unlisted(text, [], []) == []
    assert UNLISTED.zones(text, _places(text, "Qianwan"), []) == []


@pytest.mark.parametrize(
    "word, pinyin",
    [("Qianwan", True), ("Xiang'an", True), ("Cuiheng", True), ("Dagu", True), ("Torch", False), ("Gu", False),
     ("Rocket", False), ("Lin-gang", True), ("Long-term", False)],
)
def test_a_pinyin_name_is_two_syllables_or_more(word, pinyin):
    assert UNLISTED.is_pinyin(word) is pinyin


def test_zone_ids_hold_their_place():
    identifier = zone_id("area:pudong", "Pudong Zhangjiang Hi-tech Park")
    assert identifier == "zone:area:pudong/pudong-zhangjiang-hi-tech-park"
    assert zone_parent(identifier) == "area:pudong"
    assert zone_parent("320281") is None


def test_display_name_drops_the_possessive_and_curly_quotes():
    assert zone_display_name("Ningbo’s  Nan’gang Industrial Zone") == "Ningbo Nan'gang Industrial Zone"


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The Kunshan Economic and Technological Development Zone will develop optoelectronics. "
            "It will also build a robotics cluster.",
            {("Kunshan Economic and Technological Development Zone", "zone", "Jiangsu", "Suzhou", "optoelectronics"),
             ("Kunshan Economic and Technological Development Zone", "zone", "Jiangsu", "Suzhou", "robotics")},
        ),
        (
            "Jinan-Qingdao-Yantai International Investment Industrial Park will foster new materials.",
            {("Jinan-Qingdao-Yantai International Investment Industrial Park", "zone", "Shandong", None,
              "new_materials")},
        ),
        (  # a park named after two places apart is the second's, which hosts it
            "The Shenzhen-Harbin Industrial Park will develop new materials.",
            {("Shenzhen-Harbin Industrial Park", "zone", "Heilongjiang", "Harbin", "new_materials")},
        ),
        (
            "The Guangzhou-Qingyuan Industrial Park will develop robots.",
            {("Guangzhou-Qingyuan Industrial Park", "zone", "Guangdong", "Qingyuan", "robotics")},
        ),
        (  # a place's zone named for the partners who cooperate there is that place's
            "The Qianhai Shenzhen-Hong Kong Modern Service Industry Cooperation Zone will develop finance.",
            {("Qianhai Shenzhen-Hong Kong Modern Service Industry Cooperation Zone", "zone", "Guangdong", "Shenzhen", s)
             for s in ("finance", "modern_services")},
        ),
        (
            "The Hengqin Guangdong-Macao Deep Cooperation Zone will develop integrated circuits.",
            {("Hengqin Guangdong-Macao Deep Cooperation Zone", "zone", "Guangdong", "Zhuhai", "integrated_circuits")},
        ),
        (  # ... but the division's when the other is a new area, whose name is then the zone's own
            "Linyi Lingang Economic Development Area will develop steel.",
            {("Linyi Lingang Economic Development Area", "zone", "Shandong", "Linyi", "steel")},
        ),
        (
            "Lingang Songjiang Sci-tech City will develop robots.",
            {("Lingang Songjiang Sci-tech City", "zone", "Shanghai", "Shanghai", "robotics")},
        ),
        (  # the zone's place is no builder of its own, nor is the province that holds it
            "Changsha High-tech Zone in Hunan will develop construction machinery.",
            {("Changsha High-tech Zone", "zone", "Hunan", "Changsha", "engineering_machinery")},
        ),
        (  # a zone listed in the gazetteer stays its own place
            "Suzhou Industrial Park will develop nanotechnology.",
            {("Suzhou Industrial Park", "new_area", "Jiangsu", "Suzhou", "new_materials")},
        ),
        (  # a district's bare name is no form of its own, but before a zone's designation it names the zone's place
            "The Jiangning Development Zone will develop biomedicine. Xiaoshan Economic Development Zone will build a "
            "robotics base.",
            {("Jiangning Development Zone", "zone", "Jiangsu", "Nanjing", "biomedicine"),
             ("Xiaoshan Economic Development Zone", "zone", "Zhejiang", "Hangzhou", "robotics")},
        ),
        (  # a zone named in full, then in short, is one zone: the fuller name's
            "The Chengdu Hi-Tech Industrial Development Zone will grow. The Chengdu Hi-Tech Zone will focus on "
            "biomedicine, and the Chengdu Economic Development Zone on robots.",
            {("Chengdu Hi-Tech Industrial Development Zone", "zone", "Sichuan", "Chengdu", "biomedicine"),
             ("Chengdu Economic Development Zone", "zone", "Sichuan", "Chengdu", "robotics")},
        ),
        (  # ... but a short name that drops a word of the zone's own name is another zone
            "The Taixing Huangqiao Economic Development Zone will grow. "
            "The Taixing Economic Development Zone will develop fine chemicals.",
            {("Taixing Economic Development Zone", "zone", "Jiangsu", "Taizhou", "fine_chemicals")},
        ),
        (  # ... and a place put before a zone's name does not make a fuller name
            "Hangzhou Xiaoshan Economic Development Zone was set up in April. Xiaoshan Economic Development Zone will "
            "build a robotics base.",
            {("Xiaoshan Economic Development Zone", "zone", "Zhejiang", "Hangzhou", "robotics")},
        ),
        (  # a sector in a zone's name is the zone's, and only the zone's
            "In 2022, Guangxi plans to build the Xianghai Economic Corridor and the Beihai Marine Industry Science "
            "and Technology Park. The Yixing Textile Industrial Park will develop garments.",
            {("Beihai Marine Industry Science and Technology Park", "zone", "Guangxi", "Beihai", "marine_economy"),
             ("Yixing Textile Industrial Park", "zone", "Jiangsu", "Wuxi", "textiles")},
        ),
        (  # the sectors its name holds are its own, and those the sentence goes on to name it builds too
            "The Yixing Textile Industrial Park will develop auto parts and new building materials.",
            {("Yixing Textile Industrial Park", "zone", "Jiangsu", "Wuxi", s)
             for s in ("textiles", "auto_parts", "construction_materials")},
        ),
        (  # ... not the other place's of the sentence
            "Located near the Hefei New Energy Vehicle Industrial Park, Wuhu will build a robotics cluster.",
            {("Hefei New Energy Vehicle Industrial Park", "zone", "Anhui", "Hefei", "new_energy_vehicles"),
             ("Wuhu", "prefecture", "Anhui", "Wuhu", "robotics")},
        ),
        (  # a science or industrial city is a zone too; a city's own name is no zone
            "Hangzhou Future Sci-Tech City will develop biomedicine. Xi'an City will develop aerospace.",
            {("Hangzhou Future Sci-Tech City", "zone", "Zhejiang", "Hangzhou", "biomedicine"),
             ("Xi'an", "prefecture", "Shaanxi", "Xi'an", "aerospace")},
        ),
        (  # a zone named after no listed place lies in the place its sentence names before it, and keeps it
            "Ningbo unveiled a plan for its Qianwan New District. The Qianwan New District will develop robotics.",
            {("Qianwan New District", "zone", "Zhejiang", "Ningbo", "robotics")},
        ),
        (  # ... or in the place named right after it
            "The Shili Industrial Park in Yibin will develop batteries.",
            {("Shili Industrial Park", "zone", "Sichuan", "Yibin", "batteries")},
        ),
        (  # a zone the text puts in a place its name's place neither holds nor lies in is that place's: a homonym
            "The Nanping Sci-Tech Industrial Park in Xiangzhou District, Zhuhai, will develop biomedicine.",
            {("Nanping Sci-Tech Industrial Park", "zone", "Guangdong", "Zhuhai", "biomedicine")},
        ),
        (  # ... only where the text says so: the park a branch is of lies where its name says
            "The first branch of Zhongguancun Fengtai Science Park in Mancheng County broke ground. "
            "Zhongguancun Fengtai Science Park will develop big data.",
            {("Zhongguancun Fengtai Science Park", "zone", "Beijing", "Beijing", "big_data")},
        ),
        (  # ... or in that of the zone it shortens
            "Zhongshan's Cuiheng New District will grow. Cuiheng New District will focus on biomedicine.",
            {("Cuiheng New District", "zone", "Guangdong", "Zhongshan", "biomedicine")},
        ),
        (  # ... or in the last place the text named before it, when its sentence names none
            "Chengdu has mapped out eight zones.\n\nThe Shuangliu Information Industrial Zone focuses on integrated "
            "circuits.",
            {("Shuangliu Information Industrial Zone", "zone", "Sichuan", "Chengdu", "integrated_circuits")},
        ),
        (  # ... and is no zone when the text names no place before it
            "The Cuiheng New District will focus on biomedicine.",
            set(),
        ),
        (  # ... when it names one place only: there are Gulou districts in several cities
            "The Gulou Economic Development Zone will develop biomedicine.",
            set(),
        ),
        (  # the zone's official name, then the area of it whose authority speaks
            "China (Fujian) Pilot Free Trade Zone Pingtan Special Area Administration announced policies for two key "
            "industries: integrated circuits and biomedicine.",
            {("Pingtan Special Area", "zone", "Fujian", "Fuzhou", s) for s in ("integrated_circuits", "biomedicine")},
        ),
        (  # ... a new area the gazetteer lists, in its hyphenated spelling
            "China (Shanghai) Pilot Free Trade Zone Lin-gang Special Area Administration announced policies for two "
            "key industries: integrated circuits and biomedicine.",
            {("Lingang Special Area", "new_area", "Shanghai", "Shanghai", s) for s in ("integrated_circuits", "biomedicine")},
        ),
        (  # a region may open the name of a zone of the place in brackets
            "The Yangtze River Delta (Huzhou) Industrial Cooperation Zone will develop new materials.",
            {("Yangtze River Delta (Huzhou) Industrial Cooperation Zone", "zone", "Zhejiang", "Huzhou", "new_materials")},
        ),
        (  # a free trade zone is a kind of zone, not an industry of its own
            "The China (Jiangsu) Pilot Free Trade Zone will develop biomedicine, and Hainan will build a free trade "
            "port.",
            {("China (Jiangsu) Pilot Free Trade Zone", "zone", "Jiangsu", None, "biomedicine")},
        ),
        (  # ... and so is a park China runs with a partner country, named after its bracketed place
            "China-South Korea (Yancheng) Industrial Park was set up in 2017. Major industries developed in the park "
            "include automobiles. The Sino-German (Nanjing) Industrial Park will develop robots.",
            {("China-South Korea (Yancheng) Industrial Park", "zone", "Jiangsu", "Yancheng", "automobiles"),
             ("Sino-German (Nanjing) Industrial Park", "zone", "Jiangsu", "Nanjing", "robotics")},
        ),
        (  # an authority of something else in the zone is an organisation, not the zone
            "The Wuxi High-tech Zone Administration of Taxation will support biomedicine.",
            set(),
        ),
        (  # a text that names a free trade zone calls its areas by their place and "area" alone
            "The Hubei pilot FTZ has three areas. The Wuhan Area will develop biomedicine. "
            "Xiangyang area focuses on new energy vehicles and big data.",
            {("Wuhan Area", "zone", "Hubei", "Wuhan", "biomedicine"),
             ("Xiangyang Area", "zone", "Hubei", "Xiangyang", "new_energy_vehicles"),
             ("Xiangyang Area", "zone", "Hubei", "Xiangyang", "big_data")},
        ),
        (  # ... or its subzones, which are its areas by another word
            "The Xinjiang pilot free trade zone has three subzones. The Kashgar subzone will focus on deep "
            "processing of agricultural products. The Urumqi sub-zone will develop biomedicine. The Khorgas "
            "subzone will prioritize tourism.",
            {("Kashgar Area", "zone", "Xinjiang", "Kashgar", "agricultural_products_processing"),
             ("Urumqi Area", "zone", "Xinjiang", "Urumqi", "biomedicine"),
             ("Horgos Area", "zone", "Xinjiang", "Ili", "tourism")},  # shown by its place's canonical name
        ),
        (  # "the subzone" refers back to the free trade zone's area named last, and to no other zone
            "The Xinjiang pilot free trade zone has three subzones. The Kashgar subzone covers 20 square km. "
            "The subzone will focus on deep processing of agricultural products.",
            {("Kashgar Area", "zone", "Xinjiang", "Kashgar", "agricultural_products_processing")},
        ),
        ("Hefei Economic Development Zone covers 20 square km. The subzone will develop biomedicine.", set()),
        (  # ... elsewhere "the Harbin area" is the city and its surroundings
            "Companies in the Harbin area will develop biomedicine.",
            {("Harbin", "prefecture", "Heilongjiang", "Harbin", "biomedicine")},
        ),
    ],
    ids=["zone and its pronoun", "named after several places",
         "a park the first place helps the second build", "another such park",
         "a place's zone for partners", "another place's zone for partners", "a place's own name after another place", "a new area's name before a division",
         "in its province", "listed zone",
         "named after a district", "one zone named in full and in short", "another zone's own word",
         "a place before a zone's name",
         "a sector in its name", "a zone with a sector in its name builds others", "a sector in its name is no other place's", "a science city", "unlisted, after its place",
         "unlisted, before its place", "in a place apart", "a branch in a place apart",
         "unlisted, shortened", "unlisted, a place in a sentence before",
         "unlisted, no place",
         "named after one of several districts", "an area of a zone and its authority", "a listed area of a zone",
         "a region before the place in brackets", "a free trade zone", "a park with a partner country",
         "another authority", "areas of a free trade zone", "subzones of a free trade zone",
         "the subzone", "no subzone of a zone of no free trade zone",
         "an area of no zone"],
)
def test_facts_of_a_zone_are_the_zone_s(text, expected):
    assert _zone_rows(extract(text)) == expected


def _zone_rows(facts) -> set[tuple]:
    """Facts as (zone or place, its level, province, city, sector): a fact the text states of a zone or a town
    is the fact of the place the zone lies in, which its id holds, with the zone beside it."""
    rows = set()
    for fact in facts:
        if fact.zone_id is None:
            rows.add((fact.place, fact.place_level, fact.province, fact.city, fact.sector_id))
            continue
        assert fact.place_id == fact_place_id(fact.zone_id, load_gazetteer()) and fact.place != fact.zone
        level = "town" if fact.zone_id.startswith("town:") else "zone" if fact.zone_id.startswith("zone:") else "new_area"
        rows.add((fact.zone, level, fact.province, fact.city, fact.sector_id))
    return rows


@pytest.mark.parametrize(
    "text, zone, place_id",
    [
        ("Officials presented the Jinan-Qingdao-Yantai International Investment Industrial Park in Shenzhen.",
         "Jinan-Qingdao-Yantai International Investment Industrial Park", "370000"),
        ("Officials presented the China (Shandong) Pilot Free Trade Zone Qingdao Area in Shanghai.", "Qingdao Area",
         "370200"),
        ("Jiyang hosts the first Taiwan Industrial Park in Shandong Province.", "Taiwan Industrial Park", "710000"),
    ],
    ids=["named after more places, in a venue", "in a province-level city", "in a province"],
)
def test_a_zone_in_a_venue_or_a_province_keeps_the_place_of_its_name(text, zone, place_id):
    mentions = process_document(make_source(text)).mentions
    found = next(m for m in mentions if m.text == zone)
    assert zone_parent(found.entity_id) == place_id


def test_a_sector_in_a_zone_s_name_is_a_mention_within_the_zone_s():
    text = "The Taiyuan Stainless Steel Industrial Park will expand."
    mentions = process_document(make_source(text)).mentions
    spans = {(m.label, m.text, m.entity_id) for m in mentions if m.label in ("PLACE", "SECTOR")}
    assert ("SECTOR", "Stainless Steel", "steel") in spans
    zone = next(m for m in mentions if m.label == "PLACE")
    assert zone.text == "Taiyuan Stainless Steel Industrial Park" and zone.entity_id.startswith("zone:")


def test_a_sector_word_in_the_place_s_own_name_leaves_the_zone_named_after_it():
    text = "Optics Valley Modern Service Park will expand."
    mentions = process_document(make_source(text)).mentions
    spans = [(m.label, m.text) for m in mentions if m.label in ("PLACE", "SECTOR")]
    assert spans == [("PLACE", "Optics Valley Modern Service Park"), ("SECTOR", "Modern Service")]


TOWNS = ZoneFinder(["Industrial"], ["Zone", "Park"], ["hou", "jie", "sha", "jing", "chang", "jiang", "xiao", "lan"],
                   locality_heads=["Town", "town", "Subdistrict", "subdistrict"])


@pytest.mark.parametrize(
    "text, names, expected",
    [
        ("Houjie Town will grow.", [], ["Houjie Town"]),
        ("the Shajing Subdistrict and Xiaolan town", [], ["Shajing Subdistrict", "Xiaolan town"]),
        ("New Town and University Town will grow.", [], []),
        ("Changjiang town in Rugao", ["Rugao"], ["Changjiang town"]),
        ("Changjiang town in Rugao", ["Changjiang"], []),
        ("Houjie Towns", [], []),
    ],
    ids=["with its designation", "in lower case", "English names", "a place after it", "a name taken", "plural"],
)
def test_towns_have_pinyin_names_and_a_designation(text, names, expected):
    found = TOWNS.towns(text, _places(text, *names))
    assert [text[z.start : z.end] for z in found] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # a town lies in the place named after it, and is shown by its bare name
            "Changjiang town in Rugao will develop textiles.",
            {("Changjiang", "town", "Jiangsu", "Nantong", "textiles")},
        ),
        (  # ... so a county's name in a town's is the town's, and so is the bare name the text goes on to use
            "Changjiang town in Rugao will develop textiles. Changjiang will also build a robotics base.",
            {("Changjiang", "town", "Jiangsu", "Nantong", "textiles"),
             ("Changjiang", "town", "Jiangsu", "Nantong", "robotics")},
        ),
        (  # ... even before the town is named in full, and "the subdistrict" refers back to it
            "Shenzhen news. Shajing will develop semiconductors. Shajing Subdistrict in Bao'an District will develop "
            "sensors. The subdistrict will also develop robots.",
            {("Shajing", "town", "Guangdong", "Shenzhen", s) for s in ("integrated_circuits", "sensors", "robotics")},
        ),
        (  # ... or in the last place named before it
            "Dongguan is a manufacturing city. Houjie Town will build a furniture base.",
            {("Houjie", "town", "Guangdong", "Dongguan", "furniture")},
        ),
        (  # ... or said to be located in one
            "Ezhou is in Hubei. The Zoumacun Village, located in Echeng District, will build a logistics hub.",
            {("Zoumacun", "town", "Hubei", "Ezhou", "logistics_hub")},
        ),
        (
            "Wuhan is in Hubei. Zhili Town is in Wuxing district. It will build a children's clothing base.",
            {("Zhili", "town", "Zhejiang", "Huzhou", "textiles")},
        ),
        (  # a city's name is no town's
            "Suzhou town planners will develop robots.",
            {("Suzhou", "prefecture", "Jiangsu", "Suzhou", "robotics")},
        ),
    ],
    ids=["in a place", "a county's name, then bare", "named bare first, then referred to", "no place with it",
         "located in a place", "is in a place", "a city"],
)
def test_facts_of_a_town_are_the_town_s(text, expected):
    assert _zone_rows(extract(text)) == expected


def test_a_zone_named_like_a_misspelt_city_is_a_zone_of_the_place_named_with_it():
    """"Xiaolan" is one edit from Xiaogan (Hubei), but a word a zone's designation follows is the zone's own name."""
    (fact,) = extract("Nanchang is the capital of Jiangxi. The Xiaolan Economic Development Zone in Nanchang will "
                      "make auto parts.")
    assert (fact.place, fact.zone, fact.sector_id) == ("Nanchang", "Xiaolan Economic Development Zone", "auto_parts")
