"""Troops sent to help are aid (PLOVER, extract.event_scope = "all").

"The United States will send 600 troops to the southern Philippines to help train government forces",
"Italy deployed soldiers to Albania to protect aid convoys": a deployment whose stated purpose is help
(cues.v1.yaml `plover_frames.helping_purposes`) is military aid or protection (CAMEO 072 / 074, PLOVER
AID), not a mobilisation (15); announced, it is a promise of aid (03, AGREE; code/intent_events.py).
"""

from __future__ import annotations

from typing import Any

from frontlines.code.clause import has_to
from frontlines.knowledge import cues
from frontlines.model import Event, Plover


def _purposes(tok: Any) -> list[Any]:
    """The infinitives of purpose of a verb ("sent troops to help", "to help train": both verbs)."""
    out = []
    for c in tok.children:
        if c.dep_ in ("advcl", "xcomp") and has_to(c):
            out.append(c)
            out += [x for x in c.children if x.dep_ in ("xcomp", "ccomp") and x.pos_ == "VERB"]
    return out


def helping_deployment(event: Event, trigger_tok: Any) -> Event:
    """A MOBILIZE event whose verb states a helping purpose, retyped AID; other events unchanged."""
    frames = cues().plover_frames
    if event.plover.type != "MOBILIZE" or frames is None or trigger_tok.pos_ != "VERB":
        return event
    helping = {w.lower() for w in frames.helping_purposes}
    if not any(p.lemma_.lower() in helping for p in _purposes(trigger_tok)):
        return event
    return event.model_copy(update={"plover": Plover(type="AID"), "cameo": "072"})
