"""Repairs for parses that hide a clause's subject (used by `roles`)."""

from __future__ import annotations

from typing import Any


def misread_subject(verb: Any) -> Any | None:
    """The subject of a main verb the parser read as a reduced relative clause: in "Armed bandits
    abducted 30 people ..., residents said" the verb hangs as `acl` on "bandits", the subject of
    "said". A past form right after its noun and with a direct object of its own is the noun's action,
    not a description of it (a passive reduced relative, "the men abducted last week", has none)."""
    head = verb.head
    if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN") or head.pos_ not in ("NOUN", "PROPN"):
        return None
    if head.dep_ not in ("nsubj", "dep", "ROOT") or head.i > verb.i or verb.i - head.i > 2:
        return None
    if not any(c.dep_ == "dobj" for c in verb.children):
        return None
    return head
