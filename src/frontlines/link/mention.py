"""A `Mention`: one coded event from one article, with what linking needs from the article (its source,
its publication date). Linked events are made of mentions; the contract `Event` is kept whole so the
provenance of every field can point back at its evidence span."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from frontlines.model import Event

LINKABLE = frozenset({"asserted", "uncertain"})
"""Only mentions that report something as having happened become (part of) an event; predicted,
hypothetical and negated mentions stay mentions (DESIGN.md §2 keeps them, marked)."""


@dataclass(frozen=True)
class Mention:
    event: Event
    article_id: str
    source: str | None
    published: str | None
    order: int = 0
    """position in arrival order (ingest order; rebuilds sort by it)"""

    @property
    def id(self) -> str:
        return self.event.id

    @property
    def source_key(self) -> str:
        """Who reported it: the outlet, or the article when the outlet is unknown."""
        return (self.source or "").strip().lower() or f"article:{self.article_id}"

    def interval(self, tolerance: dict[str, int], undated_days: int) -> tuple[date, date] | None:
        """The days the event may have happened on, widened by its precision's tolerance; an undated
        mention gets the days before publication. None: nothing is known."""
        d = self.event.date
        if d.start:
            start = date.fromisoformat(d.start)
            end = date.fromisoformat(d.end or d.start)
            tol = timedelta(days=tolerance.get(d.precision or "day", 0))
            return start - tol, end + tol
        if self.published:
            pub = date.fromisoformat(self.published)
            return pub - timedelta(days=undated_days), pub
        return None

    @property
    def day(self) -> str | None:
        """The event's day when the date is day-precise."""
        d = self.event.date
        return d.start if d.start and d.precision == "day" and (d.end in (None, d.start)) else None


def linkable(event: Event) -> bool:
    return event.factuality in LINKABLE
