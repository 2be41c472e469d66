"""Relative date expressions told against an anchor date, not the publication date: "two weeks later",
"the next day", "the following year", "that September", "hours later", "the day before"
(docs/dates.md, "Relative expressions")."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal, cast

from frontlines.when.periods import (
    MONTHS,
    NUMBER_WORDS,
    PRECISION_ORDER,
    ResolvedDate,
    month_range,
    shift_months,
)

Unit = Literal["day", "week", "month", "year"]
_UNIT_DAYS: dict[str, float] = {"day": 1, "week": 7, "month": 30.4, "year": 365.25}
_DAY_PARTS = r"day|night|morning|afternoon|evening"
_UNITS = rf"(?:{_DAY_PARTS}|week|month|year)"
_MONTH_NAMES = "|".join([*(m for m in calendar.month_name if m), "Sept"])
_COUNT_WORDS = r"\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|a\s+few"
_RELATIVE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # "that September", "that same September", "in September that year", "September of that year"
    # (month names capitalised: not "that march")
    ("month", re.compile(rf"\b(?i:that|the\s+same)\s+(?i:same\s+)?({_MONTH_NAMES})\b(?!\s+\d)")),
    (
        "month",
        re.compile(rf"\b(?i:in\s+)?({_MONTH_NAMES})\s+(?i:of\s+)?(?i:that)\s+(?i:same\s+)?(?i:year)\b"),
    ),
    # "the next day", "the following week", "the previous month", "the preceding year"
    ("calendar", re.compile(rf"\bthe\s+(next|following|previous|preceding|prior)\s+({_UNITS})\b(?!-)", re.I)),
    # "the day before", "the night before", "the day after" (not "the day after the vote")
    ("calendar", re.compile(rf"\bthe\s+({_DAY_PARTS})\s+(before|after)(?=\s*(?:[,.;:)]|$))", re.I)),
    # "two weeks later", "a day earlier", "days later", "a few months before", "hours later"
    (
        "shift",
        re.compile(
            rf"\b(?:({_COUNT_WORDS})\s+|a\s+couple\s+of\s+)?(minute|hour|day|week|month|year)s?\s+"
            r"(later|earlier|afterwards|(?:after|before)(?=\s*(?:[,.;:)]|$)))\b",
            re.I,
        ),
    ),
    # "that same night", "that day", "later that month", "earlier the same day", "that very morning"
    (
        "same",
        re.compile(
            rf"\b(?:(?:later|earlier)\s+(?:on\s+|in\s+)?)?(?:that|the\s+same)\s+(?:(?:same|very)\s+)?"
            rf"({_UNITS})\b(?!-)",
            re.I,
        ),
    ),
)


@dataclass(frozen=True)
class Relative:
    """A date told against an anchor date: "two weeks later" (shift 14 days), "the following year"
    (the calendar year after the anchor's), "that same night" (the anchor's own day), "that
    September" (September of the anchor's year)."""

    kind: Literal["shift", "calendar", "same", "month"]
    unit: Unit = "day"
    amount: int = 0
    month: int = 0


def _unit(word: str) -> Unit:
    word = word.lower()
    return cast(Unit, word if word in ("week", "month", "year") else "day")


def find_relative(text: str) -> list[tuple[int, int, Relative]]:
    """The relative date expressions of a sentence: (start, end, what they say), by character offsets."""
    found: list[tuple[int, int, Relative]] = []
    for kind, pattern in _RELATIVE_PATTERNS:
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e, _ in found):
                continue
            rel = _relative(kind, m)
            if rel is not None:
                found.append((m.start(), m.end(), rel))
    return sorted(found, key=lambda f: f[0])


def _relative(kind: str, m: re.Match[str]) -> Relative | None:
    if kind == "month":
        return Relative("month", "month", 0, MONTHS[m.group(1).lower()])
    if kind == "calendar":
        first, second = m.group(1).lower(), m.group(2).lower()
        if second in ("before", "after"):  # "the day before"
            return Relative("calendar", "day", 1 if second == "after" else -1)
        return Relative("calendar", _unit(second), -1 if first in ("previous", "preceding", "prior") else 1)
    if kind == "same":
        return Relative("same", _unit(m.group(1)))
    number, unit, direction = m.group(1), m.group(2).lower(), m.group(3).lower()
    sign = -1 if direction in ("earlier", "before") else 1
    if unit in ("minute", "hour"):
        return Relative("same", "day")
    if number is None:
        n = 2 if m.group(0).lower().startswith("a couple") else NUMBER_WORDS["several"]
    else:
        key = " ".join(number.lower().split()[-1:])
        n = int(number) if number.isdigit() else NUMBER_WORDS.get(key, 1)
    return Relative("shift", _unit(unit), sign * n)


def _period(d: date, unit: str) -> ResolvedDate:
    """The calendar day, week (Monday..Sunday), month or year containing `d`."""
    if unit == "week":
        monday = d - timedelta(days=d.weekday())
        return ResolvedDate(monday, monday + timedelta(days=6), "week")
    if unit == "month":
        return month_range(d.year, d.month)
    if unit == "year":
        return ResolvedDate(date(d.year, 1, 1), date(d.year, 12, 31), "year")
    return ResolvedDate(d, d, "day")


def _add(d: date, unit: str, n: int) -> date:
    if unit in ("day", "week"):
        return d + timedelta(days=n * (7 if unit == "week" else 1))
    months = n * (12 if unit == "year" else 1)
    y, mo = shift_months(date(d.year, d.month, 1), months)
    return date(y, mo, min(d.day, calendar.monthrange(y, mo)[1]))


def apply_relative(anchor: ResolvedDate, rel: Relative) -> ResolvedDate:
    """`rel` told against `anchor`. A period of the relative's unit when that is at least as coarse as
    the anchor's precision ("the following year" after "November 2012": 2013). Against a coarser anchor
    the result keeps the anchor's precision: the period the anchor's end (start, going back) moves into
    when the shift is at least a quarter of the anchor's unit ("two weeks later" after "September
    2015": October 2015), else the anchor itself ("the next day" after "in October": October)."""
    if rel.kind == "month":
        return month_range(anchor.start.year, rel.month)
    coarser = PRECISION_ORDER[rel.unit] >= PRECISION_ORDER[anchor.precision]
    if rel.kind == "same" or rel.amount == 0:
        return _period(anchor.start, rel.unit) if coarser and rel.unit != anchor.precision else anchor
    point = anchor.end if rel.amount > 0 else anchor.start
    moved = _add(point, rel.unit, rel.amount)
    if coarser:
        # "two weeks later" after a day is a day (after a week, a week); "the following week" a week
        unit = "day" if rel.kind == "shift" and rel.unit in ("day", "week") else rel.unit
        return _period(moved, anchor.precision if unit == "day" else unit)
    if abs((moved - point).days) >= _UNIT_DAYS[anchor.precision] / 4:
        return _period(moved, anchor.precision)
    return anchor
