"""Zones the gazetteer does not list, named after the place that holds them.

Plans name industrial parks and development zones by their city and a designation ("Xinghua
Economic Development Zone", "Tianjin Nan'gang Industrial Zone", "Wuhan's East Lake High-tech
Zone"). Only a few hundred zones could ever be listed by hand, so a place followed by at most two
capitalised words of the zone's own name and a designation is taken as a zone of that place: facts
about it are the zone's, and roll up to its place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_OWN_NAME_WORDS = 2  # capitalised words a zone's own name may add to its place's ("East Lake")
_SECTOR_NAME_WORDS = 4  # ... besides those of sector names ("Hefei New Energy Vehicle Industrial Park")
_NAME_WORD = r"[A-Z][\w'’-]*"


@dataclass(frozen=True)
class ZoneName:
    """A zone found in a text: its characters and those of the places it is named after."""

    start: int
    end: int
    places: tuple[tuple[int, int], ...]
    sectors: tuple[tuple[int, int], ...] = ()


class ZoneFinder:
    """Finds zone names after tagged places; `designators` and `heads` come from the pipeline config."""

    def __init__(self, designators: list[str], heads: list[str]):
        designator = "|".join(re.escape(word) for word in sorted(designators, key=len, reverse=True))
        head = "|".join(re.escape(word) for word in sorted(heads, key=len, reverse=True))
        designation = rf"\s+(?:{designator})(?:\s+(?:(?:and|&)\s+)?(?:{designator}))*\s+(?:{head})(?![\w'’-])"
        own_name = rf"(?:\s+{_NAME_WORD}){{0,{_OWN_NAME_WORDS + _SECTOR_NAME_WORDS}}}?"
        self._after_place = re.compile(rf"(?:['’]s)?(?P<own>{own_name}){designation}")
        self._before_designation = re.compile(rf"(?<![\w'’-]){_NAME_WORD}(?={designation})")
        self._heads = tuple(heads)

    def designated_words(self, text: str) -> list[tuple[int, int]]:
        """Capitalised words right before a zone's designation ("Qiantang" in "Qiantang New Area"): the
        tagger takes those that are the bare name of one place (a district is no form of its own)."""
        if not any(head in text for head in self._heads):
            return []
        return [match.span() for match in self._before_designation.finditer(text)]

    def zones(self, text: str, places: list[tuple[int, int]], others: list[tuple[int, int]],
              sectors: list[tuple[int, int]] = ()) -> list[ZoneName]:
        """Zones named after `places` (character spans, in text order) that overlap none of the
        `others` (names of other kinds). Sector names after the place are part of a zone's name
        ("Taiyuan Stainless Steel Industrial Park") and are returned with it; besides their words, the
        zone's own name has at most two.
        A zone may be named after a place in a place ("Shanghai Baoshan Industrial Park") or after
        places joined by hyphens ("Jinan-Qingdao-Yantai International Investment Industrial Park")."""
        found: list[ZoneName] = []
        for start, end in places:
            if found and start < found[-1].end:
                continue  # inside the zone just found
            match = self._after_place.match(text, end)
            if match is None:
                continue
            zone_end = match.end()
            if any(s < zone_end and start < e for s, e in others):
                continue
            inside = tuple((s, e) for s, e in sectors if end <= s and e <= zone_end)
            if any(s < zone_end and start < e for s, e in sectors if (s, e) not in inside):
                continue
            inside = tuple(name for name in inside if not any(_within(name, other) for other in inside))
            if _words_outside(text, match.span("own"), inside) > _OWN_NAME_WORDS:
                continue
            overlapping = [(s, e) for s, e in places if s < zone_end and start < e and (s, e) != (start, end)]
            if any(s <= start or e >= zone_end for s, e in overlapping):
                continue  # a listed name holds the place or the designation ("Suzhou Industrial Park")
            named_after = [(start, end), *overlapping]
            while any(e == start - 1 and text[e] in "-–" for e in (p[1] for p in places)):
                start = next(s for s, e in places if e == start - 1)
                named_after.insert(0, next(p for p in places if p[0] == start))
            found.append(ZoneName(start, zone_end, tuple(named_after), inside))
        return found


def _within(name: tuple[int, int], other: tuple[int, int]) -> bool:
    """Whether `name` lies inside another, longer name ("New Energy" in "New Energy Vehicle")."""
    return name != other and other[0] <= name[0] and name[1] <= other[1]


def _words_outside(text: str, span: tuple[int, int], names: tuple[tuple[int, int], ...]) -> int:
    """Words of text[span] that are in none of the `names`."""
    kept = list(text[span[0] : span[1]])
    for start, end in names:
        for char in range(max(start, span[0]), min(end, span[1])):
            kept[char - span[0]] = " "
    return len("".join(kept).split())


def zone_display_name(text: str) -> str:
    """The zone's name as the facts table shows it: straight quotes, single spaces, no possessive."""
    name = " ".join(text.replace("’", "'").split())
    return re.sub(r"'s\b", "", name, count=1)
