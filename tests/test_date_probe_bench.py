"""The blind date probe set (bench/date_probes/probes.yaml, scripts/date_probes.py): every phrasing has a
tune item and a held-out item, and every item names its expected period."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import yaml

PROBES = Path(__file__).resolve().parent.parent / "bench" / "date_probes" / "probes.yaml"


def test_date_probe_bench_is_paired_and_complete() -> None:
    data = yaml.safe_load(PROBES.read_text(encoding="utf-8"))
    assert data["schema"] == "frontlines/date-probes/1"
    probes = data["probes"]
    assert len({p["id"] for p in probes}) == len(probes) >= 100
    sets = Counter(p["set"] for p in probes)
    assert sets["tune"] == sets["heldout"] == len(probes) // 2
    for p in probes:
        assert str(p["start"]) <= str(p["end"]), p["id"]
        assert p["precision"] in ("day", "week", "month", "year", None), p["id"]
        if p["precision"] is None:
            assert str(p["start"]) == str(p["end"]) == str(p["published"]), p["id"]
