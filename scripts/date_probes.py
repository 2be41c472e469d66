"""Run the pipeline on the blind date probes (bench/date_probes/probes.yaml: short wire-style items in our
own wording, each with one marked event and its expected date per gold/team/README.md) and report, per
set, how many probes get the expected start, end and precision. The probes were annotated before the
system was run on them; each phrasing has a `tune` item (may be used to fix the code) and a `heldout`
item (only to check that a fix generalises).
A probe may also give `historical` (the expected background flag). --file reads another probe file of the same
schema (bench/date_probes/probes_blind2.yaml: the second blind set).
Usage: .venv/bin/python scripts/date_probes.py [--set tune|heldout] [--quiet] [--file PATH]"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

import yaml

from frontlines.extract import Extractor

PROBES = Path(__file__).resolve().parent.parent / "bench" / "date_probes" / "probes.yaml"
SCHEMA = "frontlines/date-probes/1"


def load(path: Path = PROBES) -> list[dict[str, Any]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or data.get("schema") != SCHEMA:
        raise SystemExit(f"{path}: not a {SCHEMA} file")
    probes = list(data["probes"])
    for p in probes:
        missing = {"id", "set", "published", "trigger", "start", "end", "precision", "text"} - set(p)
        if missing:
            raise SystemExit(f"{path}: probe {p.get('id')} lacks {sorted(missing)}")
    return probes


def check(ex: Extractor, probe: dict[str, Any]) -> tuple[bool, str]:
    """(the probe passes, what the system gave)."""
    result = ex.extract_text(probe["text"], published=str(probe["published"]))
    words = [w.lower() for w in probe["trigger"].split("|")]
    events = [e for e in result.events if any(w in e.evidence.trigger.lower() for w in words)]
    # the coder may pick another word of the same clause ("car bomb" for "exploded"): the event of the
    # sentence that holds the word
    events = events or [e for e in result.events if any(w in e.evidence.sentence.lower() for w in words)]
    if not events:
        return False, "no event"
    d = events[0].date
    got: tuple[object, ...] = (d.start, d.end, d.precision)
    want: tuple[object, ...] = (str(probe["start"]), str(probe["end"]), probe["precision"])
    if "historical" in probe:
        got, want = (*got, events[0].historical), (*want, probe["historical"])
    shown = f"{d.start}..{d.end} {d.precision} ({d.text!r})"
    if "historical" in probe:
        shown += f" historical={events[0].historical}"
    return got == want, f"{events[0].evidence.trigger}: {shown}"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", choices=["tune", "heldout"], help="only this half")
    ap.add_argument("--quiet", action="store_true", help="totals only")
    ap.add_argument("--file", type=Path, default=PROBES, help="probe file (default: the first blind set)")
    args = ap.parse_args()
    ex = Extractor()
    totals: dict[str, list[int]] = {}
    for p in load(args.file):
        if args.set and p["set"] != args.set:
            continue
        ok, got = check(ex, p)
        t = totals.setdefault(p["set"], [0, 0, 0])
        t[0] += ok
        t[1] += 1
        t[2] += got == "no event"
        if not ok and not args.quiet:
            want = f"{p['start']}..{p['end']} {p['precision']}"
            if "historical" in p:
                want += f" historical={p['historical']}"
            print(f"FAIL {p['id']}: want {want}; got {got}\n     {p['text']!r}")
    for name, (ok, n, missed) in sorted(totals.items()):
        print(f"{name}: {ok}/{n} ({100 * ok / n:.1f}%); no event coded for {missed}")


if __name__ == "__main__":
    main()
