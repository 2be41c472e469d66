"""Date forms of article styles other than the news wire (docs/dates.md, "Article styles"):

- a day-by-day round-up or live blog opens a paragraph with its day as a heading ("Thursday 14 March —
  Security forces ...", "Tuesday, Jan. 9 — Gunmen ...", "- 4 March: ..."): the day of that paragraph, as
  if the paragraph had told it first;
- a weekday set off by a comma before the date ("Tuesday, Jan. 9", "Sunday, 7 May 2024"): the date
  itself, not the weekday."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from frontlines.when.periods import ResolvedDate
from frontlines.when.spans import MONTH_RE, WEEKDAY_RE

_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_YEAR = r"(?:,?\s+(?:19|20)\d\d)?"
_DATE = rf"(?:{_DAY}\s+{MONTH_RE}{_YEAR}|{MONTH_RE}\s+{_DAY}\b{_YEAR})"
_HEADING = re.compile(
    rf"^\s*(?:[-\u2022*\u00b7]\s*)?(?P<date>(?:{WEEKDAY_RE},?\s+)?{_DATE}|{WEEKDAY_RE})"
    r"\s*(?:[\u2014\u2013]|--?(?=\s)|:(?=\s))"
)
_WEEKDAY_COMMA = re.compile(rf"^(?:on\s+)?{WEEKDAY_RE},\s+(?={_DATE}$)", re.I)


def heading_date(text: str) -> str | None:
    """The date a paragraph opens with as a heading set off by a dash or colon ("Thursday 14 March —",
    "Tuesday, Jan. 9 —", "- 4 March:"), or None."""
    m = _HEADING.match(text)
    return m.group("date") if m else None


def heading_day(text: str, ref: date) -> tuple[str, ResolvedDate] | None:
    """The day of a heading date (`heading_date`) resolved against `ref`: a day on or before it."""
    from frontlines.when.dates import resolve

    found = heading_date(text)
    r = resolve(found, ref) if found is not None else None
    if found is None or r is None or r.precision != "day" or r.start > ref:
        return None
    return found, r


def drop_weekday(raw: str) -> str:
    """ "Tuesday, Jan. 9", "on Sunday, 7 May 2024": the date without its weekday (the date decides)."""
    return _WEEKDAY_COMMA.sub("", raw)


def in_gerund_of_sequence(ent: Any, trigger: Any) -> bool:
    """ "exchanging fire for several hours before withdrawing on Saturday": the date sits in a gerund
    of "before"/"after" the trigger is not part of, so it dates that other act, not the trigger's."""
    tok = ent.root
    while tok.head.i != tok.i:
        if tok.dep_ == "pcomp" and tok.head.lower_ in ("before", "after") and trigger not in tok.subtree:
            return True
        if tok.i == trigger.i or trigger in tok.children:
            return False
        tok = tok.head
    return False


_AGENT_NOUNS = frozenset(
    {
        "troop",
        "soldier",
        "force",
        "army",
        "police",
        "policeman",
        "fighter",
        "militant",
        "gunman",
        "rebel",
        "insurgent",
        "jihadist",
        "militia",
        "militiaman",
        "operative",
        "commando",
        "unit",
        "jet",
        "drone",
        "aircraft",
        "warplane",
        "helicopter",
        "sniper",
        "bandit",
        "terrorist",
    }
)
"""doers a ministry or an armed group's statement tells as killing ("troops had killed thirty
terrorists", "our forces killed"): the act of a day, not a toll counted up to it"""


_SETTING_PREPS = frozenset({"in", "near", "around", "at", "during", "on"})


def agent_kill(verb: Any) -> bool:
    """ "the ministry said troops had killed about thirty terrorists": an active kill with a doer as its
    subject (a force noun, a named group, "they"/"we"), an object and a setting, not a toll of an attack told
    before ("the attack had killed 44 people")."""
    if verb.lemma_.lower() != "kill" or not any(c.dep_ == "dobj" for c in verb.children):
        return False
    # a setting of its own ("in ground operations around Ouallam") tells a new act; without one, a
    # claim's "its fighters had killed dozens of soldiers" tells the story's attack again
    around = [*verb.children, *(g for c in verb.children if c.dep_ == "dobj" for g in c.children)]
    if not any(c.dep_ == "prep" and c.lower_ in _SETTING_PREPS for c in around):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    return bool(
        subj.lemma_.lower() in _AGENT_NOUNS
        or subj.lower_ in ("they", "we")
        or subj.ent_type_ in ("ORG", "NORP", "PERSON")
    )


def told_in_noun(trigger: Any, verb: Any, claimed: bool = False) -> bool:
    """ "said special forces had killed two commanders in a raid": an indefinite noun in a phrase on the
    verb a report tells, the act that verb tells; with `claimed`, the indefinite object of a claim ("In
    January, ISKP claimed a bombing"): a new act, dated by the claim's date."""
    on_verb = (
        trigger.dep_ == "dobj" and trigger.head.i == verb.i
        if claimed
        else trigger.dep_ == "pobj" and trigger.head.dep_ == "prep" and trigger.head.head.i == verb.i
    )
    return bool(on_verb and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in trigger.children))
