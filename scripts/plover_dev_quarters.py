"""PLOVER GSR dev half split in two quarters by a fixed hash, to tune on one and check the other.

dev = records whose SHA-1(id) first hex digit is even (bench_plover.split_of); quarter "a" = dev records
whose second hex digit is even, "b" = the others. Prints type accuracy and source/target ISO3 accuracy
(as `frontlines eval --bench plover-gsr` scores them) for each quarter, and with --errors the errors of
quarter a only (tune on a, check on b). Never runs the test half.
Usage: .venv/bin/python scripts/plover_dev_quarters.py [--errors] [--quarter a|b]"""

from __future__ import annotations

import argparse
import hashlib
from pathlib import Path

from frontlines.config import load_settings
from frontlines.eval.bench_plover import _actors, country_codes, gold_type, load_records, pick_event, split_of
from frontlines.extract import Extractor
from frontlines.geo.gazetteer import default_index


def quarter(rec: dict) -> str:
    key = str(rec.get("id") or rec.get("text") or "")
    return "a" if int(hashlib.sha1(key.encode("utf-8")).hexdigest()[1], 16) % 2 == 0 else "b"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--errors", action="store_true", help="print errors of the tuning quarter")
    ap.add_argument("--quarter", default="a", choices=["a", "b"], help="quarter whose errors --errors prints")
    ap.add_argument("--root", default="/work/shared/benchmarks")
    args = ap.parse_args()
    ex = Extractor(load_settings(overrides={"extract": {"event_scope": "all"}}))
    iso3 = set(default_index().countries)
    tally: dict[tuple[str, str], list[int]] = {}
    for rec in load_records(Path(args.root)):
        if split_of(rec) != "dev":
            continue
        q = quarter(rec)
        gold = gold_type(str(rec.get("event")))
        events = ex.extract_text(str(rec["text"]), published=rec.get("date")).events
        ev = pick_event(events, gold)
        ours = ev.plover.type if ev else "none"
        t = tally.setdefault((q, "type"), [0, 0])
        t[0] += ours == gold
        t[1] += 1
        show = args.errors and q == args.quarter
        lines = []
        if show and ours != gold:
            lines.append(f"  TYPE gold={gold} ours={ours} all={[e.plover.type for e in events]}")
        for role, actor in (("source", ev.actor1 if ev else None), ("target", ev.actor2 if ev else None)):
            codes = country_codes(_actors(rec, role), iso3)
            if not codes:
                continue
            hit = actor is not None and actor.country in codes
            t = tally.setdefault((q, role), [0, 0])
            t[0] += hit
            t[1] += 1
            if show and not hit:
                o = f"{actor.name}|{actor.country}" if actor else "-"
                lines.append(f"  {role.upper()} gold={sorted(codes)} ours={o}")
        if lines:
            print(f"{rec['id']} [{ours}] {rec['text']}")
            print("\n".join(lines))
    for (q, m), (ok, n) in sorted(tally.items()):
        print(f"quarter {q} {m:6s} {100 * ok / n:5.1f} ({ok}/{n})")


if __name__ == "__main__":
    main()
