"""actor1 and actor2 of a nominal trigger ("a Taliban attack on ...", "Russian air strikes", "an ambush
by gunmen", "clashes between the army and the rebels", "police fired on protesters"): `_nominal_roles`;
and the other side of a fight a noun names ("a clash with X": `_fought_with`), read for passive verbs too.
"""

from __future__ import annotations

from typing import Any

from frontlines.code.actor_lexicon import GroupSpan
from frontlines.code.actors import default_coder
from frontlines.code.doers import _LAUNCH_VERBS, _national, _subject_of
from frontlines.code.role_syntax import _agents, _crowd_targets, _governing_verb, _is_pronoun, _prep_objects
from frontlines.model import Actor
from frontlines.trace import note

_HARM_VERBS = {"kill", "wound", "injure", "abduct", "kidnap"}
_REPEL_VERBS = {"repel", "repulse", "thwart", "foil"}
"""verbs whose subject (or passive agent) is the target of the attack they govern"""
_PEOPLE_KINDS = {"protesters", "rioters", "political_militia", "rebels", "identity_militia"}


def _between(noun: Any, groups: list[GroupSpan]) -> tuple[Actor | None, Actor | None]:
    """ "clashes between the army and the rebels" -> (army, rebels)."""
    coder = default_coder()
    for obj in _prep_objects(noun, ["between"]):
        sides = [obj] + [c for c in obj.children if c.dep_ == "conj"]
        found = [a for a in (coder.actor_at(s, groups) for s in sides) if a is not None]
        if len(found) == 1 and len(sides) == 1 and obj.tag_ == "NNS":
            # "gunfights between rival factions of the Sinaloa Cartel": one plural side fights itself
            return found[0], found[0]
        if found:
            return found[0], found[1] if len(found) > 1 else None
    return None, None


def _nominal_roles(
    noun: Any, target_roles: list[str], groups: list[GroupSpan], why: dict[str, str] | None
) -> tuple[Actor | None, Actor | None]:
    coder = default_coder()
    itself = coder.actor_at(noun, groups)
    verb = _governing_verb(noun)
    if itself is not None and itself.kind in _PEOPLE_KINDS:
        # the trigger names people: "protesters gathered", "police fired on protesters"
        if verb is not None and noun.dep_ not in ("nsubj", "nsubjpass"):
            doer = _subject_of(verb, groups)
            if doer is not None and doer.kind not in ("protesters", "rioters"):
                note(
                    why,
                    "actor1",
                    doer,
                    f"subject of {verb.text!r}, which acts on the people the trigger names",
                )
                note(why, "actor2", itself, "the trigger noun names the people acted upon")
                return doer, itself
        actor2 = None
        if noun.dep_ == "nsubj" and noun.head.pos_ == "VERB":
            actor2 = coder.first(_crowd_targets(noun.head, target_roles), groups)
        note(why, "actor1", itself, "the trigger noun itself names who acts")
        note(why, "actor2", actor2, "object of the verb the trigger noun is subject of")
        return itself, actor2
    actor1, actor2 = _between(noun, groups)
    if actor1 is None and noun.dep_ in ("nsubj", "csubj") and noun.head.pos_ == "VERB":
        # "clashes broke out between A and B"
        actor1, actor2 = _between(noun.head, groups)
    if actor1 is None:
        # "Clashes resumed on Tuesday when the SDF fought the 444 Brigade": the sides of the "when" clause
        actor1, actor2 = _when_fought(noun, groups)
        note(why, "actor1", actor1, "subject of the fighting verb of the 'when' clause the noun is told by")
        note(why, "actor2", actor2, "who the 'when' clause's subject fought or attacked")
    mods = [c for c in noun.children if c.dep_ in ("compound", "amod", "poss", "nmod")]
    by = _prep_objects(noun, ["by"])
    claimed = [
        g
        for c in noun.children
        if c.dep_ == "acl"
        for a in c.children
        if a.dep_ == "agent"
        for g in a.children
    ]
    note(why, "actor1", actor1, "first side of 'between'")
    note(why, "actor2", actor2, "second side of 'between'")
    actor1 = actor1 or coder.first(by + claimed + mods, groups) or _national(noun)
    note(why, "actor1", actor1, "'by' object, 'claimed by' agent or modifier of the trigger noun")
    if actor1 is None and verb is not None and verb.lemma_.lower() in _LAUNCH_VERBS:
        actor1 = _subject_of(verb, groups)
        note(why, "actor1", actor1, f"subject of {verb.text!r}, which governs the trigger noun")
    if actor2 is None and verb is not None and verb.lemma_.lower() in _REPEL_VERBS:
        # "soldiers repelled an attack on Damboa", "the assault was repelled by the army": who repels an
        # attack is the one attacked
        passive_verb = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
        repellers = _agents(verb) if passive_verb else [c for c in verb.children if c.dep_ == "nsubj"]
        actor2 = coder.first([r for r in repellers if not _is_pronoun(r)], groups)
        note(why, "actor2", actor2, f"who {verb.text} the attack is the one attacked")
    host = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "in" else None
    if actor1 is None and host is not None and host.lemma_.lower() in _HARM_VERBS:
        # "Russian aircraft killed 46 civilians in an attack on a village": who kills attacks
        actor1 = _subject_of(host, groups)
        note(why, "actor1", actor1, f"subject of {host.text!r}, the killing the trigger noun describes")
    killing = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "in" else None
    # "two soldiers were killed and three wounded in a clash": the subjects of coordinated verbs too
    sufferers = [] if killing is None else [killing] + ([killing.head] if killing.dep_ == "conj" else [])
    victims = [c for v in sufferers for c in v.children if c.dep_ in ("nsubjpass", "nsubj")]
    if actor1 is None and killing is not None and _suffers(killing) and victims:
        # "three soldiers were killed in a clash with militants", "died in a gunfight with the army":
        # the other side killed them; the dead are the side acted upon
        opponent = coder.first(_fought_with(noun), groups)
        if opponent is not None:
            actor1, actor2 = opponent, actor2 or coder.first(victims, groups)
            note(why, "actor1", actor1, f"the other side of the fight in which people were {killing.text!r}")
            note(why, "actor2", actor2, f"those who were {killing.text!r} in the fight")
    if actor2 is None:
        targets = _prep_objects(noun, target_roles)
        if verb is not None and verb.lemma_.lower() in _LAUNCH_VERBS:
            # "threw a grenade at the police station", "sent car bombs against advancing troops"
            targets += _prep_objects(verb, [*target_roles, "at", "against", "into", "on"])
        for thrown in (c for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in _LAUNCH_VERBS):
            # "a grenade thrown at a police vehicle", "a rocket fired at the base": the participle's target
            targets += _prep_objects(thrown, [*target_roles, "at", "against", "into", "on"])
        if noun.dep_ == "nsubj" and noun.head.pos_ == "VERB":
            targets += [c for c in noun.head.children if c.dep_ == "dobj"]
        actor2 = coder.first(targets, groups)
        note(why, "actor2", actor2, "first actor of: " + ", ".join(f"{t.dep_} {t.text!r}" for t in targets))
    return actor1, actor2


_FIGHT_VERBS = {"fight", "clash", "battle", "attack", "ambush", "raid", "storm", "assault", "engage"}
"""verbs of a fight whose "when" clause tells who fought in the fighting a noun names"""
_ONSET_VERBS = {"erupt", "resume", "begin", "start", "break", "flare", "intensify", "continue", "escalate"}


def _when_fought(noun: Any, groups: list[GroupSpan]) -> tuple[Actor | None, Actor | None]:
    """ "Clashes resumed when the SDF fought the 444 Brigade", "The fighting erupted when soldiers raided
    a house", "The clashes began when a column of troops was ambushed": the fight's sides, from the
    "when" clause of the verb whose subject the noun is (the passive's subject is the side attacked)."""
    head = noun.head
    if noun.dep_ != "nsubj" or head.lemma_.lower() not in _ONSET_VERBS:
        return None, None
    coder = default_coder()
    for verb in head.children:
        if verb.dep_ != "advcl" or verb.lemma_.lower() not in _FIGHT_VERBS:
            continue
        if not any(c.dep_ == "advmod" and c.lower_ == "when" for c in verb.children):
            continue
        if any(c.dep_ == "nsubjpass" for c in verb.children):
            attacked = [c for c in verb.children if c.dep_ == "nsubjpass"]
            return coder.first(_agents(verb), groups), coder.first(attacked, groups)
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and not _is_pronoun(c)]
        objects = [c for c in verb.children if c.dep_ == "dobj"] + _prep_objects(verb, ["with", "against"])
        other = coder.first(objects, groups)
        # (a house raided is where, not a side: "when soldiers raided a house")
        return coder.first(
            subjects, groups
        ), other if other is not None and other.kind != "civilians" else None
    return None, None


def _fought_with(noun: Any) -> list[Any]:
    """The other side of a fight named by `noun`: "a clash with X", "an exchange of fire with X"."""
    heads = [noun] + [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    return [o for h in heads for o in _prep_objects(h, ["with"])]


def _suffers(verb: Any) -> bool:
    """ "were killed", "was wounded", "died": the subject suffers the harm."""
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    return (passive and verb.lemma_.lower() in _HARM_VERBS) or verb.lemma_.lower() == "die"
