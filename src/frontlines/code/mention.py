"""A mention under construction: one event reported in one sentence, filled in stage by stage."""

from __future__ import annotations

from dataclasses import dataclass, field

from frontlines.knowledge import AcledPair, Trigger
from frontlines.model import Actor, Count, EventDate, Factuality, Fatalities, Place


@dataclass
class Mention:
    sentence: int
    """index into Doc.sentences"""
    trigger_i: int
    """token index of the trigger's head in the sentence's parse"""
    trigger_text: str
    trigger_start: int
    """character offset of the trigger in the body"""
    trigger: Trigger
    acled: AcledPair | None = None
    actor1: Actor | None = None
    actor2: Actor | None = None
    location: Place | None = None
    location_source: str | None = None
    """"sentence", "paragraph" or "dateline": where the place was found"""
    date: EventDate | None = None
    fatalities: Fatalities | None = None
    injured: Count | None = None
    captured: Count | None = None
    factuality: Factuality = "asserted"
    factuality_cue: str | None = None
    attribution: str | None = None
    historical: bool = False
    why: dict[str, str] = field(default_factory=dict)
    """field -> the rule that gave it its value (for `frontlines explain`; not part of the output)"""
