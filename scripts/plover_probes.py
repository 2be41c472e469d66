"""Score PLOVER coding (type, source / target ISO3, as `frontlines eval --bench plover-gsr` does) on the
team's invented probe sentences (bench/plover_probes/probes.txt), per set: "tune", "tune2", "tune3" (errors
read while writing rules) and "blind", "blind2" (only totals ever read). A generalisation check beside the
GSR dev quarters. --actors scores the actor probes (bench/plover_probes/actor_probes.txt: who is source
and target). --codebook scores the codebook-rule probes (bench/plover_probes/codebook_probes.txt: sets
"tune_cb" ... "tune_cb11", "blind_cb" ... "blind_cb11"; cb5-cb8: sentences per CAMEO code of the
conversion table, cb9-cb11: long sentences with background clauses). --file scores any probe file of
that folder in the same format (actor_probes2.txt: 1990s wire-style source / target probes, sets "tune_a16",
"blind_a16"; actor_probes3.txt: source actors named by office, seat, institution, group or party, in
reported speech and passives, sets "tune_a17", "tune_a17b", "blind_a17"; actor_probes4.txt: actors named
without a country word (leaders, services, state media, parties, seats of government) and unknown names
placed by an apposition, sets "tune_a18", "tune_a18b", "blind_a18", "blind_a18b");
probes_blind5.txt: 1980s-2000s
wire sentences per PLOVER type, short ("tune5", "blind5"), long GSR-like ("tune5h", "blind5h") and of the
most frequent GSR types ("tune5c", "blind5c")).
Usage: .venv/bin/python scripts/plover_probes.py [--actors | --codebook | --file NAME] [--errors] [--sets a,b]
(--errors: the tune sets' errors; --sets: score only these sets)"""

from __future__ import annotations

import argparse
from pathlib import Path

from frontlines.config import load_settings
from frontlines.eval.bench_plover import pick_event
from frontlines.extract import Extractor
from frontlines.geo.gazetteer import default_index

FOLDER = Path(__file__).resolve().parent.parent / "bench" / "plover_probes"
PROBES = FOLDER / "probes.txt"
ACTOR_PROBES = FOLDER / "actor_probes.txt"
CODEBOOK_PROBES = FOLDER / "codebook_probes.txt"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--errors", action="store_true", help="print the errors of the tune sets")
    ap.add_argument("--actors", action="store_true", help="score the actor probes (source / target)")
    ap.add_argument("--codebook", action="store_true", help="score the codebook-rule probes")
    ap.add_argument("--file", default="", help="a probe file of bench/plover_probes to score")
    ap.add_argument("--sets", default="", help="comma-separated set names to score (default: all)")
    args = ap.parse_args()
    only = {x for x in args.sets.split(",") if x}
    path = (
        FOLDER / args.file
        if args.file
        else ACTOR_PROBES
        if args.actors
        else CODEBOOK_PROBES
        if args.codebook
        else PROBES
    )
    ex = Extractor(load_settings(overrides={"extract": {"event_scope": "all"}}))
    iso3 = set(default_index().countries)
    tally: dict[tuple[str, str], list[int]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        probe_set, gold, source, target, text = line.split("|", 4)
        if only and probe_set not in only:
            continue
        events = ex.extract_text(text, published="2000-01-01").events
        ev = pick_event(events, gold)
        ours = ev.plover.type if ev else "none"
        t = tally.setdefault((probe_set, "type"), [0, 0])
        t[0] += ours == gold
        t[1] += 1
        show = args.errors and probe_set.startswith("tune")
        lines = [f"  TYPE gold={gold} ours={ours}"] if show and ours != gold else []
        for role, code, actor in (
            ("source", source, ev.actor1 if ev else None),
            ("target", target, ev.actor2 if ev else None),
        ):
            if code not in iso3:
                continue
            hit = actor is not None and actor.country == code
            t = tally.setdefault((probe_set, role), [0, 0])
            t[0] += hit
            t[1] += 1
            if show and not hit:
                lines.append(f"  {role} gold={code} ours={f'{actor.name}|{actor.country}' if actor else '-'}")
        if lines:
            print(text + "\n" + "\n".join(lines))
    for (probe_set, metric), (ok, n) in sorted(tally.items()):
        print(f"{probe_set:5s} {metric:6s} {100 * ok / n:5.1f} ({ok}/{n})")


if __name__ == "__main__":
    main()
