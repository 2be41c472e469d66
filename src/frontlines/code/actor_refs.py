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


# "the attack came days after gunmen seized 300 schoolgirls": the clause after tells an earlier incident
_EARLIER = re.compile(r"\b(?:came|comes|followed|follows)\b[^.;]{0,40}?\b(?:after|since)\b", re.IGNORECASE)
# "No group claimed responsibility.", "There was no immediate claim of responsibility": the doer is unknown
_UNCLAIMED = re.compile(
    r"\b(?:no\s+(?:group|one|organi[sz]ation)\s+(?:has\s+|had\s+)?claimed|"
    r"(?:was|has\s+been|had\s+been)\s+no\s+(?:immediate\s+)?claim)",
    re.IGNORECASE,
)


def says_unclaimed(text: str) -> bool:
    """Does `text` say nobody claimed the act ("No group claimed responsibility.")? Read on the text: the
    next sentence may not be parsed. (`anaphora.unclaimed` is another question, on a parse: is an event
    noun one that nobody claimed, and so no event told.)"""
    return bool(_UNCLAIMED.search(text))


def stays_unidentified(actor: Actor | None, sentence: str = "", next_sentence: str = "") -> bool:
    """True when an unnamed actor's own words keep it apart from any group named elsewhere in the
    article: bandits, gangs and kidnappers ("armed bandits abducted 30 people", "gang members stormed
    the prison") are criminal groups whose identity the text does not give, even in an article that
    names an insurgent group or one gang coalition."""
    if actor is None or actor.id is not None:
        return False
    # "In a separate attack, gunmen shot dead ...": another incident, not tied to the group before
    if _CRIMINAL.search(actor.text) or (actor.text and _SEPARATE.search(sentence)):
        return True
    if actor.name != "Unidentified Armed Group":
        return False
    # "The attack came days after gunmen seized ...": gunmen of an earlier incident the sentence recalls
    earlier = _EARLIER.search(sentence)
    if actor.text and earlier is not None and sentence.find(actor.text, earlier.end()) >= 0:
        return True
    # "a roadside bomb struck an army truck ... No group claimed responsibility.": nobody is known
    return says_unclaimed(sentence) or says_unclaimed(next_sentence)
