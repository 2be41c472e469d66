"""The divisions, capitals and borders a sentence names around a toponym (used by `geo.places`).

A town reached only through a foreign spelling (`foreign_alias`), a name the sentence places inside or
outside a named province or district ("Palma, in Cabo Delgado province"), a capital named without its
name ("the Libyan capital"), a country's institution that sits in its capital ("Kenya's parliament"),
the country across a border, and the one province an article names.
"""

from __future__ import annotations

from collections.abc import Sequence, Set
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from frontlines.geo.attach import attachment
from frontlines.geo.context import place_context
from frontlines.geo.distance import km
from frontlines.geo.gazetteer import GazetteerIndex
from frontlines.geo.story_places import sole_admin1
from frontlines.knowledge import attach_words
from frontlines.knowledge_gazetteer import GazPlace
from frontlines.model import Place

if TYPE_CHECKING:
    from frontlines.code.mention import Mention
    from frontlines.pipeline import Doc

RANK = {"point": 0, "city": 1, "district": 2, "admin1": 3, "country": 4, "region": 5}


def rank(place: GazPlace) -> int:
    """How coarse a place is (`RANK`); a region inside one country ("Waziristan", "the Catatumbo region
    of northeastern Colombia") is as precise as a province, more than its country."""
    if place.kind == "region" and place.country is not None:
        return RANK["admin1"]
    return RANK[place.kind]


Scored = tuple[tuple[int, bool, int, int, int], str, GazPlace, int, int]
"""(attachment key, text, place, the name's first token, its end token)"""


FOREIGN_TOWN_POP = 100_000


NEIGHBOUR_KM = 1000

# a province named only by a point of the compass ("West", "Central", "Far North"): in a story about
# another country the word is part of some other name ("Qayyarah West air base", "the Central
# command"), not that province
COMPASS_NAMES = frozenset(
    "north south east west central centre center northern southern eastern western northwest northeast "
    "southwest southeast north-west north-east south-west south-east".split()
) | {"far north", "north west", "north east", "south west", "south east"}


def foreign_alias(
    index: GazetteerIndex,
    text: str,
    best: GazPlace,
    context: set[str],
    across: Set[str] = frozenset(),
    cands: Sequence[GazPlace] = (),
) -> bool:
    """A town reached only through another language's spelling, outside every country the article is
    about ("Boni" in a Malian story is not Bonn): the name is some place the gazetteer lacks. A name of
    several words ("Khan Younis") is a deliberate transliteration, not an accident of spelling. A country
    the sentence names across a border (`border_countries`: "Spin Boldak on the Pakistani border") is no
    country the town is in, so it does not count; and a town's own name that no other place bears
    (`cands` all in one province), within NEIGHBOUR_KM of the capital of a country the article names, is
    that neighbour's town ("Israeli shelling hit Khiam"), not a place the gazetteer lacks."""
    context = context - across
    if not context or best.country in context:
        return False
    if best.kind in ("city", "district") and index.is_primary(text, best) and _one_place(cands):
        capitals = [index.capital_of(country) for country in context]
        if any(c is not None and km(best.lat, best.lon, c.lat, c.lon) <= NEIGHBOUR_KM for c in capitals):
            return False
    if best.kind == "admin1":
        # a province of a country the article never names, reached by one of its other spellings
        # ("the Salaheddin area" of Tripoli is not Iraq's Salah ad Din), or by a bare compass word
        return not index.is_primary(text, best) or text.casefold() in COMPASS_NAMES
    if best.kind not in ("city", "district"):
        return False
    # a small town of a country the article never names ("Hall" in a Yemeni story is not Hall County,
    # Nebraska; "Mayo" in Khartoum is not Mayo, Maryland): some place of the story the gazetteer lacks
    return (len(text.split()) == 1 and not index.is_primary(text, best)) or best.pop < FOREIGN_TOWN_POP


def _one_place(cands: Sequence[GazPlace]) -> bool:
    """Do the candidates name one place (a town and the district of its name count as one)?"""
    return bool(cands) and len({(c.country, c.admin1) for c in cands}) == 1


# words between a town's name and the division it is said to lie in: "Palma, in Cabo Delgado province",
# "Kani township of Sagaing region", "Sagaing region's Kani", "Lamitan, Basilan" (with the place nouns of
# attach.v1.yaml)
_GLUE = frozenset({",", "in", "of", "the", "'s", "\u2019s"})


@lru_cache(maxsize=1)
def _inside_glue() -> frozenset[str]:
    return _GLUE | frozenset(attach_words().place_nouns)


def outside_named_division(parse: Any, top: Any, tops: list[Any], best: GazPlace) -> bool:
    """Does the sentence place the name inside a province or district ("Palma, in Cabo Delgado province",
    "Sagaing region's Kani township") of another country than `best`'s? Then `best` is a namesake abroad
    and the town is one the gazetteer lacks."""
    if best.kind not in ("city", "district"):
        return False
    if any(best.country not in countries for countries in _named_divisions(parse, top, tops)):
        return True
    # "the village of El Aguaje, in Aguililla municipality": a namesake in another province of the same
    # country is no more the village than one abroad
    return best.kind == "city" and any(
        best.country in areas and (best.country, best.admin1) not in areas[best.country]
        for areas in _named_division_admin1s(parse, top, tops)
    )


def _named_division_admin1s(
    parse: Any, top: Any, tops: list[Any]
) -> list[dict[str | None, set[tuple[str | None, str | None]]]]:
    """For each province or district the sentence says the name lies in (`_named_divisions`), its
    country's -> the (country, admin1) pairs it may be in; regions (no admin1) are left out."""
    out = []
    for other in _division_toponyms(parse, top, tops):
        if any(c.kind == "region" or c.admin1 is None for c in other.candidates):
            continue
        areas: dict[str | None, set[tuple[str | None, str | None]]] = {}
        for c in other.candidates:
            areas.setdefault(c.country, set()).add((c.country, c.admin1))
        out.append(areas)
    return out


def inside_named_division(parse: Any, top: Any, tops: list[Any], best: GazPlace) -> bool:
    """Does the sentence place the name inside a province, district or region of `best`'s own country
    ("the town of Toretsk in the Donbas")? Then `best` is no foreign namesake."""
    return any(best.country in countries for countries in _named_divisions(parse, top, tops))


NEAR_KM = 100


def near_another(best: GazPlace, top: Any, tops: list[Any], resolved: dict[int, GazPlace]) -> bool:
    """Does another town or district the sentence names lie in `best`'s country within NEAR_KM of it
    ("Qabatiya, near Jenin")? Two names that agree are no accident of spelling."""
    return any(
        other is not top
        and (near := resolved[id(other)]).country == best.country
        and near.kind in ("city", "district")
        and near.id != best.id
        and km(best.lat, best.lon, near.lat, near.lon) <= NEAR_KM
        for other in tops
    )


def _named_divisions(parse: Any, top: Any, tops: list[Any]) -> list[set[str | None]]:
    """The countries of each province, district or region the sentence says the name lies in (a toponym
    next to it, only glue words between: "X, in Y province", "Y's X district", "X in the Y")."""
    return [{c.country for c in other.candidates} for other in _division_toponyms(parse, top, tops)]


def _division_toponyms(parse: Any, top: Any, tops: list[Any]) -> list[Any]:
    """The toponyms next to `top` (only glue words between) that name nothing but divisions."""
    out = []
    for other in tops:
        if other is top:
            continue
        if other.token_start >= top.token_end:
            between = parse[top.token_end : other.token_start]
        elif other.token_end <= top.token_start:
            between = parse[other.token_end : top.token_start]
        else:
            continue
        if len(between) > 4 or any(t.lower_ not in _inside_glue() for t in between):
            continue
        kinds = ("admin1", "district", "region")
        countries = {c.country for c in other.candidates if c.kind in kinds}
        if countries and None not in countries and all(c.kind in kinds for c in other.candidates):
            out.append(other)
    return out


def names_its_institution(parse: Any, end: int) -> bool:
    """ "Kenya's parliament", "Mexico's Senate", "Sudan's presidential palace": the country's name is
    followed by "'s" and one of the institutions that sit in its capital (attach.v1.yaml capital_nouns)."""
    if end + 1 >= len(parse) or parse[end].text not in ("'s", "\u2019s"):
        return False
    following = " ".join(t.lower_ for t in parse[end + 1 : end + 4])
    return any(following == noun or following.startswith(noun + " ") for noun in _capital_nouns())


@lru_cache(maxsize=1)
def _capital_nouns() -> tuple[str, ...]:
    return tuple(attach_words().capital_nouns)


def named_capitals(doc: Doc, mention: Mention, parse: Any, index: GazetteerIndex) -> list[Scored]:
    """National capitals the sentence names without their name, scored as toponyms: "the Libyan capital",
    "Myanmar's capital", "the capital of Somalia", and "the capital" alone when the article is about one
    country. Not a capital with any other modifier ("the state capital", "the economic capital")."""
    out: list[Scored] = []
    for tok in parse:
        if tok.lower_ != "capital" or tok.pos_ != "NOUN":
            continue
        country: str | None = None
        bare = False
        for kid in tok.children:
            if kid.dep_ in ("amod", "compound", "nmod", "npadvmod"):
                demonym = index.lookup_demonym(kid.text)
                if demonym is None or demonym.kind != "country":
                    country, bare = None, False
                    break
                country = demonym.country
            elif kid.dep_ == "poss" or (kid.dep_ == "prep" and kid.lower_ == "of"):
                owner = (
                    kid if kid.dep_ == "poss" else next((c for c in kid.children if c.dep_ == "pobj"), None)
                )
                if owner is None:
                    continue
                named = {c.country for c in index.lookup(_compound_name(owner)) if c.kind == "country"}
                if len(named) == 1:
                    country = named.pop()
            elif kid.dep_ == "det" and kid.lower_ == "the":
                bare = True
        if country is None and bare and len(doc.context_countries) == 1:
            country = next(iter(doc.context_countries))
        elif country is None and bare:
            # "PORT-AU-PRINCE — ... In the capital, ...": a story datelined in a national capital
            country = _dateline_capital_country(doc, index)
        capital = index.capital_of(country) if country else None
        attached = attachment(parse, tok.i, tok.i + 1, mention.trigger_i) if capital else None
        if capital is None or attached is None:
            continue
        level, hops = attached
        key = (level, True, RANK["city"], hops, abs(tok.i - mention.trigger_i))
        start = min(t.i for t in tok.subtree if t.i <= tok.i and t.dep_ != "det")
        out.append((key, parse[start : tok.i + 1].text, capital, start, tok.i + 1))
    return out


def across_border(parse: Any, start: int) -> bool:
    """Is the name at `start` the other side of a border ("on the border with Nigeria", "the frontier
    with Chad")? Then the event is not in that country."""
    if start < 2:
        return False
    return parse[start - 1].lower_ == "with" and parse[start - 2].lower_ in _border_nouns()


def border_countries(parse: Any, tops: list[Any], index: GazetteerIndex) -> set[str]:
    """The countries the sentence names across a border: "the border with Egypt", "near the Nigerian
    border", "the Pakistan border" (not "Israeli border police": a border noun that only modifies another
    noun names no border)."""
    out: set[str] = set()
    for top in tops:
        if across_border(parse, top.token_start) or (
            top.token_end < len(parse) and _a_border(parse[top.token_end])
        ):
            out |= {c.country for c in top.candidates if c.kind == "country" and c.country}
    for tok in parse:
        if _a_border(tok) and tok.i > 0:
            demonym = index.lookup_demonym(parse[tok.i - 1].text)
            if demonym is not None and demonym.kind == "country" and demonym.country:
                out.add(demonym.country)
    return out


def _a_border(tok: Any) -> bool:
    return bool(tok.lower_ in _border_nouns() and tok.dep_ != "compound")


def this_side(cands: tuple[GazPlace, ...], across: set[str]) -> tuple[GazPlace, ...]:
    """A town's readings on this side of the border the sentence names ("Rafah, on the border with Egypt"
    is not Egypt's Rafah), all of them when none is."""
    if not across:
        return cands
    return tuple(c for c in cands if c.country not in across) or cands


@lru_cache(maxsize=1)
def _border_nouns() -> frozenset[str]:
    return frozenset(attach_words().border_nouns)


def sole_named_admin1(
    index: GazetteerIndex, others: list[tuple[GazPlace, ...]], place: Place
) -> GazPlace | None:
    """The one province of `place`'s country the article names unambiguously, or None."""
    return sole_admin1(others, lambda p: p.country == place.country)


def _dateline_capital_country(doc: Doc, index: GazetteerIndex) -> str | None:
    """The country (ISO3) whose national capital is the article's dateline place, or None."""
    article = doc.article
    if article is None or not article.dateline or not article.dateline.place:
        return None
    for p in index.lookup(article.dateline.place):
        if p.kind == "city" and p.country in doc.context_countries:
            capital = index.capital_of(p.country)
            if capital is not None and capital.id == p.id:
                return p.country
    return None


def _compound_name(tok: Any) -> str:
    """A name with the words compounded before it ("Central African Republic" from its head)."""
    first = min([tok.i, *(c.i for c in tok.children if c.dep_ == "compound" and c.i < tok.i)])
    return str(tok.doc[first : tok.i + 1].text)


def in_named_admin1s(
    respelled: list[GazPlace],
    sentence: list[tuple[GazPlace, ...]],
    others: list[tuple[GazPlace, ...]],
    countries: set[str],
) -> list[GazPlace]:
    """The other-spelling candidates (`lookup_spelling`) that lie in a province the sentence names in
    their country ("Ponnagyun township ... Rakhine State" is no Yangon village "Peinnegon"), or within
    NEAR_KM of a place the article names ("Darat Izza" in Aleppo province, in a story about Idlib's
    towns); all of them when the sentence names no province of their country. A sentence that names
    provinces of one country only places the name there ("In Russia's Kursk region ... the village of
    Plekhovo" is no Ukrainian Plekhiv). When the sentence names no province, the provinces the article
    names stand in for it ("Lodjo" in a story about Ituri is no Lodja of Sankuru). An exact name is
    trusted without this check: a consonant skeleton matches too much to stand against the named
    province."""
    if not respelled:
        return respelled
    named = _named_admin1s(sentence)
    one_country = len({country for country, _ in named}) == 1
    if not named:
        named = _named_admin1s(others)
    if not named:
        return respelled
    ctx = place_context(respelled, others, countries)
    return [
        p
        for p in respelled
        if (p.country, p.admin1) in named
        or not (one_country or any(country == p.country for country, _ in named))
        or any(km(p.lat, p.lon, lat, lon) <= NEAR_KM for lat, lon in ctx.points)
    ]


def _named_admin1s(others: list[tuple[GazPlace, ...]]) -> set[tuple[str | None, str]]:
    """The provinces named unambiguously among `others` ("Rakhine State"), or the provinces of the
    districts named so ("Aguililla municipality")."""
    out: set[tuple[str | None, str]] = set()
    for cands in others:
        if cands and all(c.kind in ("admin1", "district") for c in cands):
            pairs = {(c.country, c.admin1) for c in cands}
            if len(pairs) == 1:
                country, admin1 = next(iter(pairs))
                if admin1:
                    out.add((country, admin1))
    return out
