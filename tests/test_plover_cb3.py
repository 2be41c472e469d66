"""PLOVER readings found with the cb3 / cb4 probes (issue 5, plover14; extract.event_scope "all"): a
vowed act under a condition is a threat; walking off the job is a strike; "ordered ... to cease
publication" closes a paper; the doer of "took steps to ease"; a ministry named with its nation; the
target a mobilisation or a protest reaches through "along" / "outside". Invented sentences."""

from __future__ import annotations

import pytest

from frontlines.config import load_settings
from frontlines.extract import Extractor
from frontlines.model import Event


@pytest.fixture(scope="module")
def all_types() -> Extractor:
    return Extractor(load_settings(overrides={"extract": {"event_scope": "all"}}))


def _of_type(ex: Extractor, text: str, ptype: str) -> Event:
    events = ex.extract_text(text, published="2000-01-01").events
    found = [e for e in events if e.plover.type == ptype]
    assert found, [e.plover.type for e in events]
    return found[0]


@pytest.mark.parametrize(
    ("text", "ptype"),
    [
        # a vowed act under a condition is a threat (CAMEO 13)
        (
            "The guerrillas vowed to step up attacks on army posts if the government did not free their"
            " leader.",
            "THREATEN",
        ),
        # a strike (CAMEO 143), not a walk-out of talks
        ("Bus drivers in Lima walked off the job on Tuesday.", "PROTEST"),
        # a paper closed by order (CAMEO 1722)
        ("A court in Minsk ordered the independent weekly Svaboda to cease publication.", "COERCE"),
    ],
)
def test_cb3_types(all_types: Extractor, text: str, ptype: str) -> None:
    _of_type(all_types, text, ptype)


def test_walk_off_job_is_no_sanction(all_types: Extractor) -> None:
    events = all_types.extract_text(
        "Bus drivers in Lima walked off the job on Tuesday.", published="2000-01-01"
    )
    assert "SANCTION" not in [e.plover.type for e in events.events]


def test_steps_to_ease_doer(all_types: Extractor) -> None:
    # "steps to ease" (parsed as a relative clause): who took the steps eases, not the speaker
    ev = _of_type(
        all_types,
        "Jordan's government has taken several steps to ease restrictions on the press, the European"
        " Union said.",
        "CONCEDE",
    )
    assert ev.actor1 is not None and ev.actor1.country == "JOR"


def test_national_ministry_is_government(all_types: Extractor) -> None:
    ev = _of_type(all_types, "The Egyptian foreign ministry condemned the Israeli raid on Gaza.", "ACCUSE")
    assert ev.actor1 is not None and ev.actor1.kind == "government" and ev.actor1.country == "EGY"


def test_ministry_statement_nation(all_types: Extractor) -> None:
    ev = _of_type(
        all_types,
        "A Turkish foreign ministry statement said Greece must stop arming Kurdish rebels.",
        "REQUEST",
    )
    assert ev.actor1 is not None and ev.actor1.country == "TUR"


def test_troops_along_border_target(all_types: Extractor) -> None:
    ev = _of_type(all_types, "Iran massed troops along its border with Afghanistan on Sunday.", "MOBILIZE")
    assert ev.actor2 is not None and ev.actor2.country == "AFG"


def test_protest_outside_embassy_target(all_types: Extractor) -> None:
    ev = _of_type(
        all_types,
        "Hundreds of Pakistani students demonstrated outside the French embassy in Islamabad against"
        " the cartoons.",
        "PROTEST",
    )
    assert ev.actor2 is not None and ev.actor2.country == "FRA"


def test_raid_under_killing_verb_doer(all_types: Extractor) -> None:
    # "massacred villagers in an overnight raid": the raid is the killers'
    ev = _of_type(
        all_types,
        "Suspected militants massacred 31 villagers in an overnight raid south of Algiers.",
        "ASSAULT",
    )
    assert ev.actor1 is not None and ev.actor1.country == "DZA"
