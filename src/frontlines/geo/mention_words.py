"""The words of a toponym mention besides the name: a division's kind word ("Andar district", "Ghazni
province"), a side ("western Mosul"), a possessive sub-place ("Mosul's Old City") or a place of its own
after the possessive ("Yala's Betong district"), and a word that opens a natural feature's name ("Lake
Tanganyika").
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from frontlines.knowledge import attach_words

# "Andar district", "Ghazni province": the kind word names which divisions are meant
KIND_WORDS = {
    "district": ("district",),
    "county": ("district",),
    "co.": ("district",),
    "province": ("admin1", "district"),
    "governorate": ("admin1",),
    "state": ("admin1",),
    "region": ("admin1", "region"),
    "oblast": ("admin1",),
    "department": ("admin1", "district"),
    "prefecture": ("admin1", "district"),
    # local-press forms: "Bokkos Local Government Area" (Nigeria; `LONG_KIND_WORDS`), "Nduga Regency"
    # (Indonesia), "Irumu territory" (DR Congo)
    "lga": ("district",),
    "regency": ("district",),
    "territory": ("district",),
}
LONG_KIND_WORDS = {"local government area": "lga", "local government": "lga"}
"""division words of more than one word, read as the one word they stand for in `KIND_WORDS`"""
_SIDES = {
    "north",
    "south",
    "east",
    "west",
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "northeastern",
    "northwestern",
    "southeastern",
    "southwestern",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "downtown",
    "rural",
    "outer",
    "greater",
}


@lru_cache(maxsize=1)
def side_words() -> frozenset[str]:
    """The words that name a side or part of a place before its name ("western", "downtown", "rural")."""
    return frozenset(_SIDES)


def sub_place(parse: Any, start: int, end: int, possessive: bool = True) -> tuple[int, int]:
    """Token range of the mention with its sub-city qualifier: "western Mosul", "Mosul's Old City"
    (the place itself stays `start:end`; `possessive`: take "'s <Names>" in)."""
    if start > 0 and parse[start - 1].lower_ in _SIDES:
        start -= 1
    if (
        possessive
        and end + 1 < len(parse)
        and parse[end].text in ("'s", "\u2019s")
        and parse[end + 1].text[:1].isupper()
    ):
        stop = end + 1
        while (
            stop < len(parse)
            and parse[stop].text[:1].isupper()
            and parse[stop].pos_ in ("PROPN", "NOUN", "ADJ")
        ):
            stop += 1
        if not _names_own_place(parse, stop):
            end = stop
    return start, end


def _names_own_place(parse: Any, stop: int) -> bool:
    """Does the capitalised run after "X's" that ends at `stop` name a place of its own, by a place noun
    after it ("Yala's Betong district", "Hama's Hamidiyeh and Bab Qubli neighborhoods": the district and
    the quarters are the places, found on their own), unlike "Mosul's Old City"?"""
    nouns = _own_place_nouns()
    k = stop
    while k < len(parse) and k < stop + 6:
        tok = parse[k]
        if tok.lower_ in nouns and not tok.text[:1].isupper():
            return True
        if tok.lower_ not in ("and", ",") and not tok.text[:1].isupper():
            return False
        k += 1
    return False


@lru_cache(maxsize=1)
def feature_words() -> frozenset[str]:
    return frozenset(attach_words().feature_words)


@lru_cache(maxsize=1)
def water_words() -> frozenset[str]:
    return frozenset(attach_words().water_words)


@lru_cache(maxsize=1)
def _own_place_nouns() -> frozenset[str]:
    words = attach_words()
    return (
        frozenset(words.neighbourhood_nouns)
        | frozenset(KIND_WORDS)
        | {"village", "town", "city", "camp", "area", "sub-district", "subdistrict"}
    )
