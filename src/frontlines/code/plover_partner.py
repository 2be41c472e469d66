"""The other party of a joint act (PLOVER/CAMEO, scope "all"): when two parties act together, CAMEO codes
the first as the source and the second as the target ("Russia and China held joint naval exercises",
"U.S. and Mexican officials conferred in Geneva", "Japanese and Chinese negotiators resumed talks",
"Turkish and Israeli intelligence services exchanged information on Kurdish rebels"). The second party is
a subject coordinated with the source's head, or a national word coordinated with the source's own
(the shared head: "U.S. and Mexican officials"). It replaces a default target (the country where it
happens) or a target of the source's own country; a stated target of another country stays. A source
of no country (an international body) coordinated with a country gives way to it ("NATO and the United
States warned Serbia": the country is the party CAMEO codes by a country).

An object of another country than the source beats a target of the source's own ("expelled two Iranian
diplomats from Bahrain").

`with_speaker_country`: a government or force named with no country in what a speaker says is the
speaker's ("An Israeli cabinet minister said the government would consider freeing prisoners").
"""

from __future__ import annotations

from typing import Any

from frontlines.code.actor_lexicon import GroupSpan
from frontlines.code.actor_phrases import stated
from frontlines.code.actors import default_coder
from frontlines.code.doers import _subject_of
from frontlines.code.role_syntax import _governing_verb
from frontlines.knowledge import cues
from frontlines.model import Actor, Event

_FORCE_TYPES = frozenset({"ASSAULT", "COERCE"})
"""types whose stated target is who is hit or seized: a partner replaces only a default target"""

_STATE_BODIES = ("Military Forces", "Police Forces", "Government")
"""the kinds of a state's body a partner named by a national word is coded as, the source's own kind"""

_WIDE = frozenset({"country", "region", "admin1"})
"""gazetteer kinds of a place an act is done to that stand for a country's people (`with_place_target`)"""


def with_partner(event: Event, trigger_tok: Any, groups: list[GroupSpan]) -> Event:
    """`event` with the source's coordinated partner as its target, when the target is a default or
    of the source's own country (any stated target for acts of force stays)."""
    actor1, actor2 = event.actor1, event.actor2
    if actor1 is not None and actor1.country is None and actor1.kind == "external":
        # "NATO and the United States warned Serbia": the coordinated country acts
        state = next(
            (a for h in _subjects(trigger_tok) for c in h.children if c.dep_ == "conj"
             for a in [default_coder().actor_at(c, groups)] if a is not None and a.country),
            None,
        )  # fmt: skip
        if state is None:
            return event
        event = event.model_copy(update={"actor1": default_coder().as_government(state)})
        actor1 = event.actor1
    if actor1 is None or actor1.country is None:
        return event
    if (
        stated(actor2)
        and actor2 is not None
        and (event.plover.type in _FORCE_TYPES or actor2.country != actor1.country)
    ):
        return event
    partner = _partner(trigger_tok, groups, actor1) or _foreign_object(trigger_tok, groups, actor1)
    if partner is None:
        return event
    return event.model_copy(update={"actor2": default_coder().as_government(partner)})


def _subjects(trigger_tok: Any) -> list[Any]:
    """The heads of the parties acting together: the subject of the trigger (or of the verb a trigger
    noun is the object of), and the parties of "talks between Israeli and Palestinian negotiators"."""
    between = [
        g for p in trigger_tok.children if p.dep_ == "prep" and p.lower_ == "between"
        for g in p.children if g.dep_ == "pobj"
    ]  # fmt: skip
    verb = trigger_tok if trigger_tok.pos_ in ("VERB", "AUX") else _governing_verb(trigger_tok)
    if verb is None:
        return between
    return [c for c in verb.children if c.dep_ == "nsubj"] + between


def _foreign_object(trigger_tok: Any, groups: list[GroupSpan], actor1: Actor) -> Actor | None:
    """The object of the act when it is of another country than the source ("Officials said they had
    expelled two Iranian diplomats from Bahrain": the diplomats', not the source's own country)."""
    coder = default_coder()
    for obj in (c for c in trigger_tok.children if c.dep_ == "dobj"):
        found = coder.actor_at(obj, groups)
        if found is not None and found.country not in (None, actor1.country):
            return found
    return None


def _partner(trigger_tok: Any, groups: list[GroupSpan], actor1: Actor) -> Actor | None:
    """The party of another country acting with the source: a subject coordinated with the source's
    head ("Russia and China held"), or a national word coordinated with the source's own ("U.S. and
    Mexican officials": that country's body of the source's kind)."""
    coder = default_coder()
    for head in _subjects(trigger_tok):
        # "Russia and China held ...": a coordinated subject of another country
        for conj in (c for c in head.children if c.dep_ == "conj"):
            other = coder.actor_at(conj, groups)
            if other is not None and other.country not in (None, actor1.country):
                return other
        # "U.S. and Mexican officials": a national word coordinated with the source's own
        for mod in (c for c in head.children if c.dep_ in ("amod", "compound", "nmod")):
            if coder.country_of(mod.text) is None:
                continue
            for conj in (c for c in mod.children if c.dep_ == "conj"):
                country = coder.country_of(conj.text)
                if country is not None and country.iso3 != actor1.country:
                    what = next((w for w in _STATE_BODIES if actor1.name.startswith(w)), "Government")
                    return coder.state(head.text, country, what)
    return None


def with_speaker_country(event: Event, trigger_tok: Any, groups: list[GroupSpan]) -> Event:
    """`event` with a government or force of no country placed in the country of the speaker whose
    statement tells the event ("..., the government would consider ..., an Israeli minister said")."""
    unplaced = [
        k for k in ("actor1", "actor2")
        if (a := getattr(event, k)) is not None and a.id is None and a.country is None
        and a.kind in ("government", "state_forces")
    ]  # fmt: skip
    root = trigger_tok.sent.root
    if not unplaced or root.i == trigger_tok.i or root.lemma_.lower() not in set(cues().say_verbs):
        return event
    speaker = _subject_of(root, groups)
    if speaker is None or not speaker.country:
        return event
    coder = default_coder()
    update = {k: coder.with_country(getattr(event, k), speaker.country) for k in unplaced}
    return event.model_copy(update=update)


def with_place_target(event: Event, trigger_tok: Any, toponyms: list[Any]) -> Event:
    """`event` with the government of a place it is done to as its target, when the sentence names no
    party for it ("Israel sealed off the West Bank and Gaza Strip ... after a bombing in Tel Aviv": the
    Palestinians', not the country of the place the event is attached to)."""
    actor1 = event.actor1
    if stated(event.actor2) or actor1 is None or not actor1.country:
        return event
    objs = [c for c in trigger_tok.children if c.dep_ == "dobj"]
    # "sealed off the West Bank": the parser may hang the object on the particle
    objs += [g for c in trigger_tok.children if c.dep_ == "prt" for g in c.children if g.dep_ == "pobj"]
    objs += [g for o in objs for g in o.children if g.dep_ == "conj"]
    for obj in objs:
        top = next((t for t in toponyms if t.token_start <= obj.i < t.token_end and t.candidates), None)
        # a land or region whose every reading lies in one country ("the West Bank"), not a town or a
        # landmark of many readings ("the Europe Bridge")
        wide = [c for c in top.candidates if c.kind in _WIDE] if top is not None else []
        countries = {c.country for c in top.candidates} if top is not None else set()
        iso3 = wide[0].country if wide and len(countries) == 1 else None
        if iso3 and iso3 != actor1.country:
            coder = default_coder()
            found = coder.country_by_iso3(iso3)
            if found is not None:
                return event.model_copy(update={"actor2": coder.state("", found, "Government")})
    return event
