"""The incremental linking process over a set of linked events held in memory: each new mention joins
an event, starts one, or bridges several (merge: the oldest id survives, the others become redirects).

The store loads the live events a batch of new mentions could touch, runs `Clusters.add` for each new
mention in arrival order and writes back what `changes` and `touched` report (store/linking.py)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from frontlines.link.linker import Candidate, link
from frontlines.link.mention import Mention
from frontlines.link.rules import LinkRules

_WIDE_DAYS = 45
"""events spanning more days than this are always candidates instead of being indexed day by day"""


def event_id_for(mention: Mention) -> str:
    """A linked event's id, derived from its first mention: the same inputs linked again (a rebuild)
    give the same ids."""
    return "le-" + hashlib.sha256(mention.id.encode()).hexdigest()[:16]


@dataclass
class Cluster:
    id: str
    created: int
    """creation order: smaller is older (the store's change-log sequence of its creation)"""
    members: list[Mention] = field(default_factory=list)


@dataclass(frozen=True)
class Change:
    kind: str  # created | merged (the store adds one "updated" per touched event)
    event_id: str
    into: str | None = None


class Clusters:
    """Live linked events and a day index over them, for candidate lookup."""

    def __init__(self, rules: LinkRules, clusters: Iterable[Cluster] = (), next_created: int = 0) -> None:
        self.rules = rules
        self.by_id: dict[str, Cluster] = {}
        self._days: dict[int, set[str]] = {}
        self._wide: set[str] = set()
        self._undated: set[str] = set()
        self._indexed: dict[str, list[int]] = {}
        self.next_created = next_created
        self.changes: list[Change] = []
        self.touched: set[str] = set()
        self.redirects: dict[str, str] = {}
        for c in clusters:
            self.by_id[c.id] = c
            self.next_created = max(self.next_created, c.created + 1)
            self._index(c)

    def _span(self, c: Cluster) -> tuple[date, date] | None:
        spans = [
            i
            for m in c.members
            if (i := m.interval(self.rules.date_tolerance_days, self.rules.undated_window_days)) is not None
        ]
        if not spans:
            return None
        return min(s for s, _ in spans), max(e for _, e in spans)

    def _unindex(self, cid: str) -> None:
        for day in self._indexed.pop(cid, []):
            self._days.get(day, set()).discard(cid)
        self._wide.discard(cid)
        self._undated.discard(cid)

    def _index(self, c: Cluster) -> None:
        self._unindex(c.id)
        span = self._span(c)
        if span is None:
            self._undated.add(c.id)
            return
        start, end = span
        if (end - start).days > _WIDE_DAYS:
            self._wide.add(c.id)
            return
        days = list(range(start.toordinal(), end.toordinal() + 1))
        for d in days:
            self._days.setdefault(d, set()).add(c.id)
        self._indexed[c.id] = days

    def candidates(self, mention: Mention) -> list[Cluster]:
        span = mention.interval(self.rules.date_tolerance_days, self.rules.undated_window_days)
        if span is None:
            return []  # nothing known about when: it stays on its own
        ids = set(self._wide)
        day = span[0]
        while day <= span[1]:
            ids |= self._days.get(day.toordinal(), set())
            day += timedelta(days=1)
        return [self.by_id[i] for i in sorted(ids)]

    def add(self, mention: Mention) -> str:
        """Link one mention; returns the id of the event it now belongs to."""
        cands = self.candidates(mention)
        decision = link(mention, [Candidate(c.id, c.created, c.members) for c in cands], self.rules)
        if decision.kind == "new" or decision.target is None:
            c = Cluster(event_id_for(mention), self.next_created, [mention])
            while c.id in self.by_id or c.id in self.redirects:  # the same first mention linked twice
                c.id = event_id_for(mention) + f"-{self.next_created}"
            self.next_created += 1
            self.by_id[c.id] = c
            self.changes.append(Change("created", c.id))
            self.touched.add(c.id)
            self._index(c)
            return c.id
        target = self.by_id[decision.target]
        target.members.append(mention)
        for loser_id in decision.merged:
            loser = self.by_id.pop(loser_id)
            self._unindex(loser_id)
            target.members.extend(loser.members)
            self.redirects[loser_id] = target.id
            for old, new in list(self.redirects.items()):
                if new == loser_id:
                    self.redirects[old] = target.id
            self.touched.discard(loser_id)
            self.changes.append(Change("merged", loser_id, into=target.id))
        self._index(target)
        self.touched.add(target.id)  # the store logs one "updated" per touched event it did not create
        return target.id
