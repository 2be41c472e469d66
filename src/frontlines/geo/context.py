"""What the other toponyms of a document say about where a name lies (`GazetteerIndex.resolve`'s context):
the admin1s they name, the points of the unambiguous ones, and the readings of the ambiguous ones, which
pull a candidate that lies near any of them ("Rogersville" among "Greene County", "Springfield" and
"Webster County" is the one in Missouri). And `sure_country`: the country one name surely points to, which
makes it context for the others."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from frontlines.geo.distance import km
from frontlines.knowledge_gazetteer import GazPlace

# an unambiguous co-mentioned place within 50 / 100 / 300 km
_W_CLOSE, _W_NEAR, _W_FAR = 3.0, 2.0, 1.0
# ambiguous co-mentioned names: a reading within 100 / 300 km, summed over names up to a cap; names with
# more readings than _AMB_MAX say nothing
_W_AMB_NEAR, _W_AMB_FAR, _W_AMB_CAP, _AMB_MAX = 1.5, 0.25, 4.0, 40


@dataclass
class PlaceContext:
    """What the other toponyms of a document say about where a name lies."""

    admin1s: set[tuple[str | None, str]]
    """admin1s named unambiguously ("Ghazni province", "Tenn.")"""
    maybe_admin1s: set[tuple[str | None, str]]
    """the one admin1 among a name's readings ("Georgia": the US state, or the country)"""
    admin2s: set[tuple[str | None, str]]
    """the one district among a name's readings ("Lamitan, Basilan": the Province of Basilan)"""
    points: list[tuple[float, float]]
    """unambiguous co-mentioned places"""
    readings: list[list[tuple[float, float]]]
    """each ambiguous co-mentioned name's readings (in the context countries when it has some there)"""

    def nearness(self, p: GazPlace) -> float:
        value = 0.0
        if self.points:
            near = min(km(p.lat, p.lon, lat, lon) for lat, lon in self.points)
            value += _W_CLOSE if near <= 50 else _W_NEAR if near <= 100 else _W_FAR if near <= 300 else 0.0
        pull = 0.0
        for points in self.readings:
            near = min(km(p.lat, p.lon, lat, lon) for lat, lon in points)
            pull += _W_AMB_NEAR if near <= 100 else _W_AMB_FAR if near <= 300 else 0.0
        return value + min(pull, _W_AMB_CAP)


def place_context(
    candidates: Sequence[GazPlace], others: Iterable[Sequence[GazPlace]], countries: set[str]
) -> PlaceContext:
    ctx = PlaceContext(set(), set(), set(), [], [])
    seen: set[frozenset[int]] = set()
    for cands in others:
        if not cands or any(c in candidates for c in cands):
            continue
        key = frozenset(c.id for c in cands)
        if key in seen:
            continue
        seen.add(key)
        if all(c.kind == "admin1" for c in cands) and len({(c.country, c.name) for c in cands}) == 1:
            ctx.admin1s.add((cands[0].country, cands[0].name))
        admin1s = {(c.country, c.name) for c in cands if c.kind == "admin1"}
        if len(admin1s) == 1:
            ctx.maybe_admin1s |= admin1s
        elif not admin1s and all(c.kind in ("city", "district", "point") and c.admin1 for c in cands):
            # "Kanker district", "Sukma": a name whose every reading lies in one province names it too
            within = {(c.country, c.admin1) for c in cands}
            if len(within) == 1:
                ctx.maybe_admin1s |= within  # type: ignore[arg-type]
        admin2s = {(c.country, c.name) for c in cands if c.kind == "district"}
        if len(admin2s) == 1:
            ctx.admin2s |= admin2s
        top = _unambiguous(cands)
        if top is not None:
            if top.kind in ("city", "district", "admin1", "point"):
                ctx.points.append((top.lat, top.lon))
            continue
        local = [c for c in cands if c.kind in ("city", "district", "point")]
        inside = [c for c in local if c.country in countries]
        chosen = inside or local
        if chosen and len(chosen) <= _AMB_MAX:
            ctx.readings.append([(c.lat, c.lon) for c in chosen])
    return ctx


def _unambiguous(cands: Sequence[GazPlace]) -> GazPlace | None:
    """The one place a name means when its candidates leave no real doubt: a single candidate, or one at
    least 100 times as populous as any other."""
    if len(cands) <= 1:
        return cands[0] if cands else None
    ranked = sorted(cands, key=lambda p: -p.pop)
    return ranked[0] if ranked[0].pop >= 100 * max(ranked[1].pop, 1) else None


def sure_country(cands: Sequence[GazPlace]) -> str | None:
    """The country a name surely points to, for context: the country it names ("Lebanon", never Lebanon,
    Pennsylvania), else the one country all its places lie in, else its largest place's when that is 100
    times as populous as any place of that name elsewhere."""
    named = {c.country for c in cands if c.kind == "country"}
    # "Georgia" also names a US state: not sure at all
    shared = bool(named) and any(c.kind == "admin1" and c.country not in named for c in cands)
    if shared:
        return None
    if len(named) == 1:
        return next(iter(named))
    countries = {c.country for c in cands if c.country}
    if len(countries) == 1:
        return next(iter(countries))
    if not cands:
        return None
    top = max(cands, key=lambda p: p.pop)
    rest = max((c.pop for c in cands if c.country != top.country), default=0)
    return top.country if top.pop >= 100 * max(rest, 1) else None
