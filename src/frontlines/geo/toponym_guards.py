"""Guards of toponym recognition (`GazetteerIndex.find_in_parse` and `scan_text`): when a word run the
gazetteer knows names no place here. A person's name ("Roberts said", "Clark" after "Ronald Clark"), a
date (unless spaCy misread a town's name as one: "in Turbat"), an all-capitals abbreviation, a hamlet's
name or a common English word ("Human", "March"), a kind of thing after "a" ("a Black Hawk"), or part of
a longer run of foreign words or of a person's or organisation's name.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Sequence
from typing import Any

from frontlines.geo.names import norm_name
from frontlines.knowledge import common_words
from frontlines.knowledge_gazetteer import GazPlace

_BIG = 500_000
_HAMLET = 1000
NAME_ENTS = {"PERSON"}
NUMERIC_ENTS = frozenset({"DATE", "TIME", "ORDINAL", "CARDINAL", "MONEY", "PERCENT", "QUANTITY"})
"""entity types of dates, times, numbers and amounts: a word spaCy tags so is no place name"""
_NAMED_MIN_POP = 100_000
"""a name spaCy tags as a whole person or organisation is still a place when it names a town this big"""


_ARTICLE_TOKENS = frozenset({"al", "el", "ad", "ar", "ash", "az"})


def runs_on(span: Any, cands: Sequence[GazPlace], english: frozenset[str], blocked: set[int]) -> bool:
    """Is the name only part of a longer run of capitalised foreign words — the next word, or the word
    before (not at the start of the sentence), a proper noun that is no English word and no named actor?
    Then the run is another, unknown place ("Bir Zzyzqa" is not Beed, India). Countries, admin1 and
    regions are kept ("the Ghazni Taliban")."""
    if any(c.kind in ("country", "admin1", "region") for c in cands):
        return False
    doc = span.doc

    def foreign(tok: Any) -> bool:
        return (
            tok.text[:1].isupper()
            and tok.pos_ == "PROPN"
            and tok.lower_ not in english
            and tok.i not in blocked
            and tok.ent_type_ not in ("NORP", "DATE", "TIME", "ORDINAL", "CARDINAL")
        )

    nxt = span.end
    # "Ain al-Asad", "Ras al-Ain": the next word after a hyphenated Arabic article
    if nxt + 2 < len(doc) and doc[nxt].lower_ in _ARTICLE_TOKENS and doc[nxt + 1].text == "-":
        nxt += 2
    if nxt < len(doc) and foreign(doc[nxt]):
        return True
    return span.start > 0 and not doc[span.start].is_sent_start and foreign(doc[span.start - 1])


def whole_place_entity(span: Any) -> bool:
    """Is the span exactly one of the parser's GPE/LOC/FAC entities?"""
    return any(
        e.start == span.start and e.end == span.end and e.label_ in ("GPE", "LOC", "FAC")
        for e in span.doc.ents
    )


def joins_places(ent: Any) -> bool:
    """A title or event spaCy made of a place and the area it lies in ("Douma in Eastern Ghouta" tagged
    WORK_OF_ART): the entity has a lower-case "in" / "near" between capitalised words."""
    return ent.label_ in ("WORK_OF_ART", "EVENT") and any(
        t.lower_ in ("in", "near") and t.text.islower() and 0 < t.i - ent.start < len(ent) - 1 for t in ent
    )


_CALENDAR_WORDS = frozenset(
    w.lower()
    for w in (*calendar.day_name, *calendar.day_abbr, *calendar.month_name, *calendar.month_abbr)
    if w
)
_DATE_PREPS = frozenset(
    {"on", "during", "since", "until", "till", "by", "before", "after", "last", "next", "this"}
)
_MISREAD_MIN_POP = 10_000


def misread_date(span: Any, cands: Sequence[GazPlace]) -> bool:
    """A town's name spaCy tags DATE ("killed six labourers in Turbat"): proper nouns only, no calendar word,
    not after a preposition of time, and a town of at least _MISREAD_MIN_POP (or a division) by that name."""
    if {t.ent_type_ for t in span} - {"DATE", ""}:
        return False
    # the DATE entity is the name alone ("in Turbat"), not a longer date ("the first day of Ramadan")
    if any(
        e.label_ == "DATE" and e.start < span.end and span.start < e.end and len(e) > len(span)
        for e in span.doc.ents
    ):
        return False
    if not all(t.pos_ == "PROPN" and t.is_alpha and t.lower_ not in _CALENDAR_WORDS for t in span):
        return False
    if span.start > 0 and span.doc[span.start - 1].lower_ in _DATE_PREPS:
        return False
    return any(c.kind in ("admin1", "district") or c.pop >= _MISREAD_MIN_POP for c in cands)


def indefinite(span: Any) -> bool:
    """ "shot down a Black Hawk", "an Apache was hit": a name after "a" / "an" that heads its noun phrase
    is one of a kind of things (an aircraft, a vehicle), never a place; "a Baghdad market", where the
    name modifies the noun after it, is still the city's."""
    if span.start == 0 or span.doc[span.start - 1].lower_ not in ("a", "an"):
        return False
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    modifies = span.root.dep_ in ("compound", "nmod", "amod") or (
        nxt is not None and nxt.pos_ in ("NOUN", "PROPN") and not nxt.text[:1].isupper()
    )
    return not modifies


def major_place(place: GazPlace) -> bool:
    return place.kind in ("country", "admin1", "region") or (
        place.kind == "city" and place.pop >= _NAMED_MIN_POP
    )


_TITLES = {"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "judge", "coach", "officer", "sheriff", "mayor"}


def person_acts(span: Any) -> bool:
    """The span is a whole PERSON entity that speaks ("Roberts said") or carries a title ("Mr. Lincoln")."""
    if not any(e.start == span.start and e.end == span.end for e in span.doc.ents):
        return False
    doc = span.doc
    nxt = doc[span.end] if span.end < len(doc) else None
    prev = doc[span.start - 1] if span.start > 0 else None
    if nxt is not None and nxt.lemma_ in ("say", "tell", "add", "explain"):
        return True
    return prev is not None and prev.lower_.rstrip(".") in _TITLES


def surnames(parses: Iterable[Any]) -> frozenset[str]:
    """The last words of the multi-word PERSON names in a document's parses ("Ronald Clark" -> "clark")."""
    return frozenset(
        norm_name(ent[-1].text) for p in parses for ent in p.ents if ent.label_ == "PERSON" and len(ent) > 1
    )


def a_surname(span: Any, cands: Sequence[GazPlace], people: frozenset[str]) -> bool:
    if len(span) != 1 or norm_name(span.text) not in people or span[0].ent_type_ in ("GPE", "LOC"):
        return False
    return not any(major_place(c) for c in cands)


def word_may_be_place(text: str, cands: Sequence[GazPlace], tagged_place: bool = False) -> bool:
    """False for an all-capitals abbreviation that names no country, admin1 or region, for a name that
    only hamlets of a known 1-999 people bear (GeoNames cities500; population 0 is unknown, as for many
    towns in war zones; unless spaCy tagged it a place),
    and for a common English word that names only places under half a million people (unless tagged)."""
    major = any(c.kind in ("country", "admin1", "region") for c in cands)
    letters = text.replace(".", "")
    if letters.isalpha() and letters.isupper() and len(letters) <= 4 and not major:
        return False
    if not tagged_place and all(c.kind == "city" and 0 < c.pop < _HAMLET for c in cands):
        return False
    if tagged_place or major or any(c.pop >= _BIG for c in cands):
        return True
    return norm_name(text) not in common_words()
