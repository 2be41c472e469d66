"""Date expressions against a reference (publication) date."""

from __future__ import annotations

from datetime import date

import pytest

from frontlines.when.dates import resolve
from frontlines.when.periods import ResolvedDate
from frontlines.when.relative import apply_relative, find_relative

FRIDAY = date(2017, 3, 3)  # a Friday


@pytest.mark.parametrize(
    ("expr", "start", "end", "precision"),
    [
        ("Thursday", "2017-03-02", "2017-03-02", "day"),
        ("on Thursday", "2017-03-02", "2017-03-02", "day"),
        ("early Thursday", "2017-03-02", "2017-03-02", "day"),
        ("Friday", "2017-03-03", "2017-03-03", "day"),  # the latest Friday on or before publication
        ("last Friday", "2017-02-24", "2017-02-24", "day"),
        ("Saturday", "2017-02-25", "2017-02-25", "day"),
        ("next Monday", "2017-03-06", "2017-03-06", "day"),
        ("yesterday", "2017-03-02", "2017-03-02", "day"),
        ("today", "2017-03-03", "2017-03-03", "day"),
        ("this morning", "2017-03-03", "2017-03-03", "day"),
        ("last night", "2017-03-02", "2017-03-02", "day"),
        ("last week", "2017-02-20", "2017-02-26", "week"),
        ("next week", "2017-03-06", "2017-03-12", "week"),
        ("last month", "2017-02-01", "2017-02-28", "month"),
        ("last year", "2016-01-01", "2016-12-31", "year"),
        ("in October", "2016-10-01", "2016-10-31", "month"),
        ("March", "2017-03-01", "2017-03-31", "month"),
        ("October 2017", "2017-10-01", "2017-10-31", "month"),
        ("2014", "2014-01-01", "2014-12-31", "year"),
        ("back in 2014", "2014-01-01", "2014-12-31", "year"),
        ("two years ago", "2015-01-01", "2015-12-31", "year"),
        ("three days ago", "2017-02-28", "2017-02-28", "day"),
        ("March 2", "2017-03-02", "2017-03-02", "day"),
        ("March 4", "2016-03-04", "2016-03-04", "day"),  # no year: the latest March 4 on or before
        ("2 March 2015", "2015-03-02", "2015-03-02", "day"),
        ("Jan. 25, 2013", "2013-01-25", "2013-01-25", "day"),
        ("overnight", "2017-03-02", "2017-03-03", "day"),  # the night before the reference
        ("through the night", "2017-03-02", "2017-03-03", "day"),
        ("the previous 24 hours", "2017-03-02", "2017-03-03", "day"),
        ("Thursday night", "2017-03-02", "2017-03-02", "day"),
        ("late on Wednesday", "2017-03-01", "2017-03-01", "day"),
        ("Sunday and Monday", "2017-02-26", "2017-02-27", "day"),
        ("between July 8 and July 11", "2016-07-08", "2016-07-11", "day"),
        ("Between 2008 and early 2014", "2008-01-01", "2014-03-31", "year"),
        ("late 2015", "2015-10-01", "2015-12-31", "year"),
        ("this week", "2017-02-27", "2017-03-05", "week"),
        ("five weeks ago", "2017-01-23", "2017-01-29", "week"),
        ("two months ago", "2017-01-01", "2017-01-31", "month"),
        # a month of the year before (after) the reference's
        ("August last year", "2016-08-01", "2016-08-31", "month"),
        ("in March last year", "2016-03-01", "2016-03-31", "month"),
        # "last March": the latest March before the reference's month; "next April" the first after
        ("Last March", "2016-03-01", "2016-03-31", "month"),
        ("last January", "2017-01-01", "2017-01-31", "month"),
        ("next April", "2017-04-01", "2017-04-30", "month"),
        # "earlier this week/month": from its start up to the reference, not the whole period
        ("earlier this week", "2017-02-27", "2017-03-03", "week"),
        ("Earlier this month", "2017-03-01", "2017-03-03", "month"),
        # the weekend: the latest Saturday-Sunday before the reference
        ("the weekend", "2017-02-25", "2017-02-26", "day"),
        ("over the weekend", "2017-02-25", "2017-02-26", "day"),
        ("next weekend", "2017-03-04", "2017-03-05", "day"),
        # "the past week", "the past two weeks": the period up to the reference
        ("the past week", "2017-02-24", "2017-03-03", "week"),
        ("over the past two weeks", "2017-02-17", "2017-03-03", "week"),
        ("the past three days", "2017-02-28", "2017-03-03", "day"),
    ],
)
def test_resolve(expr: str, start: str, end: str, precision: str) -> None:
    got = resolve(expr, FRIDAY)
    assert got is not None, expr
    assert (got.start.isoformat(), got.end.isoformat(), got.precision) == (start, end, precision)


@pytest.mark.parametrize("expr", ["three days", "for years", "for the past week", "recent months", "decades"])
def test_durations_and_vague_periods_are_not_dates(expr: str) -> None:
    assert resolve(expr, FRIDAY) is None


@pytest.mark.parametrize(
    ("expr", "start"),
    [
        ("Sunday", "2017-03-05"),
        ("Friday", "2017-03-03"),
        ("next Friday", "2017-03-10"),
        ("the weekend", "2017-03-04"),  # "protesters will return at the weekend"
    ],
)
def test_future_weekdays_look_ahead(expr: str, start: str) -> None:
    got = resolve(expr, FRIDAY, future=True)
    assert got is not None and got.start.isoformat() == start


def test_the_weekend_on_a_weekend_day_is_that_weekend_so_far() -> None:
    sunday = date(2017, 3, 5)
    got = resolve("over the weekend", sunday)
    assert got is not None and (got.start.isoformat(), got.end.isoformat()) == ("2017-03-04", "2017-03-05")
    got = resolve("last weekend", sunday)
    assert got is not None and got.start.isoformat() == "2017-02-25"


_DAY = ResolvedDate(date(2021, 3, 8), date(2021, 3, 8), "day")  # a Monday
_MONTH = ResolvedDate(date(2015, 9, 1), date(2015, 9, 30), "month")
_YEAR = ResolvedDate(date(2014, 1, 1), date(2014, 12, 31), "year")


@pytest.mark.parametrize(
    ("expr", "anchor", "start", "end", "precision"),
    [
        # shifts: a day anchor gives a day
        ("two weeks later", _DAY, "2021-03-22", "2021-03-22", "day"),
        ("A week earlier", _DAY, "2021-03-01", "2021-03-01", "day"),
        ("a few days later", _DAY, "2021-03-11", "2021-03-11", "day"),
        ("Days later", _DAY, "2021-03-11", "2021-03-11", "day"),  # an unstated count: a few
        ("Hours later", _DAY, "2021-03-08", "2021-03-08", "day"),
        ("A month later", _DAY, "2021-04-01", "2021-04-30", "month"),
        ("two years later", _DAY, "2023-01-01", "2023-12-31", "year"),
        # the calendar unit next to the anchor's
        ("the next day", _DAY, "2021-03-09", "2021-03-09", "day"),
        ("The previous day", _DAY, "2021-03-07", "2021-03-07", "day"),
        ("the day before.", _DAY, "2021-03-07", "2021-03-07", "day"),
        ("the following morning", _DAY, "2021-03-09", "2021-03-09", "day"),
        ("the following week", _DAY, "2021-03-15", "2021-03-21", "week"),
        ("the following month", _DAY, "2021-04-01", "2021-04-30", "month"),
        ("the following year", _MONTH, "2016-01-01", "2016-12-31", "year"),
        # the anchor's own day, month, year
        ("That same night", _DAY, "2021-03-08", "2021-03-08", "day"),
        ("later the same day", _DAY, "2021-03-08", "2021-03-08", "day"),
        ("Later that month", _DAY, "2021-03-01", "2021-03-31", "month"),
        ("later that year", _MONTH, "2015-01-01", "2015-12-31", "year"),
        # a month of the anchor's year, not the latest such month before publication
        ("that September", _YEAR, "2014-09-01", "2014-09-30", "month"),
        ("in May of that year", _YEAR, "2014-05-01", "2014-05-31", "month"),
        # a coarser anchor keeps its precision; a shift of a quarter of its unit or more moves it
        ("two weeks later", _MONTH, "2015-10-01", "2015-10-31", "month"),
        ("the next day", _MONTH, "2015-09-01", "2015-09-30", "month"),
        ("two weeks later", _YEAR, "2014-01-01", "2014-12-31", "year"),
        ("six months later", _YEAR, "2015-01-01", "2015-12-31", "year"),
    ],
)
def test_relative_expressions_against_an_anchor(
    expr: str, anchor: ResolvedDate, start: str, end: str, precision: str
) -> None:
    (found,) = find_relative(expr)
    assert expr[found[0] : found[1]].rstrip(".") == expr.rstrip(".")
    got = apply_relative(anchor, found[2])
    assert (got.start.isoformat(), got.end.isoformat(), got.precision) == (start, end, precision)


@pytest.mark.parametrize(
    "text",
    [
        "a day before the vote",  # told against the vote, not the previous date
        "they planned that march for weeks",  # not a month
        "the next day-long strike",
        "troops killed two people on Monday",
    ],
)
def test_not_relative_expressions(text: str) -> None:
    assert find_relative(text) == []
