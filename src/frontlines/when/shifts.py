"""How far a trigger's date lies from another date its sentence tells: counts ("three", "fifth"), "a day
earlier" / "two weeks later", a clause "a day after" another, anniversaries ("marked one year since",
"the 10th anniversary"), "has been attacking ... for three days" (`when.clauses.choose`)."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from frontlines.when.periods import NUMBER_WORDS, ResolvedDate
from frontlines.when.syntax import clause, mark_of

Token = Any
Span = Any

_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "twentieth": 20, "thirtieth": 30, "fiftieth": 50,
}  # fmt: skip
_COUNT = r"(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few)"
_RELATIVE = re.compile(
    rf"^(?:{_COUNT}\s+(day|week)s?\s+(earlier|later|before|after)|(?:later\s+)?(?:on\s+)?(?:the\s+same|that)\s+day)$",
    re.I,
)


def count(word: str) -> int | None:
    word = word.lower()
    if word.isdigit():
        return int(word)
    return NUMBER_WORDS.get(word)


def ordinal(word: str) -> int | None:
    word = word.lower()
    m = re.fullmatch(r"(\d+)(?:st|nd|rd|th)", word)
    return int(m.group(1)) if m else _ORDINALS.get(word)


def day_shift(ent_text: str) -> int | None:
    m = _RELATIVE.match(ent_text.strip())
    if not m:
        return None
    if m.group(1) is None:
        return 0
    n = count(m.group(1))
    if n is None:
        return None
    days = n * (7 if m.group(2).lower() == "week" else 1)
    return -days if m.group(3).lower() in ("earlier", "before") else days


def after_clause_shift(trigger_clause: Token) -> tuple[int, str] | None:
    """ "a day after security forces killed X": the trigger's clause is N days before its parent's date
    (with the unit told: "three weeks after" gives a week)."""
    mark = mark_of(trigger_clause)
    if mark not in ("after", "before") or trigger_clause.head.i == trigger_clause.i:
        return None
    marks = [c for c in trigger_clause.children if c.dep_ == "mark"]
    # "two weeks after": the measure hangs on the clause's verb or on its "after"
    for c in [*trigger_clause.children, *(g for m in marks for g in m.children)]:
        if c.dep_ == "npadvmod" and c.lemma_.lower() in ("day", "week", "month", "year"):
            nums = [n for n in c.children if n.dep_ in ("nummod", "det")]
            n = count(nums[0].lower_) if nums else 1
            if n is None:
                return None
            unit = c.lemma_.lower()
            if unit in ("month", "year") and (not nums or any(m.dep_ == "amod" for m in c.children)):
                continue  # "in August last year after ...": not a measure
            if unit in ("month", "year"):
                # "a year after it fell", "two months after 100 civilians were slaughtered": that many
                # months before, the month told
                months = n * (12 if unit == "year" else 1)
                return (-months if mark == "after" else months), "month"
            days = n * (7 if unit == "week" else 1)
            # "a week after" counts seven days; "three weeks after" is a round figure: that week
            unit = "week" if unit == "week" and n > 1 else "day"
            return (-days if mark == "after" else days), unit
    return None


def anniversary_years(trigger: Token, trigger_clause: Token) -> int | None:
    """ "marked one year on Wednesday since gunmen stormed ...", "the 10th anniversary of the massacre"."""
    if mark_of(trigger_clause) == "since" and trigger_clause.head.i != trigger_clause.i:
        parent = clause(trigger_clause.head)
        for c in parent.children:
            if c.dep_ == "npadvmod" and c.lemma_.lower() == "year":
                nums = [n for n in c.children if n.dep_ in ("nummod", "det")]
                return count(nums[0].lower_) if nums else 1
    for tok in (trigger, *trigger.ancestors):
        if tok.lemma_.lower() == "anniversary":
            for c in tok.children:
                if c.dep_ in ("amod", "nummod"):
                    n = ordinal(c.lower_)
                    if n is not None:
                        return n
            return None
    return None


def years_before(d: ResolvedDate, years: int) -> ResolvedDate:
    def back(x: date) -> date:
        try:
            return x.replace(year=x.year - years)
        except ValueError:  # 29 February
            return x.replace(year=x.year - years, day=28)

    return ResolvedDate(back(d.start), back(d.end), d.precision)


def months_from(d: date, months: int) -> ResolvedDate:
    """The month `months` calendar months from `d`'s, month precision."""
    k = d.year * 12 + d.month - 1 + months
    start = date(k // 12, k % 12 + 1, 1)
    after = date((k + 1) // 12, (k + 1) % 12 + 1, 1)
    return ResolvedDate(start, after - timedelta(days=1), "month")


def ongoing(trigger: Token) -> bool:
    """ "have been battling", "has been attacking": a perfect progressive runs up to the time of telling."""
    aux = {c.lower_ for c in trigger.children if c.dep_ == "aux"}
    return trigger.tag_ == "VBG" and "been" in aux and bool(aux & {"has", "have", "had"})


_FOR_DAYS = re.compile(r"^(?:the\s+(?:past|last)\s+)?(\w+)\s+days$", re.I)


def days_so_far(ent: Span, trigger: Token) -> int | None:
    """ "has been attacking the town for three days": N days up to the time of telling."""
    m = _FOR_DAYS.match(ent.text)
    if not m or ent.start == 0 or ent.doc[ent.start - 1].lower_ != "for" or not ongoing(trigger):
        return None
    if ent.doc[ent.start - 1].head.i != trigger.i:
        return None
    n = count(m.group(1))
    return n if n is not None and 1 < n <= 31 else None
