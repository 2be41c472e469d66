"""The parse relations the role rules read (`roles`, `doers`, `nominal_roles`): prepositional objects
(and targets the parser hangs on the thing fired or thrown), passive agents, pronouns, the verb that
governs a noun, and what the verbs of people who act are done to.
"""

from __future__ import annotations

from typing import Any

_PRONOUNS = {"they", "it", "he", "she", "we", "which", "who", "that", "them", "its", "their", "his", "her"}
_DIRECTIONAL = {"at", "into", "towards", "toward", "against", "upon"}
"""target prepositions that can hang on the thing thrown or fired instead of on the verb"""


def _is_pronoun(tok: Any) -> bool:
    return bool(tok.pos_ == "PRON" or tok.lower_ in _PRONOUNS)


def _agents(verb: Any) -> list[Any]:
    """The `by` agents of a passive verb; with none, those of a passive coordinated with it that shares
    its subject ("were kidnapped and beaten by Fulani gunmen")."""
    found = _own_agents(verb)
    if found:
        return found
    shared = [
        c
        for c in verb.children
        if c.dep_ == "conj" and not any(g.dep_ in ("nsubjpass", "nsubj") for g in c.children)
    ]
    return [g for v in shared for g in _own_agents(v)]


def _own_agents(verb: Any) -> list[Any]:
    return [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]


def _prep_objects(head: Any, preps: list[str] | set[str]) -> list[Any]:
    found = []
    for c in head.children:
        if c.dep_ != "prep" or c.lower_ not in preps:
            continue
        for g in c.children:
            if g.dep_ == "pobj":
                found.append(g)
            elif g.dep_ == "pcomp" and g.tag_ == "VBG" and c.lower_ in _DIRECTIONAL | {"on"}:
                # "against advancing troops", "on retreating forces": the parser takes the participle
                # modifying the target for a gerund whose object the target is
                found += [o for o in g.children if o.dep_ == "dobj" and o.i == g.i + 1]
    return found


def _crowd_targets(verb: Any, target_roles: list[str]) -> list[Any]:
    """What people who act do it to: the objects of `verb` and of the verbs coordinated with it
    ("stormed the parliament, beating the speaker", "threw stones at troops", "set fire to a police
    van"), including a target hung on the thing thrown ("threw fireworks and stones at police")."""
    verbs = [verb] + [c for c in verb.children if c.dep_ in ("conj", "advcl") and c.pos_ == "VERB"]
    preps = [*target_roles, "at", "against", "on", "upon"]
    found: list[Any] = []
    for v in verbs:
        objects = [c for c in v.children if c.dep_ == "dobj"]
        found += objects
        found += _prep_objects(v, preps)
        if any(o.lower_ == "fire" for o in objects):
            found += _prep_objects(v, ["to"])  # "set fire to a police van"
        found += _hung_on_things(v, _DIRECTIONAL)
    return found


def _hung_on_things(verb: Any, preps: list[str] | set[str]) -> list[Any]:
    """Targets the parser hangs on the thing fired or thrown rather than on the verb ("fired a barrage
    of rockets and a drone at an army post"): `preps` objects of the verb's direct objects and of the
    objects coordinated with them."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [c for o in objects for c in o.children if c.dep_ == "conj"]
    return [t for o in objects for t in _prep_objects(o, preps)]


def _governing_verb(noun: Any) -> Any | None:
    """The verb whose object (possibly through "dozens of", "a barrage of", "fire on") is `noun`."""
    cur = noun
    for _ in range(4):
        if cur.dep_ not in ("dobj", "pobj", "prep", "compound", "nsubjpass", "attr"):
            return None
        cur = cur.head
        if cur.pos_ == "VERB":
            return cur
    return None
