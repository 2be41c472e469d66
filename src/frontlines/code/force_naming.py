"""Which state force an ambiguous force word names, by what the event is (gold/team/README.md,
"Actors"): "security forces" dispersing a crowd are the police, "security forces" fighting or killing
armed men are the military."""

from __future__ import annotations

import re

from frontlines.knowledge import Trigger
from frontlines.model import Actor

_AMBIGUOUS = re.compile(r"\bsecurity\s+(?:forces|personnel|services)\b", re.IGNORECASE)
_CROWD_KINDS = {"protesters", "rioters"}
_CROWD_EVENTS = {"Protests", "Riots"}


def _renamed(actor: Actor, old: tuple[str, str], new: tuple[str, str]) -> Actor:
    """`actor` as the other state force: its name's and id's (name prefix, id prefix) `old` become `new`
    ("Police Forces of Kenya", "police:KEN" -> "Military Forces of Kenya", "military:KEN")."""
    new_id = actor.id.replace(old[1], new[1], 1) if actor.id else None
    return actor.model_copy(update={"name": actor.name.replace(old[0], new[0], 1), "id": new_id})


def _crowd_event(other: Actor | None, trigger: Trigger) -> bool:
    if other is not None and other.kind in _CROWD_KINDS:
        return True
    return trigger.acled is not None and trigger.acled.event_type in _CROWD_EVENTS


def security_forces(actor: Actor | None, other: Actor | None, trigger: Trigger) -> Actor | None:
    """ "Security forces" (coded as police by their words alone) are the military in anything but a
    protest or riot: "security forces killed 12 militants" -> "Military Forces of Pakistan", while
    "security forces fired tear gas at protesters" stays "Police Forces of ..."."""
    if actor is None or not actor.name.startswith("Police Forces") or not _AMBIGUOUS.search(actor.text):
        return actor
    if re.search(r"\bpolice\b", actor.text, re.IGNORECASE) or _crowd_event(other, trigger):
        return actor
    return _renamed(actor, ("Police Forces", "police:"), ("Military Forces", "military:"))


def peacekeeping_force(actor: Actor) -> bool:
    """A national contingent of peacekeepers ("two Chinese peacekeepers", "a Rwandan peacekeeper"):
    state forces by their words, serving in the UN mission of the country they are deployed in."""
    return actor.kind == "state_forces" and bool(re.search(r"\bpeacekeep", actor.text, re.IGNORECASE))


_POLICE_WORDS = re.compile(r"\b(?:police(?:men|man|women|woman)?|gendarm\w*|constables?)\b", re.IGNORECASE)
_MILITARY_WORDS = re.compile(
    r"\b(?:army|military|soldiers?|troops|forces|navy|air\s+force|marines?|guards?)\b", re.IGNORECASE
)


def police_unit(actor: Actor | None) -> Actor | None:
    """A force noun that names a police unit is the police: "a convoy of paramilitary police", "a
    police patrol", "police units" (coded as the military by their head noun) -> "Police Forces of
    ...", unless soldiers are named too ("a joint army and police patrol")."""
    if actor is None or not actor.name.startswith("Military Forces") or actor.kind != "state_forces":
        return actor
    if not _POLICE_WORDS.search(actor.text) or _MILITARY_WORDS.search(actor.text):
        return actor
    return _renamed(actor, ("Military Forces", "military:"), ("Police Forces", "police:"))
