"""Date probes (issue 6): short articles in fresh wording, each with the date its events must get
(docs/dates.md): weekdays with and without "on", parts of days, "overnight", "yesterday", "last week",
"earlier this month", a bare month, "at the weekend", "days ago", ranges, "since", numeric dates, dates
carried from the sentence before, background dates that must not leak, anniversaries, dates of
reported speech, datelines and page-header dates. Publication date 2023-06-15 (a Thursday) unless the
probe says otherwise (`null`: the article's own dateline or header gives it)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from frontlines.extract import Extractor

PROBES = [
    json.loads(line)
    for line in (Path(__file__).parent / "data" / "date_probes.jsonl").read_text().splitlines()
    if line.strip()
]


def test_probe_set_is_varied() -> None:
    assert len({p["id"] for p in PROBES}) == len(PROBES) >= 40
    precisions = {x["precision"] for p in PROBES for x in p["expect"]}
    assert precisions == {"day", "week", "month", "year", None}


@pytest.mark.parametrize("probe", PROBES, ids=[p["id"] for p in PROBES])
def test_date_probe(extractor: Extractor, probe: dict[str, Any]) -> None:
    result = extractor.extract_text(probe["text"], published=probe["published"])
    got = [(e.evidence.trigger, e.date.start, e.date.end, e.date.precision) for e in result.events]
    for want in probe["expect"]:
        events = [e for e in result.events if want["trigger"].lower() in e.evidence.trigger.lower()]
        assert events, f"no event with trigger {want['trigger']!r}: {got}"
        date = events[0].date
        assert (date.start, date.end, date.precision) == (want["start"], want["end"], want["precision"]), got
        if "text" in want:
            assert date.text == want["text"]
        if "historical" in want:
            assert events[0].historical is want["historical"]
