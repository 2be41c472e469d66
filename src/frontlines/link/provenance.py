"""Field provenance of a linked event: for each field, the value every mention gave, with its article,
source and evidence span, and the value chosen by a documented rule (docs/linking.md, "Chosen values").

Disagreements are kept, never averaged away: the event lists every reported fatality count and the
range they span, every place and date that was given, and which fields the sources disagree on."""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

from frontlines.link.linker import PRECISION_RANK, place_score
from frontlines.link.mention import Mention
from frontlines.link.rules import LinkRules
from frontlines.model import Actor, Place

_UNKNOWN: tuple[Any, ...] = (None, (None, None), (None, None, None))
FIELDS = ("type", "actor1", "actor2", "place", "date", "fatalities", "factuality")


def _origin(m: Mention) -> dict[str, Any]:
    ev = m.event.evidence
    return {
        "mention": m.id,
        "article": m.article_id,
        "source": m.source,
        "published": m.published,
        "evidence": {"sentence": ev.sentence, "start": ev.start, "end": ev.end, "trigger": ev.trigger},
    }


def _values(members: Sequence[Mention], get: Callable[[Mention], Any]) -> list[dict[str, Any]]:
    return [{"value": get(m), **_origin(m)} for m in members]


def _by_sources(members: Sequence[Mention], key: Callable[[Mention], Any]) -> Counter[Any]:
    """How many distinct sources gave each value (one outlet repeating itself counts once)."""
    seen = {(m.source_key, key(m)) for m in members if key(m) is not None}
    return Counter(v for _, v in seen)


def _most_reported(members: Sequence[Mention], key: Callable[[Mention], Any]) -> Any:
    counts = _by_sources(members, key)
    if not counts:
        return None
    first: dict[Any, int] = {}
    for i, m in enumerate(members):  # members come in arrival order, then text order
        first.setdefault(key(m), i)
    # ties go to the value reported first (not to a set's order, which varies with the hash seed)
    return min(counts, key=lambda v: (-counts[v], first.get(v, len(members))))


def _type(m: Mention) -> tuple[str | None, str | None, str]:
    a = m.event.acled
    return (a.event_type if a else None, a.sub_event_type if a else None, m.event.plover.type)


def _actor_json(a: Actor | None) -> dict[str, Any] | None:
    return a.model_dump(mode="json") if a else None


def _choose_actor(members: Sequence[Mention], role: str, rules: LinkRules) -> dict[str, Any] | None:
    generic = set(rules.generic_actor_names)

    def named(m: Mention) -> str | None:
        a: Actor | None = getattr(m.event, role)
        return a.name if a is not None and a.name not in generic else None

    def anyname(m: Mention) -> str | None:
        a: Actor | None = getattr(m.event, role)
        return a.name if a is not None else None

    name = _most_reported(members, named) or _most_reported(members, anyname)
    if name is None:
        return None
    chosen = next(getattr(m.event, role) for m in members if anyname(m) == name)
    return _actor_json(chosen)


def _choose_place(members: Sequence[Mention], rules: LinkRules) -> Place | None:
    """The most precise place that every other reported place is consistent with; ties: the one most
    sources give."""
    places = [m.event.location for m in members if m.event.location is not None]
    if not places:
        return None
    counts = _by_sources(members, lambda m: m.event.location.name if m.event.location else None)

    def consistent(p: Place) -> bool:
        return all(place_score(p, q, rules) is not None for q in places)

    ranked = sorted(places, key=lambda p: (PRECISION_RANK.get(p.precision or "", 9), -counts[p.name]))
    return next((p for p in ranked if consistent(p)), ranked[0])


def _choose_date(members: Sequence[Mention]) -> dict[str, Any]:
    """The earliest day-precise date (later reports tend to give the day the news broke, not the day of
    the event); otherwise the narrowest reported range."""
    days = sorted(m.day for m in members if m.day)
    if days:
        return {"start": days[0], "end": days[0], "precision": "day"}
    dated = [m.event.date for m in members if m.event.date.start]
    if not dated:
        return {"start": None, "end": None, "precision": None}
    d = min(dated, key=lambda x: (x.end or x.start or "") + "|" + (x.start or ""))
    return {"start": d.start, "end": d.end or d.start, "precision": d.precision}


def _choose_fatalities(members: Sequence[Mention]) -> dict[str, int | None]:
    """low = min of lows, high = max of highs, best = median (lower) of bests, over distinct sources;
    a source that reports several counts is taken at its highest (tolls rise as bodies are found)."""
    per_source: dict[str, tuple[int | None, int | None, int | None]] = {}
    for m in members:
        f = m.event.fatalities
        if f.best is None and f.low is None and f.high is None:
            continue
        lo = f.low if f.low is not None else f.best
        hi = f.high if f.high is not None else f.best
        prev = per_source.get(m.source_key)
        if prev is None or (f.best or 0) > (prev[0] or 0):
            per_source[m.source_key] = (f.best, lo, hi)
    bests = [b for b, _, _ in per_source.values() if b is not None]
    lows = [lo for _, lo, _ in per_source.values() if lo is not None]
    highs = [hi for _, _, hi in per_source.values() if hi is not None]
    return {
        "best": statistics.median_low(bests) if bests else None,
        "low": min(lows) if lows else None,
        "high": max(highs) if highs else None,
    }


def summarise(members: Sequence[Mention], rules: LinkRules) -> dict[str, Any]:
    """The linked event's fields (chosen values) and, per field, every mention's value with its origin."""
    members = sorted(members, key=lambda m: (m.order, m.event.evidence.start, m.id))
    t = _most_reported(members, _type) or _type(members[0])
    place = _choose_place(members, rules)
    fields: dict[str, list[dict[str, Any]]] = {
        "type": _values(members, lambda m: {"acled": _acled(m), "plover": m.event.plover.type}),
        "actor1": _values(members, lambda m: _actor_json(m.event.actor1)),
        "actor2": _values(members, lambda m: _actor_json(m.event.actor2)),
        "place": _values(
            members, lambda m: m.event.location.model_dump(mode="json") if m.event.location else None
        ),
        "date": _values(members, lambda m: m.event.date.model_dump(mode="json")),
        "fatalities": _values(members, lambda m: m.event.fatalities.model_dump(mode="json")),
        "factuality": _values(members, lambda m: m.event.factuality),
    }
    disagree = [
        name
        for name, vals in fields.items()
        if len({repr(c) for v in vals if (c := _comparable(name, v["value"])) not in _UNKNOWN}) > 1
    ]
    sources = sorted({m.source or f"article {m.article_id}" for m in members})
    return {
        "acled": {"event_type": t[0], "sub_event_type": t[1]} if t[0] else None,
        "plover": {"type": t[2]},
        "actor1": _choose_actor(members, "actor1", rules),
        "actor2": _choose_actor(members, "actor2", rules),
        "location": place.model_dump(mode="json") if place else None,
        "date": _choose_date(members),
        "fatalities": _choose_fatalities(members),
        "factuality": "asserted" if any(m.event.factuality == "asserted" for m in members) else "uncertain",
        "historical": all(m.event.historical for m in members),
        "mentions": len(members),
        "sources": sources,
        "articles": sorted({m.article_id for m in members}),
        "disagreements": disagree,
        "provenance": fields,
        "rules": rules.version,
    }


def _acled(m: Mention) -> dict[str, str] | None:
    return m.event.acled.model_dump(mode="json") if m.event.acled else None


def _comparable(name: str, value: Any) -> Any:
    """What counts as a different value: for places the name, for dates the range, for fatalities the
    counts (not the wording)."""
    if value is None:
        return None
    if name == "place":
        return value.get("name")
    if name == "date":
        return (value.get("start"), value.get("end"))
    if name == "fatalities":
        return (value.get("best"), value.get("low"), value.get("high"))
    if name in ("actor1", "actor2"):
        return value.get("name")
    return value
