"""Negated mentions, for the factuality coder (`code/factuality.py`): "not"/"never" on the clause, "no" on
the event or its subject ("no civilians were killed", "nobody was hurt"), a denying governor ("denied that
its jets struck the market"), an act stopped ("failed to capture the town", "police foiled an attack"),
held back ("stopped short of attacking", "instead of attacking"), not yet done ("has yet to retake") or
reported falsely ("reports that ... were false")."""

from __future__ import annotations

from typing import Any

from frontlines.code.clause import Clause, Step, from_clause, is_infinitive, is_nounish
from frontlines.code.factuality_words import FactualityWords, Found


def clause_negation(w: FactualityWords, trigger: Any, verb: Any, found: Found) -> None:
    """Negation on the clause itself (and on the noun: "no attack"), and a "no" or "nobody" subject or
    object ("no one was killed", "police arrested no suspects")."""
    # "did not rule out strikes": a denial that is itself negated leaves the event possible
    nominal_under_denial = verb.i != trigger.i and verb.lemma_.lower() in w.neg_governors
    # "did not confirm the strikes": the event is unconfirmed, not denied
    unconfirmed_object = verb.i != trigger.i and verb.lemma_.lower() in w.unconfirmed
    for tok in (verb, trigger):
        for c in tok.children:
            if c.dep_ == "neg" and tok.i == verb.i and nominal_under_denial:
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
    """A nominal event stopped by its verb: "police foiled an attack on the embassy" (not "to prevent
    attacks", not "prevented protesters from reaching the palace")."""
    return bool(
        trigger.dep_ == "dobj"
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
    if s.i > 0 and s.lemma in w.neg_governors:
        denial(w, s.v, found)


def stopped_act(w: FactualityWords, c: Clause, s: Step, found: Found) -> None:
    """ "failed to capture the town", "foiled a plot to bomb a church", "prevented them from storming the
    base": what was stopped did not happen."""
    if (
        s.i > 0
        and s.lemma in w.prevented
        and (
            c.rels[s.i - 1] in ("xcomp", "acl", "pcomp", "dobj", "pobj")
            or (c.rels[s.i - 1] == "advcl" and is_infinitive(c.chain[s.i - 1]))
        )
    ):
        found.setdefault("negated", s.v.text)


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
