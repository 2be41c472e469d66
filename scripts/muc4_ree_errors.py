"""MUC-4 role-filler errors on the processed DEV split (tuning only; never run it on test):

    .venv/bin/python scripts/muc4_ree_errors.py [--benchmarks-dir ../shared/benchmarks] [--limit N]
        [--role Victim] [--docs] [--events]

Prints, per role, the gold entities we miss (with whether the document had any kept event) and our
entities that match nothing; `--docs` prints every document's gold and predicted entities and its
events (trigger, MUC type, actors, sentence); `--events` lists the documents with gold role fillers
where no event was kept, with their first sentences, to see which triggers are missed.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from frontlines.eval.bench_common import ready_extractor
from frontlines.eval.bench_muc4 import muc_type, relevant_event
from frontlines.eval.bench_muc4_ceaf import ROLES, ReeTally, phi_strict
from frontlines.eval.bench_muc4_ree import load_processed, raw_datelines, ree_input
from frontlines.eval.bench_muc4_roles import event_roles, predicted_entities


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--benchmarks-dir", default="../shared/benchmarks")
    ap.add_argument("--limit", type=int)
    ap.add_argument("--role")
    ap.add_argument("--docs", action="store_true")
    ap.add_argument("--events", action="store_true")
    args = ap.parse_args()
    root = Path(args.benchmarks_dir)
    docs, _ = load_processed(root, "dev")
    docs = docs[: args.limit] if args.limit else docs
    raw = raw_datelines(root, "dev")
    ex = ready_extractor(None)
    missed: dict[str, Counter[str]] = {r: Counter() for r in ROLES}
    false: dict[str, Counter[str]] = {r: Counter() for r in ROLES}
    no_event_docs = 0
    tally = ReeTally()
    for doc in docs:
        text, published = ree_input(doc, raw.get(doc.docid))
        try:
            events = ex.extract_text(text, published=published).events
        except Exception as err:  # an analysis script reports and goes on
            print(doc.docid, "ERROR", err)
            events = []
        kept = [e for e in events if relevant_event(e) is not None]
        pred = predicted_entities(events, text)
        has_gold = any(doc.gold[r] for r in ROLES)
        tally.add(doc.gold, pred)
        if has_gold and not kept:
            no_event_docs += 1
            if args.events:
                print(f"== {doc.docid} (gold, no kept event; {len(events)} events)")
                for e in events:
                    a2 = e.actor2 and e.actor2.kind
                    print(f"   dropped {e.evidence.trigger!r} {muc_type(e)} {e.factuality} a2={a2}")
                print("  ", text[:700].replace("\n", " "))
        for role in ROLES:
            if args.role and role != args.role:
                continue
            gold, got = doc.gold[role], pred[role]
            for g in gold:
                if not any(phi_strict(g, p) for p in got):
                    missed[role][f"{g[0]} [{'ev' if kept else 'no-ev'}]"] += 1
            for p in got:
                if not any(phi_strict(g, p) for g in gold):
                    false[role][p[0]] += 1
        if args.docs and (has_gold or kept):
            print(f"== {doc.docid}")
            for role in ROLES:
                print(f"   {role:8} gold={[g[:3] for g in doc.gold[role]]}")
                print(f"   {'':8} ours={[p[0] for p in pred[role]]}")
            for e in kept:
                a1, a2 = e.actor1 and e.actor1.text, e.actor2 and e.actor2.text
                roles = {k: v for k, v in event_roles(e).items() if v}
                print(
                    f"   EV {relevant_event(e)} trig={e.evidence.trigger!r} a1={a1!r} a2={a2!r} roles={roles}"
                )
                print(f"      {e.evidence.sentence[:300]!r}")
    print(f"documents with gold fillers and no kept event: {no_event_docs}")
    for role, prf in [*tally.roles.items(), ("micro", tally.micro())]:
        p, r, f = (100 * (v or 0) for v in (prf.precision, prf.recall, prf.f1))
        counts = f"tp {prf.tp:3} pred {prf.tp + prf.fp:3} gold {prf.tp + prf.fn:3}"
        print(f"{role:8} {counts}  P {p:.1f} R {r:.1f} F1 {f:.1f}")
    for role in ROLES:
        if args.role and role != args.role:
            continue
        print(f"--- {role}: missed {sum(missed[role].values())}, false {sum(false[role].values())}")
        print("  missed:", ", ".join(f"{k} x{v}" if v > 1 else k for k, v in missed[role].most_common(60)))
        print("  false: ", ", ".join(f"{k} x{v}" if v > 1 else k for k, v in false[role].most_common(60)))


if __name__ == "__main__":
    main()
