"""The linking gold set (`gold/link/{dev,test}.jsonl`, gold/link/README.md): the split is ingested into
a temporary SQLite store by the real `ingest` (which links after each batch), and the clustering of
mentions into linked events is scored against the gold event keys of their articles.

Scored mentions: every linked mention of an article whose gold names exactly one event (or whose
`evidence` names the sentence). Figures: pairwise and B-cubed precision / recall / F1, the counting
error (linked events holding those mentions / gold events with at least one mention; 1.0 is perfect,
above 1 counts reports as events), and distractor mentions merged into another event."""

from __future__ import annotations

import json
import tempfile
from collections import Counter, defaultdict
from collections.abc import Mapping
from itertools import combinations
from pathlib import Path
from typing import Any

from sqlalchemy import select

from frontlines.config import load_settings
from frontlines.eval.report import BenchReport
from frontlines.eval.team import GoldMissing
from frontlines.store.ingest import ingest
from frontlines.store.rows import input_key
from frontlines.store.schema import ArticleRow, EventMentionRow, EventRow
from frontlines.store.store import Store

SPLITS = ("dev", "test")


def gold_dir() -> Path:
    return Path(__file__).resolve().parents[3] / "gold" / "link"


def load_split(split: str, directory: Path | None = None) -> list[dict[str, Any]]:
    if split not in SPLITS:
        raise GoldMissing(f"the linking gold set has splits {', '.join(SPLITS)}, not {split!r}")
    path = (directory or gold_dir()) / f"{split}.jsonl"
    if not path.exists():
        raise GoldMissing(f"no linking gold split at {path}")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _f1(p: float | None, r: float | None) -> float | None:
    if p is None or r is None:
        return None
    return 2 * p * r / (p + r) if p + r else 0.0


def pairwise(gold: Mapping[str, str], pred: Mapping[str, str]) -> tuple[float | None, float | None]:
    """Precision and recall over pairs of mentions put together (by us / by the gold)."""
    items = sorted(gold)
    tp = fp = fn = 0
    for a, b in combinations(items, 2):
        same_gold, same_pred = gold[a] == gold[b], pred[a] == pred[b]
        tp += same_gold and same_pred
        fp += same_pred and not same_gold
        fn += same_gold and not same_pred
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r


def bcubed(gold: Mapping[str, str], pred: Mapping[str, str]) -> tuple[float | None, float | None]:
    """B-cubed: per mention, the share of its predicted cluster that is right (P) and the share of its
    gold cluster that it was put with (R), averaged over mentions."""
    if not gold:
        return None, None
    by_gold: dict[str, set[str]] = defaultdict(set)
    by_pred: dict[str, set[str]] = defaultdict(set)
    for m in gold:
        by_gold[gold[m]].add(m)
        by_pred[pred[m]].add(m)
    p = r = 0.0
    for m in gold:
        overlap = len(by_gold[gold[m]] & by_pred[pred[m]])
        p += overlap / len(by_pred[pred[m]])
        r += overlap / len(by_gold[gold[m]])
    return p / len(gold), r / len(gold)


def _gold_key(art: dict[str, Any], sentence: str) -> str | None:
    keys: list[str] = list(art.get("events") or [])
    evidence: dict[str, list[str]] = art.get("evidence") or {}
    for key, snippets in evidence.items():
        if any(s in sentence for s in snippets):
            return key
    return keys[0] if len(keys) == 1 else None


def score_split(articles: list[dict[str, Any]], workdir: Path) -> tuple[dict[str, str], dict[str, str], int]:
    """(mention -> gold key, mention -> linked event, syndicated copies) after ingesting the split."""
    inputs = workdir / "inputs.jsonl"
    fields = ("text", "published", "source", "title")
    inputs.write_text(
        "".join(json.dumps({k: a[k] for k in fields if k in a}) + "\n" for a in articles), encoding="utf-8"
    )
    settings = load_settings(env={"FRONTLINES_STORE_DATA_DIR": str(workdir)})
    store = Store.open(f"sqlite:///{workdir / 'link.db'}")
    try:
        ingest([str(inputs)], settings, store, command="frontlines eval --bench link")
        by_key = {input_key(a["text"]): a for a in articles}
        stmt = (
            select(EventMentionRow.mention_id, EventMentionRow.event_id, ArticleRow.input_key, EventRow.data)
            .join(EventRow, EventRow.id == EventMentionRow.mention_id)
            .join(ArticleRow, ArticleRow.id == EventRow.article_id)
        )
        gold: dict[str, str] = {}
        pred: dict[str, str] = {}
        with store.engine.connect() as conn:
            for mention_id, event_id, key, data in conn.execute(stmt):
                art = by_key.get(key)
                gk = _gold_key(art, data["evidence"]["sentence"]) if art else None
                if gk is not None:
                    gold[mention_id], pred[mention_id] = gk, event_id
            copies = len(
                conn.execute(select(ArticleRow.id).where(ArticleRow.duplicate_of.is_not(None))).all()
            )
    finally:
        store.close()
    return gold, pred, copies


def run(root: Path, split: str, limit: int | None) -> BenchReport:
    """`root` (the shared benchmarks folder) is not used: the linking gold set is in the repository."""
    articles = load_split(split)
    if limit:
        articles = articles[:limit]
    with tempfile.TemporaryDirectory(prefix="frontlines-link-") as tmp:
        gold, pred, copies = score_split(articles, Path(tmp))
    return report(articles, gold, pred, copies, split)


def report(
    articles: list[dict[str, Any]], gold: dict[str, str], pred: dict[str, str], copies: int, split: str
) -> BenchReport:
    rep = BenchReport(
        bench="link", dataset=str(gold_dir() / f"{split}.jsonl"), split=split, items=len(articles)
    )
    true_events = {k for a in articles for k in a.get("events", [])}
    found = set(gold.values())
    pp, pr = pairwise(gold, pred)
    bp, br = bcubed(gold, pred)
    rep.add("pairwise precision", pp, len(gold))
    rep.add("pairwise recall", pr, len(gold))
    rep.add("pairwise F1", _f1(pp, pr), len(gold))
    rep.add("B-cubed precision", bp, len(gold))
    rep.add("B-cubed recall", br, len(gold))
    rep.add("B-cubed F1", _f1(bp, br), len(gold))
    produced = len(set(pred.values()))
    rep.add(
        "counting error", produced / len(found) if found else None, len(found), unit="ratio",
        note=f"{produced} linked events / {len(found)} gold events with a mention (1.0 is exact)",
    )  # fmt: skip
    members: dict[str, Counter[str]] = defaultdict(Counter)
    for m, e in pred.items():
        members[e][gold[m]] += 1
    distractors = [m for m, k in gold.items() if k.startswith("dx-")]
    wrong = sum(1 for m in distractors if len(members[pred[m]]) > 1)
    rep.add("distractor mentions merged", wrong, len(distractors), unit="count", note="should be 0")
    rep.add("gold events without a mention", len(true_events - found), len(true_events), unit="count",
            note="extraction found nothing to link")  # fmt: skip
    rep.add("syndicated copies", copies, None, unit="count", note="stored as duplicates, no mentions")
    rep.notes.append(
        "Mentions: linked (asserted or uncertain) coded events of the split's articles, each labelled with "
        "its article's gold event; pairs and B-cubed are over those mentions."
    )
    return rep
