"""PLOVER roles that ACLED does not code, applied only with extract.event_scope = "all".

A protest's target (PLOVER/CAMEO 14): ACLED codes a protest with no actor2 unless someone intervenes,
but PLOVER codes whom the dissent is directed at: "in protest against abuses by Algerian security
forces", "in protest of the Russian government's refusal", "calling for the removal of President
Mubarak", "to press demands from President Bouteflika's government". An event of any type with no
target named acts on the government of the country where it happens, as PLOVER-only events do
(assemble.py): "ethnic Albanians have sworn to fight ... near Macedonia's border".
"""

from __future__ import annotations

from typing import Any

from frontlines.code.actor_lexicon import GroupSpan
from frontlines.code.actor_phrases import np_tokens, stated
from frontlines.code.actors import default_coder
from frontlines.model import Actor, Event

_DIRECTED = {
    "against",
    "at",
    "of",
    "over",
    "by",
    "from",
    "for",
    "on",
    "to",
    "with",
    "toward",
    "towards",
    "into",
    "along",
    "near",
    "outside",
}
"""prepositions through which a protest (or any act), its purpose clause or what it names reach whom it
is against or meant for ("talks with Sanaa", "troops to / along its border with Pakistan", "demonstrated
outside the U.S. embassy")"""
_SPATIAL = {"to", "along", "near", "toward", "towards", "into"}
"""prepositions on a moved object that say where it is sent ("troops along the border with Pakistan")"""
_PURPOSE_DEPS = {"advcl", "xcomp", "acl", "relcl", "ccomp"}
_CONDITION_MARKS = {"if", "unless"}
_ADDRESS_VERBS = {"tell", "assure", "warn", "inform", "remind", "promise", "caution"}
"""speech verbs whose object is whom the reported act is addressed to"""
"""a condition clause's subject is whom a threat or promise is aimed at ("... if Israel went ahead")"""
_PROTEST_NOUNS = {"protest", "opposition", "response", "defiance", "outrage", "anger"}
"""nouns of an "in ..." phrase that say what a protest is against ("in protest at", "in opposition to")"""
_MAX_DEPTH = 4


def protest_target(trigger_tok: Any, groups: list[GroupSpan], actor1: Actor | None) -> Actor | None:
    """Whom a protest is directed at: the first actor (or owner of a thing, "X's refusal") reached
    from the trigger, the verb it is the object of and their purpose clauses, through objects,
    `_DIRECTED` prepositions, possessors and the agents of participles ("property seized by X")."""
    coder = default_coder()
    starts = [trigger_tok]
    head = trigger_tok.head
    if trigger_tok.pos_ != "VERB" and head.pos_ in ("VERB", "AUX") and trigger_tok.dep_ in ("dobj", "attr"):
        starts.append(head)  # "staged a hunger strike in protest against ..."
    for s in list(starts):
        # "to protest the abuses", "calling for the removal of", "to press their demands from"
        starts += [c for c in s.children if c.dep_ in _PURPOSE_DEPS and c.pos_ == "VERB"]
        # "marched in protest of the government's tariffs"
        starts += [g for c in s.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children
                   if g.dep_ == "pobj" and g.lemma_.lower() in _PROTEST_NOUNS]  # fmt: skip
    frontier: list[Any] = []
    if trigger_tok.dep_ == "ccomp" and trigger_tok.head.lemma_.lower() in _ADDRESS_VERBS:
        # '"We will not give up the Golan," the president told an Israeli delegation': the addressee
        frontier += [c for c in trigger_tok.head.children if c.dep_ in ("dobj", "dative")]
    for s in list(starts):
        # "warned it would recall its envoy if Israel went ahead": the condition's subject
        starts += [c for c in s.children if c.dep_ == "advcl" and c not in starts and _condition(c)]
    for s in starts:
        if s is not trigger_tok and s.pos_ in ("VERB", "AUX"):
            frontier += [c for c in s.children if c.dep_ == "dobj" and c.i != trigger_tok.i]
            if _condition(s):
                frontier += [c for c in s.children if c.dep_ == "nsubj"]
        frontier += _directed(s)
    if trigger_tok.pos_ == "VERB":
        # "massed troops along its border with Pakistan": where the object is sent or placed
        frontier += [g for o in trigger_tok.children if o.dep_ == "dobj" for g in _directed(o)
                     if g.head.lower_ in _SPATIAL]  # fmt: skip
    seen = {t.i for t in starts}
    for _ in range(_MAX_DEPTH):
        nxt: list[Any] = []
        for node in frontier:
            if node.i in seen:
                continue
            seen.add(node.i)
            found = coder.actor_at(node, groups) or _owner(node)
            other = actor1 is None or (found is not None and found.name != actor1.name)
            if found is not None and found.country is not None and other:
                return found
            nxt += _directed(node)
            nxt += [c for c in node.children if c.dep_ == "poss" and c.pos_ != "PRON"]
            # "the return of property seized by Algerian government forces"
            nxt += [g for c in node.children if c.dep_ == "acl" for a in c.children if a.dep_ == "agent"
                    for g in a.children if g.dep_ == "pobj"]  # fmt: skip
        frontier = nxt
    return None


def _condition(verb: Any) -> bool:
    """True for the verb of an "if" / "unless" clause."""
    return any(m.dep_ == "mark" and m.lower_ in _CONDITION_MARKS for m in verb.children)


def with_target(event: Event, trigger_tok: Any, groups: list[GroupSpan]) -> Event:
    """An event with its PLOVER target filled in (scope all): for a protest, whom it is directed at;
    for any event with no target named, the government of the country where it happens (CAMEO and
    PLOVER code the country acted in as the target, as assemble.py does for PLOVER-only events)."""
    coder = default_coder()
    if stated(event.actor2):
        placed = _placed_state(event)
        if _own_side(placed):
            # "recalled its ambassador from Tel Aviv", "moved troops to its border with Pakistan": the
            # object is the actor's own envoy or force; the act is directed at whom it reaches
            reached = protest_target(trigger_tok, groups, event.actor1)
            if reached is not None:
                return placed.model_copy(update={"actor2": coder.as_government(reached)})
            if placed.actor2 is not None and placed.actor2.country is None:
                # "placed its armed forces on alert": no party reached; the default target below
                return with_target(placed.model_copy(update={"actor2": None}), trigger_tok, groups)
        return placed
    # "a Syrian peace proposal was rejected by Israel", "Israel rejected the Syrian proposal": the thing
    # acted on belongs to the government of the country its modifier names (rather than a default)
    things = [
        c
        for c in trigger_tok.children
        if c.dep_ in ("dobj", "nsubjpass") and coder.actor_at(c, groups) is None  # a thing, not a party
    ]
    owner = next((o for o in (_thing_owner(t, groups) for t in things) if o is not None), None)
    if owner is not None and (event.actor1 is None or owner.country != event.actor1.country):
        return event.model_copy(update={"actor2": coder.as_government(owner)})
    # whom the act is directed at, reached from the trigger through its objects, purpose clauses and
    # directed prepositions ("offered to send a delegation to Pyongyang"), before any default
    target = protest_target(trigger_tok, groups, event.actor1)
    if event.actor2 is not None:
        # a default target (no text: the government where the act happens) gives way to a party of
        # another country the act reaches
        own = event.actor1.country if event.actor1 is not None else None
        if target is None or target.country in (None, own, event.actor2.country):
            return event
        return event.model_copy(update={"actor2": coder.as_government(target)})
    if target is None and event.location is not None and event.location.country:
        target = coder.state("", coder.country_by_iso3(event.location.country), "Government")
    if target is None and event.actor1 is not None and event.actor1.country:
        # "South Korean students marched on the presidential palace", "Kurdish prisoners in Turkish
        # jails went on hunger strike": with no target and no place named, an act of a country's people
        # or government is directed at that country's government (PLOVER/CAMEO domestic events)
        target = coder.state("", coder.country_by_iso3(event.actor1.country), "Government")
    if target is None:
        return event
    return event.model_copy(update={"actor2": coder.as_government(target)})


def _own_side(event: Event) -> bool:
    """True when the stated target is a government or force of no country, or (for a mobilisation) the
    actor's own forces: an object of the act, not whom it is directed at."""
    actor2, actor1 = event.actor2, event.actor1
    if actor2 is None or actor2.kind not in ("government", "state_forces"):
        return False
    if actor2.country is None:
        return True
    return event.plover.type == "MOBILIZE" and actor1 is not None and actor2.country == actor1.country


def _thing_owner(noun: Any, groups: list[GroupSpan]) -> Actor | None:
    """The government a thing belongs to by its own modifiers ("a Syrian peace proposal", "Iran's
    offer"), not by a phrase it governs ("one third of ethnic Albanian guerrillas"); else the people
    a place is for ("a camp for Congolese refugees was attacked")."""
    coder = default_coder()
    if noun.pos_ != "NOUN":
        return None
    mods = [c for c in noun.children if c.dep_ in ("amod", "compound", "poss") and c.pos_ != "PRON"]
    country, _ = coder.country_in(sorted([noun, *mods], key=lambda t: t.i), noun) if mods else (None, False)
    if country is not None:
        return coder.state(noun.text, country, "Government")
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "for":
            for obj in prep.children:
                people = coder.actor_at(obj, groups) if obj.dep_ == "pobj" else None
                if people is not None and people.kind == "civilians" and people.country:
                    return people
    return None


def _placed_state(event: Event) -> Event:
    """A government or state force named with no country ("the government", "the army") is that of the
    country where the event happens, else of the country of the party acting on it ("The ANC accused
    the white minority government", "Kurdish rebels attacked an army post"): a domestic event."""
    actor2, actor1 = event.actor2, event.actor1
    if actor2 is None or actor2.country is not None or actor2.kind not in ("government", "state_forces"):
        return event
    iso3 = event.location.country if event.location is not None and event.location.country else None
    if iso3 is None and actor1 is not None and actor1.kind not in ("government", "state_forces"):
        iso3 = actor1.country
    if not iso3:
        return event
    return event.model_copy(update={"actor2": default_coder().with_country(actor2, iso3)})


def _directed(tok: Any) -> list[Any]:
    # "send a delegation to Pyongyang": the parser makes such a "to" a dative
    return [g for c in tok.children if c.dep_ in ("prep", "dative") and c.lower_ in _DIRECTED
            for g in c.children if g.dep_ == "pobj"]  # fmt: skip


def _owner(noun: Any) -> Actor | None:
    """The government of the country a thing belongs to ("the Russian government's refusal" is
    reached through the possessor; "Algerian abuses")."""
    coder = default_coder()
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    country, _ = coder.country_in(np_tokens(noun), noun)
    return coder.state(noun.text, country, "Government") if country is not None else None
