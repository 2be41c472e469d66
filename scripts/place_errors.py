"""List place errors on the team gold dev split: for each matched gold/coded event pair whose gold has
a location, the gold place vs ours (admin1, distance), the evidence sentence and trigger, and the
toponyms of the sentence with their resolved place. Development aid (dev split only).

    .venv/bin/python scripts/place_errors.py [--all] [--id ARTICLE_ID]
"""

from __future__ import annotations

import sys

from frontlines.code.actors import default_coder
from frontlines.eval.score import admin1_eq, country_name, match
from frontlines.eval.team import load_split
from frontlines.extract import Extractor
from frontlines.geo.distance import km
from frontlines.geo.gazetteer import default_index
from frontlines.pipeline import Doc


def main(argv: list[str]) -> None:
    show_all = "--all" in argv
    only = argv[argv.index("--id") + 1] if "--id" in argv else None
    ex = Extractor()
    index = default_index()
    _ = default_coder()
    n = bad = 0
    for art in load_split("dev"):
        if art.text is None or (only and art.id != only):
            continue
        doc = ex.pipeline(Doc(raw=art.text, published=art.published, source=art.source, title=art.title))
        for gi, pi in match(art.events, doc.events):
            g, p = art.events[gi], doc.events[pi]
            gl, pl = g.location, p.location
            if gl is None or gl.lat is None:
                continue
            n += 1
            located = pl is not None and pl.lat is not None and pl.lon is not None
            dist = km(gl.lat, gl.lon, pl.lat, pl.lon) if located else None  # type: ignore[arg-type,union-attr]
            same = pl is not None and admin1_eq(gl.admin1, pl.admin1, country_name(gl.country), gl.country)
            a1 = pl is not None and (not gl.admin1 or same)
            ok = a1 and dist is not None and dist <= 161
            if ok and not show_all:
                continue
            bad += not ok
            si = next((i for i, s in enumerate(doc.sentences) if s.start == p.evidence.start), None)
            print(f"== {art.id} {'OK' if ok else 'BAD'} trigger={p.evidence.trigger!r}")
            print(f"   gold: {gl.name} / {gl.admin1} / {gl.country}")
            ours = f"{pl.text!r} -> {pl.name} / {pl.admin1} / {pl.country} ({pl.precision})" if pl else "None"
            print(f"   ours: {ours} dist={dist and round(dist)} a1={a1}")
            print(f"   sent: {p.evidence.sentence}")
            if si is not None:
                others = [t.candidates for ts in doc.toponyms.values() for t in ts]
                for t in doc.toponyms.get(si, []):
                    b = index.resolve(t.text, t.candidates, doc.context_countries, others)
                    where = f"{b.name} / {b.admin1} / {b.country} ({b.kind})"
                    print(f"   cand: {t.text!r} tok{t.token_start} -> {where}")
    print(f"{bad} bad of {n} pairs with gold location")


if __name__ == "__main__":
    main(sys.argv[1:])
