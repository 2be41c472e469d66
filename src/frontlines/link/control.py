"""Territorial control over time: for each place, who took it, who left it, and when — from linked
events, with the evidence of every change.

Which events change control, and how (the ACLED definitions; `actor1` is the actor that acts):

    Government regains territory        actor1 (state forces) holds the place from that day
    Non-state actor overtakes territory actor1 (the armed group) holds it from that day
    Non-violent transfer of territory   actor1 takes it over without a fight (a withdrawal handed it on)
    PLOVER RETREAT without an ACLED type actor1 withdrew: it no longer holds the place; the new holder
                                        is unknown until another event names one

The holder is the actor's chosen name (an "Unidentified Armed Group" still says a non-state actor
took the place). Two changes of one place on the same day that name different holders make that day
`contested`; the timeline keeps both. Historical events (a capture "in 2014" told as background) count
at their own dates: background is exactly what a control timeline is made of. Places are keyed by
GeoNames id when there is one, else by name and country; events without a place are left out.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

TAKES = frozenset(
    {
        "Government regains territory",
        "Non-state actor overtakes territory",
        "Non-violent transfer of territory",
    }
)
RETREAT = "RETREAT"


@dataclass(frozen=True)
class Change:
    """One control change of one place, read from one linked event."""

    place_key: str
    place: Mapping[str, Any]
    date: str
    kind: str  # "took" | "withdrew"
    actor: Mapping[str, Any] | None
    other: Mapping[str, Any] | None
    event_id: str
    sub_event_type: str | None
    evidence: Mapping[str, Any] | None
    sources: tuple[str, ...]
    historical: bool


@dataclass
class Timeline:
    place: Mapping[str, Any]
    changes: list[dict[str, Any]] = field(default_factory=list)

    @property
    def current(self) -> dict[str, Any] | None:
        return self.changes[-1] if self.changes else None

    def to_json(self) -> dict[str, Any]:
        last = self.current
        return {
            "place": dict(self.place),
            "holder": last["holder"] if last else None,
            "since": last["date"] if last else None,
            "contested": bool(last and last["contested"]),
            "changes": self.changes,
        }


def place_key(place: Mapping[str, Any]) -> str:
    if place.get("geonameid"):
        return f"geonames:{place['geonameid']}"
    return f"{(place.get('name') or '').casefold()}|{place.get('country') or ''}"


def change_from_event(event: Mapping[str, Any]) -> Change | None:
    """The control change a linked event (its JSON, as stored) states, or None."""
    place = event.get("location")
    date = (event.get("date") or {}).get("start")
    if not place or not date:
        return None
    acled = event.get("acled") or {}
    sub = acled.get("sub_event_type")
    plover = (event.get("plover") or {}).get("type")
    if sub in TAKES:
        kind = "took"
    elif plover == RETREAT and not sub:
        kind = "withdrew"
    else:
        return None
    return Change(
        place_key=place_key(place),
        place=place,
        date=date,
        kind=kind,
        actor=event.get("actor1"),
        other=event.get("actor2"),
        event_id=str(event.get("id")),
        sub_event_type=sub,
        evidence=_first_evidence(event),
        sources=tuple(event.get("sources") or ()),
        historical=bool(event.get("historical")),
    )


def _first_evidence(event: Mapping[str, Any]) -> Mapping[str, Any] | None:
    """The evidence of the event's first reported type (provenance keeps one per mention)."""
    for entry in (event.get("provenance") or {}).get("type") or []:
        if entry.get("evidence"):
            return {**entry["evidence"], "article": entry.get("article"), "source": entry.get("source")}
    return None


def _actor(a: Mapping[str, Any] | None) -> dict[str, Any] | None:
    if not a:
        return None
    return {"name": a.get("name"), "kind": a.get("kind"), "country": a.get("country")}


def timelines(changes: Iterable[Change]) -> list[Timeline]:
    """Per-place timelines, places in order of their latest change (newest first)."""
    by_place: dict[str, list[Change]] = defaultdict(list)
    for c in changes:
        by_place[c.place_key].append(c)
    out: list[Timeline] = []
    for items in by_place.values():
        items.sort(key=lambda c: (c.date, c.event_id))
        tl = Timeline(place=items[-1].place)
        holder: dict[str, Any] | None = None
        for c in items:
            if c.kind == "took":
                new_holder = _actor(c.actor)
                lost_by = _actor(c.other) or holder
            else:
                new_holder = None
                lost_by = _actor(c.actor)
            if lost_by is not None and new_holder is not None and lost_by["name"] == new_holder["name"]:
                lost_by = None  # taken again by the holder of record: a change we have no event for
            same_day = [x for x in tl.changes if x["date"] == c.date]
            contested = any(x["holder"] != new_holder for x in same_day)
            for x in same_day:
                x["contested"] = x["contested"] or contested
            tl.changes.append(
                {
                    "date": c.date,
                    "kind": c.kind,
                    "holder": new_holder,
                    "lost_by": lost_by,
                    "contested": contested,
                    "event": c.event_id,
                    "sub_event_type": c.sub_event_type,
                    "historical": c.historical,
                    "sources": list(c.sources),
                    "evidence": dict(c.evidence) if c.evidence else None,
                }
            )
            holder = new_holder
        out.append(tl)
    out.sort(key=lambda t: t.changes[-1]["date"], reverse=True)
    return out


def control_from_store(store: Any, place: str | None = None, country: str | None = None) -> list[Timeline]:
    """Timelines from the live linked events of a store; `place` (a substring of the place name, any
    case) and `country` (ISO3) narrow them."""
    from sqlalchemy import or_, select
    from sqlalchemy.orm import Session

    from frontlines.store.schema import LinkedEventRow

    cond = (LinkedEventRow.status == "live") & or_(
        LinkedEventRow.acled_subtype.in_(sorted(TAKES)),
        (LinkedEventRow.plover_type == RETREAT) & LinkedEventRow.acled_subtype.is_(None),
    )
    if country:
        cond = cond & (LinkedEventRow.place_country == country.upper())
    if place:
        cond = cond & LinkedEventRow.place_name.ilike(f"%{place}%")
    found: list[Change] = []
    with Session(store.engine) as session:
        for row in session.scalars(select(LinkedEventRow).where(cond)):
            data = {**(row.data or {}), "id": row.id}
            change = change_from_event(data)
            if change is not None:
                found.append(change)
    return timelines(found)
