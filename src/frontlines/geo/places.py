"""Which place belongs to which event.

Fallback order: (1) a toponym in the trigger's sentence, the one best attached to the trigger in the
parse (`geo.attach`: to the trigger or its arguments, then to its clause, then anywhere), then the most
precise, then the nearest; a place inside the chosen country or province that is nearly as well
attached wins over it; a toponym that acts ("Russia struck"), an origin, a
movement's destination, the speaker's place and a country naming whose forces ("U.S. troops") are never
the location; a place the gazetteer does not know (`geo.unknown_places`) competes as the most
precise kind and, when it wins over a known place, is kept as that place's text;
(2) the place of the nearest earlier mention of the paragraph located in its own sentence, else the
nearest toponym in the earlier sentences of the same paragraph; (3) the place of the nearest earlier
mention of the article located in its own sentence; (4) the dateline's place; (5) none
(`location: null`), never a guessed capital. See docs/architecture.md ("Places").
The divisions, capitals and borders around a toponym are in `geo.divisions`, the sentence's places the
gazetteer lacks and where an event goes when one of them wins in `geo.sentence_unknowns`, steps (2)-(5)
in `geo.fallbacks`, an event's coordinated places in `geo.coordinated`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from frontlines.geo.attach import (
    attachment,
    names_a_mission,
    names_a_neighbourhood,
    nationality,
    owns_a_place,
    site_end,
)
from frontlines.geo.context import sure_country
from frontlines.geo.divisions import (
    across_border,
    border_countries,
    foreign_alias,
    inside_named_division,
    named_capitals,
    names_its_institution,
    near_another,
    outside_named_division,
    rank,
    this_side,
)
from frontlines.geo.fallbacks import PlaceSource, beyond_sentence
from frontlines.geo.gazetteer import GazetteerIndex
from frontlines.geo.nationwide import country_level, nationwide
from frontlines.geo.place_nouns import holds, named_by_place_noun, names_a_province
from frontlines.geo.sentence_unknowns import (
    Unknown,
    attachable,
    most_precise,
    place_unknown,
    sentence_unknowns,
)
from frontlines.geo.story_places import far_namesake
from frontlines.geo.unknown_places import english_run
from frontlines.model import Article, Place

if TYPE_CHECKING:
    from frontlines.code.mention import Mention
    from frontlines.pipeline import Doc

_CONTEXT_POP = 50_000


def context_countries(
    index: GazetteerIndex,
    article: Article,
    demonym_country: Callable[[str], str | None],
    not_a_place: Callable[[str], bool],
) -> set[str]:
    """Countries the article names unambiguously anywhere in its body (places and demonyms such as
    "Lebanese"), plus the dateline's."""
    found: set[str] = set()

    def demonym(word: str) -> str | None:
        # "Palestinian", and its plural "Palestinians"
        return demonym_country(word) or (demonym_country(word[:-1]) if word.endswith("s") else None)

    # "South Sudanese", "North Korean": a demonym of two words is not the one its last word makes alone
    body = article.body
    words = list(re.finditer(r"\b[A-Z][a-z]+\b", body))

    def pair(a: int) -> str | None:
        if a < 0 or a + 1 >= len(words) or words[a].end() + 1 != words[a + 1].start():
            return None
        sep = body[words[a].end()]
        return demonym(f"{words[a].group()}{sep}{words[a + 1].group()}") if sep in " -" else None

    for k, m in enumerate(words):
        if pair(k) is not None:
            continue  # "South" of "South Sudanese": the pair is read with its second word
        iso3 = pair(k - 1) or demonym(m.group())
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


_LEVELS = {
    0: "attached to the trigger",
    1: "attached to the trigger's clause",
    2: "not attached; most precise, then nearest",
}


def choose_place(
    doc: Doc, mention: Mention, index: GazetteerIndex, not_a_place: Callable[[str], bool]
) -> tuple[Place, PlaceSource] | None:
    """The event's place and where it was found (see the module docstring), or None; an event the
    trigger's clause spreads "across the country" is at its country's level (`geo.nationwide`)."""
    found = _choose_place(doc, mention, index, not_a_place)
    if nationwide(doc.parses[mention.sentence], mention.trigger_i):
        country = country_level(index, found[0] if found else None, doc.context_countries)
        if country is not None:
            mention.why["place"] = "the event spreads across the country: the country"
            return country, "sentence"
    return found


def _choose_place(
    doc: Doc, mention: Mention, index: GazetteerIndex, not_a_place: Callable[[str], bool]
) -> tuple[Place, PlaceSource] | None:
    parse = doc.parses[mention.sentence]
    others = [top.candidates for tops in doc.toponyms.values() for top in attachable(tops)]
    scored = []
    aliases: list[Unknown] = []
    tops = attachable(doc.toponyms.get(mention.sentence, []))
    known = frozenset(i for t in tops for i in range(t.token_start, t.token_end))
    offset = doc.sentences[mention.sentence].start
    ends = [
        offset
        + parse[site_end(parse, t.token_end) - 1].idx
        + len(parse[site_end(parse, t.token_end) - 1].text)
        for t in tops
    ]
    context = doc.context_countries
    across = border_countries(parse, tops, index)
    cands_of = {id(t): this_side(t.candidates, across) for t in tops}
    resolved = {
        id(t): index.resolve(parse[t.token_start : t.token_end].text, cands_of[id(t)], context, others)
        for t in tops
    }
    # how large each known place is, by its tokens ("the Findik region of Sirnak": Findik is the smaller)
    sizes: dict[int, float] = {}
    kinds: dict[int, str] = {}
    for top in tops:
        known_place = resolved[id(top)]
        size = math.inf if known_place.kind in ("country", "admin1") else float(known_place.pop)
        sizes.update({i: size for i in range(top.token_start, top.token_end)})
        kinds.update({i: known_place.kind for i in range(top.token_start, top.token_end)})
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
        best = resolved[id(top)]
        foreign = foreign_alias(index, name, best, doc.context_countries, across, cands_of[id(top)]) and not (
            inside_named_division(parse, top, tops, best) or near_another(best, top, tops, resolved)
        )
        # "Yala's Betong district": the place a possessive names the sub-place of is the larger one, never
        # a more precise place the gazetteer lacks
        if (foreign or outside_named_division(parse, top, tops, best)) and not owns_a_place(
            parse, top.token_start, top.token_end
        ):
            # some place the gazetteer lacks: a name without coordinates, as the unknown ones
            mention.why[f"place skipped {top.text!r}"] = "a foreign spelling outside the article's countries"
            named = named_by_place_noun(parse, top.token_start, top.token_end, known, sizes, compound=True)
            akey = (
                level,
                not named or names_a_province(parse, top.token_start, top.token_end),
                -1,
                hops,
                abs(top.token_start - mention.trigger_i),
            )
            aliases.append((akey, name, False, top.token_start, top.token_end))
            continue
        if best.kind in ("admin1", "country", "region") and names_a_neighbourhood(
            parse, top.token_start, top.token_end
        ):
            mention.why[f"place skipped {top.text!r}"] = "a neighbourhood's name, not the province it shares"
            continue
        towns = [p for t, p in resolved.items() if t != id(top) and p.kind == "city"]
        # "In Taiz, a shell hit a house in the al-Rawdah district": a town's name before "district" in a
        # sentence that names a town is a quarter of that town when the town of its name is far away
        city_district = (
            best.kind == "city"
            and bool(towns)
            and top.token_end < len(parse)
            and parse[top.token_end].lower_ in ("district", "area")
        )
        quarter = best.kind in ("city", "district") and (
            city_district or names_a_neighbourhood(parse, top.token_start, top.token_end)
        )
        if quarter and far_namesake(best, towns or _story_place(doc, mention, index, not_a_place, others)):
            # "the Cruzeiro favela in Rio de Janeiro": a quarter of the story's city, not a town of its
            # name elsewhere; placed as a quarter the gazetteer lacks
            mention.why[f"place skipped {top.text!r}"] = "a quarter's name: its town is far away"
            akey = (level, False, -1, hops, abs(top.token_start - mention.trigger_i))
            aliases.append((akey, name, True, top.token_start, top.token_end))
            continue
        if best.kind == "country" and across_border(parse, top.token_start):
            mention.why[f"place skipped {top.text!r}"] = "the country across a border ('the border with X')"
            continue
        if best.kind == "country" and names_a_mission(parse, top.token_end):
            mention.why[f"place skipped {top.text!r}"] = "a country naming whose embassy, not where"
            continue
        if best.kind == "country" and nationality(parse, top.token_start, top.token_end, mention.trigger_i):
            mention.why[f"place skipped {top.text!r}"] = "a country naming whose forces, not where"
            continue
        if best.kind == "country" and names_its_institution(parse, top.token_end):
            # "outside Kenya's parliament": the capital, where the institution sits (unless the sentence
            # names it: "from Canada's parliament to ... in Ottawa")
            capital = index.capital_of(best.country) if best.country else None
            if capital is not None and all(p.id != capital.id for p in resolved.values()):
                mention.why[f"place {top.text!r}"] = "a country's institution: its capital"
                best = capital
        # "the southern Gaza city of Rafah": the place named by "city of" is the one meant
        # "the U.S. state of": a country before a settlement noun is no name of it
        named = named_by_place_noun(
            parse, top.token_start, top.token_end, known, sizes, compound=best.kind != "country", kinds=kinds
        )
        key = (
            level,
            not named or names_a_province(parse, top.token_start, top.token_end),
            rank(best),
            hops,
            abs(top.token_start - mention.trigger_i),
        )
        text = top.text if end <= top.end else parse.text[top.start - offset : end - offset]
        scored.append((key, text, best, top.token_start, top.token_end))
    unknowns, missed = sentence_unknowns(doc, mention, parse, index, others, not_a_place)
    scored.extend(missed)
    named_ids = {p.id for p in resolved.values()}
    # "the capital, Kabul", "Sudan's capital, Khartoum": the capital's own name is the place's text
    scored.extend(c for c in named_capitals(doc, mention, parse, index) if c[2].id not in named_ids)
    english = doc.english
    # a capitalised run of English words the gazetteer does not know, that no place noun names
    # ("Parliament", "the Northern Alliance", "Quran") is an institution or a thing when the sentence
    # names a known place
    if scored:
        unknowns = [
            u
            for u in unknowns
            if not english_run(parse[u[3] : u[4]], english)
            or not parse[u[3]].text[:1].isupper()
            or any(t.text == "-" for t in parse[u[3] : u[4]])
            or site_end(parse, u[4] - 1) == u[4]
        ]
    unknown = min(unknowns + aliases, default=None)
    best_known = min(scored, key=lambda s: s[0], default=None)
    for other in sorted(unknowns + aliases):
        # "Gursai in Mendher sector", "Siinaay junction in Kismaayo town": the smaller place that holds the
        # winner, as well attached, is where it happened
        winner = unknown if best_known is None or (unknown and unknown[0] < best_known[0]) else best_known
        if winner is not None and other[0][0] <= winner[0][0] and holds(parse, other[3:5], winner[3:5]):
            unknown, best_known = other, None
    if unknown is not None and (not scored or best_known is None or unknown[0] < best_known[0]):
        placed = place_unknown(doc, mention, index, not_a_place, unknown, unknowns + aliases, scored, others)
        if placed is not None:
            return placed
    if scored:
        place, level, named = most_precise(scored)
        how = _LEVELS[level]
        named_by = ", named by an 'X of' phrase" if named else ""
        mention.why["place"] = f"{place.text!r} in the sentence ({how}{named_by})"
        mention.why["place candidates"] = ", ".join(
            f"{t!r}={b.kind}/{b.country}@{k[0]}" for k, t, b, _, _ in scored
        )
        return place, "sentence"
    return beyond_sentence(doc, mention, index, not_a_place, others)


def _story_place(
    doc: Doc, mention: Mention, index: GazetteerIndex, not_a_place: Callable[[str], bool], others: list[Any]
) -> list[Place]:
    """The place the story is at when the sentence names none (paragraph, article, dateline), without
    recording why: asked while the mention's own place is still chosen in its sentence (is a quarter's
    namesake far from the story's town?). `beyond_sentence` writes its choice to `mention.why["place"]`
    as if the mention were placed beyond its sentence, so the notes are put back as they were."""
    why = dict(mention.why)
    found = beyond_sentence(doc, mention, index, not_a_place, others)
    mention.why.clear()
    mention.why.update(why)
    return [found[0]] if found else []
