"""Calendar words and the period type every date expression resolves to (`when.dates.resolve`): a
start and an end day with a precision."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

Precision = Literal["day", "week", "month", "year"]

WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": 3, "few": 3,
}  # fmt: skip
PRECISION_ORDER: dict[str, int] = {"day": 0, "week": 1, "month": 2, "year": 3}


@dataclass(frozen=True)
class ResolvedDate:
    start: date
    end: date
    precision: Precision


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def shift_months(ref: date, months: int) -> tuple[int, int]:
    total = ref.year * 12 + (ref.month - 1) + months
    return total // 12, total % 12 + 1


def month_range(year: int, month: int) -> ResolvedDate:
    return ResolvedDate(date(year, month, 1), month_end(year, month), "month")


def day_before(d: ResolvedDate) -> ResolvedDate:
    """The day before the period's first day ("on the eve of Thursday's vote": Wednesday)."""
    day = d.start - timedelta(days=1)
    return ResolvedDate(day, day, "day")
