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

from typing import Any


def lowercase_title(ent: Any, span: Any) -> bool:
    """Is `ent` a WORK_OF_ART entity that begins with `span` and whose other words hold no capitalised
    word (the parser's run-on: "Aleppo for the ninth consecutive day")?"""
    if ent.label_ != "WORK_OF_ART" or ent.start != span.start:
        return False
    return not any(t.text[:1].isupper() for t in ent if not span.start <= t.i < span.end)
