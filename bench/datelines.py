"""Datelines of the team gold set: how many articles open with something dateline-like, and how many of
those the dateline parser reads. "Dateline-like" is deliberately looser than the parser: a first line
whose first 60 characters hold a capitalised word run followed by a comma, a parenthesis, a colon or a
dash before the first verb-like lowercase stretch. Prints the misses so a person can judge them.

    .venv/bin/python bench/datelines.py
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from frontlines.clean.article import build_article
from frontlines.config import load_settings
from frontlines.geo.gazetteer import default_index

ROOT = Path(__file__).resolve().parents[1]
LOOSE = re.compile(r"^\(?[A-Z\u00c0-\u00de][\w\u00c0-\u024f'.\- ]{1,40}(?:,|\(|:|\s[\u2014\u2013-]{1,2}\s)")


def main() -> None:
    settings = load_settings()
    index = default_index()
    like = parsed = total = found = 0
    misses: list[str] = []
    for split in ("dev", "test"):
        for line in (ROOT / "gold" / "team" / f"{split}.jsonl").read_text(encoding="utf-8").splitlines():
            art = json.loads(line)
            total += 1
            built = build_article(
                art["text"],
                settings.clean,
                published=art.get("published"),
                is_place=index.knows,
            ).article
            head = built.body.split("\n", 1)[0][:60]
            found += built.dateline is not None
            if not LOOSE.match(head) or not re.search(r"[A-Z]{3,}|\(\w+\)", head[:40]):
                continue
            like += 1
            if built.dateline is not None:
                parsed += 1
            else:
                misses.append(f"{art['id']}: {head}")
    print(
        f"team gold set: {total} articles, {like} open with a dateline-like line, {parsed} of them parsed; "
        f"{found} datelines read in all (mixed-case ones such as 'Kyiv, Ukraine —' included)"
    )
    for miss in misses:
        print("  not parsed:", miss)


if __name__ == "__main__":
    main()
