"""The bundled samples: every one codes, the non-conflict ones yield nothing, key facts hold."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

import pytest

from frontlines.extract import Extractor


def samples() -> list[dict[str, Any]]:
    text = resources.files("frontlines").joinpath("examples", "samples.jsonl").read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


@pytest.fixture(scope="module")
def coded(extractor: Extractor) -> dict[str, Any]:
    out = {}
    for s in samples():
        res = extractor.extract_text(
            s["text"], published=s["published"], source=s["source"], title=s["title"]
        )
        out[s["title"]] = res
    return out


def test_at_least_ten_samples_all_code(coded: dict[str, Any]) -> None:
    assert len(coded) >= 10
    with_events = [t for t, r in coded.items() if r.events]
    assert len(with_events) >= 10


def test_non_conflict_samples_have_no_events(coded: dict[str, Any]) -> None:
    for title, res in coded.items():
        if "Rovers" in title or "Cocoa" in title:
            assert res.events == [], title


def test_every_factuality_of_the_samples_is_used(coded: dict[str, Any]) -> None:
    seen = {e.factuality for r in coded.values() for e in r.events}
    assert {"asserted", "predicted", "negated", "hypothetical"} <= seen
    assert any(e.historical for r in coded.values() for e in r.events)


def test_evidence_offsets_point_into_the_body(coded: dict[str, Any]) -> None:
    for res in coded.values():
        for e in res.events:
            assert res.article.body[e.evidence.start : e.evidence.end] == e.evidence.sentence
            assert e.evidence.trigger.split()[-1] in e.evidence.sentence


def test_dateline_is_read_and_kept_out_of_the_evidence(coded: dict[str, Any]) -> None:
    res = next(r for t, r in coded.items() if "Palmyra" in t)
    assert res.article.dateline is not None and res.article.dateline.place == "Damascus"
    first = res.events[0]
    assert first.evidence.sentence.startswith("Syrian troops")
    assert first.location is not None and first.location.text == "Palmyra"
