"""Human-readable summaries of results (rich tables) for the CLI."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from rich.table import Table

from frontlines.errors import Duplicate, Rejected, StageError
from frontlines.model import Actor, Event, ExtractResult


def _actor(actor: Actor | None) -> str:
    if actor is None:
        return "-"
    return f"{actor.name} [{actor.country or '?'}]"


def _row(event: Event) -> list[str]:
    acled = f"{event.acled.event_type} / {event.acled.sub_event_type}" if event.acled else event.plover.type
    place = event.location.name + f" [{event.location.country or '?'}]" if event.location else "-"
    when = event.date.start or "-"
    if event.date.text is None and event.date.start:
        when += " (pub.)"
    deaths = str(event.fatalities.best) if event.fatalities.best is not None else "-"
    status = event.factuality + (" hist." if event.historical else "")
    return [
        acled,
        _actor(event.actor1),
        _actor(event.actor2),
        place,
        when,
        deaths,
        status,
        event.evidence.trigger,
    ]


def summary_table(results: Sequence[ExtractResult]) -> Table:
    table = Table(title="frontlines: coded events", show_lines=False, expand=True)
    for col in (
        "article",
        "ACLED type / sub-type",
        "actor1",
        "actor2",
        "place",
        "date",
        "killed",
        "factuality",
        "trigger",
    ):
        table.add_column(col, overflow="fold")
    for res in results:
        label = (res.article.title or res.article.id)[:40]
        if not res.events:
            table.add_row(label, "(no events)", *["" for _ in range(7)])
        for i, event in enumerate(res.events):
            table.add_row(label if i == 0 else "", *_row(event))
        table.add_section()
    return table


@dataclass
class BatchCounts:
    """The counts every batch summary has (`extract`'s `Tally`, `ingest`'s `IngestSummary`): documents
    read, events coded, duplicates, failures and rejections by reason."""

    read: int = 0
    events: int = 0
    duplicates: int = 0
    failed: int = 0
    rejected: Counter[str] = field(default_factory=Counter)

    @property
    def rejected_total(self) -> int:
        return sum(self.rejected.values())


@dataclass
class Tally(BatchCounts):
    """What happened to an `extract` batch: `BatchCounts` plus the documents coded."""

    coded: int = 0

    def add(self, outcome: ExtractResult | Rejected | StageError) -> None:
        self.read += 1
        if isinstance(outcome, ExtractResult):
            self.coded += 1
            self.events += len(outcome.events)
        elif isinstance(outcome, Duplicate):
            self.duplicates += 1
        elif isinstance(outcome, Rejected):
            self.rejected[outcome.reason] += 1
        else:
            self.failed += 1

    def summary(self) -> str:
        reasons = ", ".join(f"{k} {v}" for k, v in sorted(self.rejected.items()))
        rejected = f"{self.rejected_total} rejected" + (f" ({reasons})" if reasons else "")
        return (
            f"summary: {self.read} read, {self.coded} coded ({self.events} events), "
            f"{self.duplicates} duplicate(s), {rejected}, {self.failed} failed"
        )
