"""The per-day summary of events (`event_day_counts`: how many events per date_start, date_end and
ACLED type, kept in step with `events` by triggers, migration 0003) and the `/api/stats` answer built
from grouped counts. Filters on the summary's columns alone (`start`, `end`, `acled_type`) are
answered from it; any other filter counts the events themselves."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import ColumnElement, Select, func, select

from frontlines.store.filters import EventFilter
from frontlines.store.schema import EventDayCountRow


def summarised(f: EventFilter) -> bool:
    """Whether these filters can be answered from the per-day summary."""
    return f == EventFilter(start=f.start, end=f.end, acled_type=f.acled_type)


def summary_counts(f: EventFilter) -> Select[*tuple[Any, ...]]:
    """(date_start, acled_type, count) rows for filters that `summarised` accepts; NULL is ''. Not
    grouped: one row per summary row (callers add up; grouping in SQL costs a sort)."""
    c = EventDayCountRow
    conds: list[ColumnElement[bool]] = [c.n > 0]
    if f.start is not None:
        conds.append(c.date_end >= f.start)  # '' (no end date) never matches, as NULL would not
    if f.end is not None:
        conds.extend([c.date_start <= f.end, c.date_start != ""])
    if f.acled_type:
        conds.append(c.acled_type.in_(f.acled_type))
    return select(c.date_start, c.acled_type, c.n).where(*conds)


def summary_total(f: EventFilter) -> Select[tuple[int | None]]:
    """How many events match filters that `summarised` accepts."""
    counts = summary_counts(f).subquery()
    return select(func.sum(counts.c.n))


def stats_json(rows: Iterable[Sequence[Any]]) -> dict[str, Any]:
    """`/api/stats` from (date_start, acled_type, count) rows ('' or None for a missing value)."""
    by_day: Counter[tuple[str, str | None]] = Counter()
    by_type: Counter[str | None] = Counter()
    for day, etype, n in rows:
        count = int(n)
        if not count:
            continue
        etype = etype or None
        by_type[etype] += count
        if day:
            by_day[(day, etype)] += count
    return {
        "total": sum(by_type.values()),
        "by_day": [
            {"date": d, "acled_type": t, "count": n}
            for (d, t), n in sorted(by_day.items(), key=lambda kv: (kv[0][0], kv[0][1] or ""))
        ],
        "by_type": [
            {"acled_type": t, "count": n}
            for t, n in sorted(by_type.items(), key=lambda kv: (-kv[1], kv[0] or ""))
        ],
    }
