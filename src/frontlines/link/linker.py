"""Pure linking: is this mention the same event as that one, and which event (if any) does a new mention
join? No database, no I/O: the store feeds candidates in and writes the decision out.

The evidence is scored (weights in `data/link.v1.yaml`); some differences are hard conflicts that no
score overrides, because reports of one event never disagree that way:
- incompatible types (an air strike is not a protest; compatible sub-types are listed as groups);
- dates that cannot overlap, each widened by its precision's tolerance (two different days stay apart,
  even inside one article);
- places farther apart than the coarser precision allows ("Mosul" links with "Nineveh province", not
  with a village 80 km away), or in different countries.
Actors that disagree only lower the score: reports name the same perpetrators differently ("gunmen",
"suspected Boko Haram fighters"), and coders mistake roles.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from frontlines.geo.distance import km
from frontlines.link.mention import Mention
from frontlines.link.rules import LinkRules
from frontlines.model import Actor, Place

PRECISION_RANK = {"point": 0, "city": 1, "district": 2, "admin1": 3, "country": 4, "region": 5}


@dataclass(frozen=True)
class Candidate:
    """A linked event as the linker sees it: its id, its creation order (older wins a merge) and its
    mentions."""

    id: str
    created: int
    members: Sequence[Mention]


@dataclass(frozen=True)
class Decision:
    """`new`: start an event; `join`: add to `target`; `merge`: add to `target` (the oldest) and fold
    `merged` into it. `scores`: candidate id -> score, for the record."""

    kind: Literal["new", "join", "merge"]
    target: str | None = None
    merged: tuple[str, ...] = ()
    scores: dict[str, float] = field(default_factory=dict)


def _type_score(a: Mention, b: Mention, r: LinkRules) -> float | None:
    ea, eb = a.event, b.event
    if ea.acled is not None and eb.acled is not None:
        if ea.acled.sub_event_type == eb.acled.sub_event_type:
            return r.weights.type_same
        if r.subtypes_compatible(ea.acled.sub_event_type, eb.acled.sub_event_type):
            return r.weights.type_group
        return None
    return r.weights.type_group if ea.plover.type == eb.plover.type else None


def _date_score(a: Mention, b: Mention, r: LinkRules) -> float | None:
    if a.day is not None and b.day is not None:
        if a.day == b.day:
            return r.weights.date_same_day
        if a.article_id == b.article_id:
            return None  # one article telling of two days tells of two events
        apart = abs((date.fromisoformat(a.day) - date.fromisoformat(b.day)).days)
        return r.weights.date_overlap if apart <= r.date_tolerance_days.get("day", 0) else None
    tol = r.date_tolerance_days
    ia, ib = a.interval(tol, r.undated_window_days), b.interval(tol, r.undated_window_days)
    if ia is None or ib is None:
        return 0.0
    if ia[0] <= ib[1] and ib[0] <= ia[1]:
        return r.weights.date_overlap
    return None


def _coarser(pa: Place, pb: Place) -> str:
    # an unknown place (precision null, no coordinates) ranks as a point: only its name can link it
    ra, rb = PRECISION_RANK.get(pa.precision or "point", 0), PRECISION_RANK.get(pb.precision or "point", 0)
    return (pa.precision or "point") if ra >= rb else (pb.precision or "point")


def _norm(s: str | None) -> str:
    return (s or "").strip().casefold()


def place_score(pa: Place | None, pb: Place | None, r: LinkRules) -> float | None:
    """Same place (by name or id), near enough for the coarser precision, or inside the coarser one."""
    if pa is None or pb is None:
        return 0.0
    if pa.country and pb.country and pa.country != pb.country:
        return None
    w = r.weights
    if (pa.geonameid is not None and pa.geonameid == pb.geonameid) or _norm(pa.name) == _norm(pb.name):
        return w.place_same_name
    coarse = _coarser(pa, pb)
    limit = r.place_km.get(coarse)
    if limit is None:  # a country or region holds anything in it
        return w.place_coarse
    if coarse == "admin1":
        big, small = (pa, pb) if pa.precision == "admin1" else (pb, pa)
        if _norm(small.admin1) and _norm(small.admin1) in (_norm(big.name), _norm(big.admin1)):
            return w.place_coarse
    if pa.lat is None or pa.lon is None or pb.lat is None or pb.lon is None:
        return w.place_coarse if coarse in ("admin1", "district") else None
    d = km(pa.lat, pa.lon, pb.lat, pb.lon)
    if d > limit:
        return None
    return w.place_near if coarse in ("point", "city") else w.place_coarse


def _actor_match(x: Actor, y: Actor, r: LinkRules) -> float:
    generic = set(r.generic_actor_names)
    if _norm(x.name) == _norm(y.name):
        return 0.0 if x.name in generic else r.weights.actor_named_match
    if not r.kinds_compatible(x.kind, y.kind):
        return -r.weights.actor_named_match
    if x.name in generic or y.name in generic:
        return r.weights.actor_generic_match
    if x.country and y.country and x.country == y.country and x.kind == y.kind:
        return r.weights.actor_generic_match  # "army" and "police" of one state
    return -r.weights.actor_named_match


def _actor_score(a: Mention, b: Mention, r: LinkRules) -> float:
    """The better of the two alignments (roles as coded, or swapped: clashes have no natural order)."""
    sa, sb = (a.event.actor1, a.event.actor2), (b.event.actor1, b.event.actor2)
    best = None
    for pairs in (((sa[0], sb[0]), (sa[1], sb[1])), ((sa[0], sb[1]), (sa[1], sb[0]))):
        score = sum(_actor_match(x, y, r) for x, y in pairs if x is not None and y is not None)
        best = score if best is None else max(best, score)
    return best or 0.0


def _fatalities_score(a: Mention, b: Mention, r: LinkRules) -> float:
    fa, fb = a.event.fatalities, b.event.fatalities
    if fa.best is not None and fa.best > 0 and fa.best == fb.best:
        return r.weights.fatalities_match
    return 0.0


def compare(a: Mention, b: Mention, rules: LinkRules) -> float | None:
    """How strongly two mentions look like one event; None when they cannot be."""
    if a.id == b.id:
        return None
    parts = [_type_score(a, b, rules), _date_score(a, b, rules)]
    parts.append(place_score(a.event.location, b.event.location, rules))
    if any(p is None for p in parts):
        return None
    return sum(p for p in parts if p is not None) + _actor_score(a, b, rules) + _fatalities_score(a, b, rules)


def event_score(mention: Mention, members: Sequence[Mention], rules: LinkRules) -> float | None:
    """A mention fits an event when it conflicts with none of its mentions; its score is the best
    pairwise one (the most informative report decides, vaguer ones only must not contradict)."""
    best: float | None = None
    for m in members:
        s = compare(mention, m, rules)
        if s is None:
            return None
        best = s if best is None else max(best, s)
    return best


def link(mention: Mention, candidates: Sequence[Candidate], rules: LinkRules) -> Decision:
    """Which event a new mention belongs to. Joins the best-scoring candidate at or above the
    threshold; when it also fits others at `merge_threshold` and those events do not conflict with each
    other, it bridges them: all merge into the oldest."""
    scores: dict[str, float] = {}
    for c in candidates:
        s = event_score(mention, c.members, rules)
        if s is not None:
            scores[c.id] = s
    fits = [c for c in candidates if scores.get(c.id, float("-inf")) >= rules.threshold]
    if not fits:
        return Decision("new", scores=scores)
    fits.sort(key=lambda c: (-scores[c.id], c.created))
    best = fits[0]
    bridged = [best]
    for c in fits[1:]:
        if scores[c.id] < rules.merge_threshold or scores[best.id] < rules.merge_threshold:
            continue
        if all(event_score(m, other.members, rules) is not None for other in bridged for m in c.members):
            bridged.append(c)
    if len(bridged) == 1:
        return Decision("join", target=best.id, scores=scores)
    bridged.sort(key=lambda c: (c.created, c.id))
    return Decision("merge", target=bridged[0].id, merged=tuple(c.id for c in bridged[1:]), scores=scores)
