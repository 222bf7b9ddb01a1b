"""Fact extraction: which places a sentence puts together with which sectors, by the grammar of plans.

Works on plain `TaggedDocument`s. Local shapes are tried first ("Henan's light fabrics",
"coal in Shanxi", "a cluster in Zhengzhou", "Wuhan optics valley"); places and sectors a sentence
leaves unpaired are then paired with each other ("cities including A, B and C will build ...").
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import replace
from operator import attrgetter

from .dimensions import contains, describe_place
from .gazetteer import Gazetteer, load_gazetteer
from .model import Fact, Mention, Sentence, SourceDocument, TaggedDocument, from_fields
from .nlp.timex import find_time_expressions, sentence_is_future

PLACE_LABELS = ("PLACE", "REGION")
# "A, B and C", "A/B", and "Guangzhou-Foshan-Huizhou" (a hyphen or en dash with no space around it)
_COORDINATION = re.compile(
    r"^(?:[-–]|\s*(?:,|;|、|/|&|and|or|as well as|along with|together with)?\s*(?:and|or)?\s*)$", re.I
)
_POSSESSIVE = re.compile(r"^\s*['’]s\s*$")
_LABEL = re.compile(r"^\s*[:：]\s*$")  # "Wuhan: optoelectronics; Changsha: construction machinery"
_GAPPED_ON = re.compile(r"^\s+on\s+$")  # "Wuhan focuses on optoelectronics, Xiangyang on automobiles"
_PARENTHESISED = re.compile(r"^\s*[(（]\s*$")  # "construction machinery (Changsha)"
_LOCATIVE = re.compile(
    r"^\s*(?:(?:industr(?:y|ies)|sectors?|products?|enterprises?|projects?)\s+)?"
    r"(?:(?:will|shall|should|is|are|to)\s+(?:be\s+)?(?:\w+ed\s+|set\s+up\s+|built\s+|established\s+)?(?:up\s+)?)?"
    r"(?:in|at|across|within|located\s+in)\s+(?:the\s+)?"
    r"(?:(?:city|cities|province|provinces|region|regions|areas?|places?)\s+(?:of|like|such\s+as|including)\s+)?$",
    re.I,
)
# "the lithium battery industry of Suining": 'of' locates a sector only after the word industry.
_INDUSTRY_OF = re.compile(r"^\s*(?P<industry>industr(?:y|ies)\s+)?of\s+(?:the\s+)?$", re.I)
_ENDS_IN_INDUSTRY = re.compile(r"\bindustr(?:y|ies)$", re.I)
# A non-restrictive relative clause opening before a place: "Hebei, which will co-host the Winter
# Olympics with Beijing, aims to ...". It runs to the next comma.
_RELATIVE_OPENING = re.compile(r",\s+(?:which|who|whose|where)\b[^,;:()]*$", re.I)
_ASIDE_REACH = 120  # characters before a place looked at for the relative clause holding it
_DATELINE_INDENT = 8  # spaces a dateline may be indented by
# The period in a plan's name: "the Action Plan for the Construction of ... Park (2020-2025)".
_PLAN_NAME_PERIOD = re.compile(
    r"\b(?:Plan|Program(?:me)?|Outline|Guidelines?|Opinions|Scheme|Blueprint|Strategy)\b[^()\n]{0,120}?"
    r"[(（]\s*(?:19|20)\d\d\s*(?:-|–|—|~|to)\s*((?:19|20)\d\d)\s*[)）]"
)
_DIRECTION = r"(?:east|west|north|south|central|northeast|northwest|southeast|southwest)(?:ern)?"
# What stands between a place and the larger place or region that only says where it is:
# "Zhuhai in south China's Guangdong", "Anhui, in eastern China,", "Hefei, the capital of Anhui".
# The larger place whose thing a place is said to be: "Jiuquan: Gansu Province's new energy hub",
# "Ningde becomes Fujian's battery base". The thing is the smaller place's.
_OWNER_AFTER = re.compile(r"\s*(?:[:：]|(?:is|was|becomes?|became|as|will\s+become|to\s+become)(?:\s+the)?)\s*$", re.I)
_POSSESSIVE_AFTER = re.compile(r"['’]s?\b")
_QUALIFIER_AFTER = re.compile(
    rf"^\s*(?:,|in|of)\s+(?:{_DIRECTION}\s+)?(?:China['’]s\s+)?$|^\s*,\s*$"
    rf"|^\s*,\s*(?:(?:located|situated)\s+)?in\s+(?:the\s+)?$"
    rf"|^\s*,\s*(?:the\s+)?(?:provincial\s+|regional\s+)?capital(?:\s+city)?\s+of\s+(?:{_DIRECTION}\s+)?(?:China['’]s\s+)?$",
    re.I,
)
# "industries relocated from the eastern region": the place industry leaves, not where it is built.
_ORIGIN_BEFORE = re.compile(
    r"\b(?:relocat\w*|transferr\w*|transfers?|mov(?:ed|ing)|shift(?:ed|ing)|migrat\w*)\s+(?:out\s+)?from\s+(?:the\s+)?$",
    re.I,
)
# "The province in southern China, where ...": a broad region that says where a place lies.
_LOCATOR_BEFORE = re.compile(
    r"\b(?:province|city|municipality|county|district|prefecture|town|located|situated|based|lies)\s+in\s+(?:the\s+)?$",
    re.I,
)
# A partner the places of the sentence work with, not a builder: "cooperation with Hong Kong and
# Macao in modern service industries", "industrial links with Beijing and Tianjin".
_PARTNER_BEFORE = re.compile(
    r"\b(?:cooperat(?:ion|e|ing)|collaborat(?:ion|e|ing)|partnerships?|connections?|links?|linkages?|ties"
    r"|exchanges|docking|coordination|integration|interaction|coordinated\s+development)\s+with\s+(?:the\s+)?$",
    re.I,
)
# A place set against the one that builds: "unlike Lanzhou New District, it is to be built as ...".
_CONTRAST_BEFORE = re.compile(
    r"\b(?:unlike|apart\s+from|compared\s+(?:with|to)|in\s+contrast\s+(?:with|to)|rather\s+than|instead\s+of|other\s+than)"
    r"\s+(?:the\s+)?$",
    re.I,
)
_NATURAL_FEATURE = re.compile(
    r"^\s+(?:Lake|River|Mountains?|Bay|Sea|Island|Islands|Port|Airport|Railway\s+Station|Station|Road|Street|Avenue|Bridge|Basin|Plain)\b"
)
_EXAMPLES_FOLLOW = re.compile(
    r"^\s*(?:industr(?:y|ies)|sectors?|fields?)?\s*,?\s*(?:such\s+as|including|like|e\.g\.|represented\s+by|:|-|–|—)\s*(?:the\s+)?",
    re.I,
)
_HEADING_FILLER = re.compile(r"\b(?:industry|industries|sector|sectors|cluster|clusters|the|and|of)\b", re.I)
_WORD = re.compile(r"[A-Za-z][\w'-]*")
_ADJACENT = re.compile(r"^\s?$")
# After a place, the verb that makes it the subject of its own clause: "... and Baoji to develop".
_SUBJECT_OF_CLAUSE = re.compile(
    r"\s+(?:will|shall|should|is|are|aims?|plans?|strives?|focus(?:es)?|to\s+(?:develop|build|focus|create|cultivate))\b"
)
_AND = re.compile(r"\band\b")
# What follows a news dateline's place at the start of a line: "SHIJIAZHUANG, Aug. 24 (Xinhua) --",
# "Beijing (Gasgoo)-", "BEIJING, Nov. 25, 2024 /PRNewswire/ --". The place says where the story
# was filed, not where anything is built.
_DATELINE_AFTER = re.compile(
    r"(?:,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)"
    r"\s*(?:\([^()\n]{1,40}\)|/[^/\n]{1,40}/)?"
    r"|\s*\([A-Z][^()\n]{0,40}\))\s*(?:-{1,2}|–|—)"
)
# "Shanghai, Hefei and Wuxi will develop integrated circuits, biomedicine and AI respectively":
# looked for from the lists to the end of their sentence (as the segmenter cut it).
_RESPECTIVELY = re.compile(r"\brespectively\b", re.I)
# A deadline referred back to: "By then, the clusters of future industries will have taken shape."
_BY_THEN = re.compile(r"\bby\s+(?:then|that\s+time|that\s+year|the\s+same\s+year)\b", re.I)
# Where one clause ends and another, with its own subject, begins.
_CLAUSE_BREAK = re.compile(r"[;；]|,\s*(?:while|whereas|but)\b", re.I)
_ORG_HEAD_WORDS = (
    r"(?:University|Institute|Group|Company|Corporation|Corp|Bank|Association|Academy|Society|"
    r"Newspaper|Daily|Times|Agency|Federation|Council|Foundation|School|College|Hospital|"
    r"Department|Bureau|Commission|Ministry|Office|Administration)"
)
_ORG_HEADS = re.compile(rf"\b{_ORG_HEAD_WORDS}\b")
# Every place an _ORG_HEADS word starts, also inside words. Head words have one capital, their
# first letter, so none starts inside another and `finditer` sees every start.
_ORG_HEAD_ANYWHERE = re.compile(_ORG_HEAD_WORDS)
_SHORTEST_ORG_HEAD = 4  # "Corp", "Bank"
_ORG_REACH = 80  # how far before and after a mention an organisation's name is looked for
# A sentence opening on clusters already named: "The industrial clusters will ...", "These bases ...".
_CLUSTER_ANAPHOR = re.compile(
    r"\W*(?:The|These|Those|Such|Both|All\s+(?:the|these))\s+(?:[\w-]+\s+){0,3}?"
    r"(?:clusters?|bases?|hubs?|corridors?|zones?|parks?|belts?)\b"
)
# A connective a back-reference may follow: "As a result, the province has selected ...".
_CONNECTIVE = (
    r"(?:(?:In\s+addition|Additionally|Meanwhile|Besides|Moreover|Furthermore|Also|At\s+the\s+same\s+time"
    r"|Simultaneously|As\s+a\s+result|To\s+this\s+end|(?:According\s+to|Under|Based\s+on)\s+the\s+(?:[\w-]+\s+){0,2}?"
    r"(?:plan|planning|document|programme|program|guidelines?|opinions|scheme|blueprint)),?\s+)?"
)
_ANAPHOR_WORD = r"(?P<word>province|city|municipality|autonomous\s+region|district|county)"
# A sentence that names no place but opens on one referred back to: "The province will also support
# power batteries", "In addition, the city's new materials industry ...".
_PLACE_ANAPHOR = re.compile(rf"\W*{_CONNECTIVE}(?:The|the)\s+{_ANAPHOR_WORD}(?:['’]s)?\b", re.I)
# ... or refers back to one further in: "two local industries of textiles and furniture in the city",
# "clusters that the province is giving priority to"; not the place's own attributes ("the city's
# GDP") nor a kind of place ("the city cluster", "the county level").
_PLACE_ANAPHOR_WITHIN = re.compile(
    rf"\bthe\s+{_ANAPHOR_WORD}\b(?!['’]s|[\s-]+(?:clusters?|level|wide|seat)\b)", re.I
)
# A sentence that names no place but goes on about the place the last ones were about: "Anhui aims to
# nurture NEV makers. It wants to create world-class ICV clusters." Not a dummy "it" ("It is expected
# that ...", "It takes ...").
_SUBJECT_ANAPHOR = re.compile(rf"\W*{_CONNECTIVE}(?P<it>[Ii]ts?)\b(?!['’]s)")
_DUMMY_IT = re.compile(
    r"[Ii]t\s+(?:is|was|will\s+be|would\s+be|has\s+been)\s+(?:(?:also|not|still|now)\s+)?"
    r"(?:\w+\s+(?:that|to|for)\b|(?:said|reported|learned|understood|expected|estimated|noted|known|believed"
    r"|hoped|planned|required|necessary|important|clear|possible|likely|worth)\b)"
    r"|[Ii]t\s+(?:takes|took|remains|seems|appears)\b"
)
# What may open a sentence before its subject: a phrase set off by a comma ("By 2025, ", "According to
# the plan, ", "As a major grain base, ") or a conjunction ("While Jiangxi proposed ...").
_SUBJECT_OPENER = re.compile(
    r"\W*(?:[^,.;:\n]{0,80},\s*)?(?:(?:While|Whereas|Although|And|But|Similarly|Likewise|Meanwhile|Also)\s+)?"
    r"(?:the\s+)?",
    re.I,
)
_SUBJECT_REACH = 3  # paragraphs after the last that spoke of it that a subject is still referred back to
# A sentence that sets out a plan without naming who carries it out: a modal or aim ("New pillar
# industries ... should be developed", "Efforts will be made to ..."), a need ("They need to ..."), or a
# numbered task opening on its verb ("(3) Develop the new energy vehicle industry.").
_PLAN_STATEMENT = re.compile(
    r"\b(?:will|shall|should|must|aims?\s+(?:to|at)|strives?\s+to|plans?\s+to|needs?\s+to|is\s+to|are\s+to"
    r"|calls?\s+for|urges?|(?:is|are)\s+expected\s+to"
    # what the plan itself says, as news reports it: "the opinions suggest extending ..."
    r"|(?:plan|planning|opinions|guidelines?|document|blueprint|programme|program|scheme|measures|notice|outline)"
    r"\s+(?:also\s+|further\s+)?(?:suggest|propose|emphasi[sz]e|stress|encourage|support|highlight|specif(?:y|ie)"
    r"|require|list|identif(?:y|ie)|set|put)(?:s|es)?(?:\s+(?:out|forward))?)\b",
    re.I,
)
# A sentence that lists what a plan's kinds of industry are: "The strategic emerging industries cover
# ...", "The industries of the future include ...", "It also covers ..." after such a sentence.
_CATEGORY_LIST = re.compile(
    r"\W*(?:(?:The|These|Its|Their|Such)\s+(?:[\w-]+\s+){0,4}?(?:industries|sectors|fields|clusters|chains)"
    r"(?:\s+of\s+the\s+future)?|It|They)\s+(?:will\s+)?(?:mainly\s+|also\s+|chiefly\s+)?"
    r"(?:include|cover|comprise|consist\s+of|refer\s+to)s?\b"
)
# A list item's number or letter: "(3) ", "2. ", "b) ", "IV、".
_LIST_NUMBER = r"(?:[(（]?(?:\d{1,2}|[IVX]{1,4}|[a-z])[)）.、]\s*)"
# Places of a kind, in the plural: "cities", "the lower reach areas".
_PLURAL_PLACES = r"(?:areas|regions|cities|provinces|counties|districts|localities|places|municipalities|prefectures)"
_TASK_OPENING = re.compile(
    rf"\W*{_LIST_NUMBER}?(?:(?:Vigorously|Actively|Further|Continue\s+to|Strive\s+to)\s+)?"
    r"(?:Develop|Build|Promote|Accelerate|Cultivate|Foster|Nurture|Strengthen|Support|Speed\s+up|Expand|Upgrade"
    r"|Focus\s+on|Advance|Boost|Grow|Optimi[sz]e|Enhance|Improve|Consolidate|Establish|Create|Form|Encourage"
    r"|Make|Push|Deepen|Step\s+up|Extend)\b",
    re.I,
)
# A sentence about the whole country is not about the place a plan or section is about.
_NATIONAL_SCOPE = re.compile(r"\b(?:China|country|countrywide|nationwide|the\s+nation|the\s+state)\b")
# A sentence's opening frame names what a plan builds on, not what it builds: "Relying on abundant
# resources such as copper and aluminum, ...". It runs to the last comma before the clause's verb.
_OPENING_FRAME = re.compile(
    r"\W*(?:(?:Relying|Based|Building|Drawing|Depending|Centering|Centring)\s+on|Leveraging|Taking\s+advantage\s+of"
    r"|Supported\s+by|By\s+(?:giving\s+full\s+play\s+to|making\s+(?:full\s+)?use\s+of|leveraging|relying\s+on))\b"
)
# A sentence opening on places named before ("They will ...", "The cities will ..."): not the section's.
_PLURAL_REFERENCE = re.compile(
    rf"\W*(?:They|Their|Them|These|Those|Both|Each|All\s+of\s+them|The\s+(?:{_PLURAL_PLACES}"
    r"|two|three|four|five|six|seven|eight|nine|ten|latter|former))\b"
)
# A photo's caption ("This photo taken on Feb 1 shows a production line at ... in Hefei", "Aerial photo of
# Rongcheng County ... /CFP", "... (Xinhua/Zhang Duan)") says what a picture shows, not what a plan
# will build, and set on a line of its own it is no heading.
_CAPTION = re.compile(
    r"^\W*(?:(?:This|The|A|An)\s+)?(?:(?:file|aerial)\s+)?(?:photos?|pictures?|images?)\s+(?:taken|shows?|showing|of)\b"
    r"|(?:/\s*(?:CFP|VCG|IC)|\((?:Xinhua|Photo|CFP|VCG|IC|China\s+Daily)\b[^()]{0,40}\))\s*\.?\s*$",
    re.I,
)
_CREDIT_AFTER = re.compile(r"\s*\((?:Xinhua|Photo|CFP|VCG|IC|China\s+Daily)\b[^()]{0,40}\)")  # cut off by the splitter
# Sectors placed in unnamed parts of the subject ("in a series of cities") are not the whole subject's.
_UNNAMED_PLACES = re.compile(
    r"\b(?:in|across|among|to)\s+(?:a\s+(?:series|number|batch)\s+of|some|several|certain|qualified|eligible|selected"
    rf"|other|many)\s+{_PLURAL_PLACES}\b",
    re.I,
)
# A plan's own title ("Overall Plan of Xixian New Area", "Guangdong Province: Opinions on ..."), whose
# place every placeless plan sentence is about; not a headline that reports one ("China issues guideline
# on ...", "Wudang makes five-year development plan"), whose story also reports on others.
_PLAN_NOUN = re.compile(
    r"\b(?:Plan|Planning|Outline|Opinions|Guidelines?|Programme|Program|Scheme|Measures|Notice|Blueprint)\b"
)
# The verbs of news headlines: "China issues guideline on ...", "Shenzhen to build ...".
_HEADLINE_VERBS = (
    r"(?:unveil(?:s|ed)?|issue[sd]?|publish(?:es|ed)?|release[sd]?|launch(?:es|ed)?|makes?|made|sets?|announce[sd]?"
    r"|rolls\s+out|approve[sd]|says|said|eyes|aims?|vows?|maps\s+out|outlines?|plans?|targets?|builds?|develops?"
    r"|boosts?|pushes|accelerates?|promotes?|strives?|to|will)"
)
_HEADLINE_VERB = re.compile(rf"\b{_HEADLINE_VERBS}\b", re.I)
# A subject that is some of the places a section is about ("The lower reach areas should ...", "Cities
# along the middle reaches should ..."): not the section's place as a whole.
_PLACES_AS_SUBJECT = re.compile(rf"\b{_PLURAL_PLACES}\b", re.I)
# A short line that labels: "Furniture industry: Xindu and Chongzhou", "Wuhan: optoelectronics". The
# splitter takes it for a heading (no full stop), but it pairs like a sentence.
_LABEL_LINE = re.compile(r"\W*[^:：\n]{2,60}[:：][ \t]*\S")
# What may stand around a place's name in a line that only names it: "——Yichun city.", "(2) Wuhan:".
_LIST_MARK = re.compile(rf"[\s\-–—―·•*]*{_LIST_NUMBER}?")
_DESIGNATION_END = re.compile(r"\s*(?:city|province|municipality|district|county|prefecture)?\s*[.:：;；]?\s*", re.I)
# A sentence that looks back ("In recent years, Shandong has focused on ...", "Since the reform and opening
# up, ...", "With these achievements, Qinghai has made its contribution to new energy") reports what was
# done; without a word of plan or aim it sets out no fact.
_RETROSPECTIVE_OPENING = re.compile(
    r"\W*(?:Since\b|In\s+recent\s+years\b|(?:Over|In|During)\s+the\s+(?:past|last|previous)\b|Last\s+year\b"
    r"|Through\s+(?:these|such)\s+(?:actions|efforts|measures)\b|With\s+(?:these|such)\s+achievements\b"
    r"|In\s+(?:19|20)\d\d\s*,)",
    re.I,
)
# A sentence that reports a figure ("The number of high-tech enterprises in Harbin reached 1,180, up 45
# percent") is a statistic, not a plan; like a look back it sets out no fact without a word of plan.
_REPORTS_A_FIGURE = re.compile(
    r"\b(?:reached|rose|grew|increased|decreased|dropped|fell|totall?ed|exceeded|amounted\s+to|accounted\s+for)"
    r"\s+(?:by\s+|to\s+|about\s+|nearly\s+|over\s+|more\s+than\s+|around\s+|some\s+)*"
    r"(?:[\d.,]+|a\s+(?:record|significant|large))",
    re.I,
)
# After a sector's name, a hyphen that makes it part of an adjective of another kind ("high-tech-oriented",
# "new energy-saving products", "5G-enabled factories"); "vehicle-related" still speaks of vehicles.
_HYPHEN_GLUED = re.compile(r"-(?:oriented|enabled|saving|intensive|driven|led|consuming|fired|like|style|type)\b", re.I)
_HEADLINE_SUBJECT_VERB = re.compile(rf"\s+(?:(?:province|city|municipality|district|county)\s+)?{_HEADLINE_VERBS}\b", re.I)
_SECTION_SUBJECT_MAX = 3  # a heading that names more places than this is a list, not a subject
# A list item that locates a thing at a place: "..., the graphene R&D at Changzhou".
_UNKNOWN_ITEM = re.compile(r"(?:^|[,;:]\s*|\s)(?:and\s+)?the\s+(?P<thing>[^,;:]{1,40}?)\s+(?:at|in)\s+$", re.I)
_ITEM_REACH = 60  # characters before a place looked at for the item holding it
# "the industry in cities such as ...": an item that refers back to a sector named before.
_SECTOR_ANAPHOR = re.compile(r"(?:same\s+|said\s+|above\s+|related\s+|relevant\s+)?(?:industr(?:y|ies)|sectors?)", re.I)
# A sentence that names no place but opens by spelling out the one before it: "Shandong will grow its
# leading industries. Specifically, clusters such as power equipment will be developed."
_ELABORATION = re.compile(
    r"\W*(?:Specifically|More\s+specifically|To\s+be\s+(?:more\s+)?specific|In\s+particular|Particularly"
    r"|Among\s+(?:them|these|which)|Of\s+(?:them|these)|Namely|In\s+detail)\b",
    re.I,
)
# The word a place of each kind is referred back to with.
_ANAPHOR_WORDS = {"province": ("province",), "autonomous_region": ("autonomous region",),
                  "municipality": ("city", "municipality"), "prefecture_city": ("city",), "county_city": ("city",),
                  "district": ("district",), "county": ("county",), "autonomous_county": ("county",)}
# "Relying on <places>, ..." and the like, opening a sentence or a numbered item.
_FRAME_OPENER = re.compile(
    r"(?:^|[.!?:)]\s*)(?:(?:Relying|Based|Building|Focusing|Centering|Centred|Centered|Drawing|Depending)\s+on"
    r"|Supported\s+by|Leveraging|Taking\s+advantage\s+of)\b[^,.;]*$"
)
# A participle that locates the subject after it: "Located in the northwest of Gansu province, Jiuquan ...".
_LOCATED_FRAME = re.compile(r"\b(?:Located|Situated|Lying|Nestled|Sitting)\s+(?:in|at|on|along|by)\b[^,.;:]{0,60}$")
_LOCATED_REACH = 72
_SCENE_OPENER = re.compile(r"(?:^|[.!?]\s*)(?:In|Within|For|Across|Along|On)\b[^,.;]{0,40}$")
_START = attrgetter("start")
_ORG_RUN = re.compile(r"(?:[A-Z][\w&'’-]*(?:\s+(?:of|and|for|the|&)\s+|\s+))+[A-Z][\w&'’-]*")
_RUN_CHARACTERS = re.compile(r"[\w&'’\s-]*")  # every character an _ORG_RUN match can hold


# A place and a sector a sentence puts together: (place, sector, cluster phrase or None, whether a
# local shape paired them, or None when the sentence does not name the place). A plain tuple: pairs
# are made by the thousand, and a named tuple's constructor is a Python function that costs several
# times the tuple.
_Pair = tuple[Mention, Mention, Mention | None, bool | None]


def extract_facts(tagged: TaggedDocument, gazetteer: Gazetteer | None = None) -> tuple[Fact, ...]:
    """One fact per (document, place, sector, cluster kind), keeping the first evidence."""
    gazetteer = gazetteer or load_gazetteer()
    text = tagged.source.text
    published_year = int(tagged.source.published[:4]) if tagged.source.published else None
    by_sentence: dict[int, list[Mention]] = {}
    for mention in tagged.mentions:
        by_sentence.setdefault(mention.sentence, []).append(mention)
    placed = {m.sentence for m in tagged.mentions if m.label in PLACE_LABELS and m.entity_id}
    dated = {m.sentence for m in tagged.mentions if m.label == "YEAR"}  # the few that may set a deadline
    org_names = _OrgNames(text)
    title_deadline = _title_deadline(tagged)
    paragraph_deadlines: dict[int, int] = {}
    heading_sectors: list[Mention] = []
    antecedent = _ClusterAntecedent()
    referent = _PlaceAntecedent(gazetteer)
    elaborated = _ElaboratedSentence(gazetteer, org_names)
    subject = _SubjectPlaces(gazetteer)
    section = _SectionSubject(gazetteer, org_names, tagged)
    last_deadline: tuple[int, int] | None = None  # the last deadline a sentence set, and its paragraph
    table = _FactTable(tagged.source, gazetteer)
    for index, sentence in enumerate(tagged.sentences):
        mentions = by_sentence.get(index)
        if mentions is None:  # sets no deadline, pairs nothing, and as a heading names no sector
            if sentence.is_heading:
                heading_sectors = []
                section.follow_heading(text, sentence, None)
            continue
        sentence_text = text[sentence.start : sentence.end]
        if not sentence.is_heading and (_CAPTION.search(sentence_text) or _CREDIT_AFTER.match(text, sentence.end)):
            continue
        if (
            _RETROSPECTIVE_OPENING.match(sentence_text) or _REPORTS_A_FIGURE.search(sentence_text)
        ) and not sentence_is_future(sentence_text):
            continue
        deadline = _sentence_deadline(mentions, sentence_text, published_year) if index in dated else None
        scope = "sentence"
        if deadline is not None:
            last_deadline = (deadline, sentence.paragraph)
        elif last_deadline and sentence.paragraph <= last_deadline[1] + 1 and _says_by_then(sentence_text):
            deadline, scope = last_deadline[0], "paragraph"  # "By then, the clusters will have taken shape."
        if deadline is not None and sentence_text.rstrip().endswith(":"):
            paragraph_deadlines[sentence.paragraph] = deadline
        if sentence.is_heading:
            sectors = _resolved_sectors(mentions)
            heading_sectors = sectors if index not in placed and _names_a_sector(sentence_text, sectors) else []
            heading_mentions = _SentenceMentions(mentions)
            if index in placed:  # a headline's subject: "Wudang makes five-year development plan"
                subject.follow(text, sentence, heading_mentions)
            section.follow_heading(text, sentence, heading_mentions)
            if index not in placed or not _LABEL_LINE.match(sentence_text):
                continue
            # a line that labels places with their sectors ("Furniture industry: Xindu and Chongzhou")
            pairs = _sentence_pairs(text, sentence.end, heading_mentions, [], gazetteer, org_names)
            if not pairs:
                continue
        elif index not in placed:  # half the sentences with mentions: without a resolved place, no pair
            pairs = (
                antecedent.pairs(text, sentence, mentions, org_names)
                or referent.pairs(text, sentence, mentions, org_names)
                or elaborated.pairs(text, index, sentence, mentions)
                or subject.pairs(text, sentence, mentions, org_names)
                or section.pairs(text, sentence, mentions)
            )
            if not pairs:
                if deadline is not None:  # "Output of the hydrogen industry is to reach ... by 2025."
                    table.date_earlier(_resolved_sectors(mentions), deadline, sentence.paragraph)
                continue
        else:
            sentence_mentions = _SentenceMentions(mentions)
            if _names_only_a_place(text, sentence, sentence_mentions):  # "——Yichun city." opens its section
                section.follow_heading(text, sentence, sentence_mentions)
                continue
            referent.follow(sentence_mentions.resolved_places)
            subject.follow(text, sentence, sentence_mentions)
            elaborated.follow(index, sentence, sentence_mentions)
            pairs = _sentence_pairs(text, sentence.end, sentence_mentions, heading_sectors, gazetteer, org_names)
            antecedent.follow(sentence, _fact_places(text, sentence_mentions, gazetteer, org_names)
                              if sentence_mentions.clusters else [])
            if not pairs:
                continue
        if deadline is None and sentence.paragraph in paragraph_deadlines:
            deadline, scope = paragraph_deadlines[sentence.paragraph], "paragraph"
        if deadline is None and title_deadline is not None:
            deadline, scope = title_deadline, "document"
        table.add(pairs, sentence_text, sentence.start, sentence.end, deadline, scope, sentence.paragraph)
    return tuple(sorted(table.rows.values(), key=fact_sort_key))


class _ClusterAntecedent:
    """The places of the last sentence that named places and a cluster phrase, for a sentence
    that goes on about those clusters without naming a place ("Hefei will build three industrial
    clusters. The clusters will focus on new energy vehicles and integrated circuits."). It holds
    for that paragraph and the next, until a sentence names places again."""

    def __init__(self):
        self.places: list[Mention] = []
        self.paragraph = -1

    def follow(self, sentence: Sentence, places: list[Mention]) -> None:
        """A sentence that names places: its fact places, when it has a cluster phrase, are the
        new antecedent (none otherwise: the text has moved on to other places)."""
        self.places, self.paragraph = places, sentence.paragraph

    def pairs(self, text: str, sentence: Sentence, mentions: list[Mention], org_names: _OrgNames) -> list[_Pair]:
        """Pairs of a sentence without places that opens on "The/These ... clusters" (bases, zones, ...)."""
        if not self.places or sentence.paragraph > self.paragraph + 1:
            return []
        if not _CLUSTER_ANAPHOR.match(text, sentence.start, sentence.end):
            return []
        sectors = _fact_sectors(text, _resolved_sectors(mentions), org_names)
        return [(place, sector, None, False) for place in self.places for sector in sectors]


class _PlaceAntecedent:
    """The places the text named, for a later sentence that names no place but opens on "The
    province ..." or "The city ..." ("Anhui aims to nurture NEV makers. The province will also
    support power batteries."): the last province, or the last city, is meant. Sentences' places
    are only kept as they come; their kinds are looked at when such a sentence turns up."""

    def __init__(self, gazetteer: Gazetteer):
        self.gazetteer = gazetteer
        self.named: list[list[Mention]] = []  # each placed sentence's resolved places, in text order

    def follow(self, places: list[Mention]) -> None:
        self.named.append(places)

    def pairs(self, text: str, sentence: Sentence, mentions: list[Mention], org_names: _OrgNames) -> list[_Pair]:
        if not self.named:
            return []
        opening = _PLACE_ANAPHOR.match(text, sentence.start, sentence.end) or _PLACE_ANAPHOR_WITHIN.search(
            text, sentence.start, sentence.end
        )
        place = self._last(" ".join(opening.group("word").lower().split())) if opening else None
        return _referred_pairs(text, [place], mentions, org_names) if place is not None else []

    def _last(self, word: str) -> Mention | None:
        """The last place named whose kind is referred back to with `word`."""
        for places in reversed(self.named):
            for place in reversed(places):
                described = self.gazetteer.places.get(place.entity_id)
                if described is not None and word in _ANAPHOR_WORDS.get(described.kind, ()):
                    return place
        return None


class _SubjectPlaces:
    """The places the text is about, for a later sentence that names no place but opens on "It" or
    "Its" ("Anhui aims to nurture NEV makers. It wants to create ICV clusters."). They are the last
    places a sentence or headline opened on as its subject ("By 2025, Wudang will ...", "Hefei and
    Wuhu will ..."), and they hold for `_SUBJECT_REACH` paragraphs after the last sentence that used
    them; a sentence that names places further in leaves them as they are."""

    def __init__(self, gazetteer: Gazetteer):
        self.gazetteer = gazetteer
        self.places: list[Mention] = []
        self.paragraph = -1

    def follow(self, text: str, sentence: Sentence, mentions: _SentenceMentions) -> None:
        places = _opening_subject(text, sentence, mentions, self.gazetteer)
        if places:
            self.places, self.paragraph = places, sentence.paragraph

    def pairs(self, text: str, sentence: Sentence, mentions: list[Mention], org_names: _OrgNames) -> list[_Pair]:
        if not self.places or sentence.paragraph > self.paragraph + _SUBJECT_REACH:
            return []
        opening = _SUBJECT_ANAPHOR.match(text, sentence.start, sentence.end)
        if opening is None or _DUMMY_IT.match(text, opening.start("it"), sentence.end):
            return []
        pairs = _referred_pairs(text, self.places, mentions, org_names)
        if pairs:
            self.paragraph = sentence.paragraph  # the text still speaks of them
        return pairs


def _opening_subject(text: str, sentence: Sentence, mentions: _SentenceMentions, gazetteer: Gazetteer) -> list[Mention]:
    """The places a sentence opens on, after at most a phrase set off by a comma or a conjunction: the
    list its first place heads, less the places that only locate another ("Huzhou in Zhejiang"). None
    when the sentence opens on anything else, on an unresolved place or on a dateline."""
    places = mentions.resolved_places
    if not places or places[0] is not mentions.places[0]:
        return []
    if not _SUBJECT_OPENER.fullmatch(text, sentence.start, places[0].start) or _opens_a_dateline(text, places[0]):
        return []
    dropped = _qualifying_places(text, places, gazetteer)
    return [place for place in _coordinated_runs(text, places)[0] if place not in dropped]


class _ElaboratedSentence:
    """The sentence just before, for one that names no place but opens by spelling it out
    ("Specifically, ...", "Among them, ..."): its fact places are the elaboration's. Only the
    sentence right before it in the same paragraph counts; its places are worked out only then."""

    def __init__(self, gazetteer: Gazetteer, org_names: _OrgNames):
        self.gazetteer, self.org_names = gazetteer, org_names
        self.index, self.paragraph, self.mentions = -1, -1, None

    def follow(self, index: int, sentence: Sentence, mentions: _SentenceMentions) -> None:
        self.index, self.paragraph, self.mentions = index, sentence.paragraph, mentions

    def pairs(self, text: str, index: int, sentence: Sentence, mentions: list[Mention]) -> list[_Pair]:
        if index != self.index + 1 or sentence.paragraph != self.paragraph:
            return []
        if not _ELABORATION.match(text, sentence.start, sentence.end):
            return []
        places = _fact_places(text, self.mentions, self.gazetteer, self.org_names)
        return _referred_pairs(text, places, mentions, self.org_names)


class _SectionSubject:
    """The places a stretch of text is about without naming them again, for a sentence that names no
    place but sets out a plan for sectors ("Efforts will be made to develop new materials"): those of
    the heading above ("Hangzhou East Intelligent Manufacturing Corridor"), or else of the document's
    title ("Guangdong Province: Opinions on ..."), which a plan need not repeat. Its pairs are the
    least sure kind (`local` None)."""

    def __init__(self, gazetteer: Gazetteer, org_names: _OrgNames, tagged: TaggedDocument):
        self.gazetteer, self.org_names = gazetteer, org_names
        text, title = tagged.source.text, tagged.source.title
        start = text.find(title) if title else -1
        self.title_span = (start, start + len(title)) if start >= 0 else None  # where the reader found it
        self.document: list[Mention] = []
        if self.title_span is not None:
            in_title = [m for m in tagged.mentions if start <= m.start and m.end <= self.title_span[1]]
            self.document = self._title_places(text, start, self.title_span[1], in_title)
        self.places: list[Mention] = self.document

    def follow_heading(self, text: str, sentence: Sentence, mentions: _SentenceMentions | None) -> None:
        """A heading: the places it names are the subject of the section it opens; a heading that names
        none goes back to the document's. Without a title the reader found, the first heading is the
        title. A caption is passed over."""
        if _CAPTION.search(text[sentence.start : sentence.end]):
            return
        if self.title_span is not None and sentence.start < self.title_span[1] and self.title_span[0] < sentence.end:
            return  # the title itself
        if self.title_span is None:
            self.title_span = (sentence.start, sentence.end)
            in_title = mentions.mentions if mentions is not None else []
            self.places = self.document = self._title_places(text, sentence.start, sentence.end, in_title)
            return
        places = self._heading_places(text, mentions) if mentions is not None else []
        self.places = places or self.document

    def pairs(self, text: str, sentence: Sentence, mentions: list[Mention]) -> list[_Pair]:
        if not self.places or any(m.label in PLACE_LABELS for m in mentions):
            return []
        plan = _PLAN_STATEMENT.search(text, sentence.start, sentence.end)
        listing = plan is None and _CATEGORY_LIST.match(text, sentence.start, sentence.end) is not None
        if plan is None and not listing and not _TASK_OPENING.match(text, sentence.start, sentence.end):
            return []
        if (
            _NATIONAL_SCOPE.search(text, sentence.start, sentence.end)
            or (not listing and _PLURAL_REFERENCE.match(text, sentence.start, sentence.end))
            or _UNNAMED_PLACES.search(text, sentence.start, sentence.end)
        ):
            return []
        if plan is not None and _PLACES_AS_SUBJECT.search(text, sentence.start, plan.start()):
            return []
        sectors = _fact_sectors(text, _resolved_sectors(mentions), self.org_names)
        if plan is not None and _OPENING_FRAME.match(text, sentence.start, plan.start()):
            frame_end = text.rfind(",", sentence.start, plan.start())
            sectors = [sector for sector in sectors if sector.start > frame_end]
        clusters = [m for m in mentions if m.label == "CLUSTER"]
        return _cross(self.places, sectors, clusters, None, text)

    def _title_places(self, text: str, start: int, end: int, in_title: list[Mention]) -> list[Mention]:
        """The places a title makes the document's subject: those of a plan's own title, or of a
        headline that opens on them as its subject; none for any other title."""
        places = self._heading_places(text, _SentenceMentions(in_title)) if in_title else []
        if places and (_is_plan_title(text[start:end]) or _opens_a_headline(text, start, places, in_title)):
            return places
        return []

    def _heading_places(self, text: str, mentions: _SentenceMentions) -> list[Mention]:
        """The heading's first list of places, less those that only locate another; none when it
        lists more than a subject would."""
        places = _fact_places(text, mentions, self.gazetteer, self.org_names)
        if not places:
            return []
        run = _coordinated_runs(text, places)[0]
        return run if len(run) <= _SECTION_SUBJECT_MAX else []


def _names_only_a_place(text: str, sentence: Sentence, mentions: _SentenceMentions) -> bool:
    """Whether the sentence is one place's name and nothing else but a list mark or designation ("——Yichun
    city.", "(2) Wuhan:"): it opens a section about that place, as a heading would."""
    if len(mentions.mentions) != 1 or len(mentions.resolved_places) != 1:
        return False
    place = mentions.resolved_places[0]
    return (
        _LIST_MARK.fullmatch(text, sentence.start, place.start) is not None
        and _DESIGNATION_END.fullmatch(text, place.end, sentence.end) is not None
    )


def _opens_a_headline(text: str, title_start: int, places: list[Mention], in_title: list[Mention]) -> bool:
    """Whether the places are the subject a headline opens on, its verb right after them, and the only
    places it names ("Shenzhen to build 20 industrial parks", "Harbin announces five-year goals"): the
    story is that place's plan. Not "Beijing unveils incentives for Xinjiang SEZs": the capital speaks
    for the state there."""
    if text[title_start : places[0].start].strip() or _HEADLINE_SUBJECT_VERB.match(text, places[-1].end) is None:
        return False
    return not any(m.label in PLACE_LABELS and m.start >= places[-1].end for m in in_title)


def _is_plan_title(title: str) -> bool:
    """Whether a title is a plan's own: a plan noun that no headline's verb comes before."""
    noun = _PLAN_NOUN.search(title)
    return noun is not None and _HEADLINE_VERB.search(title, 0, noun.start()) is None


def _referred_pairs(text: str, places: list[Mention], mentions: list[Mention], org_names: _OrgNames) -> list[_Pair]:
    """A placeless sentence's sectors with the places it refers back to, each sector taking its
    nearest cluster phrase."""
    sectors = _fact_sectors(text, _resolved_sectors(mentions), org_names)
    if not places or not sectors:
        return []
    clusters = [mention for mention in mentions if mention.label == "CLUSTER"]
    return _cross(places, sectors, clusters, local=False, text=text)


class _SentenceMentions:
    """A sentence's mentions sorted by kind in one pass: every step of pairing asks for some kind,
    and filtering the sentence again for each of them cost more than the pairing itself."""

    __slots__ = ("mentions", "places", "resolved_places", "sectors", "clusters", "agencies", "fact_places")

    def __init__(self, mentions: list[Mention]):
        places: list[Mention] = []
        resolved_places: list[Mention] = []
        sectors: list[Mention] = []
        clusters: list[Mention] = []
        agencies: list[Mention] = []
        for mention in mentions:
            label = mention.label
            if label == "SECTOR":
                if mention.entity_id:
                    sectors.append(mention)
            elif label in PLACE_LABELS:
                places.append(mention)
                if mention.entity_id:
                    resolved_places.append(mention)
            elif label == "CLUSTER":
                clusters.append(mention)
            elif label == "AGENCY":
                agencies.append(mention)
        if len(places) > 1:  # stable sorts: already in text order when tagged by the pipeline
            places.sort(key=_START)
            resolved_places.sort(key=_START)
        self.mentions = mentions
        self.places = places  # tagged places and regions, resolved or not, in text order
        self.resolved_places = resolved_places  # those the gazetteer resolved, in text order
        self.sectors = sectors  # resolved sectors, as `_resolved_sectors` gives them
        self.clusters = clusters
        self.agencies = agencies
        self.fact_places: list[Mention] | None = None  # `_fact_places`, once worked out

    def first_start(self) -> int:
        """Where the sentence's first mention starts."""
        return min(map(_START, self.mentions))


def _sentence_pairs(text, sentence_end: int, sentence: _SentenceMentions, heading_sectors, gazetteer,
                    org_names) -> list[_Pair]:
    """The sentence's own pairs or, when it names no sector at all, its places with the sectors
    of the heading above it. The sentence has a resolved place; places are only worked out when
    some sector can take them."""
    sectors = _fact_sectors(text, sentence.sectors, org_names)
    if sectors:
        places = _fact_places(text, sentence, gazetteer, org_names)
        return pair_mentions(text, sentence.clusters, places, sectors, sentence_end)
    if sentence.sectors or not heading_sectors:
        return []
    places = _fact_places(text, sentence, gazetteer, org_names)
    return [(p, s, None, False) for p in places for s in heading_sectors]


def _resolved_sectors(mentions: list[Mention]) -> list[Mention]:
    """The sentence's sectors that the gazetteer resolved, in order; only they make facts."""
    return [m for m in mentions if m.label == "SECTOR" and m.entity_id]


def _names_a_sector(heading: str, sectors: list[Mention]) -> bool:
    """A heading sets the sector for what follows only when it is mostly a sector's name
    ('(3) New-energy vehicles industry'), not a section title that mentions one."""
    if not sectors:
        return False
    words = _WORD.findall(_HEADING_FILLER.sub(" ", heading))
    sector_words = sum(len(_WORD.findall(m.text)) for m in sectors)
    return sector_words * 2 >= len(words)


fact_sort_key = attrgetter("document", "start", "place_id", "sector_id", "cluster_kind")


def fact_id(document: str, place_id: str, sector_id: str, cluster_kind: str) -> str:
    """Stable across runs and text edits: derived from the fact's key, never from offsets."""
    key = "\x1f".join((document, place_id, sector_id, cluster_kind))
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _fact_ids(document: str) -> Callable[[str, str, str], str]:
    """`fact_id` for one document's facts: the document's part of the key is hashed once."""
    hashed_document = hashlib.sha1(f"{document}\x1f".encode("utf-8"))

    def fact_id_in_document(place_id: str, sector_id: str, cluster_kind: str) -> str:
        digest = hashed_document.copy()
        digest.update(f"{place_id}\x1f{sector_id}\x1f{cluster_kind}".encode("utf-8"))
        return digest.hexdigest()[:16]

    return fact_id_in_document


def pair_mentions(text: str, clusters: list[Mention], places: list[Mention], sectors: list[Mention],
                  sentence_end: int) -> list[_Pair]:
    """The (place, sector) pairs one sentence asserts, given its cluster phrases, its fact places
    (in text order, as `_fact_places` gives them), fact sectors and where the sentence ends."""
    if not places or not sectors:
        return []
    items = sorted(places + sectors, key=_START)
    groups = _coordinated_groups(text, items)
    pairs = _respective_pairs(text, groups, clusters, sentence_end)
    paired_places = {pair[0] for pair in pairs}
    paired_sectors = {pair[1] for pair in pairs}
    respective = paired_places | paired_sectors  # lists "respectively" paired take no other pairing
    for left, right in zip(groups, groups[1:]):
        if respective and (left[0] in respective or right[0] in respective):
            continue
        place_left = _is_place(left[0])
        if place_left is _is_place(right[0]):
            continue  # two lists of one kind that no conjunction joins
        gap = _gap(text, left[-1], right[0])
        if place_left:
            if not (
                _POSSESSIVE.match(gap) or _LABEL.match(gap) or _GAPPED_ON.match(gap)
                or (_ADJACENT.match(gap) and len(left) == 1)
            ):
                continue
            group_pairs = _cross(left, right, clusters, local=True)
        else:
            if not (_LOCATIVE.match(_gap_without_clusters(text, left[-1], right[0], clusters) if clusters else gap)
                    or _PARENTHESISED.match(gap) or _industry_of(gap, left[-1])):
                continue
            group_pairs = _cross(right, left, clusters, local=True)
            if clusters:  # "the PV industry at Changzhou Hi-tech Zone": the zone the place names
                group_pairs = _in_place_clusters(group_pairs, clusters)
        pairs.extend(group_pairs)
        paired_places.update(pair[0] for pair in group_pairs)
        paired_sectors.update(pair[1] for pair in group_pairs)
    if clusters:
        pairs.extend(_named_clusters(places, sectors, clusters, paired_places, paired_sectors))
        pairs.extend(_cluster_locatives(text, places, sectors, clusters, paired_places))
    free_places = _without(places, paired_places)
    free_sectors = _without(sectors, paired_sectors)
    if free_sectors and not free_places:
        pairs.extend(_cross(_frame_places(text, places, free_sectors), free_sectors, clusters, local=False, text=text))
        return pairs
    pairs.extend(_attach_by_proximity(text, free_places, free_sectors, sectors, clusters))
    return pairs


def _industry_of(gap: str, sector: Mention) -> bool:
    """Whether a sector and the place after it read "the <sector> industry of <place>"."""
    match = _INDUSTRY_OF.match(gap)
    if match is None:
        return False
    return match.group("industry") is not None or _ENDS_IN_INDUSTRY.search(sector.text) is not None


def _in_place_clusters(pairs: list[_Pair], clusters: list[Mention]) -> list[_Pair]:
    """Pairs whose sector has no cluster phrase of its own take the one that holds their place."""
    return [
        (place, sector, cluster or _cluster_holding(place, clusters), local) for place, sector, cluster, local in pairs
    ]


def _cluster_holding(mention: Mention, clusters: list[Mention]) -> Mention | None:
    return next((c for c in clusters if c.start <= mention.start and mention.end <= c.end), None)


def _respective_pairs(
    text: str, groups: list[list[Mention]], clusters: list[Mention], sentence_end: int
) -> list[_Pair]:
    """A list of places and a list of as many sectors followed by "respectively" pair up in order:
    the first place with the first sector, and so on. None unless the sentence has exactly one
    list of each kind, of the same length."""
    place_groups = [group for group in groups if _is_place(group[0])]
    sector_groups = [group for group in groups if not _is_place(group[0])]
    if len(place_groups) != 1 or len(sector_groups) != 1:
        return []
    places, sectors = place_groups[0], sector_groups[0]
    if len(places) < 2 or len(places) != len(sectors):
        return []
    if not _RESPECTIVELY.search(text, min(places[0].start, sectors[0].start), sentence_end):
        return []
    return [(place, sector, _cluster_for(sector, clusters, text) if clusters else None, True)
            for place, sector in zip(places, sectors)]


def _frame_places(text: str, places: list[Mention], free_sectors: list[Mention]) -> list[Mention]:
    """The places of an opening frame ("Relying on the Wuhan-Xiangyang-Shiyan automobile corridor,
    we will develop new energy vehicles"): the sectors of the clause it opens go to them, though the
    frame paired them already. `places` are in text order; none when the sentence has no such frame
    or a free sector lies inside it."""
    first = places[0]
    window_start = max(0, first.start - 48)
    line_start = text.rfind("\n", window_start, first.start) + 1
    if not _FRAME_OPENER.search(text[max(line_start, window_start) : first.start]):
        return []
    comma = text.find(",", first.end)
    if comma < 0 or any(sector.start < comma for sector in free_sectors):
        return []
    return [place for place in places if place.end <= comma]


def _attach_by_proximity(text, free_places, free_sectors, all_sectors, clusters) -> list[_Pair]:
    """What no local shape paired: each list of sectors goes with the nearest list of places
    (the subject before it wins a tie), and a list of places left over takes its nearest sectors."""
    if not free_places:
        return []
    place_groups = _coordinated_runs(text, free_places)
    sector_groups = _coordinated_runs(text, free_sectors)
    links = _nearest_links(text, place_groups, sector_groups, all_sectors)
    pairs = []
    for places, sectors in links:
        pairs.extend(_cross(places, sectors, clusters, local=False, text=text))
    return pairs


def _nearest_links(text, place_groups, sector_groups, all_sectors) -> list[tuple[list[Mention], list[Mention]]]:
    """Each sector group with its nearest place group, then each place group no sector group took
    with its nearest sector group (of all the sentence's sectors when none is free), unless a clause
    break lies between them or the place locates a thing that names no sector."""
    if len(place_groups) == 1 and sector_groups:  # most sentences: the one list of places takes them all
        return [(place_groups[0], sector_group) for sector_group in sector_groups]
    links = [(_nearest_place_group(text, place_groups, sector_group), sector_group) for sector_group in sector_groups]
    linked = {id(group) for group, _ in links}
    fallback = sector_groups or _coordinated_runs(text, all_sectors)
    for place_group in place_groups:
        if id(place_group) not in linked and fallback and not _locates_an_unknown(text, place_group[0]):
            distance, nearest = min((_group_distance(text, place_group, g), i) for i, g in enumerate(fallback))
            if not distance[0]:  # a clause break between them: the sectors are another clause's
                links.append((place_group, fallback[nearest]))
    return links


def _locates_an_unknown(text: str, place: Mention) -> bool:
    """Whether the place is where a thing of a list item is that names no sector ("the graphene R&D at
    Changzhou", among "the internet of things at Wuxi, ..."): it takes none of the other items' sectors.
    "the industry in cities such as ..." refers back to a sector."""
    item = _UNKNOWN_ITEM.search(text, max(0, place.start - _ITEM_REACH), place.start)
    return item is not None and not _SECTOR_ANAPHOR.fullmatch(item.group("thing"))


def _nearest_place_group(text: str, place_groups: list[list[Mention]], sectors: list[Mention]) -> list[Mention]:
    """The place group nearest the sectors; when every one lies across a clause break, the sectors' clause
    names no place of its own ("We will encourage the eastern region to develop first; support platforms
    such as Qianhai and Hengqin; and develop the marine economy"), and they go to the sentence's first
    places, which the clauses after it go on about."""
    distance, nearest = min((_group_distance(text, group, sectors), i) for i, group in enumerate(place_groups))
    if distance[0] and place_groups[0][-1].end <= sectors[0].start:
        return place_groups[0]
    return place_groups[nearest]


def _cross(places: list[Mention], sectors: list[Mention], clusters: list[Mention], local: bool, text: str | None = None):
    """Every place with every sector, place by place; each sector's cluster is looked up once
    (given `text`, the nearest one in its clause when none holds it)."""
    if not clusters:  # most sentences
        return [(place, sector, None, local) for place in places for sector in sectors]
    sector_clusters = [(sector, _cluster_for(sector, clusters, text)) for sector in sectors]
    return [(place, sector, cluster, local) for place in places for sector, cluster in sector_clusters]


def _group_distance(text: str, places: list[Mention], sectors: list[Mention]) -> tuple[bool, int, int]:
    """How far apart two groups are: first whether a clause boundary lies between them ("Changzhou
    will develop new materials, while Nanjing focuses on software": the materials are Changzhou's,
    though Nanjing is nearer) or the places after the sectors open a clause of their own, joined by
    "and" ("Xi'an is to develop aerospace and Baoji to develop titanium"), then the characters
    between them; a place group before the sectors (their subject) wins ties."""
    if places[-1].end <= sectors[0].start:
        gap_start, gap_end, after = places[-1].end, sectors[0].start, 0
    else:
        gap_start, gap_end, after = sectors[-1].end, max(places[0].start, sectors[-1].end), 1
    crosses = _CLAUSE_BREAK.search(text, gap_start, gap_end) is not None or (
        after == 1
        and _AND.search(text, gap_start, gap_end) is not None
        and _SUBJECT_OF_CLAUSE.match(text, places[-1].end) is not None
    )
    return crosses, gap_end - gap_start, after


def _introduces_examples(text: str, sector: Mention, sectors: list[Mention]) -> bool:
    """'strategic emerging industries such as IT, new materials': the umbrella term is not a fact
    of its own when the examples follow. Most sectors have no other after them to introduce."""
    later = [s for s in sectors if s.start >= sector.end and s is not sector]
    if not later:
        return False
    match = _EXAMPLES_FOLLOW.match(text[sector.end : sector.end + 40])
    return bool(match) and any(s.start >= sector.end + match.end() for s in later)


def _named_clusters(places, sectors, clusters, paired_places, paired_sectors) -> list[_Pair]:
    """A cluster's name that holds places and sectors pairs them ("the Guangzhou-Foshan-Huizhou
    ultra-high-definition video and smart home appliances cluster"), whatever lies between them;
    the places and sectors it pairs are added to `paired_places` and `paired_sectors`."""
    out = []
    for cluster in clusters:
        inside_places = [p for p in places if cluster.start <= p.start and p.end <= cluster.end]
        inside_sectors = [s for s in sectors if cluster.start <= s.start and s.end <= cluster.end]
        if inside_places and inside_sectors:
            out.extend((place, sector, cluster, True) for place in inside_places for sector in inside_sectors)
            paired_places.update(inside_places)
            paired_sectors.update(inside_sectors)
    return out


def _cluster_locatives(text, places, sectors, clusters, paired_places) -> list[_Pair]:
    """'industrial bases in Wuhan, Yueyang and Jingmen' names where a cluster sits; its sector is
    the one the cluster names, or the sentence's sectors that nothing else took. `places` are in
    text order; the places it pairs are added to `paired_places`."""
    out = []
    for cluster in clusters:
        following = [p for p in places if p.start >= cluster.end and p not in paired_places]
        if not following or not _LOCATIVE.match(text[cluster.end : following[0].start]):
            continue
        group = _coordinated_runs(text, following)[0]
        inside = [s for s in sectors if cluster.start <= s.start and s.end <= cluster.end]
        for place in group:
            for sector in inside:
                out.append((place, sector, cluster, True))
        if inside:
            paired_places.update(group)
    return out


def _fact_sectors(text: str, sectors: list[Mention], org_names: _OrgNames) -> list[Mention]:
    """Resolved sectors that take part in facts: not part of an organisation's name, not part of an
    adjective of another kind ("high-tech-oriented"), and not an umbrella term followed by its examples."""
    kept = [m for m in sectors if not org_names.contain(m) and not _HYPHEN_GLUED.match(text, m.end)]
    if len(kept) < 2:  # no examples to introduce
        return kept
    return [m for m in kept if not _introduces_examples(text, m, kept)]


def _fact_places(text: str, sentence: _SentenceMentions, gazetteer: Gazetteer, org_names: _OrgNames) -> list[Mention]:
    """Places that take part in facts: resolved, not a qualifier of another place
    ("Hunan Province's Changsha", "Jingzhou in Hubei"), not a scene-setting "In Henan," opener,
    and not part of an organisation's name. Worked out once per sentence."""
    if sentence.fact_places is None:
        sentence.fact_places = _find_fact_places(text, sentence, gazetteer, org_names)
    return sentence.fact_places


def _find_fact_places(
    text: str, sentence: _SentenceMentions, gazetteer: Gazetteer, org_names: _OrgNames
) -> list[Mention]:
    places = sentence.resolved_places
    if not places:
        return []
    agencies = sentence.agencies
    dropped = _qualifying_places(text, places, gazetteer)
    kept = []
    bystander: Mention | None = None  # the last place found to be a partner or a contrast, whom a list may go on from
    for place in places:
        before = text[max(0, place.start - 32) : place.start]
        if (
            _PARTNER_BEFORE.search(before)
            or _CONTRAST_BEFORE.search(before)
            or (bystander is not None and _continues_list(text, bystander, place))
        ):
            bystander = place
            continue
        if dropped and place in dropped:  # mostly empty: skip hashing the mention
            continue
        if org_names.contain(place) or (agencies and any(a.start <= place.start < a.end for a in agencies)):
            continue
        if place.label == "PLACE" and _NATURAL_FEATURE.match(text[place.end : place.end + 24]):
            continue  # "Chaohu Lake", "Xiangjiang River": a feature named after the place
        if (place.label == "REGION" and _LOCATOR_BEFORE.search(before)) or _moved_from(before):
            continue
        if text.startswith(",", place.end) and _is_framing_opener(text, place, sentence, gazetteer):
            continue
        if _opens_a_dateline(text, place):
            continue
        if _in_aside(text, place, sentence.sectors):
            continue
        kept.append(place)
    return kept


def _continues_list(text: str, previous: Mention, place: Mention) -> bool:
    """Whether the place is the next item of a list after `previous`; after a bare comma, not when it
    opens a clause of its own ("With Hong Kong, Shenzhen will ...")."""
    gap = text[previous.end : place.start]
    if not _COORDINATION.match(gap):
        return False
    return "," not in gap or _AND.search(gap) is not None or not _SUBJECT_OF_CLAUSE.match(text, place.end)


def _in_aside(text: str, place: Mention, sectors: list[Mention]) -> bool:
    """Whether the place is background in a relative clause that names no sector of the sentence
    (", which will co-host the Games with Beijing,"): it takes no sector from outside the clause."""
    opening = _RELATIVE_OPENING.search(text, max(0, place.start - _ASIDE_REACH), place.start)
    if opening is None:
        return False
    comma = text.find(",", place.end)
    clause_end = comma if comma >= 0 else len(text)
    return not any(opening.start() <= sector.start < clause_end for sector in sectors)


def _opens_a_dateline(text: str, place: Mention) -> bool:
    """Whether the place opens a line as a news dateline ("BEIJING, March 5 (Xinhua) -- ...")."""
    line_start = text.rfind("\n", max(0, place.start - _DATELINE_INDENT), place.start) + 1
    if line_start == 0 and place.start > _DATELINE_INDENT:
        return False  # the line starts further back: the place does not open it
    return not text[line_start : place.start].strip() and _DATELINE_AFTER.match(text, place.end) is not None


def _moved_from(before: str) -> bool:
    """Whether `_ORIGIN_BEFORE` ends the text before a place. The search tries the pattern at every
    position, so text without 'from' in some case is passed over first (under re.I no other
    characters match those four letters)."""
    return "from" in before.lower() and _ORIGIN_BEFORE.search(before) is not None


def _qualifying_places(text: str, places: list[Mention], gazetteer: Gazetteer) -> set[Mention]:
    """Places that only qualify a neighbour: the province in "Hunan Province's Changsha" or
    "Jiangsu Suzhou", and "Hubei" in "Jingzhou in Hubei"."""
    dropped: set[Mention] = set()
    if len(places) < 2:  # most sentences: nothing to qualify
        return dropped
    for first, second in zip(places, places[1:]):
        gap = text[first.end : second.start]
        if (_POSSESSIVE.match(gap) or gap == " ") and _contains(gazetteer, first.entity_id, second.entity_id):
            dropped.add(first)  # "Hunan Province's Changsha", "northwest China Shaanxi Province"
    remaining = _without(places, dropped)
    for first, second in zip(remaining, remaining[1:]):
        gap = text[first.end : second.start]
        qualifies = _QUALIFIER_AFTER.match(gap) or (
            _OWNER_AFTER.match(gap) and _POSSESSIVE_AFTER.match(text, second.end)  # "Jiuquan: Gansu's hub"
        )
        if qualifies and _contains(gazetteer, second.entity_id, first.entity_id):
            dropped.add(second)
    return dropped


def _is_framing_opener(text: str, place: Mention, sentence: _SentenceMentions, gazetteer: Gazetteer) -> bool:
    """'In Henan, China will establish ... in Zhengzhou': the opener only sets the scene when the
    sentence names other places. The caller has found the comma after `place`; the cheap tests come
    first, and most places with a comma are items of a list further into the sentence."""
    if _LOCATED_FRAME.search(text, max(0, place.start - _LOCATED_REACH), place.start):
        return _next_place(sentence.places, place) is not None  # "Located in Gansu, Jiuquan will ..."
    if place.start - sentence.first_start() > 48:
        return False
    next_place = _next_place(sentence.places, place)
    if next_place is None:
        return False
    if _COORDINATION.match(text[place.end : next_place.start]) and not _contains(
        gazetteer, place.entity_id, next_place.entity_id
    ):
        return False  # "In Wuhan, Yichang and Jingzhou, ...": a list, not a scene-setter
    window_start = max(0, place.start - 48)
    line_start = text.rfind("\n", window_start, place.start) + 1
    return bool(_SCENE_OPENER.search(text[max(line_start, window_start) : place.start]))


def _next_place(places: list[Mention], place: Mention) -> Mention | None:
    """The first tagged place (resolved or not) that starts at or after `place` ends; `places` are in text order."""
    following = bisect_right(places, place.end, key=_START)
    return places[following] if following < len(places) else None


class _OrgNames:
    """Answers `_inside_org_name` for the mentions of one text. Organisation names are rare, so
    the text is searched once for their head words, and only a mention that could share a name
    run with one of them is checked by scanning its surroundings."""

    def __init__(self, text: str):
        self.text = text
        self.heads = [match.start() for match in _ORG_HEAD_ANYWHERE.finditer(text)]

    def contain(self, mention: Mention) -> bool:
        """Whether the mention is part of an organisation's name; same answer as `_inside_org_name`.
        Any head word that function finds starts in `heads` and lies fully inside its window."""
        heads = self.heads
        index = bisect_left(heads, mention.start - _ORG_REACH)
        last = mention.end + _ORG_REACH - _SHORTEST_ORG_HEAD
        while index < len(heads) and heads[index] <= last:  # mostly not even once
            if self._could_share_run(heads[index], mention):
                return _inside_org_name(self.text, mention)
            index += 1
        return False

    def _could_share_run(self, head: int, mention: Mention) -> bool:
        """A name run holds only word characters and spaces, so nothing else may come between
        the mention and a head word of the same name."""
        start, end = min(head, mention.start), max(head + _SHORTEST_ORG_HEAD, mention.end)
        return _RUN_CHARACTERS.fullmatch(self.text, start, end) is not None


def _inside_org_name(text: str, mention: Mention) -> bool:
    """A name inside 'Finance and Securities Institute of Wuhan University' is not a place or sector fact."""
    window_start = max(0, mention.start - _ORG_REACH)
    window = text[window_start : mention.end + _ORG_REACH]
    for run in _ORG_RUN.finditer(window):
        start, end = run.start() + window_start, run.end() + window_start
        if start <= mention.start and mention.end <= end and _ORG_HEADS.search(run.group()):
            return True
    return False


def _coordinated_groups(text: str, items: list[Mention]) -> list[list[Mention]]:
    """Runs of same-kind mentions joined by commas and conjunctions: 'A, B and C'. `items` mixes
    places and sectors; for mentions of one kind, `_coordinated_runs` gives the same."""
    groups: list[list[Mention]] = []
    last_is_place = None
    for item in items:
        is_place = item.label in PLACE_LABELS
        if is_place is last_is_place and _COORDINATION.match(text[groups[-1][-1].end : item.start]):
            groups[-1].append(item)
        else:
            groups.append([item])
        last_is_place = is_place
    return groups


def _coordinated_runs(text: str, items: list[Mention]) -> list[list[Mention]]:
    """`_coordinated_groups` of mentions all of one kind, which need no kind compared."""
    if not items:
        return []
    group = [items[0]]
    groups = [group]
    for last, item in zip(items, items[1:]):
        if _COORDINATION.match(text[last.end : item.start]):
            group.append(item)
        else:
            group = [item]
            groups.append(group)
    return groups


def _without(mentions: list[Mention], taken: set[Mention]) -> list[Mention]:
    """The mentions not in `taken`; the set is usually empty, and hashing a mention is not free."""
    return [m for m in mentions if m not in taken] if taken else mentions


def _is_place(mention: Mention) -> bool:
    return mention.label in PLACE_LABELS


def _gap(text: str, left: Mention, right: Mention) -> str:
    return text[left.end : right.start]


def _gap_without_clusters(text: str, left: Mention, right: Mention, clusters: list[Mention]) -> str:
    """The words between a sector and a place once the cluster phrase naming the sector is skipped."""
    start = left.end
    for cluster in clusters:
        if cluster.start <= left.end <= cluster.end and cluster.end <= right.start:
            start = max(start, cluster.end)
    return text[start : right.start]


def _cluster_for(sector: Mention, clusters: list[Mention], text: str | None = None) -> Mention | None:
    """The cluster phrase that contains the sector or, given the sentence's `text`, the one closest
    to it in its own clause ("Jingmen will develop general aviation; Ezhou will build an aviation
    logistics hub": the hub is Ezhou's)."""
    for cluster in clusters:
        if cluster.start <= sector.start and sector.end <= cluster.end:
            return cluster
    if text is None:
        return None
    same_clause = [c for c in clusters if not _CLAUSE_BREAK.search(text, *sorted((c.start, sector.end)))]
    return min(same_clause, key=lambda c: (abs(c.start - sector.end), c.start), default=None)


def _says_by_then(sentence_text: str) -> bool:
    """`_BY_THEN` searched for only in sentences holding one of its last words, most holding none."""
    return ("then" in sentence_text or "that" in sentence_text or "same" in sentence_text) and (
        _BY_THEN.search(sentence_text) is not None
    )


def _sentence_deadline(mentions: list[Mention], sentence_text: str, published_year: int | None) -> int | None:
    """A target year the sentence sets: 'by 2025' or a plan period's end first, else 'in 2025' in
    a future clause ("In 2022, Hefei produced ..., and it plans to reach ... by 2025" sets 2025)."""
    candidate = None
    for mention in mentions:
        if mention.label != "YEAR" or mention.value is None:
            continue
        role = mention.note
        if role in ("deadline", "period"):
            return mention.value
        if (
            candidate is None
            and role == "target_candidate"
            and (published_year is None or mention.value > published_year)
            and sentence_is_future(sentence_text)
        ):
            candidate = mention.value
    return candidate


def _title_deadline(tagged: TaggedDocument) -> int | None:
    """A plan period in the title ('Action Plan (2021-2025)') is every fact's deadline by default;
    so is the period in the name of the one plan a text reports ("according to the Action Plan
    for ... (2020-2025)"), when all the plan names it gives end in the same year."""
    title = tagged.source.title
    periods = [t.value for t in find_time_expressions(title) if t.role == "period"] if title else []
    if periods:
        return periods[-1]
    named = {int(match.group(1)) for match in _PLAN_NAME_PERIOD.finditer(tagged.source.text)}
    return named.pop() if len(named) == 1 else None


@functools.lru_cache(maxsize=16384)
def _contains(gazetteer: Gazetteer, outer: str, inner: str) -> bool:
    """`contains`, remembered: neighbouring places are checked sentence after sentence, and a
    loaded gazetteer never changes."""
    return contains(gazetteer, outer, inner)


@functools.lru_cache(maxsize=4096)
def _described_place(gazetteer: Gazetteer, entity_id: str) -> dict:
    """`describe_place`, remembered: the same places recur in fact after fact and document after
    document, and a loaded gazetteer never changes. Callers must not modify the dict."""
    return describe_place(gazetteer, entity_id)


def _confidence(local: bool | None, fuzzy: bool, clustered: bool) -> float:
    """A local shape is surer than pairing by proximity, and both than a place the sentence does
    not name but is about (`local` None: a section's or document's subject); a fuzzy place match is
    less sure; a cluster phrase makes the pair surer."""
    confidence = 0.6 if local is None else 0.9 if local else 0.75
    if fuzzy:
        confidence -= 0.1
    if clustered:
        confidence += 0.05
    return round(min(confidence, 1.0), 2)


_CONFIDENCE = {(l, f, c): _confidence(l, f, c) for l in (False, True, None) for f in (False, True) for c in (False, True)}


class _FactTable:
    """One document's facts, keyed by fact id. Several sentences may support one fact: the first
    evidence is kept and any deadline taken. A pair without a cluster phrase supports a fact
    already linked to one. A record is only built for a new fact."""

    def __init__(self, source: SourceDocument, gazetteer: Gazetteer):
        self.gazetteer = gazetteer
        self.fact_id = _fact_ids(source.document)
        self.rows: dict[str, Fact] = {}
        self.by_pair: dict[tuple[str, str], str] = {}
        # The next fact's fields, for `from_fields` (which copies them): the document's and the
        # sentence's are set once, the pair's are overwritten fact by fact. Storing into a dict
        # that has all the keys costs less than building a new one for every fact.
        self.fields = dict.fromkeys(_FACT_FIELDS)
        self.fields.update(doc_id=source.doc_id, document=source.document)
        # sector id -> (paragraph, fact id) of the facts found without a deadline
        self.undated: dict[str, list[tuple[int, str]]] = {}

    def add(self, pairs: list[_Pair], evidence: str, start: int, end: int, deadline: int | None, scope: str,
            paragraph: int) -> None:
        """The facts of one sentence's pairs, all with the sentence as evidence."""
        if deadline is None:
            scope = None
        self.fields.update(deadline=deadline, deadline_scope=scope, evidence=evidence, start=start, end=end)
        rows, by_pair = self.rows, self.by_pair
        stated: set[tuple[str, str]] = set()  # the place × sector pairs this sentence stated already
        for pair in pairs:
            place, sector, cluster, local = pair
            place_sector = (place.entity_id, sector.entity_id)
            if place_sector in stated:  # "... a coal base and extend the coal chain": one fact
                continue
            stated.add(place_sector)
            cluster_kind = cluster.entity_id if cluster else "none"
            key = self.fact_id(place.entity_id, sector.entity_id, cluster_kind)
            confidence = _CONFIDENCE[local, place.method == "fuzzy", cluster is not None]
            existing = rows.get(key)
            if existing is None and place_sector in by_pair:
                found = rows[by_pair[place_sector]]
                if cluster_kind == "none":
                    existing = found
                elif found.cluster_kind == "none":  # the fact found before, now with the cluster it builds
                    self._name_cluster(found, key, pair, cluster_kind, confidence, paragraph)
                    continue
            if existing is None:
                rows[key] = self._fact(key, pair, cluster_kind, confidence)
                by_pair.setdefault(place_sector, key)
                if deadline is None:
                    self.undated.setdefault(sector.entity_id, []).append((paragraph, key))
            else:
                self._support(existing, deadline, scope, confidence)

    def date_earlier(self, sectors: list[Mention], deadline: int, paragraph: int) -> None:
        """A sentence that names no place but sets a deadline for sectors ("Output of the hydrogen
        industry is to reach 200 billion yuan by 2030") dates the facts of those sectors found
        without one in its paragraph or the `_DATING_REACH` before it (scope `paragraph`): news
        gives each sentence a paragraph of its own."""
        for sector in sectors:
            waiting = self.undated.get(sector.entity_id)
            if not waiting:
                continue
            for fact_paragraph, key in waiting:
                row = self.rows.get(key)  # None when a later sentence named its cluster (`_name_cluster`)
                if row is not None and paragraph - _DATING_REACH <= fact_paragraph and row.deadline is None:
                    self.rows[key] = replace(row, deadline=deadline, deadline_scope="paragraph")
            waiting.clear()  # dated, or too far back for any later sentence to reach

    def _name_cluster(self, found: Fact, key: str, pair: _Pair, cluster_kind: str, confidence: float,
                      paragraph: int) -> None:
        """A fact found without a cluster phrase, stated again with one ("Hefei will develop new displays.
        ... a new display base"): one fact, the cluster's, with this sentence as evidence and the deadline
        either sentence set."""
        del self.rows[found.fact_id]
        fact = self._fact(key, pair, cluster_kind, max(confidence, found.confidence))
        if fact.deadline is None and found.deadline is not None:
            fact = replace(fact, deadline=found.deadline, deadline_scope=found.deadline_scope)
        self.rows[key] = fact
        self.by_pair[(fact.place_id, fact.sector_id)] = key
        if fact.deadline is None:
            self.undated.setdefault(fact.sector_id, []).append((paragraph, key))

    def _support(self, existing: Fact, deadline: int | None, scope: str | None, confidence: float) -> None:
        """Another sentence's pair supports a fact already found. When it states the deadline the
        first evidence lacked, it becomes the evidence, so the row shows where its deadline is said."""
        updates = {}
        if existing.deadline is None and deadline is not None:
            updates.update(deadline=deadline, deadline_scope=scope)
            if scope == "sentence":
                fields = self.fields
                updates.update(evidence=fields["evidence"], start=fields["start"], end=fields["end"])
        if confidence > existing.confidence:
            updates["confidence"] = confidence
        if updates:
            self.rows[existing.fact_id] = replace(existing, **updates)

    def _fact(self, key: str, pair: _Pair, cluster_kind: str, confidence: float) -> Fact:
        """The fact of a new pair, in the sentence `add` was given."""
        place, sector, cluster, _ = pair
        described = _described_place(self.gazetteer, place.entity_id)
        fields = self.fields
        fields["fact_id"] = key
        fields["place_id"] = place.entity_id
        fields["place"] = place.canonical or described["name"]
        fields["place_level"] = described["level"]
        fields["place_text"] = place.text
        fields["province"] = described["province"]
        fields["city"] = described["city"]
        fields["sector_id"] = sector.entity_id
        fields["sector"] = sector.canonical or sector.entity_id
        fields["sector_text"] = sector.text
        fields["cluster"] = cluster.text if cluster else None
        fields["cluster_kind"] = cluster_kind
        fields["confidence"] = confidence
        return from_fields(Fact, fields)


_DATING_REACH = 2  # paragraphs back a placeless sentence's deadline reaches

_FACT_FIELDS = tuple(field.name for field in dataclasses.fields(Fact))
