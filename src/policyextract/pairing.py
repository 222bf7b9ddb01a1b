"""Pairing within one sentence: which of its places and sectors it puts together, by the grammar of plans.

Local shapes are tried first ("Henan's light fabrics", "coal in Shanxi", "a cluster in Zhengzhou",
"Wuhan optics valley"); places and sectors a sentence leaves unpaired are then paired with each other
("cities including A, B and C will build ..."). Places that only qualify, frame or own another take no
sectors.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from operator import attrgetter

from .dimensions import contains
from .gazetteer import Gazetteer, form_key, zone_parent
from .model import FIRM_NAME_NOTE, LIMITED_FIRM_END, Mention

PLACE_LABELS = ("PLACE", "REGION")
# "A, B and C", "A/B", and "Guangzhou-Foshan-Huizhou" (a hyphen or en dash with no space around it)
_COORDINATION = re.compile(
    r"^(?:[-–]|\s*(?:,|;|、|/|&|and|or|as well as|along with|together with)?\s*(?:and|or)?\s*"
    r"|\s*,?\s*(?:and|or)\s+the\s+)$",  # "between the Pearl River Delta and the Guangxi Zhuang autonomous region"
    re.I
)
# A semicolon joins list items, not clauses: the item after it opens a clause when a verb follows it
# before the next semicolon ("Hefei will develop AI; new energy vehicle bases will be built in Anhui").
_SEMICOLON = re.compile(r"[;；]")
_CLAUSE_VERB = re.compile(r"[^;；.]{0,100}?\b(?:will|shall|should|would|is|are|was|were|be|been|has|have)\b", re.I)
_POSSESSIVE = re.compile(r"^\s*['’]s\s*$")
# ... with an epithet between: "East China's economic powerhouse Jiangsu Province", "Guangdong's manufacturing hub
# Dongguan"
_POSSESSIVE_EPITHET = re.compile(r"^\s*['’]s\s+(?:[a-z][\w-]*\s+){1,3}$")
_LABEL = re.compile(r"^\s*[:：]\s*$")  # "Wuhan: optoelectronics; Changsha: construction machinery"
_GAPPED_ON = re.compile(r"^\s+on\s+$")  # "Wuhan focuses on optoelectronics, Xiangyang on automobiles"
# "build Nanning into a transportation hub and Beibu Gulf into a shipping center": each place what it is made into.
_MADE_INTO = re.compile(r"^\s+into\s+(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,4}$", re.I)
_LISTED_FOR = re.compile(r"^[\"”’']?\s+for\s+$")  # a list's item: '"Wuhan-Ezhou-Huangshi" for optoelectronics
_PARENTHESISED = re.compile(r"^\s*[(（]\s*$")  # "construction machinery (Changsha)"
_LOCATIVE = re.compile(
    r"^\s*(?:(?:industr(?:y|ies)|sectors?|products?|enterprises?|projects?)\s+)?"
    r"(?:(?:will|shall|should|is|are|to)\s+(?:be\s+)?(?:[a-z]+ly\s+)?(?:\w+ed\s+|set\s+up\s+|built\s+|established\s+)?"
    r"(?:up\s+)?)?"
    r"(?:in|at|across|within|located\s+(?:in|at|on)|based\s+(?:on|in|at)|cent(?:er|re)d\s+(?:on|in)|anchored\s+(?:on|in|by))"
    r"\s+(?:the\s+)?"
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
# ... unless it follows sectors and says where they are: "..., which are the three pioneering industries in Shanghai,".
_LOCATIVE_END = re.compile(r"\b(?:in|at)\s+(?:the\s+)?$")
_ABBREVIATION_GAP = re.compile(r"\s*(?:\([^()]{1,12}\))?")  # "artificial intelligence (AI)"
_DATELINE_INDENT = 8  # spaces a dateline may be indented by
_DIRECTION = r"(?:east|west|north|south|central|northeast|northwest|southeast|southwest)(?:ern)?"
# What stands between a place and the larger place or region that only says where it is:
# "Zhuhai in south China's Guangdong", "Suzhou New District (SND) in East China's Jiangsu", "Anhui, in eastern China,",
# "Kunshan, in East China's Jiangsu province,", "Hefei, the capital of Anhui".
# The larger place whose thing a place is said to be: "Jiuquan: Gansu Province's new energy hub",
# "Ningde becomes Fujian's battery base". The thing is the smaller place's.
_OWNER_AFTER = re.compile(
    r"\s*(?:[:：]|[—–]|\s-|(?:is|was|becomes?|became|as|will\s+become|to\s+become)(?:\s+the)?)\s*$", re.I
)  # ... or a dash before an appositive: "Baotou—Inner Mongolia's industrial hub—will ..."
_POSSESSIVE_AFTER = re.compile(r"['’]s?\b")
# ... further on in the clause: "Luzhou has been recognized by the NDRC and the Ministry of Transport as Sichuan
# Province's sole port-type national logistics hub".
_OWNER_AT_END = re.compile(r"\s(?:as|into|becomes?|became|become)\s+(?:the\s+)?$")
_CLAUSE_GAP = re.compile(r"[.;:!?\n]")
_OWNER_AT_END_WORDS = ("as ", "into ", "become ", "becomes ", "became ", "the ")  # how every such gap ends
# Places of which members are named: "Chongqing districts such as Kowloonpo and Qijiang", "Zhejiang's cities, including
# Ningbo": the members are meant.
_MEMBERS_NAMED = re.compile(
    r"\s*(?:['’]s\s+)?(?:[a-z][\w-]*\s+){0,2}(?:districts|counties|cities|prefectures|towns|townships)\s*,?\s+"
    r"(?:such\s+as|including|like|namely)\s[^.;:]{0,80}$"
)
_QUALIFIER_AFTER = re.compile(
    rf"^\s*(?:\([^()]{{1,20}}\)\s*)?(?:,|(?:in|of)(?:\s+the)?)\s+(?:{_DIRECTION}\s+)?(?:China['’]s\s+)?$|^\s*,\s*$"
    rf"|^\s*,\s*(?:(?:located|situated)\s+)?in\s+(?:the\s+)?(?:{_DIRECTION}\s+)?(?:China['’]s\s+)?$"
    # ... or an appositive that says where it lies: "Nanjing Jiangbei New Area, a state-level new area in East China's",
    # also after the short name in brackets: "The Ningbo Economic and Technological Development Zone (NETDZ), a ..."
    rf"|^\s*(?:\([^()]{{1,20}}\)\s*)?,\s*(?:a|an|the)\s+(?:[\w-]+\s+){{0,4}}?(?:in|of)\s+(?:the\s+)?"
    rf"(?:{_DIRECTION}\s+)?(?:China['’]s\s+)?$"
    # ... or whose capital it is, set off by a comma or a dash: "Nanjing – the capital of the neighbouring eastern Jiangsu"
    rf"|^\s*(?:,|[—–-]{{1,2}})\s*(?:the\s+)?(?:provincial\s+|regional\s+)?capital(?:\s+city)?\s+of\s+(?:the\s+)?"
    rf"(?:neighbou?ring\s+)?(?:{_DIRECTION}\s+)?(?:China['’]s\s+)?$"
    # ... set off by dashes: "Taizhou – located in East China's Jiangsu province –"
    rf"|^\s*[—–-]{{1,2}}\s*(?:(?:located|situated)\s+)?in\s+(?:the\s+)?(?:{_DIRECTION}\s+)?(?:China['’]s\s+)?$"
    # ... or whose administration it is under: "Jingjiang City, under the administration of Taizhou"
    r"|^\s*,\s*(?:which\s+is\s+|is\s+)?under\s+the\s+(?:administration|jurisdiction)\s+of\s+(?:the\s+)?$"
    # ... or the province it is in, named after its kind: "Chengdu, a city in the southwestern Chinese province of Sichuan"
    r"|^\s*,\s*(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,3}?in\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:province|autonomous\s+region|region)\s+of\s+$",
    re.I,
)
# ... or whose government is said to be of the larger one: "The Baotou government of the Inner Mongolia autonomous region"
_GOVERNMENT_OF = re.compile(
    r"\s+(?:(?:municipal|city|county|district|local|people['’]s)\s+)?(?:government|authorities|administration)\s+of"
    r"\s+(?:the\s+)?$"
)
# ... or an appositive that calls it a place of the larger one: "Guizhou, a Southwest China province with ...",
# "Hohhot, the Inner Mongolia autonomous region".
_APPOSITIVE_ARTICLE = re.compile(r"\s*,\s*(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}")  # the whole gap (fullmatch)
_PLACE_KIND_AFTER = re.compile(
    r"\s+(?:autonomous\s+)?(?:province|city|region|county|municipality|prefecture|district|town)\b", re.I
)
_PLACE_KIND_END = re.compile(r"\b(?:province|region|municipality|prefecture)$", re.I)  # "the Inner Mongolia autonomous region"
# The larger place a subject's rank is measured in: "Xiangyang will become a major automobile base in
# central China", "a leading biomedicine hub in Jiangsu" (said of a city of Jiangsu).
# "... zone for green development along the Yangtze River Economic Belt", "the new energy automotive industry cluster of
# Sichuan"
_SCOPE_BEFORE = re.compile(r"\b(?:in|along|(?:cluster|base|hub|cent(?:er|re)|highland)s?\s+of)\s+(?:the\s+)?$")
_SCOPE_BEFORE_REACH = 18  # characters: "highlands of the "
# ... or the place whose economy it serves: "Ningbo and Zhoushan ... hubs for the maritime economic development of
# East China's Zhejiang province", "to boost the industrial growth of Anhui".
_DEVELOPED_SCOPE_BEFORE = re.compile(
    r"\b(?:development|economy|growth|upgrading|transformation|revitali[sz]ation)\s+of\s+(?:the\s+)?"
    r"(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+China['’]s\s+)?$",
    re.I,
)
_DEVELOPED_SCOPE_REACH = 48  # characters before a place its "development of" may take
_SCOPE_REACH = 320  # characters from the subject to the larger place
_SENTENCE_REACH = 400  # characters back from a place looked at for its sentence's start
_REFERRING_OPENING = re.compile(
    r"\W*(?:[^,.;:\n]{0,80},\s*)?(?:(?:the|this)\s+(?:city|province|county|district|municipality|region|zone|park"
    r"|new\s+area)(?:['’]s)?|it)\b(?!['’]s)",
    re.I,
)
# Where something was said: the place after "said at/in ..." in the speaker's clause.
# Not what was said: "Li said the province will build a robot base in Feixi" names where the base goes.
_SPEAKING = ("said", "told", "announced", "signed")  # verbs whose venue is named after them
_NOT_A_CLAUSE = r"(?!(?:will|would|shall|should|must|to|that|is|are|was|were|has|have|plans?|aims?)\b)"
_VENUE_BEFORE = re.compile(
    rf"\b(?:{'|'.join(_SPEAKING)})\s+(?:{_NOT_A_CLAUSE}[^\s,;.]+\s+){{0,10}}?(?:at|in|during)\s+"
    rf"(?:{_NOT_A_CLAUSE}[^\s,;.]+\s+){{0,6}}?$"
    r"|\b(?i:conference|briefing|meeting|forum|summit|symposium|expo|fair|exhibition|festival|carnival)s?[\"”’)]?"
    # ... after the rest of the event's name, and a comma: "at the World Forum On Robot 2015, in Beijing, on Nov 24"
    r"(?:\s+(?:(?!(?:Held|Opens?|Opened|Closes?|Closed|Kicks|Concludes?|Concluded|Starts?|Started|Begins?|Began|Launche[sd]"
    r"|Wraps|Takes|Took|Is|Was|Will|To)\b)[A-Z][\w'’-]*|on|of|for|and|\d{4}))*,?"
    r"\s+(?:in|at)\s+(?:the\s+)?$"
    # "a forum ... was held in Beijing", "the conference, to be held June 8-11 in Yibin", "takes place in Hangzhou"
    r"|\b(?:held|(?:took|takes?|taking)\s+place|convened|staged)\s+(?:(?:on\s+|from\s+)?[A-Z][a-z]+\.?\s+\d{1,2}(?:\s*(?:-|–|to)\s*\d{1,2})?"
    # ... also a capital named with its province: "was held in Jiangxi's capital city of Nanchang"
    r"(?:,\s*\d{4})?\s+)?(?:in|at)\s+(?:the\s+)?(?:[A-Z][\w-]*['’]s\s+capital\s+(?:city\s+)?of\s+)?$"
    # "The 2019 World Conference on the VR Industry concludes Monday in Nanchang": where an event opens or closes
    r"|\b(?i:conference|forum|summit|symposium|expo|fair|exhibition|festival|carnival)\b[^.;:]{0,80}?\s"
    r"(?:opens|opened|concludes|concluded|closes|closed|kicks\s+off|kicked\s+off|wraps\s+up|wrapped\s+up)\s+"
    r"(?:on\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)\s+"
    r"|[A-Z][a-z]+\.?\s+\d{1,2}(?:,\s*\d{4})?\s+)?(?:in|at)\s+(?:the\s+)?$"
)
_VENUE_WORDS = (*_SPEAKING, "conference", "briefing", "meeting", "forum", "summit", "symposium", "expo", "fair",
                "exhibition", "festival", "carnival", "held", "took place", "take place", "takes place", "taking place",
                "convened", "staged")  # tested first
_VENUE_REACH = 120  # characters before a place looked at for the speaker's verb
# A colon right after a place (and its designation): what follows is said of it.
_COLON_AFTER = re.compile(r"(?:\s+(?:Province|City|Municipality|Region|County|District))?\s*[:：]", re.I)
# A place that says where a city named otherwise lies: "The city in eastern Jiangsu province intends to ...",
# "Record sales make city in Hebei province a key auto hub".
_LOCATES_A_REFERENCE = re.compile(
    rf"\b(?:the\s+(?:city|county|district|prefecture)|city|county)\s+(?:located\s+|situated\s+)?in\s+(?:the\s+)?"
    rf"(?:{_DIRECTION}\s+)?(?:China['’]s\s+)?$",
    re.I,
)
# "industries relocated from the eastern region": the place industry leaves, not where it is built.
_ORIGIN_BEFORE = re.compile(
    r"\b(?:(?:relocat\w*|transferr\w*|transfers?|mov(?:ed|ing)|shift(?:ed|ing)|migrat\w*)\s+(?:out\s+)?from\s+(?:the\s+)?"
    # ... or where goods are brought from: "the PTA transported from Lianyungang, Nantong and other places"
    r"|(?:transported|shipped|imported|sourced|brought|purchased|procured)\s+from\s+(?:the\s+)?"
    # ... or the firms that come from it: "home to hundreds of enterprises from the prosperous Pearl River Delta"
    r"|(?:enterprises|companies|firms|businesses|investors|manufacturers|makers)\s+from\s+(?:the\s+)?(?:[a-z]+\s+)?"
    # ... or the markets and plants lured from it: "lure other garment markets from the area around Beijing Zoo"
    r"|(?:markets?|factories|plants|industries)\s+from\s+(?:the\s+)?(?:(?:areas?|region)\s+(?:around|near)\s+)?"
    # ... or what industries move out of: "shifting labor-intensive industries such as textiles out of the Pearl River Delta"
    r"|\bout\s+of\s+(?:the\s+)?)$",
    re.I,
)
# "The province in southern China, where ...": a broad region that says where a place lies.
_LOCATOR_BEFORE = re.compile(
    r"\b(?:province|city|municipality|county|district|prefecture|town|located|situated|based|lies)\s+(?:in|on)\s+"
    r"(?:the\s+)?$"
    r"|,\s+on\s+the\s+$",  # set off by commas: "Guzhen, a part of the city of Zhongshan, on the Pearl River Delta"
    re.I,
)
# A place named as the landmark another lies in a direction from: "a city to the west of regional capital Hohhot".
_RELATIVE_LOCATION_BEFORE = re.compile(
    rf"\b(?:to\s+the\s+)?{_DIRECTION}\s+of\s+(?:the\s+)?"
    rf"(?:(?:regional|provincial)\s+)?(?:capital(?:\s+city)?\s+(?:of\s+)?|downtown\s+|central\s+|urban\s+)?$",
    re.I,
)
# ... or as a neighbour or a distance away: "adjoins Xinandu of Dongxihu District", "is close to Hanchuan Exit",
# "not far from Shanghai", "39 km from Tianhe International Airport", "40 minutes away from Shanghai"; a place's
# surroundings, not where anything is built.
_NEIGHBOUR_BEFORE = re.compile(
    r"\b(?:adjoins|adjoining|adjacent\s+to|borders|bordering|next\s+to|close\s+to|not\s+far\s+from|proximity\s+to"
    r"|(?:km|kilometers?|kilometres?|miles?|minutes?|hours?)(?:['’]\s+(?:drive|ride))?\s+(?:away\s+)?from)"
    r"\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,3}?(?:of\s+)?$"
)
# ... or in a speaker's title: "Beihai will build an electronics base, said Lan Tianli, vice-governor of Guangxi".
_TITLE_BEFORE = re.compile(
    r"\b(?:(?:vice|deputy|executive|former|acting)[\s-]+)?(?:governor|mayor|(?:party\s+)?(?:secretary|chief)|head|director"
    r"|chairman|chairwoman|spokes(?:man|woman|person))\s+of\s+(?:the\s+)?$",
    re.I,
)
# A name an appositive gives what comes before it: "... and tourism in the region, known as the Bohai Rim Economic
# Circle"; the region is named, not a builder of its own.
_NAMED_AS_BEFORE = re.compile(r",\s*(?:also\s+)?(?:known|referred\s+to)\s+as\s+(?:the\s+)?$")
# A market a place's firms are to serve, or an event named after the place: "It will focus on the South China and
# Southeast Asia markets", "at the second Suzhou (Taicang) aerospace conference". Words between are of a name:
# no verb, article or preposition ("Yunnan announced at a press conference ..." is Yunnan's own).
_NOT_A_VERB = (
    r"(?!(?:will|shall|is|are|was|were|has|have|had|would|can|could|may|plans?|aims?|hosts?|hosted|holds?|held"
    r"|a|an|the|at|in|on|to|for|by|with|from|of|that|which)\b)"
)
_MARKET_OR_EVENT_NOUNS = (
    "market", "conferenc", "forum", "summit", "symposi", "expo", "convention", "fair", "festival", "olympic", "games",
    "world cup",
)
_MARKET_OR_EVENT_NOUN = re.compile("|".join(_MARKET_OR_EVENT_NOUNS))
_MARKET_OR_EVENT_REACH = 80
_MARKET_OR_EVENT_AFTER = re.compile(
    rf"(?:[)）]|\s*\([^()]{{1,30}}\))?(?:\s+{_NOT_A_VERB}[\w'’-]+){{0,4}}?"
    r"\s+(?i:markets?|conferences?|forums?|summits?|symposiums?|symposia|expos?|conventions?|fairs?|festivals?)\b"
    r"(?!\s+(?i:site|sites|memorial)\b)"  # "the Liping Conference site", a landmark of its place
    # ... or games held there: "the 2022 Beijing Winter Olympic Games"
    r"|(?:\s+(?:Summer|Winter|Asian|Youth|Paralympic))*\s+(?:Olympics|Olympic\s+Games|Games|World\s+Cup)\b"
)
# A region a builder named before works within: "Huizhou will grow ... a modern industrial system within the
# Greater Bay Area".
# A plan's name that a place ends: "the Outline Development Plan for the Guangdong-Hong Kong-Macao Greater Bay Area".
_PLAN_NAME_BEFORE = re.compile(
    r"\b(?:Plan|Outline|Program|Programme|Guidelines?|Opinions)\s+(?:for|of|on)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,3}$"
)
_PLAN_NAME_REACH = 80
_WITHIN_BEFORE = re.compile(r"\bwithin\s+(?:the\s+)?$", re.I)
# A partner the places of the sentence work with, not a builder: "cooperation with Hong Kong and
# Macao in modern service industries", "industrial links with Beijing and Tianjin".
_PARTNER_BEFORE = re.compile(
    r"\b(?:cooperat(?:ion|e|ing)|collaborat(?:ion|e|ing)|partnerships?|connections?|links?|linkages?|ties"
    r"|exchanges|docking|coordination|integration|interaction|coordinated\s+development)"
    r"\s+(?:with|(?P<between>between))\s+(?:the\s+)?(?:(?:cities|provinces|regions|counties|districts)\s+of\s+)?"
    # ... or with the firms of places: "has established business partnerships with companies in the United States"
    r"(?:(?:companies|enterprises|firms|businesses|partners|investors)\s+(?:in|from)\s+(?:the\s+)?)?$",
    re.I,
)
# A list of names before a place, back to what introduces it: "with companies in the United States, Mexico, ...,
# Hong Kong, and Taiwan". The list's first items need not be places the gazetteer knows.
_NAME_LIST_BEFORE = re.compile(r"(?:(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s*,\s*(?:and\s+)?){2,15}$")
_NAME_LIST_REACH = 300  # characters before a place its list may take
# A place set against the one that builds: "unlike Lanzhou New District, it is to be built as ...", "incomes
# higher than both Beijing and Shanghai", "all provinces have hydrogen stations except Tibet".
_CONTRAST_BEFORE = re.compile(
    r"\b(?:unlike|apart\s+from|compared\s+(?:with|to)|in\s+contrast\s+(?:with|to)|rather\s+than|instead\s+of"
    r"|other\s+than|except(?:\s+for)?|excluding"
    # a rank's rivals: "third in the country behind Nantong and Yancheng", "second only to Shenzhen" (not the
    # places one throws one's weight behind)
    r"|(?:first|second|third|fourth|fifth|sixth|country|nation|world|only|just|closely|far)\s+(?:behind|ahead\s+of)"
    r"|trailing|(?:second|next)\s+only\s+to"
    r"|(?:higher|lower|more|less|larger|bigger|smaller|greater|faster|slower|better|worse)\s+than"
    r"(?:\s+(?:both|either|that\s+of|those\s+of|in))?)"
    r"\s+(?:the\s+)?$",
    re.I,
)
# ... or further before it, after what the rank is in: "Ranking third in the country for scientific research behind
# Beijing and Shanghai, Hefei is ..." (not the places one throws one's weight behind).
_RANK_RIVALS_BEFORE = re.compile(
    r"\b(?:rank(?:s|ed|ing)?|placed|plac(?:es|ing)|came|comes|coming|stands?|standing)\s+(?:No\.\s*\d+|first|second"
    r"|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\b[^.;:]{0,60}?\s(?:behind|ahead\s+of)\s+"
    r"(?:only\s+)?(?:the\s+)?$",
    re.I,
)
_RANK_RIVALS_REACH = 100  # characters before a place looked at for a rank it trails
_CONTRAST_WORDS = (
    "unlike", "apart", "compared", "contrast", "rather", "instead", "other", "than", "except", "excluding",
    "behind", "ahead", "trailing", "only to",
)
# The places a role serves: "(Yichun will) build the central city of Jiangxi, Hunan and Hubei", "a gateway
# to Central Asia". The role is that of the place named before; the places served build nothing.
_SERVED_BEFORE = re.compile(
    r"\b(?:(?:central|core|key|hub|node|gateway|regional|leading|pivotal)\s+cit(?:y|ies)|centre|center|hub|gateway"
    r"|pivot|bridgehead|window|heartland|engine|growth\s+pole)"
    r"\s+(?:of|for|to|into|serving)\s+(?:the\s+)?$"
    # ... and the place a base belongs to: "Zaozhuang is an important base of Shandong province in modern coal chemistry"
    # (not "a major base for Chengdu's rail transit industry": Chengdu's industry is there)
    r"|\bbases?\s+of\s+(?:the\s+)?$",
    re.I,
)
# A place whose economy a builder named before is to diversify: "The Cooperation Zone in Hengqin will focus on four
# sectors to facilitate the industrial diversification of Macau, including ...". The sectors are the builder's.
_DIVERSIFIED_BEFORE = re.compile(r"\bdiversifications?\s+of\s+(?:the\s+)?$", re.I)
# The places a thing built serves, whoever builds it: "a computing power base that serves Guizhou, Guangdong,
# Hong Kong and Macao", "a logistics hub serving Central Asia".
_SERVES_BEFORE = re.compile(
    r"\b(?:(?:that|which)\s+(?:will\s+|would\s+)?(?:serves?|radiates?\s+to|covers?|connects?|links?)|serving"
    r"|radiating\s+to"
    # ... or what it drives around it: "build a hydrogen base in Puyang, and radiate and drive Henan, Hebei and Shandong"
    r"|radiat(?:e|es|ed|ing)\s+(?:and\s+)?(?:drive|drives|drove|driving|lead|leads|led|leading)"
    # ... or a network reaches: "a land and maritime transportation network covering ASEAN, Guangdong Province, ..."
    r"|(?:network|networks|channel|channels|corridor|corridors|routes?|lines?)\s+(?:covering|connecting|linking)"
    # ... or whose needs it meets: "This data center cluster will undertake real-time computing power needs in Beijing"
    r"|(?:needs|demands?)\s+(?:in|of|from))"
    r"\s+(?:the\s+(?:whole\s+)?)?$",
    re.I,
)
# A place another helps build: "Guangdong has planned to help the northwestern Xinjiang Uygur autonomous region
# establish a cotton base", "Shanghai will assist Yunnan in developing ...", "Guangdong will support Shenzhen's Qianhai to
# deepen ...". The helper builds nothing there.
_HELPED_BEFORE = re.compile(r"\b(?:help|assist|aid|support)(?:s|ed|ing)?\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}$")
_HELPED_REACH = 48  # characters before a place the verb of helping and its words may take
# The places a sector is opened up to: "Guangdong has been increasing its opening-up level to Hong Kong and Macau in
# sectors like finance". Their firms may come in; they build nothing there.
_OPENED_TO_BEFORE = re.compile(
    r"\bopen(?:s|ed|ing)?(?:[-\s]up)?(?:\s+level)?\s+(?:wider\s+|further\s+)?to\s+(?:the\s+)?$", re.I
)
# The capital whose "non-capital functions" go elsewhere: "Langfang will undertake Beijing's non-capital functions",
# "relieve Beijing of its non-capital functions", "the non-capital functions of Beijing". They leave it.
_SHEDS_FUNCTIONS_AFTER = re.compile(r"(?:['’]s|\s+of\s+its)\s+non-?capital\b", re.I)
_SHEDS_FUNCTIONS_BEFORE = re.compile(r"\bnon-?capital\s+functions?\s+(?:of|from|in)\s+(?:the\s+)?$", re.I)
# Where capital, a firm or goods come from: "54 are Macau-funded enterprises involved in TCM", "a Beijing-based steel
# maker", "Shenzhen-based BYD", "Jilin-made cars". Not where projects are: "Xiangzhou-based projects ... will cover
# biological medicine".
_ORIGIN_AFTER = re.compile(
    r"[-‐](?:(?:funded|invested|financed|backed|owned|listed|headquartered|registered|made|produced|manufactured)\b"
    r"|based\s+(?:(?-i:[A-Z])|(?:[\w-]+\s+){0,2}?(?:compan(?:y|ies)|firms?|makers?|manufacturers?|producers?|groups?"
    r"|enterprises?|think\s+tanks?|institutes?|developers?|start-?ups?|giants?|suppliers?)\b))",
    re.I,
)
# The people of a place, whom a plan serves or draws: "facilitating Hong Kong and Macao residents setting up
# businesses", "attract Taiwan compatriots". The list's earlier places are theirs too.
_PEOPLE_AFTER = re.compile(
    r"(?:\s*(?:,|\band\b|\bor\b|&)\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})*"
    r"\s+(?:residents|people|citizens|compatriots|youths?|young\s+people|talents?|professionals|investors|students"
    r"|tourists|visitors)\b"
)
_PEOPLE_REACH = 120  # characters after the last place its people may be named in
# The strengths of another place that a builder draws on: "The zone will leverage Shenzhen's thriving high-tech
# industries and Hong Kong's professional services", "relying on Wuhan's optics valley". They are that place's already.
_LEVERAGED_BEFORE = re.compile(
    r"\b(?:leverag(?:e|es|ed|ing)|draw(?:s|ing)?\s+on|tap(?:s|ped|ping)?\s+into|capitali[sz](?:e|es|ed|ing)\s+on"
    r"|rel(?:y|ies|ied|ying)\s+on|make\s+(?:full\s+)?use\s+of|making\s+(?:full\s+)?use\s+of)\s+(?:the\s+)?$",
    re.I,
)


def _first_helped(text: str, places: list[Mention], sectors: list[Mention]) -> int | None:
    """Where the first place another helps build starts, when the sectors come after it; the places named
    before it are its helpers. Not a purpose ("Hefei will build a chip cluster to help Anhui grow")."""
    for place in places[1:]:
        if _HELPED_BEFORE.search(text, max(0, place.start - _HELPED_REACH), place.start):
            return place.start if all(sector.start > place.start for sector in sectors) else None
    return None


# A place that a builder named before lies between: "Rongchang will become an economic highland between
# Chengdu and Chongqing".
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:the\s+)?$", re.I)
# Companies given as examples, some called after a place: "local companies like E-Deodar, Tiantai and
# Longsheng", "enterprises such as Yuchai": a company, not the county, and so are the names listed with it.
# Not producers or suppliers: places are those too ("major grain producers such as Henan province").
_COMPANIES_BEFORE = re.compile(
    r"\b(?:companies|enterprises|firms|brands|manufacturers|makers|giants|startups|start-ups|mills|steelmakers|carmakers"
    r"|automakers)\s*,?\s+"
    r"(?:such\s+as|like|including|namely)\s+(?:[\w'’&.-]+(?:\s+[\w'’&.-]+){0,3}(?:\s*,\s*(?:and\s+)?|\s+and\s+))*$",
    re.I,
)
_COMPANIES_REACH = 96  # characters before a place looked at for the examples' opening
# A company that leads an industry, named after its place: "new-generation displays led by Guangzhou Shiyuan
# Electronic Technology". A place that leads is named alone ("a city cluster led by Chengdu and Chongqing").
_LED_BY_BEFORE = re.compile(r"\b(?:led|headed|spearheaded|anchored)\s+by\s+(?:[A-Z][\w'’-]*\s+){0,2}$")
_OWNED_BEFORE = re.compile(r"\b(?:[Ss]tate|[Pp]rivately|[Ff]oreign|[Ww]holly)[\s-]owned\s+(?:the\s+)?$")  # a firm's owner
_NAME_GOES_ON = re.compile(
    r"\s+(?!(?:Province|City|Municipality|Region|Autonomous|County|District|New\s+Area|and|or)\b)[A-Z]"
)
# A sentence that opens by saying where its subject lies: "Located in south-eastern Guangdong and bordered
# by Shenzhen to the south, it is ...". The places up to the comma that ends the opener only locate, when a
# subject follows it: "it", "the city" or a name ("Located in Gansu, Jiuquan will ..."); not "the port".
_LOCATING_OPENER = re.compile(
    r"(?:^|[.!?\n]\s*)\W*(?:(?:Located|Situated|Lying|Nestled|Sitting)\s+(?:in|at|on|along|by)|Bordered\s+by"
    r"|Bordering|Adjacent\s+to)\b[^,.;:!?\n]*$"
    # ... or the role it has there: "As the main border port in Xinjiang, Horgos has ..."
    rf"|(?:^|[.!?\n]\s*)\W*As\s+(?:the|a|an|one\s+of\s+the)\s[^,.;:!?\n]*?\b(?:in|of)\s+(?:the\s+)?(?:{_DIRECTION}\s+)?"
    r"(?:China['’]s\s+)?$"
)
_LOCATING_WORDS = ("Located", "Situated", "Lying", "Nestled", "Sitting", "Bordered", "Bordering", "Adjacent", "As ")
# ... or what the subject is there, before its name: "An industrial hub in Shandong, Yantai is aspiring to ..." (not "A
# number of cities in Jiangsu, Zhejiang and ...", nor the subject's own place: "A demonstration project ... in Haiyang,
# Shandong province, is ...")
_APPOSITIVE_OPENER = re.compile(
    rf"(?:^|[.!?\n]\s*)\W*An?\s(?!(?:number|series|total|batch|group|couple)\s+of\b)[^,.;:!?\n]*?\bin\s+(?:the\s+)?"
    rf"(?:{_DIRECTION}\s+)?(?:China['’]s\s+)?$"
)
_APPOSITIVE_OPENER_END = re.compile(
    r",\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s+"
    r"(?!(?:province|city|county|district|region|municipality|autonomous|and|or)\b)[a-z]"
)
_OPENER_END = re.compile(
    r"[^.;:!?\n]*?,\s*(?:[Ii]t\b|[Tt]he\s+(?:city|province|county|district|region|municipality|prefecture)\b"
    r"|[A-Z](?!he\b))"
)
_LOCATING_REACH = 160  # characters from the opener's first word to a place in it
# The ends of a route: "oil and gas pipelines from Golmud to Lhasa", "the Datong-Huailai ultra-high-voltage
# power transmission channel"; infrastructure between places, not industries of either.
_ROUTES = (
    r"(?:pipelines?|railways?|railroads?|rail\s+lines?|expressways?|highways?|transmission\s+(?:lines?|channels?)"
    r"|power\s+lines?|channels?|canals?|flights?|air\s+routes?|shipping\s+routes?|sea\s+routes?|shipping\s+lines?"
    # "the Hunan-Shanghai-Africa river-sea intermodal logistics system", "China-Europe freight trains"
    r"|intermodal|freight\s+trains?|routes?)"
)
# A word of each of `_ROUTES`, looked for before the pattern by one search: most places have a " to " before them.
_ROUTE_WORD = re.compile(
    "pipeline|railway|railroad|rail line|expressway|highway|transmission|power line|channel|canal|flight|route"
    "|shipping line|intermodal|freight train"
)
# ... where it runs from, or to: "launched regular foreign trade routes to Shanghai"
_ROUTE_BEFORE = re.compile(
    rf"\b{_ROUTES}\s+(?:[\w-]+\s+){{0,2}}?(?:from\s+(?:[A-Z][\w'’-]*\s+){{0,3}}?(?:to\s+)?|to\s+)$"
)
_ROUTE_AFTER = re.compile(rf"(?:-[A-Z][\w'’]*)*\s+(?:[\w-]+\s+){{0,5}}?{_ROUTES}\b", re.I)
_ROUTE_REACH = 80
# A place that is only the topic of an undertaking listed after the sectors ("It will focus on fossil energy,
# the ecological protection of the Yellow River Basin, as well as the development of the Hohhot-Baotou
# city group"): it takes none of the sectors before it.
_TOPIC_OF_BEFORE = re.compile(
    r"\b(?:protection|conservation|development|construction|integration|revitali[sz]ation|urbani[sz]ation"
    r"|governance|restoration)\s+of\s+(?:the\s+)?$",
    re.I,
)
# ... and those a supply base is for, whoever builds it: "a green energy power supply base for the
# Beijing-Tianjin area".
_SUPPLIED_BEFORE = re.compile(
    r"\b(?:supply|support|guarantee|backup|reserve)\s+bases?\s+(?:for|of|to)\s+(?:the\s+)?$", re.I
)
# ... and where a company is based: "Iconiq Motors, an electric vehicle maker based in Tianjin, has reached an agreement
# ...", "a project sponsored by LDK Solar, based in the eastern Jiangxi Province" (not "industries based in Taishun").
_BASED_IN_BEFORE = re.compile(
    r"(?:,\s*|\b(?:maker|company|firm|enterprise|group|manufacturer|developer|startup|start-up|producer|supplier"
    r"|Co\.|Ltd\.?|Inc\.?)\s+)(?:based|headquartered|registered)\s+in\s+(?:the\s+)?"
    rf"(?:{_DIRECTION}\s+)?(?:China['’]s\s+)?$",
    re.I,
)
# Before a sector's name or a list of them, words that make them what a place is like or known for.
_ATTRIBUTE_BEFORE = re.compile(
    r"\b(?:rich\s+in|abundant\s+in|endowed\s+with|associated\s+with|synonymous\s+with"
    # "famous across China for its purple clay pottery", "known nationwide for"
    r"|(?:known|famous|renowned|noted)\s+(?:(?:across|throughout|all\s+over|in)\s+(?:the\s+)?(?:China|country|world|nation)\s+"
    r"|nationwide\s+|worldwide\s+)?for"
    # ... or what it lacks: "The region, short of coal and oil resources, is to build two hydropower plants"
    r"|short\s+of|lacking(?:\s+in)?|lacks|poor\s+in|scarce\s+in"
    # ... or the resources it has: "Ganzhou has rich mineral resources such as the world-famous rare earth and tungsten"
    r"|(?:has|have|boasts?|boasting|with)\s+(?:rich|abundant|plentiful|ample)"
    # "thanks to the abundant local output of coal and natural gas"
    r"|(?:rich|abundant|plentiful|ample)\s+(?:local\s+)?(?:output|supply|supplies)\s+of"
    # ... or what it has lived on: "Xiangcheng County, which has relied on coal mining, ...", "Zhangjiakou traditionally
    # ran on industries like coal and steel"
    r"|(?:relied|relies|relying|reliance|depended|depends|dependent|dependence|ran|runs)\s+(?:\w+ly\s+)?(?:on|upon)"
    # ... or what it is home to: "Wuhan is home to a number of car-making companies" (not what it is to be home to:
    # "The plan calls for Xiamen to be home to marine industrial parks")
    r"|home(?<!\bto\sbe\shome)(?<!\bwill\sbe\shome)(?<!\bbecome\shome)\s+to"
    r"(?:\s+(?:a\s+(?:number|host|cluster|group|multitude)\s+of|many|several|numerous|some|dozens\s+of"
    r"|hundreds\s+of))?(?:\s+(?:about|over|nearly|more\s+than|around))?(?:\s+[\d,]+)?"
    # ... or the firms it hosts: "Xuzhou hosts numerous large enterprises across sectors such as machinery"
    r"|hosts?\s+(?:a\s+(?:number|host|cluster|group|multitude)\s+of|many|several|numerous|dozens\s+of|hundreds\s+of)"
    # ... or what it features: "It features three characteristic industries - fashion, automobile and ...", "a zone
    # featuring businesses that produce goods such as molds" (not "a park featuring robots", which may be planned)
    r"|features|featuring\s+(?:businesses|enterprises|companies|firms)\s+(?:that|which)\s+(?:produce|make)"
    # ... or what it has long been called: "hailed as the cradle of China's automotive, chemical and film industries",
    # 'referred to as "China's Capital of Electronics"'
    r"|(?:hailed|known|regarded|dubbed|praised|referred\s+to|nicknamed)\s+as\s+(?:the\s+)?[\"“‘']?"
    r"(?:China['’]s\s+)?(?:cradle|birthplace|hometown|home|capital)\s+of(?:\s+China['’]s)?"
    # ... or what it has already: "has abundant wind resources and a strong shipbuilding industry"
    r"|(?<!\bwill\s)(?<!\bto\s)(?:has|have|boasts?|boasting|with)\s+(?:(?:[\w-]+\s+){1,4}and\s+)?(?:an?\s+)?"
    r"(?:strong|solid|sound|well-developed|mature|complete|(?:highly|well|fully)\s+developed"  # "a highly developed"
    # "There's Shanghai, with its thriving semiconductor industry"
    r"|(?:its|their)\s+(?:thriving|flourishing|booming|vibrant))"  # not a goal's: "make Anhui a province with a thriving ..."
    # ... or what it has already: "based on Shanghai's existing foundation of high-tech hubs", "relying on its
    # existing automobile industry" (not "upgrade existing steel plants")
    r"|existing\s+(?:industrial\s+)?(?:foundations?|bases?|strengths?|advantages?)\s+(?:of|in)"
    r"|on\s+(?:its|their)\s+existing"
    # ... or what needs it: "surging demand from sectors such as EVs, wind power, robotics"
    r"|demand\s+(?:from|of|in)"
    # ... or whose needs it meets: "Facing the future needs of information communication and advanced computing"
    r"|needs\s+of"
    # ... or where it leads already: "boasts advantages in many key sectors, including ...", "has maintained the top
    # position in China's construction machinery industry"
    r"|(?:boasts?|boasting|has|have|enjoys?|enjoying)\s+(?:[\w-]+\s+){0,2}advantages?\s+in"
    r"|(?:top|leading|first)\s+(?:position|place|spot|rank)\s+in(?:\s+China['’]s)?"
    # ... or what its industry is made of now: "The district's industrial landscape is dominated by the food industry"
    r"|(?:is|are|was|were|(?:has|have|had)\s+been)\s+(?:\w+ly\s+)?dominated\s+by"
    # ... or where it ranks, in an opener: "As the top province in iron and steel production, Hebei has ..."
    r"|\bAs\s+(?:the|a|an|one\s+of\s+the)\s+(?:top|largest|biggest|leading|major|main)\s+(?:[\w-]+\s+){0,2}?(?:in|for|of)"
    # ... or what it is known as: "Xiangyang is a well known automobile hub"
    r"|(?:is|are|was|were)\s+(?:also\s+)?(?:a|an|the)\s+(?:well[\s-]known|renowned|famous|celebrated)"
    # ... or how much it makes already: "one of China's three biggest producers of thermal power"
    # (not one it is to become: "build Jingzhou into ... a major producer of machinery and chemical products")
    r"|(?P<producer>(?:largest|biggest|leading|major|top|main)\s+(?:[\w-]+\s+)?producers?\s+of)"
    # ... or where it leads or excels now: "The province is a leader in rare earths", "it is already a global leader in
    # the manufacturing of electronics", "It also excels in making machinery" (not "become a global leader in ...")
    r"|(?:is|are|(?:has|have)\s+(?:emerged|become)(?:\s+as)?)\s+(?:already\s+|now\s+|also\s+)?(?:a|the|one\s+of\s+the)\s+"
    r"(?:[\w-]+\s+){0,2}?leaders?\s+in"
    r"|excel(?:s|led)?\s+(?:in|at)(?:\s+(?:making|producing|manufacturing))?"
    # ... or what it is among the most of already, in an aside or said in the present: "Zhengzhou, the capital of Henan
    # province and one of China's busiest logistics cities, ...", "Wuhu is one of the largest robot bases" (not what a
    # plan is to make of it: "build Wuhu into one of China's largest robot bases")
    r"|(?:,\s+(?:the\s+[^,;]{0,60}?\s+and\s+)?|\b(?:is|are|was|were|remains?)\s+(?:already\s+|now\s+|also\s+)?)"
    r"one\s+of\s+(?:the|China['’]s|the\s+(?:country|nation|world)['’]s)\s+(?:[\w-]+est|most\s+[\w-]+|top|leading|major)"
    r"(?:\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+))?"
    # ... or the sectors it has its strength in: "It boasts competitive sectors of photoelectricity information, ..."
    r"|(?:boasts?|boasting|possess(?:es)?|has)\s+(?:[\w-]+\s+){0,2}?(?:competitive|advantageous|leading|pillar|dominant"
    r"|mainstay|superior)\s+(?:industries|sectors)\s+(?:of|in)(?:\s+[\w-]+(?:\s+[\w-]+){0,2},){0,3}"
    # ... or what it boasts, which it has (not "will boast"): "the city also boasts six strategic emerging industries
    # including new energy, ...", "Jiuquan boasts wind power and solar power"
    r"|(?<!\bwill\s)\bboast(?:s|ed|ing)?"
    # ... and how it is: "Shanghai boasts a relatively mature biopharmaceutical production chain"
    r"(?:\s+an?)?(?:\s+(?:relatively|very|highly|fairly|quite|increasingly))?(?:\s+(?:mature|complete|strong|solid"
    r"|sound|well-developed|developed|thriving|large|big|huge|vast|robust|competitive|sizable|sizeable|advanced))?"
    # "Heilongjiang has taken the lead nationally in establishing a ... system for the ice and snow economy"
    r"|(?:has|have)\s+taken\s+the\s+lead\s+(?:[\w-]+\s+){0,8}?(?:in|for)"
    # ... or what it is renowned as: "The city, once renowned as an original equipment manufacturer (OEM) shoemaking base"
    r"|(?:renowned|famous|well-known)\s+as\s+(?:an?|the|China['’]s)(?:\s+[\w()-]+){0,4}?"
    # ... or what lies in its ground or comes from its farms: "its mineral deposits include rutile, ..., coal, iron,
    # aluminum", "Xiangyang's chief farm products including grain, cotton, ... tea and fruit", "It is also rich in wild
    # animals, wild plants, Chinese medicinal herbs and mineral resources"
    r"|(?:(?:deposits|reserves)\s+(?:include|includes|including|such\s+as|of)|(?:rich|abundant|plentiful)\s+in"
    r"|endowed\s+with"
    r"|(?:chief|principal|staple)\s+(?:farm\s+|agricultural\s+)?(?:products|produce|crops)\s+"
    r"(?:include|includes|including|are|such\s+as))(?:\s+[\w-]+(?:\s+[\w-]+){0,2},){0,8}"
    # "Wuhu is at the forefront of China's low-altitude economy" (not "will be at the forefront of ...")
    r"|(?:is|are|stands?|remains?)\s+(?:now\s+|already\s+)?(?:at\s+the\s+forefront|in\s+the\s+vanguard)\s+(?:of|in)"
    r"(?:\s+(?:China|the\s+country|the\s+nation)['’]s)?"
    # ... or what an aside says it is: "in its Jiading district, the center of its automobile industry, to ..."
    r"|,\s+(?:the|its|a)\s+(?:center|centre|heart|capital|hub)\s+of(?:\s+China['’]s)?"
    # ... or what it is to restrain, not build: "achieve peak carbon emissions in six primary industries of steel, ..."
    r"|(?:peak(?:ing)?\s+(?:carbon\s+)?emissions|carbon\s+peak(?:ing)?|(?:excess|over)\s*capacity|capacity\s+cuts?)"
    r"\s+in"
    r"(?:\s+(?:[\w-]+\s+){0,3}(?:industries|sectors)\s+of)?)"
    r"\s+(?:its\s+|their\s+|the\s+)?(?:(?:rich|abundant|vast|plentiful)\s+)?"  # "relied on its rich coal reserves"
    # ... through what it does with them: "noted for its production of grain, tea and cotton"
    r"(?:(?:production|output|cultivation|planting|growing|processing|manufacture|manufacturing|making)\s+of\s+)?"
    # ... through the kind of things the list gives examples of: "relies on traditional heavy industries like",
    # "boasts advantages in many key sectors, including instrumentation, combustion engines, machine tools"
    r"(?:(?:[\w-]+\s+){0,4}?(?:industries|sectors|resources|minerals|enterprises|companies|businesses|goods|products)"
    r"(?:\s+(?:[\w-]+\s+){0,3}?(?:industries|sectors))?(?:\s*,?\s+(?:like|such\s+as|including)\s+|\s+[-–—]\s+|\s*:\s*)"
    r"(?:the\s+)?(?:(?:world-|nationally\s+)?(?:famous|renowned|well-known)\s+|high-quality\s+)?"
    r"(?:[\w-]+(?:\s+[\w-]+){0,2},\s*){0,3})?$",
    re.I,
)
_ATTRIBUTE_WORDS = (
    "rich", "abundant", "endowed", "associated", "known", "famous", "renowned", "noted", "synonymous", "reli", "rely",
    "depend",
    "ran on", "runs on", "home", "hailed", "regarded", "dubbed", "praised", "center", "centre", "heart", "capital", "hub",
    "forefront", "vanguard", "producer", "lead", "excel", "renowned as", "famous as",
    "peak", "capacity", "highly developed", "well developed", "fully developed", "thriving", "flourishing", "booming", "vibrant", "strong", "solid", "sound", "well-developed", "mature", "complete", "demand", "advantage",
    "position", "place", "spot", "rank", "existing", "host", "featur", "deposits", "reserves", "chief", "principal",
    "needs of",
    "staple", "short of", "lack", "poor in", "scarce", "dominated", "celebrated", "as the top", "as a top",
    "as the largest", "as the biggest", "as the leading", "as a leading", "as the major", "as a major", "as the main",
    "as one of the", "one of", "boast", "competitive", "advantageous", "pillar", "dominant", "mainstay", "superior",
)
_ATTRIBUTE_REACH = 120  # characters before a list of sectors looked at for those words
_BECOMES_BEFORE = re.compile(r"\b(?:into|become|becoming|to\s+be)\b[^.;]*$", re.I)  # a role a place is to take
# Inside the quoted epithet a place is called by, another place only says what it is likened to: 'Hefei, dubbed
# the "Shenzhen of Anhui", will build ...', 'Longhu Financial Island, hailed as the "Henan Lujiazui", is ...'.
_QUOTED_EPITHET_BEFORE = re.compile(
    r"\b(?:hailed|known|regarded|dubbed|praised|referred\s+to|nicknamed|called|billed|touted)\s+(?:as\s+)?"
    r"(?:the\s+|a\s+|an\s+)?[\"“][^\"”]*$",
    re.I,
)
# A sector a place's epithet is named for: "Datong, the coal capital of China,", 'known as a "rare earth capital"'.
_EPITHET_AFTER = re.compile(r"[\"”’']?\s+(?:capital|hometown|cradle)\b", re.I)  # "the Tungsten Capital of the World"
_EPITHET_BEFORE = re.compile(
    r"(?:,\s+|\b(?:known|hailed|dubbed|regarded|praised|called)\s+as\s+|\b(?:dubbed|called|nicknamed)\s+"
    r"|\b(?:is|was|are|were)\s+)"
    r"(?:the|a|an|its|China['’]s|the\s+country['’]s|the\s+world['’]s)\s+[\"“‘']?$",
    re.I,
)
_EPITHET_REACH = 40
# ... or an appositive that calls it the hub or centre of a sector: "from Hangzhou, the e-commerce hub in eastern China,".
_HUB_AFTER = re.compile(r"\s+(?:hub|center|centre)\b")
_APPOSITIVE_THE_BEFORE = re.compile(r",\s+the\s+$")
# ... or a sentence that says what standing a list of sectors has had in a place: "Textiles, shoes and clothing are Fujian
# Province's traditional advantageous industries" (not what they will be; and a place's pillar or leading industries
# are often those its plan names).
# ... or places a list of sectors says they produce, as the main ones: "The 13 main tea producing cities, prefectures and
# municipalities are ...", "the distribution of major grain-producing areas in Anhui, Hubei ..." (not a goal: "build
# Heilongjiang into a major grain-producing area").
_PRODUCING_PLACES_AFTER = re.compile(
    r"(?:[-\s]produc(?:ing|tion))?\s+(?:areas?|cities|counties|regions?|provinces?|places|prefectures)\b"
)
_MAIN_PRODUCERS_BEFORE = re.compile(r"\b(?:main|major|key|chief|principal|important)\s+$", re.I)
# What follows a sector for either of those: one test for both, most sectors being followed by neither.
_STANDING_OR_PRODUCING = (" is ", " are ", " occup", " industry occup", "-producing", " producing", " production")
_STANDING_AFTER = re.compile(
    r"\s+(?:is|are)\s+(?:now\s+|already\s+|also\s+|still\s+)?(?:the|a|an|one\s+of\s+the|its|their"
    r"|(?:[A-Z][\w-]*\s+){1,3}?(?:Province['’]s|City['’]s)|[A-Z][\w-]*['’]s)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:traditional|advantageous|mainstay)\s+(?:[\w-]+\s+)?industr(?:y|ies)\b"
    # "The cotton industry occupies its important position in economic development in Xinjiang"
    r"|\s+(?:industry\s+)?occup(?:ies|y)\s+(?:an?|its|their|the)\s+(?:important|key|leading|dominant|major)\s+position\b"
)
# The source a sentence cites, named after its topic: "..., according to its government plan on electronic
# information industrial development", "... in the city's action plan for developing strategic emerging industries".
# When the sentence has sectors of its own, the plan's are only its topic.
_CITED_PLAN_BEFORE = re.compile(
    r"\b(?:according\s+to|under|in\s+line\s+with|as\s+(?:laid\s+out|stated|set\s+out)\s+in|in)"
    r"\s+(?:the|its|their|a|an)\s+"
    r"(?:[\w'’-]+\s+){0,4}?(?:plans?|guidelines?|outlines?|programs?|programmes?|schemes?|opinions|documents?)"
    r"\s+(?:on|for|of|about|regarding)\s+(?:the\s+)?"
    r"(?:(?:development|construction|promotion)\s+of\s+(?:the\s+)?"
    r"|(?:developing|promoting|building|accelerating)\s+)?$",
    re.I,
)
_CITED_PLAN_NOUNS = ("plan", "guideline", "outline", "program", "scheme", "opinions", "document")  # tested first
_CITED_PLAN_REACH = 120  # characters before a list of sectors looked at for the plan that cites them
# What a plan cuts is not what it builds: "Hebei will cut steel capacity", "phase out outdated coal capacity",
# "eliminate backward cement production", "reduce coal consumption", "strictly control new steel capacity".
# Verbs that curb whatever they take; and verbs that curb only an amount ("reduce coal use", not "reduce the
# cost of batteries"), given before the sectors or right after them.
_CURB_VERBS = (
    r"cut(?:s|ting)?|slash(?:es|ed|ing)?|curb(?:s|ed|ing)?|eliminat(?:e|es|ed|ing|ion\s+of)|phas(?:e|es|ed|ing)[\s-]+out(?:\s+of)?"
    r"|shut(?:s|ting)?\s+down|clos(?:e|es|ed|ing)\s+down|ban(?:s|ned|ning)?|scal(?:e|es|ed|ing)\s+(?:back|down)"
    r"|dispos(?:e|es|ed|ing)\s+of|resolv(?:e|es|ed|ing)|strictly\s+(?:control|limit|restrict)(?:s|led|ed|ling|ing)?"
    # "Sichuan will stop planning new coal mines", "halt the approval of new steel capacity"
    r"|(?<!not\s)(?<!never\s)(?:stop(?:s|ped|ping)?|halt(?:s|ed|ing)?|suspend(?:s|ed|ing)?)(?:\s+(?:planning|approving|building|adding"
    r"|constructing|developing|the\s+approval\s+of))?"
)
_CURB_AMOUNT_VERBS = r"reduc(?:e|es|ed|ing)|restrict(?:s|ed|ing)?|limit(?:s|ing)?|control(?:s|led|ling)?|cap(?:s|ped|ping)?"
# The words an amount is named by, and those that may stand between the verb and the sectors.
_CURBED_AMOUNTS = r"capacity|overcapacity|output|production|consumption|use|usage|reliance|dependence|emissions|expansion"
_CURB_MODIFIERS = (
    r"(?:the|its|their|total|excess(?:ive)?|surplus|redundant|outdated|backward|obsolete|inefficient|polluting"
    r"|low-end|energy-intensive|highly\s+polluting|illegal|new|small|amount|number|of|in|on|from"
    # a share or a quantity cut: "reduce about 30 percent of its steelmaking capacity", "cuts 8.086 million mt of"
    r"|about|around|nearly|some|half|[\d.,]+|percent|pct|%|million|billion|tons?|tonnes?|mt|metric\s+tons?|"
    + _CURBED_AMOUNTS + r")"
)
_CURB_BEFORE = re.compile(
    rf"\b(?:(?P<curb>{_CURB_VERBS})|(?P<amount>{_CURB_AMOUNT_VERBS}))\s+(?P<between>(?:{_CURB_MODIFIERS}\s+){{0,7}})$",
    re.I,
)
_CURBED_AMOUNT_WORD = re.compile(rf"\b(?:{_CURBED_AMOUNTS})\b", re.I)
_CURBED_AMOUNT_AFTER = re.compile(rf"\s+(?:industry\s+|sector\s+)?(?:{_CURBED_AMOUNTS})\b", re.I)
# Between one amount cut and the next of a list: " capacity, 8.85 million mt of ", also past amounts of what names
# no sector (" capacity, 8.85 million mt of iron-smelting capacity, 8.76 million mt of ").
_CURBED_ITEM_GAP = rf"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:{_CURB_MODIFIERS}\s+){{0,7}}"
_CURBED_LIST_GAP = re.compile(
    rf"(?:\s+(?:industry\s+|sector\s+)?(?:{_CURBED_AMOUNTS}))?{_CURBED_ITEM_GAP}"
    rf"(?:(?:[\w-]+\s+){{1,3}}?(?:{_CURBED_AMOUNTS}){_CURBED_ITEM_GAP}){{0,3}}(?:[A-Za-z]+-)?",  # "iron-" smelting
    re.I,
)
# ... or said after them, in the passive: "steel capacity will be cut", "coal capacity is to be phased out".
_CURBED_AFTER = re.compile(
    r"(?:\s+(?:industry|sector))?\s+(?:capacity|overcapacity|output|production|consumption)"
    r"\s+(?:will|would|is|are|was|were|has|have|shall|must|should)\s+(?:to\s+)?(?:be|been)\s+"
    r"(?:further\s+|gradually\s+|strictly\s+|sharply\s+)?"
    r"(?:cut|slashed|curbed|eliminated|phased\s+out|shut\s+down|closed|banned|reduced|restricted|limited|controlled"
    r"|capped|scaled\s+(?:back|down))\b",
    re.I,
)
# The users of what a sentence makes, before a list of sectors: "high-end steel used in automobiles", "magnets for use
# in wind turbines", "materials applied in new energy vehicles"; or the trades of the firms it works with: "expanded its
# cooperation with the enterprises in the fields of wind power, automobile and railway vehicle".
_USED_IN_BEFORE = re.compile(
    r"(?:\b(?:used|for\s+use|applied|utili[sz]ed|employed)\s+(?:mainly\s+|widely\s+|mostly\s+)?(?:in|for|by|to)"
    # ... or where what is made is applied: "the application of large AI models in drug screening"; not technologies
    # in general, whose fields are the industries ("the application of new and high technologies in the fields of ...")
    r"|\bapplications?\s+of\s+(?!(?:[\w-]+\s+){0,4}technolog)(?:[\w-]+\s+){1,5}?in(?:\s+[\w-]+,?(?:\s+and)?){0,6}?"
    r"|\b(?:cooperation|cooperat(?:e|es|ing)|partnerships?|collaborat(?:e|es|ing|ion))\s+with\s+(?:the\s+)?"
    r"(?:[\w-]+\s+)?(?:enterprises|companies|firms|businesses|manufacturers|makers)\s+(?:in|from))\s+"
    r"(?:the\s+)?(?:fields?\s+of\s+|sectors?\s+(?:of|such\s+as)\s+|industries\s+such\s+as\s+)?$",
    re.I,
)
_USER_WORDS = (  # tested first
    "used", "use in", "applied", "utili", "employed", "cooperat", "partnership", "collaborat", "application",
)
# What a plan has people buy, not an industry it builds: "encourage the consumption of new energy vehicles", "expand the
# consumption of specialty products and services such as medical cosmetology and hanfu", "subsidise purchases of NEVs".
_CONSUMED_BEFORE = re.compile(
    r"\b(?:consumption|purchases?|purchasing|buying)\s+of\s+(?:the\s+)?(?:[\w-]+\s+(?:and\s+)?){0,4}?"
    r"(?:(?:such\s+as|including|like)\s+)?$",
    re.I,
)
_CONSUMED_REACH = 80
# ... or named before its consumption, for goods: "Coal consumption will peak by then", "cut coal and oil consumption"
_CONSUMED_AFTER = re.compile(r"\s+(?:industry\s+)?consumption\b", re.I)
_CONSUMED_AFTER_REACH = 24
# The raw material of a product, not an industry: "baijiu, a clear liquor made from sorghum and other grains", "paper
# made of bamboo", "the production of hydrogen from coke oven gas and renewable energy".
_MADE_FROM_BEFORE = re.compile(
    r"\b(?:(?:made|produced|brewed|distilled|fermented|extracted|processed)\s+"
    r"(?:mainly\s+|mostly\s+|chiefly\s+|largely\s+)?(?:from|of|out\s+of)"
    r"|produc(?:tion|ing)\s+(?:of\s+)?[\w-]+\s+from)\s+(?:the\s+)?"
    r"(?:[\w-]+(?:\s+[\w-]+)?(?:,\s*|\s+(?:and|or)\s+(?:other\s+)?)){0,3}(?:[\w-]+\s+){0,2}$",
    re.I,
)
_MADE_FROM_REACH = 60
# What a train, flight or ship carries, not an industry where it goes: "The first flight carrying electronic products
# ... between Zhengzhou and Taipei", "freight trains loaded with auto parts".
_CARGO_BEFORE = re.compile(
    r"\b(?:carrying|carried|carries|transporting|transported|loaded\s+with|laden\s+with)\s+(?:[\w-]+\s+){0,3}?$", re.I
)
_CARGO_REACH = 50
# Inputs a plan guarantees its projects, listed after land, not industries it builds: "key supports in terms of using
# land, energy, electricity and natural gas", "ensure land, water, electricity and gas for the projects".
_FACTOR_INPUTS_BEFORE = re.compile(r"\bland(?:\s+use)?(?:\s*,\s*(?:[\w-]+\s+)?[\w-]+){0,3}(?:\s*,|\s+and)\s+$", re.I)
_FACTOR_INPUTS_REACH = 60
# Public services a plan provides, not industries: "Social services such as healthcare and education will be expanded in
# the new area", "public services including education, medical care and culture".
_PUBLIC_SERVICES_BEFORE = re.compile(
    r"\b(?:social|public|basic\s+public)\s+services?\s+(?:[\w-]+\s+){0,2}?(?:such\s+as|including|like|in|of)\s+(?:the\s+)?$",
    re.I,
)
_PUBLIC_SERVICES_WORDS = ("social service", "public service")  # tested first, in the lower-cased window
_CONSUMED_WORDS = ("consumption of", "purchase", "purchasing of", "buying of")  # tested first, in the lower-cased window
_USED_IN_REACH = 72
# Infrastructure named after a list of sectors or before one: "the construction of transport, education and medicine
# infrastructure", "infrastructure such as power supply, power grid, oil and gas".
_INFRASTRUCTURE_AFTER = re.compile(r"\s+(?:and\s+other\s+)?infrastructures?\b", re.I)
_INFRASTRUCTURE_BEFORE = re.compile(
    r"\binfrastructures?\s+(?:construction\s+)?(?:such\s+as|including|like|of|for|in)\s+(?:the\s+)?"
    r"(?:[\w-]+(?:\s+[\w-]+){0,2},\s*){0,3}$",
    re.I,
)
_INFRASTRUCTURE_REACH = 80
# ... or listed with roads and other works that carry traffic: "a transportation network integrating rail transits,
# highways, urban roads, and pedestrian footpaths", "multimodal transport, spanning railways, highways, ... and
# aviation", "an expressway network, ..., an optical fiber communications network".
_TRANSPORT_WORKS = (r"(?:highways?|expressways?|roads?|railways?|railroads?|waterways?|footpaths?|subways?|bridges?"
                    r"|tunnels?|pipelines?)(?:\s+(?:networks?|systems?))?")
# ... with what a bracket says of the item before it, and a count: "expressways (Shanghai–Nanjing, ...) and three".
_LIST_JOINT = (r"\s*(?:\([^()\n]{0,120}\)\s*)?(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)"
               r"(?:(?:an?|the|\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|many|multiple)\s+)?")
_NOT_A_VERB = (r"(?!(?:build|develop|construct|improve|upgrade|expand|promote|strengthen|foster|cultivate|accelerate"
               r"|boost|support)\b)")
_LIST_ITEM = rf"{_NOT_A_VERB}[\w-]+(?:\s+{_NOT_A_VERB}[\w-]+){{0,3}}"  # an item of a list, no verb in it
_TRANSPORT_WORKS_BEFORE = re.compile(rf"\b{_TRANSPORT_WORKS}{_LIST_JOINT}(?:{_LIST_ITEM}{_LIST_JOINT}){{0,3}}$", re.I)
_TRANSPORT_WORKS_AFTER = re.compile(  # the next item, with at most one word that is no verb before it
    rf"(?:\s+[\w-]+)?{_LIST_JOINT}(?:{_NOT_A_VERB}[\w-]+\s+)?{_TRANSPORT_WORKS}(?=\s*(?:[,;.]|and\b|or\b|$))",
    re.I,
)
_TRANSPORT_WORKS_REACH = 100
_CURB_STEMS = ("cut", "slash", "curb", "eliminat", "phas", "shut", "clos", "ban", "scal", "dispos", "resolv",
               "strictly", "reduc", "restrict", "limit", "control", "cap", "stop", "halt", "suspend")  # tested first
_CURB_REACH = 90  # characters before (and after) a list of sectors looked at for the verb that curbs them
# After a sector's name, a word that makes it a natural endowment, not an industry: "Its hydropower
# resource ranks fifth", "coal reserves".
_RESOURCE_AFTER = re.compile(r"\s+(?:energy\s+)?(?:resources?|reserves?|deposits?|endowments?|radiation)\b", re.I)
# Between an umbrella term and the members its sentence goes on to name: "advanced manufacturing
# clusters such as rail transit equipment", "ten strategic emerging industries, ranging from robotics",
# "four strategic emerging industries, namely digital technology, high-end equipment", "four emerging industry
# chains of new energy, digital economy".
_MEMBERS_FOLLOW = re.compile(
    r"\b(?:such\s+as|including|includes?|like|namely|i\.e\.|e\.g\.|related\s+to|ranging\s+from|covering|covers?|are"
    r"|represented\s+by|focus(?:es|ing)?\s+on|centered\s+on|centring\s+on|(?:chains?|clusters?|bases?)\s+(?:of|for))\b"
    r"|:|\s[-–—]\s|—",
    re.I,
)
# The rest of an event's name after a sector in it: "the World Artificial Intelligence Conference", "the Taihu Bay
# Future Healthcare Conference"; the event is held, not the industry built.
_EVENT_NAME_AFTER = re.compile(
    r"(?:\s+(?:[A-Z][\w'’-]*|and|of|&))*?\s+(?:Conference|Forum|Summit|Symposium|Expo|Exposition|Congress|Fair"
    r"|Festival|Carnival|Convention|Olympics|Games|World\s+Cup|Championships?)\b"
)
# ... or the topic of an event named in lower case: "The first Dehua porcelain overseas exhibition in 2023 will be held
# in Frankfurt", "host a robot industry conference" (not a venue or an industry: "exhibition center", "expo economy").
_EVENT_AFTER = re.compile(
    r"(?:\s+(?:industry|industries|overseas|international|trade|products?|equipment|technology|innovation|\d{4}))*?"
    r"\s+(?:conferences?|forums?|summits?|symposiums?|expos?|expositions?|congress|fairs?|festivals?|carnivals?"
    r"|exhibitions?)\b(?!\s+(?:cent(?:er|re)s?|halls?|venues?|industry|industries|economy|parks?|zones?|bases?|cities"
    r"|city|brands?))"
)
# ... or how widely it is taken up, not made: "race ahead in robot deployments", "EV adoption", "5G penetration".
_TAKEN_UP_AFTER = re.compile(r"\s+(?:deployments?|adoption|penetration|uptake|ownership)\b")
# ... or what a foreign firm does, in the words that introduce it: "German chemical giant BASF", "Danish toy company
# Lego Group", "American car manufacturer Tesla": the firm's trade, not an industry of the sentence's places.
_FIRM_NOUN_AFTER = re.compile(
    r"\s+(?:giant|maker|manufacturer|company|firm|group|producer|supplier|brand|major|conglomerate)s?\b"
)
_FOREIGN_BEFORE = re.compile(
    r"\b(?:German|American|US|U\.S\.|Danish|Japanese|French|(?:South\s+)?Korean|British|Swiss|Dutch|Swedish|Italian"
    r"|Finnish|Norwegian|Israeli|Singaporean|Canadian|Australian|Spanish|Belgian|Austrian|Indian|European|foreign"
    r"|multinational)\s+$"
)
_FOREIGN_REACH = 24
# ... or what a firm named before does, in an appositive: "LONGi Green Energy Technology Co., Ltd., a giant clean energy
# company" (not "attract clean energy companies": the place's industry).
_APPOSITIVE_A_BEFORE = re.compile(r",\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}$")
# An umbrella term that is an adjective of the member right after it: "a high-tech commercial aerospace cluster".
_MODIFIES_MEMBER = re.compile(r"\s+(?:(?!(?:and|or|as|to|in|of|for|with)\b)[a-z][\w-]*\s+)?")
_MEMBERS_REACH = 90  # characters from an umbrella term to the first member it introduces
# Before an umbrella term that points back to its members, named already: "these three strategic
# emerging industries", "one of the four-star strategic emerging industries".
_REFERS_BACK = re.compile(
    r"\b(?:(?:these|those|the\s+above|the\s+aforementioned|the\s+said|one\s+of\s+the|one\s+of\s+its)"
    r"\s+(?:[\w-]+\s+){0,2}"
    # ... or counts them, as a plan's label does: "a total scale of 800 billion yuan for the four strategic
    # emerging industries"
    r"|the\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:[\w-]+\s+)?)$",
    re.I,
)
_REFERS_BACK_REACH = 40  # characters before an umbrella term looked at for those words
# ... or that classes a member named before it: "Wuxi regards the biomedical industry as a strategic emerging industry".
_CLASSED_AS = re.compile(r"\bas\s+(?:an?|the|one\s+of\s+(?:the|its))\s+(?:[\w-]+\s+){0,2}$", re.I)
# After an umbrella adjective, the firms it describes: "high-tech enterprises", not an industry.
_QUALIFIES_FIRMS = re.compile(r"\s+(?:enterprises|companies|firms|businesses)\b", re.I)
_INDUSTRY_LIST_BEFORE = re.compile(r"\bindustr(?:y|ies)\s+(?:such\s+as|including|like)\b[^.;:]*$", re.I)
_LIST_ITEM_REACH = 160
# Between the things a clause builds and the places that are examples of where: ", such as Urumqi, ...". The
# words before the comma are nouns of the things' phrase, no verb: "... power generation systems, such as".
_EXAMPLE_PLACES_BEFORE = re.compile(r"(?:\s+[a-z][\w-]*){0,4},\s*(?:such\s+as|including)\s+(?:the\s+)?(?:cities\s+of\s+)?")
# A place whose capital is meant, not the place: "Shandong's capital becomes hot spot for investment", "Anhui's
# provincial capital Hefei". Not its money: "Shanghai's capital market".
_CAPITAL_AFTER = re.compile(
    r"['’]s\s+(?:provincial\s+|regional\s+)?capital\b(?!\s+(?:markets?|investments?|flows?|injections?|stocks?"
    r"|expenditures?|construction|goods|accounts?|inputs?|spending|formation|projects?|intensive|-))"
)
# After a place in brackets inside a firm's name: "iFLYTEK (Suzhou) Technology", "Huawei (Dongguan) Co., Ltd.".
_BRACKETED_IN_A_FIRM_AFTER = re.compile(
    r"\)\s+(?:[A-Z][\w&'’-]*\s+){0,3}?(?:Technology|Technologies|Tech|Co\.?|Company|Corporation|Corp\.?|Group"
    r"|Holdings?|Ltd\.?|Limited|Inc\.?)(?![\w-])"
)
_NATURAL_FEATURE = re.compile(
    r"^\s+(?:Lake|River|Creek|Canal|Mountains?|Bay|Sea|Straits?|Island|Islands|Port|Airport|Railway\s+Station"
    r"|Station|Road|Street|Avenue|Bridge|Basin|Plain)\b"
)
# What introduces a list of examples after an umbrella term; a hyphen only with a space beside it, not one
# that glues a modifier ("coal-based electricity", "chip-display screen chain").
_EXAMPLES_FOLLOW = re.compile(
    r"^\s*(?:industr(?:y|ies)|sectors?|fields?)?\s*,?\s*"
    r"(?:(?:such\s+as|including|like|e\.g\.|i\.e\.|namely|represented\s+by|:|(?<=\s)-|-(?=\s)|–|—)\s*,?\s*)+"
    r"(?:the\s+)?",
    re.I,
)
_EXAMPLE_OPENING = re.compile(r"(?:(?:the|a|an)\s+)?[\"“'‘]?")  # between "such as" or a dash and the first example
_HEADING_FILLER = re.compile(r"\b(?:industry|industries|sector|sectors|cluster|clusters|the|and|of)\b", re.I)
_WORD = re.compile(r"[A-Za-z][\w'-]*")
_ADJACENT = re.compile(r"^\s?$")
# After a place, the verb that makes it the subject of its own clause: "... and Baoji to develop".
_SUBJECT_OF_CLAUSE = re.compile(
    # ... or its plan's, named by the place alone: "Nanning's plan focuses on IT ..., Chongzuo's will make full use of"
    r"(?:['’]s)?\s+(?:will|shall|should|is|are|aims?|plans?|strives?|focus(?:es)?"
    r"|to\s+(?:develop|build|focus|create|cultivate))\b"
)
_AND = re.compile(r"\band\b")
_COMMA_AND = re.compile(r"\s*,\s*and\s+")
_LEADING_ARTICLE = re.compile(r"(?<=\s)(?:an?|the)\s+$", re.I)  # "... industry cluster and a " before a sector
# A comma and a capitalised subject with its verb: the start of another clause of the sentence.
_NEW_SUBJECT = re.compile(r",\s+(?:and\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*" + _SUBJECT_OF_CLAUSE.pattern)
# A comma and a capitalised subject with "on" for the verb the clause drops: "Shenzhen is expected to focus on
# technology, Guangzhou on transportation, and Hong Kong on finance" (not a day: ", Xinhua on Friday").
_GAPPED_CLAUSE = re.compile(
    r",\s+(?:and\s+|while\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+on\s+(?!(?:Monday|Tuesday|Wednesday|Thursday"
    r"|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b|\d)"
)
# What follows a news dateline's place at the start of a line: "SHIJIAZHUANG, Aug. 24 (Xinhua) --",
# "Beijing (Gasgoo)-", "BEIJING, Nov. 25, 2024 /PRNewswire/ --", "WUXI, China, April 22, 2021 /PRNewswire/ --".
# The place says where the story was filed, not where anything is built.
_DATELINE_AFTER = re.compile(
    r"(?:(?:,\s*China)?,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)"
    r"\s*(?:\([^()\n]{1,40}\)|/[^/\n]{1,40}/)?"
    r"|\s*\([A-Z][^()\n]{0,40}\))\s*(?:-{1,2}|–|—)"
    r"|\s+(?:-{1,2}|–|—)\s+(?=[A-Z])"  # no date: "Chongqing - In the just-announced list, ..."
)
# ... or in capitals with the story right after it, no comma or dash between, in running text.
_WORD_AFTER_CAPITALS = re.compile(r"[ \t]+[A-Z][a-z]")
_CAPITALS_BEFORE = re.compile(r"\b[A-Z]{2,}[\s,]+$")  # in a run of capitals: a heading's
# ... or a news outlet's, named after its place, with the day: "Zhejiang Online, September 21 (Reporter Gong Shuhong)".
# An outlet's name before a dateline's place: "Xinhuanet, Nanjing, May 8th (Reporter ...) The ... conference was held".
_OUTLET_BEFORE_DATELINE = re.compile(r"\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3},\s*")
_OUTLET_REACH = 40  # characters an outlet's name and its comma may take before the dateline's place
# After a place, the day of a dateline that names the outlet and its reporter: "Nanjing, May 8th (Reporter Liu ...)".
_REPORTER_DATELINE_AFTER = re.compile(
    r",\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}\s+[A-Z][a-z]{2,8})\s*\((?:Reporter|Correspondent|By)\b"
)
_OUTLET_DATELINE_AFTER = re.compile(
    r"\s+(?:Online|Daily|News|Net|TV|Television|Radio)\s*,\s*"
    r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}\b|\d{1,2}\s+[A-Z][a-z]{2,8})"
)
# A colon after a place in capitals: "BEIJING: China's eastern city of Suzhou will become ...".
_COLON_DATELINE_AFTER = re.compile(r":\s+(?=[A-Z])")
# "Shanghai, Hefei and Wuxi will develop integrated circuits, biomedicine and AI respectively":
# looked for from the lists to the end of their sentence (as the segmenter cut it).
_RESPECTIVELY = re.compile(r"\brespectively\b", re.I)
# Where one clause ends and another, with its own subject, begins.
_CLAUSE_BREAK = re.compile(r"[;；]|,\s*(?:while|whereas|but)\b", re.I)
_CLAUSE_END = re.compile(r"[,;:]")  # any mark that may close a clause
# A mark that opens another clause with its own verb: "; ...", ", the company will build ...".
_OTHER_CLAUSE = re.compile(
    r"[;；]|,\s*(?:and\s+|but\s+|while\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:will|shall|is|are|was|were|has|have|can|should|must)\b"
)
_LABEL_REACH = 120  # characters a bracketed label may span
# A comma that ends the sectors' clause, with nothing but lowercase words before it ("... a technological
# innovation center, Tianjin will be ..."; not "an alliance of Wuhan, Changsha and ...").
_CLAUSE_COMMA = re.compile(r"(?:\s+[a-z][\w'’-]*)*\s*,\s*")
_ORG_HEAD_WORDS = (
    r"(?:University|Institute|Group|Company|Corporation|Corp|Bank|Association|Academy|Society|"
    r"Newspaper|Daily|Times|News|Journal|Herald|Agency|Federation|Council|Foundation|School|College|Hospital|"
    r"Department|Bureau|Commission|Ministry|Minister|Office|Administration|Holdings|Limited|Ltd|Inc|Co(?![\w-])|"
    r"Laborator(?:y|ies)|Lab|Fund|Spaceport|Launch\sSite|Museum|Stadium|Power\sStation|Plant|Factory|Works|Cooperative)"
)
_ORG_HEADS = re.compile(rf"\b{_ORG_HEAD_WORDS}\b")
# Every place an _ORG_HEADS word starts, also inside words. Head words have one capital, their
# first letter, so none starts inside another and `finditer` sees every start.
_ORG_HEAD_ANYWHERE = re.compile(_ORG_HEAD_WORDS)
_SHORTEST_ORG_HEAD = 2  # "Co" ("Huayi Qinzhou Chemical Co., Ltd.")
_ORG_REACH = 80  # how far before and after a mention an organisation's name is looked for
# After a zone's name, its own authority, which speaks for it ("Lin-gang Special Area Administration"); not an
# office of another remit ("... Zone Administration of Taxation").
_ZONE_AUTHORITY_AFTER = re.compile(
    r"\s+(?:Administration|Administrative\s+Committee|Management\s+Committee|Authority)\b(?!\s+(?:of|for)\b)"
)
# After a sector's name, the office it names in lower case: "an official of the city's economy and information
# technology bureau", "the commerce department".
_OFFICE_AFTER = re.compile(r"\s+(?:bureau|department|commission|committee)s?\b")
# After a sector's name, a hyphen that makes it part of an adjective of another kind ("high-tech-oriented",
# "new energy-saving products", "5G-enabled factories"); "vehicle-related" still speaks of vehicles.
_HYPHEN_GLUED = re.compile(
    r"-(?:oriented|enabled|saving|intensive|driven|led|consuming|fired|like|style|type"
    r"|heavy|rich|dependent|reliant)\b",  # a place's endowment: "coal-heavy Inner Mongolia", "coal-rich Shanxi"
    re.I,
)
# A list item that locates a thing at a place: "..., the graphene R&D at Changzhou".
_UNKNOWN_ITEM = re.compile(r"(?:^|[,;:]\s*|\s)(?:and\s+)?the\s+(?P<thing>[^,;:]{1,40}?)\s+(?:at|in)\s+$", re.I)
_ITEM_REACH = 60  # characters before a place looked at for the item holding it
# "the industry in cities such as ...": an item that refers back to a sector named before.
_SECTOR_ANAPHOR = re.compile(r"(?:same\s+|said\s+|above\s+|related\s+|relevant\s+)?(?:industr(?:y|ies)|sectors?)", re.I)
# "Relying on <places>, ..." and the like, opening a sentence or a numbered item.
_FRAME_OPENER = re.compile(
    r"(?:^|[.!?:)]\s*)(?:(?:Relying|Based|Building|Focusing|Centering|Centred|Centered|Drawing|Depending)\s+on"
    r"|Supported\s+by|Leveraging|Taking\s+advantage\s+of)\b[^,.;]*$"
)
# A participle that locates the subject after it: "Located in the northwest of Gansu province, Jiuquan ...".
_LOCATED_FRAME = re.compile(r"\b(?:Located|Situated|Lying|Nestled|Sitting)\s+(?:in|at|on|along|by)\b[^,.;:]{0,60}$")
_LOCATED_REACH = 72
# An opener saying what the subject is, up to the place: "As an important part of the integrated development of the
# Yangtze River Delta region ..., the G60 corridor focuses on ...", "As a pilot zone for ... of the Greater Bay Area,
# Guangming is ...". Not "As for Hefei, it will ...", whose place is the topic.
_ROLE_OPENER = re.compile(
    r"(?:As\s+(?:an?|another|the|one\s+of|part\s+of|China['’]s)"
    # ... or the opportunity the subject seizes: "By seizing the major opportunities in the construction of the Yangtze
    # River Economic Belt and Ganjiang New District, Jiujiang has ..."
    r"|(?:By\s+)?(?:[Ss]eizing|[Gg]rasping|[Tt]aking\s+advantage\s+of|[Cc]apitali[sz]ing\s+on|[Rr]iding\s+on)"
    r"|Against\s+the\s+backdrop\s+of"
    # ... or the times it acts in, or whose help it has: "As China continues to promote the integrated regional
    # development of the YRD, the zone is ...", "Amid the integration of ...", "With the support of Shanghai, Hefei ..."
    r"|As\s+(?:China|the\s+(?:country|nation|state|central\s+government))|Amid"
    r"|With\s+the\s+(?:strong\s+)?(?:support|help|approval|backing|guidance)\s+of"
    # ... or who approved or backs it: "Approved by the Minister of Agriculture and the Yantai government, the center will ..."
    r"|(?:Approved|Supported|Sponsored|Backed|Initiated|Organi[sz]ed|Jointly\s+built)\s+by)\s[^,;:.]*$"
)
# ... or the purpose the subject serves, after an attribution: "According to the State Council's Document No 2, in order
# to build a main battlefield for Guizhou to catch up ..., the area should become a base for ..." (tried only where "order
# to" stands before the place: the attribution may be any clause, so the pattern cannot fail on a sentence's first letters)
_PURPOSE_OPENER = re.compile(r"(?:[^,;:.]*,\s+)?[Ii]n\s+order\s+to\s[^,;:.]*$")
_ROLE_OPENER_REACH = 200  # characters from the opener's start to the place, and from the place to its comma
_SENTENCE_OR_CLAUSE_END = re.compile(r"[.;:!?\n]")
_SUBJECT_AFTER_OPENER = re.compile(r",\s+(?:[A-Z]|(?:the|this|it|its)\b)")
_SCENE_OPENER = re.compile(r"(?:^|[.!?]\s*)(?:In|Within|For|Across|Along|On)\b[^,.;]{0,40}$")
_START = attrgetter("start")
# A run of name words, which may hold a company's "(Group)": "China Baowu Taiyuan Iron and Steel (Group) Co., Ltd."
_ORG_RUN = re.compile(r"(?:(?:[A-Z][\w&'’-]*|\((?:Group|Holdings)\))(?:\s+(?:of|and|for|the|&)\s+|\s+))+[A-Z][\w&'’-]*")
_RUN_CHARACTERS = re.compile(r"[\w&'’\s()-]*")  # every character an _ORG_RUN match can hold


# A place and a sector a sentence puts together: (place, sector, cluster phrase or None, whether a
# local shape paired them, or None when the sentence does not name the place). A plain tuple: pairs
# are made by the thousand, and a named tuple's constructor is a Python function that costs several
# times the tuple.
Pair = tuple[Mention, Mention, Mention | None, bool | None]


class SentenceMentions:
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
        self.sectors = sectors  # resolved sectors, as `resolved_sectors` gives them
        self.clusters = clusters
        self.agencies = agencies
        self.fact_places: list[Mention] | None = None  # `fact_places`, once worked out

    def first_start(self) -> int:
        """Where the sentence's first mention starts."""
        return min(map(_START, self.mentions))


def sentence_pairs(text, sentence_end: int, sentence: SentenceMentions, heading_sectors, gazetteer,
                    org_names) -> list[Pair]:
    """The sentence's own pairs or, when it names no sector at all, its places with the sectors
    of the heading above it. The sentence has a resolved place; places are only worked out when
    some sector can take them."""
    sectors = fact_sectors(text, sentence.sectors, org_names, gazetteer)
    if sectors:
        places = fact_places(text, sentence, gazetteer, org_names)
        pairs = pair_mentions(text, sentence.clusters, places, sectors, sentence_end)
        named = _zones_naming(sentence.places, sectors)
        if not named:
            return pairs
        own = [(zone, sector, None, True) for sector, zone in named.items() if zone in places]
        others = [pair for pair in pairs if pair[1] not in named]
        taken = {pair[1] for pair in others}
        left = [sector for sector in sectors if sector not in named and sector not in taken]
        if left:  # the zone paired with the sectors of its own name only: the rest pair as if it held none
            others += pair_mentions(text, sentence.clusters, places, left, sentence_end)
        return own + others
    if sentence.sectors or not heading_sectors:
        return []
    places = fact_places(text, sentence, gazetteer, org_names)
    return [(p, s, None, False) for p in places for s in heading_sectors]


def _zones_naming(places: list[Mention], sectors: list[Mention]) -> dict[Mention, Mention]:
    """Sectors named inside a zone's name ("Taiyuan Stainless Steel Industrial Park"), each with its
    zone: they are that zone's sectors and no other place's, though they take part in pairing the
    sentence's other names as before."""
    return {sector: place for sector in sectors for place in places
            if place.start <= sector.start and sector.end <= place.end}


def resolved_sectors(mentions: list[Mention]) -> list[Mention]:
    """The sentence's sectors that the gazetteer resolved, in order; only they make facts."""
    return [m for m in mentions if m.label == "SECTOR" and m.entity_id]


def names_a_sector(heading: str, sectors: list[Mention]) -> bool:
    """A heading sets the sector for what follows only when it is mostly a sector's name
    ('(3) New-energy vehicles industry'), not a section title that mentions one."""
    if not sectors:
        return False
    words = _WORD.findall(_HEADING_FILLER.sub(" ", heading))
    sector_words = sum(len(_WORD.findall(m.text)) for m in sectors)
    return sector_words * 2 >= len(words)


def pair_mentions(text: str, clusters: list[Mention], places: list[Mention], sectors: list[Mention],
                  sentence_end: int) -> list[Pair]:
    """The (place, sector) pairs one sentence asserts, given its cluster phrases, its fact places
    (in text order, as `fact_places` gives them), fact sectors and where the sentence ends."""
    if not places or not sectors:
        return []
    items = sorted(places + sectors, key=_START)
    groups = _coordinated_groups(text, items, clusters)
    pairs = _respective_pairs(text, groups, clusters, sentence_end)
    paired_places = {pair[0] for pair in pairs}
    paired_sectors = {pair[1] for pair in pairs}
    respective = paired_places | paired_sectors  # lists "respectively" paired take no other pairing
    for index, (left, right) in enumerate(zip(groups, groups[1:])):
        if respective and (left[0] in respective or right[0] in respective):
            continue
        place_left = _is_place(left[0])
        if place_left is _is_place(right[0]):
            continue  # two lists of one kind that no conjunction joins
        gap = _gap(text, left[-1], right[0])
        if place_left:
            if not (
                _POSSESSIVE.match(gap) or _LABEL.match(gap) or _GAPPED_ON.match(gap) or _LISTED_FOR.match(gap)
                or (_ADJACENT.match(gap) and len(left) == 1) or _MADE_INTO.match(gap)
            ):
                continue
            group_pairs = cross(left, right, clusters, local=True)
        else:
            if not (_LOCATIVE.match(_gap_without_clusters(text, left[-1], right[0], clusters) if clusters else gap)
                    or _PARENTHESISED.match(gap) or _industry_of(gap, left[-1])):
                continue
            group_pairs = cross(right, left + _clause_opening_sectors(text, groups, index), clusters, local=True)
            if clusters:  # "the PV industry at Changzhou Hi-tech Zone": the zone the place names
                group_pairs = _in_place_clusters(group_pairs, clusters)
        pairs.extend(group_pairs)
        paired_places.update(pair[0] for pair in group_pairs)
        paired_sectors.update(pair[1] for pair in group_pairs)
    if clusters:
        pairs.extend(_named_clusters(text, places, sectors, clusters, paired_places, paired_sectors))
        pairs.extend(_cluster_locatives(text, places, sectors, clusters, paired_places))
    free_places = _without(places, paired_places)
    free_sectors = _without(sectors, paired_sectors)
    if free_sectors and not free_places:
        framing = (_frame_places(text, places, free_sectors)
                   or _named_subject_places(text, places, clusters, free_sectors))
        owned = _owned_by_possessive_subject(text, places, free_sectors) if not framing else []
        if framing:
            pairs.extend(cross(framing, free_sectors, clusters, local=False, text=text))
        elif owned:
            pairs.extend(cross(places[:1], owned, clusters, local=False, text=text))
        else:
            pairs.extend(_after_a_colon(text, places, free_sectors, clusters))
        return pairs
    pairs.extend(_attach_by_proximity(text, free_places, free_sectors, sectors, clusters))
    return pairs


def _clause_opening_sectors(text: str, groups: list[list[Mention]], index: int) -> list[Mention]:
    """Sectors before the list at `groups[index]` in a clause that opens on sectors and names no place
    before the one after that list: all are where the clause locates them ("; modern services concerning
    finance and logistics and equipment such as aviation equipment will be developed in Shenyang")."""
    earlier: list[Mention] = []
    for position in range(index - 1, -1, -1):
        group, following = groups[position], groups[position + 1]
        if _clause_between(text, group[-1].end, following[0].start):
            return earlier
        if _is_place(group[0]):
            return []
        earlier = group + earlier
    return earlier


def _industry_of(gap: str, sector: Mention) -> bool:
    """Whether a sector and the place after it read "the <sector> industry of <place>"."""
    match = _INDUSTRY_OF.match(gap)
    if match is None:
        return False
    return match.group("industry") is not None or _ENDS_IN_INDUSTRY.search(sector.text) is not None


def _in_place_clusters(pairs: list[Pair], clusters: list[Mention]) -> list[Pair]:
    """Pairs whose sector has no cluster phrase of its own take the one that holds their place."""
    return [
        (place, sector, cluster or _cluster_holding(place, clusters), local) for place, sector, cluster, local in pairs
    ]


def _cluster_holding(mention: Mention, clusters: list[Mention]) -> Mention | None:
    return next((c for c in clusters if c.start <= mention.start and mention.end <= c.end), None)


def _respective_pairs(
    text: str, groups: list[list[Mention]], clusters: list[Mention], sentence_end: int
) -> list[Pair]:
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


def _named_subject_places(text: str, places: list[Mention], clusters: list[Mention],
                          free_sectors: list[Mention]) -> list[Mention]:
    """The places in the name of the sentence's one named cluster, when the sectors nothing took all come
    after it in its clause (no comma or semicolon between): what the base is to build is its place's
    ("Wuhan National Aerospace Industry Base is committed to building industries such as carrier rockets")."""
    named = [c for c in clusters if any(c.start <= p.start and p.end <= c.end for p in places)]
    if len(named) != 1 or free_sectors[0].start < named[0].end:
        return []
    if _CLAUSE_END.search(text, named[0].end, free_sectors[0].start):
        return []
    return [p for p in places if named[0].start <= p.start and p.end <= named[0].end]


def _owned_by_possessive_subject(text: str, places: list[Mention], free_sectors: list[Mention]) -> list[Mention]:
    """The sectors nothing took in the clause of a subject the sentence's first place owns, after it and before
    another clause with its own verb: "Shanxi's light industry -- especially the liquor, vinegar and ceramics
    sectors -- will focus on ..." (not "..., the company will build ... intelligent manufacturing")."""
    first = places[0]
    if not _POSSESSIVE_AFTER.match(text, first.end) or free_sectors[0].start < first.end:
        return []
    other_clause = _OTHER_CLAUSE.search(text, first.end, free_sectors[-1].start)
    end = other_clause.start() if other_clause else free_sectors[-1].start
    return [sector for sector in free_sectors if sector.start <= end]


def _after_a_colon(text: str, places: list[Mention], free_sectors: list[Mention], clusters) -> list[Pair]:
    """The sectors nothing took after a colon that follows a place ("... define the key categories of
    advanced manufacturing in Jiangxi Province: We will give priority to ... non-ferrous metals"), with that
    place: what the colon introduces is said of it."""
    for place in reversed(places):
        colon = _COLON_AFTER.match(text, place.end)
        if colon is not None:
            after = [sector for sector in free_sectors if sector.start >= colon.end()]
            return cross([place], after, clusters, local=False, text=text)
    return []


def _attach_by_proximity(text, free_places, free_sectors, all_sectors, clusters) -> list[Pair]:
    """What no local shape paired: each list of sectors goes with the nearest list of places
    (the subject before it wins a tie), and a list of places left over takes its nearest sectors."""
    if not free_places:
        return []
    place_groups = coordinated_runs(text, free_places)
    sector_groups = coordinated_runs(text, free_sectors)
    links = _nearest_links(text, place_groups, sector_groups, all_sectors)
    pairs = []
    for places, sectors in links:
        pairs.extend(cross(places, sectors, clusters, local=False, text=text))
    return pairs


def _nearest_links(text, place_groups, sector_groups, all_sectors) -> list[tuple[list[Mention], list[Mention]]]:
    """Each sector group with its nearest place group, then each place group no sector group took
    with its nearest sector group (of all the sentence's sectors when none is free), unless a clause
    break lies between them or the place locates a thing that names no sector."""
    if len(place_groups) == 1 and sector_groups:  # most sentences: the one list of places takes them all
        return [(place_groups[0], sector_group) for sector_group in sector_groups]
    links = [(_nearest_place_group(text, place_groups, sector_group), sector_group) for sector_group in sector_groups]
    if sector_groups and ("such as" in text or "including" in text):
        links = _with_example_places(text, place_groups, sector_groups, links)
    linked = {id(group) for group, _ in links}
    fallback = sector_groups or coordinated_runs(text, all_sectors)
    for place_group in place_groups:
        if id(place_group) not in linked and fallback and not _locates_an_unknown(text, place_group[0]):
            distance, nearest = min((_group_distance(text, place_group, g), i) for i, g in enumerate(fallback))
            if not distance[0]:  # a clause break between them: the sectors are another clause's
                links.append((place_group, fallback[nearest]))
    return links


def _with_example_places(text, place_groups, sector_groups, links):
    """Places given as examples of where the things of the clause before them go ("Xinjiang will build
    manufacturing bases for silicon materials, solar cell module packaging and photovoltaic systems, such
    as Urumqi, Shihezi and Kuitun") take all that clause's sectors, which its subject keeps too."""
    for group in place_groups:
        before = [sectors for sectors in sector_groups if sectors[-1].end <= group[0].start
                  and not _clause_between(text, sectors[-1].end, group[0].start)]
        if not before or not _EXAMPLE_PLACES_BEFORE.fullmatch(text, before[-1][-1].end, group[0].start):
            continue
        links = [(places, sectors) for places, sectors in links if places is not group or sectors not in before]
        for sectors in before:
            earlier = [places for places in place_groups if places[-1].end <= sectors[0].start]
            subject = _nearest_place_group(text, earlier, sectors) if earlier else None
            if subject is not None and not any(p is subject and s is sectors for p, s in links):
                links.append((subject, sectors))
            links.append((group, sectors))
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


def cross(places: list[Mention], sectors: list[Mention], clusters: list[Mention], local: bool, text: str | None = None):
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
    "and" or a comma ("Xi'an is to develop aerospace and Baoji to develop titanium", "Beijing will be a
    technological innovation center, Tianjin will be a shipping hub"), then the characters
    between them; a place group before the sectors (their subject) wins ties."""
    if places[-1].end <= sectors[0].start:
        gap_start, gap_end, after = places[-1].end, sectors[0].start, 0
    else:
        gap_start, gap_end, after = sectors[-1].end, max(places[0].start, sectors[-1].end), 1
    crosses = (_CLAUSE_BREAK.search(text, gap_start, gap_end) is not None
               or _GAPPED_CLAUSE.search(text, gap_start, gap_end) is not None) or (
        after == 1
        and (
            _AND.search(text, gap_start, gap_end) is not None
            or _CLAUSE_COMMA.fullmatch(text, gap_start, gap_end) is not None
        )
        and _SUBJECT_OF_CLAUSE.match(text, places[-1].end) is not None
    )
    return crosses, gap_end - gap_start, after


def _introduces_examples(text: str, sector: Mention, sectors: list[Mention]) -> bool:
    """'strategic emerging industries such as IT, new materials': the umbrella term is not a fact
    of its own when the examples follow it, right after the word or dash that introduces them (not
    'optoelectronics - "Xiaogan-Suizhou" for vehicles'). Most sectors have no other after them to introduce."""
    later = [s for s in sectors if s.start >= sector.end and s is not sector]
    if not later:
        return False
    match = _EXAMPLES_FOLLOW.match(text[sector.end : sector.end + 40])
    if match is None:
        return False
    examples_start = sector.end + match.end()
    return any(_EXAMPLE_OPENING.fullmatch(text, examples_start, s.start) for s in later)


# Between two names of a list: "the Ningbo New Material Industrial Cluster, the Wenzhou Yueqing Electrical ...".
_NAMES_LIST_GAP = re.compile(r"\s*(?:,|;|、|\band\b|,\s*and\b)\s*(?:the\s+)?", re.I)


def _named_clusters(text, places, sectors, clusters, paired_places, paired_sectors) -> list[Pair]:
    """A cluster's name that holds places and sectors pairs them ("the Guangzhou-Foshan-Huizhou
    ultra-high-definition video and smart home appliances cluster"), whatever lies between them;
    the places and sectors it pairs are added to `paired_places` and `paired_sectors`. In a list of
    named clusters, the places of a name that holds no known sector pair with none of the others'
    ("the Ningbo New Material Industrial Cluster, the Wenzhou Yueqing Electrical Industrial Cluster")."""
    out = []
    named = []  # (cluster, places, sectors) of each cluster's name that holds a place
    for cluster in clusters:
        inside_places = [p for p in places if cluster.start <= p.start and p.end <= cluster.end]
        inside_sectors = [s for s in sectors if cluster.start <= s.start and s.end <= cluster.end]
        if inside_places:
            named.append((cluster, inside_places, inside_sectors))
        if inside_places and inside_sectors:
            out.extend((place, sector, cluster, True) for place in inside_places for sector in inside_sectors)
            paired_places.update(inside_places)
            paired_sectors.update(inside_sectors)
    # a list of named clusters: each name's sector is its own, known or not (not names that open clauses of their
    # own: "The Tianjin pilot zone will focus on smart manufacturing, and the Hangzhou pilot zone will ...")
    for (first, first_places, first_sectors), (second, second_places, second_sectors) in zip(named, named[1:]):
        if _NAMES_LIST_GAP.fullmatch(text, first.end, second.start):
            paired_places.update(place for inside, known in ((first_places, first_sectors),
                                                             (second_places, second_sectors))
                                 if not known for place in inside)
    return out


def _cluster_locatives(text, places, sectors, clusters, paired_places) -> list[Pair]:
    """'industrial bases in Wuhan, Yueyang and Jingmen' names where a cluster sits; its sector is
    the one the cluster names, or the sentence's sectors that nothing else took. `places` are in
    text order; the places it pairs are added to `paired_places`."""
    out = []
    for cluster in clusters:
        following = [p for p in places if p.start >= cluster.end and p not in paired_places]
        if not following or not _LOCATIVE.match(text[cluster.end : following[0].start]):
            continue
        group = coordinated_runs(text, following)[0]
        inside = [s for s in sectors if cluster.start <= s.start and s.end <= cluster.end]
        for place in group:
            for sector in inside:
                out.append((place, sector, cluster, True))
        if inside:
            paired_places.update(group)
    return out


# What a place was and is no longer, which a plan turns into something else: "Shanghai's erstwhile iron-steel industry
# base will be transformed into ...", "the former coal mine", "old steel mills".
_FORMER_BEFORE = re.compile(
    r"\b(?:(?:former|erstwhile|one-time|defunct|abandoned|disused|obsolete)\s+(?:[\w]+-)?(?:[\w-]+\s+)?|old\s+)$", re.I
)
_FORMER_REACH = 40
# ... or what it moves away from: "Zhangjiakou is transitioning from coal and steel to renewable energy and big data",
# "shift away from its reliance on heavy industry".
_LEFT_BEHIND_BEFORE = re.compile(
    r"\b(?:transition(?:s|ed|ing)?|shift(?:s|ed|ing)?|switch(?:es|ed|ing)?|pivot(?:s|ed|ing)?|mov(?:e|es|ed|ing)"
    r"|turn(?:s|ed|ing)?)\s+(?:away\s+)?from\s+(?:its\s+|the\s+|a\s+)?(?:(?:reliance|dependence)\s+on\s+(?:the\s+)?)?"
    r"(?:traditional\s+|old\s+)?$",
    re.I,
)


def fact_sectors(text: str, sectors: list[Mention], org_names: OrgNames, gazetteer: Gazetteer) -> list[Mention]:
    """Resolved sectors that take part in facts: not part of an organisation's name (or an office's in lower case, "the
    commerce department"), a firm's or an event's, not part of an
    adjective of another kind ("high-tech-oriented"), not a natural resource ("hydropower resources"), not what a place
    was once or is moving away from ("the former steel base", "transitioning from coal and steel"), not what people are
    to buy (`_CONSUMED_BEFORE`) nor public services a plan provides (`_PUBLIC_SERVICES_BEFORE`), nor works that carry
    traffic (`_TRANSPORT_WORKS`) nor cargo (`_CARGO_BEFORE`), nor what a product is made from (`_MADE_FROM_BEFORE`), nor
    inputs a plan guarantees (`_FACTOR_INPUTS_BEFORE`), and not an umbrella term followed by its examples or standing for
    members named elsewhere."""
    span = text[max(0, sectors[0].start - _FORMER_REACH) : sectors[-1].start] if sectors else ""
    may_be_former = ("former" in span or "erstwhile" in span or "one-time" in span or "defunct" in span
                     or "abandoned" in span or "disused" in span or "obsolete" in span or "old " in span)
    kept = [
        m for m in sectors
        if not org_names.contain(m) and not _HYPHEN_GLUED.match(text, m.end) and not _names_a_resource(text, m)
        and not ((m.text[:1].isupper() or m.text[:1].isdigit())  # "the 2022 World 5G Convention"
                 and (m.note == FIRM_NAME_NOTE or _names_an_event(text, m)))
        and _EVENT_AFTER.match(text, m.end) is None
        and _TAKEN_UP_AFTER.match(text, m.end) is None
        and _OFFICE_AFTER.match(text, m.end) is None
        and not _describes_a_firm(text, m)
        and not (may_be_former and _FORMER_BEFORE.search(text, max(0, m.start - _FORMER_REACH), m.start))
    ]
    umbrellas = gazetteer.umbrella_sectors
    if any(m.entity_id in umbrellas for m in kept):
        kept = [m for m in kept if m.entity_id not in umbrellas or not _stands_for_members(text, m, kept, umbrellas)]
    window = text[max(0, kept[0].start - _ATTRIBUTE_REACH) : kept[-1].start].lower() if kept else ""
    if window and any(word in window for word in _ATTRIBUTE_WORDS):  # lower-cased: "Capital of Electronics"
        kept = _without_attributes(text, kept)
    if any(text.startswith(_STANDING_OR_PRODUCING, m.end) or m.text.endswith("producing") for m in kept):  # most: none
        kept = _without_runs(text, kept, lambda run: _STANDING_AFTER.match(text, run[-1].end) is not None
                             or _names_main_producers(text, run))
    if len(kept) > 1 and any(noun in window for noun in _CITED_PLAN_NOUNS):
        kept = _without_cited_plan_topics(text, kept)
    if kept and _may_curb(text[max(0, kept[0].start - _CURB_REACH) : kept[-1].end + _CURB_REACH].lower()):
        kept = _without_curbed(text, kept)
    if len(kept) > 1 and any(word in window for word in _USER_WORDS):
        kept = _without_users(text, kept)
    if kept and "infrastructure" in text[max(0, kept[0].start - _INFRASTRUCTURE_REACH) : kept[-1].end + 40]:
        kept = _without_infrastructure(text, kept)
    if kept and _names_transport_works(text[max(0, kept[0].start - _TRANSPORT_WORKS_REACH) : kept[-1].end
                                            + _TRANSPORT_WORKS_REACH].lower()):
        kept = _without_transport_works(text, kept)
    if kept and any(word in window for word in _PUBLIC_SERVICES_WORDS):
        kept = _without_runs(
            text, kept,
            lambda run: _PUBLIC_SERVICES_BEFORE.search(text, max(0, run[0].start - _CONSUMED_REACH), run[0].start) is not None,
        )
    if kept and any(word in window for word in _CONSUMED_WORDS):
        kept = _without_runs(
            text, kept,
            lambda run: _CONSUMED_BEFORE.search(text, max(0, run[0].start - _CONSUMED_REACH), run[0].start) is not None,
        )
    if kept and " consumption" in text[kept[0].end : kept[-1].end + _CONSUMED_AFTER_REACH]:
        kept = _without_runs(text, kept, lambda run: _CONSUMED_AFTER.match(text, run[-1].end) is not None and (
            _is_goods(gazetteer, run[-1].entity_id)))
    if kept and ("carr" in window or "transport" in window or "loaded" in window or "laden" in window):
        kept = _without_runs(
            text, kept,
            lambda run: _CARGO_BEFORE.search(text, max(0, run[0].start - _CARGO_REACH), run[0].start) is not None,
        )
    if kept and " from " in window:
        kept = _without_runs(
            text, kept,
            lambda run: _LEFT_BEHIND_BEFORE.search(text, max(0, run[0].start - _FORMER_REACH), run[0].start)
            is not None,
        )
    if kept and "land" in window:
        kept = _without_runs(
            text, kept,
            lambda run: _FACTOR_INPUTS_BEFORE.search(text, max(0, run[0].start - _FACTOR_INPUTS_REACH), run[0].start)
            is not None,
        )
    if kept and ("made " in window or "produc" in window or "brewed" in window or "distilled" in window
                 or "fermented" in window or "extracted" in window or "processed" in window):
        kept = _without_materials(text, kept)
    if kept and " from " in text[kept[0].start : kept[-1].end + _FROM_ABROAD_REACH]:
        kept = _without_runs(text, kept, lambda run: _comes_from_abroad(text, run[-1], gazetteer))
    if len(kept) < 2:  # no examples to introduce
        return kept
    return [m for m in kept if not _introduces_examples(text, m, kept)]


# Where what the sector names comes from, when that is no place the gazetteer holds (a foreign country): it is bought
# or brought in, not an industry of the sentence's places: "grains and red wine from France, fishery ... from Norway".
_FROM_ABROAD_AFTER = re.compile(r"\s+from\s+(?:the\s+)?(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?![\w'’-])")
_FROM_ABROAD_REACH = 32
_NOT_ABROAD = frozenset(("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                         "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                         "Sunday", "China", "Chinese", "The", "This", "These", "Those"))


def _comes_from_abroad(text: str, sector: Mention, gazetteer: Gazetteer) -> bool:
    """Whether "from" and a name that is no month, day nor place or region of the gazetteer follow the sector."""
    after = _FROM_ABROAD_AFTER.match(text, sector.end)
    if after is None:
        return False
    name = after.group("name")
    first = name.split()[0]
    if first in _NOT_ABROAD:
        return False
    keys = (form_key(name), form_key(first))
    return not any(key in gazetteer.place_forms or key in gazetteer.region_forms for key in keys)


def _describes_a_firm(text: str, sector: Mention) -> bool:
    """Whether the sector names a foreign firm's trade (`_FOREIGN_BEFORE`, then `_FIRM_NOUN_AFTER`) or, in an appositive,
    that of a firm named before (`_APPOSITIVE_A_BEFORE`)."""
    if _FIRM_NOUN_AFTER.match(text, sector.end) is None:
        return False
    before = text[max(0, sector.start - _FOREIGN_REACH) : sector.start]
    return _FOREIGN_BEFORE.search(before) is not None or _APPOSITIVE_A_BEFORE.search(before) is not None


def _names_an_event(text: str, sector: Mention) -> bool:
    """Whether the sector is a word of an event's name, unless the event is about building its cluster ("the
    Anhui Provincial New Energy Automobile Industry Cluster Construction Promotion Conference")."""
    name = _EVENT_NAME_AFTER.match(text, sector.end)
    return name is not None and "Cluster" not in name.group()


def _stands_for_members(text: str, umbrella: Mention, sectors: list[Mention], umbrellas: frozenset[str]) -> bool:
    """Whether an umbrella term ("strategic emerging industries") stands for its members rather than
    being planned for itself: its sentence goes on to name them ("..., namely digital technology,
    high-end equipment", "strategic new industry clusters for new materials"), it is an adjective of one
    ("a high-tech commercial aerospace cluster"), it points back to them ("these three ...") or classes one named before
    it ("regards biomedicine as a strategic emerging industry"), or it only describes firms
    ("high-tech enterprises", unless as an item of a list of industries). The members, not the umbrella,
    are the facts."""
    if _QUALIFIES_FIRMS.match(text, umbrella.end):
        return not any(umbrella in run and len(run) > 1 for run in coordinated_runs(text, sectors))
    if _REFERS_BACK.search(text, max(0, umbrella.start - _REFERS_BACK_REACH), umbrella.start):
        return True
    if _CLASSED_AS.search(text, max(0, umbrella.start - _REFERS_BACK_REACH), umbrella.start) and any(
        s.end <= umbrella.start and s.entity_id not in umbrellas for s in sectors
    ):
        return True
    members = [s for s in sectors if s.start >= umbrella.end and s.entity_id not in umbrellas]
    if not members or members[0].start - umbrella.end > _MEMBERS_REACH:
        return False
    between = text[umbrella.end : members[0].start]
    if _MODIFIES_MEMBER.fullmatch(between):
        return True
    return ";" not in between and ". " not in between and _MEMBERS_FOLLOW.search(between) is not None


def _without_attributes(text: str, sectors: list[Mention]) -> list[Mention]:
    """Sectors less the lists of them that say what a place is like, not what it will build: "Shandong
    is rich in hydrogen and renewable energy", "regions associated with coal production", "Datong, the
    coal capital of China, ...", "Hangzhou, the e-commerce hub in eastern China, ..."."""
    return _without_runs(
        text, sectors, lambda run: _says_what_it_is_like(text, run),
        goes_on=lambda last, run: _UNTAGGED_ITEMS_BETWEEN.fullmatch(text, last[-1].end, run[0].start) is not None,
    )


def _says_what_it_is_like(text: str, run: list[Mention]) -> bool:
    attribute = _ATTRIBUTE_BEFORE.search(text, max(0, run[0].start - _ATTRIBUTE_REACH), run[0].start)
    if attribute and attribute.group("producer") and _BECOMES_BEFORE.search(
        text, max(0, attribute.start() - _ATTRIBUTE_REACH), attribute.start()
    ):
        attribute = None  # a producer it is to become
    return bool(attribute or (
        _EPITHET_AFTER.match(text, run[-1].end)
        and _EPITHET_BEFORE.search(text, max(0, run[0].start - _EPITHET_REACH), run[0].start)
    ) or (
        _HUB_AFTER.match(text, run[-1].end)
        and _APPOSITIVE_THE_BEFORE.search(text, max(0, run[0].start - _EPITHET_REACH), run[0].start)
    ))


def _names_main_producers(text: str, run: list[Mention]) -> bool:
    """Whether a run of sectors only names the places that produce them most (`_PRODUCING_PLACES_AFTER`)."""
    before = text[max(0, run[0].start - _ATTRIBUTE_REACH) : run[0].start]
    return (_PRODUCING_PLACES_AFTER.match(text, run[-1].end) is not None
            and _MAIN_PRODUCERS_BEFORE.search(before) is not None and _BECOMES_BEFORE.search(before) is None)


def _without_materials(text: str, sectors: list[Mention]) -> list[Mention]:
    """Sectors less what a product is made from, and the sectors listed after it up to a comma and "and", which
    joins the larger list ("baijiu, a clear liquor made from sorghum and other grains": the grains, not the liquor;
    "bamboo products made of bamboo and wood, and textiles": not the textiles)."""
    dropped: list[Mention] = []
    for run in coordinated_runs(text, sectors):
        for index, sector in enumerate(run):
            if _MADE_FROM_BEFORE.search(text, max(0, sector.start - _MADE_FROM_REACH), sector.start):
                dropped.append(sector)
                for before, after in zip(run[index:], run[index + 1:]):
                    if _COMMA_AND.search(text, before.end, after.start):
                        break
                    dropped.append(after)
                break
    return [m for m in sectors if m not in dropped] if dropped else sectors


# List items that name no sector between two runs of one list: ", electronic systems and ", ", smelting, and ".
_UNTAGGED_ITEMS_BETWEEN = re.compile(r"(?:\s*,\s*(?:and\s+)?[\w-]+(?:\s+[\w-]+){0,2}){1,3}\s*(?:,\s*(?:and\s+)?|\s+and\s+)")


def _without_runs(
    text: str, sectors: list[Mention], drops: Callable[[list[Mention]], bool], unless_all: bool = False,
    goes_on: Callable[[list[Mention], list[Mention]], bool] | None = None,
) -> list[Mention]:
    """Sectors less the coordinated runs of them that `drops` picks out; with `unless_all`, all of them when every
    run is picked out (alone, they are what the sentence is about); with `goes_on`, also each run that it says goes
    on with the list of the run dropped just before it (past items that name no sector: "noted for its machinery,
    advanced materials, electronic systems and software")."""
    dropped: list[Mention] = []
    last_dropped: list[Mention] | None = None
    for run in coordinated_runs(text, sectors):
        if drops(run) or (goes_on is not None and last_dropped is not None and goes_on(last_dropped, run)):
            dropped.extend(run)
            last_dropped = run
        else:
            last_dropped = None
    if not dropped or (unless_all and len(dropped) == len(sectors)):
        return sectors
    return [m for m in sectors if m not in dropped]


def _without_cited_plan_topics(text: str, sectors: list[Mention]) -> list[Mention]:
    """Sectors less those that only name the topic of the plan the sentence cites, when other sectors remain:
    "Shanxi will develop semiconductor clusters ..., according to its plan on electronic information
    industrial development" sets no electronic information fact. Alone, the plan's topic is the sentence's."""
    return _without_runs(
        text, sectors,
        lambda run: _CITED_PLAN_BEFORE.search(text, max(0, run[0].start - _CITED_PLAN_REACH), run[0].start) is not None,
        unless_all=True,
    )


def _without_curbed(text: str, sectors: list[Mention]) -> list[Mention]:
    """Sectors less the lists of them a plan cuts: "Shanxi will phase out outdated coal capacity and develop
    new materials" plans new materials only; "reduce the cost of batteries" curbs no battery industry. The list goes
    on through amounts of each: "eliminated 8.086 million mt of steelmaking capacity, 8.85 million mt of coal
    production capacity and ..." (`_CURBED_LIST_GAP`)."""
    return _without_runs(
        text, sectors, lambda run: _is_curbed(text, run),
        goes_on=lambda last, run: _CURBED_LIST_GAP.fullmatch(text, last[-1].end, run[0].start) is not None
        and _CURBED_AMOUNT_AFTER.match(text, run[-1].end) is not None,
    )


def _without_infrastructure(text: str, sectors: list[Mention]) -> list[Mention]:
    """Sectors less the lists of them that name infrastructure, which a plan builds for everyone, not an industry:
    "construction of transport, education and medicine infrastructure", "infrastructure such as power supply, power
    grid, oil and gas". One sector's infrastructure may be an industry of its own: "5G infrastructure"."""
    return _without_runs(
        text, sectors,
        lambda run: ((len(run) > 1 or text.startswith(" and other", run[-1].end))  # "... hydropower and other infrastructure"
                     and _INFRASTRUCTURE_AFTER.match(text, run[-1].end) is not None)
        or _INFRASTRUCTURE_BEFORE.search(text, max(0, run[0].start - _INFRASTRUCTURE_REACH), run[0].start) is not None,
    )


def _names_transport_works(window: str) -> bool:
    """Whether a lower-cased window holds a word of `_TRANSPORT_WORKS` (most: none), tested before its patterns."""
    return ("road" in window or "highway" in window or "railway" in window or "expressway" in window
            or "waterway" in window or "footpath" in window or "subway" in window or "bridge" in window
            or "tunnel" in window or "pipeline" in window)


def _without_transport_works(text: str, sectors: list[Mention]) -> list[Mention]:
    """Sectors less those listed with roads, railways and the like: the list is of what carries traffic, built for
    everyone ("integrating rail transits, highways, urban roads"), not of industries."""
    return [
        m for m in sectors
        if _TRANSPORT_WORKS_BEFORE.search(text, max(0, m.start - _TRANSPORT_WORKS_REACH), m.start) is None
        and _TRANSPORT_WORKS_AFTER.match(text[m.end : m.end + _TRANSPORT_WORKS_REACH]) is None
    ]


def _without_users(text: str, sectors: list[Mention]) -> list[Mention]:
    """Sectors less the lists of them that only use what the sentence makes, when others remain: "high-end steel
    used in automobiles, home appliances and shipbuilding" is steel; alone, they are what the sentence is about."""
    return _without_runs(
        text, sectors,
        lambda run: _USED_IN_BEFORE.search(text, max(0, run[0].start - _USED_IN_REACH), run[0].start) is not None,
        unless_all=True,
    )


def _may_curb(window: str) -> bool:
    return any(stem in window for stem in _CURB_STEMS)


def _is_curbed(text: str, run: list[Mention]) -> bool:
    verb = _CURB_BEFORE.search(text, max(0, run[0].start - _CURB_REACH), run[0].start)
    if verb is None:
        return _CURBED_AFTER.match(text, run[-1].end) is not None
    return verb.group("curb") is not None or (
        _CURBED_AMOUNT_WORD.search(verb.group("between")) is not None
        or _CURBED_AMOUNT_AFTER.match(text, run[-1].end) is not None
    )


def _is_goods(gazetteer: Gazetteer, sector_id: str) -> bool:
    """Whether a sector makes goods or energy, not a service, whose consumption is how it grows ("expand cultural,
    tourism and sports consumption")."""
    sector = gazetteer.sectors.get(sector_id)
    return sector is not None and sector.group != "function"


def _names_a_resource(text: str, sector: Mention) -> bool:
    """Whether the sector is named as a natural endowment ("Its hydropower resource ranks fifth"), not as
    an item of a list of industries ("key industries including new energy resources")."""
    if not _RESOURCE_AFTER.match(text, sector.end):
        return False
    return not _INDUSTRY_LIST_BEFORE.search(text, max(0, sector.start - _LIST_ITEM_REACH), sector.start)


def fact_places(text: str, sentence: SentenceMentions, gazetteer: Gazetteer, org_names: OrgNames) -> list[Mention]:
    """Places that take part in facts: resolved, not a qualifier of another place
    ("Hunan Province's Changsha", "Jingzhou in Hubei"), not a scene-setting "In Henan," opener,
    and not part of an organisation's name. Worked out once per sentence."""
    if sentence.fact_places is None:
        sentence.fact_places = _find_fact_places(text, sentence, gazetteer, org_names)
    return sentence.fact_places


def _find_fact_places(
    text: str, sentence: SentenceMentions, gazetteer: Gazetteer, org_names: OrgNames
) -> list[Mention]:
    places = sentence.resolved_places
    if not places:
        return []
    agencies = sentence.agencies
    dropped = qualifying_places(text, places, gazetteer)
    kept = []
    bystander: Mention | None = None  # the last place found to be a partner or a contrast, whom a list may go on from
    helped = _first_helped(text, places, sentence.sectors) if len(places) > 1 else None
    role_opener_end = _role_opener_end(text, places[0])
    after = text[places[0].end : places[-1].end + _PEOPLE_REACH]
    about_people = ("resident" in after or "people" in after or "citizen" in after or "compatriot" in after
                    or "youth" in after or "talent" in after or "professional" in after or "investor" in after
                    or "student" in after or "tourist" in after or "visitor" in after)  # most sentences: none
    labelled = _in_a_bracketed_label(text, places)
    for place in places:
        before = text[max(0, place.start - 32) : place.start]
        partners = _PARTNER_BEFORE.search(before) or (
            before.endswith((", ", "and ")) and _partners_listed_before(text, place, before)
        )
        if (
            (helped is not None and place.end <= helped)  # a helper: "Guangdong will help Xinjiang build ..."
            or (partners and (kept or not partners.group("between")))  # those "between" whom may be the builders
            or _names_a_company(text, place)
            or _CONTRAST_BEFORE.search(before)
            or (kept and _SERVED_BEFORE.search(before))  # a subject named before serves them
            or (kept and _DIVERSIFIED_BEFORE.search(before))  # ... or diversifies their economy
            or _SERVES_BEFORE.search(before)
            or _is_a_model(text, place)
            or _SUPPLIED_BEFORE.search(before)
            or (" in" in before and _BASED_IN_BEFORE.search(before))
            or (text.startswith(("-", "‐"), place.end) and _ORIGIN_AFTER.match(text, place.end))
            or (text.startswith(("'", "’", " of"), place.end) and _SHEDS_FUNCTIONS_AFTER.match(text, place.end))
            or ("open" in before and _OPENED_TO_BEFORE.search(before))
            or ("capital" in before and _SHEDS_FUNCTIONS_BEFORE.search(before))
            or (about_people and _PEOPLE_AFTER.match(text, place.end))
            or (text.startswith(("'s", "’s"), place.end) and _draws_on(text, place, before, bystander))
            or (_TOPIC_OF_BEFORE.search(before) and _topic_after_sectors(text, place, sentence.sectors))
            or (bystander is not None and _continues_list(text, bystander, place))
            or (("“" in before or '"' in before) and _QUOTED_EPITHET_BEFORE.search(before))
            or (("behind" in before or "ahead of" in before) and _RANK_RIVALS_BEFORE.search(
                text, max(0, place.start - _RANK_RIVALS_REACH), place.start
            ))
        ):
            bystander = place
            continue
        if dropped and place in dropped:  # mostly empty: skip hashing the mention
            continue
        if (org_names.contain(place) and not _runs_its_zone(text, place, gazetteer)) or (
            agencies and any(a.start <= place.start < a.end for a in agencies)
        ):
            continue
        if _NATURAL_FEATURE.match(text[place.end : place.end + 24]):
            continue  # "Chaohu Lake", "Xiangjiang River", "South China Sea": a feature named after the place
        if text.startswith(("'s", "’s"), place.end) and _CAPITAL_AFTER.match(text, place.end):
            continue
        if text.startswith(")", place.end) and text[place.start - 1 : place.start] == "(" and (
            _BRACKETED_IN_A_FIRM_AFTER.match(text, place.end) is not None
        ):
            continue  # "iFLYTEK (Suzhou) Technology", "BYD (Shenzhen) Co., Ltd.": a firm's branch there
        if _market_or_event_after(text, place):
            bystander = place  # and so are the places listed with it: "the South China and Southeast Asia markets"
            continue
        if place.label == "REGION" and (_only_locates(before, kept) or _scopes_a_superlative(text, place)):
            bystander = place  # and so do the places listed with it: "between the Pearl River Delta and Guangxi"
            continue
        if (_moved_from(before) or _RELATIVE_LOCATION_BEFORE.search(before)
                or (" as" in before and _NAMED_AS_BEFORE.search(before))
                # a neighbour named alone says where the subject is
                or (len(places) - len(dropped) > 1 and (_names_a_neighbour(before) or _names_a_title(before)))):
            bystander = place  # where industry leaves, or a landmark: so are the places listed with it
            continue
        if _LOCATES_A_REFERENCE.search(before):
            continue  # "The city in eastern Jiangsu province also intends to ...", "... sales make city in Hebei province a key auto hub".: the city is the one meant
        if text.startswith(",", place.end) and _is_framing_opener(text, place, sentence, gazetteer):
            continue
        if place.end <= role_opener_end:  # in an opener that says what the subject is
            continue
        if opens_a_dateline(text, place):
            continue
        if _in_aside(text, place, sentence.sectors, first=not kept) or is_a_venue(text, place) or place in labelled:
            continue
        if (
            (kept and _BETWEEN_BEFORE.search(before))
            or _locates_from_opener(text, place)
            or ends_a_route(text, place)
        ):
            bystander = place  # it only says where
            continue
        kept.append(place)
    if len(kept) > 1:
        kept = _without_later_parts_of_the_country(text, kept, gazetteer)
    if len(kept) > 1 and "Plan" in text[max(0, kept[0].start - _PLAN_NAME_REACH) : kept[-1].start]:
        kept = _without_plan_names(text, kept)
    return kept


def _without_plan_names(text: str, kept: list[Mention]) -> list[Mention]:
    """Places that only name a plan ("The Outline Development Plan for the Guangdong-Hong Kong-Macao
    Greater Bay Area has injected impetus for Huizhou ..."), and those listed with them, when the
    sentence has other places: the plan is about its place, the sentence about the others."""
    named: list[Mention] = []
    for place in kept:
        if (not text.startswith(("'s", "’s"), place.end)  # "The Guideline of Suzhou's ... Plan": Suzhou's own
                and _PLAN_NAME_BEFORE.search(text, max(0, place.start - _PLAN_NAME_REACH), place.start)) or (
            named and _continues_list(text, named[-1], place) and not _closes_a_source_opener(text, named[-1], place)
        ):
            named.append(place)
    return [place for place in kept if place not in named] if named and len(named) < len(kept) else kept


# An opener that cites the plan a sentence follows: "According to the Outline Development Plan for the Greater Bay Area,".
_SOURCE_OPENER_BEFORE = re.compile(
    r"\b(?:according\s+to|under|in\s+line\s+with|in\s+accordance\s+with|guided\s+by|based\s+on"
    r"|as\s+(?:outlined|laid\s+out|set\s+out|proposed|stated)\s+in)\s+[^,;:]*$",
    re.I,
)
_SOURCE_OPENER_REACH = 120


def _closes_a_source_opener(text: str, named: Mention, place: Mention) -> bool:
    """Whether a bare comma after the plan's place ends an opener citing the plan: the place after it opens the
    sentence's clause ("According to the ... Plan for the Greater Bay Area, Zhuhai and Foshan are expected to ...")."""
    return text[named.end : place.start].strip() == "," and (
        _SOURCE_OPENER_BEFORE.search(text, max(0, named.start - _SOURCE_OPENER_REACH), named.start) is not None
    )


# Between two regions of a list: "the Bohai-Rim region, the Yangtze River Delta", "Yangtze River Delta reigon, ...".
_REGIONS_LIST_GAP = re.compile(
    rf"(?:\s+\w+)?\s*(?:,|、|\band\b|,\s*and\b)\s*(?:the\s+)?(?:{_DIRECTION}\s+)?", re.I
)  # "... the Beijing-Tianjin-Hebei region, the eastern Yangtze River Delta region"


def _without_later_parts_of_the_country(text: str, kept: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """A part of the country named after a province, a city, a zone or a smaller region only says where they are,
    or what they lead ("Chengdu and Chongqing will ... build a western China science city", "The Central Plains
    city cluster will be ... a pioneer zone ... in central and western China"); named first, it may be where a
    base goes ("A home appliance base in Central China will be built with Wuhan leading"), and after a region it
    may be listed with it ("pilot zones in the Beijing-Tianjin-Hebei region, Yangtze River Delta region, ...")."""
    first_place = next((index for index, place in enumerate(kept)
                        if place.label == "PLACE" or not _is_part_of_the_country(gazetteer, place.entity_id)), None)
    if first_place is None:
        return kept
    listed_with_regions = kept[first_place].label != "PLACE"  # "in the Beijing-Tianjin-Hebei region, Yangtze River Delta"
    return kept[: first_place + 1] + [
        place for previous, place in zip(kept[first_place:], kept[first_place + 1 :])
        if not _is_part_of_the_country(gazetteer, place.entity_id)
        or (listed_with_regions and _REGIONS_LIST_GAP.fullmatch(text, previous.end, place.start) is not None)
    ]


def compared_places(text: str, places: list[Mention]) -> list[Mention]:
    """The places a sentence sets against another (`_CONTRAST_BEFORE`) and those listed with them: no
    subject a later "the city" refers back to ("... higher than both Beijing and Shanghai. The city will ...")."""
    window = text[max(0, places[0].start - 32) : places[-1].start].lower()
    if not any(word in window for word in _CONTRAST_WORDS):  # most sentences: no comparison at all
        return []
    return _places_listed_after(text, places, lambda before: _CONTRAST_BEFORE.search(before) is not None)


def origin_places(text: str, places: list[Mention]) -> list[Mention]:
    """The places industry moves out of (`_moved_from`) and those listed with them: no subject a later "the city"
    refers back to ("... prime spots for industries to relocate from Beijing and Tianjin. The city will ...")."""
    return _places_listed_after(text, places, _moved_from)


def partner_places(text: str, places: list[Mention]) -> list[Mention]:
    """The places a sentence's subject works with (`_PARTNER_BEFORE`, not "between" them) and those listed with them:
    no subject a later "the city" refers back to ("the city will deepen cooperation with Shanghai in sci-tech ...
    Chen also said the city will ...")."""
    if " with " not in text[max(0, places[0].start - 32) : places[-1].start]:  # most sentences: no partner
        return []
    return _places_listed_after(text, places, _works_with)


def _works_with(before: str) -> bool:
    partner = _PARTNER_BEFORE.search(before)
    return partner is not None and partner.group("between") is None


def _places_listed_after(text: str, places: list[Mention], picks: Callable[[str], bool]) -> list[Mention]:
    """The places whose 32 characters before them `picks`, and those listed after each."""
    found: list[Mention] = []
    for place in places:
        if picks(text[max(0, place.start - 32) : place.start]) or (found and _continues_list(text, found[-1], place)):
            found.append(place)
    return found


def _partners_listed_before(text: str, place: Mention, before: str) -> re.Match | None:
    """`_PARTNER_BEFORE` before the list of names the place ends, after ", " or "and " ("partnerships with companies
    in the United States, Mexico, ..., Hong Kong, and Taiwan"): the list's items are all partners, places the
    gazetteer knows or not."""
    if _SUBJECT_OF_CLAUSE.match(text, place.end):
        return None  # not the subject after an opener: "Through cooperation with Hong Kong, Shenzhen will ..."
    window_start = max(0, place.start - _NAME_LIST_REACH)
    if " with " not in text[window_start : place.start]:
        return None
    names = _NAME_LIST_BEFORE.search(text, window_start, place.start)
    if names is None:
        return None
    return _PARTNER_BEFORE.search(text, max(0, names.start() - 64), names.start())


def _draws_on(text: str, place: Mention, before: str, bystander: Mention | None) -> bool:
    """Whether the place, named in the possessive, has strengths a builder draws on (`_LEVERAGED_BEFORE`), or the next
    of such strengths: "leverage Shenzhen's thriving high-tech industries and Hong Kong's professional services"."""
    if bystander is not None and before.endswith(" and ") and text.startswith(("'s", "’s"), bystander.end):
        return _LEVERAGED_BEFORE.search(text, max(0, bystander.start - 32), bystander.start) is not None
    return _LEVERAGED_BEFORE.search(before) is not None


# A place whose experience another learns from is a model, not a builder: "Qingdao will study the experience of
# Shanghai in ... the service trade", "learn from the advanced practices of Shenzhen".
_MODEL_BEFORE = re.compile(
    r"\b(?:learn(?:s|ed|ing|t)?|stud(?:y|ies|ied|ying)|borrow(?:s|ed|ing)?|draw(?:s|ing|n)?\s+(?:on|lessons\s+from)"
    r"|emulat(?:e|es|ed|ing)|copy(?:ing)?|cop(?:ies|ied))\s+(?:from\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:experiences?|practices?|models?|examples?|lessons|approach(?:es)?)\s+(?:of|from)\s+(?:the\s+)?$"
    r"|\blearn(?:s|ed|ing|t)?\s+from\s+(?:the\s+)?$",
    re.I,
)
_MODEL_REACH = 72
_MODEL_WORDS = ("learn", "stud", "borrow", "draw", "emulat", "cop")
# ... or whose kind of thing it builds: "a Shenzhen-style chip cluster".
_MODEL_AFTER = re.compile(r"[-‐](?:style|type|like|model)\b", re.I)


def _is_a_model(text: str, place: Mention) -> bool:
    """Whether the place is one whose experience the sentence's builder learns from (`_MODEL_BEFORE`) or whose kind
    of thing it builds (`_MODEL_AFTER`)."""
    return _MODEL_AFTER.match(text, place.end) is not None or _ends_before(
        text, place, _MODEL_REACH, _MODEL_WORDS, _MODEL_BEFORE
    )


def _ends_before(text: str, place: Mention, reach: int, words: tuple[str, ...], pattern: re.Pattern) -> bool:
    """Whether `pattern` matches in the `reach` characters before the place, searched only when one of the
    lower-case `words` is there (most places: none)."""
    window = text[max(0, place.start - reach) : place.start]
    lowered = window.lower()
    return any(word in lowered for word in words) and pattern.search(window) is not None


# A firm's name that opens on a place: a brand word, at most two more capitalised words, then a word that ends firms'
# names: "Shanghai Zhenhua Heavy Industries", "Anhui Jianghuai Automobile Group", "Tianjin Port Group".
_FIRM_NAME_AFTER_PLACE = re.compile(
    r"\s+[A-Z][a-z]+(?:\s+[A-Z][\w&-]*){0,2}?\s+(?:Heavy\s+Industr(?:y|ies)|Group|Motors?|Automobile|Electric"
    r"|Steel|Chemicals?|Pharmaceuticals?|Electronics|Machinery|Shipbuilding|Shipyard|Holdings|Co\.|Corporation"
    r"|Industrial(?!\s+[A-Z(]|[\w-]))"  # "Shanghai Zhaowei Industrial with an investment of ...", not a zone's name
    r"(?![\w-])(?!\s+(?:Park|Zone|Base|Cluster|Area|City|Town|Industrial|Industry|Industries|Belt|Corridor|Valley"
    r"|District|New|Cent(?:er|re)|Hub)\b)"
)


# ... or any words up to a limited company's ending: "Zigong cultural tourism investment and Development Co., Ltd."
_LIMITED_FIRM_AFTER_PLACE = re.compile(rf"(?:\s+[\w&'’-]+){{1,7}}?{LIMITED_FIRM_END}")
_LIMITED_FIRM_REACH = 100  # characters after a place its firm's ending may lie


def _names_a_limited_firm(window: str) -> bool:
    """Whether a limited company's ending may lie in the window: every `LIMITED_FIRM_END` holds one of these."""
    return "Ltd" in window or "Limited" in window or "Co.," in window


def _names_a_company(text: str, place: Mention) -> bool:
    """Whether the place's name is one of the companies a text gives as examples (`_COMPANIES_BEFORE`)
    or that of a company leading an industry (`_LED_BY_BEFORE`), or opens a firm's name (`_FIRM_NAME_AFTER_PLACE`)."""
    if text.startswith(" ", place.end) and (
        _FIRM_NAME_AFTER_PLACE.match(text, place.end)
        or (_names_a_limited_firm(text[place.end : place.end + _LIMITED_FIRM_REACH])
            and _LIMITED_FIRM_AFTER_PLACE.match(text, place.end))
    ):
        return True  # "Shanghai Zhenhua Heavy Industries", "Anhui Jianghuai Automobile Group"
    window = text[max(0, place.start - _COMPANIES_REACH) : place.start]
    if "by " in window and _LED_BY_BEFORE.search(window) and _NAME_GOES_ON.match(text, place.end):
        return True
    if "owned" in window and _OWNED_BEFORE.search(window) and _NAME_GOES_ON.match(text, place.end):
        return True  # "State-owned Chongqing Machinery & Electronics will conduct ..."
    return (" like " in window or " as " in window or "includ" in window or "namely" in window) and (
        _COMPANIES_BEFORE.search(window) is not None
    )


def _locates_from_opener(text: str, place: Mention) -> bool:
    """Whether the place lies in an opener that says where the subject is, before the comma that ends it.
    Most windows hold none of the opener's words: a substring test goes before the regex."""
    window_start = max(0, place.start - _LOCATING_REACH)
    window = text[window_start : place.start]
    if ("A " in window or "An " in window) and _APPOSITIVE_OPENER_END.match(text, place.end) is not None and (
        _APPOSITIVE_OPENER.search(text, window_start, place.start) is not None
    ):
        return True
    return (
        any(word in window for word in _LOCATING_WORDS)
        and _LOCATING_OPENER.search(text, window_start, place.start) is not None
        and _OPENER_END.match(text, place.end) is not None
    )


def ends_a_route(text: str, place: Mention) -> bool:
    """Whether the place is an end of a pipeline, railway or power line named with it."""
    before = text[max(0, place.start - _ROUTE_REACH) : place.start]
    if ("from" in before or " to " in before and _ROUTE_WORD.search(before)) and _ROUTE_BEFORE.search(before):
        return True
    if not (text.startswith("-", place.end) or text.startswith("-", place.start - 1)):
        return False  # not a name in a compound of names: "Datong-Huailai"
    return _ROUTE_AFTER.match(text, place.end) is not None


# A superlative whose scope the region after it is: "will serve as the most important modern service industry base in
# the city and West China", "the largest aerospace base in Northwest China". The base is the subject's.
_SUPERLATIVE_SCOPE_BEFORE = re.compile(
    r"\b(?:the\s+most\s+[\w-]+|largest|biggest|leading|foremost|premier)\s+(?:[\w-]+\s+){0,6}?"
    r"in\s+(?:the\s+)?(?:(?:city|province|country|region|nation)\s+and\s+(?:the\s+)?)?$",
    re.I,
)
_SUPERLATIVE_REACH = 100
_SUPERLATIVE_WORDS = ("the most ", "largest", "biggest", "leading", "foremost", "premier")


def _scopes_a_superlative(text: str, place: Mention) -> bool:
    """Whether the place is the scope of a superlative before it (`_SUPERLATIVE_SCOPE_BEFORE`), not where a thing is."""
    return _ends_before(text, place, _SUPERLATIVE_REACH, _SUPERLATIVE_WORDS, _SUPERLATIVE_SCOPE_BEFORE)


def _only_locates(before: str, kept: list[Mention]) -> bool:
    """Whether a region only locates ("a city in the Yangtze River Delta"), or is what a builder named
    before works within."""
    return _LOCATOR_BEFORE.search(before) is not None or (bool(kept) and _WITHIN_BEFORE.search(before) is not None)


def _topic_after_sectors(text: str, place: Mention, sectors: list[Mention]) -> bool:
    """Whether sectors come before the place and none after it in its list item (up to the next comma)."""
    comma = text.find(",", place.end)
    item_end = comma if comma >= 0 else len(text)
    return any(s.end <= place.start for s in sectors) and not any(place.end <= s.start < item_end for s in sectors)


def _continues_list(text: str, previous: Mention, place: Mention) -> bool:
    """Whether the place is the next item of a list after `previous`; after a bare comma, not when it
    opens a clause of its own ("With Hong Kong, Shenzhen will ...")."""
    gap = text[previous.end : place.start]
    if not _COORDINATION.match(gap):
        return False
    return "," not in gap or _AND.search(gap) is not None or not _SUBJECT_OF_CLAUSE.match(text, place.end)


def _in_aside(text: str, place: Mention, sectors: list[Mention], first: bool) -> bool:
    """Whether the place is background in a relative clause that names no sector of the sentence
    (", which will co-host the Games with Beijing,"): it takes no sector from outside the clause. Not the sentence's
    `first` place in a clause that says where the sectors before it are."""
    opening = _RELATIVE_OPENING.search(text, max(0, place.start - _ASIDE_REACH), place.start)
    if opening is None or (first and _locates_sectors_before(text, opening.start(), place, sectors)):
        return False
    comma = text.find(",", place.end)
    clause_end = comma if comma >= 0 else len(text)
    return not any(opening.start() <= sector.start < clause_end for sector in sectors)


def _locates_sectors_before(text: str, opening: int, place: Mention, sectors: list[Mention]) -> bool:
    """Whether the relative clause opening at `opening` follows a list of sectors and says where they are: "ICs,
    biomedicine and AI (AI), which are the three pioneering industries in Shanghai, shall double"."""
    return _LOCATIVE_END.search(text, opening, place.start) is not None and any(
        _ABBREVIATION_GAP.fullmatch(text, sector.end, opening) for sector in sectors if sector.end <= opening
    )


def _names_a_neighbour(before: str) -> bool:
    """`_NEIGHBOUR_BEFORE` at the end of `before`, searched only when one of its words is there."""
    return ("to " in before or "from" in before or "adjoin" in before or "border" in before) and (
        _NEIGHBOUR_BEFORE.search(before) is not None
    )


def _names_a_title(before: str) -> bool:
    """`_TITLE_BEFORE` at the end of `before`, searched only when it ends on "of" and maybe "the"."""
    return before.rstrip().lower().endswith((" of", " of the")) and _TITLE_BEFORE.search(before) is not None


def _market_or_event_after(text: str, place: Mention) -> bool:
    """`_MARKET_OR_EVENT_AFTER` after the place, tried only when one of its nouns is near (most places: none)."""
    window = text[place.end : place.end + _MARKET_OR_EVENT_REACH].lower()
    return _MARKET_OR_EVENT_NOUN.search(window) is not None and _MARKET_OR_EVENT_AFTER.match(
        text, place.end, place.end + _MARKET_OR_EVENT_REACH
    ) is not None


def _in_a_bracketed_label(text: str, places: list[Mention]) -> list[Mention]:
    """Places inside square brackets when the sentence names others outside them: a column's or a
    series' label ("[Central China's Rise Trend: Jiangxi Chapter] Jingdezhen: ..."), not a builder."""
    if len(places) < 2 or "[" not in text[max(0, places[0].start - _LABEL_REACH) : places[-1].start]:
        return []  # most sentences
    inside = [place for place in places if _between_brackets(text, place)]
    return inside if len(inside) < len(places) else []


def _between_brackets(text: str, place: Mention) -> bool:
    opening = text.rfind("[", max(0, place.start - _LABEL_REACH), place.start)
    return (opening >= 0 and text.find("]", opening, place.start) < 0
            and text.find("]", place.end, place.end + _LABEL_REACH) >= 0)


def is_a_venue(text: str, place: Mention) -> bool:
    """Whether the place is where something was said, not a builder: "..., Yu said at a news conference
    yesterday at Civic Center in Futian District"."""
    return _ends_before(text, place, _VENUE_REACH, _VENUE_WORDS, _VENUE_BEFORE)


def opens_a_dateline(text: str, place: Mention) -> bool:
    """Whether the place opens a line as a news dateline ("BEIJING, March 5 (Xinhua) -- ...", "Zhejiang Online,
    September 21 (Reporter ...)", after its outlet: "Xinhuanet, Nanjing, May 8th (Reporter ...)"), or is one in
    capitals wherever it stands ("Updated: 2008-01-05 16:41 SHENYANG - China plans to ...", "BEIJING: ..."
    below the title; a title's "GUANGDONG: Part of the ... Alliances" labels its subject)."""
    if place.text.isupper() and len(place.text) > 3:
        return _DATELINE_AFTER.match(text, place.end) is not None or (
            _COLON_DATELINE_AFTER.match(text, place.end) is not None and "\n" in text[: place.start]
        ) or (_WORD_AFTER_CAPITALS.match(text, place.end) is not None  # "SHANGHAI American car manufacturer Tesla ..."
              and _CAPITALS_BEFORE.search(text, max(0, place.start - 16), place.start) is None)
    line_start = text.rfind("\n", max(0, place.start - _DATELINE_INDENT), place.start) + 1
    if (line_start == 0 and place.start > _DATELINE_INDENT) or text[line_start : place.start].strip():
        return _follows_an_outlet(text, place)  # the place does not open its line; an outlet's name may
    return _DATELINE_AFTER.match(text, place.end) is not None or _OUTLET_DATELINE_AFTER.match(text, place.end) is not None


def _follows_an_outlet(text: str, place: Mention) -> bool:
    """Whether the place is a dateline's after the outlet's name that opens the line: "Xinhuanet, Nanjing, May 8th
    (Reporter Liu Weiwei) The ... conference was held ..."."""
    if _REPORTER_DATELINE_AFTER.match(text, place.end) is None:  # most places: no day and reporter after them
        return False
    line_start = text.rfind("\n", max(0, place.start - _OUTLET_REACH), place.start) + 1
    if line_start == 0 and place.start > _OUTLET_REACH:
        return False
    return _OUTLET_BEFORE_DATELINE.fullmatch(text, line_start, place.start) is not None


def _moved_from(before: str) -> bool:
    """Whether `_ORIGIN_BEFORE` ends the text before a place. The search tries the pattern at every
    position, so text without 'from' or 'out of' in some case is passed over first (under re.I no other
    characters match those letters)."""
    lowered = before.lower()
    return ("from" in lowered or "out of" in lowered) and _ORIGIN_BEFORE.search(before) is not None


def qualifying_places(text: str, places: list[Mention], gazetteer: Gazetteer) -> set[Mention]:
    """Places that only qualify a neighbour: the province in "Hunan Province's Changsha" or
    "Jiangsu Suzhou", "Hubei" in "Jingzhou in Hubei", and the free trade zone in "the Lin-gang Special Area of the
    China (Shanghai) Pilot Free Trade Zone"."""
    dropped: set[Mention] = set()
    if len(places) < 2:  # most sentences: nothing to qualify
        return _scopes_of_a_reference(text, places, gazetteer, dropped)
    for first, second in zip(places, places[1:]):
        gap = text[first.end : second.start]
        if (_POSSESSIVE.match(gap) or gap == " " or _LABEL.match(gap) or _POSSESSIVE_EPITHET.match(gap)
                or ("such as" in gap or "includ" in gap or "like" in gap or "namely" in gap)
                and _MEMBERS_NAMED.match(gap)) and (
            _contains(gazetteer, first.entity_id, second.entity_id)
            or (gap == " " and _zone_then_its_area(gazetteer, first, second))
        ):
            dropped.add(first)  # "Hunan Province's Changsha", "northwest China Shaanxi Province", "Beijing: Shunyi will"
    remaining = _without(places, dropped)
    for first, second in zip(remaining, remaining[1:]):
        gap = text[first.end : second.start]
        qualifies = (
            _QUALIFIER_AFTER.match(gap)
            or ("of" in gap and _GOVERNMENT_OF.match(gap))  # "The Baotou government of the Inner Mongolia ..."
            or ((_OWNER_AFTER.match(gap) or (gap.endswith(_OWNER_AT_END_WORDS) and _OWNER_AT_END.search(gap)
                                             and not _CLAUSE_GAP.search(gap)))
                and _POSSESSIVE_AFTER.match(text, second.end))  # "Jiuquan: Gansu's hub"
            or (_APPOSITIVE_ARTICLE.fullmatch(gap)
                and (_PLACE_KIND_AFTER.match(text, second.end) or _PLACE_KIND_END.search(second.text)))
        )
        if qualifies and (
            _contains(gazetteer, second.entity_id, first.entity_id) or _area_of_zone(gazetteer, gap, first, second)
        ):
            dropped.add(second)
    return dropped | _rank_scopes(text, _without(places, dropped), gazetteer)


def _area_of_zone(gazetteer: Gazetteer, gap: str, first: Mention, second: Mention) -> bool:
    """Whether a zone is named as part "of" another ("the Lin-gang Special Area of the China (Shanghai) Pilot Free
    Trade Zone"): the larger zone only says where the area is, as a province does for its city."""
    return " of " in gap and _is_a_zone(gazetteer, first.entity_id) and _is_a_zone(gazetteer, second.entity_id)


def _runs_its_zone(text: str, place: Mention, gazetteer: Gazetteer) -> bool:
    """A zone's own authority speaks for it as a government does for its place: "Lin-gang Special Area
    Administration announced 16 policies"."""
    return _is_a_zone(gazetteer, place.entity_id) and _ZONE_AUTHORITY_AFTER.match(text, place.end) is not None


def _is_a_zone(gazetteer: Gazetteer, entity_id: str) -> bool:
    """Whether the place is a zone found in the text or a new area the gazetteer lists."""
    if zone_parent(entity_id) is not None:
        return True
    listed = gazetteer.places.get(entity_id)
    return listed is not None and listed.level == "new_area"


def _zone_then_its_area(gazetteer: Gazetteer, first: Mention, second: Mention) -> bool:
    """A zone named right before another of its place (or of a place in it) names the area of it the
    text is about: "China (Shanghai) Pilot Free Trade Zone Lin-gang Special Area"."""
    parent = zone_parent(first.entity_id)
    area_parent = zone_parent(second.entity_id)
    if area_parent is None and _is_a_zone(gazetteer, second.entity_id):
        area_parent = second.entity_id  # a listed new area: "... Free Trade Zone Lingang Special Area"
    return parent is not None and area_parent is not None and (
        parent == area_parent or _contains(gazetteer, parent, area_parent)
    )


def _rank_scopes(text: str, places: list[Mention], gazetteer: Gazetteer) -> set[Mention]:
    """Larger places after "in" that hold a place named before them in the same clause: the scope
    of its rank ("a major automobile base in central China"), not builders of their own. A part of
    the country ("northern China") is one whatever it holds: writers draw those lines their own way
    ("Zibo ... one of the biggest food bases in northern China", though Shandong is East China's)."""
    scopes: set[Mention] = set()
    for index, later in enumerate(places[1:], start=1):
        developed_from = max(0, later.start - _DEVELOPED_SCOPE_REACH)
        if not (
            _SCOPE_BEFORE.search(text, max(0, later.start - _SCOPE_BEFORE_REACH), later.start)
            or (text.find(" of ", developed_from, later.start) >= 0
                and _DEVELOPED_SCOPE_BEFORE.search(text, developed_from, later.start))
        ) or _opens_a_list(text, places, index):
            continue
        for earlier in places[:index]:
            if (
                later.start - earlier.end <= _SCOPE_REACH
                and not _CLAUSE_BREAK.search(text, earlier.end, later.start)
                and (_is_part_of_the_country(gazetteer, later.entity_id)
                     or _contains(gazetteer, later.entity_id, earlier.entity_id))
            ):
                scopes.add(later)
                break
    return _scopes_of_a_reference(text, places, gazetteer, scopes)


def _scopes_of_a_reference(
    text: str, places: list[Mention], gazetteer: Gazetteer, scopes: set[Mention]
) -> set[Mention]:
    """`scopes` and the regions after "in" in a sentence that opens on a place it refers back to: "The city will
    build ... an equipment manufacturing base in the Northeast region" (the city's rank, not the region's base)."""
    for place in places:
        if place.entity_id not in gazetteer.regions or place in scopes:
            continue
        scope = _SCOPE_BEFORE.search(text, max(0, place.start - _SCOPE_BEFORE_REACH), place.start)
        if scope and text[scope.start() - 1 : scope.start()] != "(" and _opens_on_a_reference(text, place.start):
            scopes.add(place)  # not "rice wine (in northern Shanxi)", where a cluster of a list goes
    return scopes


def _opens_on_a_reference(text: str, position: int) -> bool:
    """Whether the sentence holding `position` opens on a place it refers back to ("The city", "It"), whose
    rank a region after "in" is measured in."""
    window = max(0, position - _SENTENCE_REACH)
    start = max(text.rfind(". ", window, position) + 2, text.rfind("\n", window, position) + 1)
    return start > 1 and _REFERRING_OPENING.match(text, start, position) is not None


def _opens_a_list(text: str, places: list[Mention], index: int) -> bool:
    """Whether places[index] heads a list of places ("bases in Zhengzhou, Xinxiang and Anyang"):
    a list names where things go, one by one, not the one larger place a rank is measured in."""
    following = places[index + 1] if index + 1 < len(places) else None
    return following is not None and _COORDINATION.match(text[places[index].end : following.start]) is not None


def _is_part_of_the_country(gazetteer: Gazetteer, entity_id: str) -> bool:
    """Whether the place is a macro region: "central China", "the western regions"."""
    region = gazetteer.regions.get(entity_id)
    return region is not None and region.kind == "macro_region"


def _is_framing_opener(text: str, place: Mention, sentence: SentenceMentions, gazetteer: Gazetteer) -> bool:
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


def _role_opener_end(text: str, first_place: Mention) -> int:
    """Where the opener of the sentence holding `first_place` ends, when it says what the subject is
    (`_ROLE_OPENER`) and the subject comes after its comma; -1 otherwise. The places in it only locate that role,
    as "in central China" does a rank. Worked out once per sentence: all its places share the opener."""
    window_start = max(0, first_place.start - _ROLE_OPENER_REACH)
    opening = max(text.rfind(". ", window_start, first_place.start), text.rfind("\n", window_start, first_place.start))
    if opening < 0 and window_start > 0:
        return -1  # the sentence starts further back
    opening = opening + 1 if opening >= 0 else 0
    while opening < first_place.start and text[opening] in " \t\n\"'“‘":
        opening += 1
    if not _ROLE_OPENER.match(text, opening, first_place.start) and not (  # fails on its first letters for most
        "order to" in text[opening : first_place.start] and _PURPOSE_OPENER.match(text, opening, first_place.start)
    ):
        return -1
    end = _SENTENCE_OR_CLAUSE_END.search(text, first_place.end, first_place.end + _ROLE_OPENER_REACH)
    comma = text.find(",", first_place.end, end.start() if end else first_place.end + _ROLE_OPENER_REACH)
    return comma if comma >= 0 and _SUBJECT_AFTER_OPENER.match(text, comma) is not None else -1


def _next_place(places: list[Mention], place: Mention) -> Mention | None:
    """The first tagged place (resolved or not) that starts at or after `place` ends; `places` are in text order."""
    following = bisect_right(places, place.end, key=_START)
    return places[following] if following < len(places) else None


class OrgNames:
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


def _coordinated_groups(text: str, items: list[Mention], clusters: list[Mention] = ()) -> list[list[Mention]]:
    """Runs of same-kind mentions joined by commas and conjunctions: 'A, B and C'. `items` mixes
    places and sectors; for mentions of one kind, `coordinated_runs` gives the same. Sectors whose
    cluster phrases are the items join too ("Hefei's AI industry cluster, NEV industry cluster and a
    biomedicine base")."""
    groups: list[list[Mention]] = []
    last_is_place = None
    for item in items:
        is_place = item.label in PLACE_LABELS
        if is_place is last_is_place and (
            _joins(text, groups[-1][-1], item, len(groups[-1]) == 1)
            or (not is_place and clusters and _clusters_listed(text, groups[-1][-1], item, clusters))
        ):
            groups[-1].append(item)
        else:
            groups.append([item])
        last_is_place = is_place
    return groups


def _clusters_listed(text: str, last: Mention, item: Mention, clusters: list[Mention]) -> bool:
    """Whether the sector ends a cluster phrase after which only a coordinating gap, and an article,
    comes before the next sector."""
    start = next((c.end for c in clusters if c.start <= last.start and last.end < c.end <= item.start), None)
    return start is not None and _COORDINATION.match(_LEADING_ARTICLE.sub("", text[start : item.start])) is not None


def coordinated_runs(text: str, items: list[Mention]) -> list[list[Mention]]:
    """`_coordinated_groups` of mentions all of one kind, which need no kind compared."""
    if not items:
        return []
    group = [items[0]]
    groups = [group]
    for last, item in zip(items, items[1:]):
        if _joins(text, last, item, len(group) == 1):
            group.append(item)
        else:
            group = [item]
            groups.append(group)
    return groups


def _joins(text: str, last: Mention, item: Mention, last_alone: bool = False) -> bool:
    """Whether two mentions of one kind are items of one list: only a coordinating gap between them,
    and after a semicolon, or a comma and "and" that no list of two has, no clause of the item's own
    ("... will be developed in Shenyang, and Yingkou will be responsible for ...")."""
    gap = text[last.end : item.start]
    if not _COORDINATION.match(gap):
        return False
    if last_alone and _COMMA_AND.fullmatch(gap) and _SUBJECT_OF_CLAUSE.match(text, item.end):
        return False
    return not _SEMICOLON.search(gap) or _CLAUSE_VERB.match(text, item.end) is None


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
    same_clause = [c for c in clusters if not _clause_between(text, *sorted((c.start, sector.end)))]
    return min(same_clause, key=lambda c: (abs(c.start - sector.end), c.start), default=None)


def _clause_between(text: str, start: int, end: int) -> bool:
    """Whether a clause break, a new subject's clause (", and Chuzhou will ...") or a gapped one that drops
    the verb (", Guangzhou on transportation") lies between."""
    return (_CLAUSE_BREAK.search(text, start, end) is not None or _NEW_SUBJECT.search(text, start, end) is not None
            or _GAPPED_CLAUSE.search(text, start, end) is not None)


@functools.lru_cache(maxsize=16384)
def _contains(gazetteer: Gazetteer, outer: str, inner: str) -> bool:
    """`contains`, remembered: neighbouring places are checked sentence after sentence, and a
    loaded gazetteer never changes."""
    return contains(gazetteer, outer, inner)
