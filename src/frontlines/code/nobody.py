"""A subject that names nobody: "nobody", "none", "noone", or a noun under "no" ("no one", "no group",
"no soldiers"). One reading shared by the antecedent of a passive with no doer ("No one was killed" tells
the toll of the earlier event, not an event: `assemble.antecedent`) and, through `claim_denied`, the
denied follow-up ("no group has claimed responsibility": `follow_ups`) and the event noun nobody claimed
(`anaphora.unclaimed`)."""

from __future__ import annotations

from typing import Any

NOBODY = frozenset({"nobody", "none", "noone"})


def names_nobody(tok: Any) -> bool:
    """True when the token (a subject) names nobody: one of NOBODY, or a noun with the determiner "no"."""
    return tok.lower_ in NOBODY or any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children)


def claim_denied(verb: Any) -> bool:
    """A claiming verb nobody did: "No group has claimed responsibility", "nobody claimed it", "has not
    claimed"."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    return any(names_nobody(c) for c in verb.children if c.dep_ in ("nsubj", "nsubjpass"))
