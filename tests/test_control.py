"""Territorial control timelines from linked events (link/control.py)."""

from __future__ import annotations

from typing import Any

from frontlines.link.control import change_from_event, timelines

SYRIA = {"name": "Military Forces of Syria", "kind": "state_forces", "country": "SYR"}
IS = {"name": "Islamic State", "kind": "rebels", "country": None}
PALMYRA = {
    "name": "Tadmur",
    "text": "Palmyra",
    "country": "SYR",
    "geonameid": 163808,
    "lat": 34.56,
    "lon": 38.28,
}


def _event(
    i: str, day: str, sub: str | None, a1: Any, a2: Any = None, plover: str = "ASSAULT"
) -> dict[str, Any]:
    return {
        "id": i,
        "acled": {"event_type": "Battles", "sub_event_type": sub} if sub else None,
        "plover": {"type": plover},
        "actor1": a1,
        "actor2": a2,
        "location": PALMYRA,
        "date": {"start": day, "end": day, "precision": "day"},
        "historical": False,
        "sources": ["Levant Wire"],
        "provenance": {
            "type": [
                {
                    "article": "a1",
                    "source": "Levant Wire",
                    "evidence": {"sentence": f"s{i}", "start": 0, "end": 3},
                }
            ]
        },
    }


def test_captures_and_retreats_make_a_timeline_with_evidence() -> None:
    events = [
        _event("e3", "2017-03-02", "Government regains territory", SYRIA, IS),
        _event("e1", "2015-05-21", "Non-state actor overtakes territory", IS, SYRIA),
        _event("e2", "2016-12-11", "Non-state actor overtakes territory", IS),
        _event("e0", "2015-05-20", None, SYRIA, plover="RETREAT"),
        _event("x", "2016-01-01", "Armed clash", SYRIA, IS),  # no change of control
    ]
    changes = [c for c in (change_from_event(e) for e in events) if c is not None]
    (tl,) = timelines(changes)
    out = tl.to_json()
    assert [c["date"] for c in out["changes"]] == ["2015-05-20", "2015-05-21", "2016-12-11", "2017-03-02"]
    assert [c["kind"] for c in out["changes"]] == ["withdrew", "took", "took", "took"]
    assert out["changes"][0]["holder"] is None and out["changes"][0]["lost_by"]["name"] == SYRIA["name"]
    # "IS seized the city" with no actor2: it was lost by whoever held it before (the army had retaken it)
    assert out["changes"][2]["lost_by"] is None
    assert out["holder"]["name"] == SYRIA["name"] and out["since"] == "2017-03-02"
    assert out["changes"][-1]["evidence"]["sentence"] == "se3" and out["changes"][-1]["sources"] == [
        "Levant Wire"
    ]
    assert not out["contested"]


def test_two_holders_on_one_day_are_contested() -> None:
    events = [
        _event("a", "2019-10-14", "Government regains territory", SYRIA),
        _event("b", "2019-10-14", "Non-state actor overtakes territory", IS),
    ]
    (tl,) = timelines(c for c in (change_from_event(e) for e in events) if c is not None)
    assert [c["contested"] for c in tl.changes] == [True, True]
    assert tl.to_json()["contested"]


def test_events_without_place_or_date_change_nothing() -> None:
    no_place = {**_event("a", "2019-10-14", "Government regains territory", SYRIA), "location": None}
    no_date = {**_event("b", "2019-10-14", "Government regains territory", SYRIA), "date": {"start": None}}
    assert change_from_event(no_place) is None and change_from_event(no_date) is None
