"""Follow-up mentions: sentences that tell again an event told before, with words that alone tell no
event ("Two more soldiers were wounded."). A `follow_up` trigger entry (triggers.v1.yaml) makes an
event with its doer stated ("gunmen wounded three policemen") or as a further toll of the event the
article told before; told with neither ("Five people were injured." in an article with no violence
before it: a road accident, a stampede), it is no event.
"""

from __future__ import annotations

from typing import Any

from frontlines.code.mention import Mention
from frontlines.model import Event
from frontlines.pipeline import Doc

_DOER_DEPS = ("nsubj", "csubj", "agent")


def orphan_toll(doc: Doc, m: Mention, antecedent: Event | None) -> bool:
    """True when `m` is a follow-up trigger with no doer in its clause and no earlier event to be the
    toll of."""
    if not m.trigger.follow_up or antecedent is not None:
        return False
    tok: Any = doc.parses[m.sentence][m.trigger_i]
    return not any(c.dep_ in _DOER_DEPS for c in tok.children)
