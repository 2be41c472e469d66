"""What a mention tells that is not news of the day, whatever its factuality: a toll or record over a long
period ("has killed thousands over the past decade"), an event told as the start of a span of years
("20 years after the massacre"), and a kind of act rather than an act ("soldiers who kill civilians").
Used by the dates and events stages (`stages.py`)."""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from frontlines.code.clause import clause_verb

_PERIODS = {"months", "weeks", "years", "decades", "year", "decade"}
_RECENT = {"recent", "past", "last"}


def tally_over_years(trigger: Any, published_year: int | None) -> str | None:
    """A toll or record over a long period, not an event: a perfect ("have been killed", "has seized")
    with a "since" phrase naming an earlier year ("since 2022", "since the insurgency began in 2009") or
    last year / last month ("since October last year"), or a count "in recent months" / "over the past
    years" / "over the past decade" ("has seen several grenade attacks in recent months"). Returns the
    cue, or None. "Since Monday" is a running toll of the event and stays."""
    verb = clause_verb(trigger)
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)
    if not perfect:
        return None
    for tok in {verb.i: verb, trigger.i: trigger}.values():
        for c in tok.children:
            since = (c.dep_ == "prep" and c.lower_ == "since") or (
                c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since" for m in c.children)
            )
            if since:
                for t in c.subtree:
                    if (
                        t.text.isdigit()
                        and len(t.text) == 4
                        and 1900 <= int(t.text) < (published_year or 9999)
                    ):
                        return f"since {t.text}"
                words = [t.lower_ for t in c.subtree]
                if any(a == "last" and b in ("year", "month") for a, b in pairwise(words)):
                    return "since " + " ".join(t.text for t in c.subtree)  # "since October last year"
            if c.dep_ == "prep" and c.lower_ in ("in", "over", "during"):
                for g in c.children:
                    if (
                        g.dep_ == "pobj"
                        and g.lower_ in _PERIODS
                        and any(a.lower_ in _RECENT for a in g.children)
                    ):
                        return f"{c.text} {' '.join(t.text for t in g.subtree)}"
    return None


_LONG = {"year", "decade", "century"}


def years_after(trigger: Any) -> str | None:
    """An event told as the start of a span of years: "20 years after hijacked planes struck the
    towers", "two decades after the massacre" (background). Returns the span, or None."""
    verb = clause_verb(trigger)
    anchors = []
    if trigger.dep_ == "pobj" and trigger.head.lower_ in ("after", "since"):
        anchors.append(trigger.head)  # "two decades after the massacre"
    if any(c.dep_ == "mark" and c.lower_ in ("after", "since") for c in verb.children):
        anchors.append(verb)  # "20 years after hijacked planes struck the towers"
    for tok in anchors:
        for c in tok.children:
            if c.dep_ == "npadvmod" and c.lemma_.lower() in _LONG:
                return " ".join(t.text for t in c.subtree)
    return None


_ANYONE = {"anyone", "anybody", "everyone", "everybody", "those", "whoever", "whomever"}


def generic_statement(trigger: Any) -> str | None:
    """A kind of act, not an act: a present-tense relative clause on a bare plural or "anyone"
    ("soldiers who kill civilians only create more recruits", "anyone who attacks a clinic"). Returns
    the head it is said of, or None."""
    verb = clause_verb(trigger)
    if verb.dep_ != "relcl" or verb.tag_ not in ("VBP", "VBZ") or verb.head.i == verb.i:
        return None
    if any(c.dep_ in ("aux", "auxpass") and c.lemma_.lower() != "do" for c in verb.children):
        return None
    head = verb.head
    if head.lower_ in _ANYONE:
        return str(head.text)
    bare = head.tag_ in ("NNS", "NNPS") and not any(
        c.dep_ in ("det", "poss", "nummod", "quantmod") for c in head.children
    )
    return str(head.text) if bare else None
