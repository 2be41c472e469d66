"""Run the coder on the no-event probes (bench/noevent_probes/probes_*.yaml: short invented articles that
report no conflict event) and the controls (controls.yaml: one clear event each), and report per article
the events coded, with the trigger entry that fired and the sentence. Totals: no-event articles with any
event, events coded in them, controls found (an event of the expected ACLED type).
The probes were written blind (before the coder was run on them); they check that the no-event rules tuned
on the team dev split generalise to other styles of article.
The first set (probes_a/b/c.yaml, controls.yaml) was written blind and then used to tune the sense
guards (code/sense_guards.py); the second (probes_blind2.yaml, controls_blind2.yaml) was written blind
after that round and used for a second one; the third (probes_blind3.yaml, controls_blind3.yaml) is never
used to tune (run it with --quiet). The fourth (probes_blind4.yaml, controls_blind4.yaml: conflict words in
other senses, for the session-10 triggers) has two halves by id: blind4 is its tune half (b4-t*, with all
its controls), blind4-held its held-out half (b4-h*, never used to tune: run it with --quiet). The fifth
(probes_blind5.yaml, controls_blind5.yaml: commemorations, trials, sport / election / business "battles",
"attack" in medicine, cyber and politics, disasters, drills, abstract threats, policy, plots, metaphors,
arms sales, budgets) is split the same way: blind5 (b5-t*, with all its controls) and blind5-held (b5-h*).
Usage: .venv/bin/python scripts/noevent_probes.py
[--set tune|blind2|blind3|blind4|blind4-held|blind5|blind5-held] [--quiet] [--only ID_PREFIX]"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

import yaml

from frontlines.code.assemble import event_id
from frontlines.extract import Extractor, pipeline_doc
from frontlines.ingest.text import make_doc

FOLDER = Path(__file__).resolve().parent.parent / "bench" / "noevent_probes"
SCHEMA = "frontlines/noevent-probes/1"


def load(path: Path) -> list[dict[str, Any]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or data.get("schema") != SCHEMA:
        raise SystemExit(f"{path}: not a {SCHEMA} file")
    probes = data["probes"]
    for p in probes:
        missing = {"id", "style", "published", "text"} - set(p)
        if missing:
            raise SystemExit(f"{path}: probe {p.get('id')} lacks {sorted(missing)}")
    return list(probes)


def code(ex: Extractor, probe: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    """(trigger entry id, trigger text, ACLED type or PLOVER type / factuality / historical, sentence)."""
    doc = ex.pipeline(pipeline_doc(make_doc(probe["id"], probe["text"], {"published": probe["published"]})))
    assert doc.article is not None
    by_id = {e.id: e for e in doc.events}
    rows = []
    for m in doc.mentions:
        s = doc.sentences[m.sentence]
        e = by_id.get(event_id(doc.article.id, s.start, m.trigger_start))
        if e is None:
            continue
        kind = e.acled.event_type if e.acled else e.plover.type
        flags = f"{kind} / {e.factuality}{' / historical' if e.historical else ''}"
        rows.append((m.trigger.id, m.trigger_text, flags, s.text))
    return rows


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quiet", action="store_true", help="totals only")
    ap.add_argument("--only", default="", help="probes whose id starts with this")
    ap.add_argument(
        "--set",
        choices=("tune", "blind2", "blind3", "blind4", "blind4-held", "blind5", "blind5-held"),
        default="tune",
        help="tune: probes_a/b/c + controls; blind2: probes_blind2 + controls_blind2 (both written blind, "
        "then used to tune the sense guards); blind3: probes_blind3 + controls_blind3 (never used to tune); "
        "blind4: the b4-t* half of probes_blind4 + controls_blind4 (tune half); blind4-held: its b4-h* half "
        "(never used to tune); blind5 / blind5-held: the same halves (b5-t* / b5-h*) of probes_blind5",
    )
    args = ap.parse_args()
    ex = Extractor()
    files = {
        "tune": ["probes_a", "probes_b", "probes_c"],
        "blind2": ["probes_blind2"],
        "blind3": ["probes_blind3"],
        "blind4": ["probes_blind4"],
        "blind4-held": ["probes_blind4"],
        "blind5": ["probes_blind5"],
        "blind5-held": ["probes_blind5"],
    }
    halves = {"blind4": "b4-t", "blind4-held": "b4-h", "blind5": "b5-t", "blind5-held": "b5-h"}
    noevent = [p for stem in files[args.set] for p in load(FOLDER / f"{stem}.yaml")]
    noevent = [p for p in noevent if p["id"].startswith(halves.get(args.set, ""))]
    control_stems = {"tune": "controls", "blind4-held": "controls_blind4", "blind5-held": "controls_blind5"}
    control_stem = control_stems.get(args.set, f"controls_{args.set}")
    controls = load(FOLDER / f"{control_stem}.yaml")
    fired_articles = fired_events = 0
    by_style: dict[str, list[int]] = {}
    for p in noevent:
        if not p["id"].startswith(args.only):
            continue
        rows = code(ex, p)
        tally = by_style.setdefault(p["style"], [0, 0, 0])
        tally[0] += 1
        tally[1] += bool(rows)
        tally[2] += len(rows)
        fired_articles += bool(rows)
        fired_events += len(rows)
        if rows and not args.quiet:
            print(f"{p['id']} ({p['style']}): {len(rows)} event(s)")
            for trig, text, flags, sent in rows:
                print(f"  [{trig}] {text!r} {flags}: {sent}")
    found = 0
    n_controls = 0
    for p in controls:
        if not p["id"].startswith(args.only):
            continue
        n_controls += 1
        rows = code(ex, p)
        hit = any(flags.split(" / ")[0] == p["expect"] for _, _, flags, _ in rows)
        found += hit
        if not args.quiet and (not hit or len(rows) > 1):
            verdict = "found" if hit else "MISSED"
            print(f"{p['id']} (control, expect {p['expect']}): {verdict}, {len(rows)} event(s)")
            for trig, text, flags, sent in rows:
                print(f"  [{trig}] {text!r} {flags}: {sent}")
    print()
    for style, (n, art, ev) in sorted(by_style.items()):
        print(f"{style:22s} {art}/{n} articles with events, {ev} events")
    n = sum(t[0] for t in by_style.values())
    print(f"no-event probes: {fired_articles}/{n} articles with events, {fired_events} events coded")
    print(f"controls: {found}/{n_controls} found")


if __name__ == "__main__":
    main()
