"""Gate on the chrome corpus's dev split (gold/chrome): the line classifier and the HTML reader must keep
body-line F1 and dateline detection where they were measured (BENCHMARKS.md), without the spaCy coder."""

from __future__ import annotations

import json
from pathlib import Path

from frontlines.clean.article import build_article
from frontlines.config import load_settings
from frontlines.eval.bench_chrome import ChromeTally, corpus_dir, read_document, score_lines, score_metadata
from frontlines.geo.gazetteer import default_index

BODY_LINE_F1_FLOOR = 0.95  # measured 0.979 on 54 dev pages (2026-11-26)


def test_chrome_dev_split_floors() -> None:
    settings = load_settings()
    index = default_index()
    tally = ChromeTally()
    entries = [
        json.loads(x) for x in (corpus_dir() / "dev.jsonl").read_text(encoding="utf-8").splitlines() if x
    ]
    assert len(entries) >= 50
    for entry in entries:
        doc = read_document(Path(corpus_dir()) / entry["file"], entry["kind"], settings)
        article = build_article(
            doc.text,
            settings.clean,
            published=doc.published,
            source=doc.source,
            title=doc.title,
            genre_hint=doc.genre,
            is_place=index.knows,
        ).article
        score_lines(tally, entry, article, doc.text if entry["kind"] == "text" else "")
        score_metadata(tally, entry, article)
    assert tally.body.f1 is not None and tally.body.f1 >= BODY_LINE_F1_FLOOR, tally.body
    assert tally.chrome.f1 is not None and tally.chrome.f1 >= BODY_LINE_F1_FLOOR, tally.chrome
    assert all(tally.fields["dateline found"]), "a hand-labelled dateline was not read"
    assert all(tally.fields["no false dateline"])
