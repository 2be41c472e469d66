"""Helpers for the tests that code invented sentences with the real extractor and look at the events."""

from __future__ import annotations

from frontlines.extract import Extractor
from frontlines.model import Actor, Event


def events(extractor: Extractor, text: str, published: str = "2021-05-06") -> list[Event]:
    return extractor.extract_text(text, published=published).events


def first(extractor: Extractor, text: str, trigger: str | None = None) -> Event:
    """The first event coded from `text` (published 2021-05-06), or the first with that trigger."""
    found = events(extractor, text)
    if trigger is not None:
        found = [e for e in found if e.evidence.trigger == trigger]
    assert found, text
    return found[0]


def who(actor: Actor | None) -> tuple[str | None, str | None, str | None]:
    """An actor as (name, country, kind); (None, None, None) for none."""
    if actor is None:
        return (None, None, None)
    return (actor.name, actor.country, actor.kind)


def trigger_subtypes(extractor: Extractor, text: str) -> list[tuple[str, str | None]]:
    """(trigger, ACLED sub-event type) of each event coded from `text` (published 2024-10-05)."""
    found = events(extractor, text, published="2024-10-05")
    return [(e.evidence.trigger, e.acled.sub_event_type if e.acled else None) for e in found]
