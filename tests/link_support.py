"""Hand-made mentions for the linking tests: contract events built field by field, so each test says
exactly which difference it is about."""

from __future__ import annotations

from typing import Any

from frontlines.link import Mention
from frontlines.model import (
    Acled,
    Actor,
    Article,
    Event,
    EventDate,
    Evidence,
    ExtractResult,
    Fatalities,
    Place,
    Plover,
)
from frontlines.store import Coded

ACLED_TYPE = {
    "Attack": "Violence against civilians",
    "Abduction/forced disappearance": "Violence against civilians",
    "Suicide bomb": "Explosions/Remote violence",
    "Remote explosive/landmine/IED": "Explosions/Remote violence",
    "Air/drone strike": "Explosions/Remote violence",
    "Armed clash": "Battles",
    "Peaceful protest": "Protests",
}
PLACES = {
    "Mosul": ("IRQ", 36.335, 43.1189, "city"),
    "Tel Keppe": ("IRQ", 36.4894, 43.1192, "city"),  # 17 km north of Mosul
    "Qayyarah": ("IRQ", 35.8, 43.29, "city"),  # 60 km south
    "Nineveh": ("IRQ", 36.2, 42.5, "admin1"),
    "Kirkuk": ("IRQ", 35.4681, 44.3922, "city"),
    "Aleppo": ("SYR", 36.2021, 37.1343, "city"),
}


def event(
    eid: str,
    subtype: str = "Attack",
    place: str | None = "Mosul",
    day: str | None = "2017-03-07",
    *,
    end: str | None = None,
    precision: str = "day",
    actor1: tuple[str, str] | None = None,
    actor2: tuple[str, str] | None = None,
    best: int | None = None,
    low: int | None = None,
    factuality: str = "asserted",
) -> Event:
    loc = None
    if place is not None:
        country, lat, lon, prec = PLACES[place]
        loc = Place(text=place, name=place, country=country, lat=lat, lon=lon, precision=prec)  # type: ignore[arg-type]
    actors: dict[str, Any] = {}
    for role, a in (("actor1", actor1), ("actor2", actor2)):
        if a is not None:
            actors[role] = Actor(text=a[0], name=a[0], kind=a[1])  # type: ignore[arg-type]
    return Event(
        id=eid,
        plover=Plover(type="PROTEST" if subtype == "Peaceful protest" else "ASSAULT"),
        acled=Acled(event_type=ACLED_TYPE[subtype], sub_event_type=subtype),
        location=loc,
        date=EventDate(text=day, start=day, end=end or day, precision=precision if day else None),  # type: ignore[arg-type]
        fatalities=Fatalities(best=best, low=low if low is not None else best),
        factuality=factuality,  # type: ignore[arg-type]
        historical=False,
        evidence=Evidence(sentence=f"sentence of {eid}", start=0, end=len(f"sentence of {eid}"), trigger="x"),
        confidence=0.9,
        **actors,
    )


def mention(ev: Event, article: str = "", source: str | None = None, order: int = 0) -> Mention:
    return Mention(ev, article or f"art-{ev.id}", source or f"Outlet {ev.id}", ev.date.start, order=order)


def coded(article_id: str, source: str, published: str, *events: Event) -> Coded:
    body = " ".join(e.evidence.sentence for e in events) or "nothing"
    art = Article(id=article_id, body=body, source=source, published=published)
    return Coded(article_id, article_id, result=ExtractResult(article=art, events=list(events)))
