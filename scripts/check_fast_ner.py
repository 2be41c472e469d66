"""Check that nlp/fast_ner.py finds the same entities as spaCy's own recogniser.

    .venv/bin/python scripts/check_fast_ner.py [--benchmarks-dir ../shared/benchmarks] [--limit N]

Runs the installed spaCy model twice over the texts of the shared geoparsing corpora (LGL, TR-News,
GeoVirus, GeoWebNews): once with spaCy's `EntityRecognizer`, once with `FastEntityRecognizer` (both with
the same OpenBLAS matrix products the pipeline uses), and compares every document's entities (start, end,
label). Prints each difference and a summary; exits 1 if any document differs. Session 9: 1,144
documents, 435,082 tokens, 0 differing.
"""

from __future__ import annotations

import argparse
import html
import re
import sys
from pathlib import Path
from typing import Any

import spacy

from frontlines.config import load_settings
from frontlines.nlp.fast import install_fast_components, install_fast_matmul

CORPORA = ("data/Corpora/lgl.xml", "data/Corpora/TR-News.xml", "data/Corpora/GeoVirus.xml", "data/GWN.xml")


def texts(root: Path) -> list[str]:
    out: list[str] = []
    for name in CORPORA:
        raw = (root / "geoparsing" / name).read_text(encoding="utf-8", errors="replace")
        out += [html.unescape(t) for t in re.findall(r"<text>(.*?)</text>", raw, re.S)]
    return out


def pipelines() -> tuple[str, Any, Any]:
    """The configured model's name, loaded twice: with spaCy's own components and with the fast ones,
    both with the OpenBLAS matrix products the pipeline uses."""
    model = load_settings().nlp.model
    stock = spacy.load(model)
    install_fast_matmul(stock)
    fast = spacy.load(model)
    install_fast_components(fast)
    install_fast_matmul(fast)
    return model, stock, fast


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--benchmarks-dir", type=Path, default=Path("../shared/benchmarks"))
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args()
    model, stock, fast = pipelines()
    docs = texts(args.benchmarks_dir)[: args.limit or None]
    differing = tokens = 0
    for a, b in zip(stock.pipe(docs, batch_size=32), fast.pipe(docs, batch_size=32), strict=True):
        tokens += len(a)
        ea = {(e.start, e.end, e.label_) for e in a.ents}
        eb = {(e.start, e.end, e.label_) for e in b.ents}
        if ea != eb:
            differing += 1
            print("differs:", sorted(ea ^ eb))
    print(
        f"{model}: {len(docs)} documents, {tokens} tokens, {differing} differing "
        f"(recogniser: {type(fast.get_pipe('ner')).__name__})"
    )
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
