"""Where a place the gazetteer lacks lies when its sentence names no known place: the one province the
story is about ("gunmen shot dead six civilians in the village of Tchoma Bangou" in a story that names
Niger's Tillaberi region and no other province). Used by `geo.places`."""

from __future__ import annotations

from collections.abc import Iterable

from frontlines.knowledge_gazetteer import GazPlace
from frontlines.model import Place

# what the paragraph, article or dateline gives that is no more precise than a province's country: a
# village of the story is better placed at the story's province
_COARSE = frozenset({None, "country", "region"})


def story_province(others: Iterable[tuple[GazPlace, ...]], context: set[str]) -> GazPlace | None:
    """The one first-level division the article names unambiguously (a toponym whose only reading is
    that province: "Lac province", "Tillaberi region"), in one of the article's countries; None when it
    names none or several."""
    found: dict[int, GazPlace] = {}
    for cands in others:
        if len(cands) != 1 or cands[0].kind != "admin1":
            continue
        if context and cands[0].country not in context:
            continue
        found[cands[0].id] = cands[0]
    return next(iter(found.values())) if len(found) == 1 else None


def coarser_than(found: Place | None, province: GazPlace) -> bool:
    """Is the place the story fallback gave (`found`) no more precise than `province`'s country (none,
    a region, or that country itself)?"""
    if found is None or found.precision not in _COARSE:
        return False
    return found.country is None or found.country == province.country
