"""Acts told from the receiving side, and acts told as a party's decision (PLOVER roles,
extract.event_scope = "all").

"Jordan received a pledge of military aid from the United States", "Israel came under sharp criticism
from the European Union", "Pakistan won the backing of China": the grammatical subject is the party
acted on, and the party named after "from" (or "of", "by") is the one acting. CAMEO codes such a
sentence as the act of the giver on the receiver (source: the United States; target: Jordan).
"Zambia's decision to expel the Zimbabwean ambassador", "the move by Kenya to close the border": the
act's party is the owner of the decision (`decided`).
"""

from __future__ import annotations

from typing import Any

from frontlines.code.actor_lexicon import GroupSpan
from frontlines.code.actor_phrases import stated
from frontlines.code.actors import default_coder
from frontlines.model import Event

RECEIVE_VERBS = frozenset({"receive", "get", "obtain", "win", "secure", "gain", "earn", "accept", "draw"})
"""verbs whose object, a nominal act, comes from someone else to the subject"""
UNDER_VERBS = frozenset({"come", "be", "fall"})
"""verbs of "came under criticism from", "is under pressure from" """
_SOURCE_PREPS = frozenset({"from", "by"})
_MAX_DEPTH = 3


def _giver(nodes: list[Any], groups: list[GroupSpan]) -> Any:
    """The first actor named after "from" / "by" below the nodes (breadth first, a few levels)."""
    coder = default_coder()
    frontier = list(nodes)
    for _ in range(_MAX_DEPTH):
        nxt: list[Any] = []
        for node in frontier:
            for prep in node.children:
                if prep.dep_ not in ("prep", "agent"):
                    continue
                for obj in prep.children:
                    if obj.dep_ != "pobj":
                        continue
                    if prep.lower_ in _SOURCE_PREPS:
                        found = coder.actor_at(obj, groups)
                        if found is not None:
                            return found
                    nxt.append(obj)
        frontier = nxt
    return None


def _receiving_verb(trigger_tok: Any) -> Any | None:
    """The verb that makes a nominal trigger something received: "received a pledge", "came under
    criticism"; None otherwise."""
    if trigger_tok.pos_ not in ("NOUN", "PROPN"):
        return None
    head = trigger_tok.head
    if trigger_tok.dep_ == "dobj" and head.lemma_.lower() in RECEIVE_VERBS:
        return head
    if trigger_tok.dep_ == "pobj" and head.lower_ == "under" and head.head.lemma_.lower() in UNDER_VERBS:
        return head.head
    return None


def received(event: Event, trigger_tok: Any, groups: list[GroupSpan]) -> Event:
    """The event with source and target the right way round when its act is told as received."""
    verb = _receiving_verb(trigger_tok)
    if verb is None:
        return event
    giver = _giver([trigger_tok, verb], groups)
    if giver is None:
        return event
    coder = default_coder()
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    receiver = coder.actor_at(subjects[0], groups) if subjects else None
    if receiver is None:
        receiver = event.actor1
    return event.model_copy(
        update={"actor1": coder.as_government(giver), "actor2": coder.as_government(receiver)}
    )


DECISION_NOUNS = frozenset(
    {"decision", "move", "plan", "bid", "attempt", "offer", "threat", "refusal", "readiness", "willingness",
     "pledge", "promise", "call", "order", "determination", "intention", "vow", "proposal", "effort"}
)  # fmt: skip
"""nouns whose infinitive complement is the owner's act ("Zambia's decision to expel ...")"""


def decided(event: Event, trigger_tok: Any, groups: list[GroupSpan]) -> Event:
    """The event with its source filled in from the owner of the decision it completes, when it has
    none: the possessor ("Zambia's decision to expel") or the "by" party ("the move by Kenya to")."""
    if stated(event.actor1) or trigger_tok.pos_ != "VERB" or trigger_tok.dep_ not in ("acl", "xcomp"):
        return event
    noun = trigger_tok.head
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in DECISION_NOUNS:
        return event
    owners = [c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"]
    owners += [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children
               if g.dep_ == "pobj"]  # fmt: skip
    coder = default_coder()
    for owner in owners:
        found = coder.actor_at(owner, groups)
        if found is not None:
            return event.model_copy(update={"actor1": coder.as_government(found)})
    return event
