"""Entity tags the parser gets wrong on place names, read by the toponym finder (`geo.gazetteer`).

A place swallowed by a "title" that is no title: "attacks on Aleppo for the ninth consecutive day",
"targeted Aleppo's densely populated areas" tagged WORK_OF_ART. A title runs on in capitalised words
("Jordan Peterson", "Observatory for Human Rights"); one that begins with the place and whose other words
are all lowercase (or punctuation, digits, a possessive) is the parser's mistake, and the place in it
stands. An EVENT keeps its place out ("the 1967 Middle East war" is no location).

Tried and left out: keeping a big city the parser tags NORP ("groups in Aleppo said"). It found more
places on the event-location set but moved an event of the team dev set to the wrong city ("seized the
city ... while government forces were focused on the battle for Aleppo").
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from frontlines.geo.toponym_guards import major_place
from frontlines.knowledge import attach_words
from frontlines.knowledge_gazetteer import GazPlace


@lru_cache(maxsize=1)
def _locative() -> frozenset[str]:
    return frozenset(attach_words().locative_preps)


def lowercase_title(ent: Any, span: Any) -> bool:
    """Is `ent` a WORK_OF_ART entity that begins with `span` and whose other words hold no capitalised
    word (the parser's run-on: "Aleppo for the ninth consecutive day")?"""
    if ent.label_ != "WORK_OF_ART" or ent.start != span.start:
        return False
    return not any(t.text[:1].isupper() for t in ent if not span.start <= t.i < span.end)


def located_city(span: Any, cands: Sequence[GazPlace]) -> bool:
    """A big city's name (of `cands`) the parser tags a nationality where a place stands: the object of a
    locative preposition or the name on that object ("shot outside a Lahore court"), or a verb's object
    ("will patrol Cancun"). Only there: "the battle for Aleppo" stays out (see the note above)."""
    if not any(major_place(c) and c.kind == "city" for c in cands):
        return False
    if len(span) != 1 or span[0].pos_ != "PROPN" or span[0].ent_type_ != "NORP":
        return False
    tok = span[0]
    if tok.dep_ == "compound" and tok.head.pos_ == "NOUN" and tok.head.i == tok.i + 1:
        tok = tok.head
    if tok.dep_ == "pobj":
        return bool(tok.head.lower_ in _locative())
    return bool(span[0].dep_ == "dobj" and span[0].head.pos_ == "VERB")
