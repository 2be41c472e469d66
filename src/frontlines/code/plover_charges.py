"""An arrest told with its charge is also an accusation (PLOVER, extract.event_scope = "all").

"A missionary was arrested in Lebanon for collaborating with Israel", "authorities jailed 52 members on
allegations of treason", "police detained two men on charges of spying": CAMEO codes the charge the
arrest states as an accusation (112, accuse of crime; 1125, of espionage or treason) as well as the
arrest itself (173). The accusation is a second event, by the same party on the same party, asserted;
"detained for questioning" states no charge.
"""

from __future__ import annotations

import hashlib
from typing import Any

from frontlines.model import Event, Plover

CHARGE_NOUNS = frozenset(
    {"charge", "charges", "allegation", "allegations", "accusation", "accusations", "suspicion", "count",
     "counts", "indictment"}
)  # fmt: skip
"""nouns of "on charges of", "on suspicion of", "over allegations of" """
CRIME_NOUNS = frozenset(
    {"espionage", "spying", "treason", "sedition", "subversion", "murder", "fraud", "corruption", "smuggling",
     "terrorism", "collaboration", "theft", "robbery", "rape", "incitement", "blasphemy", "sabotage",
     "desertion", "trafficking", "bribery", "embezzlement", "kidnapping", "insurrection", "rebellion",
     "mutiny", "plotting", "conspiracy", "genocide", "massacre", "killing", "killings", "attack", "attacks",
     "bombing", "bombings", "links", "ties", "involvement", "role", "complicity", "participation"}
)  # fmt: skip
"""what an arrest "for" names as the crime ("arrested for treason", "for his role in the riots")"""
NO_CHARGE = frozenset({"question", "questioning", "interrogation", "investigation", "protection", "safety",
                       "treatment", "verification"})  # fmt: skip
"""what an arrest "for" is made for without charging anyone ("detained for questioning")"""
_ARREST_MODES = frozenset({"arrest", "detain"})
_CHARGE_PREPS = frozenset({"on", "over", "under"})


_TERMS = frozenset({"year", "month", "week", "day", "life", "term"})
"""a sentence's length the parser may hang the charge on ("jailed for 10 years for subversion")"""

_COMPLAINTS = frozenset({"protest", "complain"})


def _charged(tok: Any) -> bool:
    """True when the arrest verb states a charge: "on charges of", "for collaborating", "for treason"."""
    preps = [c for c in tok.children if c.dep_ == "prep"]
    preps += [
        p
        for c in preps
        if c.lower_ in ("for", "to")
        for o in c.children
        if o.dep_ == "pobj" and o.lemma_.lower() in _TERMS
        for p in o.children
        if p.dep_ == "prep"
    ]
    for prep in preps:
        for obj in prep.children:
            lemma = obj.lemma_.lower()
            if lemma in NO_CHARGE or obj.lower_ in NO_CHARGE:
                continue
            if (
                prep.lower_ in _CHARGE_PREPS
                and obj.dep_ == "pobj"
                and (obj.lower_ in CHARGE_NOUNS or lemma in CHARGE_NOUNS)
            ):
                return True
            if prep.lower_ == "for" and obj.dep_ == "pcomp" and obj.pos_ == "VERB":
                return True  # "for collaborating with Israel", "for spying"
            if (
                prep.lower_ == "for"
                and obj.dep_ == "pobj"
                and (obj.lower_ in CRIME_NOUNS or lemma in CRIME_NOUNS)
            ):
                return True
    return False


def charge_event(event: Event, trigger_tok: Any) -> Event | None:
    """The accusation an arrest with a stated charge makes (PLOVER ACCUSE, allege), or None."""
    if event.plover.type != "COERCE" or event.plover.mode not in _ARREST_MODES:
        return None
    if trigger_tok.pos_ != "VERB" or not _charged(trigger_tok):
        return None
    return event.model_copy(
        update={
            "id": hashlib.sha256(f"{event.id}:charge".encode()).hexdigest()[:16],
            "plover": Plover(type="ACCUSE", mode="allege"),
            "acled": None,
            "cameo": "112",
            "factuality": "asserted",
        }
    )


def _reporting_tail(tok: Any) -> bool:
    """ "..., a human rights group protested here Wednesday", "..., an opposition party protested on
    Monday": the verb ends the sentence after a comma, with its subject and no object, as the reporting
    tail of what comes before (the parser hangs it as a complement of the main verb or as a reduced
    relative of an apposition)."""
    if tok.dep_ == "ccomp" and tok.head.i < tok.i:
        subjects = [c for c in tok.children if c.dep_ == "nsubj"]
        if not subjects:
            return False
        first = subjects[0].left_edge.i
    elif tok.dep_ == "acl" and tok.head.dep_ == "appos":
        first = tok.head.left_edge.i
    else:
        return False
    if first == 0 or tok.doc[first - 1].text != ",":
        return False
    return not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in tok.children)


def official_protest(event: Event, trigger_tok: Any) -> Event:
    """A protest told by its verb and addressed to a party or saying what is wrong ("India protested to
    Bangladesh about the killings", "a human rights group protested that ...") is a complaint, CAMEO 11
    (PLOVER ACCUSE), not a demonstration (14); so is one a government makes. Other events unchanged."""
    if event.plover.type != "PROTEST" or trigger_tok.pos_ != "VERB":
        return event
    if trigger_tok.lemma_.lower() not in _COMPLAINTS:
        return event
    addressed = any(c.dep_ == "prep" and c.lower_ == "to" for c in trigger_tok.children)
    said = any(c.dep_ == "ccomp" for c in trigger_tok.children) or trigger_tok.dep_ == "parataxis"
    said = said or _reporting_tail(trigger_tok)
    # "China protested the sale of jets to Taiwan": a country named as such protests through its government
    # (coded as its forces, as the actor of a country named for a violent act is)
    country_subject = any(
        c.dep_ == "nsubj" and c.ent_type_ == "GPE" and not any(g.dep_ == "compound" for g in c.children)
        for c in trigger_tok.children
    )
    official = event.actor1 is not None and (
        event.actor1.kind == "government" or (event.actor1.kind == "state_forces" and country_subject)
    )
    if not (addressed or said or official):
        return event
    return event.model_copy(update={"plover": Plover(type="ACCUSE", mode="allege"), "cameo": "114"})
