"""List date disagreements on a team gold split: gold date vs ours, with the sentence and references.

Usage: .venv/bin/python scripts/date_errors.py [dev] [--all]   (never run it on the test split)
"""

from __future__ import annotations

import sys

from frontlines.errors import Rejected
from frontlines.eval.score import match
from frontlines.eval.team import load_split
from frontlines.extract import Extractor


def main(argv: list[str]) -> int:
    split = next((a for a in argv if not a.startswith("-")), "dev")
    if split == "test":
        print("the test split is not for error analysis", file=sys.stderr)
        return 2
    show_all = "--all" in argv
    extractor = Extractor()
    bad = total = 0
    for art in load_split(split):
        if art.text is None:
            continue
        try:
            result = extractor.extract_text(
                art.text, published=art.published, source=art.source, url=art.url, title=art.title
            )
        except Rejected as exc:
            print(f"{art.id}: {exc}")
            continue
        dl = result.article.dateline
        dl_date = dl.date if dl else None
        for gi, pi in match(art.events, result.events):
            g, p = art.events[gi], result.events[pi]
            if g.date is None or not g.date.start:
                continue
            total += 1
            ok = p.date.start == g.date.start and (p.date.end or p.date.start) == (g.date.end or g.date.start)
            if ok and not show_all:
                continue
            bad += not ok
            print(
                f"{'OK ' if ok else 'BAD'} {art.id} pub={art.published} dateline={dl_date}\n"
                f"    gold {g.date.start}..{g.date.end} {g.date.precision}"
                f"  hist={g.historical}\n"
                f"    ours {p.date.start}..{p.date.end} {p.date.precision} text={p.date.text!r}"
                f"  hist={p.historical}\n"
                f"    {p.evidence.sentence}\n"
                f"    trigger={p.evidence.trigger!r}"
            )
    print(f"{bad} wrong of {total}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
