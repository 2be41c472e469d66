"""No-event probe articles (written by the team): analysis, opinion, a parliamentary debate, a court
verdict on a past attack, reviews of a film, a book and a game, sport, markets, a commemoration, an
explainer, a budget, an interview, a natural disaster, a health story, planned talks and a history
feature. None may give an event in the default view (asserted and not historical); those marked
`allowed: none` may give no event at all (their violent words are figurative, fictional or general)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from frontlines.extract import Extractor

PROBES = [
    json.loads(line)
    for line in (Path(__file__).parent / "data" / "no_event_probes.jsonl").read_text().splitlines()
    if line.strip()
]


@pytest.mark.parametrize("probe", PROBES, ids=[p["id"] for p in PROBES])
def test_no_event_probe(extractor: Extractor, probe: dict[str, str]) -> None:
    events = extractor.extract_text(probe["text"], published=probe["published"]).events
    shown = [e.evidence.trigger for e in events if e.factuality == "asserted" and not e.historical]
    assert shown == [], "events in the default view"
    if probe["allowed"] == "none":
        assert [e.evidence.trigger for e in events] == []
