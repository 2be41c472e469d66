"""The chrome corpus (`gold/chrome/{dev,test}.jsonl`, written by the team): page-chrome removal, datelines,
source, title and genre, and events coded from chrome, on plain-text and HTML pages.

Line-level scores compare lines of the clean body with the gold body lines (whitespace collapsed):
body P = predicted body lines that are gold body / predicted body lines; body R = gold body lines kept /
gold body lines. For plain text every non-blank input line is body or chrome, so chrome P/R are scored
too. "Events from chrome" runs the whole coder and counts events whose evidence sentence lies in no
gold body line.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from frontlines.config import Settings, load_settings
from frontlines.errors import FrontlinesError, Rejected
from frontlines.eval.report import BenchReport
from frontlines.eval.score import PRF
from frontlines.eval.team import gold_dir as team_gold_dir
from frontlines.extract import Extractor
from frontlines.ingest.text import InputDoc
from frontlines.model import Article

SPLITS = ("dev", "test")


class ChromeCorpusMissing(FrontlinesError):
    """The chrome corpus is not where it was looked for."""


def corpus_dir() -> Path:
    return team_gold_dir().parent / "chrome"


_LIST_MARK = re.compile(r"^(?:[-*\u2022]|\d{1,2}[.)])\s+")


def norm(text: str) -> str:
    """Whitespace collapsed, NFC, and a list marker dropped (extractors write <li> as "- item")."""
    return _LIST_MARK.sub("", " ".join(unicodedata.normalize("NFC", text).split()))


@dataclass
class ChromeTally:
    body: PRF = field(default_factory=PRF)
    chrome: PRF = field(default_factory=PRF)
    by_kind: dict[str, PRF] = field(default_factory=dict)
    must_contain: list[bool] = field(default_factory=list)
    leaks: list[str] = field(default_factory=list)
    fields: dict[str, list[bool]] = field(default_factory=dict)
    rejected: list[str] = field(default_factory=list)
    chrome_events: list[str] = field(default_factory=list)
    events: int = 0

    def check(self, name: str, ok: bool) -> None:
        self.fields.setdefault(name, []).append(ok)


def read_document(path: Path, kind: str, settings: Settings) -> InputDoc:
    """The corpus document through the same reader `frontlines extract` uses."""
    from frontlines.ingest.sources import read_path

    docs = list(read_path(path, settings))
    if len(docs) != 1:
        raise Rejected("invalid", f"{path}: expected one document, read {len(docs)}")
    doc = docs[0]
    if isinstance(doc, Rejected):
        raise doc
    return doc


def score_lines(tally: ChromeTally, entry: dict[str, Any], article: Article, raw: str) -> None:
    gold_body = [norm(x) for x in entry["body"]]
    gold_set = set(gold_body)
    predicted = [norm(x) for x in article.body.split("\n") if x.strip()]
    pred_set = set(predicted)
    kind_prf = tally.by_kind.setdefault(entry["kind"], PRF())
    for prf in (tally.body, kind_prf):
        prf.tp += sum(1 for x in gold_body if x in pred_set)
        prf.fn += sum(1 for x in gold_body if x not in pred_set)
        prf.fp += sum(1 for x in predicted if x not in gold_set)
    if entry["kind"] == "text":
        for line in raw.split("\n"):
            if not line.strip():
                continue
            gold_chrome = norm(line) not in gold_set
            removed = norm(line) not in pred_set
            tally.chrome.tp += gold_chrome and removed
            tally.chrome.fp += removed and not gold_chrome
            tally.chrome.fn += gold_chrome and not removed
    body_text = norm(article.body)
    tally.must_contain.extend(norm(s) in body_text for s in entry.get("must_contain", []))
    tally.leaks.extend(
        f"{entry['id']}: {s}" for s in entry.get("must_not_contain", []) if norm(s) in body_text
    )


def score_metadata(tally: ChromeTally, entry: dict[str, Any], article: Article) -> None:
    gold_dl = entry.get("dateline")
    got = article.dateline
    if gold_dl is not None:
        tally.check("dateline found", got is not None)
        tally.check("dateline place", got is not None and (got.place or None) == gold_dl.get("place"))
        if gold_dl.get("date"):
            tally.check("dateline date", got is not None and got.date == gold_dl["date"])
    else:
        tally.check("no false dateline", got is None)
    if entry.get("source"):
        tally.check("source", norm(article.source or "").lower() == norm(entry["source"]).lower())
    if entry.get("title"):
        tally.check("title", norm(article.title or "") == norm(entry["title"]))
    tally.check("genre", article.genre == entry.get("genre", "news"))
    if entry.get("published"):
        tally.check("published", article.published == entry["published"])


def run(root: Path, split: str, limit: int | None) -> BenchReport:
    del root  # the corpus lives in the repository, not in the shared benchmarks
    if split not in SPLITS:
        raise ChromeCorpusMissing(f"the chrome corpus has splits {', '.join(SPLITS)}, not {split!r}")
    base = corpus_dir()
    index_path = base / f"{split}.jsonl"
    if not index_path.exists():
        raise ChromeCorpusMissing(f"no chrome corpus at {index_path}")
    entries = [json.loads(x) for x in index_path.read_text(encoding="utf-8").splitlines() if x.strip()]
    entries = entries[:limit] if limit else entries
    settings = load_settings()
    extractor = Extractor(settings)
    tally = ChromeTally()
    for entry in entries:
        path = base / entry["file"]
        try:
            doc = read_document(path, entry["kind"], settings)
            result = extractor.extract(doc)  # its article is the article stage's: cleaned once
        except Rejected as rej:
            tally.rejected.append(f"{entry['id']}: {rej.message}")
            tally.body.fn += len(entry["body"])
            continue
        score_lines(tally, entry, result.article, doc.text if entry["kind"] == "text" else "")
        score_metadata(tally, entry, result.article)
        gold_text = " ".join(norm(x) for x in entry["body"])
        for ev in result.events:
            tally.events += 1
            sentence = " ".join(norm(x) for x in ev.evidence.sentence.split("\n") if x.strip())
            if sentence not in gold_text:
                tally.chrome_events.append(f"{entry['id']}: {ev.evidence.sentence[:80]}")
    return report(tally, str(index_path), split, len(entries))


def report(tally: ChromeTally, dataset: str, split: str, items: int) -> BenchReport:
    rep = BenchReport(bench="chrome", dataset=dataset, split=split, items=items)
    b, c = tally.body, tally.chrome
    rep.add("body line F1", b.f1, b.tp + b.fn, note=_pr(b))
    for kind, prf in sorted(tally.by_kind.items()):
        rep.add(f"body line F1 ({kind})", prf.f1, prf.tp + prf.fn, note=_pr(prf))
    rep.add("chrome line F1 (text)", c.f1, c.tp + c.fn, note=_pr(c))
    rep.add("must-contain kept", _share(tally.must_contain), len(tally.must_contain))
    rep.add("must-not-contain leaked", len(tally.leaks), unit="count", note="should be 0")
    for name, oks in tally.fields.items():
        rep.add(name, _share(oks), len(oks))
    rep.add("events from chrome", len(tally.chrome_events), tally.events, unit="count", note="should be 0")
    rep.add("documents rejected", len(tally.rejected), unit="count")
    rep.notes.extend(f"leaked: {x}" for x in tally.leaks[:20])
    rep.notes.extend(f"event from chrome: {x}" for x in tally.chrome_events[:20])
    rep.notes.extend(f"rejected: {x}" for x in tally.rejected)
    return rep


def _share(values: list[bool]) -> float | None:
    return sum(values) / len(values) if values else None


def _pr(prf: PRF) -> str:
    p, r = prf.precision, prf.recall
    return f"P {100 * p:.1f}% R {100 * r:.1f}%" if p is not None and r is not None else ""
