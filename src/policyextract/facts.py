"""Fact extraction: one row per (document, place, sector) from a tagged document.

Works on plain `TaggedDocument`s: walks the sentences in order, keeps the state that back-references
need (`references`), pairs each sentence (`pairing`), sets deadlines and merges the pairs into facts.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import re
from collections.abc import Callable
from dataclasses import replace
from operator import attrgetter

from .dimensions import describe_place
from .gazetteer import NEW_AREA_SUFFIXES, Gazetteer, load_gazetteer, zone_parent
from .model import Fact, Mention, SourceDocument, TaggedDocument, from_fields
from .nlp.timex import sentence_is_future
from .pairing import (
    PLACE_LABELS,
    OrgNames,
    Pair,
    SentenceMentions,
    fact_places,
    names_a_sector,
    resolved_sectors,
    sentence_pairs,
)
from .references import (
    ClusterAntecedent,
    ClusterSectors,
    CountedIndustries,
    CountedPlaces,
    ElaboratedSentence,
    IntroducedList,
    PlaceAntecedent,
    PlanOwner,
    SectionSubject,
    SelectionHeadline,
    SubjectPlaces,
    counted_industries,
    government_pairs,
    is_caption,
    is_national,
    names_only_a_place,
    spells_out_a_list,
)

# The words that set a year as a deadline, before it: "by", "by the end of", "by June"
_DEADLINE_WORDS_AT_END = re.compile(
    r"\b(?i:by|before|until|till|no\s+later\s+than)\s+(?i:the\s+)?(?i:end\s+of\s+)?(?:[A-Z][a-z]+\.?\s+)?$"
)
# A deadline referred back to: "By then, the clusters of future industries will have taken shape."
_BY_THEN = re.compile(
    r"\b(?:by\s+(?:then|that\s+time|that\s+year|the\s+same\s+(?:year|time))"
    r"|(?:in|during|over|within)\s+(?:the\s+same|that)\s+period|that(?:['’]s|\s+is)\s+when)\b",
    re.I,
)  # "By 2025, ... In the same period, the output of wind power will ...", "... by 2025. That's when ..."
# The year a text was published in, as a target: "this year", "by the end of the year", "within the year";
# and the year after it: "next year", "by the end of next year".
_THIS_YEAR = re.compile(
    r"(?P<released>\b(?:releas|issu|unveil|publish|announc|launch|introduc)\w*\s+(?:\w+\s+){0,2}?)?"
    r"\b(?:this\s+year|(?:by|before)\s+the\s+end\s+of\s+(?:this|the)\s+year|within\s+(?:this|the)\s+year"
    r"|(?P<next>(?:(?:by|before)\s+the\s+end\s+of\s+)?next\s+year))\b",
    re.I,
)
_CREDIT_AFTER = re.compile(r"\s*\((?:Xinhua|Photo|CFP|VCG|IC|China\s+Daily)\b[^()]{0,40}\)")  # cut off by the splitter
# A page's footer: "Copyright © Taizhou Medical High Tech Zone, Taizhou City.", "© 2024 Hefei Daily. All Rights
# Reserved."; or its lines of tags: "Hot search: Jiading | Industrial zones | automobile industry", "Keywords: ...";
# or an event page's credits: "Host: Chongqing Foreign Trade and Economic Relations Commission".
_PAGE_FURNITURE = re.compile(
    r"\W*(?:copyright\b|©"
    r"|(?:hot\s+search(?:es)?|keywords?|tags?|hosts?|organi[sz]ers?|sponsors?|undertakers?)\s*[:：])",
    re.I,
)
# A headline that says what a place is to build: "China's Guizhou to build complete new energy industrial chain",
# "Wuhan plans to become a hydrogen city". It pairs like a sentence.
_HEADLINE_PLAN = re.compile(
    r"\W*(?:[\w'’().,-]+\s+){1,8}?(?:to|will|plans?\s+to|aims?\s+to|eyes|vows\s+to|sets\s+out\s+to)\s+"
    r"(?:build|develop|create|foster|cultivate|set\s+up|establish|boost|promote|become|accelerate|expand|grow"
    r"|nurture|make|construct|strengthen|forge|speed\s+up|upgrade|advance|push|drive|focus\s+on|prioriti[sz]e|launch"
    r"|invest\s+in)\b",
    re.I,
)
# A short line that labels: "Furniture industry: Xindu and Chongzhou", "Wuhan: optoelectronics". The
# splitter takes it for a heading (no full stop), but it pairs like a sentence.
_LABEL_LINE = re.compile(r"\W*[^:：\n]{2,60}[:：][ \t]*\S")
# A sentence that looks back ("In recent years, Shandong has focused on ...", "For decades, ...", "Since the
# reform and opening up, ...", "With these achievements, Qinghai has made its contribution to new energy")
# reports what was done; without a word of plan or aim it sets out no fact.
_RETROSPECTIVE_OPENING = re.compile(
    r"\W*(?:Since\b|In\s+recent\s+years\b|For\s+(?:decades|years|many\s+years|centuries)\b"
    r"|(?:As\s+early\s+as|Back\s+in)\s+(?:the\s+)?(?:19|20)\d\d"
    # when its subject was made: "Built by the Shaanxi provincial government ... in November 2006, the zone ..."
    r"|(?:Built|Established|Founded|Set\s+up|Launched|Opened|Approved)\b[^.;:\n]{0,160}?\b(?:19|20)\d\d\s*,"
    r"|(?:Over|In|During)\s+the\s+(?:past|last|previous)\b|Last\s+year\b"
    r"|Through\s+(?:these|such)\s+(?:actions|efforts|measures)\b|With\s+(?:these|such)\s+achievements\b"
    r"|In\s+(?:19|20)\d\d\s*,"
    # a statistic of part of a year: "In the first quarter of this year, Guian New Area achieved ..."
    r"|In\s+the\s+first\s+(?:half|quarter|three\s+quarters|(?:two|three|four|five|six|seven|eight|nine|ten|eleven"
    r"|\d{1,2})\s+months)\s+of\b)",
    re.I,
)
# A sentence that reports a figure ("The number of high-tech enterprises in Harbin reached 1,180, up 45
# percent") is a statistic, not a plan; like a look back it sets out no fact without a word of plan.
# The verbs of a figure: the regex takes them, and a plain substring test of their first word goes first.
_FIGURE_VERBS = ("reached", "rose", "grew", "increased", "decreased", "dropped", "fell", "totaled", "totalled",
                 "exceeded", "amounted to", "amount to", "amounts to", "accounted for",
                 "produced", "manufactured", "sold", "exported", "received",  # "Shaanxi produced 430,000 NEVs"
                 "produces", "contributes", "contributed", "account for", "accounts for",  # "It produces 70 percent of"
                 "came to", "stood at")  # "Beihai's electronics manufacturing output came to 25.8 billion yuan"
_FIGURE_WORDS = tuple(verb.split()[0] for verb in _FIGURE_VERBS)
_REPORTS_A_FIGURE = re.compile(
    r"\b(?:" + "|".join(verb.replace(" ", r"\s+") for verb in _FIGURE_VERBS) + ")"
    r"\s+(?:by\s+|to\s+|about\s+|nearly\s+|over\s+|more\s+than\s+|around\s+|some\s+)*"
    r"(?:[\d.,]+|a\s+(?:record|significant|large))",
    re.I,
)

# ... and so does a report of growth: "Hunan Cultural Industry Shows Strong Growth Momentum", "the sector saw
# rapid growth", "Tourism of the county also gained momentum" (not "will see growth": a target)
_REPORTS_GROWTH = re.compile(
    r"(?<!\bwill\s)(?<!\bto\s)\b(?:shows|showed|sees|saw|posts|posted|records|recorded|registers|registered|enjoyed|gained"
    # "The city's maglev power equipment industry achieved an annual growth rate exceeding 40 percent"
    r"|achieved|made)\s+(?:an?\s+)?(?:(?:annual|average|yearly)\s+)*"
    r"(?:(?:strong|steady|stable|rapid|robust|fast|sound|good|solid|positive|sustained|remarkable|double-digit)\s+)?"
    # ... by a percentage: "In that year, the two cities made a 49.1-percent growth in foreign trade"
    r"(?:[\d.,]+[-\s]?(?:pct|percent|per\s+cent|%)\s+)?"
    r"(?:growth|momentum|rises?|increases?|gains?|expansion)\b",
    re.I,
)
# ... or reports that it grew fast: "while the overall cultural industry in Hunan developed rapidly", "The integrated
# circuit industry in Nanhu and Jiashan has also been growing steadily"
_GREW_FAST = re.compile(
    r"\b(?:developed|grew|expanded|increased|rose|(?:has|have|had)\s+(?:also\s+)?been\s+(?:growing|developing|expanding))"
    r"\s+(?:rapidly|fast|steadily|quickly|significantly|strongly)\b",
    re.I,
)
# ... or that it is booming: "Thus the laptop industry was booming in October with unceasing orders"
# (past only: "is currently booming and it is projected to exceed ... by 2025" goes on to a target), or that it
# prospers, as a headline says: "Wig industry prospers in Xuchang" (not "will prosper", "to help it thrive")
_BOOMING = re.compile(
    r"\b(?:was|were|had\s+been)\s+(?:\w+ly\s+)?booming\b"
    r"|(?<!\bwill\s)(?<!\bto\s)\b(?:prospers|prospered|thrives|thrived|flourishes|flourished)\b",
    re.I,
)
# ... or that it came back: "Chongqing's auto industry rebounds" (not "will rebound": a hope)
_REBOUNDED = re.compile(
    r"(?<!\bwill\s)(?<!\bto\s)\b(?:rebounds|rebounded|recovers|recovered|picks\s+up|picked\s+up)\b", re.I
)
# ... or an amount a measure was: "Jiangxi Province's total tourism revenue during the holiday was 5.68 billion yuan"
_WAS_AN_AMOUNT = re.compile(
    r"\b(?:revenues?|output|sales|income|turnover|GDP|value|volume|investment|exports|imports)\b[^.;:]{0,80}?"
    r"\b(?:was|were)\s+(?:about\s+|nearly\s+|over\s+|more\s+than\s+|around\s+|some\s+|approximately\s+|only\s+)?"
    r"(?:RMB\s*|US\$\s*|\$\s*)?[\d.,]+\s*(?:billion|million|trillion|yuan|tons|tonnes|units|percent|per\s+cent|%)",
    re.I,
)
_AMOUNT_WORDS = ("revenue", "output", "sales", "income", "turnover", "gdp", "value", "volume", "investment", "exports",
                 "imports")  # tested first, with " was " or " were ", in the lower-cased sentence
# ... or a change by a percentage, as headlines give it: "Hebei March steel output down 3.5 pct on year",
# "Guangdong's chip exports jump 20 percent" (not "output will rise 20 percent": a target)
_CHANGED_BY_PERCENT = re.compile(
    r"(?<!\bwill\s)(?<!\bto\s)\b(?:up|down|rises?|rose|falls?|fell|jumps?|jumped|drops?|dropped|surges?|surged|slumps?"
    r"|slumped|climbs?|climbed|gains?|gained|declines?|declined|soars?|soared|plunges?|plunged)"
    r"\s+(?:by\s+)?[\d.,]+\s*(?:pct|percent|per\s+cent|%|percentage\s+points?)"
    # ... or as a noun: "this was an increase of 3.7% on 2004" (not "achieve an increase of 20 percent")
    r"|(?<!\bachieve\s)(?<!\breach\s)\ban?\s+(?:increase|decrease|rise|drop|fall|decline)\s+of\s+[\d.,]+\s*"
    r"(?:pct|percent|per\s+cent|%)\s+(?:on|over|from|compared|year)"
    # ... or a share of a whole: "Nearly 10% of global display panels ... bear the 'Made in Anhui' mark"
    r"|[\d.]+\s*(?:pct|percent|per\s+cent|%)\s+of\s+(?:the\s+)?(?:global|world['’]s|world|national|nation['’]s"
    r"|country['’]s|China['’]s|all\s+the)\b"
    # ... or of a place's: "It provides about 45% of Hainan's foreign trade" (not a target: "raise to 45% of ...")
    r"|(?<!\bto\s)(?<!\bby\s)\b[\d.]+\s*(?:pct|percent|per\s+cent|%)\s+of\s+[A-Z][\w-]*['’]s\s"
    # "The traditional sectors of coal, electricity and metallurgy hold a substantial share in Ningxia, accounting for more
    # than 60 percent of ..."
    r"|(?<!\bwill\s)(?<!\bto\s)\baccount(?:s|ed|ing)?\s+for\s+(?:more\s+than\s+|over\s+|about\s+|nearly\s+|around\s+"
    r"|almost\s+|roughly\s+)?(?:[\d.]+\s*(?:pct|percent|per\s+cent|%)"
    # "... production capacity accounts for about half of our province"
    r"|(?:half|one-third|a\s+third|one\s+third|two-thirds|two\s+thirds|a\s+quarter|one-quarter|one\s+quarter)\s+of)",
    re.I,
)
_PERCENT_WORDS = ("pct", "percent", "per cent", "%", "half of", "third", "quarter")
# The words each needs, a verb and a noun or adverb, looked for in the lower-cased sentence first: most sentences
# lack one or the other (substring tests also run twice as fast as one search for their alternation).
_GROWTH_VERBS = ("show", "sees ", "saw ", "post", "record", "register", "enjoyed ", "achieved ", "made ", "gained ")
_GROWTH_NOUNS = ("growth", "momentum", " rise", " increase", " gain", "expansion")  # " rise", not "enterprise"
_GREW_VERBS = ("developed ", "grew ", "expanded ", "increased ", "rose ", "been growing ", "been developing ",
               "been expanding ")
_FAST_WORDS = ("rapidly", " fast", "steadily", "quickly", "significantly", "strongly")
# ... or where a place ranks: "Chengdu has become No.4 of range of software income among deputy provincial cities",
# "Shandong ranked first in the country in ..." (with no word of plan: not "aims to rank among the top three")
_RANKS = re.compile(
    r"\b(?:rank(?:s|ed)?\s+(?:the\s+)?(?:first|second|third|fourth|fifth|top|\d+(?:st|nd|rd|th))"
    # "Nanhu, Haining and Jiashan ... were ranked among the top 10 in this area in Zhejiang" (not "aims to rank among")
    r"|(?:is|are|was|were)\s+ranked\s+among\s+the\s+top"
    r"|No\.\s?\d+\s+(?:of|in|among)"
    # "(Yangjiang is) third in the country behind Nantong", "the top offshore wind energy generator in the province"
    r"|(?:first|second|third|fourth|fifth|\d+(?:st|nd|rd|th))\s+in\s+(?:the\s+)?(?:country|nation|province|world)"
    r"|the\s+top\s+(?:[\w-]+\s+){0,4}?(?:producers?|generators?|manufacturers?|exporters?)\s+in"
    # "Yunnan has become the largest production base of monocrystalline silicon photovoltaic materials in the world"
    r"|(?:has|have)\s+(?:now\s+|already\s+)?become\s+(?:one\s+of\s+)?the\s+(?:largest|biggest|leading|top)\s+"
    r"(?:[\w-]+\s+){0,10}?in\s+(?:the\s+)?(?:world|country|nation|China)"
    # "The digital economy has become the most dynamic economic field in Jiaxing"
    r"|(?:has|have)\s+(?:now\s+|already\s+)?become\s+(?:one\s+of\s+)?the\s+most\s+[\w-]+\s+(?:[\w-]+\s+){0,4}?in\s+"
    # "The city's Wuhu Aviation Industrial Park has become a hub and pivotal site for the production of ... aircraft"
    # ... or "has gradually become one of China's three major household appliance manufacturing bases"
    r"|(?:has|have)\s+(?:now\s+|already\s+|gradually\s+)?become\s+(?:an?|one\s+of\s+(?:the|China['’]s|its))\s+"
    r"(?:[\w-]+\s+){0,6}?"
    # "Jinan now has become an important area for the software industry", "Weifang has become a manufacturing powerhouse"
    r"(?:hubs?|bases?|centers?|centres?|clusters?|areas?|powerhouses?|highlands?|strongholds?)\b"
    # "The city ... has been a transportation hub since ancient times"
    r"|(?:has|have)\s+been\s+(?:an?|the)\s+(?:[\w-]+\s+){0,4}?(?:hubs?|bases?|cent(?:er|re)s?|destinations?)\s+"
    r"(?:since|for\s+(?:decades|centuries|many\s+years))\b"
    # "It is also the largest production base of ..., the second largest production base of automobiles"
    r"|\b(?:is|are)\s+(?:also\s+|now\s+|already\s+)?(?:one\s+of\s+)?the\s+(?:second\s+|third\s+)?"
    r"(?:largest|biggest|only|sole|one\s+and\s+only)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:bases?|producers?|manufacturers?)\s+(?:of|for|in))\b",
    re.I,
)
_RANK_WORDS = ("rank", "no.", " in the country", " in the nation", " in the province", " in the world", "the top ",
               " in china", "largest", "biggest", " become", " been a", " been the")


# ... and so does a count of what a place has or has done so far: "Shandong now has over 100 companies
# related to the hydrogen industrial chain", "It has put 269 fuel-cell vehicles into service"; not an aim
# ("It wants to have over 10 brands", "will have over 100 firms").
_REPORTS_A_COUNT = re.compile(
    r"(?<!to\s)(?<!will\s)(?<!shall\s)(?<!would\s)(?<!should\s)\b(?:has|have|had|owns|owned)\s+(?:now\s+|already\s+|so\s+far\s+)?"
    r"(?:(?:put|built|set\s+up|established|attracted|gathered|introduced|installed|registered|deployed|launched|opened"
    r"|accumulated"
    r"|over|more\s+than|nearly|about|around|some)"
    r"\s+(?:[\w,-]+\s+){0,2}?\d"
    # ... or the firms it counts now: "Suining currently has 55 various types of lithium battery enterprises"
    r"|(?:currently\s+)?\d[\d,]*\s+(?:[\w-]+\s+){0,6}?(?:enterprises|companies|firms|factories|plants|manufacturers"
    r"|institutions|universities|colleges))",
    re.I,
)


# ... or something finished and working: "Shandong Province's first Perovskite Photovoltaic Technology Innovation
# Center was inaugurated in Qingdao", "the plant was put into operation" (not a plan "unveiled" or "launched").
_REPORTS_A_COMPLETION = re.compile(
    r"\b(?:was|were|has\s+been|have\s+been)\s+(?:officially\s+|formally\s+|successfully\s+)?"
    r"(?:inaugurated|completed|commissioned|put\s+into\s+(?:operation|production|use|service))\b",
    re.I,
)
# ... or counted as there now: "There are currently 126 listed biomedical enterprises in the city", "there are a
# number of chemical fibre enterprises in the city", "It is home to more than 2,200 AI companies", "Zhili is home to
# 14,000 market entities involved in the children clothing sector" (not to projects:
# "The two parks are now home to more than 10 major projects").
_THERE_ARE_A_COUNT = re.compile(
    r"\bthere\s+(?:are|were)\s+(?:currently\s+|now\s+|already\s+)?"
    r"(?:(?:over\s+|more\s+than\s+|nearly\s+|about\s+|around\s+|some\s+|a\s+total\s+of\s+)?\d"
    # ... or counted in words: "there are a number of chemical fibre enterprises in the city"
    r"|(?:a\s+(?:number|host|series)\s+of|many|several|numerous|dozens\s+of|hundreds\s+of|thousands\s+of)\s+"
    r"(?:[\w-]+\s+){0,4}?(?:enterprises|companies|firms|manufacturers|producers|makers|businesses|entities|factories"
    r"|plants)\b)"
    r"|\b(?:is|are|was|were)\s+(?:also\s+)?(?:currently\s+|now\s+|already\s+)?home\s+to\s+"
    r"(?:over\s+|more\s+than\s+|nearly\s+|about\s+|around\s+|some\s+|a\s+total\s+of\s+)?\d[\d,]*\s+"
    r"(?:[\w-]+\s+){0,4}?(?:enterprises|companies|firms|manufacturers|producers|makers|businesses|entities)\b",
    re.I,
)
# ... or the strengths a place has: "the city has strong capability for innovation, especially in aviation and space,
# semiconductors, ...", "Yantai's strong marine engineering and equipment manufacturing capabilities provide ...".
# ... or a record it set: "China's Jiangsu sees record NEV output in first 7 months of 2022" (not "will set a record")
_SETS_A_RECORD = re.compile(
    r"(?<!\bwill\s)(?<!\bto\s)\b(?:sees|saw|posts|posted|hits|hit|reaches|reached|sets|set|breaks|broke)\s+(?:a\s+)?"
    r"(?:new\s+)?record\b",
    re.I,
)
# ... or what a measure is worth now: "foreign trade in the district was valued at 169.88 billion yuan" (not "will be
# valued at").
_VALUED_AT = re.compile(
    r"\b(?:is|are|was|were|has\s+been|have\s+been)\s+valued\s+at\s+"
    r"(?:about\s+|around\s+|nearly\s+|over\s+|more\s+than\s+)?(?:[$¥€£]|US\$|USD|RMB|CNY|\d)",
    re.I,
)
# A showing of what a place has achieved, whenever it is held: "Dapeng will display its achievements in bio-medicine
# ... at the summit" sets out no plan for them.
_SHOWS_ACHIEVEMENTS = re.compile(
    r"\b(?:display|displays|displayed|showcase|showcases|showcased|exhibit|exhibits|exhibited|present|presents)\s+"
    r"(?:its|their|the\s+[\w-]+['’]s|[A-Z][\w-]*['’]s)\s+(?:[\w-]+\s+)?(?:achievements|accomplishments)\s+in\b",
)
_HAS_STRENGTHS = re.compile(
    r"\b(?:has|have|boasts?|boasted)\s+(?:a\s+)?(?:strong|solid|great|advanced|leading|outstanding|considerable)\s+"
    r"(?:[\w-]+\s+){0,2}?capabilit(?:y|ies)\b"
    r"|['’]s\s+(?:strong|solid|advanced|leading|outstanding)\s+(?:[\w-]+\s+){1,6}?capabilities\b",
    re.I,
)
# ... and so do the clusters a place has formed so far: "Chongqing has also established several industrial clusters of
# integrated circuits, software ...", "Hunan has formed three trillion-yuan industrial clusters", "It has a number of
# industrial clusters centering on steel, machinery, ...".
_FORMED_CLUSTERS = re.compile(
    r"(?<!to\s)(?<!will\s)(?<!shall\s)(?<!would\s)(?<!should\s)\b(?:has|have)\s+(?:now\s+|already\s+|also\s+|so\s+far\s+)*"
    r"(?:(?:established|formed|built|set\s+up|created|cultivated|fostered|developed|nurtured)\s+"
    # "investments ... have resulted in the formation of four IC industry clusters"
    r"|(?:resulted\s+in|led\s+to|brought\s+about)\s+the\s+(?:formation|emergence|rise)\s+of\s+"
    r"|(?=(?:a\s+(?:number|host|series)\s+of|several|many|numerous|dozens\s+of|\d+|two|three|four|five|six|seven"
    r"|eight|nine|ten|eleven|twelve)\s))"
    r"(?:(?!to\b)[\w-]+\s+){0,4}?(?:clusters|bases|industrial\s+chains|industry\s+chains|industrial\s+systems)\b",
    re.I,
)
# ... and so does a sum a place earned: "Guizhou ... achieved tourism revenue of 3.614 billion yuan".
_REPORTS_A_SUM = re.compile(
    # not the size a "with" phrase gives what it follows: "the four dominant industries with annual revenue of RMB 1
    # trillion – electronic information, ..."
    r"(?<!\bwith\s)(?<!\bwith\san\s)(?<!\bwith\sannual\s)(?<!\bwith\stotal\s)(?<!\bwith\sa\stotal\s)"
    r"\b(?:revenue|income|output\s+value|turnover)\s+(?:[\w-]+\s+){0,2}?(?:of|was|were|totall?ed|hit|stood\s+at)\s+"
    r"(?:about\s+|nearly\s+|over\s+|more\s+than\s+|around\s+)?(?:RMB\s*|US\$\s*|\$\s*|¥\s*)?\d"
    # ... or an amount it made: "the total output of grains in Hebei in 2005 was 21.77 million tonnes"
    r"|\b(?:output|production)\s+of\s+[^.;]{1,60}?\s+(?:was|were)\s+(?:about\s+|nearly\s+|over\s+|more\s+than\s+"
    r"|around\s+)?\d",
    re.I,
)
_SUM_WORDS = ("revenue", "income", "output", "turnover", "production")


# A sentence about one company's doings, past or planned: "The plant will soon add an annual production capacity of
# 200,000 new energy vehicles", "The company buys coal tar mainly from Xinjiang". A firm's own plant is no cluster of
# its place's.
_COMPANY_SUBJECT = re.compile(
    r"\W*(?:[^,.;:\n]{0,60},\s*)?(?:The|This|That)\s+(?:new\s+|second\s+|first\s+)?"
    r"(?:company|firm|plant|factory|facility|enterprise|mill|manufacturer|automaker|carmaker)\b(?!['’]s)"
)
_COMPANY_WORDS = ("compan", "firm", "plant", "factor", "facilit", "enterprise", "mill", "maker", "manufacturer")
_COMPANY_OPENING_REACH = 100  # characters of a sentence its subject lies in, after an opener of up to 60
_ANAPHOR_OPENING_REACH = 48  # characters of a sentence that "The (province)" referring back opens it within
# ... or on a company by its name, which ends in the word for a company: "Chery Holding to Build Auto Parts Industrial
# Base in Wuhu", "China Baowu Group will build ...".
_NAMED_COMPANY_SUBJECT = re.compile(
    r"\W*(?:[^,.;:\n]{0,60},\s*)?(?:[A-Z][\w&'’-]*\s+){1,5}?(?:(?<!City\s)(?<!Cities\s)(?<!Urban\s)Group|Holdings?"
    r"|Co\.|Corp\.?|Corporation|Inc\.?|Ltd\.?"
    r"|Limited|Motors?)(?:\s*\([^()]{0,40}\))?,?\s+(?:to|will|plans?|aims?|signed|signs|has|have|is|are|announced"
    r"|announces|invests?|invested|inked|launched|launches|started|starts|opened|opens|broke|breaks)\b"
)


def _about_a_company(sentence_text: str) -> bool:
    """`_COMPANY_SUBJECT` or `_NAMED_COMPANY_SUBJECT` at the sentence's start, tried only when a company word opens it
    (most: none)."""
    opening = sentence_text[:_COMPANY_OPENING_REACH].lower()
    if any(word in opening for word in _COMPANY_WORDS) and _COMPANY_SUBJECT.match(sentence_text) is not None:
        return True
    return ("group " in opening or "holding" in opening or " co." in opening or " corp" in opening or " inc" in opening
            or " ltd" in opening or "limited " in opening or "motor" in opening) and (
        _NAMED_COMPANY_SUBJECT.match(sentence_text) is not None
    )


_FIVE_YEAR_PLAN = re.compile(r"\bfive[- ]year\s+plan\b", re.I)  # names a period, not a plan issued
# A word that names a plan: a plan issued in a past year is still news of what is planned.
_PLAN_WORD = re.compile(
    r"\b(?:plans?|planning|outlines?|opinions|guidelines?|programmes?|programs?|notice|blueprints?)\b", re.I
)


def _dated_in_the_past(mentions: list[Mention], sentence_text: str, published_year: int | None) -> bool:
    """Whether the sentence's years are all years reached ("Beijing saw rapid development of new energy vehicles in
    2023"), or periods or deadlines that ended before the text was published ("... increased year by year throughout
    the 13th Five-Year Plan period (2016-20)", "liquor companies contributed 12 percent ... by the end of 2018" in
    2024): what it reports was done then, not planned. Not a plan issued then ("the work
    plan for the digital economy in Henan Province in 2022 was issued"): a plan is news of what is planned; a
    five-year plan's period is no such plan. A day written with its month before the year of publication is one
    reached too ("... was where the company's first car rolled out on Aug 8, 1998"); not a timestamp ("2017-01-17
    10:05" after a headline in a list of them)."""
    years = [(m.note, m.value) for m in mentions
             if m.label == "YEAR" or (m.label == "DATE" and any(c.isalpha() for c in m.text))]  # a month's name
    if not years or not all(
        role == "observation" or (role in ("period", "deadline", "date") and published_year is not None
                                  and value is not None and value < published_year)
        for role, value in years
    ):
        return False
    return _PLAN_WORD.search(_FIVE_YEAR_PLAN.sub("", sentence_text)) is None


def _shows_achievements(sentence_text: str) -> bool:
    """`_SHOWS_ACHIEVEMENTS`, searched only where "achievements in" or "accomplishments in" is written."""
    return ("achievements in" in sentence_text or "accomplishments in" in sentence_text) and (
        _SHOWS_ACHIEVEMENTS.search(sentence_text) is not None
    )


def _reports_a_figure(sentence_text: str) -> bool:
    """`_REPORTS_A_FIGURE`, `_REPORTS_A_SUM` or `_REPORTS_A_COUNT`, searched only in the few sentences that
    hold one of their words and, for a count, a digit (3x faster); or a change "year on year" or by a percentage
    (`_CHANGED_BY_PERCENT`), growth reported (`_REPORTS_GROWTH`, `_GREW_FAST`, `_BOOMING`, `_REBOUNDED`), an amount
    a measure was (`_WAS_AN_AMOUNT`) or is worth (`_VALUED_AT`), a rank (`_RANKS`), a place's
    strengths (`_HAS_STRENGTHS`), or the clusters a place has formed so far."""
    lowered = sentence_text.lower()
    if any(word in lowered for word in _FIGURE_WORDS) and _REPORTS_A_FIGURE.search(sentence_text) is not None:
        return True
    if any(word in lowered for word in _SUM_WORDS) and _REPORTS_A_SUM.search(sentence_text) is not None:
        return True
    if "year on year" in lowered or "year-on-year" in lowered:  # "production increase 26.1 percent year on year"
        return True
    if any(word in lowered for word in _PERCENT_WORDS) and _CHANGED_BY_PERCENT.search(sentence_text) is not None:
        return True
    if (any(word in lowered for word in _GROWTH_VERBS) and any(word in lowered for word in _GROWTH_NOUNS)
            and _REPORTS_GROWTH.search(sentence_text) is not None):
        return True
    if (any(word in lowered for word in _GREW_VERBS) and any(word in lowered for word in _FAST_WORDS)
            and _GREW_FAST.search(sentence_text) is not None):
        return True
    if ("booming" in lowered or "prosper" in lowered or "thrive" in lowered or "flourish" in lowered) and (
        _BOOMING.search(sentence_text) is not None
    ):
        return True
    if ("rebound" in lowered or "recover" in lowered or "picks up" in lowered or "picked up" in lowered) and (
        _REBOUNDED.search(sentence_text) is not None
    ):
        return True
    if (" was " in lowered or " were " in lowered) and any(word in lowered for word in _AMOUNT_WORDS) and (
        _WAS_AN_AMOUNT.search(sentence_text) is not None
    ):
        return True
    if any(word in lowered for word in _RANK_WORDS) and _RANKS.search(sentence_text) is not None:
        return True
    if ("there are" in lowered or "there were" in lowered or "home to" in lowered) and (
        _THERE_ARE_A_COUNT.search(sentence_text) is not None
    ):
        return True
    if ("inaugurated" in lowered or "completed" in lowered or "commissioned" in lowered or "put into" in lowered) and (
        _REPORTS_A_COMPLETION.search(sentence_text) is not None
    ):
        return True
    if "capabilit" in lowered and _HAS_STRENGTHS.search(sentence_text) is not None:
        return True
    if "record" in lowered and _SETS_A_RECORD.search(sentence_text) is not None:
        return True
    if "valued at" in lowered and _VALUED_AT.search(sentence_text) is not None:
        return True
    if "has " not in lowered and "have " not in lowered and "had " not in lowered and "owns " not in lowered and (
        "owned " not in lowered
    ):
        return False
    return _FORMED_CLUSTERS.search(sentence_text) is not None or (
        any(c.isdigit() for c in sentence_text) and _REPORTS_A_COUNT.search(sentence_text) is not None
    )


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
    org_names = OrgNames(text)
    paragraph_deadlines: dict[int, int] = {}
    heading_sectors: list[Mention] = []
    antecedent = ClusterAntecedent(gazetteer)
    named_clusters = ClusterSectors(gazetteer, org_names)
    referent = PlaceAntecedent(
        gazetteer, org_names, tuple(m for m in tagged.mentions if m.label == "PLACE" and m.entity_id)
    )
    elaborated = ElaboratedSentence(gazetteer, org_names)
    counted = CountedIndustries(gazetteer, org_names)
    counted_places = CountedPlaces(gazetteer, org_names)
    subject = SubjectPlaces(gazetteer, org_names)
    section = SectionSubject(gazetteer, org_names, tagged)
    selection = SelectionHeadline(gazetteer, org_names, tagged)
    plan = PlanOwner(gazetteer, org_names, text)

    def refer(sentence, mentions):  # the places a sentence naming none is about, with the sectors given
        return (
            referent.pairs(text, sentence, mentions, org_names) or subject.pairs(text, sentence, mentions, org_names)
            or plan.pairs(text, sentence, mentions) or section.pairs(text, sentence, mentions)
            or subject.speaker_pairs(text, sentence, mentions, org_names)
        )

    introduced = IntroducedList(gazetteer, org_names, refer)
    last_deadline: tuple[int, int, bool] | None = None  # the last deadline a sentence set, its paragraph, and
    # whether it was only the period of a plan it names (`_names_a_plan_s_period`)
    table = _FactTable(tagged.source, gazetteer)
    for index, sentence in enumerate(tagged.sentences):
        mentions = by_sentence.get(index)
        if mentions is None:  # sets no deadline, pairs nothing, and as a heading names no sector
            # "The province considers ten industries ...": "(T)he" in its opening is tested first, then the counts
            if ("he " in text[sentence.start : sentence.start + _ANAPHOR_OPENING_REACH]
                    and counted_industries(text, sentence) and (opened := referent.opening_place(text, sentence))):
                counted.follow(text, index, sentence, [opened])
            introduced.follow(text, sentence, [], None)
            plan.follow(text, sentence, [], None)  # "The plan aims to attract capital. It outlines ..."
            if sentence.is_heading:
                heading_sectors = []
                section.follow_heading(text, sentence, None)
            continue
        sentence_text = text[sentence.start : sentence.end]
        if _PAGE_FURNITURE.match(sentence_text) or (not sentence.is_heading and (
            is_caption(text, sentence.start, sentence.end) or _CREDIT_AFTER.match(text, sentence.end)
        )):
            continue
        if _about_a_company(sentence_text) or _shows_achievements(sentence_text) or (
            _RETROSPECTIVE_OPENING.match(sentence_text) or _reports_a_figure(sentence_text)
            or _dated_in_the_past(mentions, sentence_text, published_year)
        ) and not sentence_is_future(sentence_text):
            if index in placed:  # it sets out no fact, but "the province", "It" or "The base" may still refer back to it
                past = SentenceMentions(mentions)
                referent.follow(past.resolved_places)
                subject.follow(text, sentence, past)
                antecedent.follow(text, sentence, fact_places(text, past, gazetteer, org_names) if past.clusters else [],
                                  past.clusters)
            continue
        deadline = _sentence_deadline(mentions, sentence_text, published_year) if index in dated else None
        if deadline is None and published_year is not None:
            deadline = _year_set_from_publication(sentence_text, published_year)  # "... this year", "next year"
        scope = "sentence"
        if deadline is not None:
            last_deadline = (deadline, sentence.paragraph, _names_a_plan_s_period(text, mentions, deadline))
        elif last_deadline and sentence.paragraph <= last_deadline[1] + 1:
            if _says_by_then(sentence_text):
                deadline, scope = last_deadline[0], "paragraph"  # "By then, the clusters will have taken shape."
            elif not last_deadline[2] and spells_out_a_list(text, sentence.start, sentence.end):
                # "The four pillar clusters refer to ..." spells out what the sentence with the deadline
                # set a target for; a run of such sentences carries it on
                deadline, scope = last_deadline[0], "paragraph"
                last_deadline = (deadline, sentence.paragraph, False)
        if deadline is not None and sentence_text.rstrip().endswith(":"):
            paragraph_deadlines[sentence.paragraph] = deadline
        item_pairs, list_deadline = introduced.pairs(text, sentence, mentions) if introduced.intro else ([], None)
        introduced.follow(text, sentence, mentions, deadline)
        named_clusters.follow(text, sentence, mentions, deadline)
        if item_pairs:  # "- Special steel materials" in a list the sentence before introduced
            if deadline is None and list_deadline is not None:
                deadline, scope = list_deadline, "paragraph"
            table.add(item_pairs, sentence_text, sentence.start, sentence.end, deadline, scope, sentence.paragraph)
            continue
        if sentence.is_heading:
            sectors = resolved_sectors(mentions)
            heading_sectors = sectors if index not in placed and names_a_sector(sentence_text, sectors) else []
            heading_mentions = SentenceMentions(mentions)
            if index in placed:  # a headline's subject: "Wudang makes five-year development plan"
                subject.follow(text, sentence, heading_mentions)
                referent.follow(heading_mentions.resolved_places)
            section.follow_heading(text, sentence, heading_mentions)
            if index not in placed or not (
                _LABEL_LINE.match(sentence_text) or (heading_mentions.clusters and section.is_below_title(sentence))
                or _HEADLINE_PLAN.match(sentence_text)
            ):
                continue
            # a line that labels places with their sectors ("Furniture industry: Xindu and Chongzhou")
            pairs = sentence_pairs(text, sentence.end, heading_mentions, [], gazetteer, org_names)
            if not pairs:
                continue
        elif index not in placed:  # half the sentences with mentions: without a resolved place, no pair
            if (opened := referent.opening_place(text, sentence)) is not None:
                subject.follow_reference(opened, sentence)  # "The county is ... It has also been ..."
                section.follow_opening(sentence, opened)
                counted.follow(text, index, sentence, [opened])  # "The province considers ten industries ..."
            governed = government_pairs(text, mentions, gazetteer, org_names)
            if governed:  # "Zhangzhou Municipal Government clinched ... the city will": the government's place
                referent.follow([governed[0][0]])
            pairs = (
                governed
                or antecedent.pairs(text, sentence, mentions, org_names)
                # "It will ... build a base for electronic component enterprises in the province": "It" is the subject,
                # the place referred back to further in only where
                or subject.pairs(text, sentence, mentions, org_names)
                or referent.pairs(text, sentence, mentions, org_names)
                or elaborated.pairs(text, index, sentence, mentions)
                or counted.pairs(text, index, sentence, mentions)
                or subject.part_pairs(text, sentence, mentions, org_names)
                or plan.pairs(text, sentence, mentions)
                or section.pairs(text, sentence, mentions)
                or subject.speaker_pairs(text, sentence, mentions, org_names)
            )
            plan.follow(text, sentence, mentions, None)  # a plan it names has no place
            counted_places.follow(text, index, sentence, mentions)
            if not pairs:
                # "Output of the hydrogen industry is to reach ... by 2025."; not the country's forecast
                if deadline is not None and not is_national(text, sentence.start, sentence.end):
                    table.date_earlier(resolved_sectors(mentions), deadline, sentence.paragraph)
                continue
        else:
            sentence_mentions = SentenceMentions(mentions)
            if names_only_a_place(text, sentence, sentence_mentions):  # "——Yichun city." opens its section
                section.follow_place_line(text, sentence_mentions)
                continue
            section.follow_lead(text, sentence, sentence_mentions)
            reference = (referent.opening_reference(text, sentence) or subject.opening_reference(text, sentence)
                         if sentence_mentions.sectors else None)  # with no sector of its own, it takes none
            if reference is not None and all(
                p.entity_id != reference.entity_id for p in sentence_mentions.resolved_places
            ):
                sentence_mentions = SentenceMentions(sorted([*mentions, reference], key=attrgetter("start")))
            pairs = sentence_pairs(text, sentence.end, sentence_mentions, heading_sectors, gazetteer, org_names)
            if not pairs and not sentence_mentions.sectors and (
                named_clusters.refers_to(text, sentence) or named_clusters.names_again(text, sentence, mentions)
            ):
                # "The seven bases are ...": the bases named before
                pairs = named_clusters.pairs(text, fact_places(text, sentence_mentions, gazetteer, org_names))
                if pairs and deadline is None and named_clusters.deadline is not None:
                    deadline, scope = named_clusters.deadline, "paragraph"
            if not pairs and not sentence_mentions.sectors:  # "The plan proposes to focus on six districts ..."
                pairs = plan.sector_pairs(text, sentence, fact_places(text, sentence_mentions, gazetteer, org_names))
            if not pairs and not sentence_mentions.sectors:  # "... the ministry included Chongqing, Chengdu ..."
                pairs = selection.pairs(text, sentence, fact_places(text, sentence_mentions, gazetteer, org_names))
            if not pairs and not sentence_mentions.sectors:  # "They are Dongcheng of Beijing, Anguo of Hebei, ..."
                pairs = counted_places.pairs(
                    text, index, sentence, fact_places(text, sentence_mentions, gazetteer, org_names)
                )
            if not pairs and sentence_mentions.sectors and not fact_places(
                text, sentence_mentions, gazetteer, org_names
            ):
                # every place it names builds nothing ("The city will build a supply base for the Beijing-Tianjin
                # area"): the builder is the place it refers back to
                pairs = referent.pairs(text, sentence, mentions, org_names) or subject.pairs(
                    text, sentence, mentions, org_names
                )
            opened = referent.opening_place(text, sentence)  # "The industrial zone is composed of Yixing ..."
            referent.follow(sentence_mentions.resolved_places)
            if opened is not None:
                subject.follow_reference(opened, sentence)  # what its "It" refers to next, not Yixing
            else:
                subject.follow(text, sentence, sentence_mentions)
            plan.follow(text, sentence, mentions, sentence_mentions)
            elaborated.follow(index, sentence, sentence_mentions)
            counted.follow(text, index, sentence, fact_places(text, sentence_mentions, gazetteer, org_names))
            antecedent.follow(text, sentence, fact_places(text, sentence_mentions, gazetteer, org_names)
                              if sentence_mentions.clusters else [], sentence_mentions.clusters)
            if not pairs:
                continue
        if deadline is None and sentence.paragraph in paragraph_deadlines:
            deadline, scope = paragraph_deadlines[sentence.paragraph], "paragraph"
        for clause_deadline, clause_pairs in _deadlines_by_clause(text, sentence.start, mentions, pairs, deadline):
            table.add(clause_pairs, sentence_text, sentence.start, sentence.end, clause_deadline, scope,
                      sentence.paragraph)
    return tuple(sorted(table.rows.values(), key=fact_sort_key))


def _deadlines_by_clause(
    text: str, sentence_start: int, mentions: list[Mention], pairs: list[Pair], deadline: int | None
) -> list[tuple[int | None, list[Pair]]]:
    """The sentence's pairs by the deadline of their clause, for a sentence that sets several ("cultivate 20 firms in
    robotics by 2027 and form biomedicine clusters by 2030"; "By 2025, ...; by 2030, ..."): a deadline that opens its
    clause sets it for what follows up to the next, one that closes it for what precedes since the last. Most
    sentences set one deadline, which all their pairs take."""
    if deadline is None or sum(1 for m in mentions if m.label == "YEAR") < 2:
        return [(deadline, pairs)]
    targets = [m for m in mentions if m.label == "YEAR" and m.note == "deadline"]
    if len({m.value for m in targets}) < 2:
        return [(deadline, pairs)]
    scopes = []  # (start, end, target) of each deadline's clause
    for index, target in enumerate(targets):
        before = _DEADLINE_WORDS_AT_END.sub("", text[sentence_start : target.start]).rstrip()
        forward = targets[index + 1].start if index + 1 < len(targets) else len(text)
        if not before or before.endswith((",", ";", ":", " and")):  # "By 2025, ...", "..., and by 2030 will ..."
            scopes.append((target.start, forward, target))
            continue
        scopes.append((targets[index - 1].end if index else sentence_start, target.end, target))  # "... by 2027"
        if text.startswith(", when", target.end):  # "... by 2015, when a cluster of ... will take shape"
            scopes.append((target.start, forward, target))
    by_deadline: dict[int | None, list[Pair]] = {}
    for pair in pairs:
        sector_start = pair[1].start
        # of two clauses that hold it ("By 2025, ... a chip cluster and a robot base by 2030"), the nearer year's
        holding = [target for start, end, target in scopes if start <= sector_start < end]
        year = min(holding, key=lambda t: abs(t.start - sector_start)).value if holding else deadline
        by_deadline.setdefault(year, []).append(pair)
    # the clause that names a fact first gives it its deadline: "... the elderly-care service industry are to complete
    # the pilot by 2020; ... by 2025"
    return sorted(by_deadline.items(), key=lambda item: min(pair[1].start for pair in item[1]))


fact_sort_key = attrgetter("document", "start", "place_id", "sector_id")


def fact_place_id(entity_id: str, gazetteer: Gazetteer) -> str:
    """The place a fact is about: a zone or a town found in the text is the place it lies in, whose id its
    own holds (`zone:321281/xinghua-economic-development-zone` is Xinghua's), and so is a zone the gazetteer
    lists under the name of a place that holds it (`_named_after`); the zone stays in the fact's `zone_id`
    and `zone`. Every fact's place joins the places or regions table."""
    place_id = zone_parent(entity_id) or entity_id
    return _named_after(gazetteer, place_id) or place_id


@functools.lru_cache(maxsize=256)
def _named_after(gazetteer: Gazetteer, entity_id: str) -> str | None:
    """The place that holds a listed zone named after it ("Suzhou Industrial Park", "Beijing Economic-Technological
    Development Area", "Zhengzhou Airport Economy Zone"), as a zone the text names after a place is that place's;
    None for any other id. A state-level new area ("Lanzhou New Area") is a place of its own."""
    place = gazetteer.places.get(entity_id)
    if place is None or place.level != "new_area" or place.name_en.endswith(NEW_AREA_SUFFIXES) or not place.parent_id:
        return None
    return next((a for a in gazetteer.ancestors(place.parent_id)
                 if place.name_en.startswith(gazetteer.places[a].name_en + " ")), None)


def fact_id(document: str, place_id: str, sector_id: str) -> str:
    """Stable across runs and text edits: derived from the fact's key, never from offsets."""
    key = "\x1f".join((document, place_id, sector_id))
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _fact_ids(document: str) -> Callable[[str, str], str]:
    """`fact_id` for one document's facts: the document's part of the key is hashed once."""
    hashed_document = hashlib.sha1(f"{document}\x1f".encode("utf-8"))

    def fact_id_in_document(place_id: str, sector_id: str) -> str:
        digest = hashed_document.copy()
        digest.update(f"{place_id}\x1f{sector_id}".encode("utf-8"))
        return digest.hexdigest()[:16]

    return fact_id_in_document


def _year_set_from_publication(sentence_text: str, published_year: int) -> int | None:
    """The year a sentence of plan sets as a target by the year it was published in ("... plans to improve
    its installed wind power capacity to 7.5 million kilowatts this year", "by the end of the year"; "the
    highlights next year" is the year after), not the year a plan came out in ("the plan released this year")."""
    if "year" not in sentence_text:
        return None
    match = _THIS_YEAR.search(sentence_text)
    if match is None or match.group("released") is not None or not sentence_is_future(sentence_text):
        return None
    return published_year + 1 if match.group("next") else published_year


def _names_a_plan_s_period(text: str, mentions: list[Mention], deadline: int) -> bool:
    """Whether the sentence's deadline is a bracketed period after a plan's name ("the Five-year Action Plan ... to
    Build a Powerful Province in Manufacturing (2016-2020) was released"): the plan's period, which dates what
    the sentence sets out but not the sectors the next sentences list ("The 12 key sectors are: ...")."""
    return any(
        m.label == "YEAR" and m.note == "period" and m.value == deadline
        and text[max(0, m.start - 2) : m.start].strip()[-1:] in ("(", "（")
        for m in mentions
    )


def _says_by_then(sentence_text: str) -> bool:
    """`_BY_THEN` searched for only in sentences holding one of its last words, most holding none."""
    return ("then" in sentence_text or "hat" in sentence_text or "same" in sentence_text) and (
        _BY_THEN.search(sentence_text) is not None
    )


def _sentence_deadline(mentions: list[Mention], sentence_text: str, published_year: int | None) -> int | None:
    """A target year the sentence states: 'by 2025' first, then the end of a period of years that has not ended when
    the text was published ('2021-2025'),
    else 'in 2025' or the end of a five-year plan it names ("during the 12th Five-Year Plan period, Xinjiang will
    build ..." sets 2015) in a future clause ("In 2022, Hefei produced ..., and it plans to reach ... by 2025"
    sets 2025)."""
    candidate = period = None
    for mention in mentions:
        if mention.label != "YEAR" or mention.value is None:
            continue
        role = mention.note
        five_year_plan = role == "period" and "five" in mention.text.lower()
        if role == "deadline":
            return mention.value  # a year the text states
        if role == "period" and not five_year_plan:
            if period is None and (published_year is None or mention.value >= published_year):
                period = mention.value  # ... or a period that has not ended ("output doubled from 2015 to 2020" has)
            continue
        if (
            candidate is None
            and (role == "target_candidate" or five_year_plan)
            and (published_year is None or mention.value >= published_year)
            and sentence_is_future(sentence_text)
        ):
            candidate = mention.value
    return period if period is not None else candidate


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
    """One document's facts, keyed by fact id (place and sector). Several sentences may support one fact: the
    first evidence is kept and any deadline taken; the first cluster phrase names it, and a pair with none
    supports it. A record is only built for a new fact."""

    def __init__(self, source: SourceDocument, gazetteer: Gazetteer):
        self.gazetteer = gazetteer
        self.fact_id = _fact_ids(source.document)
        self.rows: dict[str, Fact] = {}
        # The next fact's fields, for `from_fields` (which copies them): the document's and the
        # sentence's are set once, the pair's are overwritten fact by fact. Storing into a dict
        # that has all the keys costs less than building a new one for every fact.
        self.fields = dict.fromkeys(_FACT_FIELDS)
        self.fields.update(doc_id=source.doc_id, document=source.document)
        # sector id -> (paragraph, fact id) of the facts found without a deadline
        self.undated: dict[str, list[tuple[int, str]]] = {}

    def add(self, pairs: list[Pair], evidence: str, start: int, end: int, deadline: int | None, scope: str,
            paragraph: int) -> None:
        """The facts of one sentence's pairs, all with the sentence as evidence."""
        if deadline is None:
            scope = None
        self.fields.update(deadline=deadline, deadline_scope=scope, evidence=evidence, start=start, end=end)
        rows = self.rows
        stated: set[tuple[str, str]] = set()  # the place × sector pairs this sentence stated already
        for pair in pairs:
            place, sector, cluster, local = pair
            place_id = fact_place_id(place.entity_id, self.gazetteer)
            place_sector = (place_id, sector.entity_id)
            if place_sector in stated:  # "... a coal base and extend the coal chain": one fact
                continue
            stated.add(place_sector)
            cluster_kind = cluster.entity_id if cluster else "none"
            key = self.fact_id(place_id, sector.entity_id)
            confidence = _CONFIDENCE[local, place.method == "fuzzy", cluster is not None]
            existing = rows.get(key)
            if existing is None:
                rows[key] = self._fact(key, place_id, pair, cluster_kind, confidence)
                if deadline is None:
                    self.undated.setdefault(sector.entity_id, []).append((paragraph, key))
            elif existing.cluster_kind == "none" and cluster_kind != "none":
                self._name_cluster(existing, key, pair, cluster_kind, confidence, paragraph)  # the cluster it builds
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

    def _name_cluster(self, found: Fact, key: str, pair: Pair, cluster_kind: str, confidence: float,
                      paragraph: int) -> None:
        """A fact found without a cluster phrase, stated again with one ("Hefei will develop new displays.
        ... a new display base"): one fact, the cluster's, with this sentence as evidence and the deadline
        either sentence set."""
        del self.rows[found.fact_id]
        fact = self._fact(key, found.place_id, pair, cluster_kind, max(confidence, found.confidence))
        if fact.deadline is None and found.deadline is not None:
            fact = replace(fact, deadline=found.deadline, deadline_scope=found.deadline_scope)
        self.rows[key] = fact
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

    def _fact(self, key: str, place_id: str, pair: Pair, cluster_kind: str, confidence: float) -> Fact:
        """The fact of a new pair, about `place_id` (`fact_place_id` of its place), in the sentence `add` was given."""
        place, sector, cluster, _ = pair
        described = _described_place(self.gazetteer, place_id)
        in_zone = place_id != place.entity_id
        fields = self.fields
        fields["fact_id"] = key
        fields["place_id"] = place_id
        fields["place"] = described["name"] if in_zone else place.canonical or described["name"]
        fields["place_level"] = described["level"]
        fields["place_text"] = place.text
        fields["province"] = described["province"]
        fields["city"] = described["city"]
        fields["zone_id"] = place.entity_id if in_zone else None
        fields["zone"] = (place.canonical or place.text) if in_zone else None
        fields["sector_id"] = sector.entity_id
        fields["sector"] = sector.canonical or sector.entity_id
        fields["sector_text"] = sector.text
        fields["cluster"] = cluster.text if cluster else None
        fields["cluster_kind"] = cluster_kind
        fields["confidence"] = confidence
        return from_fields(Fact, fields)


_DATING_REACH = 2  # paragraphs back a placeless sentence's deadline reaches

_FACT_FIELDS = tuple(field.name for field in dataclasses.fields(Fact))
