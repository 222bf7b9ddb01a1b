"""Zones the gazetteer does not list, named after the place that holds them.

Plans name industrial parks and development zones by their city and a designation ("Xinghua
Economic Development Zone", "Tianjin Nan'gang Industrial Zone", "Wuhan's East Lake High-tech
Zone"). Only a few hundred zones could ever be listed by hand, so a place followed by at most two
capitalised words of the zone's own name (and any sector names: "Taiyuan Stainless Steel Industrial
Park") and a designation is taken as a zone of that place: facts about it are the zone's, and roll up
to its place. A zone whose name opens on a pinyin word that names no listed place ("Qianwan New
District") is a zone of the place the text names with it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

_OWN_NAME_WORDS = 2  # capitalised words a zone's own name may add to its place's ("East Lake")
_SECTOR_NAME_WORDS = 4  # ... besides those of sector names ("Hefei New Energy Vehicle Industrial Park")
_NAME_WORD = r"[A-Z][\w'’-]*"
# "China (Shanghai) Pilot Free Trade Zone", "China-South Korea (Yancheng) Industrial Park", "Sino-German (Pukou) ..."
_CHINA_BEFORE = re.compile(r"\b(?P<china>(?:China|Sino)(?:[-–][A-Z][a-z]+(?:\s[A-Z][a-z]+)?)?)\s*\(\s*$")
_CHINA_REACH = 32  # characters before a bracketed place that "China" and a partner's name may take
_BRACKET_AFTER = re.compile(r"\s*[(（]\s*")  # between a zone's first place and the bracketed one
_NOT_IN_A_ZONE_NAME = re.compile(r"[^\w\s'’&-]")  # a zone's name holds words, spaces, '&' and hyphens only
# "Area" or "area" right after a place: in a text that names a zone of areas, one of them ("the Wuhan Area"),
# which news also calls a subzone ("The Kashgar subzone will focus on ...").
_AREA_AFTER_PLACE = re.compile(r"(?:['’]s)?(?P<own>)\s+(?:[Aa]rea|[Ss]ub-?(?:zone|area))(?![\w'’-])")
_AREA_HEADS = ("area", "subzone", "Subzone", "sub-zone", "Sub-zone")
_AREA_WORD_AT_END = re.compile(r" (?:area|[Ss]ub-?(?:zone|area))$")
_AND_BEFORE = re.compile(r"\s(?:and|&)\s+$")  # "and" right before a place: it names another
_HEAD_REACH = 400  # characters before its head that a zone's name found by search may start at


@dataclass(frozen=True)
class ZoneName:
    """A zone found in a text: its characters and those of the places it is named after."""

    start: int
    end: int
    places: tuple[tuple[int, int], ...]
    sectors: tuple[tuple[int, int], ...] = ()


class ZoneFinder:
    """Finds zone names after tagged places; `designators` and `heads` come from the pipeline config."""

    def __init__(self, designators: list[str], heads: list[str], syllables: list[str] = (),
                 area_markers: list[str] = (), locality_heads: list[str] = ()):
        designator = "|".join(re.escape(word) for word in sorted(designators, key=len, reverse=True))
        head = "|".join(re.escape(word) for word in sorted(heads, key=len, reverse=True))
        designation = rf"\s+(?:{designator})(?:\s+(?:(?:and|&)\s+)?(?:{designator}))*\s+(?:{head})(?![\w'’-])"
        # words of its own may be joined by "and", never to the place: "Xi'an International Trade and Logistics Park"
        own_name = rf"(?:\s+{_NAME_WORD}(?:\s+(?:and|&)(?=\s+[A-Z]))?){{0,{_OWN_NAME_WORDS + _SECTOR_NAME_WORDS}}}?"
        self._after_place = re.compile(rf"(?:['’]s)?(?P<own>{own_name}){designation}")
        self._head_after_place = re.compile(rf"(?:['’]s)?(?P<own>{own_name})\s+(?:{head})(?![\w'’-])")
        self._before_designation = re.compile(rf"(?<![\w'’-]){_NAME_WORD}(?={designation})")
        self._unlisted = re.compile(
            rf"(?<![\w'’-])(?P<first>[A-Z][a-z]+(?:['’-][a-z]+)?)(?P<own>{own_name}){designation}"
        )
        self._syllables = frozenset(syllables)
        self._heads = tuple(heads)
        markers = "|".join(re.escape(marker) for marker in sorted(area_markers, key=len, reverse=True))
        self._area_markers = re.compile(rf"(?<![\w-])(?:{markers})(?![\w-])", re.I) if markers else None
        self._area_marker_words = tuple(marker.lower() for marker in area_markers)
        localities = "|".join(re.escape(word) for word in sorted(locality_heads, key=len, reverse=True))
        self._town = re.compile(
            rf"(?<![\w'’-])(?P<name>[A-Z][a-z]+(?:['’-][a-z]+)?)\s+(?:{localities})(?![\w'’-])"
        ) if localities else None
        self._locality_words = tuple(dict.fromkeys(word.lower() for word in locality_heads))

    def designated_words(self, text: str, heads: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
        """Capitalised words right before a zone's designation ("Qiantang" in "Qiantang New Area"): the
        tagger takes those that are the bare name of one place (a district is no form of its own).
        `heads` are the text's `head_spans`, found once for all three searches of a text."""
        return [match.span() for start, end in _head_windows(text, self._heads_of(text, heads))
                for match in self._before_designation.finditer(text, start, end)]

    def names_areas(self, text: str) -> bool:
        """Whether a text names a zone of areas (a pilot free trade zone or port), whose parts it names
        by a place and "area" alone: "the Hefei Area", "Xiangyang area focuses on ..."."""
        if self._area_markers is None:
            return False
        lowered = text.lower()  # most texts hold no marker at all: a substring test goes before the regex
        return any(marker in lowered for marker in self._area_marker_words) and bool(self._area_markers.search(text))

    def designation_follows(self, text: str, start: int) -> bool:
        """Whether the word at `start` is followed by a zone's designation ("Xiaolan Economic Development Zone")."""
        return self._before_designation.match(text, start) is not None

    def head_spans(self, text: str, heads: tuple[str, ...] = ()) -> list[tuple[int, int]]:
        """Heads that may end a zone's name, in text order: a zone's name is found only where one
        follows, which lets most of a text go unsearched."""
        spans = []
        for head in heads or self._heads:
            at = text.find(head)
            while at != -1:
                after = at + len(head)
                if after == len(text) or not (text[after].isalnum() or text[after] in "_'’-"):
                    spans.append((at, after))
                at = text.find(head, after)
        return sorted(spans)

    def _heads_of(self, text: str, heads: list[tuple[int, int]] | None) -> list[tuple[int, int]]:
        return self.head_spans(text) if heads is None else heads

    @staticmethod
    def _reaches_head(text: str, position: int, head_starts: list[int]) -> bool:
        """Whether a head follows `position` with nothing between that a zone's name cannot hold."""
        index = bisect_left(head_starts, position)
        return index < len(head_starts) and _NOT_IN_A_ZONE_NAME.search(text, position, head_starts[index]) is None

    def zones(self, text: str, places: list[tuple[int, int]], others: list[tuple[int, int]],
              sectors: list[tuple[int, int]] = (), heads: list[tuple[int, int]] | None = None,
              regions: list[tuple[int, int]] = ()) -> list[ZoneName]:
        """Zones named after `places` (character spans, in text order, as `sectors` are) that overlap
        none of the `others` (names of other kinds). Sector names after the place are part of a zone's name
        ("Taiyuan Stainless Steel Industrial Park") and are returned with it; besides their words, the
        zone's own name has at most two. A region (one of `others`) may open the name of a zone of the
        place in brackets after it ("Yangtze River Delta (Huzhou) Industrial Cooperation Zone").
        A zone may be named after a place in a place ("Shanghai Baoshan Industrial Park") or after
        places joined by hyphens ("Jinan-Qingdao-Yantai International Investment Industrial Park")."""
        found: list[ZoneName] = []
        areas = self.names_areas(text)
        spans = self._heads_of(text, heads) + (self.head_spans(text, _AREA_HEADS) if areas else [])
        head_starts = sorted(start for start, _ in spans)
        for start, end in places:
            if found and start < found[-1].end:
                continue  # inside the zone just found
            if not self._reaches_head(text, end + text.startswith(")", end), head_starts):
                continue  # most places: no zone's name can follow
            opener = _bracket_opener(text, start, [*places, *regions]) if text.startswith(")", end) else None
            if opener is not None:  # "China (Shanghai) Pilot Free Trade Zone", "Guangzhou (Meizhou) ... Park"
                match = self._after_place.match(text, end + 1)
                if match is None or match.group("own").strip():
                    continue
            else:
                match = (self._after_place.match(text, end) or self._named_for_sector(text, end, sectors)
                         or (_AREA_AFTER_PLACE.match(text, end) if areas else None))
            if match is None:
                continue
            zone_start, zone_end = opener[0] if opener is not None else start, match.end()
            if any(s < zone_end and zone_start < e for s, e in others if (s, e) != opener):
                continue
            inside = tuple(dict.fromkeys((s, e) for s, e in sectors if end <= s and e <= zone_end))
            if any(s < zone_end and zone_start < e for s, e in sectors if (s, e) not in inside):
                continue
            inside = tuple(name for name in inside if not any(_within(name, other) for other in inside))
            if _words_outside(text, match.span("own"), inside) > _OWN_NAME_WORDS:
                continue
            overlapping = [(s, e) for s, e in places
                           if s < zone_end and zone_start < e and (s, e) not in ((start, end), opener)]
            if any(s <= start or e >= zone_end for s, e in overlapping):
                continue  # a listed name holds the place or the designation ("Suzhou Industrial Park")
            if any(_AND_BEFORE.search(text, start, s) for s, _ in overlapping):
                continue  # two names joined: "Xixian Bonded Logistics Center and Xi'an Export Processing Zone"
            if _listed_short_name_after(text, zone_end, places):
                continue  # "Tianjin Economic and Tech Development Area (TEDA)": the listed zone it spells out
            named_after = [(start, end), *overlapping]
            while any(e == zone_start - 1 and text[e] in "-–" for e in (p[1] for p in places)):
                zone_start = next(s for s, e in places if e == zone_start - 1)
                named_after.insert(0, next(p for p in places if p[0] == zone_start))
            found.append(ZoneName(zone_start, zone_end, tuple(named_after), inside))
        return found

    def _named_for_sector(self, text: str, end: int, sectors: list[tuple[int, int]]) -> re.Match | None:
        """A zone's name whose designation is a sector's name ("Daya Bay Petrochemical Zone", "Shandong
        International Biotechnology Park"): the match, when a sector ends right before the head."""
        match = self._head_after_place.match(text, end)
        if match is None:
            return None
        own_end = match.end("own")
        index = bisect_right(sectors, (end, own_end))  # sectors are in text order: those that start after the place
        while index < len(sectors) and sectors[index][0] < own_end:
            if sectors[index][1] == own_end:
                return match
            index += 1
        return None

    def unlisted(self, text: str, names: list[tuple[int, int]], sectors: list[tuple[int, int]],
                 heads: list[tuple[int, int]] | None = None) -> list[ZoneName]:
        """Zones named after no place the gazetteer lists: a pinyin name of two syllables or more, at
        most one more word of its own and sector names, and a designation ("Qianwan New District", "Dagu
        Mountain Petrochemical Industrial Park"). Their places are the tagger's to find. None overlaps
        one of the `names`, but for sectors after its pinyin name."""
        if not self._syllables:
            return []
        found: list[ZoneName] = []
        position = 0
        for window_start, window_end in _head_windows(text, self._heads_of(text, heads)):
            position = max(position, window_start)
            while match := self._unlisted.search(text, position, window_end):
                position = self._take_unlisted(text, match, names, sectors, found)
        return found

    def _take_unlisted(self, text: str, match: re.Match, names: list[tuple[int, int]],
                       sectors: list[tuple[int, int]], found: list[ZoneName]) -> int:
        """Adds the zone `match` names to `found` when it is one; returns where to search on from."""
        start, zone_end = match.span()
        position = match.end("first")  # the next word may open a zone's name ("Zhongshan's Cuiheng New ...")
        if not self.is_pinyin(match.group("first")) or any(s < zone_end and start < e for s, e in names):
            return position
        inside = tuple(dict.fromkeys((s, e) for s, e in sectors if match.end("first") <= s and e <= zone_end))
        if any(s < zone_end and start < e for s, e in sectors if (s, e) not in inside):
            return position
        inside = tuple(name for name in inside if not any(_within(name, other) for other in inside))
        if _words_outside(text, match.span("own"), inside) > _OWN_NAME_WORDS - 1:
            return position
        found.append(ZoneName(start, zone_end, (), inside))
        return zone_end

    def towns(self, text: str, names: list[tuple[int, int]]) -> list[ZoneName]:
        """Towns, townships and subdistricts: a pinyin name of two syllables or more and its designation
        ("Houjie Town", "Shajing Subdistrict", "Zhili town"), overlapping none of the `names`. Their
        places are the tagger's to find, as those of zones named after no listed place."""
        if self._town is None or not any(word in text.lower() for word in self._locality_words):
            return []
        spans = [match.span() for match in self._town.finditer(text) if self.is_pinyin(match.group("name"))]
        return [ZoneName(start, end, ()) for start, end in spans if not any(s < end and start < e for s, e in names)]

    def is_pinyin(self, word: str) -> bool:
        """Whether a word is two or more pinyin syllables ("Qianwan", "Xiang'an"), as place names are and
        few English words; "Lin-gang" splits at its hyphen as at an apostrophe."""
        parts = re.split(r"['’-]", word.lower())
        return sum(_syllable_count(part, self._syllables) or -99 for part in parts) >= 2

    def initials(self, name: str) -> tuple[str, ...] | None:
        """The initial consonants of a name's pinyin syllables ("Jinzhong" → j, z), None if it is not pinyin:
        spellings that keep them are slips of one name, those that change them other names."""
        found: list[str] = []
        for part in re.split(r"['’\s-]+", name.lower()):
            split = _split_syllables(part, self._syllables) if part else []
            if split is None:
                return None
            found.extend(_initial(syllable) for syllable in split)
        return tuple(found)


def _listed_short_name_after(text: str, end: int, places: list[tuple[int, int]]) -> bool:
    """Whether a listed place's acronym follows in brackets, as a zone's short name does ("(TEDA)"; not a
    province that locates the zone, "(Jiangsu)")."""
    bracket = _BRACKET_AFTER.match(text, end)
    if bracket is None:
        return False
    index = bisect_left(places, (bracket.end(),))
    if index == len(places) or places[index][0] != bracket.end():
        return False
    start, after = places[index]
    return text.startswith(")", after) and text[start:after].isupper() and text[start:after].isalpha()


def _head_windows(text: str, heads: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Stretches of text that may hold a zone's name, each from `_HEAD_REACH` characters before a
    head to the character after it (which tells a head from a longer word), overlapping ones joined."""
    windows: list[tuple[int, int]] = []
    for start, end in heads:
        start, end = max(0, start - _HEAD_REACH), min(len(text), end + 1)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return windows


def _bracket_opener(text: str, start: int, openers: list[tuple[int, int]]) -> tuple[int, int] | None:
    """Where the word that opens a zone's name before the place in brackets that holds the zone lies:
    "China" ("China (Shanghai) Pilot Free Trade Zone"), or one of `openers`: the place that runs the zone in that
    one ("Guangzhou (Meizhou) Industrial Transfer Industrial Park", a park of Guangzhou's in Meizhou), or a region."""
    china = _CHINA_BEFORE.search(text, max(0, start - _CHINA_REACH), start)
    if china is not None:
        return china.span("china")
    return next(((s, e) for s, e in openers if e < start and _BRACKET_AFTER.fullmatch(text, e, start)), None)


def _syllable_count(word: str, syllables: frozenset[str]) -> int:
    """How many syllables `word` splits into; 0 if none."""
    return len(_split_syllables(word, syllables) or ())


def _split_syllables(word: str, syllables: frozenset[str]) -> list[str] | None:
    """The syllables `word` splits into, longest first at each step with backtracking; None if it does not."""
    if not word:
        return None
    for length in range(min(6, len(word)), 0, -1):
        if word[:length] in syllables:
            if length == len(word):
                return [word]
            rest = _split_syllables(word[length:], syllables)
            if rest:
                return [word[:length], *rest]
    return None


def _initial(syllable: str) -> str:
    """A pinyin syllable's initial consonant, "" for one that opens on a vowel; "zh", "ch" and "sh" count as
    "z", "c" and "s", which spellings swap ("Jingdezen")."""
    return syllable[0] if syllable[0] not in "aeiouv" else ""


def _within(name: tuple[int, int], other: tuple[int, int]) -> bool:
    """Whether `name` lies inside another, longer name ("New Energy" in "New Energy Vehicle")."""
    return name != other and other[0] <= name[0] and name[1] <= other[1]


def _words_outside(text: str, span: tuple[int, int], names: tuple[tuple[int, int], ...]) -> int:
    """Words of text[span] that are in none of the `names`, "and" that joins two of them not counted."""
    kept = list(text[span[0] : span[1]])
    for start, end in names:
        for char in range(max(start, span[0]), min(end, span[1])):
            kept[char - span[0]] = " "
    return sum(word not in ("and", "&") for word in "".join(kept).split())


def zone_display_name(text: str) -> str:
    """The zone's name as the facts table shows it: straight quotes, single spaces, no possessive."""
    name = " ".join(text.replace("’", "'").split())
    name = _AREA_WORD_AT_END.sub(" Area", name)  # a free trade zone's area in lower case or as a subzone
    return re.sub(r"'s\b", "", name, count=1)
