"""Which place a place noun names: "the southern Gaza city of Rafah", "Helmand province", "the Findik
region of Sirnak" (the noun's own name, or the larger place after "of"), and a compass word that makes the
place after "of" a landmark ("80 kilometers north of Baghdad"). Split from `geo.attach`, whose word lists
(`data/attach.v1.yaml`) it reads."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from frontlines.geo.attach import _words
from frontlines.geo.mention_words import KIND_WORDS


def named_by_place_noun(
    parse: Any,
    token_start: int,
    token_end: int,
    known: frozenset[int] = frozenset(),
    sizes: Mapping[int, float] | None = None,
    compound: bool = False,
    kinds: Mapping[int, str] | None = None,
) -> bool:
    """ "the southern Gaza city of Rafah": the place a place noun names with "of"; with `compound`, also
    the name that modifies a place noun ("Helmand province", "the Findik region of Sirnak"). `sizes` (a known
    place's first token -> how large it is) tells a larger place before the noun ("the Homs
    neighbourhood of Baba Amr") from a smaller one, which is the noun's own name ("the Findik region of
    Sirnak", "the Deir al-Asafir suburb of Damascus": the place after "of" is the larger one); so does
    `kinds` (a known place's tokens -> its kind) when the noun names the kind of the place before it and
    not the one after ("the East Ghouta region of Damascus": a region, and Damascus a city). A toponym
    that takes the noun in ("East Ghouta region" found whole) is read as its modifier is."""
    root = parse[token_start:token_end].root
    noun = root.head.head
    size = None if sizes is None else sizes.get(token_start)
    # "the East Ghouta region of Damascus" found as one toponym: its noun, with a place after "of"
    whole = (
        compound
        and root.i == token_end - 1 > token_start
        and root.text.islower()
        and _words().place_noun(root)
        and _of_object(root) is not None
    )
    if whole or (
        compound
        and (
            root.dep_ == "compound"
            or (root.dep_ == "nmod" and parse[max(token_start - 1, 0)].text not in "([{")
            or _capitalised_amod(root)
        )
        and root.i < root.head.i
        and _words().place_noun(root.head)
        and root.head.text.islower()  # "Helmand province"; "the Bekaa Valley" is a name of its own
    ):
        # "Helmand province"; before "of", only a place smaller than the one after it ("the Findik
        # region of Sirnak", not "the Red Sea city of Hodeidah")
        carrier = root if whole else root.head
        obj = _of_object(carrier)
        if obj is None or (root.i not in known and not whole) or _rural(obj):
            # no place after "of", a name the gazetteer does not know, or a province's countryside after
            # it ("the Eastern Ghouta area of rural Damascus"): the noun's own
            return True
        inner = None if sizes is None else sizes.get(obj.i)
        if _names_kind(carrier, token_start, obj.i, kinds or {}):
            return True
        return size is not None and inner is not None and size < inner
    if _rural(root):
        # "the Eastern Ghouta area of rural Damascus": the province's countryside is larger than any
        # place whose name the noun has
        size = float("inf")
    return (
        root.dep_ == "pobj"
        and root.head.lower_ == "of"
        and _words().place_noun(noun)
        and not _landmark(noun)
        and not _has_own_name(noun, root.head, known, sizes or {}, size, kinds or {})
    )


def _capitalised_amod(tok: Any) -> bool:
    """ "Madduvil area": a capitalised word the parser calls an adjective, modifying the noun after it
    (the coordinated "Gagrian and Sawjian area" through the first), is a name on that noun as a
    compound is."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return bool(tok.dep_ == "amod" and tok.tag_ == "JJ" and tok.text[:1].isupper() and tok.head.i > tok.i)


def _landmark(noun: Any) -> bool:
    """ "Khalis, 80 kilometers north of Baghdad", "the town of Mahawil south of Baghdad": a compass word
    that measures from the place after "of" (with a distance, or modifying another word) makes that
    place a reference point, not the one a place noun names ("in the north of Syria" does name it)."""
    if noun.lower_ not in _words().reference:
        return False
    measured = any(c.dep_ in ("npadvmod", "nummod") for c in noun.children)
    return measured or noun.dep_ not in ("pobj", "dobj", "nsubj", "nsubjpass", "conj", "ROOT")


def _of_object(noun: Any) -> Any:
    """The object of the noun's "of" ("the region of Damascus" -> Damascus), or None."""
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return None if of is None else _object(of)


def _object(prep: Any) -> Any:
    """The object of a preposition, or None."""
    return next((c for c in prep.children if c.dep_ == "pobj"), None)


def _names_kind(noun: Any, before: int, after: int, kinds: Mapping[int, str]) -> bool:
    """The place noun names the kind of the known place at token `before` and not that of the one at
    `after` ("the East Ghouta region of Damascus": a region; Damascus, a city, is the larger place)."""
    meant = KIND_WORDS.get(noun.lower_, ())
    return kinds.get(before) in meant and after in kinds and kinds[after] not in meant


def _rural(tok: Any) -> bool:
    """ "rural Damascus": a name with "rural" before it names a province's countryside."""
    return any(c.lower_ == "rural" and c.i < tok.i for c in tok.children)


def _has_own_name(
    noun: Any,
    of: Any,
    known: frozenset[int],
    sizes: Mapping[int, float],
    size: float | None,
    kinds: Mapping[int, str],
) -> bool:
    """ "the Zafaraniyah district of southern Baghdad", "the Homs neighbourhood of Baba Amr": a place noun
    with a proper name of its own before "of" (the name after it is then the larger place), unless that
    name is itself a known place (`known`: toponyms' tokens) the noun belongs to ("the south Baghdad
    neighbourhood of Al-Bayaa") no smaller than the known place after "of" (`size`; `sizes` by the known
    places' tokens) and not of the kind the noun names where the place after "of" is not (`kinds`)."""
    obj = _object(of)
    for c in noun.children:
        if not (c.i < of.i and c.dep_ in ("compound", "amod") and c.pos_ == "PROPN"):
            continue
        if c.i not in known:
            return True
        if size is not None and c.i in sizes and sizes[c.i] < size:
            return True
        if obj is not None and _names_kind(noun, c.i, obj.i, kinds):
            return True
    return False


_INSIDE_PREPS = frozenset({"in", "near"})


def holds(parse: Any, outer: tuple[int, int], inner: tuple[int, int]) -> bool:
    """ "Gursai in Mendher sector", "at Siinaay junction in Kismaayo town", "in Pehapan, a village near the
    town of Guiglo": the place at token range `inner` hangs in ("in", "near") on the one at `outer`, directly
    or through the place or facility noun either name carries, so `outer` is the smaller place, where the
    event is."""
    words = _words()

    def carrier(tok: Any) -> Any:
        # the noun that carries a name ("Mendher sector", "the town of Guiglo", "Pehapan, a village")
        if (
            (tok.dep_ in ("compound", "nmod") or _capitalised_amod(tok))
            and tok.head.i != tok.i
            and tok.head.text.islower()
            and (words.place_noun(tok.head) or tok.head.lower_ in words.facility)
        ):
            return tok.head
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and words.place_noun(tok.head.head):
            return tok.head.head
        return tok

    if all(t.lower_ in words.facility for t in parse[outer[0] : outer[1]] if t.is_alpha):
        return False  # "a secondary School in Bama town": a kind of site, no name
    little = parse[outer[0] : outer[1]].root
    big = carrier(parse[inner[0] : inner[1]].root)
    prep = big.head
    if big.dep_ != "pobj" or prep.lower_ not in _INSIDE_PREPS or prep.i == big.i:
        return False
    host = prep.head
    own = carrier(little)
    appositive = [c for c in (little, own) for c in c.children if c.dep_ == "appos"]
    return host.i in {little.i, own.i} | {a.i for a in appositive}


_PROVINCE_NOUNS = frozenset(
    {"province", "state", "governorate", "region", "oblast", "prefecture", "department"}
)


def names_a_province(parse: Any, start: int, end: int) -> bool:
    """ "Shaba province", "North Kivu province": a name on a province's noun names no smaller place than one
    the sentence names without a noun ("captured Lubumbashi in mineral-rich Shaba province")."""
    root = parse[start:end].root
    noun = root.head if root.dep_ in ("compound", "nmod") else parse[end] if end < len(parse) else root
    return noun.i != root.i and noun.lower_ in _PROVINCE_NOUNS


def names_a_site(parse: Any, start: int, end: int) -> bool:
    """ "Fort Bute", "Tamarind Court", "the Heart Hospital": a name that begins with a place prefix or ends
    in a capitalised facility noun names a site."""
    words = _words()
    last = parse[end - 1]
    return (last.text[:1].isupper() and last.lower_ in words.facility) or (
        end - start > 1 and parse[start].lower_ in words.prefixes
    )
