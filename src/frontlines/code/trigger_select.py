"""Which trigger hits of one sentence are its events (`TriggerMatcher.select`): the strongest, and others
only where they tell an event of their own, not the outcome, participant or a second mention of one
already kept.
"""

from __future__ import annotations

from collections.abc import Sequence

from frontlines.code.clause import has_to
from frontlines.code.trigger_hit import OWN_ACTS, TriggerHit, outranked, type_key
from frontlines.code.trigger_syntax import _NOUN_POS, _linked, _subjects, in_relative_clause
from frontlines.trace import TriggerNote, reject

_COLLECTIVES = frozenset(
    {"group", "crowd", "band", "mob", "gang", "dozens", "hundreds", "thousands", "scores"}
)
"""Nouns of a collective subject whose "of" phrase names the people who act ("a group of protesters")."""

_ENACTING = frozenset({"order", "decree", "authorize", "authorise"})
"""Verbs of an authority whose object noun is the act it carries out ("ordered the closure of the embassy"),
not a participant of the order."""

_KILL_OUTCOME_OF = frozenset({"ASSAULT", "PROTEST"})
"""PLOVER types of the acts a killing told beside them is the outcome of."""


def select_events(
    hits: Sequence[TriggerHit], limit: int = 3, notes: list[TriggerNote] | None = None
) -> list[TriggerHit]:
    """The events of one sentence: the highest-priority trigger, plus others of a different ACLED
    type (a sentence can report a clash and an air strike). A killing verb beside another trigger
    is that event's outcome, not an event of its own (beside arson, looting or an abduction, it is one);
    so is a second trigger of the same type, an `outcome` trigger governed by another ("struck
    hideouts, destroying two vehicles"), and a `generic` trigger beside a specific one of the same
    PLOVER type ("air strikes ... in the deadliest attack"). A noun trigger that another trigger
    acts on ("15 rioters were arrested") is that trigger's patient, not an event."""
    kept = []
    for h in hits:
        if outranked(h, hits):
            reject(notes, h.token_i, h.trigger.id, "fired, not kept: a generic word beside a specific one")
        elif any(
            _patient_of(h, o)
            # "a suicide bomber killed 12 people": the specific doer is the event the generic
            # verb is dropped for, not a participant of it
            and not (
                o.trigger.generic and not h.trigger.generic and o.trigger.plover.type == h.trigger.plover.type
            )
            for o in hits
            if o is not h
        ):
            reject(notes, h.token_i, h.trigger.id, "fired, not kept: a participant of another trigger")
        else:
            kept.append(h)
    hits = kept
    chosen: list[TriggerHit] = []
    for hit in sorted(hits, key=lambda h: (-h.trigger.priority, h.token_i)):
        if len(chosen) >= limit:
            reject(notes, hit.token_i, hit.trigger.id, f"fired, not kept: {limit} events already")
            break
        # a killing beside property set on fire or looted is an act of its own ("40 civilians were
        # killed in the camp, and the militants set fire to shops")
        # ... and so is one beside an arrest, a seizure or an agreement ("killed two militants in an
        # exchange of fire and arrested 12 suspects", "killing former combatants who had signed the deal"):
        # a killing is the outcome of violence or a protest only
        # (a killing told in a relative clause is a detail of what it describes: "withdrew after an
        # operation in which 12 people were killed")
        if hit.trigger.id == "kill" and any(
            c.trigger.plover.mode not in OWN_ACTS
            and (c.trigger.plover.type in _KILL_OUTCOME_OF or in_relative_clause(hit.doc[hit.token_i]))
            and not _crowd_kills(c, hit)
            for c in chosen
        ):
            reject(notes, hit.token_i, "kill", "fired, not kept: the outcome of another trigger")
            continue
        if hit.trigger.outcome and any(_governs(c, hit) for c in hits if c is not hit):
            reject(notes, hit.token_i, hit.trigger.id, "fired, not kept: the outcome of another trigger")
            continue
        pair = type_key(hit.trigger)
        # "captured 20 villages in an offensive to retake the city": the aim is an act of its own, not
        # yet done, beside the one done
        alike = [c for c in chosen if _purpose(c) == _purpose(hit)]
        if any(type_key(c.trigger) == pair and not _own_clauses(c, hit) for c in alike):
            reject(notes, hit.token_i, hit.trigger.id, "fired, not kept: same type as a stronger trigger")
            continue
        if any(
            _same_kind(type_key(c.trigger), pair) and _linked(hit.doc, c.token_i, hit.token_i) for c in alike
        ):
            reject(notes, hit.token_i, hit.trigger.id, "fired, not kept: linked to a trigger of its type")
            continue
        chosen.append(hit)
    return sorted(chosen, key=lambda h: h.token_i)


MIXED_TYPES = frozenset({"Strategic developments"})
"""ACLED event types whose sub-types are different kinds of act ("handed back the town under a deal
brokered by Zambia": a transfer of territory and an agreement), told apart by sub-type"""


def _same_kind(a: tuple[str, str], b: tuple[str, str]) -> bool:
    """Two hits' (type, sub-type) pairs tell the same kind of event (for linked triggers)."""
    return a == b if a[0] in MIXED_TYPES else a[0] == b[0]


def _crowd_kills(protest: TriggerHit, kill: TriggerHit) -> bool:
    """The crowd of a protest verb kills, in a verb coordinated with it ("angry youths blocked roads and
    killed at least six motorists"): an act of its own (mob violence), not the protest's toll."""
    p, k = protest.doc[protest.token_i], kill.doc[kill.token_i]
    return (
        protest.trigger.plover.type == "PROTEST"
        and p.pos_ == "VERB"
        and k.pos_ == "VERB"
        and k.dep_ == "conj"
        and k.head.i == p.i
        and not any(c.dep_ in ("auxpass", "nsubj", "nsubjpass") for c in k.children)
    )


def _patient_of(noun: TriggerHit, other: TriggerHit) -> bool:
    """`noun` is a participant of `other`'s event, not an event: its patient ("15 rioters were
    arrested", "fired on protesters") or, for a noun naming people ("protesters"), its doer
    ("protesters stormed parliament")."""
    tok = noun.doc[noun.token_i]
    if tok.pos_ not in _NOUN_POS and tok.dep_ != "acl":
        return False
    if tok.dep_ == "dobj" and tok.head.i == other.token_i and tok.head.lemma_.lower() in _ENACTING:
        # "ordered the closure of the embassy", "decreed the expulsion of": the act ordered is the event
        return False
    if tok.dep_ in ("dobj", "nsubjpass") and tok.head.i == other.token_i:
        return noun.trigger.plover.type != other.trigger.plover.type
    if tok.dep_ == "pobj" and tok.head.head.i == other.token_i and tok.head.lower_ in ("on", "at", "against"):
        # "soldiers fired on protesters"
        return noun.trigger.plover.type != other.trigger.plover.type
    other_tok = noun.doc[other.token_i]
    if tok.dep_ == "acl" and type_key(noun.trigger)[0] != type_key(other.trigger)[0]:
        # "shot down 37 of the 43 drones launched at targets": a detail of the thing acted on
        return any(a.i == other.token_i for a in tok.head.ancestors)
    if not (tok.lemma_.lower().endswith(("er", "or")) and other_tok.pos_ == "VERB"):
        return False
    subjects = _subjects(other_tok)
    # "a group of hooded protesters rammed a truck into the gate": the people of a collective subject
    subjects += [
        g
        for s in subjects
        if s.lemma_.lower() in _COLLECTIVES
        for p in s.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for g in p.children
        if g.dep_ == "pobj"
    ]
    return any(s.i == tok.i for s in subjects)


def _purpose(hit: TriggerHit) -> bool:
    """The trigger is the aim of a noun, an infinitive of purpose: "an offensive to retake the city"
    (not of a verb: "blocked the highway to protest against fuel prices" is one protest)."""
    tok = hit.doc[hit.token_i]
    return tok.pos_ == "VERB" and tok.dep_ == "acl" and tok.head.pos_ == "NOUN" and has_to(tok)


def _own_clauses(a: TriggerHit, b: TriggerHit) -> bool:
    """Two verbs with subjects of their own that differ: two events of one type ("Hezbollah fired
    missiles at army posts, and Israeli artillery pounded the village")."""
    ta, tb = a.doc[a.token_i], b.doc[b.token_i]
    if ta.pos_ != "VERB" or tb.pos_ != "VERB":
        return False
    sa = [c for c in ta.children if c.dep_ == "nsubj"]
    sb = [c for c in tb.children if c.dep_ == "nsubj"]
    return bool(sa and sb) and sa[0].lemma_.lower() != sb[0].lemma_.lower()


def _governs(governor: TriggerHit, dependent: TriggerHit) -> bool:
    """`dependent` is a participle or clause of `governor`'s verb, or coordinated with one ("struck
    hideouts, killing 14 militants and destroying two vehicles")."""
    tok = dependent.doc[dependent.token_i]
    while tok.dep_ in ("advcl", "xcomp", "conj") and tok.head.i != tok.i:
        tok = tok.head
        if tok.i == governor.token_i:
            return True
    return False
