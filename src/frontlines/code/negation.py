"""Negated mentions, for the factuality coder (`code/factuality.py`): "not"/"never" on the clause, "no" on
the event or its subject ("no civilians were killed", "nobody was hurt"), a denying governor ("denied that
its jets struck the market"), an act stopped ("failed to capture the town", "police foiled an attack"),
held back ("stopped short of attacking", "instead of attacking"), not yet done ("has yet to retake") or
reported falsely ("reports that ... were false")."""

from __future__ import annotations

from typing import Any

from frontlines.code.clause import (
    Clause,
    Step,
    from_clause,
    is_infinitive,
    is_negated,
    is_nounish,
    that_clause,
)
from frontlines.code.factuality_words import FactualityWords, Found


def clause_negation(w: FactualityWords, clause: Clause, found: Found) -> None:
    """Negation on the clause itself (and on the noun: "no attack"), and a "no" or "nobody" subject or
    object ("no one was killed", "police arrested no suspects", "neither side fired", "none of the
    students had been abducted", "not a single rocket was fired", "no longer attack")."""
    trigger, verb = clause.trigger, clause.verb
    # "could not stop the mob": the "not" turns the stopping around, not the event
    unstopping = clause.unstopped and verb.lemma_.lower() in w.stopping
    # "did not rule out strikes": a denial that is itself negated leaves the event possible
    nominal_under_denial = verb.i != trigger.i and verb.lemma_.lower() in w.neg_governors
    # "did not confirm the strikes": the event is unconfirmed, not denied
    unconfirmed_object = verb.i != trigger.i and verb.lemma_.lower() in w.unconfirmed
    if (
        verb.i != trigger.i
        and trigger.dep_ == "pobj"
        and trigger.head.lower_ in w.anchor_preps
        and trigger.head.head.i == verb.i
    ):
        # "police did not arrest anyone after the clashes": the clashes anchor the clause in time; what
        # negates the clause does not negate them
        for c in trigger.children:
            if c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no"):
                found.setdefault("negated", c.text)
        return
    for tok in (verb, trigger):
        for c in tok.children:
            if c.dep_ == "neg" and tok.i == verb.i and (nominal_under_denial or unstopping):
                continue
            if c.dep_ == "neg" and tok.i == verb.i and unconfirmed_object:
                found.setdefault("uncertain", f"{c.text} {verb.text}")
                continue
            if c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no"):
                found.setdefault("negated", c.text)
    subjects = list(verb.children)
    if verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in subjects):
        # "no civilians had been injured or killed in the strike": the subject is the first verb's
        subjects += [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if verb.i != trigger.i and verb.lemma_.lower() in w.responsibility:
        # "no group has claimed responsibility for the bombing": what nobody did is the claiming
        subjects = [c for c in subjects if c.dep_ not in ("nsubj", "nsubjpass")]
    for c in subjects:
        if c.dep_ in ("nsubjpass", "dobj", "nsubj") and c.lower_ in ("nobody", "no-one"):
            found.setdefault("negated", c.text)
        if (
            (c.dep_ in ("nsubjpass", "nsubj") or (c.dep_ == "dobj" and verb.i == trigger.i))
            and c.lower_ == "one"
            and any(d.lower_ == "no" for d in c.children)
        ):
            found.setdefault("negated", "no one")  # "no one was killed", "arrested no one"
        if (
            c.dep_ in ("dobj", "nsubjpass")
            and verb.i == trigger.i
            and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
        ):
            found.setdefault("negated", f"no {c.text}")  # "police arrested no suspects"
        if c.dep_ in ("nsubjpass", "nsubj") and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children):
            # "no civilians were killed in the strike", "no bomb exploded near the patrol"
            found.setdefault("negated", f"no {c.text}")
        if c.dep_ in ("nsubjpass", "nsubj") and (
            c.lower_ == "none"
            or any(
                (d.dep_ in ("det", "preconj") and d.lower_ == "neither") or (d.dep_ == "neg" and d.i < c.i)
                for d in c.children
            )
        ):
            # "none of the students had been abducted", "neither side fired", "not a single rocket was fired"
            found.setdefault("negated", next((d.text for d in c.children if d.i < c.i), c.text))
    if verb.i == trigger.i or (trigger.head.i == verb.i and trigger.dep_ in ("nsubj", "nsubjpass")):
        for c in verb.children:
            if c.dep_ == "advmod" and any(d.dep_ == "neg" for d in c.children):
                found.setdefault("negated", f"no {c.text}")  # "jihadists no longer attack the villages"


def denial(w: FactualityWords, gov: Any, found: Found) -> None:
    """A denying governor negates the event, unless it is itself negated: "did not rule out strikes"
    leaves them possible (hypothetical), "did not deny carrying out the attack" unconfirmed."""
    if any(c.dep_ == "neg" for c in gov.children):
        if gov.lemma_.lower() in w.possibility:
            found.setdefault("hypothetical", f"not {gov.text}")
        else:
            found.setdefault("uncertain", f"not {gov.text}")
    else:
        found.setdefault("negated", gov.text)


def foiled_object(w: FactualityWords, trigger: Any, verb: Any) -> bool:
    """A nominal event stopped by its verb: "police foiled an attack on the embassy", "a bomb attack on
    the cathedral was thwarted" (not "to prevent attacks", not "prevented protesters from reaching the
    palace", not "did not prevent the attack")."""
    return bool(
        (trigger.dep_ == "dobj" or (trigger.dep_ == "nsubjpass" and not is_negated(verb)))
        and trigger.head.i == verb.i
        and verb.lemma_.lower() in w.foiled
        and not is_infinitive(verb)
        and not from_clause(verb)
    )


def no_on_path(trigger: Any, verb: Any, found: Found) -> None:
    """A "no" on a noun between a nominal trigger and its verb: "said it had no connection to the
    bombing"."""
    cur = trigger.head
    while cur.i != verb.i and cur.head.i != cur.i:
        if any(d.dep_ == "det" and d.lower_ == "no" for d in cur.children):
            found.setdefault("negated", f"no {cur.text}")
        cur = cur.head


def false_on_path(w: FactualityWords, trigger: Any, verb: Any, found: Found) -> None:
    """A report of a nominal event said to be false: "reports of an attack on a bus were untrue"."""
    cur = trigger
    while cur.i != verb.i and cur.head.i != cur.i:
        if cur.dep_ in ("nsubj", "nsubjpass") and cur.head.i == verb.i:
            cue = _false_predicate(w, verb)
            if cue is not None:
                found.setdefault("negated", cue)
        cur = cur.head


def _false_predicate(w: FactualityWords, verb: Any) -> str | None:
    """ "were false", "proved untrue", "were fabricated": the word that says it, or None."""
    for d in verb.children:
        if d.dep_ in ("acomp", "oprd") and d.lower_ in w.false_adjectives:
            return str(d.text)
    if verb.lower_ in w.false_adjectives and any(d.dep_ == "auxpass" for d in verb.children):
        return str(verb.text)
    return None


def failed_to_occur(w: FactualityWords, trigger: Any, verb: Any, found: Found) -> None:
    """A nominal event that failed to take place: "the feared assault failed to materialise"."""
    if (
        trigger.dep_ == "nsubj"
        and trigger.head.i == verb.i
        and verb.lemma_.lower() in w.failing
        and any(d.dep_ == "xcomp" and d.lemma_.lower() in w.occurring for d in verb.children)
    ):
        found.setdefault("negated", verb.text)


def unstopped(w: FactualityWords, trigger: Any, chain: list[Any]) -> bool:
    """A stopping verb above the event that is negated or failed: "failed to stop the attack", "was unable
    to prevent the massacre", "could not stop the mob from burning the church" (the event happened)."""
    for i, v in enumerate(chain):
        if v.lemma_.lower() in w.stopping and (i > 0 or v.i != trigger.i):
            head = v.head
            if is_negated(v) or (
                v.dep_ == "xcomp"
                and (head.lemma_.lower() in w.failing or head.lower_ in w.failing or not_able(head))
            ):
                return True
    return False


def held_back(verb: Any, found: Found) -> None:
    """A gerund of an act not done: "the rebels stopped short of attacking the town", "instead of
    attacking the town, the rebels withdrew"."""
    if verb.dep_ == "pcomp" and verb.head.lower_ == "of" and verb.head.head.lower_ == "short":
        found.setdefault("negated", "short of")
    if verb.dep_ == "pcomp" and (
        (
            verb.head.lower_ in ("instead", "than")
            and (verb.head.lower_ != "than" or any(c.lower_ == "rather" for c in verb.head.children))
        )
        or any(c.lower_ == "instead" for c in verb.head.children)
    ):
        found.setdefault("negated", "instead of")


# --- rules on each verb of the chain (`factuality.RULES`) -------------------------------------------


def denying_governor(w: FactualityWords, c: Clause, s: Step, found: Found) -> None:
    """ "denied that its jets struck the market" (and "did not rule out strikes", `denial`)."""
    if s.i > 0 and s.lemma in w.neg_governors and c.rels[s.i - 1] not in w.loose_links:
        denial(w, s.v, found)


def stopped_act(w: FactualityWords, c: Clause, s: Step, found: Found) -> None:
    """ "failed to capture the town", "foiled a plot to bomb a church", "prevented them from storming the
    base": what was stopped did not happen."""
    if c.unstopped or (s.i > 0 and c.chain[s.i - 1].lemma_.lower() in w.unconfirmed):
        return  # "failed to stop the attack" (it happened), "unable to confirm that ..." (uncertain)
    if (
        s.i > 0
        and s.lemma in w.prevented
        and (
            c.rels[s.i - 1] in ("xcomp", "acl", "pcomp", "dobj", "pobj", "nsubjpass")
            or (c.rels[s.i - 1] == "advcl" and is_infinitive(c.chain[s.i - 1]))
        )
    ):
        found.setdefault("negated", s.v.text)
    if s.i > 0 and c.rels[s.i - 1] == "xcomp" and not_able(s.v):
        # "its forces would not be able to take it": as "unable"
        found.setdefault("negated", f"not {s.v.text}")


def not_able(tok: Any) -> bool:
    """ "not able" / "not capable": the adjective or the "be" it completes is negated."""
    return tok.lemma_.lower() in ("able", "capable") and any(
        d.dep_ == "neg" for t in (tok, tok.head) for d in t.children
    )


def no_noun(w: FactualityWords, c: Clause, s: Step, found: Found) -> None:
    """ "had no intention of taking Goma"."""
    if s.i > 0 and s.v.pos_ == "NOUN" and any(d.dep_ == "det" and d.lower_ == "no" for d in s.children):
        found.setdefault("negated", f"no {s.v.text}")


def failed_attempt(w: FactualityWords, c: Clause, s: Step, found: Found) -> None:
    """ "the attempt to capture the airport failed"."""
    if (
        s.i > 0
        and s.v.pos_ == "NOUN"
        and s.lemma in w.attempt_nouns
        and s.v.dep_ in ("nsubj", "nsubjpass")
        and s.v.head.lemma_.lower() == "fail"
    ):
        found.setdefault("negated", s.v.head.text)


def negating_noun(w: FactualityWords, c: Clause, s: Step, found: Found) -> None:
    """ "issued a denial that its troops had torched homes"."""
    if (
        s.i > 0
        and s.v.pos_ == "NOUN"
        and s.v.lower_ in w.negating_nouns
        and that_clause(c.chain[s.i - 1], c.rels[s.i - 1])
        and not is_negated(s.v.head)
    ):
        found.setdefault("negated", s.v.text)


def cancelled_plan(w: FactualityWords, c: Clause, s: Step, found: Found) -> None:
    """ "abandoned its plan to attack the port", "shelved plans for an offensive"."""
    head = s.v.head
    if (
        s.i > 0
        and s.v.pos_ == "NOUN"
        and (s.v.lower_ in w.anticipated_nouns or s.v.lower_ in w.attempt_nouns)
        and s.v.dep_ == "dobj"
        and head.lemma_.lower() in w.cancelling
        and (
            head.lemma_.lower() != "call" or any(d.dep_ == "prt" and d.lower_ == "off" for d in head.children)
        )
        and not is_negated(head)
    ):
        found.setdefault("negated", head.text)


def false_report(w: FactualityWords, c: Clause, s: Step, found: Found) -> None:
    """ "reports that ... were false", "... proved false"."""
    v = s.v
    if (
        is_nounish(v)
        and s.i > 0
        and v.dep_ == "nsubj"
        and any(d.dep_ in ("acomp", "oprd") and d.lower_ in w.false_adjectives for d in v.head.children)
    ):
        found.setdefault("negated", next(d.text for d in v.head.children if d.dep_ in ("acomp", "oprd")))
    elif s.i > 0 and is_nounish(v) and v.dep_ == "nsubjpass" and _false_predicate(w, v.head) is not None:
        found.setdefault("negated", v.head.text)  # "claims that ... were fabricated"
