"""PLOVER gold-standard records (`plover_gsr/PLOVER_GSR_CAMEO.txt`): edited CAMEO-manual sentences.

The file is one JSON list; the `DOCUMENT` record documents the file and is skipped. Every other record
is one sentence with one gold event. Each sentence is coded on its own (`published` = its `date`,
2000-01-01 throughout) and scored on field values, not offsets:

- event detection: did we code at least one event (every record has one, so this is a recall);
- PLOVER type: the predicted type is that of our event whose type equals the gold type if there is
  one, else our first event ("none" when we coded nothing); accuracy, per-type P/R/F1 and a
  gold -> ours count table. The file is coded with an older PLOVER draft: its labels are mapped to
  the current 16 types as `CAMEO2PLOVER-2021.txt` (in the same folder) does: FIGHT -> ASSAULT,
  DEMAND -> REQUEST, DISAPPROVE -> ACCUSE, INVESTIGATE -> ACCUSE;
- source / target country: gold `source[*].code` against our actor1.country, `target[*].code`
  against actor2.country, correct when any gold code matches. Only codes that are countries count
  (IGO, NGO, ISM... are not; the file's JAP, VTN and ITL are read as JPN, VNM and ITA);
- sector: gold `sector` (first three letters) against our actor kind, where `SECTOR_KINDS` maps it;
  scored over gold actors in a role where we coded an actor in that role.

The set codes every PLOVER type, diplomatic ones included, so the records are coded with
`extract.event_scope = "all"` (the default scope, "conflict", codes only events with an ACLED type). A
record whose gold type is not among the PLOVER types of the trigger lexicon (`knowledge.triggers()`,
listed in the report) is an expected miss, so the report also gives type accuracy over records of
types the lexicon has.

Splits: the file has none, so a deterministic half is made from each record's SHA-1 (of its `id`, or
of its `text` when it has no id): "dev" = records whose hex digest starts with an even digit
(0 2 4 6 8 a c e), "test" = the others, "all" = every record (the default). Rules are tuned on dev
only; both halves are reported. Other adapters (actor countries) rely on this exact rule.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path
from typing import Any

from frontlines.config import load_settings
from frontlines.errors import Rejected, StageError
from frontlines.eval.bench_common import ITEM_SECONDS, BenchmarkMissing, time_limit, timed_out, warm_up
from frontlines.eval.report import BenchReport
from frontlines.extract import Extractor
from frontlines.geo.gazetteer import default_index
from frontlines.knowledge import triggers
from frontlines.model import Event

FOLDER = "plover_gsr"
FILE = "PLOVER_GSR_CAMEO.txt"
SPLITS = ("dev", "test", "all")

GOLD_TYPE = {"FIGHT": "ASSAULT", "DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE"}
"""older PLOVER labels in the file -> the 16 types of frontlines.model.PloverType"""

CODE_ALIASES = {"JAP": "JPN", "VTN": "VNM", "ITL": "ITA"}
"""country codes in the file that are not ISO 3166-1 alpha-3 (its readme says nation-states are coded
with ISO 3166-1 alpha-3): JAP is Japan, VTN Viet Nam, ITL Italy (both ITL records code "Italy")"""

SECTOR_KINDS: dict[str, frozenset[str]] = {
    "GOV": frozenset({"government"}),
    "LEG": frozenset({"government"}),
    "JUD": frozenset({"government"}),
    "MIL": frozenset({"state_forces"}),
    "COP": frozenset({"state_forces"}),  # police
    "SPY": frozenset({"state_forces"}),
    "REB": frozenset({"rebels"}),
    "CVL": frozenset({"civilians"}),
    "CIV": frozenset({"civilians"}),
    "REF": frozenset({"civilians"}),  # refugees
    "PRO": frozenset({"protesters"}),
}
"""PLOVER/CAMEO sector (first three letters, so "REBkur" is REB) -> our actor kinds; other sectors
(OPP, ELI, UAF, CRM, MED, "***" ...) are not scored"""


def load_records(root: Path) -> list[dict[str, Any]]:
    """The event records of the file, in file order (the DOCUMENT record left out)."""
    path = root / FOLDER / FILE
    if not path.is_file():
        raise BenchmarkMissing(f"PLOVER GSR: no {FILE} at {path} (looked in benchmarks root {root})")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BenchmarkMissing(f"PLOVER GSR: cannot read {path}: {exc}") from exc
    if not isinstance(data, list):
        raise BenchmarkMissing(f"PLOVER GSR: {path} is not a JSON list of records")
    return [r for r in data if isinstance(r, dict) and r.get("event") != "DOCUMENT" and r.get("text")]


def split_of(record: dict[str, Any]) -> str:
    """Split "dev" or "test": the parity of the first hex digit of SHA-1(id, else text)."""
    key = str(record.get("id") or record.get("text") or "")
    return "dev" if int(hashlib.sha1(key.encode("utf-8")).hexdigest()[0], 16) % 2 == 0 else "test"


def select_split(records: list[dict[str, Any]], split: str) -> list[dict[str, Any]]:
    """The records of one split ("all": every record), in file order."""
    return records if split == "all" else [r for r in records if split_of(r) == split]


def gold_type(label: str) -> str:
    return GOLD_TYPE.get(label, label)


def _actors(record: dict[str, Any], role: str) -> list[dict[str, Any]]:
    # "target" is sometimes "" (no target) and once a stray context word ("diplomatic")
    value = record.get(role)
    return [a for a in value if isinstance(a, dict)] if isinstance(value, list) else []


def country_codes(actors: list[dict[str, Any]], iso3: set[str]) -> set[str]:
    codes = {CODE_ALIASES.get(str(a.get("code") or ""), str(a.get("code") or "")) for a in actors}
    return codes & iso3


def sector_kinds(actors: list[dict[str, Any]]) -> frozenset[str] | None:
    """Our kinds any of the gold actors' sectors maps to; None when no sector maps."""
    kinds: set[str] = set()
    mapped = False
    for a in actors:
        sector = SECTOR_KINDS.get(str(a.get("sector") or "")[:3].upper())
        if sector is not None:
            mapped = True
            kinds |= sector
    return frozenset(kinds) if mapped else None


def pick_event(events: list[Event], gold: str) -> Event | None:
    """Our event with the gold type if there is one, else our first event."""
    for ev in events:
        if ev.plover.type == gold:
            return ev
    return events[0] if events else None


def _prf(tp: int, n_pred: int, n_gold: int) -> tuple[float | None, float | None, float | None]:
    p = tp / n_pred if n_pred else None
    r = tp / n_gold if n_gold else None
    if p is None or r is None:
        return p, r, None
    f = 2 * p * r / (p + r) if p + r > 0 else 0.0
    return p, r, f


def _pct(value: float | None) -> str:
    return "" if value is None else f"{100 * value:.1f}"


def run(root: Path, split: str, limit: int | None, extractor: Extractor | None = None) -> BenchReport:
    if split not in SPLITS:
        raise BenchmarkMissing(f"PLOVER GSR splits are {', '.join(SPLITS)} (not {split!r})")
    records = select_split(load_records(root), split)
    if limit is not None:
        records = records[:limit]
    extractor = extractor or Extractor(load_settings(overrides={"extract": {"event_scope": "all"}}))
    warm_up(extractor)
    iso3 = set(default_index().countries)
    lexicon_types = {t.plover.type for t in triggers().triggers}

    detected = 0
    failed = timeouts = 0
    type_ok = 0
    coded_type_ok = 0
    assault_gold = assault_detected = 0
    in_gold = in_detected = in_type_ok = out_gold = out_detected = 0
    pairs: list[tuple[str, str]] = []  # (gold type after mapping, our type or "none")
    confusion: dict[str, Counter[str]] = {}
    country = {"source": [0, 0, 0, 0], "target": [0, 0, 0, 0]}  # ok, n, ok where coded, n coded
    sector = {"source": [0, 0, 0], "target": [0, 0, 0]}  # ok, n with our actor, n gold mappable
    for rec in records:
        label = str(rec.get("event"))
        gold = gold_type(label)
        try:
            with time_limit(ITEM_SECONDS):
                events = extractor.extract_text(str(rec["text"]), published=rec.get("date")).events
        except (Rejected, StageError) as exc:
            events = []
            timeouts += timed_out(exc)
            failed += not timed_out(exc)
        ev = pick_event(events, gold)
        ours = ev.plover.type if ev is not None else "none"
        pairs.append((gold, ours))
        row = label if label == gold else f"{label} (→{gold})"
        confusion.setdefault(row, Counter())[ours] += 1
        detected += ev is not None
        type_ok += ours == gold
        coded_type_ok += ev is not None and ours == gold
        if gold == "ASSAULT":
            assault_gold += 1
            assault_detected += ev is not None
        if gold in lexicon_types:
            in_gold += 1
            in_detected += ev is not None
            in_type_ok += ours == gold
        else:
            out_gold += 1
            out_detected += ev is not None
        for role, actor in (("source", ev.actor1 if ev else None), ("target", ev.actor2 if ev else None)):
            gold_actors = _actors(rec, role)
            codes = country_codes(gold_actors, iso3)
            if codes:
                hit = actor is not None and actor.country in codes
                tally = country[role]
                tally[0] += hit
                tally[1] += 1
                if ev is not None:
                    tally[2] += hit
                    tally[3] += 1
            kinds = sector_kinds(gold_actors)
            if kinds is not None:
                sector[role][2] += 1
                if actor is not None:
                    sector[role][0] += actor.kind in kinds
                    sector[role][1] += 1

    n = len(records)
    rep = BenchReport(bench="plover-gsr", dataset=str(root / FOLDER / FILE), split=split, items=n)
    rep.add("event detection (≥1 event coded)", detected / n if n else None, n)
    rep.add(
        "event detection, gold ASSAULT/FIGHT",
        assault_detected / assault_gold if assault_gold else None,
        assault_gold,
    )
    rep.add(
        "event detection, gold type in our lexicon",
        in_detected / in_gold if in_gold else None,
        in_gold,
    )
    rep.add(
        "events coded on records of other types",
        out_detected / out_gold if out_gold else None,
        out_gold,
        note="gold type outside our lexicon: an event here has the wrong type",
    )
    rep.add("PLOVER type accuracy", type_ok / n if n else None, n, note="no event = wrong")
    rep.add(
        "PLOVER type accuracy, gold type in our lexicon",
        in_type_ok / in_gold if in_gold else None,
        in_gold,
        note="no event = wrong",
    )
    rep.add("PLOVER type accuracy where we coded", coded_type_ok / detected if detected else None, detected)
    tp = sum(1 for g, o in pairs if g == o == "ASSAULT")
    n_pred = sum(1 for _, o in pairs if o == "ASSAULT")
    p, r, f = _prf(tp, n_pred, assault_gold)
    rep.add("ASSAULT precision", p, n_pred)
    rep.add("ASSAULT recall", r, assault_gold)
    rep.add("ASSAULT F1", f, assault_gold)
    for role, actor_name in (("source", "actor1"), ("target", "actor2")):
        ok, total, ok_coded, total_coded = country[role]
        rep.add(
            f"{role} country (ISO3) accuracy",
            ok / total if total else None,
            total,
            note=f"gold {role} with a country code vs our {actor_name}.country; no event = wrong",
        )
        rep.add(
            f"{role} country accuracy where we coded",
            ok_coded / total_coded if total_coded else None,
            total_coded,
        )
    for role, actor_name in (("source", "actor1"), ("target", "actor2")):
        ok, total, mappable = sector[role]
        rep.add(
            f"{role} sector agreement",
            ok / total if total else None,
            total,
            note=f"of {mappable} gold {role}s with a mappable sector, those where we coded {actor_name}",
        )
    if failed:
        rep.add("records the pipeline failed on (scored as no event)", failed, n, unit="count")
    if timeouts:
        rep.add(
            f"records stopped after {ITEM_SECONDS:g} s CPU (scored as no event)", timeouts, n, unit="count"
        )

    labels = sorted({g for g, _ in pairs} | {o for _, o in pairs if o != "none"})
    per_type = [["type", "gold", "ours", "P %", "R %", "F1 %"]]
    for t in labels:
        tp_t = sum(1 for g, o in pairs if g == o == t)
        pred_t = sum(1 for _, o in pairs if o == t)
        gold_t = sum(1 for g, _ in pairs if g == t)
        pt, rt, ft = _prf(tp_t, pred_t, gold_t)
        per_type.append([t, str(gold_t), str(pred_t), _pct(pt), _pct(rt), _pct(ft)])
    rep.tables["per PLOVER type (gold after mapping)"] = per_type
    ours_cols = ["none", *sorted({o for _, o in pairs if o != "none"})]
    table = [["gold \\ ours", *ours_cols]]
    for row_label in sorted(confusion):
        counts = confusion[row_label]
        table.append([row_label, *(str(counts.get(c, 0)) for c in ours_cols)])
    rep.tables["gold type → our type (records)"] = table
    rep.notes += [
        'coded with extract.event_scope = "all" (every PLOVER type; the default "conflict" scope '
        "codes only events with an ACLED type).",
        f"the trigger lexicon codes PLOVER {', '.join(sorted(lexicon_types))}: records of other types "
        "are expected misses.",
        "gold labels from the older PLOVER draft are mapped as CAMEO2PLOVER-2021.txt: FIGHT→ASSAULT, "
        "DEMAND→REQUEST, DISAPPROVE→ACCUSE, INVESTIGATE→ACCUSE.",
        "country accuracy counts gold actors whose code is an ISO3 country (IGO/NGO/ISM… left out; "
        "JAP→JPN, VTN→VNM, ITL→ITA); correct when any gold code of the role equals ours.",
        "sector map: GOV/LEG/JUD→government, MIL/COP/SPY→state_forces, REB→rebels, "
        "CVL/CIV/REF→civilians, PRO→protesters; other sectors not scored.",
        f"split {split!r}: {n} records"
        + (f" (first {limit})" if limit is not None else "")
        + "; dev/test = even/odd first hex digit of SHA-1(record id); the DOCUMENT record is skipped.",
    ]
    return rep
