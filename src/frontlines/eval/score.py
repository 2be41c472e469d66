"""Scoring coded events against gold events.

Mention matching (one-to-one, greedy by score):
- when the gold event gives its evidence sentence, the predicted event's sentence must overlap it
  (one contains the other after whitespace normalisation, or their word sets overlap by ≥ 60%);
- the types must be compatible: same ACLED event type, or same PLOVER type (sub-types are scored as
  a field, not used to match);
- when the gold event gives no sentence, the place must be within 50 km (or the same admin1) and the
  date within the gold date's range ± 1 day, where both sides have them.
Then, over matched pairs, each field is scored where the gold gives it ("left out is not scored"):
precision = correct / pairs where we gave a value, recall = correct / pairs where gold has one.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from frontlines.eval.gold import GoldEvent
from frontlines.geo.distance import km
from frontlines.model import Event

FACTUALITY = ("asserted", "predicted", "hypothetical", "negated", "uncertain")


def norm_text(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


def same_sentence(gold: str, pred: str) -> bool:
    g, p = norm_text(gold), norm_text(pred)
    if not g or not p:
        return False
    if g in p or p in g:
        return True
    gw, pw = set(g.split()), set(p.split())
    return len(gw & pw) / max(1, min(len(gw), len(pw))) >= 0.6


def type_compatible(g: GoldEvent, p: Event) -> bool:
    checks = []
    if g.acled is not None:
        checks.append(p.acled is not None and p.acled.event_type == g.acled.event_type)
    if g.plover is not None:
        checks.append(p.plover.type == g.plover.type)
    return any(checks) if checks else True


def _place_ok(g: GoldEvent, p: Event) -> bool:
    gl, pl = g.location, p.location
    if gl is None or pl is None:
        return True
    coords = gl.lat is not None and gl.lon is not None and pl.lat is not None and pl.lon is not None
    if coords and km(gl.lat, gl.lon, pl.lat, pl.lon) <= 50:  # type: ignore[arg-type]
        return True
    return bool(gl.admin1 and pl.admin1 and norm_text(gl.admin1) == norm_text(pl.admin1))


def _date_ok(g: GoldEvent, p: Event) -> bool:
    if g.date is None or g.date.start is None or p.date.start is None:
        return True
    gs = date.fromisoformat(g.date.start)
    ge = date.fromisoformat(g.date.end or g.date.start)
    ps = date.fromisoformat(p.date.start)
    return (gs - ps).days <= 1 and (ps - ge).days <= 1


def compatible(g: GoldEvent, p: Event) -> bool:
    if not type_compatible(g, p):
        return False
    if g.evidence is not None:
        return same_sentence(g.evidence.sentence, p.evidence.sentence)
    return _place_ok(g, p) and _date_ok(g, p)


def _pair_score(g: GoldEvent, p: Event) -> float:
    score = 1.0
    if g.acled and g.acled.sub_event_type and p.acled and p.acled.sub_event_type == g.acled.sub_event_type:
        score += 1.0
    if g.evidence and g.evidence.trigger and g.evidence.trigger.lower() in p.evidence.trigger.lower():
        score += 1.0
    if g.location and p.location and _place_ok(g, p):
        score += 0.5
    return score


def match(gold: Sequence[GoldEvent], pred: Sequence[Event]) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, predicted index), best-scoring first."""
    cands = [
        (_pair_score(g, p), gi, pi)
        for gi, g in enumerate(gold)
        for pi, p in enumerate(pred)
        if compatible(g, p)
    ]
    cands.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, gi, pi in cands:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append((gi, pi))
    return pairs


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None or p + r == 0:
            return 0.0 if (p is not None and r is not None) else None
        return 2 * p * r / (p + r)


@dataclass
class Accuracy:
    correct: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.correct += int(ok)
        self.total += 1

    @property
    def value(self) -> float | None:
        return self.correct / self.total if self.total else None


Getter = Callable[[object], object]


@dataclass
class FieldSpec:
    name: str
    gold: Callable[[GoldEvent], object]
    pred: Callable[[Event], object]
    equal: Callable[[object, object], bool] = field(default=lambda a, b: a == b)


def _name_eq(a: object, b: object) -> bool:
    return isinstance(a, str) and isinstance(b, str) and norm_text(a) == norm_text(b)


_DIVISION_WORDS = re.compile(
    r"\b(?:governorate|province|state|region|oblast|district|department|prefecture|county|division|territory"
    r"|muhafazat|wilayat|krai|raion|city|dc)\b"
)
# letters that NFKD leaves alone, and romanisations that differ only in spelling one sound: Turkish dotless
# ı ("Şırnak" / "Sirnak"), Azerbaijani ǝ and x for kh ("Xankǝndi" / "Khankendi"), ğ written gh ("Ağdam" /
# "Aghdam")
_LETTERS = str.maketrans({"ı": "i", "ǝ": "e", "ə": "e", "ø": "o", "ł": "l", "đ": "d", "ß": "ss", "x": "kh"})
_DIRECTION = re.compile(r"\b(north|south|east|west)ern\b")


def admin1_key(name: str, country: str | None = None) -> str:
    """An admin1 name without the generic word, accents, apostrophes, hyphens or a leading article, its
    spelling variants folded: "Ma'rib Governorate", "Marib" and "Al Marib" compare equal, so do "Şırnak" and
    "Sirnak", "Northern Darfur" and "North Darfur", "Bogota D.C." and "Bogota". `country`: the country's name,
    dropped from the division's ("North Lebanon" in Lebanon is "North")."""
    text = unicodedata.normalize("NFKD", name.casefold().translate(_LETTERS))
    text = "".join(c for c in text if not unicodedata.combining(c)).replace("gh", "g")
    text = text.replace(".", "").replace(",", " ")
    text = _DIVISION_WORDS.sub(" ", _DIRECTION.sub(r"\1", text))
    text = re.sub(r"['\u2018\u2019\u02bc\u02be\u02bf`\-]", "", text)
    text = re.sub(r"^(?:al|el|ad|as|ar|an)\s+", "", " ".join(text.split()))
    if country:
        bare = admin1_key(country)
        words = text.split()
        if len(words) > 1 and "".join(words[1:]) == bare:
            text = words[0]
        elif len(words) > 1 and "".join(words[:-1]) == bare:
            text = words[-1]
    return text.replace(" ", "")


def country_name(iso3: str | None) -> str | None:
    """The gazetteer's English name of a country (ISO3), for `admin1_eq`."""
    if not iso3:
        return None
    from frontlines.geo.gazetteer import default_index

    place = default_index().countries.get(iso3)
    return place.name if place is not None else None


def admin1_eq(a: object, b: object, country: str | None = None, iso3: str | None = None) -> bool:
    """Same admin1 name; `country` (its English name) lets "North" equal "North Lebanon"; `iso3` (its
    code) lets two spellings the gazetteer gives one division of that country match ("Benghazi" /
    "Banghazi", "Timbuktu" / "Tombouctou", "Oromia" / "Oromiya")."""
    if not (isinstance(a, str) and isinstance(b, str)):
        return False
    if admin1_key(a, country) == admin1_key(b, country):
        return True
    if iso3 is None:
        return False
    ids = _admin1_ids(a, iso3)
    return len(ids) == 1 and ids == _admin1_ids(b, iso3)


@lru_cache(maxsize=4096)
def _admin1_ids(name: str, iso3: str) -> frozenset[int]:
    """The gazetteer's first-level divisions of country `iso3` that go by `name`."""
    from frontlines.geo.gazetteer import default_index

    return frozenset(p.id for p in default_index().lookup(name) if p.kind == "admin1" and p.country == iso3)


FIELDS: list[FieldSpec] = [
    FieldSpec("ACLED event type", lambda g: g.acled.event_type if g.acled else None,
              lambda p: p.acled.event_type if p.acled else None),
    FieldSpec("ACLED sub-event type", lambda g: g.acled.sub_event_type if g.acled else None,
              lambda p: p.acled.sub_event_type if p.acled else None),
    FieldSpec("PLOVER type", lambda g: g.plover.type if g.plover else None, lambda p: p.plover.type),
    FieldSpec("actor1 name", lambda g: g.actor1.name if g.actor1 else None,
              lambda p: p.actor1.name if p.actor1 else None, _name_eq),
    FieldSpec("actor1 ISO3", lambda g: g.actor1.country if g.actor1 else None,
              lambda p: p.actor1.country if p.actor1 else None),
    FieldSpec("actor1 kind", lambda g: g.actor1.kind if g.actor1 else None,
              lambda p: p.actor1.kind if p.actor1 else None),
    FieldSpec("actor2 name", lambda g: g.actor2.name if g.actor2 else None,
              lambda p: p.actor2.name if p.actor2 else None, _name_eq),
    FieldSpec("actor2 ISO3", lambda g: g.actor2.country if g.actor2 else None,
              lambda p: p.actor2.country if p.actor2 else None),
    FieldSpec("actor2 kind", lambda g: g.actor2.kind if g.actor2 else None,
              lambda p: p.actor2.kind if p.actor2 else None),
    FieldSpec("place country", lambda g: g.location.country if g.location else None,
              lambda p: p.location.country if p.location else None),
]  # fmt: skip


def score_field(spec: FieldSpec, pairs: Sequence[tuple[GoldEvent, Event]]) -> PRF:
    prf = PRF()
    for g, p in pairs:
        gv, pv = spec.gold(g), spec.pred(p)
        if gv is None:
            continue
        if pv is not None and spec.equal(gv, pv):
            prf.tp += 1
        else:
            prf.fn += 1
            if pv is not None:
                prf.fp += 1
    return prf


def ece(points: Sequence[tuple[float, bool]], bins: int = 10) -> float | None:
    """Expected calibration error of (confidence, correct) points over equal-width bins."""
    if not points:
        return None
    total = 0.0
    for b in range(bins):
        lo, hi = b / bins, (b + 1) / bins
        inside = [(c, ok) for c, ok in points if (lo <= c < hi) or (b == bins - 1 and c == 1.0)]
        if inside:
            conf = sum(c for c, _ in inside) / len(inside)
            acc = sum(ok for _, ok in inside) / len(inside)
            total += len(inside) / len(points) * abs(conf - acc)
    return total


@dataclass
class Tally:
    """Everything counted over a set of articles; `frontlines.eval.team` turns it into a report."""

    gold_events: int = 0
    pred_events: int = 0
    matched: int = 0
    default_view: PRF = field(default_factory=PRF)
    fields: dict[str, PRF] = field(default_factory=lambda: {f.name: PRF() for f in FIELDS})
    place_161: Accuracy = field(default_factory=Accuracy)
    place_admin1: Accuracy = field(default_factory=Accuracy)
    date_exact: Accuracy = field(default_factory=Accuracy)
    date_1day: Accuracy = field(default_factory=Accuracy)
    fatal_exact: Accuracy = field(default_factory=Accuracy)
    fatal_10pct: Accuracy = field(default_factory=Accuracy)
    injured: PRF = field(default_factory=PRF)
    captured: PRF = field(default_factory=PRF)
    counts_annotated: bool = False
    factuality: Counter[tuple[str, str]] = field(default_factory=Counter)
    historical: PRF = field(default_factory=PRF)
    historical_acc: Accuracy = field(default_factory=Accuracy)
    attribution: Accuracy = field(default_factory=Accuracy)
    boilerplate_events: int = 0
    no_event_articles: int = 0
    no_event_false: int = 0
    confidence: list[tuple[float, bool]] = field(default_factory=list)

    def add_article(
        self, gold: Sequence[GoldEvent], pred: Sequence[Event], boilerplate: Sequence[str]
    ) -> None:
        self.gold_events += len(gold)
        self.pred_events += len(pred)
        pairs_idx = match(gold, pred)
        self.matched += len(pairs_idx)
        pairs = [(gold[gi], pred[pi]) for gi, pi in pairs_idx]
        matched_pred = {pi for _, pi in pairs_idx}
        for spec in FIELDS:
            prf = score_field(spec, pairs)
            acc = self.fields[spec.name]
            acc.tp, acc.fp, acc.fn = acc.tp + prf.tp, acc.fp + prf.fp, acc.fn + prf.fn
        for g, p in pairs:
            self._add_pair(g, p)
        for pi, p in enumerate(pred):
            correct = pi in matched_pred
            if correct:
                g = next(gold[gi] for gi, pj in pairs_idx if pj == pi)
                if g.acled and g.acled.sub_event_type and p.acled:
                    correct = p.acled.sub_event_type == g.acled.sub_event_type
            self.confidence.append((p.confidence, correct))
            if any(same_sentence(line, p.evidence.sentence) for line in boilerplate):
                self.boilerplate_events += 1
        if not gold:
            self.no_event_articles += 1
            self.no_event_false += len(pred)
        # what consumers see by default: asserted, not historical
        g_view = [g for g in gold if (g.factuality in (None, "asserted")) and not g.historical]
        p_view = [p for p in pred if p.factuality == "asserted" and not p.historical]
        n = len(match(g_view, p_view))
        self.default_view.tp += n
        self.default_view.fp += len(p_view) - n
        self.default_view.fn += len(g_view) - n

    def _add_pair(self, g: GoldEvent, p: Event) -> None:
        gl, pl = g.location, p.location
        if gl is not None and gl.lat is not None and gl.lon is not None:
            if pl is None or pl.lat is None or pl.lon is None:
                self.place_161.add(False)
            else:
                self.place_161.add(km(gl.lat, gl.lon, pl.lat, pl.lon) <= 161)
        if gl is not None and gl.admin1:
            same = pl is not None and admin1_eq(gl.admin1, pl.admin1, country_name(gl.country), gl.country)
            self.place_admin1.add(same)
        if g.date is not None and g.date.start:
            ps = p.date.start
            self.date_exact.add(ps == g.date.start and (p.date.end or ps) == (g.date.end or g.date.start))
            self.date_1day.add(
                ps is not None and abs((date.fromisoformat(ps) - date.fromisoformat(g.date.start)).days) <= 1
            )
        if g.fatalities is not None and g.fatalities.best is not None:
            gb, pb = g.fatalities.best, p.fatalities.best
            self.fatal_exact.add(pb == gb)
            self.fatal_10pct.add(pb is not None and abs(pb - gb) <= 0.1 * gb)
        for gold_count, ours, prf in (
            (g.injured, p.injured, self.injured),
            (g.captured, p.captured, self.captured),
        ):
            stated = gold_count.best if gold_count is not None else None
            self.counts_annotated |= stated is not None
            if stated is not None and ours.best == stated:
                prf.tp += 1
            else:
                prf.fp += ours.best is not None
                prf.fn += stated is not None
        if g.factuality is not None:
            self.factuality[(g.factuality, p.factuality)] += 1
        if g.historical is not None:
            self.historical_acc.add(g.historical == p.historical)
            if g.historical and p.historical:
                self.historical.tp += 1
            elif g.historical:
                self.historical.fn += 1
            elif p.historical:
                self.historical.fp += 1
        if g.attribution is not None:
            pa = p.attribution
            self.attribution.add(
                pa is not None
                and (norm_text(g.attribution) in norm_text(pa) or norm_text(pa) in norm_text(g.attribution))
            )
