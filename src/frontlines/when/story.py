"""Readings that tie a mention to the story the article tells (docs/dates.md): a predicted event's
weekday lies ahead ("called for more protests on Monday"); "on the eve of the strike" is the day before
the strike told earlier; "since the fighting began" tells the start of the story; a sentence with no
event mention still tells its paragraph's date ("On Wednesday, relatives gathered outside the
morgue."); a day span that a course clause runs on ("late on Monday, triggering a gunbattle that
lasted until Tuesday afternoon")."""

from __future__ import annotations

import dataclasses
import re
from datetime import date
from typing import Any

from frontlines.when.dates import resolve
from frontlines.when.periods import NUMBER_WORDS, ResolvedDate
from frontlines.when.spans import WEEKDAY_RE
from frontlines.when.syntax import REPORTING

Token = Any

START_VERBS = frozenset({"begin", "start", "erupt", "break", "flare"})
"""verbs whose subject is the story's fighting told from its start ("since the fighting began")"""
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
"""determiners of a noun that names a thing told before ("the strike", "this attack")"""


def ahead(choice: Any, trigger_i: int, ref: date) -> Any:
    """A predicted event ("called for more protests on Monday", "called a general strike for Tuesday")
    whose day is told after it: the first such day on or after `ref`, not the last before it. A date
    told before the event noun is the call's ("called on Monday for a strike")."""
    r = choice.resolved
    if r is None or choice.reported or choice.start <= trigger_i or r.precision != "day" or r.end >= ref:
        return choice
    later = resolve(choice.text, ref, future=True)
    if later is None or later.start < ref:
        return choice
    return dataclasses.replace(choice, resolved=later)


def called_day(ent: Any) -> bool:
    """ "called a general strike for Tuesday", "a rally set for Sunday": a day an event is called for
    lies ahead (not "arrested for Tuesday's killing": a possessive)."""
    return bool(ent.start > 0 and ent.doc[ent.start - 1].lower_ == "for" and ent.root.dep_ == "pobj")


_SHIFT_UNITS = {"hour": 0, "hours": 0, "day": 1, "days": 1, "week": 7, "weeks": 7}
DAY_BEFORE = -1
"""the shift of "on the eve of X" and "a day before X": the day before X's first day, whatever X's
precision (`context`); a larger shift counts from a day X"""


def _before_noun(parse: Any, tok: Any) -> tuple[int, int] | None:
    """ "the day after", "hours after", "two days before", "on the eve of" ending at `tok` (its last
    word): (the phrase's first token, the day shift)."""
    low = tok.lower_
    if low == "of" and tok.i >= 1 and parse[tok.i - 1].lower_ == "eve":
        start = tok.i - 3 if tok.i >= 3 and parse[tok.i - 3].lower_ == "on" else tok.i - 2
        return max(start, 0), DAY_BEFORE
    if low not in ("after", "before") or tok.i < 1 or parse[tok.i - 1].lower_ not in _SHIFT_UNITS:
        return None
    unit = parse[tok.i - 1]
    before = parse[unit.i - 1] if unit.i >= 1 else None
    if before is not None and (before.lower_ in NUMBER_WORDS or before.text.isdigit()):
        n = int(before.text) if before.text.isdigit() else NUMBER_WORDS[before.lower_]
        start, days = before.i, _SHIFT_UNITS[unit.lower_] * n  # "a day after", "two weeks before"
    elif before is not None and before.lower_ == "the" and unit.lower_ == "day":
        start, days = before.i, 1  # "the day after the vote"
    elif unit.lower_ == "hours":
        start, days = unit.i, 0  # "hours after the strike": that day
    else:
        return None  # "days after the attack": no count
    return start, days if low == "after" else -days


def shift_from_event(parse: Any, trigger_i: int) -> tuple[str, str, str, int] | None:
    """ "On the eve of the strike, fighters ambushed a convoy", "Hours after the strike, a missile
    attack ...", "a day after the raid": the phrase, the stem and the lemma of the definite event noun
    it is told against, and the days after (before) it (`DAY_BEFORE` for the eve), when the phrase sits
    in the trigger's sentence before it or on its verb."""
    for tok in parse:
        found = _before_noun(parse, tok)
        if found is None or tok.i + 1 >= len(parse):
            continue
        nouns = [c for c in tok.children if c.dep_ == "pobj" and c.pos_ == "NOUN"]
        if not nouns or not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in nouns[0].children):
            continue
        if found[1] != DAY_BEFORE and nouns[0].i == trigger_i:
            found = (found[0], 0)  # the raid of "a day after the raid" is the raid told before
        if tok.i > trigger_i and tok.head.i != trigger_i and tok.head.head.i != trigger_i:
            continue
        start, days = found
        return parse[start : nouns[0].i + 1].text, stem(nouns[0]), str(nouns[0].lemma_).lower(), days
    return None


def stem(tok: Token) -> str:
    """ "shelled", "shelling" -> "shell": a trigger's word without its inflection."""
    lemma = str(tok.lemma_).lower()
    return lemma[:-3] if lemma.endswith("ing") and len(lemma) > 6 else lemma


def began(tok: Token) -> bool:
    """ "since the fighting began", "when the clashes erupted": a definite event noun that is the
    subject of a verb of starting tells the story from its start."""
    return bool(
        tok.pos_ == "NOUN"
        and tok.dep_ == "nsubj"
        and tok.head.lemma_.lower() in START_VERBS
        and any(c.dep_ == "det" and c.lower_ in DEFINITE for c in tok.children)
    )


_FRONTED = re.compile(
    rf"^(?:(?:early|late)\s+)?on\s+({WEEKDAY_RE}(?:\s+(?:morning|afternoon|evening|night))?)\s*,",
    re.I,
)


def fronted_day(sentence: str) -> str | None:
    """ "On Wednesday, relatives of the dead gathered outside the morgue": the day a sentence opens with."""
    m = _FRONTED.match(sentence.strip())
    return m.group(1) if m else None


def main_verb(parse: Any) -> int | None:
    """The root verb of a sentence with no event mention, whose date is the news day it tells ("On
    Wednesday, relatives of the dead gathered outside the morgue"): not a report's or a claim's."""
    root = next((t for t in parse if t.head.i == t.i), None)
    if root is None or root.pos_ not in ("VERB", "AUX") or root.lemma_.lower() in REPORTING:
        return None
    return int(root.i)


def runs_on(day: ResolvedDate, ends: list[ResolvedDate]) -> ResolvedDate:
    """ "attacked ... late on Monday, triggering a gunbattle that lasted until Tuesday afternoon": a day
    that a course clause of its own clause runs on to a later day (within a week) spans both."""
    if day.precision != "day":
        return day
    later = [e.end for e in ends if e.precision == "day" and 0 < (e.end - day.end).days <= 7]
    return ResolvedDate(day.start, max(later), "day") if later else day
