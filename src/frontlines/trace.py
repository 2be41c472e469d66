"""The pipeline's own account of its decisions, for `frontlines explain`: short strings stored where a
decision is taken, never computed for their own sake. Nothing here reaches the output contract.

- `Trace` (one per `Doc`): why page-chrome lines went (the clean stage's decisions) and, per sentence,
  the trigger words that were considered and turned down, with the reason.
- `Mention.why` (one per mention): for each field, the rule that gave it its value.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from frontlines.clean.chrome import LineDecision


@dataclass(frozen=True)
class TriggerNote:
    """A trigger entry that matched a token's lemma but did not fire (or fired and was not kept)."""

    token_i: int
    trigger_id: str
    reason: str


@dataclass
class Trace:
    chrome: list[LineDecision] = field(default_factory=list)
    """one decision per non-blank input line (kept, or chrome with its reason)"""
    triggers: dict[int, list[TriggerNote]] = field(default_factory=dict)
    """sentence index -> trigger entries turned down in that sentence"""


def note(why: dict[str, str] | None, key: str, value: object, reason: str) -> None:
    """Record `reason` under `key` when `value` is set and nothing was recorded for `key` yet (the first
    rule that gives a value is the one that decided)."""
    if why is not None and value is not None and key not in why:
        why[key] = reason


def reject(notes: list[TriggerNote] | None, token_i: int, trigger_id: str, reason: str) -> None:
    if notes is not None:
        notes.append(TriggerNote(token_i, trigger_id, reason))
