"""A trigger found in a parsed sentence, and the event type it codes."""

from __future__ import annotations

from collections.abc import Sequence
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


OWN_ACTS = frozenset({"destroy", "abduct"})
"""PLOVER modes of acts a killing beside them is no outcome of: "40 civilians were killed and the
militants set fire to shops", "killing a teacher and abducting 15 residents" tell two acts."""


def outranked(hit: TriggerHit, hits: Sequence[TriggerHit]) -> bool:
    """A generic trigger beside a specific one of its PLOVER type ("air strikes ... in the deadliest
    attack"); for a killing, a specific one other than an act of its own (`OWN_ACTS`)."""
    if not hit.trigger.generic:
        return False
    kill = hit.trigger.id == "kill"
    return any(
        not o.trigger.generic
        and o.trigger.id != "kill"
        and o.trigger.plover.type == hit.trigger.plover.type
        and not (kill and o.trigger.plover.mode in OWN_ACTS)
        for o in hits
    )
