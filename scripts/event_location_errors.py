"""List event-location errors on the dev half (bench_event_location.split_of): the sentence, the verb,
gold vs predicted location tokens, the route and the sentence's toponyms. Development aid.

The dev half is cut again in two by the second hex digit of the sentence's SHA-1: "tune" (even) and
"check" (odd). Tune on the tune half's errors only; accept a change when the check half does not fall.
Token P/R is printed for both halves (timeouts and failures count as predicting nothing, as in the
benchmark); errors are printed for the tune items only (also with --half dev or check: none then),
or none with --quiet.

    .venv/bin/python scripts/event_location_errors.py [--half tune|check|dev] [--limit N] [--quiet]
        [--benchmarks-dir DIR]
"""

from __future__ import annotations

import argparse
import hashlib
from pathlib import Path

from frontlines.config import load_settings
from frontlines.eval import bench_event_location as el
from frontlines.extract import Extractor


def half_of(text: str) -> str:
    """ "tune" or "check": the parity of the second hex digit of the SHA-1 of the sentence text."""
    return "tune" if int(hashlib.sha1(text.encode("utf-8")).hexdigest()[1], 16) % 2 == 0 else "check"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--half", choices=("tune", "check", "dev"), default="tune")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--quiet", action="store_true")
    ap.add_argument("--benchmarks-dir", default="/work/shared/benchmarks")
    args = ap.parse_args()
    raw = [
        r for r in el.load_raw(Path(args.benchmarks_dir)) if el.split_of(str(r.get("text") or "")) == "dev"
    ]
    if args.half != "dev":
        raw = [r for r in raw if half_of(str(r.get("text") or "")) == args.half]
    raw = raw[: args.limit]
    items = [it for it in (el.parse_item(r) for r in raw) if it is not None]
    ex = Extractor(load_settings(overrides={"extract": {"candidates_only": False}}))
    el.warm_up(ex)
    pred = el.Predictor(ex)
    tallies = {"tune": el.Tally(), "check": el.Tally()}
    docs: dict[str, object] = {}
    bad = 0
    for it in items:
        if it.text not in docs:
            docs = {it.text: pred.run(it.text)}  # items of one sentence come together; keep only the last
        doc = docs[it.text]
        p = el.Prediction(doc) if isinstance(doc, str) else pred.predict(doc, it.text, it.verb)  # type: ignore[arg-type]
        toks = el.ws_tokens(it.text)
        gold = [g for g in (el.tokens_of(s, toks) for s in it.locations) if g]
        union = frozenset().union(*gold) if gold else frozenset()
        tallies[half_of(it.text)].add(p, tuple(gold))
        ok = (not gold and not p.has_location) or (bool(gold) and any(p.tokens == g for g in gold))
        if ok or args.quiet or isinstance(doc, str) or half_of(it.text) != "tune":
            continue
        bad += 1
        words = it.text.split()

        def show(ts: frozenset[int], words: list[str] = words) -> str:
            return " ".join(words[i] for i in sorted(ts)) or "-"

        kind = "FALSE" if not gold else "MISS" if not p.tokens else "PART" if p.tokens & union else "WRONG"
        print(f"== {kind} {it.id} route={p.route} verb={it.text[it.verb[0] : it.verb[1]]!r}")
        print(f"   gold: {' | '.join(show(g) for g in gold) or 'none'}   ours: {show(p.tokens)}")
        print(f"   text: {it.text}")
        tops = [t.text for ts in doc.toponyms.values() for t in ts]  # type: ignore[attr-defined]
        print(f"   tops: {tops}")
    if not args.quiet:
        print(f"{bad} wrong")
    for name, t in tallies.items():
        if t.with_gold or t.without_gold:
            print(
                f"{name}: items {t.with_gold}+{t.without_gold} tp {t.tp} pred {t.n_pred_tokens} "
                f"gold {t.n_gold_tokens} P {t.precision or 0:.4f} R {t.recall or 0:.4f} "
                f"false-loc {t.false_location}/{t.without_gold}"
            )


if __name__ == "__main__":
    main()
