"""When an unnamed armed actor ("gunmen", "the militants") is NOT the armed group the article named
before it (gold/team/README.md, "Actors": unnamed gunmen are "Unidentified Armed Group")."""

from __future__ import annotations

import re

from frontlines.model import Actor

# criminal gangs and bandits are not the insurgent or militia group an article is about
_CRIMINAL = re.compile(
    r"\b(?:bandits?|gangs?|gang\s+members?|gangsters?|criminals?|kidnappers?|kidnapers?|robbers?)\b",
    re.IGNORECASE,
)


_SEPARATE = re.compile(r"\b(?:in\s+an?\s+(?:separate|unrelated|another)\s+\w+|separately)\b", re.IGNORECASE)


def stays_unidentified(actor: Actor | None, sentence: str = "") -> bool:
    """True when an unnamed actor's own words keep it apart from any group named elsewhere in the
    article: bandits, gangs and kidnappers ("armed bandits abducted 30 people", "gang members stormed
    the prison") are criminal groups whose identity the text does not give, even in an article that
    names an insurgent group or one gang coalition."""
    if actor is None or actor.id is not None:
        return False
    # "In a separate attack, gunmen shot dead ...": another incident, not tied to the group before
    return bool(_CRIMINAL.search(actor.text) or (actor.text and _SEPARATE.search(sentence)))
