"""Hand-made events and a stub extractor for the benchmark adapters' tests: each adapter test writes the
events the stub codes, so every count in the report is known."""

from __future__ import annotations

from frontlines import model
from frontlines.model import Event, ExtractResult


def bench_event(
    acled: tuple[str, str],
    *,
    plover: str = "ASSAULT",
    mode: str | None = None,
    sentence: str = "s",
    trigger: str = "attacked",
    start: str | None = None,
    place: tuple[str, str] | None = None,
    actor1: tuple[str, str] | None = None,
    actor1_id: str | None = None,
    actor2: tuple[str, str, str] | None = None,
    factuality: str = "asserted",
) -> Event:
    """An event with the given ACLED pair; `place` is (name, country), `actor1` (text, name) of kind
    rebels, `actor2` (text, name, kind); the evidence is the whole `sentence`."""
    return Event(
        id="e",
        plover=model.Plover(type=plover, mode=mode),  # type: ignore[arg-type]
        acled=model.Acled(event_type=acled[0], sub_event_type=acled[1]),
        actor1=model.Actor(text=actor1[0], name=actor1[1], kind="rebels", id=actor1_id) if actor1 else None,
        actor2=model.Actor(text=actor2[0], name=actor2[1], kind=actor2[2]) if actor2 else None,  # type: ignore[arg-type]
        location=model.Place(text=place[0], name=place[0], country=place[1], precision="city")
        if place
        else None,
        date=model.EventDate(start=start, end=start, precision="day" if start else None),
        fatalities=model.Fatalities(),
        factuality=factuality,  # type: ignore[arg-type]
        historical=False,
        evidence=model.Evidence(sentence=sentence, start=0, end=len(sentence), trigger=trigger),
        confidence=0.5,
    )


class StubExtractor:
    """Returns the given events for each document in turn and records what it was given."""

    def __init__(self, outputs: list[list[Event]]) -> None:
        self.outputs = outputs
        self.calls: list[tuple[str, str | None]] = []

    def extract_text(self, text: str, published: str | None = None) -> ExtractResult:
        self.calls.append((text, published))
        events = self.outputs[len(self.calls) - 1]
        return ExtractResult(article=model.Article(id="a", body=text), events=events)
