"""Scoring for `bench_muc4`: predicted templates against the answer keys' templates, per document —
slot values one to one (optional gold values not misses), templates by incident type, and relevance.
The rules are in `bench_muc4`'s docstring."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TypeVar

from frontlines.eval.bench_common import max_matching
from frontlines.eval.bench_muc4_keys import DateFill, Fill, GoldTemplate
from frontlines.eval.score import PRF

MUC_TYPES = ("ATTACK", "BOMBING", "KIDNAPPING", "ARSON", "ROBBERY", "FORCED WORK STOPPAGE", "HIJACKING")
SLOTS = ("incident type", "date", "location", "location country", "perp org", "perp (org or ind)", "target")


@dataclass
class PredTemplate:
    type: str
    dates: set[tuple[date, date]] = field(default_factory=set)
    locations: set[frozenset[str]] = field(default_factory=set)
    countries: set[frozenset[str]] = field(default_factory=set)
    perps: set[frozenset[str]] = field(default_factory=set)
    targets: set[frozenset[str]] = field(default_factory=set)


G = TypeVar("G")
P = TypeVar("P")


def count(
    gold: Sequence[G], pred: Sequence[P], ok: Callable[[G, P], bool], optional: Callable[[G], bool]
) -> PRF:
    """tp / fp / fn of a one-to-one matching: predictions go to required gold items first, the rest to
    optional ones; an unmatched optional gold item is not a miss."""
    required = [g for g in gold if not optional(g)]
    extra = [g for g in gold if optional(g)]
    pairs = max_matching(required, pred, ok)
    used = {pi for _, pi in pairs}
    rest = [p for pi, p in enumerate(pred) if pi not in used]
    more = max_matching(extra, rest, ok)
    tp = len(pairs) + len(more)
    return PRF(tp=tp, fp=len(pred) - tp, fn=len(required) - len(pairs))


def _dedupe_fills(fills: Iterable[Fill]) -> list[Fill]:
    """One gold value per distinct set of alternatives (required wins over optional)."""
    best: dict[frozenset[str], Fill] = {}
    for f in fills:
        if f.alts not in best or best[f.alts].optional:
            best[f.alts] = f
    return list(best.values())


def _date_ok(g: DateFill, p: tuple[date, date]) -> bool:
    return any((lo is None or lo <= p[0]) and p[1] <= hi for lo, hi in g.alts)


def _fills(templates: Sequence[GoldTemplate], get: Callable[[GoldTemplate], list[Fill]]) -> list[Fill]:
    return _dedupe_fills(Fill(f.alts, f.optional or t.optional) for t in templates for f in get(t))


def _union(
    pred: Sequence[PredTemplate], get: Callable[[PredTemplate], set[frozenset[str]]]
) -> list[frozenset[str]]:
    return sorted({v for t in pred for v in get(t) if v}, key=sorted)


def _intersects(g: Fill, p: frozenset[str]) -> bool:
    return bool(g.alts & p)


GoldGetter = Callable[[GoldTemplate], list[Fill]]
PredGetter = Callable[[PredTemplate], set[frozenset[str]]]
STRING_SLOTS: list[tuple[str, GoldGetter, PredGetter]] = [
    ("location", lambda t: t.locations, lambda t: t.locations),
    ("location country", lambda t: t.countries, lambda t: t.countries),
    ("perp org", lambda t: t.perp_org, lambda t: t.perps),
    ("perp (org or ind)", lambda t: t.perp_org + t.perp_ind, lambda t: t.perps),
    ("target", lambda t: t.targets, lambda t: t.targets),
]


def _is_optional(item: Fill | DateFill | GoldTemplate) -> bool:
    return item.optional


def _acc(target: PRF, more: PRF) -> None:
    target.tp, target.fp, target.fn = target.tp + more.tp, target.fp + more.fp, target.fn + more.fn


def _gold_dates(gold: Sequence[GoldTemplate]) -> list[DateFill]:
    best: dict[tuple[tuple[date | None, date], ...], DateFill] = {}
    for t in gold:
        for d in t.dates:
            if d.alts not in best or best[d.alts].optional:
                best[d.alts] = DateFill(d.alts, d.optional or t.optional)
    return list(best.values())


@dataclass
class Tally:
    slots: dict[str, PRF] = field(default_factory=lambda: {s: PRF() for s in SLOTS})
    templates: PRF = field(default_factory=PRF)
    relevance: PRF = field(default_factory=PRF)
    relevance_skipped: int = 0
    by_type: dict[str, PRF] = field(default_factory=dict)

    def add(self, gold: Sequence[GoldTemplate], pred: Sequence[PredTemplate]) -> None:
        """Count one document: its gold templates against our predicted templates."""
        types = _dedupe_fills(Fill(t.types, t.optional) for t in gold if t.types)
        pred_types = sorted({t.type for t in pred})
        _acc(self.slots["incident type"], count(types, pred_types, lambda g, p: p in g.alts, _is_optional))
        pred_dates = sorted({d for t in pred for d in t.dates})
        _acc(self.slots["date"], count(_gold_dates(gold), pred_dates, _date_ok, _is_optional))
        for name, get_gold, get_pred in STRING_SLOTS:
            counted = count(_fills(gold, get_gold), _union(pred, get_pred), _intersects, _is_optional)
            _acc(self.slots[name], counted)
        _acc(self.templates, count(gold, pred, lambda g, p: p.type in g.types, _is_optional))
        for kind in MUC_TYPES:
            g_k = [t for t in gold if kind in t.types]
            p_k = [t for t in pred if t.type == kind]
            if g_k or p_k:
                _acc(self.by_type.setdefault(kind, PRF()), count(g_k, p_k, lambda g, p: True, _is_optional))
        required = any(not t.optional for t in gold)
        if gold and not required:
            self.relevance_skipped += 1
            return
        predicted = bool(pred)
        self.relevance.tp += int(required and predicted)
        self.relevance.fp += int(predicted and not required)
        self.relevance.fn += int(required and not predicted)
