"""Place copies: the events one trigger codes once per coordinated place.

ACLED codes one event a place, so when an event's sentence coordinates places ("protests in Tripoli,
Benghazi and Misrata"), the events stage (`frontlines.stages`, with `geo.coordinated.coordinated_places`)
keeps the event for its own place and appends a copy of it for each other place. A copy is the same
event — type, actors, date, factuality and evidence (sentence, offsets, trigger) — with an id of its own
(a hash of the event's id and the place's name), the other place as its location and no fatalities (the
toll, told once for all, stays with the first).

Where events are counted a copy is an event of its own (the team gold codes one a place too); where the
trigger or the incident is what is scored it is not: WikiEvents counts the copies of an event as one
trigger, MUC-4 lists their places in one template, and the confidence fit (scripts/fit_confidence.py)
traces a copy back to the mention it was coded from. All three find the copies by `copy_key`.

Events with the same key are copies of one another unless their types differ (an announced action's
promise or threat, `code.intent_events.intent_event`, keeps the action's evidence too; the callers key on
the type where that matters) or the trigger word stands twice in the sentence.
"""

from __future__ import annotations

from frontlines.model import Event

CopyKey = tuple[int, str]


def copy_key(event: Event) -> CopyKey:
    """What an event shares with its place copies: where its evidence sentence starts in the article
    body, and its trigger text. For a mention `m` of a pipeline `Doc` the events coded from it have the
    key `(doc.sentences[m.sentence].start, m.trigger_text)`."""
    return event.evidence.start, event.evidence.trigger
