"""The gazetteer seen from the output side: dimension-table rows and place descriptions for facts.

Facts carry a place's level, province and city so a notebook can roll up without a join; the
dimension tables carry the full hierarchy for the joins a notebook does make.
"""

from __future__ import annotations

from .gazetteer import TOWN_PREFIX, Gazetteer, zone_parent


def contains(gazetteer: Gazetteer, outer: str | None, inner: str | None) -> bool:
    """Whether `inner` lies within `outer` (a region's member, or a place's descendant); a homonym no
    context settled (no id) lies nowhere known."""
    if outer == inner or outer is None or inner is None:
        return False
    parent = zone_parent(inner)
    if parent is not None:
        chain = [inner, *gazetteer.ancestors(parent)]
    else:
        chain = gazetteer.ancestors(inner) if inner in gazetteer.places else [inner]
    region = gazetteer.regions.get(outer)
    if region is not None:
        if inner in gazetteer.regions:
            return set(gazetteer.regions[inner].members) < set(region.members)
        return any(a in region.members for a in chain)
    return outer in chain[1:]


def describe_place(gazetteer: Gazetteer, entity_id: str) -> dict:
    """Name, level, province and city of a place or region id, as the facts table shows them."""
    place = gazetteer.places.get(entity_id)
    if place is None:
        parent = zone_parent(entity_id)
        if parent is not None:  # a zone or a town found in the text: its place's province and city
            level = "town" if entity_id.startswith(TOWN_PREFIX) else "zone"
            return {**describe_place(gazetteer, parent), "name": entity_id, "level": level}
        return {"name": gazetteer.display_name(entity_id) or entity_id, "level": "region",
                "province": _region_province(gazetteer, entity_id), "city": None}
    prefecture = gazetteer.prefecture_of(entity_id)
    return {
        "name": place.name_en,
        "level": place.level,
        "province": gazetteer.display_name(place.province_id),
        "city": gazetteer.display_name(prefecture) if prefecture and place.level != "province" else None,
    }


def _region_province(gazetteer: Gazetteer, region_id: str) -> str | None:
    """The province a region lies in when all its members do (Southern Jiangsu, the Chang-Zhu-Tan
    cluster), so its facts roll up to that province; None for a region across provinces."""
    region = gazetteer.regions.get(region_id)
    provinces = {gazetteer.province_of(member) for member in region.members} if region else set()
    return gazetteer.display_name(provinces.pop()) if len(provinces) == 1 and None not in provinces else None


def place_rows(gazetteer: Gazetteer) -> list[dict]:
    rows = []
    for place_id in sorted(gazetteer.places):
        place = gazetteer.places[place_id]
        prefecture = gazetteer.prefecture_of(place_id) if place.level != "province" else None
        rows.append(
            {
                "place_id": place_id,
                "name_zh": place.name_zh,
                "name_en": place.name_en,
                "level": place.level,
                "kind": place.kind,
                "parent_id": place.parent_id,
                "province_id": place.province_id,
                "province": gazetteer.display_name(place.province_id),
                "prefecture_id": prefecture,
                "prefecture": gazetteer.display_name(prefecture) if prefecture else None,
                "regions": sorted(gazetteer.regions_of(place_id)),
                "lat": place.lat,
                "lon": place.lon,
            }
        )
    return rows


def region_rows(gazetteer: Gazetteer) -> list[dict]:
    return [
        {"region_id": r.region_id, "name": r.name, "kind": r.kind, "aliases": list(r.aliases), "members": list(r.members)}
        for _, r in sorted(gazetteer.regions.items())
    ]


def sector_rows(gazetteer: Gazetteer) -> list[dict]:
    return [
        {
            "sector_id": s.sector_id,
            "label": s.label,
            "parent_id": s.parent_id,
            "group": s.group,
            "sei_category": s.sei_category,
            "umbrella": s.umbrella,
            "forms": list(s.forms),
            "listed_forms": list(s.listed_forms),
        }
        for _, s in sorted(gazetteer.sectors.items())
    ]


def agency_rows(gazetteer: Gazetteer) -> list[dict]:
    return [
        {"agency_id": a.agency_id, "name": a.name, "level": a.level, "place_id": a.place_id, "aliases": list(a.aliases)}
        for _, a in sorted(gazetteer.agencies.items())
    ]
