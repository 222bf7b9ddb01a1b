"""Back-references: the places a sentence that names none is about (the clusters, places, subject or
elaboration of a sentence before it, the section's heading or the document's title).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import replace
from operator import attrgetter

from .gazetteer import GOV_PREFIX, TOWN_PREFIX, Gazetteer, zone_parent
from .model import Mention, Sentence, TaggedDocument
from .pairing import (
    PLACE_LABELS,
    OrgNames,
    Pair,
    SentenceMentions,
    compared_places,
    origin_places,
    partner_places,
    coordinated_runs,
    cross,
    ends_a_route,
    fact_places,
    fact_sectors,
    is_a_venue,
    opens_a_dateline,
    qualifying_places,
    resolved_sectors,
)

# A sentence opening on clusters already named: "The industrial clusters will ...", "These bases ...".
_CLUSTER_ANAPHOR = re.compile(
    r"\W*(?:The|These|Those|Such|Both|All\s+(?:the|these))\s+(?:[\w-]+\s+){0,3}?"
    r"(?P<head>cluster|base|hub|corridor|belt|zone|park)(?:s\b|\b)"
)  # not "The park" nor "The zone": one place, the zone named before (`PlaceAntecedent`)
_SINGULAR_PLACE_HEADS = ("zone", "park")  # ... which only their plurals refer to here
# ... several of them, by their number or "these": "The seven bases are ...", "These clusters will be in ...";
# not clusters of cities ("The above city clusters are ...").
_CLUSTERS_NAMED_BEFORE = re.compile(
    r"\W*(?:(?:The|the)\s+(?:(?:locations?|sites?)\s+of\s+the\s+)?(?:[\w-]+\s+)?(?P<count>two|three|four|five|six"
    r"|seven|eight|nine|ten|\d{1,2})|These|Those|Both)\s+"
    r"(?:(?!city\b|urban\b)[a-z][\w-]*\s+){0,3}?(?P<head>clusters|bases|hubs|corridors|zones|parks|belts|cent(?:er|re)s)\b"
)
# ... a count of clusters an antecedent names, by which a later sentence may call them by another word:
# "10 state software industry bases have taken shape. The locations of the 10 centers will be ...".
_CLUSTER_COUNT = re.compile(
    r"\b(two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:[\w-]+\s+){0,4}?"
    r"(?:clusters|bases|hubs|corridors|zones|parks|belts|cent(?:er|re)s)\b"
)
_DEFINITE_BEFORE = re.compile(r"\b(?:the|these|those|such)\s+$", re.I)
# ... and places it says they go to: "... to set up in 22 cities including", "will be established in the".
_LOCATED_IN = re.compile(
    r"\s+(?:(?:will|would|are\s+to|is\s+to)\s+)?(?:be\s+)?(?:[a-z]+ly\s+)?(?:to\s+)?"
    r"(?:set\s+up|established|built|located|launched|piloted|based)\s+(?:in|at)\s+(?:the\s+)?"
    r"(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+)?(?:(?:cities|provinces|regions|places)\s+)?"
    r"(?:(?:including|such\s+as|like|of)\s+)?",
    re.I,
)
# A connective a back-reference may follow: "As a result, the province has selected ...".
_CONNECTIVE = (
    r"(?:(?:In\s+addition|Additionally|Meanwhile|Besides|Moreover|Furthermore|Also|At\s+the\s+same\s+time"
    r"|Simultaneously|As\s+a\s+result|To\s+this\s+end|It\s+is\s+(?:reported|learned|understood)\s+that"
    r"|(?:According\s+to|Under|Based\s+on)\s+the\s+(?:[\w-]+\s+){0,2}?"
    r"(?:plan|planning|document|programme|program|guidelines?|opinions|scheme|blueprint)"
    # a time set off by a comma: "On Sept 30, the provincial government issued ...", "By 2025, the city will
    # ...", "In the next stage of its evolution, the park is poised to ..."
    r"|(?:On|In|Since|Last|Earlier|Later|Recently|Previously|Early|Late|By|Over|During|Going\s+forward"
    r"|Looking\s+ahead)\b[^,.;:\n]{0,48}(?=,)"
    # what the subject is, or the times it acts in, set off by a comma: "As the third national-level new area in
    # China ..., the new area is ...", "As China continues to promote the integration of the YRD, the zone is ..."
    r"|(?:As|While|With|Amid|Now\s+that)\s[^,.;:\n]{0,120}(?=,)),?\s+)?"
)
_ANAPHOR_WORD = (
    r"(?P<word>province|city\s+cluster|city|municipality|autonomous\s+region|district|county|new\s+area"
    r"|new\s+district|town|township|subdistrict|sub-?zone|economic\s+belt|urban\s+agglomeration|region|prefecture"
    r"|(?:(?:economic|development|industrial|hi-tech|high-tech|new|free\s+trade|pilot|demonstration|science"
    r"|technology|special|innovation|manufacturing|cooperation|bonded|comprehensive|border)\s+){0,3}"
    r"(?:zone|park|corridor|area))"
)
# What a referring phrase may say of its place: "The mountainous province", "The southern Chinese city";
# not another place ("the neighbouring province", "the capital city").
_DESCRIPTION = (
    r"(?:(?!(?:capital|neighbo|nearby|adjacent|other|sister|host|same|whole|entire|first|second|third|next|last"
    r"|new\s+(?:area|district|zone))"
    r"|(?:city|province|county|district)\b)(?-i:[a-z][a-z-]+|Chinese)\s+){0,2}"  # lowercase: no zone's own name
)
_DETERMINER = re.compile(r"\b(?:The|the|This|this|That|that)\b")  # where the words that refer back start
# An official who speaks for a kind of place: "The mayor said ..." is the last city's.
_OFFICIALS = {"mayor": "city", "governor": "province", "county head": "county", "county magistrate": "county",
              "district head": "district"}
_OFFICIALS_ALTERNATIVES = "|".join(title.replace(" ", r"\s+") for title in _OFFICIALS)
_OFFICIAL = rf"(?:(?:vice|deputy|executive\s+vice)\s+)?(?P<official>{_OFFICIALS_ALTERNATIVES})\b(?!['’]s)"
# A sentence that names no place but opens on one referred back to: "The province will also support
# power batteries", "In addition, the city's new materials industry ...", "This city will ...".
_PLACE_ANAPHOR = re.compile(
    rf"\W*{_CONNECTIVE}(?:The|the|This|this|That|that)\s+(?:{_DESCRIPTION}{_ANAPHOR_WORD}(?:['’]s)?\b"
    r"|(?P<adjective>provincial|municipal|city|regional|district|county|local)\s+(?:government|authorities)\b"
    rf"|{_OFFICIAL})",
    re.I,
)
# "The provincial government is planning ...": the government speaks for the last province named, and "the
# mayor" for the last city ("Changsha is ... The mayor said efforts are being taken to develop ..."); "the
# local government" for the last place named below a province ("... in Hubei Province. The plant in the city
# of Yichang ... The local government will ...").
_LOCAL = "local"
_ABOVE_LOCAL = ("province", "autonomous_region")
_ADJECTIVE_WORDS = {"provincial": "province", "municipal": "city", "city": "city", "regional": "autonomous region",
                    "district": "district", "county": "county", "local": _LOCAL}
# ... or refers back to one further in: "two local industries of textiles and furniture in the city",
# "clusters that the province is giving priority to", "Chen also said that province is now ..." (a reported
# clause that drops the article); not the place's own attributes ("the city's GDP") nor a kind of place
# ("the city cluster", "the county level").
_PLACE_ANAPHOR_WITHIN = re.compile(
    rf"\b(?:the|this|that)\s+(?:{_ANAPHOR_WORD}\b(?!['’]s|[\s-]+(?:clusters?|level|wide|seat)\b)|{_OFFICIAL})", re.I
)
# ... or on several: "The two districts will foster ...", "Both cities will ...".
_PLURAL_ANAPHOR = re.compile(
    rf"\W*{_CONNECTIVE}(?:(?:The|the)\s+(?P<count>two|three|four|five|six)|(?P<both>Both|both)(?:\s+the)?)"
    r"\s+(?P<word>provinces|cities|municipalities|districts|counties|zones)\b"
)
_PLURAL_WORDS = {"provinces": "province", "cities": "city", "municipalities": "city", "districts": "district",
                 "counties": "county", "zones": "zone"}
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "both": 2}
# A sentence that names no place but goes on about the place the last ones were about: "Anhui aims to
# nurture NEV makers. It wants to create world-class ICV clusters." Not a dummy "it" ("It is expected
# that ...", "It takes ...").
# "It" may follow any phrase set off by a comma: "To improve chip manufacturing, it will support ...".
# A number's point or thousands comma ("Covering 19.54 square kilometers, it will ...") does not end the phrase.
_OPENING_PHRASE = r"(?:[^,.;:\n]|(?<=\d)[.,](?=\d)){0,80},"
_SUBJECT_ANAPHOR = re.compile(rf"\W*(?:{_CONNECTIVE}|{_OPENING_PHRASE}\s+)(?P<it>[Ii]ts?)\b(?!['’]s)")
# ... or on "They" for places the last sentence opened on together: "Guiyang and Gui'an are striving to focus on ... They
# are working on artificial intelligence ..."
_PLURAL_SUBJECT_ANAPHOR = re.compile(rf"\W*(?:{_CONNECTIVE}|{_OPENING_PHRASE}\s+)(?P<it>They|Their|they|their)\b")
# An official speaking for the place the text is about: "In building a modern industrial system, we will
# focus on ...", after "Chongqing is an important industrial city".
_WE_PLAN = re.compile(
    r"\b[Ww]e\s+(?:will|shall|should|must|plan\s+to|aim\s+to|are\s+going\s+to|need\s+to"
    r"|(?:have|are)\s+(?:been\s+)?accelerat\w*|are\s+(?:building|developing|fostering|cultivating|nurturing|focusing\s+on"
    r"|supporting|promoting|striving\s+to|working\s+to))\b"
)
_DUMMY_IT = re.compile(
    r"[Ii]t\s+(?:is|was|will\s+be|would\s+be|has\s+been)\s+(?:(?:also|not|still|now)\s+)?"
    r"(?:\w+\s+(?:that|to|for)\b|(?:said|reported|learned|understood|expected|estimated|noted|known|believed"
    r"|hoped|planned|required|necessary|important|clear|possible|likely|worth)\b)"
    r"|[Ii]t\s+(?:remains|seems|appears)\b"
    # "It takes 2 hours to get to ...", not what it takes as its industries: "It takes medicine, electron, clothing,
    # and mechanical industry as principal industries"
    r"|[Ii]t\s+(?:takes|took)\b(?![^.;]{0,160}?\bas\s+(?:its\s+|the\s+)?(?:[\w-]+\s+){0,2}"
    r"(?:industr|pillar|leading|principal|main|key|core|dominant))"
)
# What may open a sentence before its subject: a phrase set off by a comma ("By 2025, ", "According to
# the plan, ", "As a major grain base, "), a conjunction ("While Jiangxi proposed ...") or its making.
_SUBJECT_OPENER = re.compile(
    rf"\W*(?:{_OPENING_PHRASE}\s*)?(?:(?:While|Whereas|Although|And|But|Similarly|Likewise|Meanwhile|Also)\s+)?"
    # what a document is reported to say of the place: "The report also says that Fujian will improve ..."
    r"(?:(?:the|a)\s+(?:[\w-]+\s+){0,3}?(?:report|plan|document|guideline|opinions?|outline|notice|blueprint)\s+"
    r"(?:also\s+)?(?:says|said|states|stated|notes|noted|shows|showed|proposes|proposed|points\s+out|pointed\s+out"
    r"|stresses|stressed|highlights|highlighted)\s+(?:that\s+)?)?"
    # what is said of the place's making is said of it: "The development of the ... Zone is on the fast track"
    r"(?:the\s+)?(?:(?:development|construction|building)\s+of\s+(?:the\s+)?)?",
    re.I,
)
_SUBJECT_REACH = 3  # paragraphs after the last that spoke of it that a subject is still referred back to
# A part of the subject named without its place: "With a planned area of 4.24 sq km, the Bio-medicine Health
# Industrial Base is committed to ...", on a page about Conghua's park.
_NAMED_PART_OPENING = re.compile(
    r"\W*(?:[^,.;:\n]{0,80},\s*)?[Tt]he\s+(?:[A-Z][\w&'’-]*\s+){1,6}(?:Base|Park|Zone|Cluster|Valley|Town)\b"
    r"(?!\s+(?:of|in|at)\b)"
)
# A sentence that sets out a plan without naming who carries it out: a modal or aim ("New pillar
# industries ... should be developed", "Efforts will be made to ..."), a need ("They need to ..."), or a
# numbered task opening on its verb ("(3) Develop the new energy vehicle industry.").
_PLAN_STATEMENT = re.compile(
    r"\b(?:will|shall|should|must|aims?\s+(?:to|at)|strives?\s+to|plans?\s+to|needs?\s+to|is\s+to|are\s+to"
    r"|calls?\s+for|urges?|(?:is|are)\s+expected\s+to"
    # what a plan makes of them: "Eight industries ... were listed as the key industries for development"
    r"|(?:is|are|was|were|has\s+been|have\s+been)\s+(?:listed|identified|designated|selected|chosen)\s+as"
    # "Three pillar industries are also prioritized: ..."
    r"|(?:is|are|has\s+been|have\s+been)\s+(?:also\s+)?prioriti[sz]ed"
    # "The development of ten industrial clusters ... is a priority"
    r"|(?:is|are|remains?)\s+(?:also\s+)?(?:a|the|one\s+of\s+the)\s+(?:top\s+|key\s+|major\s+|main\s+)?priorit(?:y|ies)"
    # "Emphasis has been put on the three pillar industries of ...", "Priority will be given to ..."
    r"|(?:emphasis|priority|focus|importance)\s+(?:has\s+been|have\s+been|will\s+be|is|was)\s+(?:also\s+)?"
    r"(?:put|placed|laid|given|attached)\s+(?:on|to)"
    # an effort under way: "strategic emerging industries such as software are being fostered", "is committed to"
    r"|(?:is|are)\s+(?:also\s+)?being\s+(?:fostered|developed|cultivated|nurtured|upgraded|built|promoted|accelerated"
    r"|expanded|strengthened|prioriti[sz]ed)|(?:is|are)\s+(?:firmly\s+|fully\s+)?committed\s+to"
    # what the plan itself says, as news reports it: "the opinions suggest extending ..."
    r"|(?:plan|planning|opinions|guidelines?|document|blueprint|programme|program|scheme|measures|notice|outline)"
    r"\s+(?:also\s+|further\s+|clearly\s+|explicitly\s+)?(?:suggest|propose|emphasi[sz]e|stress|encourage|support"
    r"|highlight|specif(?:y|ie)|require|list|identif(?:y|ie)|set|put|point|state)(?:s|es|d|ed)?"
    r"(?:\s+(?:out|forward))?)\b",
    re.I,
)
# A sentence that lists what a plan's kinds of industry are: "The strategic emerging industries cover
# ...", "Key sectors include ...", "The 12 key sectors are: ...", "These paths include: ...", "It also
# covers ..." after such a sentence, or spells out a plan's
# numbered label: 'The "4" refers to four strategic emerging industries', 'The "234 Project" refers to'.
_CATEGORY_LIST = re.compile(
    r"\W*(?:(?:(?:The|These|Its|Their|Such)\s+)?(?:[\w-]+\s+){0,4}?"
    r"(?:industries|sectors|fields|clusters|chains|areas|priorities|paths|directions|tasks)"
    r"(?:\s+of\s+the\s+future|\s+(?:targeted|selected|chosen|identified|listed|covered|concerned|involved))?"
    r"|It|They|These|Those|(?:The\s+)?[\"“][^\"”\n]{1,24}[\"”](?:\s+[\w-]+){0,2}"
    # a plan's numbered label spelt out without quotes: "Five refers to one advantaged sector, namely ..."
    r"|(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|\d{1,2})(?=\s+(?:refers?|represents?|stands?)\b))"
    r"\s+(?:will\s+)?(?:mainly\s+|also\s+|chiefly\s+)?(?:includes?|covers?|comprises?|consists?\s+of|refers?\s+to"
    r"|represents?|stands?\s+for"
    r"|are\s*:)(?!\w)"
)
# ... or counts them and says what they are: "The ten emerging industries are the Internet of things, ...",
# "The four sectors are automobile, ..."; not what they do ("The four sectors are growing").
_COUNTED_LIST = re.compile(
    r"\W*(?:The\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:[\w-]+\s+){0,3}?"
    r"(?:industries|sectors|clusters|fields|chains)\s+are\s+(?!(?:expected|set|likely|being|now|still|also|to|not)\b)"
    r"(?![a-z]+(?:ing|ed)\b)",
    re.I,
)
# A list item's number or letter: "(3) ", "2. ", "b) ", "IV、".
_LIST_NUMBER = r"(?:[(（]?(?:\d{1,2}|[IVX]{1,4}|[a-z])[)）.、]\s*)"
_LIST_ITEM = re.compile(rf"\s*(?:[-–—•·*▪●]|{_LIST_NUMBER})")  # a list item's bullet or number
_BULLET_BELOW = re.compile(r"[ \t]*\n[ \t]*[-–—•·*▪●][ \t]")  # a bulleted line right below a sentence
# ... or a paragraph of its own opening on the kind of industry it lists: "Beverage industry-soft drinks, quality tea
# and dairy products.", "Leather product industry: leather shoes, suitcases".
_LABELLED_ITEM = re.compile(
    r"[ \t]*[A-Z][\w'’,&/ ]{0,60}?\b(?:industry|industries|sector|sectors|field|fields|products?)[ \t]*[-–—:：]"
)
# Places of a kind, in the plural: "cities", "the lower reach areas".
_PLURAL_PLACES = r"(?:areas|regions|cities|provinces|counties|districts|localities|places|municipalities|prefectures)"
_TASK_OPENING = re.compile(
    rf"\W*{_LIST_NUMBER}?(?:(?:[A-Z][a-z]+ly|Further|Continue\s+to|Strive\s+to|To)\s+)?"
    r"(?:Develop|Build|Promote|Accelerate|Cultivate|Foster|Nurture|Strengthen|Support|Speed\s+up|Expand|Upgrade"
    r"|Focus\s+on|Advance|Boost|Grow|Optimi[sz]e|Enhance|Improve|Consolidate|Establish|Create|Form|Encourage"
    r"|Make|Push|Deepen|Step\s+up|Extend"
    # a list item of a translated plan: "Focusing on PV equipment, wind power equipment, ..."
    r"|Focusing\s+on|(?:Developing|Building|Promoting|Accelerating|Cultivating|Fostering|Nurturing|Strengthening"
    r"|Expanding|Upgrading)(?!\s+(?:on|upon|from|countries|economies|areas|regions)\b))\b",
    re.I,
)
# A sentence about the whole country is not about the place a plan or section is about.
_NATIONAL_SCOPE = re.compile(r"\b(?:China|country|countrywide|nationwide|the\s+nation|the\s+state)\b")
# ... unless the country is only what the place is measured against: "at the forefront of the country".
_COMPARED_WITH = re.compile(
    r"\b(?:forefront|front|top|lead|ahead|rest|best|first|largest|biggest|leading|most\s+\w+)\s+(?:of|in|among)"
    r"\s+(?:the\s+)?$"
)
_COMPARISON_REACH = 32  # characters before the country's name a comparison may take
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
# Rongcheng County ... /CFP", "... (Xinhua/Zhang Duan)", "... Liu Daxin / For China Daily |") says what a
# picture shows, not what a plan will build, and set on a line of its own it is no heading.
_CAPTION_OPENING = re.compile(
    r"\W*(?:(?:This|The|A|An)\s+)?(?:(?:file|aerial)\s+)?(?:photos?|pictures?|images?)\s+(?:(?:above|below)\s+)?"
    r"(?:taken|shows?|showing|of)\b"
    # ... or on what the picture shows, as seen: "A lithium battery plant is seen under construction in Xinyu" (not "is
    # seen as", "is seen to")
    r"|\W*(?:An?|The)\s+(?:[\w-]+\s+){0,5}?(?:is|are)\s+seen\s+(?!as\b|to\b)",
    re.I,
)
# ... or on people doing something, as a photo shows them: "Employees work at a battery production facility ... in
# Yibin", "A farmer fertilizes the field in ...", "Villager Pan Linqi cleans solar panels in Hami". Not "Workers will
# ...", "Visitors to the city ...", "Tourist spending rose".
_NOT_A_SCENE_VERB = (
    r"(?!(?:to|of|from|in|at|on|for|with|and|or|who|that|which|are|is|were|was|have|has|had|will|would|can|could"
    r"|should|may|might|must|shall|also|all|each|both|here|there|this|these|their|its|the|a|an)\b)"
)
_CAPTION_SCENE = re.compile(
    r"\W*(?:(?:(?:Two|Three|Four|Some|Several|Many|The)\s+)?(?:[A-Z][a-z]+\s+)?"
    r"(?:[Ww]orkers|[Ee]mployees|[Ss]taff(?:\s+members)?|[Tt]echnicians|[Vv]isitors|[Tt]ourists|[Pp]eople|[Vv]illagers"
    r"|[Ff]armers|[Ee]ngineers|[Rr]esearchers|[Ss]tudents|[Cc]hildren|[Rr]esidents|[Cc]ustomers|[Ee]xhibitors)"
    rf"\s+{_NOT_A_SCENE_VERB}[a-z]*[a-rt-z]\b"
    r"|(?:(?:A|An)\s+(?:[a-z]+\s+)?(?:worker|employee|staff\s+member|technician|visitor|tourist|villager|farmer|engineer"
    r"|researcher|student|resident|customer|exhibitor)|(?:Worker|Employee|Technician|Villager|Farmer|Engineer"
    rf"|Researcher|Student|Resident)(?:\s+[A-Z][a-z]+){{1,2}})\s+{_NOT_A_SCENE_VERB}[a-z]+s\b)"
)
_CAPTION_CREDIT = re.compile(
    r"(?:/\s*(?:CFP|VCG|IC|(?:For\s+)?China\s+Daily|Xinhua)\s*\|?"
    r"|\((?:Xinhua|(?:File\s+)?Photo|CFP|VCG|IC|China\s+Daily)\b[^()]{0,40}\)"
    r"|\[(?:Xinhua|(?:File\s+)?Photo|CFP|VCG|IC|China\s+Daily)\b[^\[\]]{0,40}\]"  # "[Photo/Xinhua]"
    # or no credit, but a news photo's place and day: "... in Urumqi, northwest China's Xinjiang Uygur
    # Autonomous Region, Sept. 18, 2018.", "... in Wushan county, Southwest China's Chongqing, July 2, 2024.", "... in
    # Dalian, Northeast China's Liaoning Province, on June 23, 2025."
    r"|\b(?-i:[A-Z])[\w'’-]*\s*,\s+(?:on\s+)?(?:Jan|Feb|March|April|May|June|July"
    r"|Aug|Sept?|Oct|Nov|Dec)\w*\.?\s+\d{1,2}\s*,\s+(?:19|20)\d\d"
    # ... or its day of the week: "A lithium battery plant is seen under construction in Xinyu, East China's Jiangxi
    # Province, on Thursday."
    r"|\b(?-i:[A-Z])[\w'’-]*\s*,\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\s*\.?\s*$",
    re.I,
)
# ... or one that places the people it names in the picture: "Hebei Governor Hu Chunhua (middle) and Executive
# Vice-Governor Fu Zhifang (far right) at a ceremony ...", "(2nd L)".
_CAPTION_POSITION = re.compile(
    r"\((?:(?:far|second|third|1st|2nd|3rd|4th|front|back|top|bottom)\s+(?:from\s+(?:the\s+)?)?)?"
    r"(?:left|right|middle|center|centre|front|back|L|R|C)\)"
)
_CREDIT_REACH = 72  # characters at a sentence's end a credit may take: searching only those is 10x faster
_CAPTION_LINE_REACH = 200  # characters after a sentence that the rest of its caption's line may take


def is_caption(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a photo's caption: it opens on the photo, places people in it ("(left)"), or its
    line, which it ends or shares with the caption's other sentences, ends on the credit."""
    if _CAPTION_OPENING.match(text, start, end) is not None or _CAPTION_SCENE.match(text, start, end) is not None:
        return True
    if text.find("(", start, end) >= 0 and _CAPTION_POSITION.search(text, start, end) is not None:
        return True
    line_end = text.find("\n", end, end + _CAPTION_LINE_REACH)
    if line_end < 0:
        line_end = len(text) if len(text) - end <= _CAPTION_LINE_REACH else end
    return _CAPTION_CREDIT.search(text, max(start, line_end - _CREDIT_REACH), line_end) is not None
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
    r"\b(?:Plans?|Planning|Outlines?|Opinions|Guidelines?|Programmes?|Programs?|Schemes?|Measures|Notice|Blueprints?)\b"
)
# A plan noun that names whom the plan is for, right before them: "unveils plan for the Greater Bay Area".
# ... or names the development it promotes there: "a new guideline on promoting high-quality development of the
# country's central region".
_PLAN_FOR = re.compile(
    rf"{_PLAN_NOUN.pattern}\s+(?:for|of|on)\s+"
    r"(?:(?:promoting|accelerating|boosting|supporting|advancing|deepening|further\s+promoting)\s+(?:the\s+)?"
    r"(?:[\w-]+\s+)?(?:development|revitali[sz]ation|rise|integration|opening-up)\s+(?:of|in)\s+)?"
    r"(?:the\s+)?(?:(?:country|nation|China)['’]s\s+)?$",
    re.I,
)
# The verbs of news headlines: "China issues guideline on ...", "Shenzhen to build ...".
_HEADLINE_VERBS = (
    r"(?:unveil(?:s|ed)?|issue[sd]?|publish(?:es|ed)?|release[sd]?|launch(?:es|ed)?|makes?|made|sets?|announce[sd]?"
    r"|rolls\s+out|approve[sd]|says|said|eyes|aims?|vows?|maps\s+out|outlines?|plans?|targets?|builds?|develops?"
    r"|boosts?|pushes|accelerates?|promotes?|strives?|to|will|is|are|has|have)"
)
_HEADLINE_VERB = re.compile(rf"\b{_HEADLINE_VERBS}\b", re.I)
# A subject that is some of the places a section is about ("The lower reach areas should ...", "Cities
# along the middle reaches should ..."): not the section's place as a whole.
_PLACES_AS_SUBJECT = re.compile(rf"\b{_PLURAL_PLACES}\b", re.I)
# What may stand around a place's name in a line that only names it: "——Yichun city.", "(2) Wuhan:".
_LIST_MARK = re.compile(rf"[\s\-–—―·•*]*{_LIST_NUMBER}?")
_DESIGNATION_END = re.compile(r"\s*(?:city|province|municipality|district|county|prefecture)?\s*[.:：;；]?\s*", re.I)
# After a headline's place, its verb, one of news headlines' own or any ending in -s ("Fujian takes
# measures"); or its possessive and the thing of it that is the subject ("Xi'an's development zones to
# thrive in 2021-25").
_HEADLINE_SUBJECT_VERB = re.compile(
    rf"(?:['’]s(?:\s+[\w-]+){{1,3}}?|\s+(?:province|city|municipality|district|county))?"
    rf"\s+(?:{_HEADLINE_VERBS}|[a-z]{{2,}}s)\b",
    re.I,
)
_ARTICLE = re.compile(r"\s*(?:the\s+)?", re.I)  # before a headline's subject: "The Yangtze River Delta is ..."
_LEAD_MIN_WORDS = 15  # a story's lead is a full sentence of news, not a line of a plan ("Hefei will grow.")
_LEAD_PARAGRAPHS = 4  # paragraphs a news story's lead may come after (title, byline, date, photo caption)
_SECTION_SUBJECT_MAX = 3  # a heading that names more places than this is a list, not a subject
# A sentence that names no place but opens by spelling out the one before it: "Shandong will grow its
# leading industries. Specifically, clusters such as power equipment will be developed."
_ELABORATION = re.compile(
    r"\W*(?:Specifically|More\s+specifically|To\s+be\s+(?:more\s+)?specific|In\s+particular|Particularly"
    r"|Among\s+(?:them|these|which)|Of\s+(?:them|these)|Namely|In\s+detail)\b",
    re.I,
)
_SUBZONE = "subzone"  # refers back to a free trade zone's area only
# The heads a zone's own name may end in that refer back to that zone only: "the park", "the corridor", "the area"
# ("Gui'an New Area ... the area should become a base for ...").
_ZONE_NAME_HEADS = ("park", "corridor", "area")
# The word a place of each kind is referred back to with; news calls a new area a district too ("Nansha ...
# The district will establish a new energy vehicle base").
_ANAPHOR_WORDS = {"province": ("province",), "autonomous_region": ("autonomous region", "region"),
                  "autonomous_prefecture": ("prefecture", "region"), "prefecture": ("prefecture",),
                  "municipality": ("city", "municipality"), "prefecture_city": ("city",), "county_city": ("city",),
                  "district": ("district",), "county": ("county",), "autonomous_county": ("county",),
                  "new_area": ("new area", "new district", "district", "zone"), "zone": ("zone", "new district"),
                  "town": ("town", "township", "subdistrict"),
                  # regions, by their kind: "The economic belt will focus on ship building" after "the coastal
                  # economic belt of Liaoning province" ("the region" is an autonomous region's or prefecture's:
                  # after "the Yangtze River Delta" it is as often the country's or a province's)
                  "economic_belt": ("economic belt",), "city_cluster": ("city cluster", "urban agglomeration"),
                  "demonstration_zone": ("zone", "demonstration zone"), "corridor": ("corridor",)}


_EXAMPLES = re.compile(r"\b(?:such\s+as|including|like|for\s+example|e\.g\.)\s", re.I)


class ClusterAntecedent:
    """The places of the last sentence that named places and a cluster phrase, for a sentence
    that goes on about those clusters without naming a place ("Hefei will build three industrial
    clusters. The clusters will focus on new energy vehicles and integrated circuits."). It holds
    for that paragraph and the next, until a sentence names places again."""

    def __init__(self, gazetteer: Gazetteer):
        self.gazetteer = gazetteer
        self.places: list[Mention] = []
        self.kinds: set[str] = set()  # of its cluster phrases
        self.paragraph = -1

    def follow(self, text: str, sentence: Sentence, places: list[Mention], clusters: list[Mention]) -> None:
        """A sentence that names places: its fact places, when it has a cluster phrase, are the
        new antecedent (none otherwise: the text has moved on to other places). Not places it gives as
        examples of more clusters ("It includes 36 clusters, such as the Chongzhou Smart Home Industry Cluster
        and ..."): "The 36 industrial clusters ..." are all 36, not the examples."""
        if places and (examples := _EXAMPLES.search(text, sentence.start, places[-1].start)) is not None:
            places = [place for place in places if place.start < examples.start()]
        self.places, self.paragraph = places, sentence.paragraph
        self.kinds = {cluster.entity_id for cluster in clusters}

    def pairs(self, text: str, sentence: Sentence, mentions: list[Mention], org_names: OrgNames) -> list[Pair]:
        """Pairs of a sentence without places that opens on "The/These ... clusters" (bases, zones, ...) of a kind
        the antecedent named: "The cluster mainly engages in ..." is not the "economic belt" named last."""
        if not self.places or sentence.paragraph > self.paragraph + 1:
            return []
        anaphor = _CLUSTER_ANAPHOR.match(text, sentence.start, sentence.end)
        if anaphor is None or anaphor.group("head") not in self.kinds:
            return []
        if anaphor.group("head") in _SINGULAR_PLACE_HEADS and not text.startswith("s", anaphor.end("head")):
            return []
        sectors = fact_sectors(text, resolved_sectors(mentions), org_names, self.gazetteer)
        return [(place, sector, None, False) for place in self.places for sector in sectors]


class ClusterSectors:
    """The sectors of the last sentence that named clusters of them ("China plans to build seven coal
    chemical bases by 2020"), and its deadline, for a later sentence that opens on those clusters and
    names their places but no sector ("The seven bases are ..., Jiangsu, Shandong, ..."). It holds for
    that paragraph and the next."""

    def __init__(self, gazetteer: Gazetteer, org_names: OrgNames):
        self.gazetteer, self.org_names = gazetteer, org_names
        self.sectors: list[Mention] = []
        self.kinds: set[str] = set()
        self.counts: set[str] = set()
        self.clusters: list[Mention] = []  # its cluster phrases
        self.phrases: list[str] = []  # ... lower-cased
        self.deadline: int | None = None
        self.paragraph = -1

    def follow(self, text: str, sentence: Sentence, mentions: list[Mention], deadline: int | None) -> None:
        """A sentence with a cluster phrase and sectors is the new antecedent."""
        kinds = {m.entity_id for m in mentions if m.label == "CLUSTER"}
        if not kinds:
            return
        sectors = resolved_sectors(mentions)  # which of them are facts' is worked out only when asked
        if sectors:
            self.sectors, self.kinds, self.deadline, self.paragraph = sectors, kinds, deadline, sentence.paragraph
            self.counts = {count.lower() for count in _CLUSTER_COUNT.findall(text, sentence.start, sentence.end)}
            self.clusters = [m for m in mentions if m.label == "CLUSTER"]
            self.phrases = [m.text.lower() for m in self.clusters]

    def refers_to(self, text: str, sentence: Sentence) -> bool:
        """Whether a sentence opens on "The seven bases" or "These clusters": the antecedent's, of its
        kind (not clusters of cities) or of its count, in its paragraph or the next."""
        if not self.sectors or sentence.paragraph > self.paragraph + 1:
            return False
        opening = _CLUSTERS_NAMED_BEFORE.match(text, sentence.start, sentence.end)
        if opening is None:
            return False
        head = opening.group("head").lower()[:-1]
        return ("centre" if head == "center" else head) in self.kinds or (
            opening.group("count") is not None and opening.group("count").lower() in self.counts
        )

    def names_again(self, text: str, sentence: Sentence, mentions: list[Mention]) -> bool:
        """Whether a sentence names one of the antecedent's clusters again by its words after "the" or "these"
        ("... approved 22 more cities to set up pilot zones for cross-border e-commerce. ... will see the pilot
        zone set up in 22 cities including Beijing, ..."), in its paragraph or the next. One word ("the base")
        may be any base."""
        if not self.sectors or sentence.paragraph > self.paragraph + 1:
            return False
        places = [m.start for m in mentions if m.label in ("PLACE", "REGION")]
        for mention in mentions:
            if mention.label != "CLUSTER" or mention.entity_id not in self.kinds or " " not in mention.text:
                continue
            after = next((start for start in places if start >= mention.end), None)
            if after is None or not _LOCATED_IN.fullmatch(text, mention.end, after):
                continue  # it must say where they go: "the pilot zones will be established in ..."
            if _DEFINITE_BEFORE.search(text, max(0, mention.start - 8), mention.start) and any(
                re.search(rf"(?<!\w){re.escape(mention.text.lower())}", phrase) for phrase in self.phrases
            ):
                return True
        return False

    def pairs(self, text: str, places: list[Mention]) -> list[Pair]:
        """The places of a sentence it `refers_to` that names no sector, each with the antecedent's sectors and the
        cluster phrase that named them ("seven coal chemical bases"): the one holding the sector, or the only one."""
        sectors = fact_sectors(text, self.sectors, self.org_names, self.gazetteer)
        clusters = [(sector, self._cluster_of(sector)) for sector in sectors]
        return [(place, sector, cluster, False) for place in places for sector, cluster in clusters]

    def _cluster_of(self, sector: Mention) -> Mention | None:
        holding = next((c for c in self.clusters if c.start <= sector.start and sector.end <= c.end), None)
        return holding if holding is not None or len(self.clusters) != 1 else self.clusters[0]


def _referring_word(opening: re.Match) -> str:
    """The kind of place an anaphor refers back to: "the province", "the provincial government", "the
    development zone" (a zone, by its head)."""
    word = opening.group("word")
    if word is None and opening.group("official"):
        return _OFFICIALS[" ".join(opening.group("official").lower().split())]
    if word is None:
        return _ADJECTIVE_WORDS[opening.group("adjective").lower()]
    words = word.lower().split()
    if words[-1] in ("subzone", "sub-zone"):
        return _SUBZONE
    if words == ["new", "area"]:  # a new area's kind, not an area's name
        return "new area"
    return words[-1] if words[-1] in ("zone", *_ZONE_NAME_HEADS) else " ".join(words)


class PlaceAntecedent:
    """The places the text named, for a later sentence that names no place but opens on "The
    province ..." or "The city ..." ("Anhui aims to nurture NEV makers. The province will also
    support power batteries."): the last province, or the last city, is meant. Sentences' places
    are only kept as they come; their kinds are looked at when such a sentence turns up."""

    def __init__(self, gazetteer: Gazetteer, org_names: OrgNames, ahead: tuple[Mention, ...] = ()):
        self.gazetteer, self.org_names = gazetteer, org_names
        self.named: list[list[Mention]] = []  # each placed sentence's resolved places, in text order
        self.ahead = ahead  # the text's resolved places, for a text that refers to one before naming any

    def follow(self, places: list[Mention]) -> None:
        """Keeps the places a sentence named, less those in an organisation's name, those it sets against another,
        those industry moves out of, its partners, the ends of a route ("The Shanghai-Ruijin Express Highway ... go
        through it") and a dateline's: "the city" after "universities such as Dalian University of Technology",
        "incomes higher than both Beijing and Shanghai", "industries to relocate from Beijing and Tianjin", "deepen
        cooperation with Shanghai" or "NANNING, Oct. 4 (Xinhua) -- ..." is still the one the text is about. Of two of
        a kind, the one another only locates is not the one meant."""
        text = self.org_names.text
        compared = compared_places(text, places) if len(places) > 1 else []
        compared += origin_places(text, places) + partner_places(text, places)
        kept = [place for place in places if not self.org_names.contain(place) and place not in compared
                and not opens_a_dateline(text, place) and not ends_a_route(text, place)]
        qualifiers = qualifying_places(text, kept, self.gazetteer) if len(kept) > 1 else ()
        if qualifiers:  # looked at last, they come first: "the Lin-gang Special Area of the China (Shanghai) FTZ"
            kept = [place for place in kept if place in qualifiers] + [p for p in kept if p not in qualifiers]
        self.named.append(kept)

    def pairs(self, text: str, sentence: Sentence, mentions: list[Mention], org_names: OrgNames) -> list[Pair]:
        if not self.named and not self.ahead:
            return []
        plural = _PLURAL_ANAPHOR.match(text, sentence.start, sentence.end) if any(self.named) else None
        if plural is not None:
            count = _COUNTS[(plural.group("count") or plural.group("both")).lower()]
            places = self._last_several(_PLURAL_WORDS[plural.group("word").lower()], count)
            return _referred_pairs(text, places, mentions, org_names, self.gazetteer) if places else []
        opening = _PLACE_ANAPHOR.match(text, sentence.start, sentence.end)
        openings = [opening] if opening else _PLACE_ANAPHOR_WITHIN.finditer(text, sentence.start, sentence.end)
        for opening in openings:  # the first that refers to a place named before
            word = _referring_word(opening)
            place = self._last(word) if any(self.named) else self._first_ahead(word)
            if place is not None:
                return _referred_pairs(text, [place], mentions, org_names, self.gazetteer)
        return []

    def opening_place(self, text: str, sentence: Sentence) -> Mention | None:
        """The place a sentence that opens on "The county ..." refers to: what its "It" refers to next;
        before any place is named, the first of that kind the text names later."""
        opening = _PLACE_ANAPHOR.match(text, sentence.start, sentence.end)
        if opening is None:
            return None
        word = _referring_word(opening)
        return self._last(word) if any(self.named) else self._first_ahead(word)

    def opening_reference(self, text: str, sentence: Sentence) -> Mention | None:
        """The place a sentence that opens on "The province ..." refers to, as a mention of those words, for a
        sentence that names other places too ("The province plans to develop chips, and support Weifang in building
        a metaverse park"): the subject it stands for takes what the sentence gives it."""
        opening = _PLACE_ANAPHOR.match(text, sentence.start, sentence.end)
        if opening is None or opening.group("official") or opening.group("adjective") or (
            opening.group().endswith(("'s", "’s"))
        ):
            return None  # a government or an official speaks for the place; "The zone's Nanning area" is Nanning
        place = self._last(_referring_word(opening)) if any(self.named) else None
        # the last determiner: "According to the plan, the province ..." refers with its second
        start = max((m.start() for m in _DETERMINER.finditer(text, opening.start(), opening.end())), default=None)
        if place is None or start is None:
            return None
        return replace(place, start=start, end=opening.end(), text=text[start : opening.end()])

    def _first_ahead(self, word: str) -> Mention | None:
        """For a text that opens on "The municipality aims to ..." before naming any place (a story whose
        headline was lost), the first place of that kind it names later."""
        return next((place for place in self.ahead if self._is_called(place, word)), None)

    def _is_called(self, place: Mention, word: str) -> bool:
        described = self.gazetteer.places.get(place.entity_id) or self.gazetteer.regions.get(place.entity_id)
        kind = described.kind if described is not None else _local_kind(place.entity_id)
        if word == _LOCAL:
            return kind in _ANAPHOR_WORDS and kind not in _ABOVE_LOCAL
        if word == _SUBZONE:  # a free trade zone's area ("The subzone will ...")
            return kind == "zone" and (place.canonical or "").endswith(" Area")
        return word in _ANAPHOR_WORDS.get(kind, ()) or (
            word in _ZONE_NAME_HEADS and _is_named_so(place, kind, word)
        )

    def _last_several(self, word: str, count: int) -> list[Mention]:
        """The last `count` different places named whose kind is referred back to with `word` ("the two
        districts" after "Baoshan and Jinshan districts"), in text order; none when fewer were named."""
        found: dict[str, Mention] = {}
        for places in reversed(self.named):
            for place in reversed(places):
                if place.entity_id not in found and self._is_called(place, word):
                    found[place.entity_id] = place
                    if len(found) == count:
                        return sorted(found.values(), key=attrgetter("start"))
        return []

    def _last(self, word: str) -> Mention | None:
        """The last place named whose kind is referred back to with `word`."""
        for places in reversed(self.named):
            for place in reversed(places):
                if self._is_called(place, word):
                    return place
        return None


def _local_kind(entity_id: str | None) -> str | None:
    """The kind of a zone or a town found in the text, which the gazetteer does not describe."""
    if entity_id is None or zone_parent(entity_id) is None:
        return None
    return "town" if entity_id.startswith(TOWN_PREFIX) else "zone"


def _is_named_so(place: Mention, kind: str | None, head: str) -> bool:
    """Whether "the park" or "the corridor" can refer back to the place: a zone (or a listed new area,
    "Suzhou Industrial Park") whose name ends in that head; any zone is "the zone"."""
    return kind in ("zone", "new_area") and place.text.rstrip().lower().endswith(head)


# The rest of a source's name before its colon: "Daily", "Evening News".
_NAME_BEFORE_COLON = re.compile(r"(?:\s+[A-Z][\w'’-]*){1,3}\s*")


class SubjectPlaces:
    """The places the text is about, for a later sentence that names no place but opens on "It" or
    "Its" ("Anhui aims to nurture NEV makers. It wants to create ICV clusters."). They are the last
    places a sentence or headline opened on as its subject ("By 2025, Wudang will ...", "Hefei and
    Wuhu will ..."), and they hold for `_SUBJECT_REACH` paragraphs after the last sentence that used
    them; a sentence that names places further in leaves them as they are."""

    def __init__(self, gazetteer: Gazetteer, org_names: OrgNames):
        self.gazetteer, self.org_names = gazetteer, org_names
        self.places: list[Mention] = []
        self.paragraph = -1

    def follow(self, text: str, sentence: Sentence, mentions: SentenceMentions) -> None:
        places = _opening_subject(text, sentence, mentions, self.gazetteer, self.org_names)
        if places:
            self.places, self.paragraph = places, sentence.paragraph

    def follow_reference(self, place: Mention, sentence: Sentence) -> None:
        """A sentence that opened on a place referred back to ("The county is home to ...")."""
        self.places, self.paragraph = [place], sentence.paragraph

    def pairs(self, text: str, sentence: Sentence, mentions: list[Mention], org_names: OrgNames) -> list[Pair]:
        if not self.places or sentence.paragraph > self.paragraph + _SUBJECT_REACH:
            return []
        opening = _SUBJECT_ANAPHOR.match(text, sentence.start, sentence.end)
        if opening is None and len(self.places) > 1:  # "Guiyang and Gui'an are striving ... They are working on ..."
            opening = _PLURAL_SUBJECT_ANAPHOR.match(text, sentence.start, sentence.end)
        if opening is None or _DUMMY_IT.match(text, opening.start("it"), sentence.end):
            return []
        return self._referred(text, sentence, mentions, org_names)

    def opening_reference(self, text: str, sentence: Sentence) -> Mention | None:
        """The one place the text is about, as a mention of the "It" a sentence that names other places too opens on
        ("It will develop chips, and support Weifang to build a VR base"); not "Its", whose noun is the subject."""
        if len(self.places) != 1 or sentence.paragraph > self.paragraph + _SUBJECT_REACH:
            return None
        opening = _SUBJECT_ANAPHOR.match(text, sentence.start, sentence.end)
        if opening is None or opening.group("it").lower() != "it" or (
            _DUMMY_IT.match(text, opening.start("it"), sentence.end)
        ):
            return None
        return replace(self.places[0], start=opening.start("it"), end=opening.end("it"), text=opening.group("it"))

    def part_pairs(self, text: str, sentence: Sentence, mentions: list[Mention], org_names: OrgNames) -> list[Pair]:
        """Pairs of a sentence that opens on a part of the subject named without its place (`_NAMED_PART_OPENING`)."""
        if not self.places or sentence.paragraph > self.paragraph + _SUBJECT_REACH:
            return []
        if _NAMED_PART_OPENING.match(text, sentence.start, sentence.end) is None:
            return []
        return self._referred(text, sentence, mentions, org_names)

    def speaker_pairs(self, text: str, sentence: Sentence, mentions: list[Mention], org_names: OrgNames) -> list[Pair]:
        """Pairs of a sentence in which "we" set out a plan: an official speaking for the place the text
        is about. Tried after the section's place, which a plan's "we" stands for first."""
        if not self.places or sentence.paragraph > self.paragraph + _SUBJECT_REACH:
            return []
        if not _WE_PLAN.search(text, sentence.start, sentence.end):
            return []
        return self._referred(text, sentence, mentions, org_names)

    def _referred(self, text: str, sentence: Sentence, mentions: list[Mention], org_names: OrgNames) -> list[Pair]:
        pairs = _referred_pairs(text, self.places, mentions, org_names, self.gazetteer)
        if pairs:
            self.paragraph = sentence.paragraph  # the text still speaks of them
        return pairs


# A plan named in a sentence, and its owner or addressee there: "12 departments issued the Special Work Plan
# for the Cultural and Tourism Industry Chain in Sichuan Province", "Guangdong has issued a plan on ...".
_PLAN_NAMED = re.compile(
    r"\b(?:plans?|outlines?|opinions|guidelines?|programmes?|programs?|schemes?|blueprints?|measures|initiatives"
    r"|actions)\b(?!\s+to\b)", re.I
)
# ... searched in lower case, where it runs three times as fast as under re.I; its word boundary is tested after.
_PLAN_NAMED_LOWER = re.compile(
    r"(?:plans?|outlines?|opinions|guidelines?|programmes?|programs?|schemes?|blueprints?|measures|initiatives"
    r"|actions)\b(?!\s+to\b)"
)


def _plan_nouns(text: str) -> list[int]:
    """Where `_PLAN_NAMED` matches in the text."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a letter that lowers to two ("İ"): offsets would shift
        return [match.start() for match in _PLAN_NAMED.finditer(text)]
    return [start for match in _PLAN_NAMED_LOWER.finditer(lowered)
            if not (start := match.start()) or not (lowered[start - 1].isalnum() or lowered[start - 1] == "_")]


# A sentence that opens on the plan named before: "This plan clearly focuses on ...", "The plan calls for ...".
_PLAN_ANAPHOR = re.compile(
    rf"\W*{_CONNECTIVE}(?:[Tt]his|[Tt]he|[Ss]uch)\s+(?:[\w-]+\s+){{0,3}}?"
    r"(?i:plan|outline|opinions|guidelines?|programme|program|scheme|blueprint|document)\b(?!['’]s|\s+(?:area|period)\b)"
    # ... or the measures a place has introduced: "Luohu has introduced ten major initiatives ... These actions aim to"
    rf"|\W*{_CONNECTIVE}(?:[Tt]hese|[Tt]he|[Ss]uch)\s+(?:[\w-]+\s+){{0,2}}?(?i:measures|initiatives|actions)\b"
)
_PLAN_REACH = 1  # paragraphs after the one that named it that a plan is still referred back to
# Where a plan's name ends after its noun ("... Low-Altitude Economy (2024-2026)"), and how it goes on to its
# first sector: "Action Plan of Shenzhen for Fostering and Developing Semiconductor ...", "a plan on ...".
_PLAN_NAME_END = re.compile(r"[.;:()\"“”]")
_PLAN_NAME_TO_SECTOR = re.compile(r"[^,]*\b(?:for|on|of|about)\s[^,]*", re.I)
_WORD_AT = re.compile(r"\w+")
# "It" opening the sentence right after one about the plan: "The plan aims to ... It outlines a tri-core structure ...".
_IT_OPENING = re.compile(r"\W*It\s+(?!is\b|was\b|has\b)")


class PlanOwner:
    """The places and sectors of the plan a text named last. A later sentence that names no place but
    opens on "This plan" or "The plan" is about its places ("... issued the Special Work Plan for ... in
    Sichuan Province. This plan clearly focuses on ten key areas: ..."); one that names places but no
    sector is about the sectors its name gives ("... issued the Action Plan for ... the Low-Altitude
    Economy. ... It outlines a tri-core structure centered around Guangzhou, Shenzhen, and Zhuhai").
    A plan named without a place (a national one) has none."""

    def __init__(self, gazetteer: Gazetteer, org_names: OrgNames, text: str):
        self.gazetteer, self.org_names = gazetteer, org_names
        self.places: list[Mention] = []
        self.sectors: list[Mention] = []
        self.paragraph = -1
        self.spoken_of = -1  # where the last sentence that named the plan or opened on it ends
        self.named = _plan_nouns(text)  # one search, not one a sentence

    def follow(self, text: str, sentence: Sentence, mentions: list[Mention], placed: SentenceMentions | None) -> None:
        """A sentence that names a plan: its places (`placed` None when it names no resolved place) and
        the sectors named after the plan's noun, in its name."""
        index = bisect_left(self.named, sentence.start)
        if index == len(self.named) or self.named[index] >= sentence.end:
            return  # names no plan
        self.spoken_of = sentence.end
        sectors = _sectors_in_name(text, self.named[index], sentence.end, mentions)
        if not sectors and _PLAN_ANAPHOR.match(text, sentence.start, sentence.end):
            return  # the plan named before; "In June, the Action Plan of Shenzhen for ..." names one
        places = fact_places(text, placed, self.gazetteer, self.org_names) if placed is not None else []
        after = [place for place in places if place.start > self.named[index]]  # "a plan for Hainan"
        places = after or places
        self.places = coordinated_runs(text, places)[0] if places else []
        self.sectors = sectors
        self.paragraph = sentence.paragraph

    def sector_pairs(self, text: str, sentence: Sentence, places: list[Mention]) -> list[Pair]:
        """The places of a sentence that names no sector and opens on the plan (or on "It" right after a
        sentence about it), each with the sectors of the plan's name."""
        if not self.sectors or not places or sentence.paragraph > self.paragraph + _PLAN_REACH:
            return []
        if _PLAN_ANAPHOR.match(text, sentence.start, sentence.end) is None and not (
            _IT_OPENING.match(text, sentence.start, sentence.end) and not text[self.spoken_of : sentence.start].strip()
        ):
            return []
        sectors = fact_sectors(text, self.sectors, self.org_names, self.gazetteer)
        return [(place, sector, None, False) for place in places for sector in sectors]

    def pairs(self, text: str, sentence: Sentence, mentions: list[Mention]) -> list[Pair]:
        if not self.places or sentence.paragraph > self.paragraph + _PLAN_REACH:
            return []
        if _PLAN_ANAPHOR.match(text, sentence.start, sentence.end) is None:
            return []
        return _referred_pairs(text, self.places, mentions, self.org_names, self.gazetteer)


def _sectors_in_name(text: str, noun: int, sentence_end: int, mentions: list[Mention]) -> list[Mention]:
    """The sectors a plan's name gives after its noun, not those the sentence goes on to say it covers
    ("The Outline proposes to focus on equipment manufacturing ...")."""
    name_end = _PLAN_NAME_END.search(text, noun, sentence_end)
    end = name_end.start() if name_end else sentence_end
    sectors = [m for m in resolved_sectors(mentions) if noun < m.start and m.end <= end]
    noun_end = _WORD_AT.match(text, noun).end()
    if not sectors or not _PLAN_NAME_TO_SECTOR.fullmatch(text, noun_end, sectors[0].start):
        return []
    return sectors


def _opening_subject(
    text: str, sentence: Sentence, mentions: SentenceMentions, gazetteer: Gazetteer, org_names: OrgNames
) -> list[Mention]:
    """The places a sentence opens on, after at most a phrase set off by a comma or a conjunction, or a
    source named before a colon ("Guangzhou Daily: Huangpu to forge ahead"): the list its first place
    heads, less the places that only locate another ("Huzhou in Zhejiang"). None when the sentence opens
    on anything else, on an unresolved place, on a dateline or on a route named after its ends."""
    places, named = mentions.resolved_places, mentions.places
    if not places or places[0] is not named[0]:
        return []
    opening = sentence.start
    if org_names.contain(places[0]):
        colon = text.find(":", places[0].end, sentence.end)
        if colon < 0 or not _NAME_BEFORE_COLON.fullmatch(text, places[0].end, colon):
            return []
        opening = colon + 1
        places = [place for place in places if place.start > colon]
        if not places or places[0] is not next(place for place in named if place.start > colon):
            return []
    if (not _SUBJECT_OPENER.fullmatch(text, opening, places[0].start) or opens_a_dateline(text, places[0])
            or ends_a_route(text, places[0])):  # "The Shanghai-Ruijin Express Highway ... go through it"
        return []
    dropped = qualifying_places(text, places, gazetteer)
    return [place for place in coordinated_runs(text, places)[0] if place not in dropped]


# A sentence that spells out what the one before named: "These include advanced metal materials, ...",
# "These paths include: ...", "This includes accelerating the construction of intelligent manufacturing bases, ...".
_THESE_INCLUDE = re.compile(
    r"\W*(?:(?:These(?:\s+[a-z-]+){0,2}|They)\s+(?:mainly\s+|also\s+)?(?:include|cover|comprise|are\s*:)"
    r"|This\s+(?:mainly\s+|also\s+)?(?:includes|covers|involves|entails))(?!\w)"
)


# Industries a sentence counts ("Lingang will focus on seven key industries"), and a later sentence that spells them
# out by their count ("According to the map, the seven key industries include integrated circuits, ...").
_COUNTED = (
    r"(?P<count>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:[\w-]+\s+){0,3}?"
    r"(?:industries|sectors|fields|clusters|chains|pillars)"
)
_INDUSTRIES_COUNTED = re.compile(rf"\b{_COUNTED}\b", re.I)
_COUNTED_SPELT_OUT = re.compile(
    rf"\W*(?:{_OPENING_PHRASE}\s+)?(?:the|these|those)\s+{_COUNTED}\s+(?:mainly\s+|also\s+)?"
    r"(?:include|are|refer\s+to|cover|comprise|consist\s+of)(?!\w)",
    re.I,
)
_COUNTED_REACH = 2  # paragraphs after the counting sentence's that its count is still spelt out
# ... or, right after it, by a pronoun: "The province considers ten industries to be development trend-setters. They
# are the industries of new generation of information technology, ...".
_PRONOUN_SPELLS_OUT = re.compile(
    r"\W*(?:They|These|Those)\s+(?:are|include|cover|comprise|refer\s+to)\b(?!\s+(?:expected|set|to|also|not)\b)"
)


def counted_industries(text: str, sentence: Sentence) -> set[str]:
    """The counts of industries (clusters, chains) a sentence names: "ten industries" gives {"ten"}. Most sentences
    name none of those nouns: a substring test goes before the regex."""
    lowered = text[sentence.start : sentence.end].lower()
    if not ("industr" in lowered or "sector" in lowered or "field" in lowered or "cluster" in lowered
            or "chain" in lowered or "pillar" in lowered):  # an or-chain of substring tests: faster than a regex
        return set()
    return {m.group("count").lower() for m in _INDUSTRIES_COUNTED.finditer(text, sentence.start, sentence.end)}


class CountedIndustries:
    """The places of the last sentence that named places and counted their industries, for a sentence that names
    no place but spells those industries out by their count, in its paragraph or the next two ("Lin-gang will focus
    on seven key industries. ... According to the map, the seven key industries include integrated circuits, ...")."""

    def __init__(self, gazetteer: Gazetteer, org_names: OrgNames):
        self.gazetteer, self.org_names = gazetteer, org_names
        self.counts: set[str] = set()
        self.places: list[Mention] = []
        self.paragraph = -1
        self.index = -1  # the counting sentence's

    def follow(self, text: str, index: int, sentence: Sentence, places: list[Mention]) -> None:
        """A sentence whose places, named or referred to ("The province considers ten industries ..."), counts
        industries."""
        if places and (counts := counted_industries(text, sentence)):
            self.counts, self.places, self.paragraph, self.index = counts, places, sentence.paragraph, index

    def pairs(self, text: str, index: int, sentence: Sentence, mentions: list[Mention]) -> list[Pair]:
        if not self.places or sentence.paragraph > self.paragraph + _COUNTED_REACH:
            return []
        opening = _COUNTED_SPELT_OUT.match(text, sentence.start, sentence.end)
        if opening is None:
            if index != self.index + 1 or _PRONOUN_SPELLS_OUT.match(text, sentence.start, sentence.end) is None:
                return []
        elif opening.group("count").lower() not in self.counts:
            return []
        return _referred_pairs(text, self.places, mentions, self.org_names, self.gazetteer)


# Places a sentence counts without naming them ("named the first 15 regions that will develop ... zones"), and the
# next sentence that names them ("They are Dongcheng of Beijing, Anguo of Hebei, ...").
_PLACES_COUNTED = re.compile(
    r"\b(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|several|a\s+(?:batch|number|group)\s+of)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:regions|cities|counties|districts|provinces|places|localities|areas|zones)\b",
    re.I,
)
_COUNTED_PLACES_NAMED = re.compile(r"\W*(?:They|These|Those)\s+(?:are|include|were|cover)\b(?!\s+(?:expected|set|to)\b)")


class CountedPlaces:
    """The sectors of a sentence that names no place but counts places it gives them to ("... have named the
    first 15 regions that will develop TCM health tourism demonstration zones"), for the next sentence, which
    names those places ("They are Dongcheng of Beijing, Anguo of Hebei, ...") and no sector of its own."""

    def __init__(self, gazetteer: Gazetteer, org_names: OrgNames):
        self.gazetteer, self.org_names = gazetteer, org_names
        self.index, self.paragraph = -1, -1
        self.sectors: list[Mention] = []

    def follow(self, text: str, index: int, sentence: Sentence, mentions: list[Mention]) -> None:
        """A sentence without a resolved place: it counts places when `_PLACES_COUNTED` is in it (searched only
        in those that name a sector: one search over the whole text costs more)."""
        sectors = resolved_sectors(mentions)
        if sectors and _PLACES_COUNTED.search(text, sentence.start, sentence.end):
            self.index, self.paragraph, self.sectors = index, sentence.paragraph, sectors

    def pairs(self, text: str, index: int, sentence: Sentence, places: list[Mention]) -> list[Pair]:
        if not self.sectors or index != self.index + 1 or sentence.paragraph > self.paragraph + 1:
            return []
        if not places or _COUNTED_PLACES_NAMED.match(text, sentence.start, sentence.end) is None:
            return []
        sectors = fact_sectors(text, self.sectors, self.org_names, self.gazetteer)
        return [(place, sector, None, False) for place in places for sector in sectors]


class ElaboratedSentence:
    """The sentence just before, for one that names no place but opens by spelling it out
    ("Specifically, ...", "Among them, ..."): its fact places are the elaboration's. Only the
    sentence right before it in the same paragraph counts, or in the one before for "These include
    ..." (news gives each sentence a paragraph); its places are worked out only then."""

    def __init__(self, gazetteer: Gazetteer, org_names: OrgNames):
        self.gazetteer, self.org_names = gazetteer, org_names
        self.index, self.paragraph, self.mentions = -1, -1, None

    def follow(self, index: int, sentence: Sentence, mentions: SentenceMentions) -> None:
        self.index, self.paragraph, self.mentions = index, sentence.paragraph, mentions

    def pairs(self, text: str, index: int, sentence: Sentence, mentions: list[Mention]) -> list[Pair]:
        if index != self.index + 1 or sentence.paragraph > self.paragraph + 1:
            return []
        if not (
            (sentence.paragraph == self.paragraph and _ELABORATION.match(text, sentence.start, sentence.end))
            or _THESE_INCLUDE.match(text, sentence.start, sentence.end)
        ):
            return []
        places = fact_places(text, self.mentions, self.gazetteer, self.org_names)
        return _referred_pairs(text, places, mentions, self.org_names, self.gazetteer)


# A government's name after its place's: "Shaanxi provincial government", "Wuhan's municipal people's government".
_GOVERNMENT_AFTER_PLACE = re.compile(r"(?:['’]s)?\s+(?:[\w'’-]+\s+){0,3}government$", re.I)


def government_pairs(text: str, mentions: list[Mention], gazetteer: Gazetteer, org_names: OrgNames) -> list[Pair]:
    """A sentence that names no place but one place's government ("The Shaanxi provincial government
    has pledged to support aviation"): the government speaks for its place. Not a department of it
    ("the Shanxi Department of Industry"), which speaks for its own remit."""
    governments = [m for m in mentions if m.label == "AGENCY" and _government_of(m) in gazetteer.places]
    if len(governments) != 1:
        return []
    sectors = fact_sectors(text, resolved_sectors(mentions), org_names, gazetteer)
    if not sectors:
        return []
    government = governments[0]
    place_id = _government_of(government)
    words = _GOVERNMENT_AFTER_PLACE.search(government.text)
    place_text = government.text[: words.start()] if words and words.start() else government.text
    place = Mention(government.start, government.start + len(place_text), place_text, "PLACE", government.sentence,
                    place_id, gazetteer.display_name(place_id), "agency")
    return cross([place], sectors, [m for m in mentions if m.label == "CLUSTER"], False, text)


def _government_of(agency: Mention) -> str | None:
    """The place id of a place's government's agency id (agency:gov:<place_id>, with no department)."""
    if not agency.entity_id or not agency.entity_id.startswith(GOV_PREFIX):
        return None
    place_id, _, department = agency.entity_id[len(GOV_PREFIX) :].partition(":")
    return None if department else place_id


class IntroducedList:
    """The items of a list that a sentence setting out a plan introduces with a colon ("the province will
    expand industrial chains of:", then "- Special steel materials", "- Hydrogen energy"): an item that names
    sectors and no place is about the places the introducing sentence is, named there or referred to
    (`refer` pairs the introducing sentence's words with the item's sectors). Any other line ends the list."""

    def __init__(self, gazetteer: Gazetteer, org_names: OrgNames, refer):
        self.gazetteer, self.org_names, self.refer = gazetteer, org_names, refer
        # the introducing sentence, its mentions, the places it names and its deadline, while a list is open
        self.intro: tuple[Sentence, list[Mention], list[Mention], int | None] | None = None

    def follow(self, text: str, sentence: Sentence, mentions: list[Mention], deadline: int | None) -> None:
        """Opens a list after a sentence ending in a colon, or in a word right before a bulleted line ("Shanghai
        released its plan proposal, specifying" and "- building world-class high-end industrial clusters" below);
        closes it at a line that is no item."""
        ending = text[sentence.start : sentence.end].rstrip()
        if ending.endswith((":", "：")) or (
            ending[-1:].isalpha() and not sentence.is_heading and _BULLET_BELOW.match(text, sentence.end) is not None
            # an item of the open list goes on with it, unless it introduces a list of its own
            and (self.intro is None or not self.is_item(text, sentence) or _sets_out_a_plan(text, sentence))
        ):
            self.intro = None
            if _sets_out_a_plan(text, sentence):
                places = fact_places(text, SentenceMentions(mentions), self.gazetteer, self.org_names)
                self.intro = (sentence, mentions, places, deadline)
        elif self.intro is not None and not self.is_item(text, sentence):
            self.intro = None

    def is_item(self, text: str, sentence: Sentence) -> bool:
        return sentence.is_heading or _LIST_ITEM.match(text, sentence.start, sentence.end) is not None or (
            _LABELLED_ITEM.match(text, sentence.start, sentence.end) is not None
            and not text[text.rfind("\n", 0, sentence.start) + 1 : sentence.start].strip()  # it opens its line
        )

    def pairs(self, text: str, sentence: Sentence, mentions: list[Mention]) -> tuple[list[Pair], int | None]:
        """The item's pairs and the deadline the introducing sentence set; none for a line that is no
        item of an open list, or that names a place of its own."""
        if self.intro is None or not self.is_item(text, sentence) or any(
            m.label in PLACE_LABELS and m.entity_id for m in mentions
        ):
            return [], None
        sectors = fact_sectors(text, resolved_sectors(mentions), self.org_names, self.gazetteer)
        if not sectors:
            return [], None
        intro, intro_mentions, places, deadline = self.intro
        if places:
            return cross(places, sectors, [], False), deadline
        return self.refer(intro, intro_mentions + sectors), deadline


def spells_out_a_list(text: str, start: int, end: int) -> bool:
    """Whether a sentence says what a plan's labels or kinds of industry are ("The four pillar clusters
    refer to ...", "The ten emerging industries are ...")."""
    return (
        _CATEGORY_LIST.match(text, start, end) is not None or _COUNTED_LIST.match(text, start, end) is not None
    )


def _sets_out_a_plan(text: str, sentence: Sentence) -> bool:
    """Whether a sentence sets out what is to be done, not what was ("characterized by the following:")."""
    return (
        _PLAN_STATEMENT.search(text, sentence.start, sentence.end) is not None
        or _TASK_OPENING.match(text, sentence.start, sentence.end) is not None
        or _CATEGORY_LIST.match(text, sentence.start, sentence.end) is not None  # "The eight key tasks are:"
    )


_DOMINANT_SHARE = 0.8  # of a text's place names, the share one place must have to be what it is about


def _dominant_place(mentions: tuple[Mention, ...]) -> list[Mention]:
    """The place a text whose title names none is about, for what it says of no place before naming any (a story
    whose headline was lost opens "The other 10 strategic emerging industries cover ...") and after (a work report's
    "Efforts will be made to ..."): the one place nearly every place it names is, named at least twice."""
    named = [m for m in mentions if m.label in PLACE_LABELS and m.entity_id]
    if len(named) < 2:
        return []
    (entity_id, count), = Counter(m.entity_id for m in named).most_common(1)
    first = next(m for m in named if m.entity_id == entity_id)
    if count < _DOMINANT_SHARE * len(named) or first.label != "PLACE":  # of two or more names: twice at least
        return []
    return [first]


# A headline that reports places chosen for something ("China selects 15 cities to expand coverage of new energy
# vehicles for public services", "Nine Cities And Regions Listed As State Electronic Information Industry Bases"),
# and a sentence of the story that names some of the places chosen ("For metropolises, ... the ministry included
# Chongqing, Chengdu ...", "the other players include Yunfu, Foshan, ...").
_SELECTION_HEADLINE = re.compile(
    r"\b(?:selects?|selected|names|named|lists|listed|approves|approved|chooses|chosen|picks|picked|designates"
    r"|designated|confirmed|revealed|winners|unveils\s+(?:the\s+)?list)\b",
    re.I,
)
_SELECTED_IN_STORY = re.compile(
    r"\b(?:included?|includes|selected|chosen|listed|named|approved|picked|designated|joined\s+by|participants"
    r"|players|winners|members)\b",
    re.I,
)


class SelectionHeadline:
    """The sectors of a headline that reports places chosen for something, for a sentence of the story that names
    places chosen but no sector: each takes those sectors. None when the headline reports no choice."""

    def __init__(self, gazetteer: Gazetteer, org_names: OrgNames, tagged: TaggedDocument):
        self.sectors: list[Mention] = []
        text, title = tagged.source.text, tagged.source.title
        start = text.find(title) if title else -1
        if start < 0 or not _SELECTION_HEADLINE.search(title):
            return
        in_title = [m for m in tagged.mentions if start <= m.start and m.end <= start + len(title)]
        self.sectors = fact_sectors(text, resolved_sectors(in_title), org_names, gazetteer)

    def pairs(self, text: str, sentence: Sentence, places: list[Mention]) -> list[Pair]:
        if not self.sectors or not places or not _SELECTED_IN_STORY.search(text, sentence.start, sentence.end):
            return []
        return [(place, sector, None, None) for place in places for sector in self.sectors]


class SectionSubject:
    """The places a stretch of text is about without naming them again, for a sentence that names no
    place but sets out a plan for sectors ("Efforts will be made to develop new materials"): those of
    the heading above ("Hangzhou East Intelligent Manufacturing Corridor"), or else of the document's
    title ("Guangdong Province: Opinions on ..."), which a plan need not repeat. Its pairs are the
    least sure kind (`local` None)."""

    def __init__(self, gazetteer: Gazetteer, org_names: OrgNames, tagged: TaggedDocument):
        self.gazetteer, self.org_names = gazetteer, org_names
        text, title = tagged.source.text, tagged.source.title
        start = text.find(title) if title else -1
        self.title_span = (start, start + len(title)) if start >= 0 else None  # where the reader found it
        if self.title_span is None and tagged.sentences and _is_a_lead(text, tagged.sentences[0]):
            lead = tagged.sentences[0]  # a story that opens without a headline: its lead stands for one
            start, self.title_span = lead.start, (lead.start, lead.end)
        self.document: list[Mention] = []
        if self.title_span is not None:
            in_title = [m for m in tagged.mentions if start <= m.start and m.end <= self.title_span[1]]
            self.document = self._title_places(text, start, self.title_span[1], in_title)
        self.places: list[Mention] = self.document
        # a plan's own title that names no place is a national plan's: its lead names no subject
        self.lead_read = self.title_span is not None and _is_plan_title(text[self.title_span[0] : self.title_span[1]])
        # a text whose title names no place: the place it is about, for what it says before naming one
        self.unnamed_subject = [] if self.document else _dominant_place(tagged.mentions)

    def follow_lead(self, text: str, sentence: Sentence, mentions: SentenceMentions) -> None:
        """The first sentence below the title that names a place: when the title names none and is no
        plan's own, the one place (no region) this lead names is the document's ("New industries will get
        top attention as Xiamen optimizes its industrial structure"), as a news story's lead sets the
        place it is about."""
        if self.lead_read:
            return
        self.lead_read = True
        if self.document or sentence.paragraph > _LEAD_PARAGRAPHS or not self.is_below_title(sentence):
            return
        places = self._heading_places(text, mentions)
        named = {place.entity_id for place in places}  # the same place named again is no other
        others = [
            m for m in fact_places(text, mentions, self.gazetteer, self.org_names) if m.entity_id not in named
        ]
        if places and not others and all(place.label == "PLACE" for place in places):
            self.document = places
            if not self.places:
                self.places = places

    def follow_heading(self, text: str, sentence: Sentence, mentions: SentenceMentions | None) -> None:
        """A heading: the places it names are the subject of the section it opens; a heading that names
        none goes back to the document's. Without a title the reader found, the first heading is the
        title. A caption is passed over."""
        if is_caption(text, sentence.start, sentence.end):
            return
        if self.title_span is not None and sentence.start < self.title_span[1] and self.title_span[0] < sentence.end:
            return  # the title itself
        if self.title_span is None:
            self.title_span = (sentence.start, sentence.end)
            in_title = mentions.mentions if mentions is not None else []
            self.places = self.document = self._title_places(text, sentence.start, sentence.end, in_title)
            self.lead_read = self.lead_read or _is_plan_title(text[sentence.start : sentence.end])
            return
        places = self._heading_places(text, mentions) if mentions is not None else []
        self.places = places or self.document

    def follow_opening(self, sentence: Sentence, place: Mention) -> None:
        """A text whose title names no place and that opens on one referred to ("The municipality aims to
        form 10 industrial clusters", a story whose headline was lost): that place is the document's, as
        a lead's would be."""
        if self.lead_read or self.document or sentence.paragraph > _LEAD_PARAGRAPHS:
            return
        opens_the_text = self.title_span is not None and self.title_span[0] == sentence.start  # a lead taken for it
        if self.title_span is not None and not (self.is_below_title(sentence) or opens_the_text):
            return
        self.lead_read = True
        self.document = [place]
        if not self.places:
            self.places = self.document

    def is_below_title(self, sentence: Sentence) -> bool:
        """Whether the sentence comes after the document's title (none known: it may be the title)."""
        return self.title_span is not None and sentence.start >= self.title_span[1]

    def follow_place_line(self, text: str, mentions: SentenceMentions) -> None:
        """A line that is only a place's name ("——Yichun city."): it opens a section about that place,
        and is never the document's title."""
        self.places = self._heading_places(text, mentions) or self.document

    def pairs(self, text: str, sentence: Sentence, mentions: list[Mention]) -> list[Pair]:
        places = self.places or self.unnamed_subject
        if not places or any(m.label in PLACE_LABELS for m in mentions):
            return []
        plan = _PLAN_STATEMENT.search(text, sentence.start, sentence.end)
        listing = plan is None and (
            _CATEGORY_LIST.match(text, sentence.start, sentence.end) is not None
            or _COUNTED_LIST.match(text, sentence.start, sentence.end) is not None
        )
        if plan is None and not listing and not _TASK_OPENING.match(text, sentence.start, sentence.end):
            return []
        if (
            is_national(text, sentence.start, sentence.end)
            or (not listing and _PLURAL_REFERENCE.match(text, sentence.start, sentence.end))
            or _UNNAMED_PLACES.search(text, sentence.start, sentence.end)
        ):
            return []
        if plan is not None and _PLACES_AS_SUBJECT.search(text, sentence.start, plan.start()):
            return []
        sectors = fact_sectors(text, resolved_sectors(mentions), self.org_names, self.gazetteer)
        if plan is not None and _OPENING_FRAME.match(text, sentence.start, plan.start()):
            frame_end = text.rfind(",", sentence.start, plan.start())
            sectors = [sector for sector in sectors if sector.start > frame_end]
        clusters = [m for m in mentions if m.label == "CLUSTER"]
        return cross(places, sectors, clusters, None, text)

    def _title_places(self, text: str, start: int, end: int, in_title: list[Mention]) -> list[Mention]:
        """The places a title makes the document's subject: those of a plan's own title, of a headline
        that opens on them as its subject or reports a plan for them, or the one place (no region: a
        national text's scope) a headline names; none for a headline that names several."""
        places = self._heading_places(text, SentenceMentions(in_title)) if in_title else []
        if not places:
            return []
        if _is_plan_title(text[start:end]) or _opens_a_headline(text, start, places, in_title):
            return places
        named = {place.entity_id for place in places}  # maybe named twice
        in_title_places = [m for m in in_title if m.label in PLACE_LABELS]
        resolved = [m for m in in_title_places if m.entity_id]  # an unsettled homonym qualifies nothing
        locating = qualifying_places(text, resolved, self.gazetteer)  # "South China's" Guangdong
        only_places = all(m.entity_id in named or m in locating for m in in_title_places)
        return self._plan_for(text, start, in_title) or (
            places if only_places and all(place.label == "PLACE" for place in places) else []
        )

    def _plan_for(self, text: str, title_start: int, in_title: list[Mention]) -> list[Mention]:
        """The places a headline reports a plan for, when it names none after them ("China unveils
        development plan for Guangdong-Hong Kong-Macao Greater Bay Area", "Hangzhou issues plan for
        Qiantang New Area"): the plan is theirs, whoever issued it."""
        for index, mention in enumerate(in_title):
            if mention.label in PLACE_LABELS and _PLAN_FOR.search(text, title_start, mention.start):
                places = self._heading_places(text, SentenceMentions(in_title[index:]))
                return places if places and places[0] is mention and _none_after(text, places, in_title) else []
        return []

    def _heading_places(self, text: str, mentions: SentenceMentions) -> list[Mention]:
        """The heading's first list of places, less those that only locate another; none when it
        lists more than a subject would."""
        places = fact_places(text, mentions, self.gazetteer, self.org_names)
        if not places:
            return []
        run = coordinated_runs(text, places)[0]
        return run if len(run) <= _SECTION_SUBJECT_MAX else []


def _is_a_lead(text: str, sentence: Sentence) -> bool:
    """Whether a text's first sentence is a news story's lead: no heading, and as long as leads are."""
    return not sentence.is_heading and len(text[sentence.start : sentence.end].split()) >= _LEAD_MIN_WORDS


def is_national(text: str, start: int, end: int) -> bool:
    """Whether a sentence is about the whole country, not one that only compares with it."""
    return any(
        _COMPARED_WITH.search(text, max(start, match.start() - _COMPARISON_REACH), match.start()) is None
        for match in _NATIONAL_SCOPE.finditer(text, start, end)
    )


def names_only_a_place(text: str, sentence: Sentence, mentions: SentenceMentions) -> bool:
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
    if (
        _ARTICLE.fullmatch(text, title_start, places[0].start) is None
        or _HEADLINE_SUBJECT_VERB.match(text, places[-1].end) is None
    ):
        return False
    return _none_after(text, places, in_title)


def _none_after(text: str, places: list[Mention], in_title: list[Mention]) -> bool:
    """Whether the title names no other place after `places`: a place named after them is another's,
    but for theirs again ("... director of the Shenzhen Municipal Bureau") or where it was said ("said at
    a news conference in Futian District")."""
    named = {place.entity_id for place in places}
    return not any(
        m.label in PLACE_LABELS and m.start >= places[-1].end and m.entity_id not in named and not is_a_venue(text, m)
        for m in in_title
    )


def _is_plan_title(title: str) -> bool:
    """Whether a title is a plan's own: a plan noun that no headline's verb comes before."""
    noun = _PLAN_NOUN.search(title)
    return noun is not None and _HEADLINE_VERB.search(title, 0, noun.start()) is None


def _referred_pairs(text: str, places: list[Mention], mentions: list[Mention], org_names: OrgNames,
                    gazetteer: Gazetteer) -> list[Pair]:
    """A placeless sentence's sectors with the places it refers back to, each sector taking its
    nearest cluster phrase."""
    sectors = fact_sectors(text, resolved_sectors(mentions), org_names, gazetteer)
    if not places or not sectors:
        return []
    clusters = [mention for mention in mentions if mention.label == "CLUSTER"]
    return cross(places, sectors, clusters, local=False, text=text)
