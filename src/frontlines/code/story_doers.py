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

import re
from typing import TYPE_CHECKING

from frontlines.code.actor_phrases import RULERS, stated
from frontlines.code.actors import default_coder
from frontlines.model import Actor, Event
from frontlines.trace import note

if TYPE_CHECKING:
    from frontlines.pipeline import Doc

_AERIAL = {"Air/drone strike", "Shelling/artillery/missile attack"}


def _unstated(actor: Actor | None) -> bool:
    """No doer told: none, or the unidentified armed group ACLED's defaults put where nobody is named."""
    return actor is None or (
        not stated(actor) and actor.id is None and actor.name == "Unidentified Armed Group"
    )


def _aerial(ev: Event) -> bool:
    """An air/drone strike or a shelling, artillery or missile attack (by its ACLED sub-type)."""
    return ev.acled is not None and ev.acled.sub_event_type in _AERIAL


def aerial_doers(events: list[tuple[int, Event, dict[str, str]]]) -> None:
    """Fill the actor1 of air/drone strikes told with no doer from the article's other strikes (see the
    module's docstring). `events` holds (sentence number, event, the mention's reasons) in article
    order; the events and reasons are updated in place."""
    strikers = [(k, ev.actor1) for k, (_, ev, _) in enumerate(events) if _aerial(ev) and stated(ev.actor1)]
    if not strikers:
        return
    for k, (_, ev, why) in enumerate(events):
        if not _aerial(ev) or not _unstated(ev.actor1) or ev.factuality in ("predicted", "hypothetical"):
            continue  # (a strike threatened or weighed is no one's yet)
        # the last striker told before, else the first after; not the strike's own target (a strike on
        # the striker is another's)
        target = ev.actor2.name if ev.actor2 is not None else None
        before = [a for j, a in strikers if j < k and a is not None and a.name != target]
        after = [a for j, a in strikers if j > k and a is not None and a.name != target]
        if not (before or after):
            continue
        doer = before[-1] if before else after[0]
        ev.actor1 = doer.model_copy(update={"text": ""})
        note(why, "actor1", doer, f"a strike told with no doer: the article's striker, {doer.name}")


def _nations(text: str) -> set[str]:
    """ISO3 codes of the countries a phrase names by name or demonym ("Israeli drones", "the United
    States' forces")."""
    coder = default_coder()
    words = re.findall(r"[A-Z][\w.-]*", text)
    found = {c.iso3 for w in words if (c := coder.country_of(w)) is not None}
    pairs = (" ".join(words[i : i + 2]) for i in range(len(words) - 1))
    return found | {c.iso3 for p in pairs if (c := coder.country_of(p)) is not None}


_TERRITORY = {"Non-state actor overtakes territory", "Government regains territory"}
_RULERS = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(RULERS))) + r")\b", re.IGNORECASE)
"""a word for those who rule (`actor_phrases.RULERS`: "government troops" are the home country's)"""


def home_forces(events: list[tuple[int, Event, dict[str, str]]]) -> None:
    """Unnamed state forces ("the army", "its troops", a battle's unnamed other side) are coded as the
    forces of the event's country; in an article that names the forces of one other country only, and
    never those of the event's country, they are that country's ("Israeli drones struck ... The army
    said its troops had killed two militants" in Jenin: Israel's army, not Palestine's). `events` as for
    `aerial_doers`; updated in place."""
    coder = default_coder()
    named: set[str] = set()
    for _, ev, _ in events:
        for actor in (ev.actor1, ev.actor2):
            if actor is not None and actor.kind == "state_forces" and actor.country and actor.text:
                named |= _nations(actor.text)  # ("Rwandan and Mozambican troops": both)
                if _RULERS.search(actor.text):
                    named.add(actor.country)  # "government troops" are the home country's
    if len(named) != 1:
        return
    (nation,) = named
    for _, ev, why in events:
        here = ev.location.country if ev.location is not None else None
        if here is None or here == nation or here in named:
            continue
        for key, other in (("actor1", ev.actor2), ("actor2", ev.actor1)):
            actor = getattr(ev, key)
            if actor is None or actor.kind != "state_forces" or actor.country != here or _nations(actor.text):
                continue
            if other is not None and other.country == nation:
                continue  # (the side that fights that country's forces is another's)
            if actor.id is None or not actor.id.startswith("military:"):
                continue  # (police serve at home)
            if not actor.text and ev.acled is not None and ev.acled.sub_event_type in _TERRITORY:
                continue  # ground a group takes with no side named is the host state's
            setattr(ev, key, coder.with_country(actor, nation))
            why[f"{key} country"] = f"unnamed forces in an article that names only {nation}'s: {nation}'s"


_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_SHIFT = re.compile(
    r"(?:in\s+(?:a|another)\s+separate\b|separately\b|elsewhere\b|in\s+another\s+(?:incident|attack)\b"
    rf"|in\s+(?:(?:early|mid|late)[- ])?(?:{_MONTHS})(?:\s+\d{{4}})?\s*,|in\s+\d{{4}}\s*,)",
    re.IGNORECASE,
)
"""a paragraph that opens on another incident: "In a separate incident", "Separately", "Elsewhere", a past
month or year ("In June,", "In November 2018,")"""
_PLACE_LEAD = re.compile(
    r"(?:In|Near|At|Outside|Around)\s+(?:neighbouring\s+|neighboring\s+|nearby\s+)?"
    r"((?:[A-Z][\w'’-]+)(?:\s+[A-Z][\w'’-]+)*)\s*,"
)
"""a paragraph that opens on a place ("In Kirkuk,", "Near Moirang,", "In neighbouring Togo,")"""


def incident_start(doc: Doc, k: int) -> int | None:
    """The body offset where the separate incident that sentence `k` belongs to begins, else None. A
    paragraph after the first that opens on another incident ("In a separate incident on Sunday",
    "Elsewhere", "In June,") or on a place the article has not named before ("In Kirkuk, a roadside bomb
    struck ...", "Near Moirang, gunmen fired on ...") tells an incident of its own: its unnamed doers are
    not the story's named group (gold/team/README.md, "Actor readings": a generic noun in a separate
    incident of the article is an Unidentified Armed Group)."""
    para = doc.sentences[k].paragraph
    first = next(i for i, s in enumerate(doc.sentences) if s.paragraph == para)
    if first == 0:
        return None
    opening = doc.sentences[first]
    if _SHIFT.match(opening.text):
        return opening.start
    lead = _PLACE_LEAD.match(opening.text)
    if (
        lead is not None
        and doc.article is not None
        and lead.group(1) not in doc.article.body[: opening.start]
    ):
        return opening.start
    return None
