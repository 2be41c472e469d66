"""Where a place the gazetteer lacks lies when its sentence names no known place: the one province the
story is about ("gunmen shot dead six civilians in the village of Tchoma Bangou" in a story that names
Niger's Tillaberi region and no other province); and which town a quarter's name is not ("the Cruzeiro
favela in Rio de Janeiro" is no quarter of Cruzeiro, Sao Paulo). Used by `geo.places`."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from frontlines.geo.distance import km
from frontlines.knowledge_gazetteer import GazPlace
from frontlines.model import Place

# what the paragraph, article or dateline gives that is no more precise than a province's country: a
# village of the story is better placed at the story's province
_COARSE = frozenset({None, "country", "region"})


def sole_admin1(others: Iterable[tuple[GazPlace, ...]], keep: Callable[[GazPlace], bool]) -> GazPlace | None:
    """The one first-level division that `keep` accepts among the article's toponyms whose only reading
    is that province ("Lac province", "Tillaberi region"); None when there is none or several."""
    found = {p.id: p for cands in others if len(cands) == 1 for p in cands}
    provinces = [p for p in found.values() if p.kind == "admin1" and keep(p)]
    return provinces[0] if len(provinces) == 1 else None


def story_province(others: Iterable[tuple[GazPlace, ...]], context: set[str]) -> GazPlace | None:
    """The one first-level division the article names unambiguously, in one of the article's countries
    (any, when it has none); None when it names none or several."""
    return sole_admin1(others, lambda p: not context or p.country in context)


def coarser_than(found: Place | None, province: GazPlace) -> bool:
    """Is the place the story fallback gave (`found`) no more precise than `province`'s country (none,
    a region, or that country itself)?"""
    if found is None or found.precision not in _COARSE:
        return False
    return found.country is None or found.country == province.country


# a quarter of a city lies within this distance of the city's point: a town of the quarter's name
# farther away is a namesake ("the Cruzeiro favela in Rio de Janeiro" is not Cruzeiro, Sao Paulo)
QUARTER_KM = 50.0


def far_namesake(best: GazPlace, cities: Iterable[Place | GazPlace]) -> bool:
    """Is `best`, the town a quarter's name resolves to, farther than QUARTER_KM from every city the
    quarter may lie in (`cities`: the towns the sentence names, else the story's place), with at least
    one such city known? A province or country the story is at says nothing of the quarter's town."""
    points = [
        (c.lat, c.lon)
        for c in cities
        if c.lat is not None and c.lon is not None and _kind(c) in ("city", "district")
    ]
    return bool(points) and all(km(best.lat, best.lon, lat, lon) > QUARTER_KM for lat, lon in points)


def _kind(place: Place | GazPlace) -> str | None:
    return place.precision if isinstance(place, Place) else place.kind
