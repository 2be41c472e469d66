"""PLOVER GSR source/target ISO3 accuracy on the two deterministic halves (dev: sha1(record id) first
hex digit even). Tune on dev only. Usage: .venv/bin/python scripts/plover_actor_halves.py [--errors]"""

from __future__ import annotations

import argparse
import hashlib
from pathlib import Path

from frontlines.config import load_settings
from frontlines.eval.bench_plover import _actors, country_codes, gold_type, load_records, pick_event
from frontlines.extract import Extractor
from frontlines.geo.gazetteer import default_index


def half(rec_id: str) -> str:
    return "dev" if int(hashlib.sha1(rec_id.encode()).hexdigest()[0], 16) % 2 == 0 else "test"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--errors", action="store_true", help="print dev-half errors")
    ap.add_argument("--root", default="/work/shared/benchmarks")
    args = ap.parse_args()
    # as `frontlines eval --bench plover-gsr` codes it: every PLOVER type, not only ACLED's
    ex = Extractor(load_settings(overrides={"extract": {"event_scope": "all"}}))
    iso3 = set(default_index().countries)
    tally: dict[tuple[str, str], list[int]] = {}
    for rec in load_records(Path(args.root)):
        h = half(str(rec["id"]))
        events = ex.extract_text(str(rec["text"]), published=rec.get("date")).events
        ev = pick_event(events, gold_type(str(rec.get("event"))))
        for role, actor in (("source", ev.actor1 if ev else None), ("target", ev.actor2 if ev else None)):
            codes = country_codes(_actors(rec, role), iso3)
            if not codes:
                continue
            hit = actor is not None and actor.country in codes
            t = tally.setdefault((h, role), [0, 0])
            t[0] += hit
            t[1] += 1
            if args.errors and h == "dev" and not hit:
                ours = f"{actor.name}|{actor.country}" if actor else "-"
                coded = "y" if ev else "n"
                print(f"{rec['id']} {role} gold={sorted(codes)} ours={ours} ev={coded}\n  {rec['text']}")
    for (h, role), (ok, n) in sorted(tally.items()):
        print(f"{h} {role} ISO3 accuracy {ok / n:.3f} ({ok}/{n})")


if __name__ == "__main__":
    main()
