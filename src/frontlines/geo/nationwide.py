"""An event the sentence spreads over the whole country ("300 people had been arrested across the
country", "missiles fired at targets throughout the country") is at the country's level, whatever town
the sentence or story names: used by `geo.places.choose_place`."""

from __future__ import annotations

from typing import Any

from frontlines.geo.gazetteer import GazetteerIndex, to_place
from frontlines.model import Place

_SPREAD = frozenset({"across", "throughout", "around", "over"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})


def _clause(tok: Any) -> Any:
    """The head of the finite clause a token belongs to: the nearest verb above it (or itself) with a
    subject of its own, else the sentence's root. A participle ("drones launched at targets", "killing
    39 civilians") belongs to the clause it modifies."""
    while True:
        if tok.pos_ in ("VERB", "AUX") and any(c.dep_ in _SUBJECTS for c in tok.children):
            return tok
        if tok.head.i == tok.i:
            return tok
        tok = tok.head


def nationwide(parse: Any, trigger_i: int) -> bool:
    """Does the trigger's clause say the event spread "across / throughout / around / all over the
    country"?"""
    home = _clause(parse[trigger_i])
    for tok in parse:
        if tok.lower_ not in _SPREAD or tok.dep_ != "prep":
            continue
        if tok.lower_ == "over" and (tok.i == 0 or parse[tok.i - 1].lower_ != "all"):
            continue
        objs = [c for c in tok.children if c.dep_ == "pobj" and c.lower_ == "country"]
        if not any(any(d.lower_ == "the" for d in o.children) for o in objs):
            continue
        if _clause(tok).i == home.i:
            return True
    return False


def country_level(index: GazetteerIndex, place: Place | None, context: set[str]) -> Place | None:
    """The country of the event's place (else the article's one country) as a place, or None."""
    iso3 = place.country if place is not None else None
    if iso3 is None and len(context) == 1:
        iso3 = next(iter(context))
    country = index.countries.get(iso3) if iso3 else None
    return to_place("the country", country) if country is not None else None
