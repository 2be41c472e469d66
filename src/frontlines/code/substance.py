"""Substance beyond the trigger word, which a mention needs to become an event (code/assemble.py): a
grammatical subject, a concrete argument (a bomb, a building hit), a named victim, a date in the
trigger's own clause; and an indefinite target, which leaves a mere possibility no particular event.
"""

from __future__ import annotations

from typing import Any

from frontlines.knowledge import cues


def has_subject(trigger: Any) -> bool:
    """The clause of the trigger (its own, or that of the verb governing a nominal trigger) has a
    nominal subject or a passive agent: "the minister visited...", "...was condemned by the UN"."""
    cur = trigger
    while cur.pos_ not in ("VERB", "AUX") and cur.head.i != cur.i:
        cur = cur.head
    # a controlled, coordinated or purpose verb shares its governor's subject: "is prepared to lift the
    # ban", "donated and delivered goods", "sent a team to investigate"
    for _ in range(4):
        for c in cur.children:
            if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
                return True
            if c.dep_ == "agent" and any(g.dep_ == "pobj" for g in c.children):
                return True
        if cur.dep_ not in ("xcomp", "acomp", "conj", "advcl") or cur.head.i == cur.i:
            break
        cur = cur.head
    return False


def _arguments(tok: Any) -> list[Any]:
    """The trigger's subject and object heads, and the objects of its prepositions."""
    heads = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    heads += [g for c in tok.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return heads


def concrete_argument(tok: Any, mode: str | None) -> bool:
    """An explosive attack told with its bomb ("a bomb exploded inside a restaurant", "placed bombs"),
    or an attack whose object is a building, a vehicle or an installation ("the attack on a bank", "a
    strike hit a village"): a real act, not a figure of speech, even with no actor, place or toll in
    the sentence."""
    objects = cues().object_nouns
    words = {t.lemma_.lower() for t in _arguments(tok)} | {t.lower_ for t in _arguments(tok)}
    explosives = {w.lower() for w in objects.get("explosive", [])}
    if mode == "explosives" and (words | {tok.lemma_.lower()}) & explosives:
        return True
    physical = {w.lower() for kind in ("property", "base", "infrastructure") for w in objects.get(kind, [])}
    targets = [
        g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", "against") for g in c.children
    ]
    targets += [c for c in tok.children if c.dep_ == "dobj"] if tok.pos_ == "VERB" else []
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ == "VERB":
        # "a second strike hit a nearby village": what the noun's verb hit
        targets += [c for c in tok.head.children if c.dep_ == "dobj"]
    return any(t.lemma_.lower() in physical or t.lower_ in physical for t in targets)


_INDEFINITE = {"a", "an", "any", "your", "every", "some"}


def indefinite_target(tok: Any) -> bool:
    """The verb's object or the noun's "on" target is indefinite or the hearer's: "hitting your
    factory", "an attack on a plant"."""
    targets = [c for c in tok.children if c.dep_ == "dobj"]
    targets += [
        g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", "against") for g in c.children
    ]
    return any(c.dep_ in ("det", "poss") and c.lower_ in _INDEFINITE for t in targets for c in t.children)


def named_victim(tok: Any) -> bool:
    """A killing verb whose victim is a person's name ("Senator Galan was murdered")."""
    passive = any(c.dep_ == "auxpass" for c in tok.children)
    heads = [c for c in tok.children if c.dep_ == ("nsubjpass" if passive else "dobj")]
    return any(h.ent_type_ == "PERSON" and h.pos_ == "PROPN" for h in heads)


def dated_in_clause(tok: Any, date_text: str) -> bool:
    """Whether a date expression is in the trigger's own clause: the subtree of the trigger's verb,
    or of the verb a nominal trigger hangs on ("protests are planned for Thursday"); not a date of
    another clause ("seized the city in December 2016 while forces were focused on the battle")."""
    verb = tok
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    words = list(verb.subtree)
    clause = " ".join(t.lower_ for t in words)
    wanted = " ".join(t for t in date_text.lower().replace(",", " , ").split())
    return bool(wanted) and wanted in clause
