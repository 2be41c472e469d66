"""The sentence's places the gazetteer does not know, as `geo.places` weighs them against its toponyms.

`sentence_unknowns` gives the names `geo.unknown_places` finds, keyed as the toponyms are (a name no
gazetteer lists is the most precise kind), and the known names the toponym finder left; `place_unknown`
says where an event goes when such a name is better attached than any known place: an earlier event's
place of that name, a town spelled another way, the known place that holds it (with the name as text),
the one province the story names, or the story's place; `most_precise` picks among the scored known
places. `attachable` gives the toponyms events are attached to.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from frontlines.geo.attach import attachment, names_a_neighbourhood, neighbourhood_nouns
from frontlines.geo.divisions import Scored, in_named_admin1s, rank, sole_named_admin1
from frontlines.geo.fallbacks import PlaceSource, beyond_sentence, named_before
from frontlines.geo.gazetteer import GazetteerIndex, Toponym, to_place
from frontlines.geo.place_nouns import named_by_place_noun, names_a_province, names_a_site
from frontlines.geo.story_places import coarser_than, story_province
from frontlines.geo.unknown_places import unknown_places
from frontlines.knowledge_gazetteer import GazPlace
from frontlines.model import Place

if TYPE_CHECKING:
    from frontlines.code.mention import Mention
    from frontlines.pipeline import Doc

Unknown = tuple[tuple[int, bool, int, int, int], str, bool, int, int]
"""(attachment key, text, names a quarter of a city: 'the Ndosho neighbourhood', first token, end token)"""


def _inside(small: GazPlace, big: GazPlace) -> bool:
    """Is `small` inside `big`, a country or a province (by the country and admin1 of its record)?"""
    if big.kind == "country":
        return small.country == big.country
    if big.kind == "admin1":
        return small.country == big.country and small.admin1 == big.name
    return False


def _noun_of(tok: Any) -> Any:
    """The noun that carries a name ("Nairobi suburb", "the suburb of Syokimau" -> suburb), or None."""
    if tok.dep_ in ("compound", "nmod", "amod") and tok.head.i > tok.i:
        return tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.i < tok.i:
        return tok.head.head
    return None


def _same_noun(parse: Any, a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Do the names at token ranges `a` and `b` hang on one noun ("the Nairobi suburb of Syokimau",
    "the Al-Bayaa neighbourhood of south Baghdad")?"""
    na, nb = _noun_of(parse[a[0] : a[1]].root), _noun_of(parse[b[0] : b[1]].root)
    return na is not None and nb is not None and na.i == nb.i


def most_precise(scored: list[Scored]) -> tuple[Place, int, bool]:
    """The best-attached toponym (with its level and whether "X of" named it); when that is a country
    or province and the sentence also names a place inside it as well attached (a country: one level
    less) ("a camp west of Marib city ... in northern Yemen", "Andar district, Ghazni province"), the
    most precise one, with the admin1 of its own record."""
    key, text, best = min(scored, key=lambda s: s[0])[:3]
    inner = [
        s
        for s in scored
        if s[0][0] <= key[0] + (best.kind == "country") and rank(s[2]) < rank(best) and _inside(s[2], best)
    ]
    if inner:
        key, text, best = min(inner, key=lambda s: (s[0][2], s[0]))[:3]
    return to_place(text, best), key[0], not key[1]


def attachable(tops: list[Toponym]) -> list[Toponym]:
    """The toponyms events are attached to: not a common word taken only inside a longer place name the
    parser tags ("Bridge" in "the Latin Bridge": the longer name is an unknown place)."""
    return [t for t in tops if not t.partly_tagged]


def sentence_unknowns(
    doc: Doc,
    mention: Mention,
    parse: Any,
    index: GazetteerIndex,
    others: list[tuple[GazPlace, ...]],
    not_a_place: Callable[[str], bool],
) -> tuple[list[Unknown], list[Scored]]:
    """Places the sentence names that the gazetteer does not know ("the village of Zzyzqa", "al-Tijara
    neighbourhood", a GPE/LOC/FAC entity; `geo.unknown_places`) with their attachment key (the
    most precise kind: a name no gazetteer lists is a village, a quarter or a site); and, scored as the
    toponyms are, the names the gazetteer knows that the toponym finder left although a noun names them
    ("Migori town", "al-Bukamal"), resolved in the article's countries."""
    taken = {i for g in doc.groups.get(mention.sentence, []) for i in range(g.token_start, g.token_end)}
    for top in attachable(doc.toponyms.get(mention.sentence, [])):
        taken.update(range(top.token_start, top.token_end))
    found: list[Unknown] = []
    missed: list[Scored] = []
    for start, end in unknown_places(parse, taken, index.knows, index.lookup_demonym, doc.english):
        attached = attachment(parse, start, end, mention.trigger_i)
        if attached is None:
            continue
        level, hops = attached
        named = named_by_place_noun(parse, start, end, frozenset(taken), compound=True)
        text = parse[start:end].text
        if not_a_place(text):
            continue  # an armed group's name or a demonym ("the Army", "Shiite Muslims")
        cands = index.lookup(text)
        if cands:
            best = index.resolve(text, cands, doc.context_countries, others)
            # in a country the article is about (not "the former AU camp" in Somalia -> Au, Switzerland);
            # a country's name is that country wherever the story is
            country = best.kind == "country"
            if country or not doc.context_countries or best.country in doc.context_countries:
                key = (
                    level,
                    not named or names_a_province(parse, start, end),
                    rank(best),
                    hops,
                    abs(start - mention.trigger_i),
                )
                missed.append((key, text, best, start, end))
                continue
        key = (
            level,
            not named or names_a_province(parse, start, end),
            -1,
            hops,
            abs(start - mention.trigger_i),
        )
        quarter = names_a_neighbourhood(parse, start, end) or (
            named and parse[start:end].root.head.head.lower_ in neighbourhood_nouns()
        )
        found.append((key, text, quarter, start, end))
    return found, missed


def place_unknown(
    doc: Doc,
    mention: Mention,
    index: GazetteerIndex,
    not_a_place: Callable[[str], bool],
    unknown: Unknown,
    unknowns: list[Unknown],
    scored: list[Scored],
    others: list[tuple[GazPlace, ...]],
) -> tuple[Place, PlaceSource] | None:
    """The event's place when `unknown`, a name the gazetteer lacks (one of the sentence's `unknowns`,
    foreign spellings among them), is better attached than the sentence's known places (`scored`), or
    None when it is no place to keep (the caller goes on to the known places, else beyond the sentence)."""
    parse = doc.parses[mention.sentence]
    tops = attachable(doc.toponyms.get(mention.sentence, []))
    known = frozenset(i for t in tops for i in range(t.token_start, t.token_end))
    ukey, utext, quarter = unknown[:3]
    again = named_before(doc, mention, utext) if not scored else None
    if again is not None:
        # "fighters seized Nasir ... Nasir would be retaken": a name the gazetteer lacks, placed by an
        # earlier event of the article, is the same place when the article names it again
        mention.why["place"] = (
            f"{utext!r} in the sentence, no place the gazetteer knows: where an earlier event put it"
        )
        return again, "sentence"
    respelled = [] if quarter else index.lookup_spelling(utext, doc.context_countries)
    respelled = in_named_admin1s(respelled, [t.candidates for t in tops], others, doc.context_countries)
    if respelled:
        # "Hodeidah", "Maarat al-Numan": a town of the article's countries under another romanisation
        best = index.resolve(utext, respelled, doc.context_countries, others)
        mention.why["place"] = (
            f"{utext!r} in the sentence is {best.name!r} ({best.country}) spelled another way"
        )
        return to_place(utext, best), "sentence"
    # a known place of another country than the article's is no place for it ("al-Hali district of the
    # Red Sea city of Hodeidah" in a Yemeni story: not Sudan's Red Sea state)
    holders: list[Scored] = [
        s for s in scored if not doc.context_countries or s[2].country in doc.context_countries
    ]
    for other in unknowns:
        # "the Red Sea city of Hodeidah": a town of the article's countries under another romanisation
        spelled = [] if other is unknown else index.lookup_spelling(other[1], doc.context_countries)
        if spelled:
            town = index.resolve(other[1], spelled, doc.context_countries, others)
            holders.append((other[0], other[1], town, other[3], other[4]))
    holders = holders or scored
    # "the Nairobi suburb of Syokimau": a known place on the same place noun as the name holds it
    holders = [h for h in holders if _same_noun(parse, h[3:5], unknown[3:5])] or holders
    if holders:
        # "the Al-Bayaa neighbourhood of south Baghdad": the known place with the sub-place as text
        place = most_precise(holders)[0].model_copy(update={"text": utext})
        province = sole_named_admin1(index, others, place) if place.precision == "country" else None
        if province is not None:
            # "stormed the town of Kolofata ... Cameroon's": a town the gazetteer lacks, in a story
            # about one province of the country, is in that province
            place = to_place(utext, province)
        mention.why["place"] = (
            f"{utext!r} in the sentence, no place the gazetteer knows, better attached than "
            f"{place.name!r}: kept as text at that place"
        )
        return place, "sentence"
    province = None if quarter else story_province(others, doc.context_countries)
    if ukey[0] == 0 and not quarter and named_by_place_noun(parse, unknown[3], unknown[4], known):
        if province is not None:
            # "shot dead six civilians in the village of Tchoma Bangou" in a story about Tillaberi
            # region: a village the gazetteer lacks lies in the one province the story names
            mention.why["place"] = (
                f"{utext!r} in the sentence (named by a place noun) is no place the gazetteer knows: "
                f"kept as text in {province.name!r}, the one province the article names"
            )
            return to_place(utext, province), "sentence"
        # "attacked the village of Zzyzqa": a settlement of its own, wherever the story is told from
        mention.why["place"] = (
            f"{utext!r} in the sentence (attached to the trigger, named by a place noun) is no place the "
            "gazetteer knows: kept as text, no coordinates, no country"
        )
        return Place(text=utext, name=utext, country=None, precision=None), "sentence"
    if ukey[0] <= 1 or quarter or not ukey[1] or names_a_site(parse, unknown[3], unknown[4]):
        # attached to the trigger's clause, a site or a name after a preposition ("at the Sahafi
        # Hotel", "in Daynile"), or a quarter of a city ("in the Ndosho neighbourhood"); elsewhere in
        # the sentence, a name a place noun gives ("attacked Shawa village ... where 30 were killed")
        # or a site's ("attacked Fort Bute, ... that was defended"), the only place the sentence
        # names: the place the story is at (paragraph, article, dateline), with the name the sentence
        # gives as text; none there: the name alone
        found = beyond_sentence(doc, mention, index, not_a_place, others)
        if province is not None and coarser_than(found[0] if found else None, province):
            # "an attack on a base at Bohoma" after "the Lake Chad basin": the one province the article
            # names is more precise than the region or country the story fallback gives
            found = (to_place(utext, province), "sentence")
        mention.why["place"] = (
            f"{utext!r} in the sentence (attached to the trigger or its clause) is no place the "
            "gazetteer knows: kept as text at " + (repr(found[0].name) if found else "no coordinates")
        )
        if found:
            return found[0].model_copy(update={"text": utext}), found[1]
        return Place(text=utext, name=utext, country=None, precision=None), "sentence"
    return None
