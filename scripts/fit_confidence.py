"""Fit the confidence model (src/frontlines/data/confidence.v1.json) on the team gold dev split.

    .venv/bin/python scripts/fit_confidence.py [--write] [--l2 L]

Runs the pipeline over gold/team/dev.jsonl, labels every coded event right or wrong exactly as
`frontlines eval` does (matched to a gold event, and the gold's ACLED sub-event type where it gives
one), and fits an L2-regularised logistic regression on the binary features of
`frontlines.code.confidence.FEATURES` by Newton's method. The regularisation strength is chosen by
5-fold cross-validation over articles (log loss); the out-of-fold ECE is printed next to the in-sample
one, since the in-sample figure flatters. Deterministic: same pipeline, same file. Never run it on the
test split.
"""

from __future__ import annotations

import argparse
import json
import math
from pathlib import Path

import numpy as np

from frontlines.code.assemble import event_id
from frontlines.code.confidence import FEATURES, features
from frontlines.errors import Rejected
from frontlines.eval.copies import copy_key
from frontlines.eval.score import ece, match
from frontlines.eval.team import load_split
from frontlines.extract import Extractor
from frontlines.model import Event
from frontlines.pipeline import Doc

OUT = Path(__file__).resolve().parents[1] / "src" / "frontlines" / "data" / "confidence.v1.json"
NAMES = list(FEATURES)
L2_GRID = (0.3, 1.0, 3.0, 10.0, 30.0)


def heuristic(event: Event, verbal: bool) -> float:
    """The confidence before calibration (frontlines <= events.v1), to report the change."""
    c = 0.35 + 0.15 * bool(event.actor1) + 0.10 * bool(event.actor2) + 0.10 * bool(event.date.text)
    c += 0.15 if event.location and event.location.lat is not None else 0.0
    c += 0.05 * (event.fatalities.best is not None) + 0.05 * verbal
    return round(min(c, 0.95), 2)


def collect() -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(features matrix, right/wrong, article number, old heuristic confidence) for every event coded
    on the dev split."""
    extractor = Extractor()
    rows: list[list[float]] = []
    labels: list[float] = []
    groups: list[int] = []
    old: list[float] = []
    for n, art in enumerate(load_split("dev")):
        if art.text is None:
            continue
        doc = Doc(raw=art.text, published=art.published, source=art.source, url=art.url, title=art.title)
        try:
            doc = extractor.pipeline(doc)
        except Rejected:
            continue
        assert doc.article is not None
        by_id = {
            event_id(doc.article.id, doc.sentences[m.sentence].start, m.trigger_start): m
            for m in doc.mentions
        }
        # an event's copies for its other coordinated places ("protests in Tripoli and Benghazi"), and
        # an announced action's promise or threat, carry ids of their own: found by their `copy_key`,
        # the mention's sentence start and trigger text
        by_trigger = {(doc.sentences[m.sentence].start, m.trigger_text): m for m in doc.mentions}
        pairs = match(art.events, doc.events)
        for pi, event in enumerate(doc.events):
            m = by_id.get(event.id) or by_trigger[copy_key(event)]
            gi = next((g for g, p in pairs if p == pi), None)
            right = gi is not None
            if gi is not None:
                gold = art.events[gi]
                if gold.acled and gold.acled.sub_event_type and event.acled:
                    right = event.acled.sub_event_type == gold.acled.sub_event_type
            verbal = doc.parses[m.sentence][m.trigger_i].pos_ == "VERB"
            f = features(event, m, verbal)
            rows.append([f.get(name, 0.0) for name in NAMES])
            labels.append(1.0 if right else 0.0)
            groups.append(n)
            old.append(heuristic(event, verbal and bool(m.trigger.verbs)))
    return np.array(rows), np.array(labels), np.array(groups), np.array(old)


def fit(x: np.ndarray, y: np.ndarray, l2: float) -> np.ndarray:
    """Weights [intercept, w...] of an L2-regularised logistic regression (intercept not penalised)."""
    xb = np.hstack([np.ones((len(x), 1)), x])
    w = np.zeros(xb.shape[1])
    penalty = np.full(xb.shape[1], l2)
    penalty[0] = 0.0
    for _ in range(100):
        p = 1.0 / (1.0 + np.exp(-xb @ w))
        grad = xb.T @ (p - y) + penalty * w
        hess = xb.T @ (xb * (p * (1 - p))[:, None]) + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-10:
            break
    return w


def predict(w: np.ndarray, x: np.ndarray) -> np.ndarray:
    p = 1.0 / (1.0 + np.exp(-(w[0] + x @ w[1:])))
    out: np.ndarray = np.clip(np.round(p, 2), 0.01, 0.99)
    return out


def log_loss(p: np.ndarray, y: np.ndarray) -> float:
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))


def auc(p: np.ndarray, y: np.ndarray) -> float:
    """Probability that a right event scores above a wrong one (ties count half)."""
    pos, neg = p[y > 0], p[y == 0]
    wins = (pos[:, None] > neg[None, :]).sum() + 0.5 * (pos[:, None] == neg[None, :]).sum()
    return float(wins / (len(pos) * len(neg)))


def folds(groups: np.ndarray, k: int = 5) -> list[np.ndarray]:
    """Articles dealt round-robin into k folds (deterministic)."""
    ids = sorted(set(groups.tolist()))
    return [np.isin(groups, ids[i::k]) for i in range(k)]


def out_of_fold(x: np.ndarray, y: np.ndarray, groups: np.ndarray, l2: float) -> np.ndarray:
    p = np.zeros(len(y))
    for test in folds(groups):
        p[test] = predict(fit(x[~test], y[~test], l2), x[test])
    return p


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--write", action="store_true", help=f"write {OUT.name}")
    ap.add_argument("--l2", type=float, default=None, help="fixed regularisation (default: chosen by CV)")
    args = ap.parse_args()
    x, y, groups, old = collect()
    print(f"{len(y)} coded events on dev, {int(y.sum())} right ({y.mean():.3f})")
    grid = (args.l2,) if args.l2 is not None else L2_GRID
    scores = {l2: log_loss(out_of_fold(x, y, groups, l2), y) for l2 in grid}
    for l2, loss in scores.items():
        print(f"  l2={l2:<5} out-of-fold log loss {loss:.4f}")
    l2 = min(scores, key=lambda k: scores[k])
    oof = out_of_fold(x, y, groups, l2)
    w = fit(x, y, l2)
    fitted = predict(w, x)
    ece_oof = ece(list(zip(oof.tolist(), (y > 0).tolist(), strict=True)))
    ece_in = ece(list(zip(fitted.tolist(), (y > 0).tolist(), strict=True)))
    ece_old = ece(list(zip(old.tolist(), (y > 0).tolist(), strict=True)))
    assert ece_oof is not None and ece_in is not None and ece_old is not None
    print(f"chosen l2={l2}")
    for label, p in (("before (heuristic)", old), ("after, out-of-fold", oof), ("after, in-sample", fitted)):
        e = ece(list(zip(p.tolist(), (y > 0).tolist(), strict=True)))
        brier = float(np.mean((p - y) ** 2))
        print(
            f"  {label:<20} ECE {e:.3f}  Brier {brier:.3f}  logloss {log_loss(p, y):.3f}  AUC {auc(p, y):.3f}"
        )
    for name, weight in zip(["intercept", *NAMES], w.tolist(), strict=True):
        print(f"  {name:<18} {weight:+.3f}")
    if not args.write:
        return
    data = {
        "schema": "frontlines/confidence/1",
        "version": "confidence.v1",
        "provenance": "Fitted by scripts/fit_confidence.py on gold/team/dev.jsonl (team gold, dev split).",
        "target": "the event matches a gold event and, where the gold gives one, its ACLED sub-event type",
        "features": NAMES,
        "intercept": round(float(w[0]), 4),
        "weights": {name: round(float(v), 4) for name, v in zip(NAMES, w[1:].tolist(), strict=True)},
        "fitted_on": {
            "split": "dev",
            "events": len(y),
            "right": int(y.sum()),
            "l2": l2,
            "ece_before": round(ece_old, 4),
            "ece_in_sample": round(ece_in, 4),
            "ece_out_of_fold": round(ece_oof, 4),
            "log_loss_out_of_fold": round(scores[l2], 4),
        },
    }
    OUT.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {OUT}")
    assert math.isfinite(float(w[0]))


if __name__ == "__main__":
    main()
