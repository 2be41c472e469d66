"""Place probes (issue 6): one- or two-sentence reports of an event in a town, district or province of
30 countries in conflict news (written by the team, fresh wording), in the patterns reporters use: "in the
town of X", "X, in Y province", "near X", "X district of Y", "Y's X district", "northern X", "the X region",
a region or province alone, a dateline city with the event elsewhere, a capital named without its name.

Each probe's last located event must lie in the probe's country and first-level division, compared as the
team scorer compares them (`eval.score.admin1_eq`, across the gazetteer's spellings). Expected divisions
are written as the gazetteer names them. Probes marked `known_failure` say why they fail today; they are
strict xfails, so one that starts passing must lose its mark."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from frontlines.eval.score import admin1_eq, country_name
from frontlines.extract import Extractor

PROBES = [
    json.loads(line)
    for line in (Path(__file__).parent / "data" / "place_probes.jsonl")
    .read_text(encoding="utf-8")
    .splitlines()
    if line.strip()
]


def test_probe_set_is_varied() -> None:
    assert len({p["id"] for p in PROBES}) == len(PROBES) >= 150
    assert len({p["country"] for p in PROBES}) >= 25
    assert len({(p["country"], p["admin1"]) for p in PROBES}) >= 100
    # most probes must pass: the known failures are the exception
    assert sum("known_failure" in p for p in PROBES) <= len(PROBES) // 10


def _marks(probe: dict[str, str]) -> list[pytest.MarkDecorator]:
    reason = probe.get("known_failure")
    return [pytest.mark.xfail(reason=reason, strict=True)] if reason else []


@pytest.mark.parametrize("probe", [pytest.param(p, marks=_marks(p), id=p["id"]) for p in PROBES])
def test_place_probe(extractor: Extractor, probe: dict[str, str]) -> None:
    events = extractor.extract_text(probe["text"], published="2024-05-04").events
    located = [e.location for e in events if e.location is not None]
    assert located, f"no located event among {[e.evidence.trigger for e in events]}"
    place = located[-1]
    got = (place.text, place.name, place.country, place.admin1)
    assert place.country == probe["country"], got
    assert admin1_eq(place.admin1, probe["admin1"], country_name(probe["country"]), probe["country"]), got
