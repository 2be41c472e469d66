"""The force an attack with no target named fell on, by where it happened: a blast at, outside, near or
inside a force's facility ("a bomb exploded outside a police station", "a car bomb went off near an army
checkpoint", "detonated at the gate of a military base") falls on that force, as ACLED codes it (actor2:
the state police or military of the country), before the people it killed or wounded.

Only the place of the act itself counts: a preposition on the trigger, or on the verb a trigger noun is
the subject of ("a car bomb went off near ..."), not one elsewhere in the sentence ("the wounded were
taken to a police station"). A facility is any noun phrase the actor coder reads as a state force (its
`installations`, or any noun a force or police noun modifies: "police station", "army base"); an
official's motorcade or residence stands for the government ("near the motorcade of President ...")."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from frontlines.code.force_naming import police_unit

if TYPE_CHECKING:
    from frontlines.code.actor_lexicon import GroupSpan
    from frontlines.code.actors import ActorCoder
    from frontlines.model import Actor

# prepositions of the place where an act happened (not "to", "from", "for": where people went, came from)
# nor "by", which names the doer as often ("an air strike by government forces")
_AT = frozenset({"at", "outside", "near", "inside", "beside", "opposite", "in", "into", "behind", "within"})
# "in front of", "at the gate of", "on the outskirts of": the noun that names the place is under "of"
_SIDE_NOUNS = frozenset(
    {"front", "gate", "gates", "entrance", "wall", "walls", "perimeter", "outskirts", "side"}
)
_WITHIN = frozenset({"inside", "within"})
# "close to", "next to": an adverb carrying the preposition
_NEAR_WORDS = frozenset({"close", "next", "adjacent", "near"})


def _places(verb: Any) -> list[Any]:
    """The objects of the place prepositions on `verb` ("outside a police station" -> station)."""
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in _AT]
    for adv in verb.children:
        if adv.dep_ in ("advmod", "amod", "prep") and adv.lower_ in _NEAR_WORDS:
            preps += [c for c in adv.children if c.dep_ == "prep" and c.lower_ == "to"]
    found = []
    for prep in preps:
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            found.append(obj)
            # "at a mosque inside a police compound": the facility the place lies in
            found += [o for p in obj.children if p.dep_ == "prep" and p.lower_ in _WITHIN for o in p.children]
            if obj.lower_ in _SIDE_NOUNS:
                found += [
                    o for p in obj.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                ]
    return found


def facility_target(coder: ActorCoder, trigger: Any, groups: list[GroupSpan]) -> Actor | None:
    """The state force whose facility the act named by `trigger` happened at, or None."""
    while trigger.dep_ == "compound" and trigger.head is not trigger:
        trigger = trigger.head  # "car bomb": the trigger starts at "car"
    verbs = [trigger]
    if trigger.dep_ in ("nsubj", "nsubjpass", "dobj"):
        verbs.append(trigger.head)  # "a car bomb went off near ...", "detonated a bomb as ..."
    if trigger.dep_ == "nsubj":
        # "a roadside bomb struck a car carrying soldiers": the force the vehicle hit carried
        hit = [c for c in trigger.head.children if c.dep_ == "dobj" and c.lower_ in coder.civilian_targets]
        for vehicle in hit:
            aboard = _force_aboard(coder, vehicle)
            if aboard is not None:
                return aboard
    for verb in verbs:
        for place in _places(verb):
            if place.pos_ != "NOUN":
                continue  # "in Kandahar", "near Syria": a named place is no facility
            if place.lower_ in _ENTOURAGE:
                # "exploded near the motorcade of President Hassan Sheikh Mohamud": the official's
                owners = [
                    o for p in place.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                ]
                owner = coder.first(owners, groups)
                if owner is not None and owner.kind == "government":
                    return owner
            actor = coder.actor_at(place, groups)
            if actor is not None and actor.kind == "state_forces":
                return actor
        for clause in verb.children:
            # "detonated a roadside bomb as a police patrol passed": the force passing by
            passer = coder.first(_passers(clause), groups) if _passing(clause) else None
            if passer is not None and passer.kind in ("state_forces", "government"):
                return police_unit(passer)  # ("a police patrol": the police's)
    return None


def _passing(clause: Any) -> bool:
    """ "as a patrol passed" (a clause, or "as" read as a preposition with a participle on its object)."""
    marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
    if clause.dep_ == "advcl":
        return bool(marks & {"as", "when", "while"}) and str(clause.lemma_) in _PASSING
    return bool(clause.dep_ == "prep" and clause.lower_ == "as")


def _passers(clause: Any) -> list[Any]:
    if clause.dep_ == "advcl":
        return [c for c in clause.children if c.dep_ == "nsubj"]
    return [
        o
        for o in clause.children
        if o.dep_ == "pobj" and any(a.dep_ == "acl" and a.lemma_ in _PASSING for a in o.children)
    ]


_PASSING = frozenset({"pass", "drive", "travel", "move", "patrol", "return", "head"})
"""verbs of a force on its way when a bomb goes off beside it"""


_ENTOURAGE = frozenset({"motorcade", "convoy", "residence", "car", "vehicle", "office", "palace"})
"""places of an official that stand for the government a blast near them is aimed at"""


_ON = frozenset({"on", "at", "upon"})


def civilian_target(coder: ActorCoder, trigger: Any) -> Actor | None:
    """Civilians, when the thing an attack (`trigger`, a verb or an event noun) is aimed at is one of the
    coder's `civilian_targets` ("attacked a bus", "ambushed vehicles", "an attack on a market")."""
    if any(c.dep_ == "prep" and c.lower_ == "into" for c in trigger.children):
        return None  # "rammed a car laden with explosives into a bus": the car is the weapon
    objs = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    # "opened fire on a minibus": the preposition hangs on the cognate object
    heads = [trigger] + [c for c in objs if c.lower_ == "fire"]
    for prep in (p for h in heads for p in h.children):
        if prep.dep_ == "prep" and prep.lower_ in _ON:
            objs += [c for c in prep.children if c.dep_ == "pobj"]
    for obj in objs:
        owned = any(c.dep_ == "poss" for c in obj.children)  # "fired on their vehicles": someone's
        if obj.pos_ == "NOUN" and obj.lower_ in coder.civilian_targets and not owned:
            aboard = _force_aboard(coder, obj)
            return aboard if aboard is not None else coder.generic("civilians", obj.text)
    return None


_CARRY = frozenset({"carry", "transport", "ferry"})


def _force_aboard(coder: ActorCoder, vehicle: Any) -> Actor | None:
    """The state force a vehicle carries ("a car carrying soldiers", "a bus transporting police"): the
    attack is on that force, not on civilians."""
    for acl in (c for c in vehicle.children if c.dep_ == "acl" and c.lemma_ in _CARRY):
        for load in (c for c in acl.children if c.dep_ == "dobj"):
            actor = coder.actor_at(load, [])
            if actor is not None and actor.kind == "state_forces":
                return actor
    return None
