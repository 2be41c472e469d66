"""List event-location errors on the dev half (bench_event_location.split_of): the sentence, the verb,
gold vs predicted location tokens, the route and the sentence's toponyms. Development aid.

    .venv/bin/python scripts/event_location_errors.py [N_ITEMS] [BENCHMARKS_DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

from frontlines.config import load_settings
from frontlines.eval import bench_event_location as el
from frontlines.extract import Extractor


def main(argv: list[str]) -> None:
    limit = int(argv[0]) if argv else 500
    root = Path(argv[1]) if len(argv) > 1 else Path("/work/shared/benchmarks")
    raw = [r for r in el.load_raw(root) if el.split_of(str(r.get("text") or "")) == "dev"][:limit]
    items = [it for it in (el.parse_item(r) for r in raw) if it is not None]
    ex = Extractor(load_settings(overrides={"extract": {"candidates_only": False}}))
    pred = el.Predictor(ex)
    n = bad = 0
    tally = el.Tally()
    for it in items:
        doc = pred.run(it.text)
        if isinstance(doc, str):
            continue
        p = pred.predict(doc, it.text, it.verb)
        toks = el.ws_tokens(it.text)
        gold = [el.tokens_of(s, toks) for s in it.locations]
        union = frozenset().union(*gold) if gold else frozenset()
        n += 1
        tally.add(p, tuple(g for g in gold if g))
        ok = (not gold and not p.has_location) or (bool(gold) and any(p.tokens == g for g in gold))
        if ok:
            continue
        bad += 1
        words = it.text.split()

        def show(ts: frozenset[int], words: list[str] = words) -> str:
            return " ".join(words[i] for i in sorted(ts)) or "-"

        kind = "FALSE" if not gold else "MISS" if not p.tokens else "PART" if p.tokens & union else "WRONG"
        print(f"== {kind} {it.id} route={p.route} verb={it.text[it.verb[0] : it.verb[1]]!r}")
        print(f"   gold: {' | '.join(show(g) for g in gold) or 'none'}   ours: {show(p.tokens)}")
        print(f"   text: {it.text}")
        tops = [t.text for ts in doc.toponyms.values() for t in ts]
        print(f"   tops: {tops}")
    print(f"{bad} wrong of {n}; token P {tally.precision} R {tally.recall}")


if __name__ == "__main__":
    main(sys.argv[1:])
