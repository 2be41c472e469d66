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


def _charged(tok: Any) -> bool:
    """True when the arrest verb states a charge: "on charges of", "for collaborating", "for treason"."""
    for prep in tok.children:
        if prep.dep_ != "prep":
            continue
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
