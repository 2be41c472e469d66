"""Which place belongs to which event.

Fallback order: (1) a toponym in the trigger's sentence, the one best attached to the trigger in the
parse (`geo.attach`: to the trigger or its arguments, then to its clause, then anywhere), then the most
precise, then the nearest; a place inside the chosen country or province that is nearly as well
attached wins over it; a toponym that acts ("Russia struck"), an origin, a
movement's destination, the speaker's place and a country naming whose forces ("U.S. troops") are never
the location; a place the gazetteer does not know (`geo.attach.unknown_places`) competes as the most
precise kind and, when it wins over a known place, is kept as that place's text;
(2) the place of the nearest earlier mention of the paragraph located in its own sentence, else the
nearest toponym in the earlier sentences of the same paragraph; (3) the place of the nearest earlier
mention of the article located in its own sentence; (4) the dateline's place; (5) none
(`location: null`), never a guessed capital. See docs/architecture.md ("Places").
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Literal

from frontlines.code.actors import default_coder
from frontlines.geo.attach import (
    attachment,
    named_by_place_noun,
    names_a_mission,
    names_a_neighbourhood,
    nationality,
    neighbourhood_nouns,
    site_end,
    unknown_places,
)
from frontlines.geo.context import place_context
from frontlines.geo.distance import km
from frontlines.geo.gazetteer import GazetteerIndex, Toponym, sure_country, to_place
from frontlines.knowledge import attach_words
from frontlines.knowledge_gazetteer import GazPlace
from frontlines.model import Article, Place

if TYPE_CHECKING:
    from frontlines.code.mention import Mention
    from frontlines.pipeline import Doc

_CONTEXT_POP = 50_000
_RANK = {"point": 0, "city": 1, "district": 2, "admin1": 3, "country": 4, "region": 5}


def context_countries(
    index: GazetteerIndex,
    article: Article,
    demonym_country: Callable[[str], str | None],
    not_a_place: Callable[[str], bool],
) -> set[str]:
    """Countries the article names unambiguously anywhere in its body (places and demonyms such as
    "Lebanese"), plus the dateline's."""
    found: set[str] = set()
    for word in re.findall(r"\b[A-Z][a-z]+\b", article.body):
        # "Palestinian", and its plural "Palestinians"
        iso3 = demonym_country(word) or (demonym_country(word[:-1]) if word.endswith("s") else None)
        if iso3:
            found.add(iso3)
    texts = [article.body]
    if article.dateline and article.dateline.place:
        texts.append(article.dateline.place)
    for text in texts:
        for name, all_cands in index.scan_text(text, not_a_place):
            # only a place's own name counts as context: an alternate spelling that is also an English
            # word ("Human" for Uman) or an outlet's name ("Levant Wire") says nothing about the country
            cands = [c for c in all_cands if c.kind in ("country", "admin1") or index.is_primary(name, c)]
            # a region of no one country ("Middle East", "Kashmir") says nothing; one inside a country
            # ("Donbas", "Gaza Strip") names it
            if any(c.country is None for c in all_cands):
                continue
            # a capitalised word that is only some hamlet's name ("Police", "Reuters") says nothing
            if not any(c.kind in ("country", "admin1") or c.pop >= _CONTEXT_POP for c in cands):
                continue
            country = sure_country(cands)
            if country is not None:
                found.add(country)
    return found


PlaceSource = Literal["sentence", "paragraph", "article", "dateline"]
_Scored = tuple[tuple[int, bool, int, int, int], str, GazPlace, int, int]
"""(attachment key, text, place, the name's first token, its end token)"""
_Unknown = tuple[tuple[int, bool, int, int, int], str, bool, int, int]
"""(attachment key, text, names a quarter of a city: 'the Ndosho neighbourhood', first token, end token)"""


def _inside(small: GazPlace, big: GazPlace) -> bool:
    if big.kind == "country":
        return small.country == big.country
    if big.kind == "admin1":
        return small.country == big.country and small.admin1 == big.name
    return False


def _most_precise(scored: list[_Scored]) -> tuple[Place, int, bool]:
    """The best-attached toponym (with its level and whether "X of" named it); when that is a country
    or province and the sentence also names a place inside it as well attached (a country: one level
    less) ("a camp west of Marib city ... in northern Yemen", "Andar district, Ghazni province"), the
    most precise one, with the admin1 of its own record."""
    key, text, best = min(scored, key=lambda s: s[0])[:3]
    inner = [
        s
        for s in scored
        if s[0][0] <= key[0] + (best.kind == "country")
        and _RANK[s[2].kind] < _RANK[best.kind]
        and _inside(s[2], best)
    ]
    if inner:
        key, text, best = min(inner, key=lambda s: (s[0][2], s[0]))[:3]
    return to_place(text, best), key[0], not key[1]


_LEVELS = {
    0: "attached to the trigger",
    1: "attached to the trigger's clause",
    2: "not attached; most precise, then nearest",
}


FOREIGN_TOWN_POP = 100_000


def _foreign_alias(index: GazetteerIndex, text: str, best: GazPlace, context: set[str]) -> bool:
    """A town reached only through another language's spelling, outside every country the article is
    about ("Boni" in a Malian story is not Bonn): the name is some place the gazetteer lacks. A name of
    several words ("Khan Younis") is a deliberate transliteration, not an accident of spelling."""
    if not context or best.country in context:
        return False
    if best.kind == "admin1":
        # a province of a country the article never names, reached by one of its other spellings
        # ("the Salaheddin area" of Tripoli is not Iraq's Salah ad Din)
        return not index.is_primary(text, best)
    if best.kind not in ("city", "district"):
        return False
    # a small town of a country the article never names ("Hall" in a Yemeni story is not Hall County,
    # Nebraska; "Mayo" in Khartoum is not Mayo, Maryland): some place of the story the gazetteer lacks
    return (len(text.split()) == 1 and not index.is_primary(text, best)) or best.pop < FOREIGN_TOWN_POP


# words between a town's name and the division it is said to lie in: "Palma, in Cabo Delgado province",
# "Kani township of Sagaing region", "Sagaing region's Kani", "Lamitan, Basilan" (with the place nouns of
# attach.v1.yaml)
_GLUE = frozenset({",", "in", "of", "the", "'s", "\u2019s"})


@lru_cache(maxsize=1)
def _inside_glue() -> frozenset[str]:
    return _GLUE | frozenset(attach_words().place_nouns)


def _outside_named_division(parse: Any, top: Any, tops: list[Any], best: GazPlace) -> bool:
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


def _inside_named_division(parse: Any, top: Any, tops: list[Any], best: GazPlace) -> bool:
    """Does the sentence place the name inside a province, district or region of `best`'s own country
    ("the town of Toretsk in the Donbas")? Then `best` is no foreign namesake."""
    return any(best.country in countries for countries in _named_divisions(parse, top, tops))


NEAR_KM = 100


def _near_another(best: GazPlace, top: Any, tops: list[Any], resolved: dict[int, GazPlace]) -> bool:
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


def _names_its_institution(parse: Any, end: int) -> bool:
    """ "Kenya's parliament", "Mexico's Senate", "Sudan's presidential palace": the country's name is
    followed by "'s" and one of the institutions that sit in its capital (attach.v1.yaml capital_nouns)."""
    if end + 1 >= len(parse) or parse[end].text not in ("'s", "\u2019s"):
        return False
    following = " ".join(t.lower_ for t in parse[end + 1 : end + 4])
    return any(following == noun or following.startswith(noun + " ") for noun in _capital_nouns())


@lru_cache(maxsize=1)
def _capital_nouns() -> tuple[str, ...]:
    return tuple(attach_words().capital_nouns)


def _named_capitals(doc: Doc, mention: Mention, parse: Any, index: GazetteerIndex) -> list[_Scored]:
    """National capitals the sentence names without their name, scored as toponyms: "the Libyan capital",
    "Myanmar's capital", "the capital of Somalia", and "the capital" alone when the article is about one
    country. Not a capital with any other modifier ("the state capital", "the economic capital")."""
    out: list[_Scored] = []
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
        key = (level, True, _RANK["city"], hops, abs(tok.i - mention.trigger_i))
        start = min(t.i for t in tok.subtree if t.i <= tok.i and t.dep_ != "det")
        out.append((key, parse[start : tok.i + 1].text, capital, start, tok.i + 1))
    return out


def _across_border(parse: Any, start: int) -> bool:
    """Is the name at `start` the other side of a border ("on the border with Nigeria", "the frontier
    with Chad")? Then the event is not in that country."""
    if start < 2:
        return False
    return parse[start - 1].lower_ == "with" and parse[start - 2].lower_ in _border_nouns()


@lru_cache(maxsize=1)
def _border_nouns() -> frozenset[str]:
    return frozenset(attach_words().border_nouns)


def _sole_named_admin1(
    index: GazetteerIndex, others: list[tuple[GazPlace, ...]], place: Place
) -> GazPlace | None:
    """The one province of `place`'s country the article names unambiguously, or None."""
    found = {p.id: p for cands in others if len(cands) == 1 for p in cands}
    provinces = [p for p in found.values() if p.kind == "admin1" and p.country == place.country]
    return provinces[0] if len(provinces) == 1 else None


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


def _unknown_places(
    doc: Doc,
    mention: Mention,
    parse: Any,
    index: GazetteerIndex,
    others: list[tuple[GazPlace, ...]],
    not_a_place: Callable[[str], bool],
) -> tuple[list[_Unknown], list[_Scored]]:
    """Places the sentence names that the gazetteer does not know ("the village of Zzyzqa", "al-Tijara
    neighbourhood", a GPE/LOC/FAC entity; `geo.attach.unknown_places`) with their attachment key (the
    most precise kind: a name no gazetteer lists is a village, a quarter or a site); and, scored as the
    toponyms are, the names the gazetteer knows that the toponym finder left although a noun names them
    ("Migori town", "al-Bukamal"), resolved in the article's countries."""
    taken = {i for g in doc.groups.get(mention.sentence, []) for i in range(g.token_start, g.token_end)}
    for top in _attachable(doc.toponyms.get(mention.sentence, [])):
        taken.update(range(top.token_start, top.token_end))
    found: list[_Unknown] = []
    missed: list[_Scored] = []
    for start, end in unknown_places(parse, taken, index.knows, index.lookup_demonym):
        attached = attachment(parse, start, end, mention.trigger_i)
        if attached is None:
            continue
        level, hops = attached
        named = named_by_place_noun(parse, start, end, frozenset(taken), compound=True)
        text = parse[start:end].text
        if not_a_place(text):
            continue  # an armed group's name or a demonym ("the Army", "Shiite Muslims")
        cands = index.lookup(text)
        coder = default_coder()
        country = coder.country_of(text) if not cands and coder.is_country_name(text) else None
        if country is not None:
            # a country's other name the gazetteer lacks ("Bosnia", "Yugoslavia"): that country
            cands = [c for c in index.lookup(country.name) if c.kind == "country"]
        if cands:
            best = index.resolve(text, cands, doc.context_countries, others)
            # in a country the article is about (not "the former AU camp" in Somalia -> Au, Switzerland)
            if country is not None or not doc.context_countries or best.country in doc.context_countries:
                key = (level, not named, _RANK[best.kind], hops, abs(start - mention.trigger_i))
                missed.append((key, text, best, start, end))
                continue
        key = (level, not named, -1, hops, abs(start - mention.trigger_i))
        quarter = names_a_neighbourhood(parse, start, end) or (
            named and parse[start:end].root.head.head.lower_ in neighbourhood_nouns()
        )
        found.append((key, text, quarter, start, end))
    return found, missed


@lru_cache(maxsize=1)
def _english() -> frozenset[str]:
    from frontlines.config import load_settings
    from frontlines.nlp.models import english_words

    settings = load_settings()
    return english_words(settings.nlp.model, tuple(settings.nlp.disable))


def _attachable(tops: list[Toponym]) -> list[Toponym]:
    """The toponyms events are attached to: not a common word taken only inside a longer place name the
    parser tags ("Bridge" in "the Latin Bridge": the longer name is an unknown place)."""
    return [t for t in tops if not t.partly_tagged]


def choose_place(
    doc: Doc, mention: Mention, index: GazetteerIndex, not_a_place: Callable[[str], bool]
) -> tuple[Place, PlaceSource] | None:
    """The event's place and where it was found (see the module docstring), or None."""
    parse = doc.parses[mention.sentence]
    others = [top.candidates for tops in doc.toponyms.values() for top in _attachable(tops)]
    scored = []
    aliases: list[_Unknown] = []
    tops = _attachable(doc.toponyms.get(mention.sentence, []))
    known = frozenset(i for t in tops for i in range(t.token_start, t.token_end))
    offset = doc.sentences[mention.sentence].start
    ends = [
        offset
        + parse[site_end(parse, t.token_end) - 1].idx
        + len(parse[site_end(parse, t.token_end) - 1].text)
        for t in tops
    ]
    context = doc.context_countries
    resolved = {
        id(t): index.resolve(parse[t.token_start : t.token_end].text, t.candidates, context, others)
        for t in tops
    }
    # how large each known place is, by its tokens ("the Findik region of Sirnak": Findik is the smaller)
    sizes: dict[int, float] = {}
    for top in tops:
        known_place = resolved[id(top)]
        size = math.inf if known_place.kind in ("country", "admin1") else float(known_place.pop)
        sizes.update({i: size for i in range(top.token_start, top.token_end)})
    for top, end in zip(tops, ends, strict=True):
        if any(
            a <= top.start and top.end <= b and (a, b) != (top.start, end)
            for (a, b) in ((t.start, e) for t, e in zip(tops, ends, strict=True))
        ):
            mention.why[f"place skipped {top.text!r}"] = (
                "part of a longer place name ('South' in 'South Darfur')"
            )
            continue
        attached = attachment(parse, top.token_start, top.token_end, mention.trigger_i)
        if attached is None:
            mention.why[f"place skipped {top.text!r}"] = (
                "not where it happened: the acting subject, an origin, a destination or the speaker's place"
            )
            continue
        level, hops = attached
        # "western Mosul", "Mosul's Old City": the name itself is resolved, the mention kept as text
        name = parse[top.token_start : top.token_end].text
        best = index.resolve(name, top.candidates, doc.context_countries, others)
        foreign = _foreign_alias(index, name, best, doc.context_countries) and not (
            _inside_named_division(parse, top, tops, best) or _near_another(best, top, tops, resolved)
        )
        if foreign or _outside_named_division(parse, top, tops, best):
            # some place the gazetteer lacks: a name without coordinates, as the unknown ones
            mention.why[f"place skipped {top.text!r}"] = "a foreign spelling outside the article's countries"
            named = named_by_place_noun(parse, top.token_start, top.token_end, known, sizes, compound=True)
            akey = (level, not named, -1, hops, abs(top.token_start - mention.trigger_i))
            aliases.append((akey, name, False, top.token_start, top.token_end))
            continue
        if best.kind in ("admin1", "country", "region") and names_a_neighbourhood(
            parse, top.token_start, top.token_end
        ):
            mention.why[f"place skipped {top.text!r}"] = "a neighbourhood's name, not the province it shares"
            continue
        if best.kind == "country" and _across_border(parse, top.token_start):
            mention.why[f"place skipped {top.text!r}"] = "the country across a border ('the border with X')"
            continue
        if best.kind == "country" and names_a_mission(parse, top.token_end):
            mention.why[f"place skipped {top.text!r}"] = "a country naming whose embassy, not where"
            continue
        if best.kind == "country" and nationality(parse, top.token_start, top.token_end, mention.trigger_i):
            mention.why[f"place skipped {top.text!r}"] = "a country naming whose forces, not where"
            continue
        if best.kind == "country" and _names_its_institution(parse, top.token_end):
            # "outside Kenya's parliament": the capital, where the institution sits (unless the sentence
            # names it: "from Canada's parliament to ... in Ottawa")
            capital = index.capital_of(best.country) if best.country else None
            if capital is not None and all(p.id != capital.id for p in resolved.values()):
                mention.why[f"place {top.text!r}"] = "a country's institution: its capital"
                best = capital
        # "the southern Gaza city of Rafah": the place named by "city of" is the one meant
        # "the U.S. state of": a country before a settlement noun is no name of it
        named = named_by_place_noun(
            parse, top.token_start, top.token_end, known, sizes, compound=best.kind != "country"
        )
        key = (level, not named, _RANK[best.kind], hops, abs(top.token_start - mention.trigger_i))
        text = top.text if end <= top.end else parse.text[top.start - offset : end - offset]
        scored.append((key, text, best, top.token_start, top.token_end))
    unknowns, missed = _unknown_places(doc, mention, parse, index, others, not_a_place)
    scored.extend(missed)
    named_ids = {p.id for p in resolved.values()}
    # "the capital, Kabul", "Sudan's capital, Khartoum": the capital's own name is the place's text
    scored.extend(c for c in _named_capitals(doc, mention, parse, index) if c[2].id not in named_ids)
    english = _english()
    # a capitalised run of English words the gazetteer does not know, that no place noun names
    # ("Parliament", "the Northern Alliance", "Quran") is an institution or a thing when the sentence
    # names a known place
    if scored:
        unknowns = [
            u
            for u in unknowns
            if not all(t.lower_ in english for t in parse[u[3] : u[4]] if t.is_alpha)
            or not parse[u[3]].text[:1].isupper()
            or any(t.text == "-" for t in parse[u[3] : u[4]])
            or site_end(parse, u[4] - 1) == u[4]
        ]
    unknown = min(unknowns + aliases, default=None)
    if unknown is not None and (not scored or unknown[0] < min(s[0] for s in scored)):
        ukey, utext, quarter = unknown[:3]
        again = _named_before(doc, mention, utext) if not scored else None
        if again is not None:
            # "fighters seized Nasir ... Nasir would be retaken": a name the gazetteer lacks, placed by an
            # earlier event of the article, is the same place when the article names it again
            mention.why["place"] = (
                f"{utext!r} in the sentence, no place the gazetteer knows: where an earlier event put it"
            )
            return again, "sentence"
        respelled = [] if quarter else index.lookup_spelling(utext, doc.context_countries)
        respelled = _in_named_admin1s(respelled, [t.candidates for t in tops], others, doc.context_countries)
        if respelled:
            # "Hodeidah", "Maarat al-Numan": a town of the article's countries under another romanisation
            best = index.resolve(utext, respelled, doc.context_countries, others)
            mention.why["place"] = (
                f"{utext!r} in the sentence is {best.name!r} ({best.country}) spelled another way"
            )
            return to_place(utext, best), "sentence"
        # a known place of another country than the article's is no place for it ("al-Hali district of the
        # Red Sea city of Hodeidah" in a Yemeni story: not Sudan's Red Sea state)
        holders: list[_Scored] = [
            s for s in scored if not doc.context_countries or s[2].country in doc.context_countries
        ]
        for other in unknowns + aliases:
            # "the Red Sea city of Hodeidah": a town of the article's countries under another romanisation
            spelled = [] if other is unknown else index.lookup_spelling(other[1], doc.context_countries)
            if spelled:
                town = index.resolve(other[1], spelled, doc.context_countries, others)
                holders.append((other[0], other[1], town, other[3], other[4]))
        holders = holders or scored
        if holders:
            # "the Al-Bayaa neighbourhood of south Baghdad": the known place with the sub-place as text
            place = _most_precise(holders)[0].model_copy(update={"text": utext})
            province = _sole_named_admin1(index, others, place) if place.precision == "country" else None
            if province is not None:
                # "stormed the town of Kolofata ... Cameroon's": a town the gazetteer lacks, in a story
                # about one province of the country, is in that province
                place = to_place(utext, province)
            mention.why["place"] = (
                f"{utext!r} in the sentence, no place the gazetteer knows, better attached than "
                f"{place.name!r}: kept as text at that place"
            )
            return place, "sentence"
        if ukey[0] == 0 and not quarter and named_by_place_noun(parse, unknown[3], unknown[4], known):
            # "attacked the village of Zzyzqa": a settlement of its own, wherever the story is told from
            mention.why["place"] = (
                f"{utext!r} in the sentence (attached to the trigger, named by a place noun) is no place the "
                "gazetteer knows: kept as text, no coordinates, no country"
            )
            return Place(text=utext, name=utext, country=None, precision=None), "sentence"
        if ukey[0] <= 1 or quarter:
            # attached to the trigger's clause, a site or a name after a preposition ("at the Sahafi
            # Hotel", "in Daynile"), or a quarter of a city ("in the Ndosho neighbourhood"): the place the
            # story is at (paragraph, article, dateline), with the name the sentence gives as text; none
            # there: the name alone
            found = _beyond_sentence(doc, mention, index, not_a_place, others)
            mention.why["place"] = (
                f"{utext!r} in the sentence (attached to the trigger or its clause) is no place the "
                "gazetteer knows: kept as text at " + (repr(found[0].name) if found else "no coordinates")
            )
            if found:
                return found[0].model_copy(update={"text": utext}), found[1]
            return Place(text=utext, name=utext, country=None, precision=None), "sentence"
    if scored:
        place, level, named = _most_precise(scored)
        how = _LEVELS[level]
        named_by = ", named by an 'X of' phrase" if named else ""
        mention.why["place"] = f"{place.text!r} in the sentence ({how}{named_by})"
        mention.why["place candidates"] = ", ".join(
            f"{t!r}={b.kind}/{b.country}@{k[0]}" for k, t, b, _, _ in scored
        )
        return place, "sentence"
    return _beyond_sentence(doc, mention, index, not_a_place, others)


def _in_named_admin1s(
    respelled: list[GazPlace],
    sentence: list[tuple[GazPlace, ...]],
    others: list[tuple[GazPlace, ...]],
    countries: set[str],
) -> list[GazPlace]:
    """The other-spelling candidates (`lookup_spelling`) that lie in a province the sentence names in
    their country ("Ponnagyun township ... Rakhine State" is no Yangon village "Peinnegon"), or within
    NEAR_KM of a place the article names ("Darat Izza" in Aleppo province, in a story about Idlib's
    towns); all of them when the sentence names no province of their country. An exact name is trusted
    without this check: a consonant skeleton matches too much to stand against the sentence's province."""
    if not respelled:
        return respelled
    named = _named_admin1s(sentence)
    if not named:
        return respelled
    ctx = place_context(respelled, others, countries)
    return [
        p
        for p in respelled
        if (p.country, p.admin1) in named
        or not any(country == p.country for country, _ in named)
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


def _named_before(doc: Doc, mention: Mention, text: str) -> Place | None:
    """The place of an earlier event of the article whose text is `text` (a name the gazetteer lacks that
    an earlier sentence placed), or None."""
    key = text.casefold()
    for m in reversed(doc.mentions):
        if m.sentence >= mention.sentence or m.location is None:
            continue
        if m.location.text.casefold() == key and m.location.lat is not None:
            return m.location
    return None


# a sentence that opens on its scene: "In neighbouring Kaduna state, ..."
_OPENING_IN = re.compile(r"In ([^,]{1,60}),")


def _beyond_sentence(
    doc: Doc,
    mention: Mention,
    index: GazetteerIndex,
    not_a_place: Callable[[str], bool],
    others: list[tuple[GazPlace, ...]],
) -> tuple[Place, PlaceSource] | None:
    """The place when the trigger's sentence names none: paragraph, article, dateline, else None."""
    sentence = doc.sentences[mention.sentence]
    located = [
        m
        for m in doc.mentions
        if m.sentence < mention.sentence
        and m.location is not None
        and m.location_source == "sentence"
        and not m.historical  # background ("in 2015 ... seized Sirte") is not where today's news is
    ]
    same = [m for m in located if doc.sentences[m.sentence].paragraph == sentence.paragraph]
    if same:
        mention.why["place"] = "no place in the sentence: the place of an earlier event in the paragraph"
        return same[-1].location, "paragraph"  # type: ignore[return-value]
    earlier = [s for s in doc.sentences[: mention.sentence] if s.paragraph == sentence.paragraph]
    for prev in reversed(earlier):
        found = index.scan_text(prev.text, not_a_place)
        if found:
            name, cands = found[-1]
            mention.why["place"] = f"no place in the sentence: {name!r}, last named earlier in the paragraph"
            return to_place(name, index.resolve(name, cands, doc.context_countries, others)), "paragraph"
    opening = _OPENING_IN.match(sentence.text)
    if opening:
        # "In neighbouring Kaduna state, police said they had arrested ...": the scene the sentence opens
        # with (left unattached as the speaker's place) rather than an event's place in another paragraph
        for top in doc.toponyms.get(mention.sentence, []):
            if sentence.start + opening.start(1) <= top.start and top.end <= sentence.start + opening.end(1):
                best = index.resolve(top.text, top.candidates, doc.context_countries, others)
                if best.kind in ("city", "district", "admin1"):
                    mention.why["place"] = f"no place attached: {top.text!r}, the scene the sentence opens"
                    return to_place(top.text, best), "sentence"
    if located:
        mention.why["place"] = "no place in the sentence or paragraph: the place of an earlier event"
        return located[-1].location, "article"  # type: ignore[return-value]
    article = doc.article
    if article is not None and article.dateline and article.dateline.place:
        name = article.dateline.place
        cands = index.lookup(name)
        if cands:
            mention.why["place"] = (
                f"no place in the sentence, paragraph or earlier event: the dateline {name!r}"
            )
            return to_place(name, index.resolve(name, cands, doc.context_countries, others)), "dateline"
    mention.why["place"] = "no place in the sentence, the paragraph before it, an earlier event or a dateline"
    return None


def _conjuncts(tok: Any) -> set[int]:
    """The tokens coordinated with `tok` ("Tripoli, Benghazi and Misrata"), itself included."""
    first = tok
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    out: set[int] = set()
    todo = [first]
    while todo:
        cur = todo.pop()
        out.add(cur.i)
        todo.extend(c for c in cur.children if c.dep_ == "conj")
    return out


def _name_head(parse: Any, start: int, end: int) -> Any:
    """The token of a name whose head is outside the name."""
    return next((t for t in parse[start:end] if not start <= t.head.i < end), parse[end - 1])


def coordinated_places(doc: Doc, mention: Mention, index: GazetteerIndex) -> list[Place]:
    """The other places coordinated with the event's own in its sentence ("protests in Tripoli,
    Benghazi and Misrata", "towns of Sderot and Ofakim", "the Dnipropetrovsk and Sumy regions"): ACLED
    codes one event a place. Not countries (more often sides than places: "Armenia and Azerbaijan"),
    nor places "between" which something happens."""
    loc = mention.location
    if loc is None or mention.location_source != "sentence" or loc.precision in (None, "country", "region"):
        return []
    parse = doc.parses[mention.sentence]
    tops = _attachable(doc.toponyms.get(mention.sentence, []))
    own = next((t for t in tops if loc.text == t.text or loc.text.startswith(t.text + " ")), None)
    if own is None:
        return []
    head = _name_head(parse, own.token_start, own.token_end)
    group = _conjuncts(head)
    noun = head
    while noun.dep_ == "compound" and noun.head.i != noun.i:
        noun = noun.head
    group |= _conjuncts(noun)
    # "the Aghdam district ... and the Kalbajar and Lachin districts": the names on a coordinated noun
    group |= {
        i for t in list(group) for c in parse[t].children if c.dep_ == "compound" for i in _conjuncts(c)
    }
    if any(a.lower_ == "between" for a in head.ancestors):
        return []
    others = [top.candidates for tops_ in doc.toponyms.values() for top in tops_]
    out: list[Place] = []
    seen = {loc.name}
    for top in tops:
        if top is own:
            continue
        if _name_head(parse, top.token_start, top.token_end).i not in group:
            continue
        name = parse[top.token_start : top.token_end].text
        best = index.resolve(name, top.candidates, doc.context_countries, others)
        if best.kind in ("country", "region") or best.name in seen:
            continue
        if _foreign_alias(index, name, best, doc.context_countries):
            continue  # "the Salaheddin and Qasr Bin Ghashir areas" of Tripoli: not Iraq's Salah ad Din
        seen.add(best.name)
        out.append(to_place(top.text, best))
    return out
