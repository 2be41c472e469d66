"""Date expressions against a reference (publication) date."""

from __future__ import annotations

from datetime import date

import pytest

from frontlines.when.dates import resolve

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
