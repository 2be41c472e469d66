"""A nominal event's factuality, for the factuality coder (`code/factuality.py`): the object of a verb of
planning ("were planning further attacks") or calling ("called for attacks"), and the nouns and verb that
frame it as not (yet) happening ("fears of an assault", "the risk of an attack", "a planned march",
"called off the march"). The rules on the verbs of a clause's chain are `code/modality.py`'s.
"""

from __future__ import annotations

from typing import Any

from frontlines.code.clause import (
    Clause,
    from_clause,
    indefinite_object,
    is_ahead,
    is_infinitive,
    is_negated,
    is_past,
)
from frontlines.code.factuality_words import FactualityWords, Found


def planned_object(w: FactualityWords, trigger: Any, verb: Any) -> bool:
    """A nominal event, the object of a verb of planning: "were planning further attacks"."""
    return bool(trigger.dep_ == "dobj" and trigger.head.i == verb.i and verb.lemma_.lower() in w.planned)


def called_for_object(w: FactualityWords, trigger: Any, verb: Any) -> bool:
    """A nominal event called for: "the cleric called for attacks"."""
    return bool(
        trigger.dep_ == "pobj"
        and trigger.head.lower_ == "for"
        and trigger.head.head.i == verb.i
        and verb.lemma_.lower() in w.called_for
    )


def nominal_frame(w: FactualityWords, clause: Clause, found: Found) -> None:
    """A nominal event framed as not (yet) happening by the nouns and the verb above it: "plans for
    an attack", "fears of an assault", "the threat of an offensive" (predicted), "the risk of an
    attack" (hypothetical), "residents fear an attack", "warned of an offensive" (predicted), "a
    planned march" (predicted), "called off the march" (negated), "a full assault would put civilians
    at risk" (hypothetical), "an attack on the city is imminent" (predicted), "a potential invasion"
    (hypothetical)."""
    trigger, verb = clause.trigger, clause.verb
    for a in trigger.children:
        if (
            a.dep_ in ("amod", "compound")
            and a.lower_ in w.predicted_modifiers
            and not (trigger.head.i == verb.i and verb.lemma_.lower() in w.realizing and is_past(verb))
        ):
            # "a planned march", but not "launched a threatened offensive", "the long-expected
            # offensive began on Monday"
            found.setdefault("predicted", a.text)
    cur = trigger
    while cur.i != verb.i and cur.head.i != cur.i:
        head = cur.head
        owner: Any = head.head if cur.dep_ == "pobj" and head.lower_ in ("of", "for") else None
        noun: Any = head if cur.dep_ == "compound" else owner
        if noun is not None and noun.i != verb.i:
            lemma = noun.lower_
            if lemma in w.anticipated_nouns:
                found.setdefault("predicted", noun.text)
            elif lemma in w.possible_nouns:
                found.setdefault("hypothetical", noun.text)
        cur = head
    np = trigger
    while np.dep_ == "compound" and np.head.i != np.i:
        np = np.head  # "a protest march has been called", "in case of rocket fire": the noun phrase's head
    owner = np.head.head if np.dep_ == "pobj" and np.head.lower_ == "of" else None
    if (
        owner is not None
        and owner.lower_ in w.condition_nouns
        and owner.dep_ == "pobj"
        and owner.head.lower_ == "in"
    ):
        found.setdefault("hypothetical", f"in {owner.text} of")  # "in case of an air strike"
    if any(c.dep_ == "det" and c.lower_ == "any" for c in trigger.children):
        found.setdefault("hypothetical", "any")  # "any attack on the dam would ...": none in particular
    for a in trigger.children:
        if a.dep_ in ("amod", "compound") and a.lower_ in w.hyp_modifiers:
            found.setdefault("hypothetical", a.text)  # "a potential invasion", "a hypothetical attack"
    lemma = verb.lemma_.lower()
    direct = trigger.head.i == verb.i and trigger.dep_ in ("dobj", "nsubjpass")
    if np.dep_ in ("nsubj", "csubj") and np.head.i == verb.i:
        for d in verb.children:
            if d.dep_ in ("acomp", "oprd") and d.lower_ in w.predicted_complements:
                found.setdefault("predicted", d.text)  # "an attack on Sikasso is imminent", "looks likely"
            elif d.dep_ in ("acomp", "oprd") and d.lower_ in w.possible_complements:
                found.setdefault("hypothetical", d.text)  # "an assault on the city is possible"
    if (
        np.dep_ == "nsubjpass"
        and np.head.i == verb.i
        and lemma in w.scheduling
        and not any(c.dep_ == "prt" for c in verb.children)
        and not any(
            c.dep_ in ("aux", "auxpass") and c.lower_ in ("was", "were", "had") for c in verb.children
        )
    ):
        # "a general strike has been called", "a march is planned"
        found.setdefault("predicted", verb.text)
    if (
        direct
        and trigger.dep_ == "dobj"
        and lemma in w.deterring
        and is_infinitive(verb)
        and not from_clause(verb)
        and not clause.unstopped
    ):
        found.setdefault("hypothetical", verb.text)  # "deployed to prevent attacks on the pipelines"
    via_prep = (
        trigger.dep_ == "pobj" and trigger.head.head.i == verb.i and trigger.head.lower_ in ("of", "for")
    )
    people = trigger.lemma_.lower().endswith(("er", "or"))  # "police awaited the protesters"
    if lemma in w.anticipating and (direct or via_prep) and not is_negated(verb) and not people:
        found.setdefault("predicted", verb.text)  # "residents fear an attack", "warned of an offensive"
    via_for = (
        trigger.dep_ == "pobj"
        and trigger.head.lower_ == "for"
        # ("building up forces for a new offensive": the phrase hung on the object)
        and (
            trigger.head.head.i == verb.i
            or (trigger.head.head.dep_ == "dobj" and trigger.head.head.head.i == verb.i)
        )
    )
    if lemma in w.mobilising and via_for and is_ahead(verb):
        found.setdefault("predicted", verb.text)  # "militants are massing near Kidal for an assault"
    if (
        lemma in w.warning
        and trigger.dep_ == "pobj"
        and trigger.head.lower_ == "against"
        and trigger.head.head.i == verb.i
    ):
        found.setdefault("hypothetical", f"{verb.text} against")  # "cautioned against an assault"
    if lemma in w.considering and indefinite_object(trigger, verb) and not is_negated(verb):
        found.setdefault("hypothetical", verb.text)  # "the junta is weighing air strikes"
    if lemma in w.facing and direct and trigger.dep_ == "dobj" and not is_past(verb) and not people:
        found.setdefault("predicted", verb.text)  # "leave Kidal or face an assault by the army"
    particles = {c.lower_ for c in verb.children if c.dep_ == "prt"}
    if (
        (direct or (trigger.dep_ == "npadvmod" and trigger.head.i == verb.i))
        and lemma in w.cancelling
        and (lemma != "call" or "off" in particles)
        and not is_negated(verb)
    ):
        found.setdefault("negated", verb.text)  # "called off the march", "the strike was cancelled"
    if trigger.dep_ == "nsubj" and trigger.head.i == verb.i and lemma not in w.occurring:
        aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
        if aux & {"would", "could"} and "have" not in aux:
            found.setdefault("hypothetical", next(a for a in ("would", "could") if a in aux))
