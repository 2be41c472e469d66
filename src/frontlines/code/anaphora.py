"""Event nouns and passives that refer back to an event already told (`antecedent`: "the attack", "at
least 30 people were killed"), and remarks on a told event that tell no new one (`remark_on_told`: "the
ambush was the deadliest this year").
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from frontlines.code.nobody import claim_denied, names_nobody
from frontlines.model import Event

if TYPE_CHECKING:
    from frontlines.code.mention import Mention
    from frontlines.pipeline import Doc


_DEFINITE = {"the", "this", "that", "these", "those", "its", "their"}


def antecedent(doc: Doc, m: Mention) -> Event | None:
    """The event an anaphoric trigger refers back to, else None. A trigger marked `anaphoric` refers
    back when it is a definite noun ("the attack", "this kidnapping") or a passive verb with no doer
    ("at least 30 people were killed": the toll of an event told before). The antecedent is the last event
    coded earlier in the article of the same PLOVER type for a `generic` trigger, of the same ACLED
    event type for a specific one ("the kidnapping" refers back to an abduction, not to a clash)."""
    trig = m.trigger
    if not trig.anaphoric:
        return None
    tok = doc.parses[m.sentence][m.trigger_i]
    if tok.pos_ in ("NOUN", "PROPN"):
        if not any(c.dep_ in ("det", "poss") and c.lower_ in _DEFINITE for c in tok.children):
            return None
    elif not any(c.dep_ == "nsubjpass" and not names_nobody(c) for c in tok.children) or any(
        c.dep_ in ("nsubj", "agent", "csubj") for c in tok.children
    ):
        return None  # "No one was killed" tells the toll of the earlier event, not an event

    def same_kind(e: Event) -> bool:
        if trig.generic:
            return e.plover.type == trig.plover.type
        return e.acled is not None and trig.acled is not None and e.acled.event_type == trig.acled.event_type

    before = [e for e in doc.events if same_kind(e) and e.evidence.start < m.trigger_start]
    if _denied(tok):
        # "claimed the checkpoint attack but denied any role in the bombing": what the sentence denies
        # is another act than the one it has just claimed
        start = doc.sentences[m.sentence].start
        before = [e for e in before if e.evidence.start < start]
    named = [c.lower_ for c in tok.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
    if named:
        # "the checkpoint attack": the earlier event told of a checkpoint, not merely the last one
        told = [e for e in before if all(n in e.evidence.sentence.lower() for n in named)]
        before = told or before
    return before[-1] if before else None


def _denied(tok: Any) -> bool:
    """The noun is what a denying verb rejects ("denied any role in the bombing", "denied responsibility
    for the attack"): the first verb up to four steps above it."""
    from frontlines.code.factuality import default_factuality

    neg = default_factuality().words.neg_governors
    cur = tok
    for _ in range(4):
        if cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.pos_ == "VERB":
            return cur.lemma_.lower() in neg
    return False


def remark_on_told(tok: Any) -> bool:
    """A definite event noun that is the subject of a ranking ("the ambush was the deadliest on the
    army this year", "the attack is one of the deadliest since the coup") or of a sequence ("the attack
    came days after gunmen seized...") remarks on the event told before; it tells no new mention."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ != "nsubj":
        return False
    head = tok.head
    if head.lemma_.lower() == "come":
        return any(
            c.dep_ == "prep" and c.lower_ in ("after", "as", "amid", "on") for c in head.children
        ) or any(
            c.dep_ in ("npadvmod", "advmod") and any(g.lower_ == "after" for g in c.subtree)
            for c in head.children
        )
    if head.lemma_.lower() != "be":
        return False
    preds = [c for c in head.children if c.dep_ in ("attr", "acomp")]
    return any(
        t.tag_ in ("JJS", "RBS")
        or t.lower_ in ("largest", "worst", "deadliest", "biggest", "first", "latest")
        or (t.lower_ == "one" and any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children))
        for p in preds
        for t in p.subtree
    )


_BLAME = {"blame", "accuse", "attribute", "suspect"}


def unclaimed(tok: Any) -> bool:
    """An event noun nobody claimed ("there was no immediate claim for the strike", "no group has
    claimed responsibility for the attack", "nobody claimed the bombing") tells no event and denies none
    (gold/team/README.md: "No group has claimed the attack" is no event); unless the sentence blames
    someone for it ("no group claimed the bombing, but officials blamed Boko Haram")."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    if any(c.dep_ not in ("det", "amod", "compound", "poss", "punct") for c in tok.children):
        return False  # "the bombing in Peshawar, which killed 30 people": the sentence tells it
    cur = tok
    while cur.dep_ == "pobj" and cur.head.lower_ in ("for", "of") and cur.head.head is not cur.head:
        cur = cur.head.head  # "claim for the strike", "responsibility for the attack"
        if cur.lemma_.lower() == "claim" and cur.pos_ == "NOUN":
            break
    if cur.lemma_.lower() == "claim" and cur.pos_ == "NOUN":
        told = any(c.dep_ == "det" and c.lower_ == "no" for c in cur.children)
    elif (
        cur.dep_ == "dobj"
        and cur.head.lemma_.lower() == "claim"
        and (cur is tok or cur.lower_ == "responsibility")
    ):
        told = claim_denied(cur.head)
    else:
        return False
    return told and not any(t.lemma_.lower() in _BLAME for t in tok.sent)
