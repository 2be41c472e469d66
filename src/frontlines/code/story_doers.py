"""Who struck, when a strike's sentence does not say: the article's air power.

An air or drone strike told with no doer ("A second strike hit a nearby village", "At least 12 people
were killed in the air strikes", "a drone struck a car near Chamchamal") is, in a news story, one more
of the strikes the article tells; ACLED codes it to the force that carries them out. The doer is the
one the article names for its other air or drone strikes: the last one told before it, else the first
one told after it. An article whose strikes are by two or more different doers before it gives the
last; one that names no striker leaves actor1 empty (an unstated doer is no guess), and so does a strike
only threatened or weighed, or one whose target is the striker ("strikes on Syrian government targets"
in an article on the Syrian army's strikes).
"""

from __future__ import annotations

from frontlines.code.actors import stated
from frontlines.model import Event
from frontlines.trace import note

_AERIAL = {"Air/drone strike"}


def _aerial(ev: Event) -> bool:
    return ev.acled is not None and ev.acled.sub_event_type in _AERIAL


def aerial_doers(events: list[tuple[int, Event, dict[str, str]]]) -> None:
    """Fill the actor1 of air/drone strikes told with no doer from the article's other strikes (see the
    module's docstring). `events` holds (sentence number, event, the mention's reasons) in article
    order; the events and reasons are updated in place."""
    strikers = [(k, ev.actor1) for k, (_, ev, _) in enumerate(events) if _aerial(ev) and stated(ev.actor1)]
    if not strikers:
        return
    for k, (_, ev, why) in enumerate(events):
        if not _aerial(ev) or ev.actor1 is not None or ev.factuality in ("predicted", "hypothetical"):
            continue  # (a strike threatened or weighed is no one's yet)
        before = [a for j, a in strikers if j < k]
        after = [a for j, a in strikers if j > k]
        doer = before[-1] if before else after[0]
        assert doer is not None
        target = ev.actor2
        if target is not None and target.name == doer.name:
            continue  # a strike on the striker is another's
        ev.actor1 = doer.model_copy(update={"text": ""})
        note(why, "actor1", doer, f"a strike told with no doer: the article's striker, {doer.name}")
