"""The team gold set: valid, the size and coverage the measurement issue asks for, and the dev-split
gate — scores may not fall below the floors in gold/team/floors.yaml."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml

from frontlines.eval.gold import GoldArticle
from frontlines.eval.team import load_split, report, score_articles
from frontlines.extract import Extractor

GOLD = Path(__file__).resolve().parents[1] / "gold" / "team"


@pytest.fixture(scope="module")
def splits() -> dict[str, list[GoldArticle]]:
    return {s: load_split(s, GOLD) for s in ("dev", "test")}


def test_size_split_and_ids(splits: dict[str, list[GoldArticle]]) -> None:
    dev, test = splits["dev"], splits["test"]
    assert len(dev) + len(test) >= 150
    assert all(a.split == "dev" for a in dev) and all(a.split == "test" for a in test)
    assert not {a.id for a in dev} & {a.id for a in test}


def test_coverage(splits: dict[str, list[GoldArticle]]) -> None:
    arts = splits["dev"] + splits["test"]
    events = [e for a in arts for e in a.events]
    types = Counter(e.acled.event_type for e in events if e.acled)
    subtypes = Counter(e.acled.sub_event_type for e in events if e.acled and e.acled.sub_event_type)
    assert len(types) == 6, types
    assert len(subtypes) >= 15, subtypes
    assert {e.factuality for e in events} >= {"asserted", "predicted", "hypothetical", "negated", "uncertain"}
    assert sum(1 for e in events if e.historical) >= 10
    assert sum(1 for e in events if e.attribution) >= 20
    assert sum(1 for a in arts if not a.events) >= 15
    assert sum(1 for a in arts if a.boilerplate) >= 10
    assert sum(1 for a in arts if len(a.events) >= 2) >= 30
    countries = Counter(e.location.country for e in events if e.location and e.location.name == "Tripoli")
    assert countries["LBN"] >= 1 and countries["LBY"] >= 1


def test_dev_split_meets_the_floors(splits: dict[str, list[GoldArticle]], extractor: Extractor) -> None:
    spec: dict[str, Any] = yaml.safe_load((GOLD / "floors.yaml").read_text())
    assert spec["schema"] == "frontlines/floors/1" and spec["split"] == "dev"
    tally, _ = score_articles(splits["dev"], extractor)
    rep = report(tally, "gold/team/dev.jsonl", "dev", len(splits["dev"]), [])
    low = {m: (rep.get(m), f) for m, f in spec["floors"].items() if (rep.get(m) or 0.0) < f}
    high = {m: (rep.get(m), c) for m, c in spec.get("ceilings", {}).items() if (rep.get(m) or 0.0) > c}
    assert not low, f"below floor (value, floor): {low}"
    assert not high, f"above ceiling (value, ceiling): {high}"
