"""Follow-up mentions: sentences that tell again an event told before, with words that alone tell no
event ("Two more soldiers were wounded.", "Five bodies were found beside the highway."). A `follow_up`
trigger entry (triggers.v1.yaml) makes an event only in an article that told an event of its PLOVER
type before it; with none (a road accident's injured, a drowned hiker's body found), it is no event.
"""

from __future__ import annotations

from frontlines.code.mention import Mention
from frontlines.pipeline import Doc


def orphan_toll(doc: Doc, m: Mention) -> bool:
    """True when `m` is a follow-up trigger and the article coded no event of its PLOVER type before
    it."""
    if not m.trigger.follow_up:
        return False
    kind = m.trigger.plover.type
    return not any(e.plover.type == kind and e.evidence.start < m.trigger_start for e in doc.events)
