"""Who is actor1 (the one acting) and who actor2 (the one acted upon) for a trigger.

Verbal trigger: actor1 = subject, or the `by` agent of a passive ("was attacked by gunmen"); a pronoun
subject ("Police said they had arrested ...", "the M23, which captured Goma") or a missing one ("will
try to retake", "entered ..., capturing") is the subject of the governing verb or the noun a relative
clause hangs on. actor2 = the parts named by the trigger's `target_roles` (direct object,
`from`/`against`/`on` objects, passive subject), else any direct object that names an actor.

Nominal trigger ("a Taliban attack on ...", "Russian air strikes", "an ambush by gunmen", "clashes
between the army and the rebels"): actor1 from its modifiers, `by`, a "claimed by" clause or the
first side of `between`; actor2 from its target prepositions or the second side of `between`; when
the noun is the subject of a verb ("a drone strike killed five militants"), actor2 is that verb's
object; when it is the object of "launch"/"carry out", actor1 is that verb's subject. A trigger
that names people ("protesters", "a suicide bomber") is itself actor1, or actor2 when it is the
object of someone's act ("police fired on protesters").

Defaults when the sentence names nobody, as ACLED codes such events, and ACLED's roles in protests
met by force: `code/acled_roles.py`. Nominal triggers: `code/nominal_roles.py`; subjects and doers:
`code/doers.py`; the parse relations both read: `code/role_syntax.py`.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from frontlines.code.acled_roles import TERRITORY, acled_defaults
from frontlines.code.actor_lexicon import _ARMED_KINDS, GroupSpan
from frontlines.code.actor_phrases import np_tokens
from frontlines.code.actors import default_coder
from frontlines.code.doers import _doer_heads, _national_doer, _subject_of
from frontlines.code.facility_target import civilian_target
from frontlines.code.nominal_roles import _fought_with, _nominal_roles
from frontlines.code.role_syntax import (
    _DIRECTIONAL,
    _agents,
    _crowd_targets,
    _governing_verb,
    _hung_on_things,
    _prep_objects,
)
from frontlines.code.trigger_syntax import misread_verb_head
from frontlines.knowledge import Trigger, cues, triggers
from frontlines.model import Actor
from frontlines.trace import note

_FORCE_TYPES = {"ASSAULT", "COERCE", "MOBILIZE", "PROTEST"}
"""PLOVER types in which a country named as such acts through its forces ("Russia struck ...")"""
_IRREGULAR_PLURALS = {"men", "women", "people", "children", "youth", "", "civilians"}
_COLLECTIVES = {"crowd", "mob", "family", "congregation", "group", "staff", "community", "population"}
"""singular nouns of many people: "a crowd beat two men to death" is no lone assailant"""
_RULING_BODIES = {"government", "regime", "junta", "authorities", "administration"}
_REGIMES = {"regime", "junta"}
"""heads that name a state's rulers, who take territory through its forces"""


@lru_cache(maxsize=1)
def _killing_verbs() -> frozenset[str]:
    """The verbs of the `kill` trigger: killing verbs on which an attack noun can hang ("massacred
    villagers in a raid")."""
    return frozenset(v.lower() for t in triggers().triggers if t.id == "kill" for v in t.verbs)


def roles(
    trigger_tok: Any,
    trigger: Trigger,
    groups: list[GroupSpan],
    why: dict[str, str] | None = None,
    in_scope: Actor | None = None,
) -> tuple[Actor | None, Actor | None]:
    """actor1 and actor2 of the event `trigger` announces at token `trigger_tok`; `why` (if given)
    gets the rule that found each. `in_scope` is the one non-state armed group the article has named
    so far, if it has named exactly one: the side of a battle the sentence leaves unnamed."""
    coder = default_coder()
    if trigger.subject_is_target and trigger_tok.pos_ == "VERB":
        # "the unit came under fire from several hundred terrorists": the subject is attacked
        actor2 = _subject_of(trigger_tok, groups)
        note(why, "actor2", actor2, "subject of a verb whose subject is the side attacked")
        actor1 = coder.first(_prep_objects(trigger_tok, trigger.agent_preps), groups)
        note(why, "actor1", actor1, f"object of {'/'.join(trigger.agent_preps)!r}: who attacked the subject")
        if actor1 is None and (actor2 is None or actor2.kind in ("state_forces", "external")):
            # forces fired on by nobody named: the one armed group the article names, else unidentified
            actor1 = in_scope or coder.generic("gunmen", "")
            note(why, "actor1", actor1, "nobody named fired on the forces: an armed group")
        return actor1, actor2
    verb_like = trigger_tok.pos_ == "VERB" or (
        # "gunmen on a motorcycle shot dead a leader": the "dead" that took the misread verb's roles
        trigger_tok.i > 0
        and getattr(misread_verb_head(trigger_tok.doc[trigger_tok.i - 1]), "i", None) == trigger_tok.i
    )
    if verb_like and trigger_tok.dep_ not in ("nsubj", "csubj", "pobj", "dobj"):
        actor1, actor2 = _verbal_roles(trigger_tok, trigger.target_roles, groups, why, trigger.agent_preps)
        if (
            actor2 is None
            and _symmetric(trigger)
            and (
                trigger.plover.type == "AGREE"
                or not any(
                    c.dep_ == "dobj" and c.lemma_.lower() not in _COGNATE for c in trigger_tok.children
                )
            )
        ):
            # "Armenia and Azerbaijan signed ...", "the army and the rebels clashed": the other party;
            # with an object the subjects act together ("RSF fighters and allied militias killed ...")
            subjects = [c for c in trigger_tok.children if c.dep_ == "nsubj"]
            others = [c for h in subjects for c in h.children if c.dep_ == "conj"]
            actor2 = coder.first(others, groups)
            note(why, "actor2", actor2, "second of two coordinated subjects of a two-party event")
        if actor2 is None and actor1 is not None and actor1.kind in ("protesters", "rioters"):
            # "rioters threw bricks at a mosque and set fire to a police van": what a crowd does
            actor2 = coder.first(_crowd_targets(trigger_tok, trigger.target_roles), groups)
            note(why, "actor2", actor2, "what the crowd does it does to: objects of its coordinated verbs")
    else:
        actor1, actor2 = _nominal_roles(trigger_tok, trigger.target_roles, groups, why)
    if trigger.plover.type == "ASSAULT" and actor2 is not None and coder.is_country_name(actor2.text):
        # "Russia attacked Kyiv": a place attacked is where, not whom (its people, forces or the
        # other side are found below)
        if why is not None:
            why["actor2"] = f"dropped {actor2.text!r}: a country or capital attacked is a place"
        actor2 = None
    if (
        actor1 is not None
        and actor2 is not None
        and actor2.name == actor1.name
        and actor2.id is None
        and actor2.text != actor1.text  # "clashes between rival gangs": one phrase, both sides
    ):
        actor2 = None  # "Azerbaijani artillery pounded positions": not its own positions
    if actor1 is None and trigger.plover.type not in _FORCE_TYPES and trigger_tok.pos_ != "VERB":
        # "Israel and Lebanon renewed negotiations": who holds the talks is the verb's subject
        host = _governing_verb(trigger_tok)
        actor1 = _subject_of(host, groups) if host is not None else None
        note(why, "actor1", actor1, "subject of the verb that governs the trigger noun")
    if actor1 is None and trigger.plover.type == "ASSAULT" and trigger_tok.pos_ != "VERB":
        # "militants massacred 31 villagers in an overnight raid": a killing verb the attack noun hangs on
        # is done by the raiders
        host = _governing_verb(trigger_tok) if trigger_tok.head.lower_ in ("in", "during") else None
        if host is not None and host.lemma_.lower() in _killing_verbs():
            actor1 = _subject_of(host, groups)
            note(why, "actor1", actor1, "subject of the killing verb that governs the attack noun")
    if actor1 is None and trigger.acled is None and trigger_tok.i != trigger_tok.sent.root.i:
        # "Norway is willing to send material ..., Norway's foreign minister said": with no doer named
        # in its clause, a statement's speaker stands for the party it speaks for (CAMEO's source)
        root = trigger_tok.sent.root
        if root.lemma_.lower() in set(cues().say_verbs):
            actor1 = _subject_of(root, groups)
            note(why, "actor1", actor1, f"nobody named: the speaker of {root.text!r}")
    vague = actor1 is not None and actor1.id is None and actor1.country is None
    if vague and trigger.acled is None and trigger_tok.pos_ != "VERB":
        # "China staged military exercises": the doer the sentence names beats a modifier of no country
        named = coder.first(_doer_heads(trigger_tok), groups)
        if named is not None and named.country is not None:
            actor1 = named
            note(why, "actor1", actor1, "the named doer of the verb the trigger noun is the object of")
    figurative = trigger_tok.pos_ == "VERB" and trigger_tok.lemma_.lower() in triggers().figurative_verbs
    if actor1 is None and not figurative:
        # "Algerian landowners began a hunger strike", "an Argentine judge ordered ...": a doer the
        # actor dictionary does not know, but whose nation the phrase names, acts for that nation (not
        # for verbs with figurative senses: "Egyptian bonds rallied")
        actor1 = _national_doer(_doer_heads(trigger_tok))
        note(why, "actor1", actor1, "the doer names no known actor but its nation")
    if trigger.plover.type not in _FORCE_TYPES and (actor2 is None or _countryless(actor2)):
        # "recalled its ambassador from Nigeria": a party with a country beats an unplaced official
        found = _addressee(trigger_tok, groups, actor1, trigger.acled is None)
        if actor2 is None or (found is not None and found.country is not None):
            actor2 = found
            note(why, "actor2", actor2, "who the statement or act is addressed to, or whose proposal it is")
    ruler = (actor1.text.lower().split() or [""])[-1] if actor1 is not None else ""
    if (
        actor1 is not None
        and actor1.kind == "government"
        and trigger.acled is not None
        and trigger.plover.type == "ASSAULT"
        and ruler in _RULING_BODIES
        # "the administration attacked the plan" is talk: only ground taken, or a regime, is fighting
        and (trigger.acled.sub_event_type in TERRITORY or ruler in _REGIMES)
    ):
        # "the government has vowed to retake Bangassou", "Syrian government shelling", "the regime
        # bombed Aleppo": a government fights through its forces
        actor1 = coder.state(actor1.text, coder.country_by_iso3(actor1.country or ""))
        note(why, "actor1 kind", actor1, "a government doing violence: its forces")
    if (
        actor2 is None
        and trigger.plover.type == "ASSAULT"
        and trigger.plover.mode != "aerial"
        and actor1 is not None
        and actor1.text != ""
        and actor1.kind in _ARMED_KINDS
    ):
        # "gunmen attacked a bus", "an attack on a market": people, not a battle with the state's forces
        actor2 = civilian_target(coder, trigger_tok)
        note(why, "actor2", actor2, "an armed group's attack on a vehicle, a market or a village: civilians")
    killed = coder.victims(trigger_tok.doc, groups) if actor2 is None else None
    actor1, actor2 = acled_defaults(
        actor1, actor2 or killed, trigger, why, in_scope, trigger_tok.lemma_.lower()
    )
    if actor2 is killed:
        actor2 = None  # the victims are coded where the event is assembled
    if trigger.plover.type not in _FORCE_TYPES:
        actor1, actor2 = coder.as_government(actor1), coder.as_government(actor2)
        for key, actor in (("actor1", actor1), ("actor2", actor2)):
            if actor is not None and actor.kind == "government":
                note(why, f"{key} kind", actor, "a country named as such, outside violence: its government")
    elif (
        trigger.plover.type == "ASSAULT" and actor1 is not None and actor1.kind in ("government", "civilians")
    ):
        # officials and civilians do not fight: "lawmakers attacked the plan" is talk, "the Ivorians
        # kept attacking" is sport (civilians who do violence are coded as rioters or a militia)
        head = (actor1.text.lower().split() or [""])[-1]
        lone = (
            actor1.kind == "civilians"
            and not head.endswith("s")
            and head not in _IRREGULAR_PLURALS | _COLLECTIVES
        )
        if lone and trigger.acled is not None and trigger.acled.event_type != "Battles":
            # "a Palestinian man stabbed two settlers": one person who attacks is an unidentified
            # armed group of his nation, as ACLED codes lone assailants
            armed = coder.generic("gunmen", actor1.text)
            actor1 = armed.model_copy(update={"country": actor1.country}) if armed is not None else None
            note(why, "actor1", actor1, "a lone civilian assailant: an unidentified armed group")
        else:
            if why is not None:
                why["actor1"] = f"dropped {actor1.kind}: officials and civilians are not assailants"
            actor1 = None
    return actor1, actor2


def _countryless(actor: Actor) -> bool:
    """An unnamed actor of no stated country ("its ambassador", "the officials")."""
    return actor.id is None and actor.country is None


# objects that repeat a two-party verb ("exchanged fire", "fought a battle", "fought each other")
_COGNATE = {
    "fire",
    "gunfire",
    "battle",
    "battles",
    "each",
    "another",
    "clash",
    "clashes",
    "war",
    "shot",
    "shots",
}


def _symmetric(trigger: Trigger) -> bool:
    """Events between two parties on an equal footing: agreements and armed clashes."""
    return trigger.plover.type == "AGREE" or (
        trigger.acled is not None and trigger.acled.sub_event_type == "Armed clash"
    )


def _verbal_roles(
    verb: Any,
    target_roles: list[str],
    groups: list[GroupSpan],
    why: dict[str, str] | None,
    agent_preps: list[str] | None = None,
) -> tuple[Actor | None, Actor | None]:
    coder = default_coder()
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    if passive:
        actor1 = coder.first(_agents(verb), groups)
        note(why, "actor1", actor1, "passive verb: the 'by' agent")
        if actor1 is None:
            # "a civilian was killed when an Israeli shell struck a house": the cause's subject
            clauses = [
                c
                for c in verb.children
                if c.dep_ == "advcl"
                and c.pos_ == "VERB"
                and any(m.lower_ in ("when", "after") for m in c.children)
            ]
            actor1 = next((a for a in (_subject_of(c, groups) for c in clauses) if a is not None), None)
            note(why, "actor1", actor1, "passive with no agent: the subject of its 'when'/'after' clause")
        if actor1 is None:
            # "two fighters were killed in an exchange of fire with Iraqi troops": who they fought killed them
            actor1 = coder.first([w for n in _prep_objects(verb, ["in"]) for w in _fought_with(n)], groups)
            note(why, "actor1", actor1, "passive with no agent: the other side of the fight it happened in")
    elif agent_preps and coder.first(_prep_objects(verb, agent_preps), groups) is not None:
        # "a year after it fell to insurgents": the subject is what befell, not who did it (and a
        # pronoun subject must not take the governing clause's doer)
        actor1 = None
    else:
        actor1 = _subject_of(verb, groups)
        note(why, "actor1", actor1, "subject of the verb (a pronoun's from the governing clause)")
    if actor1 is None and agent_preps:
        # "the town could fall to the militants": who takes it is in the "to" phrase
        actor1 = coder.first(_prep_objects(verb, agent_preps), groups)
        note(
            why,
            "actor1",
            actor1,
            f"object of {'/'.join(agent_preps)!r}: who the event befalls the subject by",
        )
    targets: list[Any] = []
    for role in target_roles:
        if role == "dobj":
            objects = [c for c in verb.children if c.dep_ == "dobj"]
            targets += objects
            if any(o.lower_ == "fire" for o in objects):
                targets += _prep_objects(verb, ["to"])  # "set fire to a police station"
        elif role != "poss":
            targets += _prep_objects(verb, [role])
    targets += _hung_on_things(verb, [r for r in target_roles if r in _DIRECTIONAL])
    if passive:
        targets = [c for c in verb.children if c.dep_ == "nsubjpass"] + targets
    # "fought ..., with warplanes striking RSF bases": an absolute "with" clause tells how, not whom
    targets = [
        t
        for t in targets
        if not (t.head.lower_ == "with" and any(c.dep_ == "acl" and c.pos_ == "VERB" for c in t.children))
    ]
    actor2 = coder.first(targets, groups)
    note(why, "actor2", actor2, "first actor of: " + ", ".join(f"{t.dep_} {t.text!r}" for t in targets))
    if actor2 is None and not passive:
        # "Government troops fought Houthi fighters": a direct object that names an actor
        actor2 = coder.first([c for c in verb.children if c.dep_ == "dobj"], groups)
        note(why, "actor2", actor2, "the direct object names an actor")
    return actor1, actor2


_ADDRESS_PREPS = {
    "to", "with", "against", "on", "for", "from", "at", "toward", "towards", "over", "between",
    "into",  # "an investigation into the former dictator"
}  # fmt: skip


def _addressee(
    trigger_tok: Any, groups: list[GroupSpan], actor1: Actor | None, plover_only: bool = False
) -> Actor | None:
    """actor2 of a verbal or diplomatic event (agree, reject, demand, threaten ...): the party
    addressed ("gave Tanzania a grant", "rejected an Indian proposal", "praised Haiti's efforts",
    "threatened action against Russia", "demanded that the United States match ...")."""
    coder = default_coder()
    verb = trigger_tok if trigger_tok.pos_ in ("VERB", "AUX") else _governing_verb(trigger_tok)
    heads = [trigger_tok] if verb is None else [verb, trigger_tok]
    for h in list(heads):
        # "threatened to break off relations with Congo", "offered to negotiate with Armenia"
        heads += [c for c in h.children if c.dep_ == "xcomp"]
        heads += [g for c in h.children if c.dep_ == "xcomp" for g in c.children if g.dep_ == "xcomp"]
    # "an offer ... was rejected by Israel": a passive verb's subject is what it was done to
    objects = [c for h in heads for c in h.children if c.dep_ in ("dative", "dobj", "iobj")]
    # "warned Damascus that ...": a name right after the verb the parser took for an adverbial noun
    objects += [
        c for h in heads for c in h.children if c.dep_ == "npadvmod" and c.pos_ == "PROPN" and c.i == h.i + 1
    ]
    objects += [
        c
        for h in heads
        if any(a.dep_ == "agent" for a in h.children)
        for c in h.children
        if c.dep_ == "nsubjpass"
    ]
    objects += [o for h in heads for o in _prep_objects(h, _ADDRESS_PREPS)]
    clauses = [c for c in (verb.children if verb is not None else []) if c.dep_ in ("ccomp", "xcomp")]
    objects += [c for cl in clauses for c in cl.children if c.dep_ in ("nsubj", "nsubjpass")]
    # "promised military aid to Mozambique", "called for sanctions against Nigeria"
    objects += [o for obj in list(objects) for o in _prep_objects(obj, _ADDRESS_PREPS | {"by"})]
    # "a ceasefire offer made by Hamas": whose the thing is, by the participle that says who made it
    made = [a for obj in list(objects) for a in obj.children if a.dep_ == "acl" and a.tag_ == "VBN"]
    objects += [
        p for a in made for b in a.children if b.dep_ == "agent" for p in b.children if p.dep_ == "pobj"
    ]
    # "suspended part of a military aid program for Bosnia", "the lifting of sanctions against Iraq":
    # the addressee of a thing named through an "of" phrase
    parts = [g for obj in list(objects) for g in _prep_objects(obj, ["of"])]
    objects += [o for g in parts for o in _prep_objects(g, _ADDRESS_PREPS)]
    first: Actor | None = None
    for obj in objects:
        if obj.i == trigger_tok.i:
            continue
        found = coder.actor_at(obj, groups) or _owner(obj)
        if found is not None and (actor1 is None or found.name != actor1.name):
            if not _countryless(found):
                return found
            first = first or found  # "its ambassador from Nigeria": a party with a country comes first
    if first is None and plover_only:
        # "offered to return the remains of Japanese soldiers": whose the thing acted on is
        for g in parts:
            found = coder.actor_at(g, groups) or _owner(g)
            if (
                found is not None
                and found.country is not None
                and (actor1 is None or found.name != actor1.name)
            ):
                return found
    return first


def _owner(noun: Any) -> Actor | None:
    """The country a thing belongs to: "an Indian proposal", "Haiti's efforts", "the demand of Australia"."""
    coder = default_coder()
    country, _ = coder.country_in(np_tokens(noun), noun)
    if country is None:
        # "Yeltsin's economic reforms": a named leader's thing is their government's; "the Palestinians'
        # demand": a people's thing is theirs
        owners = [coder.actor_at(c, []) for c in noun.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
        return next(
            (a for a in owners if a is not None and a.kind in ("government", "civilians") and a.country), None
        )
    return coder.state(noun.text, country, "Government")
