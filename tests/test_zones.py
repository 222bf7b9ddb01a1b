"""Zones named after a place: found by `nlp.zones`, made places by the tagger, facts of their own."""

from __future__ import annotations

import pytest

from policyextract.gazetteer import zone_id, zone_parent
from policyextract.nlp.zones import ZoneFinder, zone_display_name

from conftest import extract

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
    ],
    ids=["designation", "possessive and own name", "place in place", "hyphenated places", "and in the designation"],
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
        ("Yixing Textile Industrial Park", ["Yixing"], ["Textile"]),  # a sector in the name: a named cluster
        ("Suzhou Industrial Park", ["Suzhou", "Suzhou Industrial Park"], []),  # listed in the gazetteer
    ],
    ids=["no designator", "not a name", "too long", "a sector in it", "a listed zone"],
)
def test_no_zone(text, places, others):
    assert FINDER.zones(text, _places(text, *places), _places(text, *others)) == []


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
        (  # the zone's place is no builder of its own, nor is the province that holds it
            "Changsha High-tech Zone in Hunan will develop construction machinery.",
            {("Changsha High-tech Zone", "zone", "Hunan", "Changsha", "engineering_machinery")},
        ),
        (  # a zone listed in the gazetteer stays its own place
            "Suzhou Industrial Park will develop nanotechnology.",
            {("Suzhou Industrial Park", "new_area", "Jiangsu", "Suzhou", "new_materials")},
        ),
        (  # a district's bare name is no form of its own, but before a zone's designation it names the zone's place
            "The Jiangning Development Zone will develop biomedicine. Qiantang New Area will build a robotics base.",
            {("Jiangning Development Zone", "zone", "Jiangsu", "Nanjing", "biomedicine"),
             ("Qiantang New Area", "zone", "Zhejiang", "Hangzhou", "robotics")},
        ),
        (  # a zone named in full, then in short, is one zone: the fuller name's
            "The Chengdu Hi-Tech Industrial Development Zone will grow. The Chengdu Hi-Tech Zone will focus on "
            "biomedicine, and the Chengdu Economic Development Zone on robots.",
            {("Chengdu Hi-Tech Industrial Development Zone", "zone", "Sichuan", "Chengdu", "biomedicine"),
             ("Chengdu Economic Development Zone", "zone", "Sichuan", "Chengdu", "robotics")},
        ),
        (  # ... but a place put before a zone's name does not make a fuller name
            "Hangzhou Qiantang New Area was set up in April. Qiantang New Area will build a robotics base.",
            {("Qiantang New Area", "zone", "Zhejiang", "Hangzhou", "robotics")},
        ),
        (  # ... when it names one place only: there are Gulou districts in several cities
            "The Gulou Economic Development Zone will develop biomedicine.",
            set(),
        ),
    ],
    ids=["zone and its pronoun", "named after several places", "in its province", "listed zone",
         "named after a district", "one zone named in full and in short", "a place before a zone's name",
         "named after one of several districts"],
)
def test_facts_of_a_zone_are_the_zone_s(text, expected):
    assert {(f.place, f.place_level, f.province, f.city, f.sector_id) for f in extract(text)} == expected
