"""Which place belongs to which event.

Fallback order: (1) a toponym in the trigger's sentence, preferring one attached to the trigger in
the parse (its head chain reaches the trigger or its clause verb), then the most precise, then the
nearest; a toponym that is itself the acting subject ("Russia struck ...") is not the location;
(2) the nearest toponym in the earlier sentences of the same paragraph; (3) the dateline's place;
(4) none (`location: null`), never a guessed capital.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Literal

from frontlines.geo.gazetteer import GazetteerIndex, Toponym, sure_country, to_place
from frontlines.knowledge import GazPlace
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
        iso3 = demonym_country(word)
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
            if any(c.kind == "region" or c.country is None for c in all_cands):
                continue
            # a capitalised word that is only some hamlet's name ("Police", "Reuters") says nothing
            if not any(c.kind in ("country", "admin1") or c.pop >= _CONTEXT_POP for c in cands):
                continue
            country = sure_country(cands)
            if country is not None:
                found.add(country)
    return found


def _attached(parse: Any, top: Toponym, trigger_i: int) -> tuple[bool, int]:
    root = parse[top.token_start : top.token_end].root
    trigger = parse[trigger_i]
    clause = trigger
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    hops = 0
    cur = root
    while cur.head.i != cur.i and hops < 6:
        if cur.dep_ in ("nsubj", "nsubjpass") and cur.head.i in (trigger.i, clause.i):
            return False, 99  # the subject acts; it is not where
        cur = cur.head
        hops += 1
        if cur.i in (trigger.i, clause.i):
            return True, hops
    return False, 99


PlaceSource = Literal["sentence", "paragraph", "dateline"]


def _foreign_alias(index: GazetteerIndex, text: str, best: GazPlace, context: set[str]) -> bool:
    """A town reached only through another language's spelling, outside every country the article is
    about ("Boni" in a Malian story is not Bonn): the name is some place the gazetteer lacks."""
    return (
        bool(context)
        and best.country not in context
        and best.kind in ("city", "district")
        and not index.is_primary(text, best)
    )


def choose_place(
    doc: Doc, mention: Mention, index: GazetteerIndex, not_a_place: Callable[[str], bool]
) -> tuple[Place, PlaceSource] | None:
    """The event's place and where it was found (see the module docstring), or None."""
    parse = doc.parses[mention.sentence]
    others = [top.candidates for tops in doc.toponyms.values() for top in tops]
    scored = []
    for top in doc.toponyms.get(mention.sentence, []):
        attached, hops = _attached(parse, top, mention.trigger_i)
        if hops == 99 and not attached and parse[top.token_start : top.token_end].root.dep_ in ("nsubj",):
            mention.why[f"place skipped {top.text!r}"] = "the subject of the event, not where it happened"
            continue
        best = index.resolve(top.text, top.candidates, doc.context_countries, others)
        if _foreign_alias(index, top.text, best, doc.context_countries):
            mention.why[f"place skipped {top.text!r}"] = "a foreign spelling outside the article's countries"
            continue
        root = parse[top.token_start : top.token_end].root
        # "the southern Gaza city of Rafah": the place named by "city of" is the one meant
        named = root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ == "NOUN"
        key = (not attached, not named, _RANK[best.kind], hops, abs(top.token_start - mention.trigger_i))
        scored.append((key, top.text, best))
    if scored:
        (unattached, unnamed, *_), text, best = min(scored, key=lambda s: s[0])
        how = "attached to the trigger" if not unattached else "not attached; most precise, then nearest"
        named_by = "" if unnamed else ", named by an 'X of' phrase"
        mention.why["place"] = f"{text!r} in the sentence ({how}{named_by})"
        mention.why["place candidates"] = ", ".join(f"{t!r}={b.kind}/{b.country}" for _, t, b in scored)
        return to_place(text, best), "sentence"
    sentence = doc.sentences[mention.sentence]
    earlier = [s for s in doc.sentences[: mention.sentence] if s.paragraph == sentence.paragraph]
    for prev in reversed(earlier):
        found = index.scan_text(prev.text, not_a_place)
        if found:
            name, cands = found[-1]
            mention.why["place"] = f"no place in the sentence: {name!r}, last named earlier in the paragraph"
            return to_place(name, index.resolve(name, cands, doc.context_countries, others)), "paragraph"
    article = doc.article
    if article is not None and article.dateline and article.dateline.place:
        name = article.dateline.place
        cands = index.lookup(name)
        if cands:
            mention.why["place"] = f"no place in the sentence or paragraph: the dateline {name!r}"
            return to_place(name, index.resolve(name, cands, doc.context_countries, others)), "dateline"
    mention.why["place"] = "no place in the sentence, the paragraph before it, or a dateline"
    return None
