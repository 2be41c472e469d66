"""ACLED's actors where the sentence names nobody, and its roles in protests met by force.

Defaults, as ACLED codes such events: a protest's actor1 is Protesters, a riot's Rioters, an arrest's
Police Forces; violence against civilians or an abduction with no named perpetrator is by an Unidentified
Armed Group; territory taken by a non-state group is taken from state forces (the country is filled in
from the event's location later); a battle's other side is the state or the one armed group the article
names; a bombardment with no target named falls on civilians.
"""

from __future__ import annotations

from frontlines.code.actors import default_coder
from frontlines.knowledge import Trigger
from frontlines.model import Actor
from frontlines.trace import note

NON_STATE = {"rebels", "political_militia", "identity_militia", "external"}
TERRITORY = {"Non-state actor overtakes territory", "Government regains territory"}
_ARMED_GROUP_WEAPONS = {"Remote explosive/landmine/IED", "Suicide bomb", "Grenade"}
"""sub-event types whose unnamed perpetrator ACLED codes as an unidentified armed group"""
_AIR_DEFENCE = {"shoot_down", "intercept"}
"""trigger entries of weapons stopped in flight (whose "defuse" stops a bomb, the police's as often)"""
_CIVILIAN_TARGETS = {"Abduction/forced disappearance", "Arrests", "Looting/property destruction"}
"""sub-event types whose acted-upon party, when nobody is named, is civilians (as ACLED codes most)"""


def acled_defaults(
    actor1: Actor | None,
    actor2: Actor | None,
    trigger: Trigger,
    why: dict[str, str] | None,
    in_scope: Actor | None = None,
    lemma: str = "",
) -> tuple[Actor | None, Actor | None]:
    """actor1 and actor2 with ACLED's usual actors where the sentence names nobody; `in_scope` is the
    one armed group the article names (an unnamed battle's side, a state's strikes' target); `lemma` is
    the trigger word's."""
    coder = default_coder()
    if trigger.acled is None:
        return actor1, actor2  # a PLOVER-only event: ACLED's defaults do not apply
    event_type, sub = trigger.acled.event_type, trigger.acled.sub_event_type
    if event_type in ("Protests", "Riots"):
        # "PTI supporters marched on the capital": a party's people in the street are protesters (rioters)
        actor1 = _crowd_of(actor1, event_type, why, "actor1")
        actor2 = _crowd_of(actor2, event_type, why, "actor2")
    if sub in TERRITORY and actor2 is not None and actor2.kind == "civilians":
        # "rebels seized the village of Kibirizi": ground is taken from a force, never from its people
        note(why, "actor2", None, f"dropped {actor2.text!r}: territory is not taken from civilians")
        actor2 = None
    given1, given2 = actor1, actor2
    if actor1 is None and trigger.id == "military_operation":
        # "the operation would continue until the militants are neutralised": an operation (a search,
        # rescue or peacekeeping one is no trigger) is the state forces' (of the event's country)
        actor1 = coder.state("", None)
    if (
        actor1 is None
        and in_scope is not None
        and event_type == "Battles"
        and sub != "Government regains territory"
        and (actor2 is None or actor2.kind == "state_forces")
    ):
        # "the town could fall", "the fighting could resume", "Bakhmut had fallen": a battle with no
        # side named is fought by the one armed group the article is about (against the state)
        actor1 = in_scope
        note(why, "actor1", actor1, f"no side named: the one armed group the article names, {actor1.name}")
    if (
        actor1 is None
        and event_type == "Battles"
        and sub not in TERRITORY
        and actor2 is not None
        and actor2.kind in ("state_forces", "external")
    ):
        # "a detachment was ambushed near Koutougou": forces fought by nobody named fought an armed group
        actor1 = coder.generic("gunmen", "")
    if actor1 is None:
        if event_type == "Protests":
            actor1 = coder.generic("protesters", "")
        elif event_type == "Riots":
            actor1 = coder.generic("rioters", "")
        elif trigger.id in _AIR_DEFENCE and lemma not in ("defuse", "jam"):
            # "the missile was intercepted", "drones were shot down": by air defences, the military's
            actor1 = coder.state("", None)
        elif sub == "Arrests" or (sub == "Disrupted weapons use" and trigger.plover.type == "COERCE"):
            # "13 rifles had been seized": arms are seized, like people arrested, by the police
            actor1 = coder.state("", None, "Police Forces")
        elif trigger.plover.mode != "aerial" and (
            (actor2 is not None and actor2.kind == "civilians")
            or event_type == "Violence against civilians"
            or sub in _ARMED_GROUP_WEAPONS
        ):
            actor1 = coder.generic("gunmen", "")
    if (
        actor2 is None
        and in_scope is not None
        and sub == "Disrupted weapons use"
        and trigger.plover.type == "COERCE"
    ):
        # "13 rifles had been seized" in a raid on a gang: the arms of the one armed group the article names
        actor2 = in_scope
        note(
            why, "actor2", actor2, f"arms seized from nobody named: the article's armed group, {actor2.name}"
        )
    if actor2 is None and actor1 is None and sub == "Non-state actor overtakes territory":
        # "Bakhmut had fallen", "denied that the base had been overrun": what a non-state group takes,
        # it takes from the state's forces (of the event's country, filled in later)
        actor2 = coder.state("", None)
    if actor2 is None and actor1 is not None and (sub in TERRITORY or event_type == "Battles"):
        # a battle has two sides: the state's forces against an armed group, or the reverse
        if actor1.kind in NON_STATE:
            # "Sudanese rebels shelled Juba": an unnamed national group fights its own state
            national = actor1.id is None and actor1.kind == "rebels" and actor1.country
            own = coder.country_by_iso3(actor1.country) if national and actor1.country else None
            actor2 = coder.state("", own)
        elif actor1.kind == "state_forces" and event_type == "Battles":
            # "the army retook the town": from the one armed group the article names, else from an
            # unidentified one
            actor2 = in_scope or coder.generic("gunmen", "")
    if actor2 is None and actor1 is not None and event_type == "Explosions/Remote violence":
        # "warplanes struck the hall", "fired rockets towards Israel": a bombardment or blast whose
        # target goes unnamed falls on the people where it happens (ACLED's usual actor2)
        actor2 = coder.generic("civilians", "")
        if actor1.kind == "state_forces" and in_scope is not None:
            # "Russian jets carried out dozens of air strikes on the city's outskirts" in an article
            # about one armed group: the state's strikes are on that group
            actor2 = in_scope
    if actor2 is None and (sub in _CIVILIAN_TARGETS or event_type == "Violence against civilians"):
        # "gunmen abducted ...", "police arrested ...", "burned a dozen homes": ACLED's usual target
        actor2 = coder.generic("civilians", "")
    if given1 is None:
        note(why, "actor1", actor1, f"nobody named: ACLED's default actor1 for {sub}")
    if given2 is None:
        note(why, "actor2", actor2, f"nobody named: ACLED's default actor2 for {sub} (a battle's other side)")
    return actor1, actor2


def _crowd_of(actor: Actor | None, event_type: str, why: dict[str, str] | None, key: str) -> Actor | None:
    """A political party (kind `other`) as a side of a protest or riot: its supporters in the street,
    coded as ACLED codes them, Protesters (Rioters) of the party's country."""
    if actor is None or actor.kind != "other" or actor.id is None:
        return actor
    crowd = default_coder().generic("protesters" if event_type == "Protests" else "rioters", actor.text)
    if crowd is None:
        return actor
    note(why, key, crowd, f"{actor.name} in a protest: its supporters, {crowd.name}")
    return crowd.model_copy(update={"country": actor.country})


def protest_roles(
    sub_event_type: str, actor1: Actor | None, actor2: Actor | None, country: str | None
) -> tuple[Actor | None, Actor | None]:
    """ACLED's roles in protests met by force: in a protest with intervention the protesters are
    actor1 and the forces that intervene actor2; in excessive force against protesters the forces are
    actor1 and the protesters actor2. Unnamed forces are police."""
    coder = default_coder()
    people = next((a for a in (actor1, actor2) if a is not None and a.kind == "protesters"), None)
    if people is None:
        # "police fired tear gas at crowds": the people met by force at a protest are protesters
        crowd = next((a for a in (actor2, actor1) if a is not None and a.kind == "civilians"), None)
        if crowd is not None:
            people = crowd.model_copy(update={"kind": "protesters", "name": "Protesters"})
            actor1, actor2 = (people if a is crowd else a for a in (actor1, actor2))
    other = next((a for a in (actor1, actor2) if a is not None and a is not people), None)
    if people is None:
        return actor1, actor2
    force: Actor | None = other or coder.state("", None, "Police Forces")
    if country:
        force = coder.placed(force, country)
    if sub_event_type == "Protest with intervention":
        return people, force
    return force, people
