"""A trigger entry's exclusions (triggers.v1.yaml `excluded_subjects`, `excluded_objects`,
`intransitive_verbs`, `excluded_arenas`, `excluded_aims`, `excluded_contenders`,
`excluded_object_modifiers`, `excluded_object_words`): the words around a matched token that make it
no event of the entry ("Typhoon Goni battered the coast", "defended themselves", "a battle in
parliament", "fighting for his life", "a trade deal"). A word anywhere in the sentence is a sense guard's
condition (data/senses.v1.yaml `sentence_any`), not an exclusion here.
"""

from __future__ import annotations

from typing import Any

from frontlines.code.trigger_syntax import (
    _NOUN_POS,
    _REFLEXIVE,
    _np_heads,
    _object_words,
    _prep_objects,
    _subjects,
)
from frontlines.knowledge import Trigger


def excluded(tok: Any, trig: Trigger, scope: str) -> bool:
    subjects = _subjects(tok)
    if not subjects and tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.head.i != tok.i:
        # "Typhoon Goni battered the coast, killing 16": a participle shares its governor's subject
        subjects = _subjects(tok.head)
    if trig.excluded_subjects:
        banned = {w.lower() for w in trig.excluded_subjects}
        # the head or a compound before it: "Super Typhoon Goni"; what it is "of": "weeks of rain"
        named = [
            w
            for s in subjects
            for h in _np_heads(s)
            for w in (h, *(c for c in h.children if c.dep_ == "compound"))
            # a proper name's word before a common noun names who acts ("Tamil Tiger rebels"), not what
            if not (w is not h and w.pos_ == "PROPN" and h.pos_ == "NOUN")
        ]
        if any(w.lemma_.lower() in banned or w.lower_ in banned for w in named):
            return True
    banned_objs = {w.lower() for w in trig.excluded_objects}
    if trig.object_required != "self":
        # "defended themselves" is no act on another; "blew himself up" is the act on oneself
        banned_objs |= _REFLEXIVE
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    # "a long battle against inflation", "fought against corruption": what is fought against
    objs += [
        g
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ == "against"
        for g in c.children
        if g.dep_ == "pobj"
    ]
    if (
        tok.pos_ == "VERB"
        and tok.lemma_.lower() in trig.intransitive_verbs
        and any(c.dep_ == "dobj" for c in tok.children)
    ):
        return True  # "marched the children into the bush": made others march
    if trig.excluded_arenas:
        # "a fierce battle in parliament", "the fight at the polls": a contest, not violence
        arenas = {w.lower() for w in trig.excluded_arenas}
        where = [
            g
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ in ("in", "at")
            for g in c.children
            if g.dep_ == "pobj"
        ]
        if any(g.lower_ in arenas or g.lemma_.lower() in arenas for g in where):
            return True
    if trig.excluded_aims and _prep_objects(tok, ("for",)) & {w.lower() for w in trig.excluded_aims}:
        return True  # "fighting for his life", "the fight for subscribers"
    if trig.excluded_contenders:
        # "a battle between Kurdish and Shi'ite lawmakers", "lawmakers clashed with ministers"
        rivals = _prep_objects(tok, ("between", "among", "with")) | {
            w for s in subjects for w in (s.lower_, s.lemma_.lower())
        }
        if rivals & {w.lower() for w in trig.excluded_contenders}:
            return True
    if trig.excluded_object_modifiers and scope == "conflict":
        # only in the conflict scope: coding every PLOVER type, a trade deal is an agreement
        banned_mods = {w.lower() for w in trig.excluded_object_modifiers}
        heads = [h for o in objs for h in _np_heads(o)]
        if tok.dep_ == "acl" and tok.head.pos_ in _NOUN_POS:
            heads.append(tok.head)  # "a trade deal signed in Beijing"
        if any(
            c.lower_ in banned_mods or c.lemma_.lower() in banned_mods
            for h in heads
            for c in h.children
            if c.dep_ in ("compound", "amod", "nmod")
        ):
            return True
    if trig.excluded_object_words and _object_words(tok, objs) & {
        w.lower() for w in trig.excluded_object_words
    }:
        return True  # "take a harder line", "set up camps for displaced families"
    return any(o.lower_ in banned_objs or o.lemma_.lower() in banned_objs for o in objs)
