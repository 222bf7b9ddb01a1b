"""Fact extraction on the sentence shapes plans use (texts written for the tests, not the seeds)."""

import dataclasses
import random

import pytest

from conftest import extract, make_source
from policyextract import facts
from policyextract.model import Fact
from policyextract.run import process_document


def pairs(text: str, **kwargs) -> set[tuple[str, str]]:
    """(place or zone, sector) of a text's facts: the zone or town a fact is stated of, else its place."""
    return {(f.zone or f.place, f.sector_id) for f in extract(text, **kwargs)}


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Guangdong's home appliances, Jiangsu's textiles and Shandong's petrochemicals will be upgraded.",
            {("Guangdong", "home_appliances"), ("Jiangsu", "textiles"), ("Shandong", "petrochemicals")},
        ),
        (
            "Traditional sectors such as steel in Hebei, coal in Inner Mongolia and shipbuilding in Liaoning will be upgraded.",
            {("Hebei", "steel"), ("Inner Mongolia", "coal"), ("Liaoning", "shipbuilding")},
        ),
        (
            "The province will build a biomedicine industrial cluster in Chengdu, while an aerospace base will be set up in Mianyang.",
            {("Chengdu", "biomedicine"), ("Mianyang", "aerospace")},
        ),
        (
            "Cities including Hefei, Wuhu and Bengbu will develop new materials and integrated circuits.",
            {(c, s) for c in ("Hefei", "Wuhu", "Bengbu") for s in ("new_materials", "integrated_circuits")},
        ),
        (
            "National logistics hubs will be built in Xi'an, Lanzhou and Urumqi.",
            {("Xi'an", "logistics_hub"), ("Lanzhou", "logistics_hub"), ("Urumqi", "logistics_hub")},
        ),
        (  # a place's possessive owns the whole list of cluster phrases after it, not only the first
            "The province will back Wuhu's robot industry cluster, photovoltaic industry base and Bengbu's glass "
            "industry cluster.",
            {("Wuhu", "robotics"), ("Wuhu", "solar_pv"), ("Bengbu", "construction_materials")},
        ),
        (
            "Shandong announced 15 future industry clusters, with Jinan's quantum industry cluster, aerospace "
            "industry cluster and a future network industry cluster selected.",
            {("Shandong", "future_industries"), ("Jinan", "quantum"), ("Jinan", "aerospace"),
             ("Jinan", "next_generation_networks")},
        ),
    ],
)
def test_sentence_shapes(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # a cluster's name holds its places and sectors, whatever lies between them
            "Winners include the Wuxi Internet of Things cluster, the Guangzhou-Foshan-Huizhou "
            "ultra-high-definition video and smart home appliances cluster and the Changsha "
            "construction machinery cluster.",
            {("Wuxi", "internet_of_things"), ("Changsha", "engineering_machinery")}
            | {(c, s) for c in ("Guangzhou", "Foshan", "Huizhou") for s in ("new_display", "home_appliances")},
        ),
        (  # ... a capitalised name's words all its own: "Electrical" is no sector, and the list lends it none
            "The winners are the Ningbo New Material Industrial Cluster, the Wenzhou Yueqing Electrical Industrial "
            "Cluster and the Jinhua Modern Textile Industrial Cluster.",
            {("Ningbo", "new_materials"), ("Jinhua", "textiles")},
        ),
        (  # ... but names that open clauses of their own are no list: their places pair with the clauses' sectors
            "The Tianjin pilot zone will focus on smart manufacturing, while the Hangzhou pilot zone will focus on "
            "finance.",
            {("Tianjin", "intelligent_manufacturing"), ("Hangzhou", "finance")},
        ),
        (  # hyphen-joined places are one list
            "Aerospace will be developed in Chengdu-Deyang-Mianyang, and new materials in Wuhan.",
            {(c, "aerospace") for c in ("Chengdu", "Deyang", "Mianyang")} | {("Wuhan", "new_materials")},
        ),
        (  # a clause's sectors go with its own subject, not with a nearer place across "while"
            "Changzhou will develop new carbon materials, while Nanjing focuses on software and information services.",
            {("Changzhou", "new_materials"), ("Nanjing", "software")},
        ),
        (  # nor across a semicolon
            "Wuxi will expand its Internet of Things industry; Xuzhou, construction machinery.",
            {("Wuxi", "internet_of_things"), ("Xuzhou", "engineering_machinery")},
        ),
        (  # "and" opening a clause of its own: the gapped verb makes Baoji a new subject
            "Xi'an is encouraged to develop aerospace and Baoji to develop titanium materials.",
            {("Xi'an", "aerospace"), ("Baoji", "vanadium_titanium")},
        ),
        (  # ... or a comma: "Tianjin will be" opens the next clause
            "Beijing will become a technological innovation center, Tianjin will be a shipping hub, while Hebei will "
            "be a base for logistics.",
            {("Beijing", "science_innovation_center"), ("Tianjin", "shipping_ports"), ("Hebei", "logistics")},
        ),
        (  # ... or its plan's, named by the place alone
            "Nanning's plan focuses on information technology, Chongzuo's will make full use of its ties with ASEAN.",
            {("Nanning", "new_generation_it")},
        ),
        (  # a fronted sector phrase belongs to the subject that follows it
            "As for its non-ferrous metals industry, Shanxi plans to build aluminum clusters in Lvliang and Yuncheng.",
            {("Shanxi", "non_ferrous_metals"), ("Lvliang", "aluminum"), ("Yuncheng", "aluminum")},
        ),
        (  # the verb said once, then gapped: "Xiangyang on automobiles"
            "Wuhan focuses on optoelectronics, Xiangyang on automobiles, and Yichang on chemicals.",
            {("Wuhan", "optoelectronics"), ("Xiangyang", "automobiles"), ("Yichang", "chemicals")},
        ),
        (  # ... after a first clause whose own object is no sector: its place takes none of the gapped clauses'
            "Shenzhen is expected to focus on technology, Guangzhou on transportation, and Hong Kong on finance.",
            {("Hong Kong", "finance")},
        ),
        (  # a list of places, each "for" its sector, set off by dashes: the dash introduces no examples
            'The corridors include: - "Wuhan-Ezhou" for optoelectronic information - "Xiaogan-Suizhou" for new '
            'materials - Yichang for biomedicine.',
            {("Wuhan", "optoelectronics"), ("Ezhou", "optoelectronics"), ("Xiaogan", "new_materials"),
             ("Suizhou", "new_materials"), ("Yichang", "biomedicine")},
        ),
        (  # a place that is only the topic of an undertaking listed after the sectors takes none of them
            "Ordos will focus on new energy, the intelligent coal industry, the ecological protection of the Yellow "
            "River Basin, and the development of the Hohhot-Baotou city group.",
            {("Ordos", "new_energy"), ("Ordos", "coal")},
        ),
        (  # ... unless its own item names its sector
            "Ordos will focus on new energy and the development of Baotou as a rare earth base.",
            {("Ordos", "new_energy"), ("Baotou", "rare_earth")},
        ),
        (  # a comma and "and" before a place with its own verb open its clause: no list of two has them
            "New materials will be developed in Changzhou, and Wuxi will focus on software.",
            {("Changzhou", "new_materials"), ("Wuxi", "software")},
        ),
        (  # a clause that opens on sectors puts all of them where it locates them, adverb and all
            "Petrochemicals will be developed in Ningbo; modern services such as finance and logistics and equipment "
            "such as robots will be mainly located in Hangzhou, and Wenzhou will be responsible for footwear.",
            {("Ningbo", "petrochemicals"), ("Hangzhou", "finance"), ("Hangzhou", "logistics"),
             ("Hangzhou", "robotics"), ("Wenzhou", "leather_footwear")},
        ),
        (  # ... but a clause that names its subject first keeps the sectors it names
            "Wuhan will develop optics and will build a car base in Xiangyang.",
            {("Wuhan", "optoelectronics"), ("Xiangyang", "automobiles")},
        ),
    ],
    ids=["places and sectors in a cluster's name", "a list of named clusters", "named clusters opening clauses",
         "hyphen-joined places", "while",
         "semicolon", "and-clause", "comma-clause", "an elided plan opening a clause", "fronted", "gapped verb",
         "gapped verb, first object no sector", "for each", "topic of an undertaking",
         "undertaking with its own sector", "a comma and 'and' before a clause", "a clause opening on sectors",
         "a clause opening on its subject"],
)
def test_cluster_names_place_lists_and_clauses(text, expected):
    assert pairs(text) == expected


def test_a_cluster_name_takes_its_modifiers_and_place():
    """'new-generation' belongs to the cluster's name, so the place before it does too."""
    text = "The Shenzhen new-generation information and communication cluster was selected."
    (fact,) = extract(text)
    assert (fact.place, fact.sector_id) == ("Shenzhen", "communications_equipment")
    assert fact.cluster == "Shenzhen new-generation information and communication cluster"


def test_qualifying_province_is_not_a_fact_place():
    found = pairs("Logistics hubs will be built in cities like Hunan Province’s Yueyang and Hubei's Yichang.")
    assert found == {("Yueyang", "logistics_hub"), ("Yichang", "logistics_hub")}


@pytest.mark.parametrize(
    "text",
    [
        "Shenzhen will develop strategic emerging industries such as integrated circuits and new materials.",
        "Shenzhen will develop strategic emerging industries - integrated circuits and new materials.",
        "Shenzhen will develop strategic emerging industries, including the \"integrated circuits\" and new materials.",
        "Shenzhen will develop seven emerging industries – namely, integrated circuits and new materials.",
    ],
)
def test_umbrella_term_before_examples_is_not_a_fact(text):
    assert pairs(text) == {("Shenzhen", "integrated_circuits"), ("Shenzhen", "new_materials")}


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # the members follow after the cluster word and an introducer
            "Wuhan will focus on cultivating advanced manufacturing clusters such as optoelectronics and biomedicine.",
            {("Wuhan", "optoelectronics"), ("Wuhan", "biomedicine")},
        ),
        (  # the first member is not a listed sector; the introducer still stands before the list
            "Ningbo will foster four strategic emerging industries, namely marine technology, new materials and "
            "integrated circuits.",
            {("Ningbo", "new_materials"), ("Ningbo", "integrated_circuits")},
        ),
        (
            "Hangzhou will cultivate five emerging industries related to artificial intelligence and robotics.",
            {("Hangzhou", "artificial_intelligence"), ("Hangzhou", "robotics")},
        ),
        (
            "Chongqing will strengthen strategic emerging industries, focusing on the development of three clusters: "
            "new energy vehicles, integrated circuits and biomedicine.",
            {("Chongqing", s) for s in ("new_energy_vehicles", "integrated_circuits", "biomedicine")},
        ),
        (  # it points back to members named before
            "Zhuhai will accelerate the development of these three strategic emerging industries.",
            set(),
        ),
        (  # it classes a member named before
            "Wuxi regards the biomedical industry as a strategic emerging industry that is key to its future.",
            {("Wuxi", "biomedicine")},
        ),
        (  # it only describes firms
            "By 2025, the number of high-tech enterprises in Xi'an will reach 9,000.",
            set(),
        ),
        (  # the chains of its members
            "Suzhou will grow four emerging industry chains of new energy and biomedicine.",
            {("Suzhou", "new_energy"), ("Suzhou", "biomedicine")},
        ),
        (  # it counts members named elsewhere, as a plan's label does
            "Xiamen aims at a scale of 800 billion yuan for the four strategic emerging industries by 2027.",
            set(),
        ),
        (  # firms as an item of a list of industries stand for their industry
            "Jilin will emphasise industries such as equipment manufacturing, high-tech firms and modern logistics.",
            {("Jilin", "equipment_manufacturing"), ("Jilin", "high_tech_industries"), ("Jilin", "logistics")},
        ),
        (  # planned for itself, with other sectors beside it but not as its members
            "Hefei will expand strategic emerging industries and upgrade its textile industry.",
            {("Hefei", "strategic_emerging_industries"), ("Hefei", "textiles")},
        ),
        (  # clusters "for" its members
            "Jinshan District will foster strategic emerging industry clusters for new materials and biomedicine.",
            {("Jinshan", "new_materials"), ("Jinshan", "biomedicine")},
        ),
        (  # an adjective of a member
            "Yantai will build a high-tech commercial aerospace industrial cluster.",
            {("Yantai", "satellites")},
        ),
        (
            "Hefei will develop high-tech and new materials industries.",
            {("Hefei", "high_tech_industries"), ("Hefei", "new_materials")},
        ),
    ],
)
def test_umbrella_term_standing_for_its_members_is_not_a_fact(text, expected):
    assert pairs(text) == expected


def test_scene_setting_opener_does_not_take_the_sectors():
    found = pairs("In Shaanxi, China will establish an aerospace industrial cluster in Xi'an.")
    assert found == {("Xi'an", "aerospace")}


def test_heading_sets_the_sector_for_the_paragraph():
    text = "Integrated circuits\n\nKey cities include Wuxi, Hefei and Xiamen.\n"
    assert pairs(text) == {(c, "integrated_circuits") for c in ("Wuxi", "Hefei", "Xiamen")}


def test_a_headline_naming_a_place_sets_no_sector_for_what_follows():
    """A headline ("Advanced manufacturing drives Xi'an's economy") is not a section title."""
    text = "Advanced manufacturing industry drives Xi'an's economy\n\nFrom January to May, output in Xi'an grew 10 percent.\n"
    assert pairs(text) == set()


def test_no_sector_no_fact():
    assert pairs("The central region includes Shanxi, Anhui, Jiangxi, Henan, Hubei and Hunan.") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Zhang Wei, director of the Finance Institute of Nanjing University, praised new materials.",
        "In Fujian, Zhangzhou Petrochemical Co., Ltd. started production in 2022.",
        "Tangshan Steel Holdings opened a plant in Hebei last year.",
        "Robotics will grow, the Shanghai Securities News reported.",
        "The event was co-hosted by Shanghai Jiao Tong University and the Shanghai AI Laboratory.",
        "The zone has ten funds, including the Xi'an Aviation New Energy Industrial Fund.",
        "Yesterday, China Baowu Taiyuan Iron and Steel (Group) Co., Ltd. signed the contract.",
        "The Hainan Commercial Space Launch Site will help the city grow.",
        "The Guangdong Science and Technology Museum will host a robotics show.",
        "The Fangchenggang Nuclear Power Plant is the first nuclear power project in Western China.",
        "One success story is iFLYTEK (Suzhou) Technology, a company specialising in robotics.",
    ],
    ids=["institute of a university", "company with Co., Ltd.", "holding company", "newspaper", "laboratory",
         "fund", "a group company", "a launch site", "a museum", "a power plant", "a firm's branch in brackets"],
)
def test_places_and_sectors_inside_organisation_names_are_not_facts(text):
    assert pairs(text) == set()


@pytest.mark.parametrize(
    "text, expected",
    [("The output of new energy vehicles in northwest China Shaanxi Province grew.", {("Shaanxi", "new_energy_vehicles")}),
     ("Jiangsu Suzhou will build a biomedicine cluster.", {("Suzhou", "biomedicine")}),
     ("Guizhou, a Southwest China province rich in manganese, will build a battery cluster.",
      {("Guizhou", "batteries")}),
     ("Huizhou will grow its health care industry, forming an industrial system within the Greater Bay Area.",
      {("Huizhou", "health_care")}),
     ("Clusters of robotics will be built within the Yangtze River Delta.", {("Yangtze River Delta", "robotics")}),
     ("A lithium battery base is to be established in Yichun in the eastern Jiangxi province.",
      {("Yichun", "batteries")}),
     ("Baotou, a city to the west of regional capital Hohhot, the Inner Mongolia autonomous region, is stepping "
      "up its new energy development.", {("Baotou", "new_energy")})],
    ids=["a region before its province", "a province before its city", "an appositive that calls it the region's",
         "a region a builder works within", "a region that builds within itself", "in the eastern province",
         "a landmark and its region"],
)
def test_a_place_written_before_the_one_it_contains_only_locates_it(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize(
    "text, deadline, scope",
    [
        ("Suzhou will build a world-class biomedicine cluster by 2025.", 2025, "sentence"),
        ("By the end of 2030, Qingdao will form a marine equipment industrial base.", 2030, "sentence"),
        ("As of the end of 2022, Ningbo had built a petrochemical base, and it will grow.", None, None),
        ("In the first half of 2023, Changzhou will expand its new energy vehicles output.", None, None),
        ("By the end of 2014, Xi'an had formed an aerospace cluster, and it will grow.", None, None),
    ],
)
def test_deadlines(text, deadline, scope):
    facts = extract(text)
    assert facts, text
    assert {(f.deadline, f.deadline_scope) for f in facts} == {(deadline, scope)}


def test_a_plan_period_in_the_title_is_the_document_s_not_a_fact_s_deadline():
    """A fact's deadline is what its own text sets; the plan's period is the document's `plan_period_end`."""
    result = process_document(make_source(
        "Hefei will build a new-energy vehicle industrial cluster.", title="Anhui NEV Cluster Action Plan (2021-2025)"
    ))
    assert [(f.deadline, f.deadline_scope) for f in result.facts] == [(None, None)]
    assert result.plan_period_end == 2025


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Gulou District of Fuzhou will develop software.", {"350102"}),
        ("Fuzhou's Gulou District will develop software.", {"350102"}),
        ("In Jiangsu, Gulou District of Xuzhou will develop software.", {"320302"}),
        ("Chongqing's Jiangbei District will build a financial services cluster.", {"500105"}),
        ("Ningbo's Jiangbei District will build a new materials cluster.", {"330205"}),
        ("Tianjin's Tanggu District will build a petrochemical base.", {"120107"}),  # abolished in 2009
    ],
)
def test_a_district_takes_the_city_named_beside_it(text, expected):
    """The city only says where the district is, and settles which of its namesakes it is."""
    assert {f.place_id for f in extract(text)} == expected


@pytest.mark.parametrize(
    "text, place, province",
    [
        ("Northern Jiangsu will build a new energy equipment base.", "Northern Jiangsu", "Jiangsu"),
        ("The guideline sets a focus on textiles in southern Xinjiang.", "Southern Xinjiang", "Xinjiang"),
        ("The Chang-Zhu-Tan city cluster will build a rail transit equipment base.",
         "Changsha-Zhuzhou-Xiangtan City Cluster", "Hunan"),
        ("The Yangtze River Delta will build a new energy vehicle cluster.", "Yangtze River Delta", None),
    ],
)
def test_a_region_inside_one_province_rolls_up_to_it(text, place, province):
    """A part of one province keeps its own name and the province it lies in; a region across provinces has none."""
    assert {(f.place, f.province) for f in extract(text)} == {(place, province)}


def test_homonym_settled_by_province_in_sentence():
    facts = extract("In Anhui, Suzhou and Bengbu will build new materials bases.")
    assert {f.place_id for f in facts} >= {"341300"}
    facts = extract("Suzhou in Jiangsu will build a biomedicine cluster.")
    assert {f.place_id for f in facts} == {"320500"}


def test_misspelt_city_is_resolved_and_kept_as_written():
    facts = extract("An automobile alliance of Wuhan, Changsha and Jingdezen will be formed.")
    by_place = {f.place_id: f for f in facts}
    assert "360200" in by_place
    assert by_place["360200"].place_text == "Jingdezen"


def test_fact_rows_are_unique_and_ids_stable():
    text = "Wuhan will build an optoelectronics cluster. Wuhan's optoelectronics cluster will grow by 2025."
    facts = extract(text)
    assert len({f.fact_id for f in facts}) == len(facts)
    again = extract("Preface.\n\n" + text)
    assert {f.fact_id for f in facts} == {f.fact_id for f in again}
    assert [f.deadline for f in facts] == [2025]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Zhuhai in south China's Guangdong province has been promoting integrated circuits.",
            {("Zhuhai", "integrated_circuits")},
        ),
        (
            "In the plain of northern Jiangsu, Xuzhou City promotes four major industrial clusters, including new energy and new materials.",
            {("Xuzhou", "new_energy"), ("Xuzhou", "new_materials")},
        ),
        (
            "On the banks of Dianchi Lake, Kunming is building a biomedicine base.",
            {("Kunming", "biomedicine")},
        ),
        (  # a river named after a city is no place of the sentence
            "Shanghai will build a biomedicine park along Suzhou Creek.",
            {("Shanghai", "biomedicine")},
        ),
        (  # a sea named after a region is no place of the sentence
            "Amid tensions in the South China Sea, Hainan will develop the marine economy and gold and jewelry.",
            {("Hainan", "marine_economy"), ("Hainan", "light_industry")},
        ),
        (
            "World-class clusters will be built in the Yangtze River Economic Belt, with five industries - electronics, home appliances and textiles - as priorities.",
            {("Yangtze River Economic Belt", s) for s in ("electronic_information", "home_appliances", "textiles")},
        ),
        (
            "The city in eastern China, where many carmakers are based, unveiled a plan for new energy vehicles.",
            set(),
        ),
        (
            "Hefei, located in central China, will build a new energy vehicle cluster by 2027.",
            {("Hefei", "new_energy_vehicles")},
        ),
        (
            "Central China will build a new energy vehicle cluster by 2027.",
            {("Central China", "new_energy_vehicles")},
        ),
        (
            "Jiangxi Province, in eastern China, will build an aviation industry cluster by 2025.",
            {("Jiangxi", "aviation")},
        ),
        (
            "Changsha, the capital of central China's Hunan Province, will build a construction machinery cluster.",
            {("Changsha", "engineering_machinery")},
        ),
        (
            "Nanning, the capital city of Guangxi, will develop electronic information.",
            {("Nanning", "electronic_information")},
        ),
        (
            "Ganzhou will build a base for textile industries transferred from Guangdong.",
            {("Ganzhou", "textiles")},
        ),
        (  # a participle that locates the subject after it
            "Located in the south of Hunan Province, Chenzhou will build a non-ferrous metals base.",
            {("Chenzhou", "non_ferrous_metals")},
        ),
        (
            "Sitting on the coast of Guangxi, Qinzhou is developing petrochemicals.",
            {("Qinzhou", "petrochemicals")},
        ),
        (  # ... but not a place it locates when no place follows
            "Located in Hainan, the port will develop logistics.",
            {("Hainan", "logistics")},
        ),
        (  # the larger place whose thing a place is said to be
            "Zhuzhou: Hunan Province's Key Rail Transit Equipment Hub",
            {("Zhuzhou", "rail_transit_equipment")},
        ),
        (
            "Yibin becomes Sichuan's battery base.",
            {("Yibin", "batteries")},
        ),
        (  # ... or set off by dashes
            "Baotou—Inner Mongolia's industrial hub—will build rare earth clusters.",
            {("Baotou", "rare_earth")},
        ),
        (  # a larger place that owns no thing of the smaller
            "Yibin and Sichuan: battery bases",
            {("Yibin", "batteries"), ("Sichuan", "batteries")},
        ),
        (
            "The central region will undertake electronics industries relocated from the eastern region.",
            {("Central China", "electronic_information")},
        ),
        (  # ... or where a company is based
            "Iconiq Motors, an electric vehicle maker based in Tianjin, will research artificial intelligence systems.",
            set(),
        ),
        (  # ... not where a cluster is
            "The county will build a cluster for the tea industries based in Taishun.",
            {("Taishun", "tea")},
        ),
        (  # ... or that industries move out of
            "Xinjiang will take labor-intensive industries such as textiles out of the Pearl River Delta.",
            {("Xinjiang", "textiles")},
        ),
        (  # every place industry leaves, not only the first of the list
            "Cangzhou is a port city. The city will help industries relocate from Beijing and Tianjin, such as "
            "petrochemicals.",
            {("Cangzhou", "petrochemicals")},
        ),
        (  # where the firms come from, not where the cluster is built
            "A furniture center will be built in Yiyang, home to hundreds of enterprises from the prosperous Pearl "
            "River Delta.",
            {("Yiyang", "furniture")},
        ),
        (  # ... or where goods are brought from
            "The PTA transported from Lianyungang, Nantong and other places is woven into textiles in Suqian.",
            {("Suqian", "textiles")},
        ),
        (  # what a place lies between, the second with its article too
            "Yunfu, situated between the Pearl River Delta and the Guangxi Zhuang autonomous region, will build a "
            "stone industry park.",
            {("Yunfu", "construction_materials")},
        ),
        (  # where the markets lured come from
            "The zone in Baoding hopes to lure garment markets from the area around Beijing Zoo.",
            {("Baoding", "textiles")},
        ),
        (  # the larger place a subject's rank is measured in
            "Zhuzhou will be built into a leading rail transit equipment base in central China.",
            {("Zhuzhou", "rail_transit_equipment")},
        ),
        (
            "Baoji is to become the largest titanium base in Shaanxi by 2030.",
            {("Baoji", "vanadium_titanium")},
        ),
        (  # ... or named as the larger place the role is of
            "Mianyang aims to become the new energy vehicle industry cluster of Sichuan.",
            {("Mianyang", "new_energy_vehicles")},
        ),
        (  # a government said to be of a larger place
            "The Baotou government of the Inner Mongolia autonomous region will develop modern energy.",
            {("Baotou", "energy")},
        ),
        (  # ... however long the list of roles before it
            "We will endeavor to build Jingzhou into a central city in the Jianghan Plain, a major producer of "
            "machinery and chemical products and a comprehensive transport hub in the middle reaches of the Yangtze "
            "River, and a major economic growth pole in the middle reaches of the Yangtze River.",
            {("Jingzhou", "transport_hub"), ("Jingzhou", "machinery"), ("Jingzhou", "chemicals")},
        ),
        (  # ... or whose development it serves
            "Ningbo and Zhoushan have been positioned as pivotal hubs for the maritime economic development of "
            "East China's Zhejiang province.",
            {("Ningbo", "marine_economy"), ("Zhoushan", "marine_economy")},
        ),
        (
            "Wuhu will build a robot cluster to drive the industrial upgrading of Anhui.",
            {("Wuhu", "robotics")},
        ),
        (  # ... not a place that holds no builder named before it
            "The plan supports the development of Anhui and Hefei in new energy vehicles.",
            {("Anhui", "new_energy_vehicles"), ("Hefei", "new_energy_vehicles")},
        ),
        (  # the neighbours and distances that locate a park
            "The park, 39 km from Wuhan and adjacent to Xiaogan, will develop logistics.",
            set(),
        ),
        (  # ... or the places a subject is near
            "Qinghai's proximity to Tibet, Xinjiang and Shaanxi means shorter distances for its solar panel industry.",
            {("Qinghai", "solar_pv")},
        ),
        (  # ... but the one place a sentence names says where its subject is
            "About 12 km from the Beijing Daxing International Airport, the base will gather satellite firms.",
            {("Daxing", "satellites")},
        ),
        (
            "Hanchuan will build a furniture base next to Dongxihu District.",
            {("Hanchuan", "furniture")},
        ),
        (
            "Kunshan, 40 minutes away from Shanghai, will develop semiconductors.",
            {("Kunshan", "integrated_circuits")},
        ),
        (
            "Suzhou, in Jiangsu and not far from Shanghai, will promote the development of big aircraft.",
            {("Suzhou", "aviation")},
        ),
        (  # a place in a speaker's title
            "Beihai will build an electronics base, Lan Tianli, vice-governor of Guangxi, said on Monday.",
            {("Beihai", "electronic_information")},
        ),
        (
            "Beihai will build an electronics base, said Zhou Jun, the mayor of Nanning.",
            {("Beihai", "electronic_information")},
        ),
        (  # ... which, named alone, may well be the builder
            "The region will build an electronics base, said Lan Tianli, vice-governor of Guangxi.",
            {("Guangxi", "electronic_information")},
        ),
        (  # the markets a place's firms serve
            "The park will focus on the South China and Southeast Asia markets in automobiles and home appliances.",
            set(),
        ),
        (  # an event named after places
            "An aerospace innovation center is unveiled at the second Suzhou (Taicang) aerospace conference.",
            set(),
        ),
        (  # ... games held there
            "Yanqing will build hydrogen stations in time for the 2022 Beijing Winter Olympic Games.",
            {("Yanqing", "hydrogen_energy")},
        ),
        (  # a place's downtown, a distance away
            "Hydrogen energy will be used in Yanqing District, located around 75km northwest of downtown Beijing.",
            {("Yanqing", "hydrogen_energy")},
        ),
        (
            "The Ningbo New Materials Industrial Convention was held on July 9 to promote new materials.",
            set(),
        ),
        (  # ... not a landmark named after one
            "Guizhou will build a tourism belt linking the Zunyi Conference Site and other sites.",
            {("Guizhou", "tourism"), ("Zunyi", "tourism")},
        ),
        (
            "Taicang will build an aerospace center, announced at the Suzhou aerospace forum.",
            {("Taicang", "aerospace")},
        ),
        (
            "Shenzhen will host a drone expo and build a drone cluster.",
            {("Shenzhen", "drones")},
        ),
        (  # a possessive subject: the sectors its clause singles out are its own
            "Shanxi's light industry -- especially the liquor, textiles and ceramics sectors -- will focus on brands.",
            {("Shanxi", s) for s in ("light_industry", "beverages_liquor", "textiles", "ceramics")},
        ),
        (  # ... not those of another clause with its own verb
            "Beijing's connected car industry will adopt big data, the company will build a cluster with "
            "intelligent manufacturing.",
            {("Beijing", "intelligent_connected_vehicles"), ("Beijing", "big_data")},
        ),
        (  # a named base as the subject: what it builds is its place's
            "Wuhan National Aerospace Industry Base is committed to building leading industries such as "
            "satellites and new materials.",
            {("Wuhan", "aerospace"), ("Wuhan", "satellites"), ("Wuhan", "new_materials")},
        ),
        (  # a dateline with the country
            "WUXI, China, April 22, 2021 /PRNewswire/ -- Experts discussed healthcare. Suzhou will build a chip hub.",
            {("Suzhou", "integrated_circuits")},
        ),
        (  # a dateline in capitals after a time stamp
            "Updated: 2008-01-05 16:41 SHENYANG - China plans to make Dalian a shipping and logistics center.",
            {("Dalian", "shipping_ports"), ("Dalian", "logistics")},
        ),
        (  # ... or before a colon
            "Aviation news\n\nSHANGHAI: The eastern city of Wuxi will become a base for the aviation industry.",
            {("Wuxi", "aviation")},
        ),
        (  # ... but a title's label in capitals names its subject
            "ZHEJIANG: Part of the national hydrogen fuel cell vehicle demonstration city alliances\n\nCities joined.",
            {("Zhejiang", "new_energy_vehicles")},
        ),
        (  # a place left out
            "Guangdong will build chip clusters in all cities except Shenzhen.",
            {("Guangdong", "integrated_circuits")},
        ),
        (  # a name an appositive gives the region before it
            "Hebei will expand modern logistics and tourism in the region, known as the Bohai Rim Economic Circle.",
            {("Hebei", "logistics"), ("Hebei", "tourism")},
        ),
        (  # a column's label in square brackets
            "[East China Economy: Jiangsu Chapter] Wuxi will build an IoT hub.",
            {("Wuxi", "internet_of_things")},
        ),
        (  # a region after "in" in a sentence about a place it refers back to
            "Anshan has a long history. The city will build an equipment manufacturing base in the Northeast region.",
            {("Anshan", "equipment_manufacturing")},
        ),
        (
            "Shantou is big. After completion, it will become the largest exhibition center in eastern Guangdong.",
            {("Shantou", "convention_exhibition")},
        ),
        (  # ... or after "along"
            "Jiujiang will build a regional shipping center and a demonstration zone for green development along the "
            "Yangtze River Economic Belt.",
            {("Jiujiang", "shipping_ports")},
        ),
        (  # ... also when it opens on the place's goals
            "Baoding is big. The city's goals include building a core production base for light vehicles in North "
            "China.",
            {("Baoding", "automobiles")},
        ),
        (  # ... not where an item of a list goes
            "Shanxi is big. The province will develop clusters for liquor (in Lyuliang city) and wine (in northern Shanxi).",
            {("Shanxi", "beverages_liquor"), ("Lvliang", "beverages_liquor"), ("Northern Shanxi", "beverages_liquor")},
        ),
        (  # ... not in one that names its builder
            "China will build an equipment manufacturing base in the Northeast region.",
            {("Northeast China", "equipment_manufacturing")},
        ),
        (  # a list after "in" names where bases go, though its first place holds one named before
            "The plan builds Zhongyuan District's hub and four equipment manufacturing bases in Zhengzhou, "
            "Xinxiang and Anyang.",
            {(p, "equipment_manufacturing") for p in ("Zhongyuan", "Zhengzhou", "Xinxiang", "Anyang")},
        ),
        (  # a part of the country is a scope however the writer draws it: Shandong lies in East China
            "Zibo will become one of the biggest pre-prepared food bases in northern China.",
            {("Zibo", "food")},
        ),
        (  # ... not a place of the sentence's other clause, nor one that holds no subject
            "Changzhou will develop new materials; photovoltaic bases will be built in Jiangsu.",
            {("Changzhou", "new_materials"), ("Jiangsu", "solar_pv")},
        ),
        (
            "Wuxi will build an IoT hub in Anhui.",
            {("Wuxi", "internet_of_things"), ("Anhui", "internet_of_things")},
        ),
        (  # the province an appositive set off by dashes locates the subject in
            "Plans are for Taizhou – located in East China's Jiangsu province – to develop its big health industry.",
            {("Taizhou", "health_care")},
        ),
        (  # ... the city whose administration it is under
            "The shipbuilding industry in Jingjiang City, under the administration of Taizhou, Jiangsu Province, will grow.",
            {("Jingjiang", "shipbuilding")},
        ),
        (  # ... or the place a headline's label names ("Beijing: Shunyi will build ...")
            "Beijing: Shunyi will build new energy intelligent vehicle industry cluster",
            {("Shunyi", "new_energy_vehicles")},
        ),
        (  # ... and the province named after its kind
            "Chongqing and Chengdu, cities in the southwestern Chinese province of Sichuan, will build an auto cluster.",
            {("Chongqing", "automobiles"), ("Chengdu", "automobiles")},
        ),
        (  # ... or a dash and whose capital it is
            "Nanjing – the capital of the neighbouring eastern Jiangsu province – will promote robotics.",
            {("Nanjing", "robotics")},
        ),
        (  # ... set off by commas, with its part of the country
            "Kunshan, in East China's Jiangsu province, will build an electronics base.",
            {("Kunshan", "electronic_information")},
        ),
        (  # ... after another qualifier
            "Tongxiang, a county-level city in Jiaxing, in East China's Zhejiang province, will develop the digital "
            "economy.",
            {("Tongxiang", "digital_economy")},
        ),
        (  # ... or after a zone's short name in brackets
            "The Ningbo Economic and Technological Development Zone (NETDZ), a state-level zone in east China's "
            "Zhejiang Province, will develop robotics.",
            {("Ningbo Economic and Technological Development Zone", "robotics")},
        ),
        (  # ... or that of a city the sentence does not name
            "Record sales will make a city in Hebei province a key auto hub.",
            set(),
        ),
        (  # a district of a plan is no county
            "Sichuan will build a tourism district in Panzhihua.",
            {("Sichuan", "tourism"), ("Panzhihua", "tourism")},
        ),
        (  # an opener that says what the subject is only locates its role
            "As an important part of the integrated development of the Yangtze River Delta region, Jiaxing will "
            "focus on integrated circuits and biomedicine.",
            {("Jiaxing", "integrated_circuits"), ("Jiaxing", "biomedicine")},
        ),
        (
            "As a pilot zone for the innovation of the Guangdong-Hong Kong-Macao Greater Bay Area (GBA), Guangming "
            "is committed to developing biomedicine.",
            {("Guangming", "biomedicine")},
        ),
        (
            "As another major project of the Yangtze River Delta, the zone in Jiaxing will develop aerospace.",
            {("Jiaxing", "aerospace")},
        ),
        (  # ... or the opportunity the subject seizes
            "By seizing the major opportunities in the construction of the Yangtze River Economic Belt and Ganjiang "
            "New District, Jiujiang has worked to build a regional shipping center.",
            {("Jiujiang", "shipping_ports")},
        ),
        (  # ... or who approved it
            "Approved by the Minister of Agriculture and the Yantai government, the center in Shouguang will build a "
            "quality system for vegetables.",
            {("Shouguang", "vegetables")},
        ),
        (  # ... or the times it acts in, or whose help it has
            "As China continues to promote the integrated development of the Yangtze River Delta, Hefei will build a "
            "robotics cluster.",
            {("Hefei", "robotics")},
        ),
        (
            "Amid the integration of the Yangtze River Delta, Hefei will build a robotics cluster.",
            {("Hefei", "robotics")},
        ),
        (
            "With the support of Shanghai, Hefei will build a robotics cluster.",
            {("Hefei", "robotics")},
        ),
        (  # ... or the purpose it serves, after an attribution
            "Gui'an New Area was approved in 2014. According to Document No 2, in order to build a main battlefield "
            "for Guizhou to catch up, the area should become a base for equipment manufacturing.",
            {("Gui'an New Area", "equipment_manufacturing")},
        ),
        (  # ... not a topic the sentence goes on about, nor an opener with no subject after it
            "As for Hefei, it will build an NEV cluster.",
            {("Hefei", "new_energy_vehicles")},
        ),
        (
            "As a key city, Hefei and Wuhu will develop NEVs.",
            {("Hefei", "new_energy_vehicles"), ("Wuhu", "new_energy_vehicles")},
        ),
        (  # a possessive with an epithet between qualifies the place it holds
            "East China's economic powerhouse Jiangsu Province will develop an aerospace industry cluster.",
            {("Jiangsu", "aerospace")},
        ),
        (
            "Guangdong's manufacturing hub Dongguan will build a robot cluster.",
            {("Dongguan", "robotics")},
        ),
        (  # ... or whose thing, further on in the clause, the place named before is made
            "Luzhou has been recognized by the NDRC and the Ministry of Transport as Sichuan Province's sole national "
            "logistics hub.",
            {("Luzhou", "logistics_hub")},
        ),
        (  # a place whose members the sentence goes on to name
            "Chongqing districts such as Qijiang and Dadukou are prioritizing the light alloy industry.",
            {("Qijiang", "new_metal_materials"), ("Dadukou", "new_metal_materials")},
        ),
        (  # a route's end
            "Luzhou has launched regular foreign trade routes to Shanghai.",
            {("Luzhou", "trade_commerce")},
        ),
    ],
)
def test_qualifiers_openers_and_features(text, expected):
    assert pairs(text) == expected


def test_region_name_is_not_a_cluster_phrase():
    facts = extract("Automobile clusters will be built along the Yangtze River Economic Belt.")
    assert {(f.place, f.cluster) for f in facts} == {("Yangtze River Economic Belt", "Automobile clusters")}


def test_hyphenated_modifiers_stay_in_the_cluster_phrase():
    facts = extract("Chongqing will build a world-class electronics industry cluster.")
    assert [f.cluster for f in facts] == ["world-class electronics industry cluster"]


def test_labelled_and_parenthesised_lists():
    assert pairs("Key bases: Wuhan: optoelectronics; Changsha: construction machinery; Zhuzhou: rail transit equipment.") == {
        ("Wuhan", "optoelectronics"),
        ("Changsha", "engineering_machinery"),
        ("Zhuzhou", "rail_transit_equipment"),
    }
    assert pairs("Clusters will cover construction machinery (Changsha) and aerospace (Xi'an).") == {
        ("Changsha", "engineering_machinery"),
        ("Xi'an", "aerospace"),
    }


@pytest.mark.parametrize(
    "text, deadline",
    [
        ("During the 14th Five-Year Plan period, Xiamen will build a new display industrial cluster.", 2025),
        ("During the 14th Five-Year Plan period (2021-2025), Xiamen will build a new display industrial cluster.",
         2025),
        ("During 2021-2025, Xiamen will build a new display industrial cluster.", 2025),
        ('By the end of the "14th Five-Year Plan", Xiamen will build a new display industrial cluster.', 2025),
        ("By the end of the 13th Five-Year Plan period, Xiamen had built a new display industrial cluster.", None),
    ],
    ids=["a plan named by its number", "its years stated", "years alone", "by its end", "by its end, done"],
)
def test_a_five_year_plan_named_by_number_sets_its_last_year_for_what_is_planned(text, deadline):
    """What a plan is to build "during the 14th Five-Year Plan" is due by its last year, as annotators date it."""
    assert [f.deadline for f in extract(text)] == [deadline]


def test_cluster_complement_keeps_hyphenated_words():
    facts = extract("Wuhan will build an innovation centre for bio-breeding and seed industry in Hubei.")
    assert "innovation centre for bio-breeding" in {f.cluster for f in facts}


@pytest.mark.parametrize(
    "text, cluster",
    [
        ("The innovation chain of future industries is projected to take shape in Guangdong.",
         "innovation chain of future industries"),
        ("A hub of new materials was approved for Ningbo.", "hub of new materials"),
        ("Hefei builds a base of integrated circuits that serves the province.", "base of integrated circuits"),
    ],
    ids=["a verb", "a passive", "a relative pronoun"],
)
def test_cluster_complement_ends_where_the_clause_goes_on(text, cluster):
    assert {f.cluster for f in extract(text)} == {cluster}


def test_facts_are_built_as_their_dataclass_would_build_them():
    """Facts are built with `model.from_fields`; they must equal, hash and replace like `Fact(...)`'s."""
    [fact] = extract("Suzhou will build a world-class biomedicine cluster by 2025.")
    assert vars(fact).keys() == {f.name for f in dataclasses.fields(Fact)}
    rebuilt = Fact(**vars(fact))
    assert fact == rebuilt and hash(fact) == hash(rebuilt)
    assert dataclasses.replace(fact, confidence=0.5).confidence == 0.5
    with pytest.raises(dataclasses.FrozenInstanceError):
        fact.confidence = 0.5


def test_fact_ids_of_a_document_are_fact_id():
    """`_fact_ids` hashes the document's part of the key once; the ids must be `fact_id`'s."""
    rng = random.Random(11)
    alphabet = "abcXYZ-_/.é中\x1f 0123"
    for _ in range(300):
        document, place, sector = ("".join(rng.choices(alphabet, k=rng.randint(0, 12))) for _ in range(3))
        assert facts._fact_ids(document)(place, sector) == facts.fact_id(document, place, sector)


@pytest.mark.parametrize(
    "text, clusters",
    [
        (
            "Jingmen will develop general aviation; Ezhou will build an aviation logistics hub.",
            {"Jingmen": None, "Ezhou": "aviation logistics hub"},
        ),
        (
            "Zhuzhou will form a rail transit equipment cluster, and Hengyang will develop nonferrous metals.",
            {"Zhuzhou": "rail transit equipment cluster", "Hengyang": None},
        ),
    ],
    ids=["semicolon", "a comma and another subject"],
)
def test_a_cluster_phrase_in_another_clause_is_not_the_facts_cluster(text, clusters):
    assert {f.place: f.cluster for f in extract(text)} == clusters


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Relying on the Wuhan-Xiangyang automobile industry corridor, we will develop new energy vehicles.",
            {(c, s) for c in ("Wuhan", "Xiangyang") for s in ("automobiles", "new_energy_vehicles")},
        ),
        (  # no frame: the sector after the paired cluster name has no place of its own
            "The Wuhan-Xiangyang automobile industry corridor was praised, and experts discussed new energy vehicles.",
            {("Wuhan", "automobiles"), ("Xiangyang", "automobiles")},
        ),
    ],
    ids=["relying on", "no frame"],
)
def test_an_opening_frame_gives_its_places_to_the_clause_it_opens(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Hefei will build three industrial clusters by 2025. The clusters will focus on new energy vehicles and integrated circuits.",
            {("Hefei", "new_energy_vehicles"), ("Hefei", "integrated_circuits")},
        ),
        (  # the next paragraph still speaks of them
            "Hefei and Wuhu will build two industrial bases.\n\nThese bases will develop robots.",
            {("Hefei", "robotics"), ("Wuhu", "robotics")},
        ),
        (  # a sentence about other places ends the reference
            "Hefei will build three industrial clusters. Wuhu will upgrade its ports. The clusters will focus on robots.",
            set(),
        ),
        (  # without a cluster phrase there is nothing to refer back to
            "Hefei will grow quickly. The clusters will focus on robots.",
            set(),
        ),
        (  # too far away
            "Hefei will build three industrial clusters.\n\nCosts will fall.\n\nThe clusters will focus on robots.",
            set(),
        ),
        (  # places given as examples of more clusters are not all of them
            "Sichuan lists 36 clusters, such as the Chongzhou Smart Home Industry Cluster. The 36 clusters span "
            "six industries: electronic information and food.",
            {("Chongzhou", "home_appliances"), ("Sichuan", "home_appliances"), ("Sichuan", "electronic_information"),
             ("Sichuan", "food")},
        ),
        (  # ... of another kind than the cluster phrase named
            "It is a new highland at the Guizhou-Guangxi economic belt. The cluster mainly engages in nonferrous metal.",
            set(),
        ),
        (  # ... named in a sentence that reports the past
            "The aviation industrial base of Xi'an was approved in August 2004. The industrial base develops general "
            "aviation.",
            {("Xi'an", "general_aviation")},
        ),
    ],
    ids=["next sentence", "next paragraph", "other places between", "no cluster phrase", "two paragraphs on",
         "examples of more clusters", "another kind", "named in the past"],
)
def test_a_sentence_about_the_clusters_named_before_takes_their_places(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Suzhou Industrial Park is big. In the next stage of its evolution, the park is poised to be a hub for "
         "biomedicine.", {("Suzhou Industrial Park", "biomedicine", None)}),
        ("Hefei is big. By 2025, the city will build a robot base.", {("Hefei", "robotics", 2025)}),
        ("Hefei is big. During the 14th Five-Year Plan period, the city will build a robot base.",
         {("Hefei", "robotics", 2025)}),
    ],
    ids=["a long time opener, and a listed park", "by a year", "during a plan's period"],
)
def test_a_time_set_off_by_a_comma_may_come_before_the_place_referred_back_to(text, expected):
    assert {(f.zone or f.place, f.sector_id, f.deadline) for f in extract(text)} == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("China plans to build three coal chemical bases by 2020.\n\nThe three bases are Shaanxi, Ningxia and "
         "Xinjiang.", {(p, "coal_chemicals", 2020) for p in ("Shaanxi", "Ningxia", "Xinjiang")}),
        ("The country will build five robot clusters. These clusters will be in Hefei and Wuhu.",
         {("Hefei", "robotics", None), ("Wuhu", "robotics", None)}),
        ("The country will build five robot clusters.\n\nNew rules came.\n\nLater.\n\nThe clusters are in Hefei.",
         set()),
        ("The country will build five robot clusters. Hefei and Wuhu are its biggest cities.", set()),
        ("Jiangsu will set up 6 provincial biomedicine industry bases by 2025. The locations of the 6 parks are "
         "Taizhou, Lianyungang and Suzhou.",
         {(p, "biomedicine", 2025) for p in ("Jiangsu", "Taizhou", "Lianyungang", "Suzhou")}),
        ("Jiangsu will set up 6 provincial biomedicine industry bases by 2025. The locations of the 4 parks are "
         "Taizhou and Suzhou.", {("Jiangsu", "biomedicine", 2025)}),
        ("The State Council approved 12 more cities to set up pilot zones for cross-border e-commerce. The new "
         "policy will see the pilot zones set up in cities including Hefei and Wuhu.",
         {("Hefei", "cross_border_ecommerce", None), ("Wuhu", "cross_border_ecommerce", None)}),
        ("The State Council approved pilot zones for cross-border e-commerce. The pilot zones will become a stop for "
         "the development of Anhui.", set()),
    ],
    ids=["next paragraph, with the deadline", "next sentence", "too far on", "no cluster phrase opening",
         "called by another word, of the same count", "another word and another count",
         "named again and located", "named again, not located"],
)
def test_a_sentence_naming_the_places_of_clusters_named_before_takes_their_sectors(text, expected):
    assert {(f.place, f.sector_id, f.deadline) for f in extract(text)} == expected


@pytest.mark.parametrize(
    "text, deadline",
    [
        ("In 2022, Hefei produced 250,000 new energy vehicles, and it plans to reach one million by 2025.", 2025),
        ("In 2027, Hefei will complete its new energy vehicle cluster.", 2027),
        ("Output doubled from 2015 to 2020, and Hefei will build a new energy vehicle cluster by 2025.", 2025),
        ("Output doubled from 2015 to 2020, and Hefei will build a new energy vehicle cluster.", None),
    ],
    ids=["an explicit deadline beats an earlier 'in' year", "an 'in' year in a future clause",
         "an explicit deadline beats an earlier period", "a period ended before the text was published"],
)
def test_an_explicit_deadline_comes_before_a_target_year(text, deadline):
    (fact,) = extract(text, published="2021-06-01")
    assert fact.deadline == deadline


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Shanghai aims to cultivate 20 leading firms in robotics by 2027 and form biomedicine clusters by 2030.",
         {("robotics", 2027), ("biomedicine", 2030)}),  # a deadline closes its clause
        ("By 2025, Hefei will build a chip cluster; by 2030, it will build a robot base.",
         {("integrated_circuits", 2025), ("robotics", 2030)}),  # ... or opens it
        ("By 2025, Hefei will build a chip cluster and a robot base by 2030.",
         {("integrated_circuits", 2025), ("robotics", 2030)}),  # ... the nearer of two
        ("Hefei will build a chip cluster by 2025, when a robot base will take shape, and expand to 80 sq km by 2030.",
         {("integrated_circuits", 2025), ("robotics", 2025)}),  # a clause on when the deadline comes
        ("By 2025, Hefei will build a chip cluster and a robot base.", {("integrated_circuits", 2025), ("robotics", 2025)}),
    ],
    ids=["closing", "opening", "the nearer", "when", "one deadline"],
)
def test_each_clause_of_a_sentence_sets_its_own_deadline(text, expected):
    assert {(f.sector_id, f.deadline) for f in extract(text, published="2021-06-01")} == expected


@pytest.mark.parametrize(
    "text, published, deadline",
    [
        ("Guizhou is targeting a 15 percent increase in its new energy vehicle industry in 2024.", "2024-01-25", 2024),
        ("In 2024, Guizhou will grow its new energy vehicle industry.", "2024-01-25", 2024),
        ("In 2023, Guizhou will grow its new energy vehicle industry.", "2024-01-25", None),  # a year gone by
        ("Luoyang plans to raise its robot output to 5,000 units this year.", "2024-01-25", 2024),  # said so
        ("By the end of the year, Luoyang will complete its robot industrial park.", "2024-01-25", 2024),
        ("Luoyang will build a robot base under the plan released this year.", "2024-01-25", None),  # the plan's
        ("Luoyang built a robot base this year.", "2024-01-25", None),  # no plan
        ("Luoyang plans to finish its robot base this year.", None, None),  # no date to say which year
        ("Fuzhou will make tourism the highlight of its work next year.", "2014-12-26", 2015),
        ("Luoyang aims to complete its robot industrial park by the end of next year.", "2024-01-25", 2025),
        ("Luoyang will build a robot base under the plan to be released next year.", "2024-01-25", None),
    ],
    ids=["targeting, this year", "will, this year", "a past year", "this year", "by the end of the year",
         "the year a plan came out", "done this year", "undated", "next year", "by the end of next year",
         "the year a plan comes out"],
)
def test_a_target_for_the_year_of_publication_is_a_deadline(text, published, deadline):
    (fact,) = extract(text, published=published)
    assert fact.deadline == deadline


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Taizhou in Jiangsu will build a biomedicine cluster, while Taizhou in Zhejiang focuses on auto parts.",
            {("Taizhou", "Jiangsu", "biomedicine"), ("Taizhou", "Zhejiang", "auto_parts")},
        ),
        (
            "Anhui's Suzhou and Jiangsu's Suzhou will develop new materials.",
            {("Suzhou", "Anhui", "new_materials"), ("Suzhou", "Jiangsu", "new_materials")},
        ),
        (
            "Beijing, Tianjin and Hebei will jointly build a new materials cluster.",
            {("Beijing", "Beijing", "new_materials"), ("Tianjin", "Tianjin", "new_materials"),
             ("Hebei", "Hebei", "new_materials")},
        ),
        (
            "Hebei, Tianjin and Beijing will jointly build a new materials cluster.",
            {("Beijing", "Beijing", "new_materials"), ("Tianjin", "Tianjin", "new_materials"),
             ("Hebei", "Hebei", "new_materials")},
        ),
    ],
    ids=["qualifier after", "owner before", "a province's own name", "a comma between list items"],
)
def test_homonyms_take_the_province_named_beside_them(text, expected):
    """Both provinces are in the sentence, so only the one beside each name can tell them apart."""
    assert {(f.place, f.province, f.sector_id) for f in extract(text)} == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Shanghai, Hefei and Wuxi will develop integrated circuits, biomedicine and artificial intelligence respectively.",
            {("Shanghai", "integrated_circuits"), ("Hefei", "biomedicine"), ("Wuxi", "artificial_intelligence")},
        ),
        (
            "Wuhan and Xiangyang will build optoelectronics and automobile industrial clusters, respectively, by 2025.",
            {("Wuhan", "optoelectronics"), ("Xiangyang", "automobiles")},
        ),
        (
            "Biomedicine and new materials bases will be built in Taizhou and Nantong respectively.",
            {("Taizhou", "biomedicine"), ("Nantong", "new_materials")},
        ),
        (
            "Hefei and Wuhu will build an AI industry cluster and a NEV industry cluster respectively.",
            {("Hefei", "artificial_intelligence"), ("Wuhu", "new_energy_vehicles")},
        ),
        (  # lists of different lengths: "respectively" cannot pair them, every place takes every sector
            "Shanghai, Hefei and Wuxi will develop integrated circuits and biomedicine respectively.",
            {(p, s) for p in ("Shanghai", "Hefei", "Wuxi") for s in ("integrated_circuits", "biomedicine")},
        ),
    ],
    ids=["places first", "commas around it", "sectors first", "a list of cluster phrases", "unequal lists"],
)
def test_respectively_pairs_two_lists_in_order(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("SHIJIAZHUANG, Aug. 24 (Xinhua) -- Hebei Province aims to build a hydrogen energy industry cluster.",
         {("Hebei", "hydrogen_energy")}),
        ("Beijing (Gasgoo)- Anhui province aims to nurture new energy vehicle enterprises.",
         {("Anhui", "new_energy_vehicles")}),
        ("HEFEI, June 3 -- The city will build a new energy vehicle cluster in Hefei.",
         {("Hefei", "new_energy_vehicles")}),
        ("Beijing will build an artificial intelligence cluster (a national pilot) - the first of its kind.",
         {("Beijing", "artificial_intelligence")}),
        ("BEIJING, Nov. 25, 2024 /PRNewswire/ -- The output of new energy vehicles in Shaanxi Province grew.",
         {("Shaanxi", "new_energy_vehicles")}),
        ("Wuhan - In its new plan, Hubei will build an optoelectronics cluster.", {("Hubei", "optoelectronics")}),
        ("Zhejiang Online, September 21 (Reporter Gong Shuhong) Ningbo signed a deal on a power battery base.",
         {("Ningbo", "power_batteries")}),
        ("Shenzhen — Guangdong aims to build a robotics base.", {("Guangdong", "robotics")}),
        ("Xinhuanet, Nanjing, May 8th (Reporter Liu Weiwei) A robotics conference was held, and Suzhou will build a "
         "robot base.", {("Suzhou", "robotics")}),
        ("China News Service, Chengdu, January 30 (Reporter He Shaoqing) Chengdu will develop the digital economy.",
         {("Chengdu", "digital_economy")}),  # the subject named again after its dateline
        ("SHANGHAI Tesla will build an energy storage plant.", set()),  # in capitals, the story right after it
        ("NEW PLAN FOR SHANGHAI Will Build Chips", {("Shanghai", "integrated_circuits")}),  # a headline in capitals
    ],
    ids=["Xinhua dateline", "agency in brackets", "date and dashes", "a place opening a sentence is no dateline",
         "wire service between slashes", "place and a dash", "a news outlet named after its place",
         "place and an em dash", "after the outlet's name", "after the outlet's name, the subject again",
         "in capitals before its story", "a headline in capitals"],
)
def test_a_dateline_place_makes_no_fact(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Dongguan will grow. Located in south-eastern Guangdong and bordered by Shenzhen to the south, it is a "
         "major base for electronics.", {("Dongguan", "electronic_information")}),
        ("Located in Gansu, Jiuquan will build wind power bases.", {("Jiuquan", "wind_power")}),
        ("As the main border port in Xinjiang, Horgos will develop cross-border e-commerce.",
         {("Horgos", "cross_border_ecommerce")}),
        ("An industrial hub in Shandong, Yantai is aspiring to develop a space industry.", {("Yantai", "aerospace")}),
        ("A demonstration project for nuclear energy will be built in Haiyang, Shandong province, next year.",
         {("Haiyang", "nuclear_power")}),  # the subject's own place
        ("A number of cities in Jiangsu, Zhejiang and Anhui will build robot bases.",
         {("Jiangsu", "robotics"), ("Zhejiang", "robotics"), ("Anhui", "robotics")}),  # a list
        ("Rongchang District will become an economic highland between Chengdu and Chongqing and a logistics hub.",
         {("Rongchang", "logistics_hub")}),
        ("Cooperation between Chengdu and Chongqing will build an automobile cluster.",
         {("Chengdu", "automobiles"), ("Chongqing", "automobiles")}),
        ("Qingdao will study the experience of Shanghai in developing the service trade of the zone.",
         {("Qingdao", "trade_commerce")}),
        ("Hefei will learn from Shenzhen and build a robot base.", {("Hefei", "robotics")}),
        ("Hefei will build a Shenzhen-style chip cluster.", {("Hefei", "integrated_circuits")}),  # whose kind it builds
        ("Ranking third in the country for chip research behind Beijing and Shanghai, Hefei will build a chip cluster.",
         {("Hefei", "integrated_circuits")}),  # the rivals a rank trails
        ("Hefei, dubbed the “Shenzhen of Anhui”, will build a chip cluster.",
         {("Hefei", "integrated_circuits")}),  # what an epithet likens it to
        ("Longhu Island, hailed as the \"Henan Lujiazui\", will build a financial center in Zhengzhou.",
         {("Zhengzhou", "finance")}),
        ("Shanghai Zhenhua Heavy Industries, a heavy machinery maker, signed a deal.", set()),  # a firm's name
        ("Lanterns made by Zigong cultural tourism investment and Development Co., Ltd. light up Manchester.",
         set()),  # ... in lower case up to its ending
        ("An aviation food project funded by Shanghai Zhaowei Industrial will start.", set()),  # ... or "Industrial"
        ("State-owned Chongqing Changan will build a hydrogen base in Yongchuan.",
         {("Yongchuan", "hydrogen_energy")}),  # ... or after its owner
        ("Changchun International Automobile Town will build an auto base.", {("Changchun", "automobiles")}),  # a town's
        ("The Fangchenggang-Beihai-Wuzhou Stainless Steel Industrial Belt will be built.",
         {("Fangchenggang", "steel"), ("Beihai", "steel"), ("Wuzhou", "steel")}),  # ... or a belt's
        ("The zone will serve as the most important modern service industry base in the city and West China.", set()),
        ("Zhongshan, on the Pearl River Delta, will build an LED base.", {("Zhongshan", "optoelectronics")}),
        ("Puyang will build a hydrogen energy base, and radiate and drive Henan, Hebei and Shandong.",
         {("Puyang", "hydrogen_energy")}),  # the places it drives
        ("Luliang to become largest international liquor production area in North China", {("Luliang", "beverages_liquor")}),
        ("The park will be the first biomedicine park in the Greater Bay Area.",
         {("Guangdong-Hong Kong-Macao Greater Bay Area", "biomedicine")}),  # where the park is
        ("Most cities in the Greater Bay Area like the NEV industry.",
         {("Guangdong-Hong Kong-Macao Greater Bay Area", "new_energy_vehicles")}),
        ("Tibet will build oil and gas pipelines from Golmud to Lhasa.", {("Tibet", "oil_and_gas")}),
        ("Shanxi will build the Datong-Huailai ultra-high-voltage power transmission channel and new energy stations.",
         {("Shanxi", "new_energy")}),
        ("Yueyang will build berths integrated into the Hunan-Shanghai-Africa river-sea intermodal logistics system.",
         {("Yueyang", "logistics")}),
        ("Hefei will build a robot base in Feixi, an industrial park along the Hefei-Nanjing expressway.",
         {("Hefei", "robotics"), ("Feixi", "robotics")}),
        ("Guizhou is building bases for power batteries and baijiu, Li told a press briefing in Beijing on Friday.",
         {("Guizhou", "power_batteries"), ("Guizhou", "beverages_liquor")}),
        ("During the energy work conference held in Lhasa, officials said Tibet will develop solar energy.",
         {("Tibet", "solar_pv")}),
        ("Li said the province will build a robot base in Feixi County.", {("Feixi", "robotics")}),
        ("Li told reporters that Anhui will build a robot base in Hefei.", {("Anhui", "robotics"), ("Hefei", "robotics")}),
        ("A seminar on Hunan's plan for a robot industry cluster was held in Beijing on Monday.",
         {("Hunan", "robotics")}),
        ("The first world conference for the VR industry was held in Jiangxi's capital city of Nanchang last year.",
         set()),  # ... in a capital named with its province
        ("A press conference takes place in Changsha, Hunan province, to announce Hunan's plans for the robot industry.",
         {("Hunan", "robotics")}),
        ('Xiamen staged the "2023 new materials investment fair" in Shenzhen, and will grow new materials.',
         {("Xiamen", "new_materials")}),
        ("CATL signed a framework agreement in Guangzhou for a battery plant.",
         set()),  # where an agreement was signed
        ("Hefei signed an agreement to build a robot base in Feixi.", {("Hefei", "robotics"), ("Feixi", "robotics")}),
        ("The 2019 World Conference on the VR Industry concludes Monday in Nanchang, with contracts on information "
         "technology signed.", set()),  # where an event closes
        ("The expo on robots opened on Sept 5 in Hefei, and Wuhu will build a robot base.", {("Wuhu", "robotics")}),
        ("At the World Robot Conference in Beijing, Shenyang said it will build a robot industry park.",
         {("Shenyang", "robotics")}),  # an event named in capitals
        ("Shenyang presented its robot industry plan at the World Forum On Robot 2015, in Beijing, on Nov 24.",
         {("Shenyang", "robotics")}),  # ... with the rest of its name, then a comma
        ("Supply Chain Conference Held in Qingyuan\n\nThe aim is to establish a platform for new energy vehicles.",
         {("Qingyuan", "new_energy_vehicles")}),  # a title's verb ends the event's name: its place is the subject
        ("Kunming will build an aluminum base, and makers like Chinalco, Sichuan Qiya and Henan Shenhuo will settle "
         "there.", {("Kunming", "aluminum")}),
        ("Foshan will grow robotics, with local firms such as Tiantai and Longsheng.", {("Foshan", "robotics")}),
        ("Shandong has steel mills such as Jinan Steel and Qingdao Steel, and will build a steel base in Rizhao.",
         {("Shandong", "steel"), ("Rizhao", "steel")}),
        ("Major grain producers such as Henan province will be supported to build core areas for grain production.",
         {("Henan", "grain_production")}),
        ("Guangzhou will grow new displays led by Shenzhen Tianma and BOE.", {("Guangzhou", "new_display")}),
        ("Anhui will build a new energy vehicle cluster led by Hefei and Wuhu.",
         {("Anhui", "new_energy_vehicles"), ("Hefei", "new_energy_vehicles"), ("Wuhu", "new_energy_vehicles")}),
        ("Chengdu and Chongqing will jointly cultivate automobile clusters and build a science city for western China.",
         {("Chengdu", "automobiles"), ("Chongqing", "automobiles")}),
        ("A home appliance base in Central China will be built, with Wuhan and Changsha leading the way.",
         {("Central China", "home_appliances"), ("Wuhan", "home_appliances"), ("Changsha", "home_appliances")}),
        ("The Central Plains city cluster will be an important base of advanced manufacturing, a pioneer zone of "
         "innovation in central and western China.", {("Central Plains City Cluster", "advanced_manufacturing")}),
        ("China will build shipbuilding bases in the Bohai-Rim region, the Yangtze River Delta and the Pearl River "
         "Delta.", {("Bohai Rim", "shipbuilding"), ("Yangtze River Delta", "shipbuilding"),
                    ("Pearl River Delta", "shipbuilding")}),
        ("Computing hubs will be built in the Beijing-Tianjin-Hebei region, the eastern Yangtze River Delta region and "
         "the western Chengdu-Chongqing region.", {("Beijing-Tianjin-Hebei", "data_centers"),
                                                  ("Yangtze River Delta", "data_centers"),
                                                  ("Chengdu-Chongqing Economic Circle", "data_centers")}),
        ("The Outline Development Plan for the Guangdong-Hong Kong-Macao Greater Bay Area has injected impetus for "
         "Huizhou to strengthen petrochemicals.", {("Huizhou", "petrochemicals")}),
        ("According to the Outline Development Plan for the Greater Bay Area, Zhuhai and Foshan will build an advanced "
         "equipment manufacturing industrial belt on the west bank of the Pearl River.",
         {("Zhuhai", "equipment_manufacturing"), ("Foshan", "equipment_manufacturing"),
          ("Pearl River West Bank", "equipment_manufacturing")}),
        ("The Development Plan for Beijing, Tianjin and Hebei names Baoding as a hub for new energy.",
         {("Baoding", "new_energy")}),
        ("The Development Plan for the Yangtze River Delta calls for an AI cluster.",
         {("Yangtze River Delta", "artificial_intelligence")}),
        ("The Guideline of Suzhou's Plan proposes a digital economy base in northern Anhui.",
         {("Suzhou", "digital_economy"), ("Northern Anhui", "digital_economy")}),
    ],
    ids=["a located opener", "a located opener before the subject", "the subject's role there",
         "what the subject is there", "the subject's own place", "a list after a number of", "between two places",
         "cooperation between", "whose experience is studied", "learned from", "whose kind is built", "a rank's rivals", "what an epithet likens it to", "a quoted epithet's place", "a firm's name opening on a place",
         "a limited company's name in lower case", "a firm's name ending on Industrial",
         "a state-owned firm's name", "a town's name, not a firm's", "a belt's name, not a firm's",
         "a superlative's scope, no other place", "a region set off by commas after 'on the'", "radiate and drive", "a superlative's scope", "not the first in a place", "most cities in",
         "the ends of a pipeline", "the ends of a power line", "the ends of an intermodal system", "a road's ends", "told a briefing in",
         "a conference held in", "what was said: where the base goes", "told reporters that",
         "an event held in", "an event held in a capital of a province", "a conference taking place in", "a fair in", "where an agreement was signed", "where a base goes after signing",
         "where an event closes", "where an event opens", "an event named in capitals", "an event's whole name",
         "a title's venue, referred to",
         "companies listed as examples", "firms such as", "mills such as",
         "producers such as: places", "led by a company", "led by places", "a part of the country after the builders",
         "a part of the country before them", "a part of the country after a region", "listed with regions",
         "listed with regions by their part of the country",
         "a plan's name", "the subject after an opener citing a plan", "a list in a plan's name",
         "a plan's name, no other place", "a plan of a place's own"],
)
def test_places_that_only_say_where_build_nothing(text, expected):
    """Places that say where the subject lies, what it lies between, where a line runs, where an event
    was held or whose names are companies' are no builders; places in what was said may be."""
    assert pairs(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The PV industry at Changzhou Hi-tech Zone and medical equipment at Suzhou Hi-tech Zone have been approved.",
         {("Changzhou Hi-tech Zone", "solar_pv", "none"), ("Suzhou Hi-tech Zone", "medical_devices", "none")}),
        ("Jiangsu has 18 high-tech zones, and 13 of them are state-level hi-tech zones.", set()),
        ("Urumqi will still operate the zone under the name of the High-tech District.", set()),
        ("Wuhan will expand its comprehensive high-tech industrial bases.", {("Wuhan", "high_tech_industries", "base")}),
        ("Hebei aims to build a hydrogen energy cluster as a new engine for its coal-fired economy.",
         {("Hebei", "hydrogen_energy", "cluster")}),
        ("Shanxi will upgrade coal-fired power plants.", {("Shanxi", "thermal_power", "none")}),
        ("Guangdong will leverage its composite advantages to develop composites.",
         {("Guangdong", "composite_materials", "none")}),
        ("Guangdong will leverage its composite advantages.", set()),
        ("Total retail sales of consumer goods in Nanjing will rise 8 percent.", set()),
        ("Nanjing will expand retail sales of consumer goods and develop consumer goods industries.",
         {("Nanjing", "light_industry", "none")}),
        ("Hunan will develop labour-intensive and high-tech-oriented industries.", set()),
        ("Guangdong will speed up new energy vehicle-related infrastructure.",
         {("Guangdong", "new_energy_vehicles", "none")}),
        ("Jinan will put 600 fuel cell vehicles such as buses and logistics vehicles into use.",
         {("Jinan", "new_energy_vehicles", "none")}),
        ("Kunshan is 17 minutes from Shanghai by high-speed train and will develop chips.",
         {("Kunshan", "integrated_circuits", "none")}),
        ("The trip takes two hours by car, and Kunshan will develop chips.", {("Kunshan", "integrated_circuits", "none")}),
        ("The Yongkang World Trade Center, the tallest building in Zhejiang, started construction.", set()),
        ("Daxing will grow into a satellite town of Beijing.", set()),
        ("Shanghai hosted the World Artificial Intelligence Conference and will build an AI hub.",
         {("Shanghai", "artificial_intelligence", "hub")}),
        ("Shanghai hosted the World Artificial Intelligence Conference.", set()),
        ("The Anhui Food Festival in Beijing drew crowds.", set()),  # a festival's name, and its venue
        ("Anhui held the Provincial New Energy Automobile Industry Cluster Construction Promotion Conference.",
         {("Anhui", "new_energy_vehicles", "cluster")}),
        ("Hefei will host a robot industry conference next year.", set()),  # an event named in lower case
        ("Shenzhen and Guangzhou are racing ahead in robot deployments.", set()),  # taken up, not made
        ("Hefei will boost EV adoption and build a robot base.", {("Hefei", "robotics", "base")}),
        ("The first Jingdezhen porcelain overseas exhibition will be held in Frankfurt.", set()),
        ("Wuhan will build an auto expo center.", {("Wuhan", "automobiles", "none")}),  # a venue, not an event
        ("Jilin will promote the Alpine Skiing World Cup.", set()),  # games
    ],
    ids=["zone names", "zones counted", "a district's designation", "high-tech as a sector", "coal-fired as a modifier", "coal-fired power",
         "composites", "composite advantages", "retail sales", "retail sales and the industry",
         "high-tech-oriented", "vehicle-related", "logistics vehicles", "by high-speed train", "by car", "a building's name", "satellite town",
         "an event's name, and the industry", "an event's name", "a festival's name", "an event to build a cluster",
         "an event in lower case", "robots deployed", "EVs adopted, and a base", "an exhibition's topic",
         "an expo center", "games"],
)
def test_phrases_that_name_no_sector_hide_the_form_inside(text, expected):
    """'Hi-tech' in a zone's designation names no industry (the zone, named after its place, is where
    the facts are), nor does 'coal' in 'coal-fired', unless a longer form takes it."""
    assert {(f.zone or f.place, f.sector_id, f.cluster_kind) for f in extract(text)} == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The pilot industries are the vanadium and titanium industry of Panzhihua, crystalline silicon PV industry "
         "of Leshan, lithium battery industry of Suining, and medical device industry of Ziyang.",
         {("Panzhihua", "vanadium_titanium"), ("Leshan", "solar_pv"), ("Suining", "batteries"), ("Ziyang", "medical_devices")}),
        ("Key projects include the aviation industry of Zhuhai, biomedicine industry of Taizhou and Nantong, "
         "and new materials industry of Ningbo.",
         {("Zhuhai", "aviation"), ("Taizhou", "biomedicine"), ("Nantong", "biomedicine"), ("Ningbo", "new_materials")}),
    ],
    ids=["a list of industries of places", "industries of several places"],
)
def test_the_industry_of_a_place_is_that_place_s(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Hebei Province, which will co-host the 2022 Winter Olympics with Beijing, aims to build a hydrogen energy cluster.",
         {("Hebei", "hydrogen_energy")}),
        ("Hubei, where Wuhan is building an optoelectronics base, will develop more industries.",
         {("Wuhan", "optoelectronics"), ("Hubei", "optoelectronics")}),
        ("Integrated circuits (ICs) and biomedicine, which are the pioneering industries in Shanghai, shall double by "
         "2025.", {("Shanghai", "integrated_circuits"), ("Shanghai", "biomedicine")}),  # says where the sectors are
        ("Wuxi will develop robots and drones, which are popular in Shenzhen.",
         {("Wuxi", "robotics"), ("Wuxi", "drones")}),  # ... but the sentence's subject is where they go
    ],
    ids=["a place in an aside", "an aside that names its own sector", "an aside that locates the sectors before it",
         "an aside after the subject's sectors"],
)
def test_a_place_in_a_relative_clause_takes_no_sector_from_outside_it(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Hebei Province aims to build an industry cluster on hydrogen energy.\n\n"
         "The province will offer subsidies to refuelling stations.\n\n"
         "Annual output of the hydrogen industry is expected to reach 15 billion yuan by 2022 and 200 billion yuan by 2030.",
         {("Hebei", "hydrogen_energy", 2022, "paragraph")}),
        ("Hefei will build a new energy vehicle cluster and an integrated circuit base.\n\n"
         "Output of new energy vehicles is to reach one million units by 2025.",
         {("Hefei", "new_energy_vehicles", 2025, "paragraph"), ("Hefei", "integrated_circuits", None, None)}),
        ("Hefei will build a new energy vehicle cluster.\n\nIt has many parks.\n\nIt has many firms.\n\n"
         "Sales grew.\n\nOutput of new energy vehicles is to reach one million units by 2025.",
         {("Hefei", "new_energy_vehicles", None, None)}),
        ("Foshan will build a hydrogen energy demonstration zone.\n\nHydrogen energy is expected to make up 10 "
         "percent of the country's energy mix by 2050, experts predicted.",
         {("Foshan", "hydrogen_energy", None, None)}),
        ("Foshan will build a hydrogen energy demonstration zone.\n\nOutput of hydrogen energy is to reach 10 "
         "billion yuan by 2025, making it the largest in China.",
         {("Foshan", "hydrogen_energy", 2025, "paragraph")}),
    ],
    ids=["two paragraphs on", "only the sector named", "too far on", "the country's forecast",
         "compared with the country"],
)
def test_a_placeless_sentence_dates_earlier_facts_of_its_sector(text, expected):
    assert {(f.place, f.sector_id, f.deadline, f.deadline_scope) for f in extract(text)} == expected


@pytest.mark.parametrize(
    "text, deadline",
    [
        ("Jinan, Qingdao and Yantai will foster new materials clusters, according to the Action Plan for the "
         "Construction of the Jinan-Qingdao-Yantai Industrial Park (2020-2025).\n\nYantai will build a biomedicine base.",
         2025),
        ("The Action Plan (2021-2023) and the Development Outline (2021-2035) guide the work.\n\n"
         "Yantai will build a biomedicine base.", None),
        ("Exports grew ten percent a year (2016-2020).\n\nYantai will build a biomedicine base.", None),
        ("The ministry issued a plan for big data during the 14th Five-Year Plan period (2021-2025).\n\n"
         "Yantai will build a biomedicine base.", None),
    ],
    ids=["one plan's period", "two plans ending in different years", "a period outside a plan's name",
         "the five-year plan period a story dates by"],
)
def test_the_period_in_the_name_of_the_one_plan_reported_is_the_document_s(text, deadline):
    result = process_document(make_source(text))
    assert {f.deadline for f in result.facts if f.sector_id == "biomedicine"} == {None}  # its own sentence sets none
    assert result.plan_period_end == deadline


def test_a_compound_sector_name_is_one_sector():
    """"fuel cell battery" is hydrogen energy; its last word alone must not add the battery sector."""
    facts = extract("Anhui will build fuel cell battery industry clusters in Hefei, Lu'an, Tongling and Wuhu.")
    assert {f.sector_id for f in facts} == {"hydrogen_energy"}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Anhui province aims to nurture new energy vehicle enterprises. In addition, the province will support power "
         "battery technologies.",
         {("Anhui", "new_energy_vehicles"), ("Anhui", "power_batteries")}),
        ("Hefei, the capital of Anhui, will build an integrated circuit base.\n\nThe city's new materials industry will grow.",
         {("Hefei", "integrated_circuits"), ("Hefei", "new_materials")}),
        ("Changsha in Hunan has many firms.\n\nThe province will develop engineering machinery.",
         {("Hunan", "engineering_machinery")}),
        ("Wuhan will build an optoelectronics base. Hubei will grow.\n\nThe city will develop biomedicine.",
         {("Wuhan", "optoelectronics"), ("Wuhan", "biomedicine")}),
        ("The province will develop engineering machinery.", set()),
        ("During the event, the municipality announced plans for robotics.\n\nChongqing has over 1,000 firms.",
         {("Chongqing", "robotics")}),  # a story whose headline was lost refers to a place it names later
        ("Inner Mongolia has built wind farms.\n\nThe Autonomous Region plans to expand equipment manufacturing.",
         {("Inner Mongolia", "wind_power"), ("Inner Mongolia", "equipment_manufacturing")}),
        ("Wuhan in Hubei has many firms.\n\nThe provincial government is planning clusters for oil refineries.",
         {("Hubei", "petrochemicals")}),
        ("Wuhan in Hubei has many firms.\n\nThe municipal government will support biomedicine.",
         {("Wuhan", "biomedicine")}),
        # the local government: the last place named below a province
        ("A carmaker broke ground in Anhui Province.\n\nThe plant in the city of Wuhu will open in 2026.\n\n"
         "The local government will build an auto parts park.", {("Wuhu", "auto_parts")}),
        ("A carmaker broke ground in Anhui Province.\n\nThe local government will build an auto parts park.", set()),
        # a place only compared with is not the one meant
        ("Kunshan will develop e-commerce.\n\nIncomes in the city are higher than both Beijing and Shanghai.\n\n"
         "The city will build a robotics center.", {("Kunshan", "e_commerce"), ("Kunshan", "robotics")}),
        # an official speaks for the last place of the kind they govern
        ("Wuhu is a hub in Anhui.\n\nThe mayor said efforts will be made to develop robots.", {("Wuhu", "robotics")}),
        ("Wuhu is a hub in Anhui.\n\nEfforts will be made to develop robots, the vice governor said.",
         {("Anhui", "robotics")}),
        ("Beijing unveils incentives for Hunan\n\nThe province will develop engineering machinery.",
         {("Hunan", "engineering_machinery")}),
        ("For decades, Hunan has focused on coal.\n\nThe provincial government will develop engineering machinery.",
         {("Hunan", "engineering_machinery")}),
        ("Hunan aims to grow.\n\nOn Sept 30, the provincial government issued a plan for engineering machinery.",
         {("Hunan", "engineering_machinery")}),
        ("The Liangjiang New Area will grow.\n\nRobot clusters will be formed in the new area.",
         {("Liangjiang New Area", "robotics")}),
        ("The Jiangning Development Zone will grow.\n\nThe development zone will build robot clusters.",
         {("Jiangning Development Zone", "robotics")}),
        ("Wuhan will grow.\n\nThe zone will build robot clusters.", set()),  # no zone named before
        ("Luchuan county set up the Luchuan Green Industrial Park in 2015. Its area is 2 square kilometres, near "
         "Yulin city. The park will focus on new materials and biomedicine.",  # the park, not the last place
         {("Luchuan Green Industrial Park", "new_materials"), ("Luchuan Green Industrial Park", "biomedicine")}),
        ("The Wuxi High-tech Industrial Development Zone was approved in 1992. The hi-tech zone will focus on "
         "integrated circuits and biomedicine.",
         {("Wuxi High-tech Industrial Development Zone", s) for s in ("integrated_circuits", "biomedicine")}),
        ("The Guangdong-Macau In-depth Cooperation Zone in Hengqin was set up in 2021. The Cooperation Zone will "
         "develop integrated circuits.", {("Hengqin", "integrated_circuits")}),
        ("Yantai issued a plan. While the new economic zone on the bay grows, the city needs to develop modern "
         "logistics.",  # no zone named before: the next word that refers back does
         {("Yantai", "logistics")}),
        ("Wuxi will focus on five industries. The city in eastern Jiangsu province also intends to develop "
         "integrated circuits.",  # the province only says where the city referred back to lies
         {("Wuxi", "integrated_circuits")}),
        ("The Liangjiang New Area will grow.\n\nThe zone will work on automobiles.",
         {("Liangjiang New Area", "automobiles")}),
        ("The Liangjiang New Area will grow.\n\nThe district will work on automobiles.",  # news calls it so
         {("Liangjiang New Area", "automobiles")}),
        (  # the only places it names are those a supply base is for: the builder is the one referred back to
            "Datong will grow.\n\nThe city will build a green energy power supply base for the Beijing-Tianjin area.",
            {("Datong", "new_energy")},
        ),
        ("The Kashgar Economic Development Zone is under construction. The new district, to be located in the east, "
         "focuses on finance.", {("Kashgar Economic Development Zone", "finance")}),
        ("Guangzhou and Meizhou set up the Guangzhou (Meizhou) Industrial Transfer Industrial Park. The park "
         "focuses on rare earth deep processing.", {("Guangzhou (Meizhou) Industrial Transfer Industrial Park",
                                                     "rare_earth")}),
        ("Guizhou will grow.\n\nThe mountainous province is also developing the tourism industry.",
         {("Guizhou", "tourism")}),
        ("Wuhan in Hubei will grow.\n\nThe central Chinese city will develop biomedicine.", {("Wuhan", "biomedicine")}),
        ("Guizhou will grow.\n\nThe neighbouring province will develop tourism.", set()),
        ("Chengdu in Sichuan will grow.\n\nThe Airport Economic Development Zone will develop aviation.",
         {("Chengdu", "aviation")}),  # not "the zone" referring back, but a part of the subject named alone
        ("Hangzhou issued a notice on the Hangzhou East Intelligent Manufacturing Corridor. Biotechnology will be the "
         "focus for future development in the corridor.",
         {("Hangzhou East Intelligent Manufacturing Corridor", s) for s in ("biotechnology", "intelligent_manufacturing")}),
        ("Ningbo will build a hub for new materials.\n\nEfforts will be made with universities such as Dalian "
         "University of Technology.\n\nA total of 24 graphene projects will be built in the city.",
         {("Ningbo", "new_materials"), ("Ningbo", "graphene")}),
        ("The State Council approved a plan for the coastal economic belt of Liaoning province.\n\nThe economic "
         "belt will focus on ship building.", {("Liaoning Coastal Economic Belt", "shipbuilding")}),
        ("The plan covers the coastal economic belt of Liaoning.\n\nThe zone will develop petroleum refining.",
         set()),  # the zone is a zone's
        ("The plan covers the Central Plains urban agglomeration.\n\nThe city cluster will develop logistics.",
         {("Central Plains City Cluster", "logistics")}),
        ("The plan covers the Yangtze River Delta.\n\nThe city cluster will develop logistics.", set()),  # a delta
        ("Xinjiang Uygur Autonomous Region will grow.\n\nThe region will develop textiles.",
         {("Xinjiang", "textiles")}),
        ("Yanbian Korean Autonomous Prefecture will grow.\n\nThe prefecture will develop tourism.",
         {("Yanbian", "tourism")}),
        ("Yanbian Korean Autonomous Prefecture will grow.\n\nThe region will develop tourism.",
         {("Yanbian", "tourism")}),
        ("The Yangtze River Delta will grow.\n\nThe region will develop logistics.", set()),  # loosely said
        ("Xiamen is a big city.\n\nZhangzhou Municipal Government signed 12 agreements on clean energy.\n\n"
         "The city will promote the robot industry.",  # a government's place, named by its government only
         {("Zhangzhou", "new_energy"), ("Zhangzhou", "robotics")}),
        ("Wuhan in Hubei has many firms.\n\nThis city will develop biomedicine.", {("Wuhan", "biomedicine")}),
        ("Gui'an New Area was approved in 2014.\n\nThe area should become a base for equipment manufacturing.",
         {("Gui'an New Area", "equipment_manufacturing")}),
        ("Hefei will grow.\n\nThe area should become a base for equipment manufacturing.", set()),  # no area named
        ("Cangzhou has land for industries to relocate from Beijing and Tianjin.\n\nThe city will develop "
         "petrochemicals.", {("Cangzhou", "petrochemicals")}),  # not the places industry moves out of
        ("Ningbo will grow.\n\nThe city will deepen cooperation with Shanghai and Suzhou in sci-tech.\n\n"
         "The city will step up investment in new materials.", {("Ningbo", "new_materials")}),  # nor its partners
        ("Hainan has a sound eco-environment.\n\nChen also said that province is now building an industrial system "
         "pillared by key industries, which are tourism and real estate.",  # a reported clause drops the article
         {("Hainan", "tourism"), ("Hainan", "real_estate")}),
        ("Shandong will grow.\n\nThe province will develop chips and robots, and support Weifang to build a VR base.",
         {("Shandong", "integrated_circuits"), ("Shandong", "robotics"), ("Weifang", "virtual_reality")}),
        ("Nanning will grow. The Chongzuo Area will grow.\n\nThe zone's Nanning area focuses on modern finance.",
         {("Nanning", "finance")}),  # the zone's place is the subject
        ("Shandong will grow.\n\nAccording to the plan, the province will develop chips, and support Weifang to build "
         "a VR base.", {("Shandong", "integrated_circuits"), ("Weifang", "virtual_reality")}),  # after an opener
        ("Liangjiang New Area will grow.\n\nAs the third national-level development and opening-up new area in China "
         "and the first one in China's inland, the new area is an important automobile production base in Chongqing.",
         {("Liangjiang New Area", "automobiles")}),  # after what it is, set off by a comma
        ("Nantong Gangzha Economic Development Zone will grow.\n\nAs China continues to promote the integrated regional "
         "development of the YRD, the zone will build a robotics cluster.",
         {("Nantong Gangzha Economic Development Zone", "robotics")}),  # after the times it acts in
        ("Hefei will grow.\n\nWhile Shanghai focuses on finance, the city will build a robotics cluster.",
         {("Shanghai", "finance"), ("Hefei", "robotics")}),  # ... each clause its own subject's
        ("The Yangtze River Delta Ecological Green Integrated Development Demonstration Zone will grow.\n\nThe zone "
         "will also feature robots.",
         {("Yangtze River Delta Ecology and Greenery Integration Demonstration Zone", "robotics")}),  # its canonical name
        ("The G60 Science and Technology Innovation Corridor will grow.\n\nThe corridor will develop robots.",
         {("G60 Science and Technology Innovation Corridor", "robotics")}),  # a region listed as a corridor
    ],
    ids=["the province", "the city's", "the province of a city named before", "the last city, not the last place",
         "nothing to refer back to", "named only later", "the autonomous region", "the provincial government", "the municipal government",
         "the local government", "the local government of no place below a province", "not a place compared with",
         "the mayor",
         "the vice governor",
         "named in a headline", "named in a look back", "after a time", "the new area", "the development zone",
         "no zone", "the park", "the hi-tech zone", "the cooperation zone", "a zone not named before, then the city",
         "the city in its province",
         "a new area as the zone", "a new area as the district", "supplied places", "the new district", "the park run in another place",
         "described", "described as Chinese", "another province",
         "a zone's own name", "the corridor", "not a place in an organisation's name",
         "the economic belt", "an economic belt is no zone", "the city cluster", "no city cluster",
         "an autonomous region as the region", "the prefecture", "an autonomous prefecture as the region",
         "no region", "a government's place", "this city",
         "the area", "no area", "not a place industry moves out of", "not a partner", "said that province",
         "a subject referred back to, and another place",
         "a possessive's place", "referred back to after an opener", "after what it is", "after the times",
         "after a contrast", "a region listed as a zone", "a region listed as a corridor"],
)
def test_the_province_or_the_city_refers_back_to_the_last_one_named(text, expected):
    assert pairs(text) == expected


def test_a_reference_beside_other_places_is_its_own_words():
    """The fact's place_text is the words that refer back, not the opener before them."""
    text = "Shandong will grow.\n\nAccording to the plan, the province will develop chips, and support Weifang."
    assert {(f.place, f.place_text) for f in extract(text) if f.sector_id == "integrated_circuits"} == {
        ("Shandong", "the province"), ("Weifang", "Weifang")}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Shanghai moves industry north. Baoshan and Jinshan districts will lead.\n\nThe two districts will foster "
         "clusters for new materials.", {("Baoshan", "new_materials"), ("Jinshan", "new_materials")}),
        ("Wuhan and Changsha signed a pact. Both cities will develop optoelectronics.",
         {("Wuhan", "optoelectronics"), ("Changsha", "optoelectronics")}),
        ("Hubei, Hunan and Jiangxi will cooperate. Wuhan will grow.\n\nThe three provinces will develop new "
         "materials.", {(p, "new_materials") for p in ("Hubei", "Hunan", "Jiangxi")}),
        ("Hefei will grow.\n\nThe two cities will build AI clusters.", set()),
    ],
    ids=["the two districts", "both cities", "the three provinces, past a city", "fewer named than counted"],
)
def test_the_two_cities_refers_back_to_the_last_ones_named(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Clusters mapped out for economic leadership\n\nThe other ten strategic emerging industries cover "
         "semiconductors, smart robots and new energy.\n\nThe clusters made 40 percent of Guangdong's GDP.\n\n"
         "Guangdong issued another plan in September.",
         {("Guangdong", s) for s in ("integrated_circuits", "robotics", "new_energy")}),
        ("Clusters mapped out for economic leadership\n\nThe other ten strategic emerging industries cover "
         "semiconductors, smart robots and new energy.\n\nThe clusters made 40 percent of Guangdong's GDP.\n\n"
         "Guangxi issued another plan in September.", set()),
        # ... and what it says after naming it
        ("Work report of the government\n\nWe met.\n\nWe talked.\n\nWe voted.\n\nWe agreed.\n\nBeijing made "
         "progress. Beijing will grow.\n\nOfficials met on Monday.\n\nEfforts will be made to develop artificial "
         "intelligence.", {("Beijing", "artificial_intelligence")}),
        ("Work report of the government\n\nWe met.\n\nWe talked.\n\nWe voted.\n\nWe agreed.\n\nBeijing made "
         "progress. Tianjin will grow.\n\nOfficials met on Monday.\n\nEfforts will be made to develop artificial "
         "intelligence.", set()),
    ],
    ids=["the one place the text names", "several places named", "after naming it", "after naming several"],
)
def test_a_text_whose_title_names_no_place_is_about_the_one_it_names(text, expected):
    """A story whose headline was lost or names no place: what it says of no place is about the one place it names."""
    assert pairs(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Hubei will strengthen its leading industries. Specifically, clusters of optoelectronics and automobiles "
         "will be expanded.", {("Hubei", "optoelectronics"), ("Hubei", "automobiles")}),
        ("Chengdu and Mianyang will upgrade their industrial bases. Among them, aerospace bases will get priority.",
         {("Chengdu", "aerospace"), ("Mianyang", "aerospace")}),
        ("Hunan will press ahead with industrial upgrading. In particular, a 100-billion-yuan engineering machinery "
         "cluster will be cultivated.", {("Hunan", "engineering_machinery")}),
        ("Hubei will strengthen its leading industries. Output grew fast. Specifically, optoelectronics will be "
         "expanded.", set()),
        ("Hubei will strengthen its leading industries.\n\nSpecifically, optoelectronics will be expanded.", set()),
        ("Hubei will strengthen its leading industries. Optoelectronics will be expanded.", set()),
        ("Specifically, optoelectronics will be expanded.", set()),
        ("Shanxi will develop a raft of industrial belts.\n\nThese include new chemical materials and "
         "advanced metal materials belts.", {("Shanxi", "new_chemical_materials"), ("Shanxi", "new_metal_materials")}),
        ("Shanxi will develop a raft of industrial belts.\n\nOutput grew fast.\n\nThese include new chemical "
         "materials belts.", set()),
        ("Haizhu District will base its development on urban industry.\n\nThis includes accelerating the "
         "construction of intelligent manufacturing bases.", {("Haizhu", "intelligent_manufacturing")}),
        ("Fujian officials proposed optimization paths for each industry. These paths include: strengthening the "
         "dominant industries with annual revenue of RMB 1 trillion – petrochemicals and food processing.",
         {("Fujian", "petrochemicals"), ("Fujian", "food")}),
    ],
    ids=["specifically", "among them, several places", "in particular", "not the sentence right before",
         "another paragraph", "no connective", "nothing before", "these include, next paragraph",
         "these include, not right after", "this includes", "these paths include, industries with a revenue"],
)
def test_a_sentence_spelling_out_the_one_before_takes_its_places(text, expected):
    """"Specifically, ...", "Among them, ...": a placeless sentence that elaborates the sentence right
    before it, in its paragraph, is about that sentence's places."""
    assert pairs(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The ministry named the first five regions that will develop robot industry parks. They are Dongcheng of "
         "Beijing and Anguo of Hebei.", {("Dongcheng", "robotics"), ("Anguo", "robotics")}),
        ("The ministry named the first five regions that will develop robot industry parks.\n\nThese include "
         "Wuhu and Hefei.", {("Wuhu", "robotics"), ("Hefei", "robotics")}),
        ("The ministry named the first five regions that will develop robot industry parks. Output grew. "
         "They are Wuhu and Hefei.", set()),  # not the sentence right before
        ("The ministry will develop robot industry parks. They are Wuhu and Hefei.", set()),  # no places counted
    ],
    ids=["they are", "these include, next paragraph", "not right after", "no count"],
)
def test_places_a_sentence_counted_take_its_sectors(text, expected):
    """A placeless sentence that counts places and gives them sectors, then the next sentence naming them."""
    assert pairs(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("By 2027, Guangdong aims to make breakthroughs in key technologies. By then, Shenzhen will have a "
         "world-class robotics cluster.", {("Shenzhen", "robotics", 2027, "paragraph")}),
        ("By 2027, Guangdong aims to make breakthroughs.\n\nOutput grew.\n\nThe plan was praised.\n\nBy then, "
         "Shenzhen will have a robotics cluster.", {("Shenzhen", "robotics", None, None)}),
        ("By 2025, the city's new energy capacity will exceed 50 million kW. In the same period, the output value "
         "of Ordos' wind power industry will exceed 500 billion yuan.",  # "the city" after "By 2025," is Ordos
         {("Ordos", "wind_power", 2025, "paragraph"), ("Ordos", "new_energy", 2025, "sentence")}),
        ("Research in Baotou is to exceed the national average by 2025. During that period, the city's wind power "
         "equipment industry is expected to grow.", {("Baotou", "wind_power", 2025, "paragraph")}),
        ("Baotou aims to lead in research by 2025. That's when Baotou will build a rare earth base.",
         {("Baotou", "rare_earth", 2025, "paragraph")}),
        (  # sentences that spell out the labels the sentence with the deadline set targets for
            "Xiamen promotes its industrial system\n\nXiamen will build a \"4+4\" industrial system by 2027.\n\n"
            "The four pillar industry clusters refer to the machinery industrial cluster.\n\n"
            "The four strategic emerging industries include biomedicine.",
            {("Xiamen", "machinery", 2027, "paragraph"), ("Xiamen", "biomedicine", 2027, "paragraph")},
        ),
        (  # ... not past a sentence that spells out nothing
            "Xiamen promotes its industrial system\n\nXiamen will build a \"4+4\" industrial system by 2027.\n\n"
            "Output grew fast.\n\nThe plan was praised.\n\nThe four strategic emerging industries include biomedicine.",
            {("Xiamen", "biomedicine", None, None)},
        ),
        (  # ... not the period of a plan the sentence names: it dates the plan, not what later sentences list
            "Hunan plans\n\nThe Action Plan of Hunan Province to Build a Powerful Province in Manufacturing "
            "(2016-2020) was released on Nov. 19.\n\nThe four key sectors are: biomedicine and robots.",
            {("Hunan", "biomedicine", None, None), ("Hunan", "robotics", None, None)},
        ),
    ],
    ids=["by then", "too far from the year", "in the same period", "during that period", "that's when", "labels spelt out",
         "labels spelt out too far on", "a plan's period"],
)
def test_by_then_takes_the_deadline_just_set(text, expected):
    assert {(f.place, f.sector_id, f.deadline, f.deadline_scope) for f in extract(text)} == expected


def test_a_head_noun_that_modifies_another_noun_is_no_cluster():
    """"base stations" are telecoms equipment, not a base; the park in the same sentence still is one."""
    facts = extract("Zhangjiakou will use hydrogen in 5G base stations and build a hydrogen energy industrial park.")
    assert "base" not in {f.cluster_kind for f in facts}
    assert ("hydrogen_energy", "park") in {(f.sector_id, f.cluster_kind) for f in facts}


def test_the_sentence_that_gives_a_fact_its_deadline_is_its_evidence():
    """A sentence-scoped deadline is read in the evidence, not in some other sentence."""
    first = "Yunnan has formed a solar photovoltaic industry."
    dated = "By 2023, Yunnan will double its solar photovoltaic output."
    (fact,) = extract(f"{first} {dated}")
    assert (fact.deadline, fact.deadline_scope, fact.evidence) == (2023, "sentence", dated)
    assert f"{first} {dated}"[fact.start : fact.end] == dated


@pytest.mark.parametrize(
    "text, expected",
    [("Inner Mongolia will construct large-scale wind and solar bases.", {"wind_power", "solar_pv"}),
     ("Gansu will develop wind, solar and hydro power.", {"wind_power", "solar_pv", "hydropower"})],
    ids=["wind and solar", "wind, solar and hydro"],
)
def test_energy_sources_named_with_a_shared_head_noun_are_each_a_sector(text, expected):
    assert {f.sector_id for f in extract(text)} == expected


def test_a_sector_form_hyphenated_as_a_modifier_is_the_sector():
    facts = extract("Ningxia will build large coal-chemical bases and a coal-power base.")
    assert {f.sector_id for f in facts} == {"coal_chemicals", "thermal_power"}


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Wudang district, in Guiyang, set out its plan. By 2025, Wudang will form industrial clusters of "
            "medicine and electronic information.",
            {("Wudang", "pharmaceuticals"), ("Wudang", "electronic_information")},
        ),
        ("Haidian will form industrial clusters of medicine and electronic information.", set()),
    ],
)
def test_a_district_given_in_full_makes_facts_by_its_bare_name(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "It" / "Its" opening a sentence is the place the last sentence opened on
        ("Anhui aims to nurture 5 NEV makers. It wants to create intelligent connected vehicle clusters.",
         {("Anhui", "intelligent_connected_vehicles"), ("Anhui", "new_energy_vehicles")}),
        ("While Jiangxi proposed to foster two industries. It would focus on developing aviation and new materials.",
         {("Jiangxi", "aviation"), ("Jiangxi", "new_materials")}),
        ("By 2025, Hefei and Wuhu will grow. Its plan is to develop new materials.",
         {("Hefei", "new_materials"), ("Wuhu", "new_materials")}),
        ("According to the NDRC, Hefei will grow. Besides, it will develop new materials.", {("Hefei", "new_materials")}),
        ("Hefei makes five-year development plan\n\nIt will develop tourism and big data.",
         {("Hefei", "tourism"), ("Hefei", "big_data")}),
        # ... or a section's heading right above it
        ("Sichuan's zone\n\nTianfu New Area\n\nIt will grow finance.\n\nQingbaijiang District\nIt will grow logistics.",
         {("Tianfu New Area", "finance"), ("Qingbaijiang", "logistics")}),
        ("Hunan will forge five industries. Jiangxi will grow too. It would focus on aviation.", {("Jiangxi", "aviation")}),
        # a dateline's city is where the story was filed, not the city referred back to
        ("NANNING, Oct. 4 (Xinhua) -- Guangxi plans an aluminum base.\n\nMeanwhile, the city will invest in "
         "aluminum processing.", {("Guangxi", "aluminum")}),
        ("Hefei will grow.\n\nLastly, it will strengthen the robot industry.", {("Hefei", "robotics")}),
        # ... or the place a document is reported to say something of
        ("The report also says that Fujian will improve its industrial chain.\n\nIt will foster the digital "
         "economy.", {("Fujian", "digital_economy")}),
        # ... after any phrase set off by a comma
        ("Wuxi has set six tasks.\n\nTo improve chip manufacturing, it will support compound semiconductors.",
         {("Wuxi", "integrated_circuits")}),
        ("Wuxi has set six tasks.\n\nWhen developing new materials, it will focus on graphene.",
         {("Wuxi", "new_materials"), ("Wuxi", "graphene")}),
        # ... whose numbers may hold a point or a thousands comma
        ("Qianhai was set up in 2010.\n\nCovering 14.92 square kilometers, it will develop fintech.",
         {("Qianhai", "fintech")}),
        ("Suzhou Industrial Park opened in 1994. With 1,200 firms, it will grow biomedicine.",
         {("Suzhou Industrial Park", "biomedicine")}),
        # ... or the place whose making the last sentence opened on
        ("Hefei will grow biomedicine.\n\nThe development of Xiong'an New Area is on the fast track.\n\n"
         "It will prioritize robotics.", {("Hefei", "biomedicine"), ("Xiong'an New Area", "robotics")}),
        ("Wuxi will grow.\n\nBy 2025, it is expected that graphene will boom.", set()),
        # ... or the place a sentence opening on "The county" referred to
        ("Huzhou's Deqing county joined a program.\n\nA.\n\nB.\n\nC.\n\nThe county is home to a software park."
         "\n\nIt has also been developing general aviation.",
         {("Deqing", "software"), ("Deqing", "general_aviation")}),
        # ... also when that sentence names other places further in
        ("Zhejiang approved the Huzhou Industrial Cooperation Zone.\n\nThe industrial zone is composed of Yixing city "
         "and Liyang city.\n\nIt aims to become a hub for new materials.",
         {("Huzhou Industrial Cooperation Zone", "new_materials")}),
        # ... and when a place referred back to further in only says where
        ("Baiyun district in Guiyang, capital city of Guizhou province, will grow.\n\nIt will focus on automotive "
         "electronics and build a base for electronic component enterprises in the province.",
         {("Baiyun", "auto_parts"), ("Baiyun", "electronic_information")}),
        # ... and when it names other places that take part of what it says
        ("Shandong will grow.\n\nIt will develop chips and robots, and support Weifang to build a VR base.",
         {("Shandong", "integrated_circuits"), ("Shandong", "robotics"), ("Weifang", "virtual_reality")}),
        ("Shandong will grow.\n\nIts capital Jinan will build a VR base.", {("Jinan", "virtual_reality")}),
        # "They" for the places a sentence opened on together, not for one
        ("Guiyang and Gui'an New Area will focus on computing power.\n\nThey are working on artificial intelligence.",
         {("Guiyang", "data_centers"), ("Gui'an New Area", "data_centers"), ("Guiyang", "artificial_intelligence"),
          ("Gui'an New Area", "artificial_intelligence")}),
        ("Hefei will focus on computing power.\n\nThey are working on artificial intelligence.",
         {("Hefei", "data_centers")}),
        # a headline that names its source first: the subject comes after the colon
        ("Hubei Daily: Xiangyang to forge ahead\n\nIt will develop tourism and big data.",
         {("Xiangyang", "tourism"), ("Xiangyang", "big_data")}),
        ("Hubei Daily reports on the plan\n\nIt will develop tourism and big data.", set()),
        # a dummy "it", a place that is no subject, and a subject too far back
        ("Hefei will grow. It is expected that new materials will boom.", set()),
        ("Hefei will grow. It takes new materials to boom.", set()),
        ("Hefei will grow. It takes medicine and machinery as principal industries.",  # ... not what it takes as such
         {("Hefei", "pharmaceuticals"), ("Hefei", "machinery")}),
        ("Investors from Shanghai visited the park. It will develop new materials.", set()),
        ("Hefei will grow.\n\nA.\n\nB.\n\nC.\n\nD.\n\nIt will develop new materials.", set()),
    ],
)
def test_it_refers_back_to_the_subject_place(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ('Huzhou has set a goal. The "2" refers to the two industries of textiles and biomedicine in the city.',
         {("Huzhou", "textiles"), ("Huzhou", "biomedicine")}),
        ("Jinan has a plan. The NDRC declared the city a high-tech industrial base.", {("Jinan", "high_tech_industries")}),
        ("Anhui has a plan. As a result, the province will support power batteries.", {("Anhui", "power_batteries")}),
        # the place's own attributes and kinds of places are no back-reference
        ("Huzhou has set a goal. Textiles account for 40% of the city's GDP.", set()),
        ("Hubei has a plan. Biomedicine will grow at the county level.", set()),
    ],
)
def test_the_province_or_city_within_a_sentence_refers_back(text, expected):
    assert pairs(text) == expected


def test_districts_listed_before_their_plural_designation_make_facts():
    text = "Hangzhou will build biomedicine parks in Xiaoshan, Yuhang and Fuyang districts."
    facts_by_place = {(f.place_id, f.sector_id) for f in extract(text)}
    assert {("330109", "biomedicine"), ("330110", "biomedicine"), ("330111", "biomedicine")} <= facts_by_place
    assert not any(place_id == "341200" for place_id, _ in facts_by_place)  # Fuyang of Anhui


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # the partners of cooperation take none of its sectors; the place that cooperates takes them all
            "Suzhou will deepen cooperation with Shanghai and Wuxi in biomedicine and logistics.",
            {("Suzhou", "biomedicine"), ("Suzhou", "logistics")},
        ),
        (
            "We will strengthen industrial links with Beijing and Tianjin to develop new materials.",
            set(),
        ),
        (  # partners named as "the cities of ..."
            "Yantai will strengthen cooperation with the cities of Qingdao, Weifang and Weihai in culture and tourism.",
            {("Yantai", "tourism")},
        ),
        (  # a place after the partner that opens its own clause is the builder
            "Through cooperation with Hong Kong, Shenzhen will develop financial technology.",
            {("Shenzhen", "fintech")},
        ),
        (  # a place set against the builder is no builder either
            "Unlike Wuhan, Xiangyang is to be built into a chemical industry base.",
            {("Xiangyang", "chemicals")},
        ),
        (
            "Compared with Jiangsu and Zhejiang, Anhui will focus on new energy vehicles.",
            {("Anhui", "new_energy_vehicles")},
        ),
        (  # the partners' places listed with others the gazetteer does not know
            "The Guiyang Free Trade Zone will grow. The zone has been focusing on new materials and new energy, and has "
            "established business partnerships with companies in the United States, Mexico, Japan, Hong Kong, and "
            "Taiwan.",
            {("Guiyang Free Trade Zone", "new_materials"), ("Guiyang Free Trade Zone", "new_energy")},
        ),
        (  # where capital or a firm comes from
            "Hengqin will develop TCM, home to 54 Macau-funded enterprises involved in cosmetics.",
            {("Hengqin", "traditional_chinese_medicine"), ("Hengqin", "light_industry")},
        ),
        (
            "Shougang, the only Beijing-based steel maker, will build a steel base in Tangshan.",
            {("Tangshan", "steel")},
        ),
        ("Shenzhen-based BYD will build a battery plant in Hefei.", {("Hefei", "batteries")}),  # a firm named after it
        ("Today, Jilin-made cars and high-speed trains are running on a new path.", set()),  # ... or goods
        (  # ... not where projects are
            "Hefei-based projects will cover biomedicine.",
            {("Hefei", "biomedicine")},
        ),
        (  # the capital whose non-capital functions go elsewhere
            "Langfang will undertake Beijing's non-capital functions and develop big data.",
            {("Langfang", "big_data")},
        ),
        (
            "Hebei will take over the non-capital functions of Beijing and develop big data.",
            {("Hebei", "big_data")},
        ),
        (  # a province whose capital is meant
            "Shandong's capital will build a robot base.",
            set(),
        ),
        (
            "Shandong's capital becomes hot spot for investment\n\nJinan, the capital city of Shandong province, is "
            "building itself into a hot spot. The city has been developing key industries. These include big data.",
            {("Jinan", "big_data")},
        ),
        (  # ... not its money
            "Shanghai's capital market will support biomedicine.",
            {("Shanghai", "biomedicine")},
        ),
        (  # the places a sector is opened up to
            "Guangdong has been increasing its opening-up level to Hong Kong and Macau in sectors like finance.",
            {("Guangdong", "finance")},
        ),
        (  # the people of places a plan serves or draws
            "Qianhai will open up information technology services to Hong Kong and Macao residents.",
            {("Qianhai", "software")},
        ),
        (  # the strengths of other places a builder draws on
            "The zone will leverage Shenzhen's thriving high-tech industries and Hong Kong's professional services.",
            set(),
        ),
        (
            "Relying on Wuhan's optics valley, Ezhou will build an optoelectronics base.",
            {("Ezhou", "optoelectronics")},
        ),
        (  # a rank's rivals
            "Wuhan will build an optics valley second only to Shenzhen and Suzhou.",
            {("Wuhan", "optoelectronics")},
        ),
        ("Yancheng will grow offshore wind power to rank third in the country behind Nantong and Shanghai.",
         {("Yancheng", "wind_power")}),
        (  # ... not those one throws one's weight behind
            "Guangdong will throw its weight behind Guangzhou and Shenzhen to build cross-border e-commerce hubs.",
            {("Guangdong", "cross_border_ecommerce"), ("Guangzhou", "cross_border_ecommerce"),
             ("Shenzhen", "cross_border_ecommerce")},
        ),
        (  # "together with" joins builders, not partners
            "Guangzhou, together with Foshan, will build an automobile cluster.",
            {("Guangzhou", "automobiles"), ("Foshan", "automobiles")},
        ),
        (  # those a cooperation is between, after the builder
            "Hengqin will develop biomedicine relying on the Park of Cooperation Between Guangdong & Macao.",
            {("Hengqin", "biomedicine")},
        ),
        (  # ... who may be the builders themselves
            "Cooperation between Shenzhen and Hong Kong will promote fintech.",
            {("Shenzhen", "fintech"), ("Hong Kong", "fintech")},
        ),
    ],
)
def test_partners_of_cooperation_and_places_contrasted_are_not_builders(text, expected):
    assert pairs(text) == expected


def facts_by_pair(text: str) -> dict[tuple[str, str], Fact]:
    return {(f.place, f.sector_id): f for f in extract(text)}


_PLAN = "Hubei Province Action Plan for Manufacturing Clusters\n\n"


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # a plan need not repeat whose plan it is
            _PLAN + "Efforts will be made to develop new materials and integrated circuits.",
            {("Hubei", "new_materials"), ("Hubei", "integrated_circuits")},
        ),
        (  # a numbered task opening on its verb
            _PLAN + "(3) Develop the new energy vehicle industry and build a biomedicine cluster.",
            {("Hubei", "new_energy_vehicles"), ("Hubei", "biomedicine")},
        ),
        (  # a heading naming a place is the subject of its section; one naming none goes back to the title's
            _PLAN + "Xiangyang Automobile Corridor\n\nThe corridor will focus on new energy vehicles.\n\n"
            "Key tasks\n\nWe will develop robots.",
            # the heading names a corridor, a zone of the place's: "the corridor" refers back to it
            {("Xiangyang Automobile Corridor", "new_energy_vehicles"), ("Hubei", "robotics")},
        ),
        (  # a sentence that is only a place's name opens its section, as a heading would
            _PLAN + "——Xiangyang city. We will expand industries such as lithium batteries.\n\n"
            "(2) Yichang: Promote the upgrading of the chemical industry.",
            {("Xiangyang", "batteries"), ("Yichang", "chemicals")},
        ),
        (  # a photo's caption on a line of its own is no heading
            _PLAN + "Aerial photo of Wuhan Optics Valley. /CFP\n\nThe plan calls for developing lasers and optoelectronics.",
            {("Hubei", "optoelectronics")},
        ),
        (  # ... nor one that ends on its photographer's credit
            _PLAN + "Workers check coal and cement at a plant in Wuhan. Zhang Hua / For China Daily |\n"
            "The plan calls for developing lasers.",
            {("Hubei", "optoelectronics")},
        ),
        (  # a report of the past sets out no plan
            _PLAN + "Output of new materials rose by 12 percent last year.",
            set(),
        ),
        (  # the whole country is not the plan's place
            _PLAN + "China will develop new materials.",
            set(),
        ),
        (  # places named before, not the section's
            _PLAN + "They will develop new materials.",
            set(),
        ),
        (  # sectors placed in unnamed parts of the subject
            _PLAN + "Shipbuilding will be prioritized in a series of cities.",
            set(),
        ),
        (  # a subject that is some of the section's places
            _PLAN + "Cities along the river should focus on shipbuilding.",
            set(),
        ),
        (  # the resources an opening frame relies on are not built
            _PLAN + "Relying on abundant resources such as copper and aluminum, the region will build a steel cluster.",
            {("Hubei", "steel")},
        ),
        (  # a title that names no place sets no subject
            "Action Plan for Manufacturing Clusters\n\nEfforts will be made to develop new materials.",
            set(),
        ),
        (  # a plan's title may go on after its plan noun
            "Action Plan for Hubei to Build Manufacturing Clusters\n\nEfforts will be made to develop new materials.",
            {("Hubei", "new_materials")},
        ),
        (  # a headline that reports a plan for a place: the plan, and the story, are about that place
            "China issues plan for Hubei manufacturing clusters\n\nEfforts will be made to develop new materials.",
            {("Hubei", "new_materials")},
        ),
        (
            "State Council approves development plan for the Hunan and Jiangxi border area\n\n"
            "The plan calls for developing lithium batteries.",
            {("Hunan", "batteries"), ("Jiangxi", "batteries")},
        ),
        (  # a plural plan noun; a plan statement in the passive: what the plan listed as key industries
            "Plans for the Hunan and Jiangxi border area approved\n\nEight industries, including engineering "
            "machinery and lithium batteries, were listed as the key industries for development.",
            {("Hunan", "engineering_machinery"), ("Hunan", "batteries"), ("Jiangxi", "engineering_machinery"),
             ("Jiangxi", "batteries")},
        ),
        (  # ... or a plan on promoting the development of a place
            "China issues guideline on promoting high-quality development of the country's northeast region\n\n"
            "The guideline urges building bases for new materials.",
            {("Northeast China", "new_materials")},
        ),
        (  # ... but not one that names other places after them, nor a plan that is not for them
            "China issues plan for Hubei to learn from Guangdong\n\nEfforts will be made to develop new materials.",
            set(),
        ),
        (  # a headline that names one place, and no other, is about it, whatever it says of it
            "Wang Xiaofeng on targets for Hubei's five-year plan\n\nEfforts will be made to develop new materials.",
            {("Hubei", "new_materials")},
        ),
        (  # a title that names no place: the one place the lead names is the story's
            "Industries plan out fresh strategies\n\nNew industries will get top attention as Xiamen optimizes its "
            "structure along the Taiwan Straits.\n\nHeavy industry will focus on shipbuilding.",
            {("Xiamen", "shipbuilding")},
        ),
        (  # what a plan's labels stand for
            "Hebei sets out a plan\n\nThe five chains represent big data and modern agriculture.",
            {("Hebei", "big_data"), ("Hebei", "modern_agriculture")},
        ),
        (  # where a plan puts its emphasis
            "Rugao boosts its towns\n\nEmphasis has been put on the three pillar industries of smart equipment "
            "manufacturing and auto parts. Priority will be given to biomedicine.",
            {("Rugao", "high_end_equipment"), ("Rugao", "auto_parts"), ("Rugao", "biomedicine")},
        ),
        (  # an effort under way, in the passive: "are being fostered"
            "Xuzhou rolls out plans\n\nStrategic emerging industries such as software and new energy are being "
            "fostered. The city is committed to developing engineering machinery.",
            {("Xuzhou", "software"), ("Xuzhou", "new_energy"), ("Xuzhou", "engineering_machinery")},
        ),
        (  # a priority, in a summary that ends its sentences on its sources' numbers
            "Yanbian news\n\nCore Insights - Yanbian Korean Autonomous Prefecture is growing [1] - The development "
            "of ten industrial clusters is a priority, with a focus on food processing and textiles [2]",
            {("Yanbian", "food"), ("Yanbian", "textiles")},
        ),
        (  # ... after the dateline that opens it: "Chengdu - "
            "Opportunity list released for investors\n\nChengdu - In its new list, Tianfu New Area identified three "
            "development aspects.\n\nThe two leading industries are biomedicine and integrated circuits. Three "
            "pillar industries are also prioritized: aviation, robotics and new materials.",
            {("Tianfu New Area", s) for s in ("integrated_circuits", "biomedicine", "aviation", "robotics",
                                             "new_materials")},
        ),
        (  # ... nor under a national plan's own title
            "National Plan for Manufacturing Clusters\n\nBeijing will build a robot base.\n\n"
            "Efforts will be made to develop new materials.",
            {("Beijing", "robotics")},
        ),
        (  # a text that opens on a place referred to before naming it: the one of that kind named later
            "The municipality aims to form 10 industrial clusters by 2020.\n\nThe ten emerging industries are "
            "robots and new materials.\n\nOrders for the Chongqing robots have increased.",
            {("Chongqing", "robotics"), ("Chongqing", "new_materials")},
        ),
        (  # ... even when it names that place again
            "Strategies laid out for future industries\n\nShenzhen will grow, according to a report by Shenzhen "
            "Party chief Wang at the Shenzhen Congress.\n\nBy 2025, the digital economy will account for 31 percent.",
            {("Shenzhen", "digital_economy")},
        ),
        (  # ... not when the lead names others besides
            "Industries plan out fresh strategies\n\nNew industries will get top attention in Xiamen, ahead of "
            "Fuzhou.\n\nHeavy industry will focus on shipbuilding.",
            set(),
        ),
        (  # ... but a region so named is the scope of a national text, whose plans are not the region's own
            "China publishes guideline to help central regions set up clusters\n\n"
            "Efforts will be made to develop new materials.",
            set(),
        ),
        (  # a headline whose subject is the place: the story is that place's plan
            "Hubei makes five-year development plan\n\nEfforts will be made to develop new materials.",
            {("Hubei", "new_materials")},
        ),
        (
            "Hubei Province is making efforts to build a strong province\n\nStrive to cultivate robot clusters.",
            {("Hubei", "robotics")},
        ),
        (  # the headline's subject is the place's thing; or its verb is one of any kind
            "Xi'an's development zones to thrive in 2021-25\n\nEmerging industries such as robotics will be cultivated.",
            {("Xi'an", "robotics")},
        ),
        (
            "Fujian takes measures on exports\n\nEfforts will be made to develop new materials.",
            {("Fujian", "new_materials")},
        ),
        (  # a region as a headline's subject, after an article
            "The Pearl River Delta is set to build a cluster of cities\n\n"
            "Innovations should be strengthened in robotics.",
            {("Pearl River Delta", "robotics")},
        ),
        (  # a plan's numbered label spelt out
            "Huzhou aims to grow\n\nThe \"4\" refers to four industries, namely robots and new materials.",
            {("Huzhou", "robotics"), ("Huzhou", "new_materials")},
        ),
        (  # ... without quotes
            "Wenzhou sets out its 1+3 plan\n\nThree stands for three industries: robots, new materials and tourism.",
            {("Wenzhou", "robotics"), ("Wenzhou", "new_materials"), ("Wenzhou", "tourism")},
        ),
        (
            "Xiangyang to build 20 industrial parks\n\nThe parks will focus on new energy vehicles.",
            {("Xiangyang", "new_energy_vehicles")},
        ),
        (  # a story's lead: its place named again in an office's name, and where it was said, are no others
            "HEFEI is intensifying efforts to lead in robotics, Wang Lin, director of the Hefei Municipal Bureau, said "
            "at a news conference yesterday in Shushan District.\n\nEfforts will be made to develop new materials.",
            {("Hefei", "robotics"), ("Hefei", "new_materials")},
        ),
        (  # "These include ..." lists the kinds the plan names
            "Xiangyang to build 20 industrial parks\n\nSeveral areas were named. These include robotics and new "
            "materials.",
            {("Xiangyang", "robotics"), ("Xiangyang", "new_materials")},
        ),
        (  # the capital speaking for the state of another place
            "Beijing unveils incentives for Xinjiang zones\n\nThe zones will also develop logistics.",
            set(),
        ),
        (  # ... also "clearly"
            "Gansu makes five-year development plan\n\nThe Action Plan clearly points out the necessity to focus on "
            "cultivating new materials.",
            {("Gansu", "new_materials")},
        ),
        (  # what the plan says, as news reports it, and what a step is expected to do
            "Gansu makes five-year development plan\n\nThe opinions suggest extending the chain of the "
            "coal chemical industry. The move is expected to upgrade the steel industry.",
            {("Gansu", "coal_chemicals"), ("Gansu", "steel")},
        ),
        (  # a sentence listing what the plan's kinds of industry are, and one that goes on with the list
            "Xiangyang to build 20 industrial parks\n\nThe key sectors cover robots and "
            "new materials. It also covers biomedicine. These pillar industries mainly include blockchain.",
            {("Xiangyang", "robotics"), ("Xiangyang", "new_materials"), ("Xiangyang", "biomedicine"),
             ("Xiangyang", "blockchain")},
        ),
        (  # a colon after a place introduces what is said of it
            "The rules define the key categories of the development of the textile industry in Jiangxi Province: we "
            "will give priority to industries such as ceramics and steel, and develop new materials.",
            {("Jiangxi", s) for s in ("textiles", "ceramics", "steel", "new_materials")},
        ),
        (  # a list set off by a colon
            "Hunan releases action plan\n\nThe 12 key sectors are: the leading industries of engineering machinery "
            "and new materials. These paths include: strengthening biomedicine.",
            {("Hunan", "engineering_machinery"), ("Hunan", "new_materials"), ("Hunan", "biomedicine")},
        ),
        (  # a list of key sectors with no article before it
            "Xiangyang to build 20 industrial parks\n\nKey sectors include vaccines and high-speed trains.",
            {("Xiangyang", "biomedicine"), ("Xiangyang", "rail_transit_equipment")},
        ),
        (  # a count of the plan's kinds, and what they are
            "Xiangyang to build 20 industrial parks\n\nThe two emerging industries are vaccines and high-speed "
            "trains. The two sectors are growing fast in robotics.",
            {("Xiangyang", "biomedicine"), ("Xiangyang", "rail_transit_equipment")},
        ),
        (  # the kinds a plan targets
            "Xiangyang to build 20 industrial parks\n\nThe industries targeted include vaccines and high-speed trains.",
            {("Xiangyang", "biomedicine"), ("Xiangyang", "rail_transit_equipment")},
        ),
        (  # a past or present fact about a sector is no list of a plan's kinds
            _PLAN + "Sales of robots grew fast. The opinions were welcomed by the steel industry.",
            set(),
        ),
        (  # a translated plan's list items: a participle, or a verb after an adverb
            _PLAN + "1. Equipment sector. Focusing on construction machinery and power equipment. "
            "Scientifically develop new energies such as wind power.",
            {("Hubei", "engineering_machinery"), ("Hubei", "power_equipment"), ("Hubei", "wind_power")},
        ),
        (  # the country a place is measured against is no national scope
            _PLAN + "Develop robotics to be at the forefront of the country. "
            "Develop biomedicine across the country.",
            {("Hubei", "robotics")},
        ),
        (  # a participle that is no task
            _PLAN + "Building on its coal industry, the region grew. Developing countries buy steel.",
            set(),
        ),
    ],
)
def test_a_placeless_plan_sentence_is_about_its_section_or_title_place(text, expected):
    assert pairs(text) == expected  # the first heading is the title
    assert pairs(text, title=text.split("\n")[0]) == expected  # the title the reader found


def test_a_section_subject_is_the_least_sure_pairing():
    by_pair = facts_by_pair(_PLAN + "Efforts will be made to develop new materials.\n\nWuhan will develop robots.")
    assert by_pair[("Hubei", "new_materials")].confidence == pytest.approx(0.6)
    assert by_pair[("Hubei", "new_materials")].place_text == "Hubei Province"
    assert by_pair[("Wuhan", "robotics")].confidence == pytest.approx(0.75)


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # a clause that names no place goes on about the sentence's first places, not the last clause's
            "We will encourage Hebei to develop first; support platforms such as Wuhu and Bengbu; "
            "and continue to develop the marine economy.",
            {("Hebei", "marine_economy")},
        ),
        (
            "Hefei will build an automobile cluster; support Wuhu and Bengbu in logistics; and develop robots.",
            {("Hefei", "automobiles"), ("Hefei", "robotics"), ("Wuhu", "logistics"), ("Bengbu", "logistics")},
        ),
    ],
)
def test_a_placeless_clause_after_a_semicolon_is_the_first_places(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # an item whose thing names no known sector lends its place none of the others'
            "The clusters are the software industry in Xi'an, the internet of things at Chongqing, "
            "the lacquerware R&D at Fuzhou and the aviation sector at Shenyang.",
            {("Xi'an", "software"), ("Chongqing", "internet_of_things"), ("Shenyang", "aviation")},
        ),
        (  # "the industry in ..." refers back to the sector named before
            "An alliance for home appliance R&D will be set up, upgrading the industry in cities such as Ningxiang and Jingmen.",
            {("Ningxiang", "home_appliances"), ("Jingmen", "home_appliances")},
        ),
        (  # a list of bases each named with its place
            "It will build bases including the Zigong biotech base and Neijiang robot base.",
            {("Zigong", "biotechnology"), ("Neijiang", "robotics")},
        ),
        (  # clusters based on, centred on or anchored in the places after them
            "It has an auto belt based on Shiyan and Wuhan and a major technical equipment belt based on Yichang.",
            {("Shiyan", "automobiles"), ("Wuhan", "automobiles"), ("Yichang", "equipment_manufacturing")},
        ),
        (
            "A robot cluster centred on Foshan and a chip base anchored in Wuxi will be built.",
            {("Foshan", "robotics"), ("Wuxi", "integrated_circuits")},
        ),
    ],
)
def test_a_place_of_a_list_item_naming_no_sector_takes_no_other_item_s(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "This photo taken on May 8, 2023 shows a robot assembly line at an industrial base in Wuhu.",
        "Photo taken on May 3 shows Wuhan's robot industrial base.",
        "A worker assembles robots in Hefei, east China's Anhui Province, March 1, 2024. (Xinhua/Zhang Duan)",
        "Staff members debug a food delivery drone in Shenzhen, south China's Guangdong Province, April 23, 2024. "
        "(File photo: Xinhua)",
        "Workers check equipment at a wind power plant in Urumqi, northwest China's Xinjiang Uygur Autonomous Region, "
        "Sept. 18, 2018.",
        "Cargo drones carrying fruit land at an airport in Lishui, east China's Zhejiang, May 5, 2024.",
        "Cargo drones carrying fruit land at the drone base in Lishui, east China's Zhejiang, this month. [Photo/Xinhua]",
        "Employees work at a battery production facility of a CATL subsidiary in Yibin, Sichuan province.",
        "A farmer harvests tea in Pu'er, where the tea industry base lies.",
        "Hebei Governor Hu Chunhua (middle) and Vice-Governor Fu Zhifang (far right) at a ceremony launching a new "
        "facility to make photovoltaic cells in Xingtai.",  # people placed in the picture
        "Mayor Li Wei (2nd L) visits the new energy vehicle base in Hefei.",
        "Robots are assembled at a robot production workshop in Dalian, Northeast China's Liaoning Province, on June "
        "23, 2025.",  # a news photo's place and day, after "on"
        "A lithium battery plant is seen under construction in Xinyu, East China's Jiangxi Province, on Thursday.",
        "A robot production line is seen in Hefei.",  # what the picture shows, as seen
        "The photo above shows the workshop of a battery plant in Jilin.",
    ],
)
def test_a_photo_caption_makes_no_fact(text):
    assert pairs(text) == set()


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Workers will build a battery base in Yibin.", {("Yibin", "batteries")}),
        ("Visitors to Yibin will see its new battery base.", {("Yibin", "batteries")}),
        ("The Hefei robot base is seen as a key project.", {("Hefei", "robotics")}),  # how it is regarded
        ("Hefei will build a robot base, the mayor said on Thursday.", {("Hefei", "robotics")}),
    ],
)
def test_a_sentence_about_people_that_sets_out_a_plan_is_no_caption(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Wuhan is building a health park. With a planned area of 4 sq km, the Health Industrial Park will become a "
         "hotspot of biomedicine.", {("Wuhan", "biomedicine")}),
        ("Wuhan is building a health park. The Health Industrial Park of Hefei will develop biomedicine.",
         {("Hefei", "biomedicine")}),  # ... not one named with its place
    ],
)
def test_a_part_of_the_subject_named_without_its_place_is_the_subject_s(text, expected):
    assert pairs(text) == expected


def test_a_route_named_after_its_ends_is_no_subject_for_it():
    text = ("Shangrao Industrial Zone lies west of Shangrao City. The Shanghai-Ruijin Express Highway goes through it. "
            "It is divided into an electronic industry district and a bioengineering district.")
    assert {place for place, _ in pairs(text)} == {"Shangrao Industrial Zone"}


@pytest.mark.parametrize(
    "furniture",
    [
        "Copyright ©  Taizhou Medical High Tech Zone, Taizhou City.",
        "Hot search: Jiangyan district | Industrial zones | automobile industry",
        "Keywords: Taizhou, automobile industry, chemicals",
        "Host: Taizhou Foreign Trade and Economic Relations Commission",
        "Tags: Taizhou | new materials",
    ],
    ids=["copyright", "hot-search", "keywords", "host", "tags"],
)
def test_a_page_footer_or_tag_line_makes_no_fact(furniture):
    text = f"Taizhou will build a biomedicine park.\n{furniture}\n"
    assert {(f.place, f.sector_id) for f in extract(text)} == {("Taizhou", "biomedicine")}


def test_a_sentence_of_plan_ending_on_its_date_is_no_caption():
    assert pairs("Hefei will build a robot industrial base, the Anhui Provincial Government said on April 23, 2024.") == {
        ("Hefei", "robotics")
    }


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Key industries\n\nFurniture industry: Wuhou and Chongzhou\n\nLeather industry: Leshan and Jintang",
            {("Chongzhou", "furniture"), ("Leshan", "leather_footwear"), ("Jintang", "leather_footwear")},
        ),
        (
            "Key industries\n\nWuhan: optoelectronics\n\nChangsha: construction machinery",
            {("Wuhan", "optoelectronics"), ("Changsha", "engineering_machinery")},
        ),
        (  # a heading that only names a place and a sector is no label
            "Xiangyang Automobile Corridor\n\nThe corridor is 50 km long.",
            set(),
        ),
    ],
)
def test_a_line_that_labels_places_with_sectors_pairs_them(text, expected):
    """Short lines without a full stop are taken for headings; a label line is paired all the same."""
    assert pairs(text) == expected


def test_a_fact_stated_again_with_its_cluster_is_one_fact():
    """"Hefei will develop new displays by 2025. ... a new display base": the cluster the fact builds, once."""
    facts = extract("Hefei will develop new displays by 2025. Hefei will also build a new display base and other projects.")
    assert [(f.place, f.sector_id, f.cluster_kind, f.deadline) for f in facts] == [("Hefei", "new_display", "base", 2025)]
    assert facts[0].evidence.startswith("Hefei will also build")


def test_a_sentence_states_a_place_s_sector_once():
    """Two cluster phrases of one sector in one sentence make one fact."""
    facts = extract("Shanxi will build a national coal base and extend the coal industry chain.")
    assert [(f.place, f.sector_id) for f in facts] == [("Shanxi", "coal")]
    assert facts[0].cluster_kind in ("base", "chain")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("In recent years, Anhui has focused on the textile industry.", set()),
        ("Since the reform and opening up, Fujian's footwear industry has grown fast.", set()),
        ("For decades, Hunan has focused on resources like coal and cement.", set()),
        ("With these achievements, Gansu has become a leader in wind power.", set()),
        ("In 2021, Jiangxi had 1,200 ceramics enterprises.", set()),
        ("In the first quarter of this year, Guizhou achieved an output value of 708 million yuan in electronic "
         "information manufacturing.", set()),  # a statistic of part of a year
        ("In the first half of next year, Guizhou will build a big data base.", {("Guizhou", "big_data")}),
        ("Phosphate reserves in Kaiyang county and Fuquan city amount to 10 billion tons of mining output.", set()),
        ("As a resource-dependent city, Loudi relies on heavy industries like steel and coal mining.", set()),
        ("Shandong now has over 100 companies in the hydrogen industry.", set()),  # a count of what it has
        ("Tangshan has a number of industrial clusters centering on steel and machinery.", set()),  # clusters it has
        ("Jilin is big. The plant will soon add a capacity of 200,000 new energy vehicles.", set()),  # one firm's
        ("The company buys coal tar mainly from Xinjiang and makes new energy products.", set()),
        ("Chery Holding to Build Auto Parts Industrial Base in Wuhu, Anhui Province", set()),  # a company by name
        ("China Baowu Group will build a steel base in Zhanjiang.", set()),
        ("The Central Plains City Group will build a chip cluster in Zhengzhou.",  # a group of cities
         {("Zhengzhou", "integrated_circuits")}),
        ("Hunan has plans to build three robot clusters.", {("Hunan", "robotics")}),
        ("Hunan has put 269 fuel-cell vehicles into service.", set()),
        ("Hunan wants to have over 10 vehicle brands and build a fuel-cell vehicle cluster.",  # an aim
         {("Hunan", "new_energy_vehicles")}),
        ("Shandong is rich in hydrogen and serves as a logistics hub.", {("Shandong", "logistics_hub")}),
        ("Regions associated with coal, such as Shanxi, will develop new energy.", {("Shanxi", "new_energy")}),
        ("Yuncheng, which has relied on coal mining, will build a new materials cluster.",  # what it lived on
         {("Yuncheng", "new_materials")}),
        ("Shiyan will develop new energy vehicles relying on its automobile industry.",
         {("Shiyan", "new_energy_vehicles")}),
        ("Wuhan is home to a number of car-making companies and will build a hydrogen energy city.",
         {("Wuhan", "hydrogen_energy")}),
        ("Nanjing is home to more than 100 intelligent manufacturing enterprises.", set()),  # a count
        ("The plan calls for Xiamen to be home to marine industrial parks in Haicang.",  # what it is to be home to
         {("Xiamen", "marine_economy"), ("Haicang", "marine_economy")}),
        ("Build a modern port cluster in the Beibu Gulf.", {("Beibu Gulf City Cluster", "shipping_ports")}),
        ("Xuzhou hosts numerous large enterprises across sectors such as machinery and chemicals.", set()),
        ("Qingdao hosts a multitude of industry-leading enterprises in sectors such as home appliances.", set()),
        ("Linhai features three characteristic industries - fashion, automobiles and building materials.", set()),
        ("Huangyan District is home to a zone featuring businesses that produce goods such as molds and plastics.",
         set()),
        ("Zhuhai is home to three emerging industries – smart manufacturing, health and new energy.", set()),
        ("Hefei will build a park featuring robots and AI.",
         {("Hefei", "robotics"), ("Hefei", "artificial_intelligence")}),  # planned
        ("Chongqing boasts advantages in many key sectors, including instrumentation, combustion engines, machine "
         "tools and power transmission equipment.", set()),  # unknown items first
        ("Jilin has been hailed as the cradle of China's automotive and chemical industries and will build a "
         "hydrogen energy base.", {("Jilin", "hydrogen_energy")}),  # what it has long been called
        ('Dehua, a county of Quanzhou, is often referred to as "China\'s Capital of Porcelain".', set()),
        ("Shanghai will build a hydrogen energy harbor in Jiading, the center of its automobile industry.",
         {("Shanghai", "hydrogen_energy"), ("Jiading", "hydrogen_energy")}),  # what an aside says it is
        ("Wuhan will become the center of China's automobile industry.", {("Wuhan", "automobiles")}),  # a plan
        (  # looking back, then forward: a plan all the same
            "In recent years, Anhui has grown, and it will develop the textile industry.",
            {("Anhui", "textiles")},
        ),
        ("In 2025, Hefei will build a new display base.", {("Hefei", "new_display")}),
        ("Beijing saw rapid development of new energy vehicles in 2023.", set()),  # a year reached
        ("As early as 2006, the first hydrogen refueling station was put into operation in Shanghai.", set()),
        ("Built by the Shaanxi government and Xi'an in November 2006, the zone focuses on aerospace.", set()),
        ("Established in 2010, the Hefei zone will develop robots.", {("Hefei", "robotics")}),
        ("The 2025 plan is based on Shanghai's existing foundation of high-tech hubs.", set()),  # what it has
        (  # a sentence that looks back sets no fact but still opens on the place "It" refers to
            "Hefei will build an AI hub. In 2021, Wuhu produced 100 robots. It will build a robot cluster.",
            {("Hefei", "artificial_intelligence"), ("Wuhu", "robotics")},
        ),
        ("The Caofeidian district steel production base was set up in 2012.", set()),
        ("The work plan for the digital economy in Henan Province in 2022 was issued.", {("Henan", "digital_economy")}),
        ("Beijing will develop new energy vehicles, after it saw rapid growth in 2023.",
         {("Beijing", "new_energy_vehicles")}),  # looking back, and forward
        (  # a statistic
            "The number of software enterprises in Dalian reached 1,180, up 45 percent year on year.",
            set(),
        ),
        ("Luoyang's output of robots rose by 12 percent.", set()),
        ("Beihai's electronics output came to 25.8 billion yuan, two thirds of Guangxi's.", set()),
        ("Hunan's cultural industry saw rapid growth last year.", set()),  # growth reported
        ("Chengdu has become No.4 of range of software income among deputy provincial cities.", set()),  # a rank
        ("Shandong ranked first in the country in chemical output.", set()),
        ("Yangjiang is already the top offshore wind energy generator in the province, and third in the country.",
         set()),  # a rank
        ("Yunnan has become the largest production base of monocrystalline silicon photovoltaic materials in the world.",
         set()),
        ("Yunnan will become the largest production base of photovoltaic materials in the world.",
         {("Yunnan", "solar_pv")}),  # a goal
        ("Ganzhou produces 70 percent of the country's rare earth.", set()),  # a share it has
        ("Hubei is also the largest production base of special steel and the second largest production base of "
         "automobiles.", set()),  # a rank it holds
        ("The Wuhu Aviation Industrial Park has become a hub for the production of general aviation aircraft.", set()),
        ("Wuhu will become a hub for general aviation.", {("Wuhu", "general_aviation")}),  # a goal
        ("Jinan now has become an important area for the software industry in China.", set()),
        ("Weifang has become a manufacturing powerhouse, excelling in high-end chemicals.", set()),
        ("Weifang will become a manufacturing powerhouse in high-end chemicals.", {("Weifang", "chemicals")}),
        ("Weifang's maglev industry achieved an annual growth rate exceeding 40 percent.", set()),  # growth reported
        ("Investments have resulted in the formation of four IC industry clusters in Beijing and Tianjin.", set()),
        ("Ganzhou, in Jiangxi Province, is dubbed the Tungsten Capital of the World.", set()),  # its epithet
        ("Ganzhou has rich mineral resources such as the world-famous rare earth and tungsten.", set()),
        ("Tibet, short of coal and oil resources, is to build two hydropower plants.", {("Tibet", "hydropower")}),
        ("Xiangyang's mineral deposits include rutile, ilmenite, phosphorus, barite, coal and aluminum.", set()),
        ("Xiangyang will build coal and aluminum bases, relying on its deposits of coal.",
         {("Xiangyang", "coal"), ("Xiangyang", "aluminum")}),  # what it builds on them
        ("Shanghai's erstwhile iron-steel industry base will be transformed into a biomedicine park.",
         {("Shanghai", "biomedicine")}),  # what a place was once
        ("Datong will transform its old steel mills into a robot park.", {("Datong", "robotics")}),
        ("Zhangjiakou will transition from coal and steel to renewable energy and big data.",  # what it moves away from
         {("Zhangjiakou", "new_energy"), ("Zhangjiakou", "big_data")}),
        ("Shanxi will shift away from its reliance on coal and develop new materials.", {("Shanxi", "new_materials")}),
        ("Zhangjiakou traditionally ran on industries like coal and steel, but will build a big data base.",
         {("Zhangjiakou", "big_data")}),  # what it has lived on
        ("Xintai has long been synonymous with coal mining, but will build a solar base.", {("Xintai", "solar_pv")}),
        ("The 13 main tea producing cities are Enshi, Yichang and Shiyan.", set()),  # the places producing most
        ("The plan will promote the distribution of major grain-producing areas in Anhui, Hubei and Henan.", set()),
        ("The plan will build Heilongjiang into a major grain-producing area.",
         {("Heilongjiang", "grain_production")}),  # a goal
        ("LONGi, a giant clean energy company, will build a plant in Qujing.", set()),  # a firm's trade, in an appositive
        ("Qujing will attract clean energy companies.", {("Qujing", "new_energy")}),
        ("Tourism in Nanchang County also gained momentum thanks to the festival.", set()),  # growth reported
        ("Lushan County owns 19 textile companies, covering cotton spinning and weaving.", set()),  # a count
        ("The cotton industry occupies an important position in Xinjiang's economy.", set()),  # its standing now
        ("Hefei is noted for its machinery, advanced materials, electronic systems and software.",
         set()),  # the whole list, past an item that names no sector
        ("Hefei is noted for its machinery, and will build software parks.", {("Hefei", "software")}),  # a clause of its own
        ("Yixing is famous across China for its ceramics.", set()),  # what it is known for
        ("There's Shanghai, with its thriving semiconductor industry.", set()),  # what it has already
        ("Shanghai will build a thriving semiconductor industry.", {("Shanghai", "integrated_circuits")}),  # a goal
        ("The plan aims to make Anhui a province with a thriving intelligent vehicle industry.",
         {("Anhui", "intelligent_connected_vehicles")}),
        ("Anqing's economy had been dominated by petrochemicals.", set()),
        ("Xinjiang is the one and only long-staple cotton production base in China.", set()),  # a standing
        ("Fujian has emerged as a global leader in offshore wind energy.", set()),  # where it leads now
        ("Changsha has 58 higher education institutions.", set()),  # a count of what it has
        ("Jiangsu sees record NEV output.", set()),  # a record set
        ("Hefei will set a new record in NEV output.", {("Hefei", "new_energy_vehicles")}),  # a goal
        ("Chongqing has a reliable energy supply thanks to the abundant local output of coal and natural gas.", set()),
        ("The wig industry thrives in Xuchang, where it employs 300,000 people.", set()),  # growth reported
        ("Xuchang will help its wig industry thrive.", {("Xuchang", "light_industry")}),  # a goal
        ("Wuxi has been a transportation hub since ancient times.", set()),  # a standing held long
        ("Hefei will grow, said an official of the city's economy and information technology bureau.", set()),  # an office
        ("Zhang Dianxing, head of Huoying Fruit and Vegetable Professional Cooperative, will visit Fuyang.", set()),
        ("Managers of Guizhou Aluminum Plant will visit Baiyun.", set()),  # a plant's name
        ("China's coal-heavy Inner Mongolia will develop wind power.", {("Inner Mongolia", "wind_power")}),  # endowed
        ("Coal-rich Shanxi will develop hydrogen.", {("Shanxi", "hydrogen_energy")}),
        ("Shanghai boasts a relatively mature biopharmaceutical production chain.", set()),  # what it has, and how
        ("Hefei has a highly developed headquarters economy.", set()),
        ("Hefei will build a highly developed headquarters economy.", {("Hefei", "headquarters_economy")}),  # a goal
        ("Inner Mongolia has long relied on its rich coal reserves.", set()),
        ("In Jinan, new projects will thrive like mushrooms after rain.", set()),  # a simile (`not_names`)
        ("The deals will cement its role as Jinan's hub.", set()),  # a verb (`not_names`)
        ("Jinan will develop cement.", {("Jinan", "construction_materials")}),
        ("Shandong will build a comprehensive pilot zone for the transformation of old and new energy.",
         set()),  # growth drivers
        ("Hefei will develop edible mushrooms and bamboo shoots.", {("Hefei", "edible_fungi"), ("Hefei", "forestry")}),
        ("Wuhan Iron and Steel Works will sign a deal in Fangchenggang.", set()),  # ... or works'
        ("Pingshan will sign a deal with the Shenzhen committee of China Council for the Promotion of International "
         "Trade.", set()),  # an agency's name
        ("Foreign trade in Yinzhou district was valued at 169.88 billion yuan.", set()),  # what a measure is worth
        ("By 2025, the NEV industry in Hefei will be valued at 100 billion yuan.",
         {("Hefei", "new_energy_vehicles")}),  # ... not a target
        ("Dapeng will display its achievements in bio-medicine at the summit.", set()),  # a showing
        ("Dapeng will build on its achievements in bio-medicine.", {("Dapeng New District", "biomedicine")}),
        ("Changzhou has become a stronghold for China's graphene industry.", set()),  # ... or reached
        ("Handan cuts 8.086 million mt of steelmaking capacity.", set()),  # a quantity cut
        ("The plan specifies the gradual phase-out of outdated coal capacity in Huanggang.", set()),  # ... or phased out
        ("Huanggang will speed up the elimination of outdated steel capacity.", set()),
        ("Huanggang aims to increase the share of non-fossil energy.", {("Huanggang", "new_energy")}),  # not fossil
        ("Handan will eliminate 8 million mt of steel capacity, 8.85 million mt of coal production capacity and 3 "
         "million tons of cement capacity.", set()),  # ... and the next ones of the list
        ("Handan eliminated 8 million mt of steel capacity, 8.8 million mt of iron-smelting capacity and 3 million "
         "tons of cement capacity.", set()),  # ... past one that names no sector
        ("Handan will cut 8 million mt of steel capacity, and build a 3 million tons new materials base.",
         {("Handan", "new_materials")}),  # not what it builds
        ("Suzhou New District (SND) in East China's Jiangsu province will advance its medical device industry.",
         {("Suzhou New District", "medical_devices")}),  # the province only says where
        ("The digital economy has become the most dynamic economic field in Jiaxing.", set()),  # a standing reached
        ("The integrated circuit industry in Jiashan has also been growing steadily.", set()),  # growth reported
        ("Haining and Jiashan performed well in digital industrialization and were ranked among the top 10 in Zhejiang.",
         set()),  # a rank
        ("Jingzhou is a major producer of machinery.", set()),  # what it makes already
        ("As the top province in iron and steel production, Hebei will develop as a processing base for raw materials.",
         set()),  # where it ranks, in an opener
        ("In agriculture the total output of grains in Hebei was 21.77 million tonnes.", set()),  # an amount made
        ("Hebei's steel output rose last year, an increase of 3.7% on 2004.", set()),  # a change by a percentage
        ("Jingzhou will become a major producer of machinery.", {("Jingzhou", "machinery")}),  # ... not a goal
        ("It has the second largest steel output in the world, third in the nation.", set()),
        ("Shandong aims to rank among the top three in chemicals.", {("Shandong", "chemicals")}),  # a target
        ("Guilin Tourism Shows Strong Growth Momentum", set()),
        ("The data shows that while the cultural industry in Hunan developed rapidly, it met constraints.", set()),
        ("Hunan will see rapid growth in its cultural industry.", {("Hunan", "cultural_industries")}),  # a target
        ("Changsha produced 43,000 units of construction machinery in the first half.", set()),  # past output
        ("There are currently 126 listed biomedical enterprises in Taizhou.", set()),  # a count of what is there
        ("Suining currently has 55 various types of lithium battery enterprises.", set()),
        ("Shenzhen is home to more than 2,200 AI companies and boasts a full AI industry chain.", set()),
        ("Huzhou is home to 14,000 market entities involved in the children clothing sector.", set()),
        ("In that year, Chengdu and Luzhou made a 49.1-percent growth in foreign trade.", set()),  # growth made
        ("Yangpu District provides about 45% of Hainan's foreign trade.", set()),  # a share of a place's whole
        ("Chuzhou's photovoltaic module capacity accounts for about half of the province's.", set()),  # ... in words
        ("Chuzhou's photovoltaic output will account for half of Anhui's by 2025.",
         {("Chuzhou", "solar_pv"), ("Anhui", "solar_pv")}),  # a target
        ("Hefei will raise chips to 30% of Anhui's output.", {("Hefei", "integrated_circuits"), ("Anhui", "integrated_circuits")}),
        ("In addition, there are a number of chemical fibre enterprises in Xiangyang.", set()),
        ("Thus the laptop industry was booming in October in Chongqing.", set()),  # a boom reported
        ("Research in Baotou is booming, and Baotou will build a robot base by 2025.", {("Baotou", "robotics")}),
        ("Key industries realize an increase, and Chongqing's auto industry rebounds.", set()),  # a recovery reported
        ("Cixi has gradually become one of China's three major household appliance manufacturing bases.", set()),
        ("Facing the future needs of information communication, Beijing will develop 6G.",  # needs met; a stop after 6G
         {("Beijing", "next_generation_networks")}),
        ("Chongqing will help its auto industry rebound and build a NEV base.",
         {("Chongqing", "automobiles"), ("Chongqing", "new_energy_vehicles")}),  # ... not one hoped for
        ("Jiangxi Province's total tourism revenue during the holiday was 5.68 billion yuan.", set()),  # an amount
        ("Jiangxi's tourism revenue target was set, and Jiangxi will build tourism towns by 2025.",
         {("Jiangxi", "tourism")}),  # no amount
        ("As the home of Dongfeng Motors, Xiangyang is a well known automobile hub.", set()),  # what it is known as
        ("Xiangyang will become a famous automobile hub.", {("Xiangyang", "automobiles")}),  # a goal
        ("Zhangjiagang is now home to more than 10 major projects in semiconductors.",  # projects, not firms
         {("Zhangjiagang", "integrated_circuits")}),
        ("Nearly 10% of global display panels and 20% of photovoltaic modules bear the Made in Anhui mark.",
         set()),  # a share of a whole
        ("Anhui will produce 10% of global display panels by 2025.", {("Anhui", "new_display")}),  # a target
        ("Coal, electricity and metallurgy hold a substantial share in Ningxia, accounting for more than 60 percent of "
         "its industry.", set()),  # a share of a whole
        ("Shijiazhuang has strong capability for innovation, especially in aviation and semiconductors.",
         set()),  # its strengths
        ("Yantai's strong marine engineering and equipment manufacturing capabilities support aerospace.", set()),
        ("Yantai will strengthen its capabilities in marine engineering.", {("Yantai", "marine_equipment")}),
        ("By the end of January, Sanya had accumulated 9,026 registered enterprises, including 1,310 in agriculture.",
         set()),
        ("Shandong's first Perovskite Photovoltaic Technology Innovation Center was inaugurated in Qingdao.",
         set()),  # something finished and working
        ("A robot park was inaugurated in Hefei, which will develop AI chips.",
         {("Hefei", "robotics"), ("Hefei", "integrated_circuits")}),  # ... with a plan after it
        ("There are 12 biomedical parks in Taizhou, and the city will build three more by 2025.",
         {("Taizhou", "biomedicine")}),  # ... not with a plan after it
        ("Guilin has received 8.6 million tourists and achieved tourism revenue of 3.8 billion yuan.", set()),
        ("Wuxi saw its robot output increase 26 percent year on year.", set()),  # a change on last year
        ("In March, Hebei's steel output was down 3.5 pct on the year.", set()),  # a change by a percentage
        ("Guangdong's chip exports jumped 20 percent last year.", set()),
        ("Hefei will build an NEV cluster, with output up 20 percent by 2025.",  # a target
         {("Hefei", "new_energy_vehicles")}),
        ("Yancheng has abundant wind resources and a strong shipbuilding industry, and will develop wind power.",
         {("Yancheng", "wind_power")}),  # what it has already
        ("Output in Baotou rose on surging demand from sectors such as EVs and robotics.", set()),  # what needs it
        ("Guangxi will build a maritime transportation network covering Guangdong, Hong Kong and Macao.",
         {("Guangxi", "shipping_ports")}),  # the places a network reaches build nothing
        ("Zhangjiakou's data center cluster will meet computing power needs in Beijing and other places.",
         {("Zhangjiakou", "data_centers")}),  # the places whose needs it meets
        ("Hunan has kept the top position in China's construction machinery industry.", set()),  # where it leads
        ("Chongqing has also established several industrial clusters of integrated circuits and software.",
         set()),  # the clusters it has formed so far
        ("First, Jinjiang has seven industrial clusters (shoes, textile and garment, construction materials) each worth "
         "over 10 billion yuan.", set()),
        ("Beihai and Qinzhou have formed seven advantageous coastal industrial systems for areas spanning electronic "
         "information and green chemicals.", set()),  # ... or the industrial systems
        ("Yueyang lies in a rich agricultural area, noted for its production of grain, tea and cotton.", set()),
        ("Hefei will grow. The city's industrial landscape is dominated by the food industry.", set()),  # what it is made of
        ("Chongqing boasts advantages in many key sectors, including instrumentation.", set()),
        ("Chongqing will build advantages in robotics.", {("Chongqing", "robotics")}),  # a plan all the same
        ("Wuhu is at the forefront of China's low-altitude economy, attracting 200 firms.", set()),  # where it leads
        ("It is one of China's three biggest producers of thermal power.", set()),  # how much it makes
        ("Jiangxi is a leader in rare earths and copper production.", set()),  # where it leads now
        ("Foshan is already a global leader in the manufacturing of electronics and household appliances.", set()),
        ("Foshan also excels in making machinery and equipment.", set()),  # what it does well now
        ("Foshan will become a global leader in robotics.", {("Foshan", "robotics")}),  # a goal
        ("Zhengzhou, the capital of Henan province and one of China's busiest logistics cities, plans a chip park.",
         {("Zhengzhou", "integrated_circuits")}),  # what it is among the most of already
        ("Wuhu is one of the largest robot bases in China.", set()),
        ("The plan proposes to build robot zones in Wuhu and achieve the first in the world in capacity.",
         {("Wuhu", "robotics")}),  # a rank a plan aims at
        ("Nanchang boasts competitive sectors of photoelectricity information, biomedicine and new materials.", set()),
        ("Changchun also boasts six strategic emerging industries including new energy and biomedicine.", set()),
        ("Jiuquan boasts wind power and solar power.", set()),  # what it boasts
        ("By 2025, Hefei will boast a complete NEV industry chain.", {("Hefei", "new_energy_vehicles")}),  # a goal
        ("By 2025, Hefei will have a complete NEV industry chain.", {("Hefei", "new_energy_vehicles")}),
        ("Hefei will build pillar industries of NEVs and chips.",
         {("Hefei", "new_energy_vehicles"), ("Hefei", "integrated_circuits")}),  # a goal
        ("Textiles, shoes and clothing are Fujian Province's traditional advantageous industries.", set()),
        ("Petrochemicals and new materials are the pillar industries in the Hefei park.",  # what plans name pillars
         {("Hefei", "petrochemicals"), ("Hefei", "new_materials")}),
        ("The plan will build Wuhu into one of China's largest robot bases.", {("Wuhu", "robotics")}),  # a goal
        ("Harbin has taken the lead nationally in setting up a monitoring system for the ice and snow economy.",
         set()),  # where it leads
        ("Putian, once renowned as an original equipment manufacturer (OEM) shoemaking base, will grow.", set()),
        ("Taiyuan, the coal capital of China, has a new goal: a hydrogen hub.", {("Taiyuan", "hydrogen_energy")}),
        ('Baotou is known as a "rare earth capital".', set()),  # its epithet
        ("Hangzhou, the e-commerce hub in eastern China, will build a chip base.",  # what an appositive calls it
         {("Hangzhou", "integrated_circuits")}),
        ("Jingdezhen will become the porcelain capital of the world.", {("Jingdezhen", "ceramics")}),  # a goal
        ("Wuhu will be at the forefront of the low-altitude economy.", {("Wuhu", "low_altitude_economy")}),  # a goal
        ("The World Power Battery Conference will be held June 8-11 in Yibin.", set()),  # a venue
        ("Heilongjiang will host the 2022 World 5G Convention.", set()),  # an event named for a sector in figures
        ("Hengqin will focus on four sectors to facilitate the industrial diversification of Macao, including "
         "finance and tourism.", {("Hengqin", "finance"), ("Hengqin", "tourism")}),  # whose economy
        ("Guilin aims to achieve tourism revenue of 100 billion yuan by 2025.", {("Guilin", "tourism")}),  # a target
        ("Changsha will have produced 430,000 units of construction machinery by 2025.",  # a target
         {("Changsha", "engineering_machinery")}),
        ("Exports of the textile industry in Shaoxing accounted for a large share of the total.", set()),
        (  # a target is no statistic
            "Output of the robot industry in Luoyang will reach 10 billion yuan by 2025.",
            {("Luoyang", "robotics")},
        ),
        ("Wuxi reached an agreement to build an IoT base.", {("Wuxi", "internet_of_things")}),
        (  # industries whose emissions or capacity are to be curbed, not built up
            "Hunan will achieve peak carbon emissions in six primary industries of steel, petrochemicals and "
            "building materials, and develop robots.",
            {("Hunan", "robotics")},
        ),
        ("Hebei will cut overcapacity in steel and coal and build a hydrogen energy base.",
         {("Hebei", "hydrogen_energy")}),
        ("Hunan will upgrade steel and reduce overcapacity in coal.", {("Hunan", "steel")}),
    ],
)
def test_a_sentence_that_looks_back_sets_out_no_fact(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize(
    "text, published, expected",
    [
        (  # a period that ended before the text came out
            "Guangxi's maritime economy grew year by year throughout the 13th Five-Year Plan period (2016-20).",
            "2021-03-02", set(),
        ),
        (  # ... not one still running, nor a plan's own period
            "Guangxi's maritime economy will grow during the 14th Five-Year Plan period (2021-25).",
            "2021-03-02", {("Guangxi", "marine_economy")},
        ),
        ("The Guangxi maritime economy plan (2016-20) was issued.", "2021-03-02", {("Guangxi", "marine_economy")}),
        ("Guangxi's maritime economy grew year by year in 2016-20.", None, {("Guangxi", "marine_economy")}),  # undated
        (  # a deadline passed, in a sentence that plans nothing
            "In Bozhou, liquor companies expanded the liquor industry by the end of 2018.",
            "2019-10-19", set(),
        ),
        ("By 2018, Bozhou will build a liquor base.", "2019-10-19", {("Bozhou", "beverages_liquor")}),  # a plan
        ("In Bozhou, liquor companies expanded the liquor industry by the end of 2018.",
         "2017-10-19", {("Bozhou", "beverages_liquor")}),  # a deadline still ahead
        ("Linhai was where the company's first car rolled out on Aug 8, 1998.", "2025-11-11", set()),  # a day reached
        ("Linhai will build a car base by Aug 8, 2027.", "2025-11-11", {("Linhai", "automobiles")}),
        ("- Linhai to Build Car Base    2017-01-17 10:05", "2025-11-11", {("Linhai", "automobiles")}),  # a timestamp
    ],
    ids=["a past five-year plan's period", "a running period", "a past plan", "undated text", "a passed deadline",
         "a passed deadline of a plan", "a deadline ahead", "a day reached", "a day ahead", "a timestamp"],
)
def test_a_sentence_whose_periods_ended_before_publication_sets_out_no_fact(text, published, expected):
    assert pairs(text, published=published) == expected


_PRESS = "Press conference on the development of the western region held in Beijing, with questions from reporters\n\n"


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # an official's "we" speaks for the place the answer is about
            _PRESS + "Lanzhou is an important industrial city. In building its industrial system, "
            "we will focus on petrochemicals.\n\nWe will also build a biomedicine cluster.",
            {("Lanzhou", "petrochemicals"), ("Lanzhou", "biomedicine")},
        ),
        (  # a section's place comes first: a plan's "we" is the section's
            _PRESS + "Gansu is a big province.\n\n——Tianshui city. We will develop electronics.",
            {("Tianshui", "electronic_information")},
        ),
        (  # "we" looking back sets out no plan
            _PRESS + "Lanzhou is an important industrial city. We have built a petrochemical base.",
            set(),
        ),
        (  # ... but "we" still at work on it does
            _PRESS + "Guizhou possesses abundant mineral resources. We have accelerated the construction of six "
            "major industrial bases: a baijiu production base and an advanced equipment manufacturing base.",
            {("Guizhou", "beverages_liquor"), ("Guizhou", "equipment_manufacturing")},
        ),
        (  # ... or focusing on it now
            _PRESS + "Hebei is known for its traditional industries.\n\nWe are focusing on supporting nine industry "
            "clusters, including biomedicine and electronic information.",
            {("Hebei", "biomedicine"), ("Hebei", "electronic_information")},
        ),
        (  # no place the text is about: "we" is nobody known
            _PRESS + "We will focus on petrochemicals.",
            set(),
        ),
    ],
)
def test_we_in_a_plan_sentence_is_the_place_the_text_is_about(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # the places a role serves build nothing
            "Ganzhou will build the central city of Jiangxi, Fujian and Guangdong and a national rare earth base.",
            {("Ganzhou", "rare_earth")},
        ),
        ("Beihai will become a gateway to Yunnan and Guizhou and an electronics base.", {("Beihai", "electronic_information")}),
        (  # ... and so does the place a base belongs to
            "Zaozhuang is an important base of Shandong province in coal chemistry and building materials.",
            {("Zaozhuang", "coal"), ("Zaozhuang", "construction_materials")},
        ),
        ("Xindu district is a major base for Chengdu's rail transit industry.",  # Chengdu's industry is there
         {("Xindu", "rail_transit_equipment"), ("Chengdu", "rail_transit_equipment")}),
        (  # "the city of Wuhan" names Wuhan
            "Hubei will create an optics valley in the city of Wuhan.",
            {("Hubei", "optoelectronics"), ("Wuhan", "optoelectronics")},
        ),
        (  # with no subject before it, the place a hub is for is where it is built
            "A logistics hub for Ningxia will be built.",
            {("Ningxia", "logistics_hub")},
        ),
        (  # ... but the places a thing built serves are not, with a builder or without
            "Guiyang will build a data centre base that serves Guangdong, Hong Kong and Chongqing.",
            {("Guiyang", "data_centers")},
        ),
        ("The new area will build a logistics hub serving Lanzhou and Xining.", set()),
    ],
)
def test_the_places_a_role_serves_take_no_sectors(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Guangdong has planned to help the northwestern Xinjiang region establish a cotton base.",
         {("Xinjiang", "agriculture")}),
        ("Shanghai will assist Yunnan in developing tea.", {("Yunnan", "tea")}),
        ("Guangdong will support Shenzhen's Qianhai to deepen cooperation in modern services.",
         {("Qianhai", "modern_services")}),
        (  # helping as a purpose, after the sectors, makes no helper
            "Hefei will build a chip cluster to help Anhui grow.",
            {("Hefei", "integrated_circuits"), ("Anhui", "integrated_circuits")},
        ),
    ],
    ids=["help", "assist", "support", "a purpose"],
)
def test_the_place_another_helps_builds_not_the_helper(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Its hydropower resource ranks fifth, and Tibet will build a solar base.", {("Tibet", "solar_pv")}),
        ("Shanxi has rich coal reserves.", set()),
        ("Qinghai ranks second in annual total solar radiation.", set()),
        ("Guizhou, with abundant coal resources, will build a big data base.", {("Guizhou", "big_data")}),
        ("Shanxi will build a coal base.", {("Shanxi", "coal")}),  # the industry itself
        ("Enshi is also rich in wild animals, wild plants, Chinese medicinal herbs and tea.", set()),  # rich in
        ("Xinjiang is rich in coal and will build a coal chemical base.", {("Xinjiang", "coal_chemicals")}),
        (  # an item of a list of industries is the industry, whatever word follows it
            "Zibo will grow key industries including new energy resources and new materials.",
            {("Zibo", "new_energy"), ("Zibo", "new_materials")},
        ),
    ],
)
def test_a_natural_resource_is_no_sector(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # a heading that names a place's cluster or project is a fact; a list of projects is made of them
            "Key Investment Projects\n\nTextile Production Base Project of Quanzhou Economic Development Zone\n\n"
            "Robot Industrial Park Project in Wuhu",
            {("Quanzhou Economic Development Zone", "textiles"), ("Wuhu", "robotics")},
        ),
        (  # the title is no such heading: it names what the text is about
            "Hefei New Display Industrial Base\n\nThe base will open in 2025.",
            set(),
        ),
        (  # a heading that names a place and a sector but no cluster labels a section
            "Key Investment Projects\n\nWuhu and robots",
            set(),
        ),
    ],
)
def test_a_heading_naming_a_place_s_cluster_is_a_fact(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # the introducing sentence names the place
            "Wuhan will build industrial chains of:\n\n- Robots\n\n- New materials\n",
            {("Wuhan", "robotics"), ("Wuhan", "new_materials")},
        ),
        (  # ... or refers to it; numbered items
            "Hunan aims to grow.\n\nThe province will expand industrial chains of:\n\n1. Engineering machinery\n\n"
            "2. Biomedicine\n",
            {("Hunan", "engineering_machinery"), ("Hunan", "biomedicine")},
        ),
        (  # a line that is no item ends the list
            "Wuhan will build industrial chains of:\n\n- Robots\n\nSales of new materials grew fast last year.\n",
            {("Wuhan", "robotics")},
        ),
        (  # an item that names a place of its own pairs as a sentence does
            "Hubei will build industrial chains of:\n\n- Xiangyang: automobiles\n",
            {("Xiangyang", "automobiles")},
        ),
        (  # a list of what was, not of what is to be done
            "Baotou grew in this period, characterized by the following:\n\na. Its steel output rose.\n",
            set(),
        ),
        (  # paragraphs labelled with the kind of industry they list
            "Sichuan will take over the following industries:\n\n  Beverage industry-soft drinks and quality tea.\n\n"
            "  Leather product industry: leather shoes and suitcases.\n",
            {("Sichuan", "beverages_liquor"), ("Sichuan", "tea"), ("Sichuan", "leather_footwear")},
        ),
        (  # no colon, but a word right before a bulleted line
            "Intro.\n\nOver the next five years Shanghai will accelerate the agile deployment of resources in the "
            "fields of\n- quantum technology\n- bio-manufacturing\n",
            {("Shanghai", "quantum"), ("Shanghai", "biomanufacturing")},
        ),
        (  # ... not a heading above one
            "Shanghai plan\n- quantum technology\n",
            set(),
        ),
    ],
    ids=["named", "referred to", "closed", "own place", "no plan", "labelled paragraphs", "no colon, a bullet below",
         "a heading above a bullet"],
)
def test_list_items_take_the_places_of_the_sentence_introducing_them(text, expected):
    assert pairs(text) == expected


def test_list_items_take_the_deadline_of_the_sentence_introducing_them():
    facts = extract("By 2025, Wuhan will build industrial chains of:\n\n- Robots\n")
    assert [(f.place, f.sector_id, f.deadline, f.deadline_scope) for f in facts] == [
        ("Wuhan", "robotics", 2025, "paragraph")
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # a title naming one place twice makes it the document's
            "On Aug 21, the government of Henan Province issued a notice on the plan in Henan Province.\n\n"
            "Efforts will be made to develop robotics.",
            {("Henan", "robotics")},
        ),
        (  # what the plan said, in the past tense of news
            "Henan issues plan\n\nThe plan proposed layouts for industries including quantum technology.",
            {("Henan", "quantum")},
        ),
        (  # a title that names a homonym no context settles, beside a place: no subject, and no failure
            "Guzhen, a part of Zhongshan, on the Pearl River Delta, will hold a fair.\n\nZhongshan will build an LED base.",
            {("Zhongshan", "optoelectronics")},
        ),
    ],
    ids=["one place twice", "the plan proposed", "an unsettled homonym in the title"],
)
def test_a_title_s_one_place_and_a_plan_s_reported_proposals(text, expected):
    assert pairs(text, title=text.split("\n")[0]) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Over the next five years, the Shaanxi provincial government has pledged to support aviation.",
         {("Shaanxi", "aviation")}),
        ("Wuhan municipal government will build a robotics base.", {("Wuhan", "robotics")}),
        ("The Hubei Provincial Department of Science and Technology has pledged to fund biomedicine.", set()),
        ("The Hubei provincial government and the Hunan provincial government have pledged to fund biomedicine.",
         set()),
    ],
    ids=["a province's", "a city's", "a department speaks for its remit", "two governments"],
)
def test_a_government_speaks_for_its_place(text, expected):
    assert pairs(text) == expected


def test_a_plan_s_numbered_tasks_in_the_infinitive():
    text = _PLAN + "The eight key tasks are:\n\n3. To boost pillar industries such as tourism and robotics.\n"
    assert pairs(text) == {("Hubei", "tourism"), ("Hubei", "robotics")}


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # its subject, as a headline's
            "The Pearl River Delta is set to build a cluster of cities by 2030, the State Council said.\n\n"
            "Innovations should be strengthened in robotics.",
            {("Pearl River Delta", "robotics")},
        ),
        (  # the one place it names
            "On Aug 21, the government of Henan Province issued a notice on the plan in Henan Province.\n\n"
            "The plan proposed layouts for industries including quantum technology.",
            {("Henan", "quantum")},
        ),
        (  # a region that only locates the one place is no second subject
            "South China's Guangdong province has issued a new plan on manufacturing to boost its economy over the "
            "next five years.\n\nThe plan calls for building clusters of robotics by 2027.",
            {("Guangdong", "robotics")},
        ),
        (  # a lead that names no place makes none the subject
            "The State Council on Monday issued a guideline on building advanced manufacturing clusters across "
            "the whole country.\n\nEfforts will be made to develop robotics.",
            set(),
        ),
        (  # a short first line of a plan is no news lead
            "Hefei will grow.\n\nEfforts will be made to develop robotics.",
            set(),
        ),
    ],
    ids=["subject", "one place", "located by its region", "no place", "no lead"],
)
def test_a_text_without_a_headline_takes_its_lead_for_one(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # the plan's own place, named in its title
            "Officials met last week to talk about many other matters.\n\nTwelve departments issued the Special "
            "Work Plan for the Tourism Industry Chain in Sichuan Province. This plan focuses on rural tourism.",
            {("Sichuan", "tourism")},
        ),
        (  # the place that issued it, among other places the text names
            "Jiangsu and Zhejiang held talks on trade.\n\nGuangdong has issued a plan on manufacturing. "
            "The plan calls for building clusters of robotics by 2027.",
            {("Guangdong", "robotics")},
        ),
        (  # a national plan has no place, whatever the text named before
            "Hefei will grow.\n\nThe State Council issued a national plan on manufacturing. "
            "The plan calls for building clusters of robotics by 2027.",
            set(),
        ),
        (  # "plans to" is no plan named
            "Jiangsu and Zhejiang held talks on trade.\n\nGuangdong plans to grow. The plan calls for robotics.",
            set(),
        ),
        (  # measures a place introduced, called by another word
            "Jiangsu and Zhejiang held talks on trade.\n\nShenzhen has introduced ten major initiatives. These actions "
            "aim to revitalize the gold and jewelry industry and accelerate tourism clustering.",
            {("Shenzhen", "light_industry"), ("Shenzhen", "tourism")},
        ),
        (  # ... not those of no place
            "Luohu will grow.\n\nThe State Council introduced ten major initiatives. These actions aim to accelerate "
            "tourism clustering.",
            set(),
        ),
    ],
    ids=["its title's place", "its issuer", "a national plan", "a verb", "these actions", "a national plan's actions"],
)
def test_this_plan_is_the_plan_named_before(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Plan, the OUTLINE and the guidelines; plans to grow; a subplan, plan_b, 2plan, programmes.",
        "İzmir's plan and Hefei's scheme",  # a capital that lowers to two characters
        "Plans",
    ],
)
def test_plan_nouns_are_those_the_case_insensitive_search_finds(text):
    from policyextract.references import _PLAN_NAMED, _plan_nouns

    assert _plan_nouns(text) == [match.start() for match in _PLAN_NAMED.finditer(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # "It" right after a sentence about the plan
            'Guangdong issued the "Action Plan for Promoting the Low-Altitude Economy (2024-2026)." The plan aims to '
            "attract capital. It outlines a structure centered around Guangzhou, Shenzhen and Zhuhai.",
            {(p, "low_altitude_economy") for p in ("Guangdong", "Guangzhou", "Shenzhen", "Zhuhai")},
        ),
        (  # a sentence that opens on the plan, however it is reported
            "Shenzhen will soon release the Action Plan of Shenzhen for Developing Integrated Circuit Industry "
            "Clusters. It is reported that the Plan proposes to focus on Longgang and Pingshan districts.",
            {(p, "integrated_circuits") for p in ("Shenzhen", "Longgang", "Pingshan")},
        ),
        (  # sectors the plan is said to cover are no part of its name
            'The "Outline" proposes to focus on textiles and food. The outline points out: strengthen the role '
            "of Zhengzhou city.",
            set(),
        ),
        (  # "It" after a sentence about something else is not the plan
            "Guangdong issued the Action Plan for the Low-Altitude Economy. Officials met in Shenzhen. It goes on "
            "to Zhuhai.",
            {("Guangdong", "low_altitude_economy")},
        ),
        (  # named in a sentence that opens on a time: it is named here, not referred back to
            "On March 3, the Action Plan of Hefei for Developing the Integrated Circuit Industry was issued. The "
            "Action Plan focuses on three districts, Shushan, Baohe and Luyang.",
            {(p, "integrated_circuits") for p in ("Hefei", "Shushan", "Baohe", "Luyang")},
        ),
    ],
    ids=["it", "reported", "not in its name", "it, of something else", "named after a time opener"],
)
def test_places_of_a_plan_take_the_sectors_of_its_name(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Hubei will develop optoelectronics clusters in Wuhan, according to its government plan on automobile "
         "industry development.", {("Hubei", "optoelectronics"), ("Wuhan", "optoelectronics")}),
        ("According to the action plan for the development of new materials, Baotou will build a rare earth base.",
         {("Baotou", "rare_earth")}),
        ("Under the plan on biomedicine development, Taizhou will build three industrial parks.",
         {("Taizhou", "biomedicine")}),  # alone, the plan's topic is what the sentence is about
        ("Medical devices are Shenzhen's key clusters in the city's action plan for developing future industries.",
         {("Shenzhen", "medical_devices")}),
    ],
    ids=["after the sentence's own sectors", "before them", "the only sectors", "in the city's plan for developing"],
)
def test_the_topic_of_a_cited_plan_is_no_sector_of_the_sentence(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Hebei has pledged to cut total steel capacity.", set()),
        ("Shanxi will phase out outdated coal capacity and develop new materials.", {("Shanxi", "new_materials")}),
        ("Sichuan will stop planning new coal mines and develop hydropower.", {("Sichuan", "hydropower")}),
        ("Hebei will halt the approval of new steel capacity.", set()),
        ("Hefei will not stop developing robots.", {("Hefei", "robotics")}),  # ... not a negated stop
        ("Tangshan will reduce its steel output and eliminate backward cement capacity.", set()),
        ("In Hebei, steel and coal capacity will be cut by 2020.", set()),
        ("Jiangsu will strictly control new steel capacity.", set()),
        ("Hefei will reduce the cost of new energy vehicles.", {("Hefei", "new_energy_vehicles")}),
        ("Shenzhen will build a cutting-edge biomedicine cluster.", {("Shenzhen", "biomedicine")}),
        ("Hefei will build a new energy vehicle base whose capacity will be expanded.",
         {("Hefei", "new_energy_vehicles")}),
        ("Baosteel will reduce about 30 percent of its steelmaking capacity in Shanghai.", set()),
    ],
    ids=["cut", "phased out, then developed", "stopped, then developed", "halted", "a negated stop",
         "an amount reduced", "in the passive", "strictly controlled",
         "a cost reduced is no amount", "cutting-edge", "an amount expanded", "a share of an amount reduced"],
)
def test_what_a_plan_cuts_is_no_fact(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Baoshan will make high-end steel used in automobiles, home appliances and shipbuilding.",
         {("Baoshan", "steel")}),
        ("Baotou will build a rare earth base for magnets used in new energy vehicles and wind turbines.",
         {("Baotou", "rare_earth")}),
        ("Hefei will make materials used in new energy vehicles.", {("Hefei", "new_energy_vehicles")}),  # alone
        ("Jilin will develop new materials through cooperation with the enterprises in the fields of wind power and "
         "automobile.", {("Jilin", "new_materials")}),
        ("Hefei will cooperate with companies in the fields of AI and robotics.",
         {("Hefei", "artificial_intelligence"), ("Hefei", "robotics")}),  # alone
        ("Changsha will extend the computing industry chain and promote the application of advanced computing in "
         "industrial manufacturing, digital content, medical care and education.", {("Changsha", "data_centers")}),
        ("Jinshan District will encourage the application of new and high technologies in the fields of new "
         "materials, biomedicine and new-energy vehicles.",
         {("Jinshan", s) for s in ("high_tech_industries", "new_materials", "biomedicine", "new_energy_vehicles")}),
    ],
    ids=["steel, not its users", "magnets' users", "the users alone are the subject", "partners' trades",
         "the partners' trades alone are the subject", "where it is applied", "where technologies are applied"],
)
def test_the_users_of_what_a_place_makes_are_no_sectors_of_its(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Taiyuan will further the construction of transport, education and medicine infrastructure and develop robots.",
         {("Taiyuan", "robotics")}),
        ("Tibet will accelerate the construction of infrastructure such as power supply, power grid, oil and gas.", set()),
        ("Companies in Urumqi will invest in railway, road, hydropower and other infrastructure schemes.", set()),
        ("Harbin will develop strategic emerging industries such as 5G infrastructure and artificial intelligence.",
         {("Harbin", "next_generation_networks"), ("Harbin", "artificial_intelligence")}),  # one sector's infrastructure is its industry
    ],
    ids=["a list's infrastructure", "infrastructure such as", "one sector and other infrastructure", "5G infrastructure"],
)
def test_infrastructure_is_no_industry(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Beijing will develop a transportation network integrating rail transits, highways, urban roads, and "
         "pedestrian footpaths.", set()),
        ("Wuzhou will build a pattern of multimodal transport, spanning railways, highways, water conservancy, and "
         "aviation.", set()),
        ("Guangxi will build an expressway network, an airline network, an optical fiber communications network, and "
         "an oil and gas pipeline network.", set()),
        ("Hunan will build highway networks and develop new materials, aviation and robots.",
         {("Hunan", "new_materials"), ("Hunan", "aviation"), ("Hunan", "robotics")}),  # a verb ends the list of works
        ("Zhuzhou will develop rail transit equipment and new materials, and build roads.",
         {("Zhuzhou", "rail_transit_equipment"), ("Zhuzhou", "new_materials")}),
        ("Zhenjiang is traversed by three expressways (Shanghai–Nanjing, Yangzhou–Liyang) and three high-speed trains "
         "(Beijing–Shanghai, Lianyungang–Zhenjiang).", set()),
        ("Zhuzhou will build high-speed trains.", {("Zhuzhou", "rail_transit_equipment")}),
    ],
    ids=["listed with highways and roads", "after railways and highways", "networks", "works built, then industries",
         "industries, then works built", "after expressways and what a bracket says of them", "no works"],
)
def test_sectors_listed_with_roads_are_transport_works(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Hefei will introduce technology from Israel, milk and flowers from Holland, and red wine from France.", set()),
        ("Hefei will develop red wine from 2025 and robots from March.",
         {("Hefei", "beverages_liquor"), ("Hefei", "robotics")}),  # when, not where from
        ("Hefei will process vegetables from Shandong.", {("Hefei", "vegetables"), ("Shandong", "vegetables")}),
        ("Danish toy company Lego Group will expand its factory in Jiaxing.", set()),  # a foreign firm's trade
        ("German chemical giant BASF will invest, and Zhanjiang will build a chemical base.",
         {("Zhanjiang", "chemicals")}),
    ],
    ids=["from foreign countries", "from a year or a month", "from a place the gazetteer holds", "a foreign firm's trade",
         "a foreign firm's trade, and a base"],
)
def test_what_comes_from_abroad_is_no_industry(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The first flight carrying electronic products flew between Zhengzhou and Taipei.", set()),
        ("Trains loaded with auto parts left Wuhan, which will build an auto parts base.", {("Wuhan", "auto_parts")}),
    ],
    ids=["carrying", "loaded with, then an industry"],
)
def test_cargo_is_no_industry(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Zhumadian will guarantee land, energy, electricity and natural gas for key projects.", set()),
        ("Zhengzhou will prioritize land use, electricity and natural gas for key projects.", set()),
        ("Hefei will ensure land and electricity for chip projects and build a chip base.",
         {("Hefei", "integrated_circuits")}),  # the industry the inputs serve
        ("Zhumadian will develop energy storage, electricity and natural gas chemicals.",
         {("Zhumadian", "energy_storage"), ("Zhumadian", "electric_power"), ("Zhumadian", "chemicals"),
          ("Zhumadian", "oil_and_gas")}),  # no land: industries
    ],
    ids=["guarantee land, ...", "land use, ...", "then an industry", "no land"],
)
def test_inputs_a_plan_guarantees_are_no_industry(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Guizhou targets an output of baijiu, a clear liquor made from sorghum and other grains, by 2025.",
         {("Guizhou", "beverages_liquor")}),
        ("Zhejiang will develop bamboo products made of bamboo and wood, and textiles.",
         {("Zhejiang", "forestry"), ("Zhejiang", "textiles")}),  # a comma and "and" end the materials
        ("Guizhou will develop liquor and grains.", {("Guizhou", "beverages_liquor"), ("Guizhou", "grain_production")}),
        ("Taiyuan will promote the production of hydrogen from coke oven gas and renewable energy.",
         {("Taiyuan", "hydrogen_energy")}),
    ],
    ids=["made from", "made of, then another item", "no material", "the production of one thing from others"],
)
def test_what_a_product_is_made_from_is_no_industry(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Chengdu will encourage the consumption of new energy vehicles.", set()),
        ("Chengdu will expand the consumption of services such as elderly care and culture, and build a robot base.",
         {("Chengdu", "robotics")}),
        ("Chengdu will subsidise purchases of new energy vehicles and build a robot base.", {("Chengdu", "robotics")}),
        ("Chengdu will build a robot base to meet consumption.", {("Chengdu", "robotics")}),  # no list of what is bought
        ("Social services such as healthcare and education will be expanded in Zhengzhou.", set()),  # public services
        ("Zhengzhou will develop healthcare and education industries.",
         {("Zhengzhou", "health_care"), ("Zhengzhou", "education")}),
        ("Coal consumption in Ningxia will peak, and its photovoltaic industry will grow.",
         {("Ningxia", "solar_pv")}),  # goods named before their consumption
        ("Tianjin will expand cultural, tourism and sports consumption.",
         {("Tianjin", "tourism"), ("Tianjin", "sports")}),  # ... not services
    ],
    ids=["consumption of", "consumption of services such as", "purchases of", "consumption alone",
         "social services such as", "industries of the same names", "coal consumption", "services' consumption"],
)
def test_what_people_are_to_buy_is_no_industry(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Gansu will build manufacturing bases for wind turbines, photovoltaic module assembly and energy storage "
         "systems, such as Jiuquan, Wuwei and Zhangye.",
         {(p, s) for p in ("Gansu", "Jiuquan", "Wuwei", "Zhangye") for s in ("wind_power", "solar_pv", "energy_storage")}),
        ("Sichuan will build clusters of new energy vehicles and power batteries in the province, including Yibin "
         "and Suining.",
         {(p, s) for p in ("Sichuan", "Yibin", "Suining") for s in ("new_energy_vehicles", "power_batteries")}),
    ],
    ids=["such as", "including"],
)
def test_places_given_as_examples_of_where_clusters_go_take_all_their_sectors(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("China's Guizhou to build complete new energy industrial chain\n\nThe story goes on.",
         {("Guizhou", "new_energy")}),
        ("Wuhan plans to become a hydrogen city\n\nThe story goes on.", {("Wuhan", "hydrogen_energy")}),
        ("Guizhou's new energy industry grows fast\n\nThe story goes on.", set()),  # a headline of news, no plan
        ("Industries\n\nDatong will advance the development of equipment manufacturing projects\n\nMore.",
         {("Datong", "equipment_manufacturing")}),  # a line without its full stop
    ],
    ids=["to build", "plans to become", "no plan", "will advance"],
)
def test_a_headline_that_says_what_a_place_is_to_build_pairs_like_a_sentence(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("It will build Nanning into a transportation hub and Qinzhou into a petrochemical base.",
         {("Nanning", "transport_hub"), ("Qinzhou", "petrochemicals")}),
        ("Hefei will build Feixi into a robot base.", {("Hefei", "robotics"), ("Feixi", "robotics")}),
    ],
    ids=["each place what it is made into", "one place"],
)
def test_a_place_built_into_a_cluster_takes_its_sector(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize(
    "title, text, expected",
    [
        ("China selects 15 cities to expand coverage of new energy vehicles",
         "China selects 15 cities to expand coverage of new energy vehicles\n\nFor metropolises, the ministry included "
         "Chongqing and Zhengzhou.", {("Chongqing", "new_energy_vehicles"), ("Zhengzhou", "new_energy_vehicles")}),
        ("China selects 15 cities to expand coverage of new energy vehicles",  # the sentence names no choice
         "China selects 15 cities to expand coverage of new energy vehicles\n\nChongqing and Zhengzhou are big.",
         set()),
    ],
    ids=["places chosen", "no choice in the sentence"],
)
def test_places_chosen_take_the_sectors_of_the_headline_that_reports_the_choice(title, text, expected):
    assert pairs(text, title=title) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Lingang will focus on seven key industries, according to a map.\n\nDeals were signed.\n\nAccording to the "
         "map, the seven key industries include integrated circuits and biomedicine.",
         {("Lingang Special Area", "integrated_circuits"), ("Lingang Special Area", "biomedicine")}),
        ("Lingang will focus on seven key industries.\n\nThe five key industries include integrated circuits.",
         set()),  # another count
        ("Shandong will grow.\n\nThe province considers ten industries to be development trend-setters. They are the "
         "industries of new-generation information technology, high-end equipment and tourism.",
         {("Shandong", "new_generation_it"), ("Shandong", "high_end_equipment"), ("Shandong", "tourism")}),
        ("Shandong will develop ten industries. These include high-end equipment and tourism.",
         {("Shandong", "high_end_equipment"), ("Shandong", "tourism")}),
        ("Shandong will develop ten industries. Exports grew. They are high-end equipment and tourism.",
         set()),  # not after another sentence
        ("Shandong will develop ten industries. They are expected to include tourism.", set()),
        ("Taizhou is striving to construct four industrial clusters with worldwide influence.\n\nThe four sectors are "
         "automobile and intelligent sewing equipment.",
         {("Taizhou", "automobiles"), ("Taizhou", "machinery")}),
    ],
    ids=["spelt out by their count", "another count", "spelt out by a pronoun after a reference",
         "spelt out by a pronoun", "a pronoun further on", "a pronoun that spells out nothing", "clusters counted"],
)
def test_industries_a_sentence_counted_are_spelt_out_by_their_count(text, expected):
    assert pairs(text) == expected


def test_an_area_of_a_free_trade_zone_is_the_place_not_the_zone():
    """The larger zone only says where the area is; "the zone" after it is the area."""
    text = ("The Lin-gang Special Area of the China (Shanghai) Pilot Free Trade Zone will focus on integrated "
            "circuits.\n\nThe zone is also focusing on shipping services.")
    assert pairs(text) == {("Lingang Special Area", "integrated_circuits"), ("Lingang Special Area", "shipping_ports")}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Nanjing Jiangbei New Area, a state-level new area in East China's Jiangsu Province, will build a life and "
         "health industrial cluster.", {("Jiangbei New Area", "biotechnology")}),  # the province only says where
        ("Wuhu, a city in eastern China's Anhui Province, will build a robot hub.", {("Wuhu", "robotics")}),
        ("Nantong will enhance its composite strength by creating robot clusters.", {("Nantong", "robotics")}),
    ],
    ids=["appositive with the province", "a city in", "composite strength is no sector"],
)
def test_an_appositive_that_says_where_a_place_lies_names_no_builder(text, expected):
    assert pairs(text) == expected


def test_places_of_clusters_named_before_take_their_cluster_phrase():
    """The cluster phrase that named the sectors links them to the places the later sentence names."""
    facts = extract("China plans to build three coal chemical bases by 2020.\n\nThe three bases are Shaanxi and Ningxia.")
    assert {(f.place, f.cluster, f.cluster_kind) for f in facts} == {
        ("Shaanxi", "coal chemical bases", "base"), ("Ningxia", "coal chemical bases", "base")
    }


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The Xinghua Economic Development Zone will build a stainless steel industrial cluster.",
            {("321281", "Xinghua", "county", "zone:321281/xinghua-economic-development-zone",
              "Xinghua Economic Development Zone", "steel")},
        ),
        (
            "Houjie Town in Dongguan will build a furniture base.",
            {("441900", "Dongguan", "prefecture", "town:441900/houjie", "Houjie", "furniture")},
        ),
        (  # ... or a village, not the city of the same name (Xinghua, Jiangsu)
            "Xinghua Village in Fenyang will upgrade its liquor industry.",
            {("141182", "Fenyang", "county", "town:141182/xinghua", "Xinghua", "beverages_liquor")},
        ),
        (  # a zone the gazetteer lists under its place's name
            "Suzhou Industrial Park will develop nanotechnology.",
            {("320500", "Suzhou", "prefecture", "area:suzhou-industrial-park", "Suzhou Industrial Park",
              "new_materials")},
        ),
        (  # ... not one with a name of its own, nor a state-level new area
            "Zhangjiang will develop integrated circuits. Lanzhou New Area will develop new materials.",
            {("area:zhangjiang", "Zhangjiang", "new_area", None, None, "integrated_circuits"),
             ("area:lanzhou", "Lanzhou New Area", "new_area", None, None, "new_materials")},
        ),
        (  # the place and its zone state one fact, which keeps the zone of the first sentence
            "Wuhan will build an auto base. The Wuhan Economic Development Zone will build an auto base too.",
            {("420100", "Wuhan", "prefecture", None, None, "automobiles")},
        ),
    ],
    ids=["zone", "town", "village", "a listed zone named after its place", "a listed zone or new area",
         "a place and its zone"],
)
def test_a_fact_stated_of_a_zone_is_its_place_s(text, expected):
    """Every fact's place is a row of the places or regions table; the zone or town it was stated of is beside it."""
    facts = extract(text)
    assert {(f.place_id, f.place, f.place_level, f.zone_id, f.zone, f.sector_id) for f in facts} == expected


def test_a_place_s_sector_is_one_fact_whatever_its_cluster_phrases():
    """One row per place and sector: a later sentence with another cluster phrase supports the fact the first
    named, and may give it the deadline it lacked."""
    text = "Hefei will build a robot industrial base. By 2025, Hefei will also build a robot industrial park."
    (fact,) = extract(text)
    assert (fact.place, fact.sector_id, fact.cluster_kind, fact.deadline) == ("Hefei", "robotics", "base", 2025)


@pytest.mark.parametrize(
    "text",
    [
        "The Hefei High-tech Industrial Development Zone will attract investors.",
        "The Hefei High-Tech Industry Development Zone will attract investors.",
        "The Xi'an Hi-Tech Industries Development Zone will attract investors.",
        "The Xi'an Hi-Tech Industry Development Zone will attract investors.",
    ],
)
def test_a_high_tech_zone_s_designation_names_no_sector(text: str) -> None:
    """`not_names` in pipelines/default.cfg: the words say what kind of zone it is, not what it will build."""
    assert pairs(text) == set()
