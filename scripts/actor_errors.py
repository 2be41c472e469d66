"""List actor errors on the team gold DEV split (never the test split): matched pairs whose actor1 or
actor2 name/country/kind differ. Usage: .venv/bin/python scripts/actor_errors.py [--field actor1|actor2]"""

from __future__ import annotations

import argparse
from collections import Counter

from frontlines.eval.score import match
from frontlines.eval.team import load_split
from frontlines.extract import Extractor


def fmt(a: object) -> str:
    if a is None:
        return "-"
    name, country, kind = (getattr(a, k) for k in ("name", "country", "kind"))
    text = getattr(a, "text", "")
    return f"{name}|{country}|{kind}" + (f" <{text}>" if text else "")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--field", choices=["actor1", "actor2", "both"], default="both")
    ap.add_argument("--only", default="", help="substring filter on article id")
    args = ap.parse_args()
    ex = Extractor()
    kinds: Counter[str] = Counter()
    for art in load_split("dev"):
        if art.text is None or args.only not in art.id:
            continue
        events = ex.extract_text(art.text, published=art.published, source=art.source, title=art.title).events
        for gi, pi in match(art.events, events):
            g, p = art.events[gi], events[pi]
            for f in ("actor1", "actor2") if args.field == "both" else (args.field,):
                ga, pa = getattr(g, f), getattr(p, f)
                if ga is None:
                    continue
                ok = (
                    pa is not None
                    and (ga.name or "").lower() == (pa.name or "").lower()
                    and (ga.country is None or ga.country == pa.country)
                )
                if ok:
                    continue
                kinds[f + (" missing" if pa is None else " wrong")] += 1
                print(f"{art.id} {f} trig={p.evidence.trigger!r}\n  GOLD {fmt(ga)}\n  OURS {fmt(pa)}")
                print(f"  S: {g.evidence.sentence if g.evidence else ''}")
    print(kinds)


if __name__ == "__main__":
    main()
