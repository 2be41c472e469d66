"""A trigger found in a parsed sentence, and the event type it codes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from frontlines.knowledge import Trigger


@dataclass(frozen=True)
class TriggerHit:
    doc: Any
    token_i: int
    start_i: int
    """first token of the trigger phrase (the modifier in "drone strike")"""
    trigger: Trigger
    end_i: int = -1
    """last token of the trigger phrase when it is past `token_i` ("opened fire"); -1: token_i"""


def type_key(trig: Trigger) -> tuple[str, str]:
    """(event type, sub-type) a trigger codes: its ACLED pair, else ("PLOVER " + type, mode)."""
    if trig.acled is not None:
        return trig.acled.event_type, trig.acled.sub_event_type
    return f"PLOVER {trig.plover.type}", trig.plover.mode or ""
