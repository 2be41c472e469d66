"""A subject that names nobody: "nobody", "none", "noone", or a noun under "no" ("no one", "no group",
"no soldiers"). One reading shared by the antecedent of a passive with no doer ("No one was killed" tells
the toll of the earlier event, not an event: `assemble.antecedent`) and the denied follow-up ("no group
has claimed responsibility": `follow_ups`)."""

from __future__ import annotations

from typing import Any

NOBODY = frozenset({"nobody", "none", "noone"})


def names_nobody(tok: Any) -> bool:
    """True when the token (a subject) names nobody: one of NOBODY, or a noun with the determiner "no"."""
    return tok.lower_ in NOBODY or any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children)
