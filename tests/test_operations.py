"""A military operation announced, continued or begun is an event (gold/team/README.md: mentions that did
not yet happen are coded with their factuality); an operation named only as a frame, a name or a kind of
work that is not fighting is not. Sentences ours."""

from __future__ import annotations

import pytest
from coding_support import events

from frontlines.extract import Extractor


def _clashes(extractor: Extractor, text: str) -> list[tuple[str, str]]:
    return [
        (e.evidence.trigger, e.factuality)
        for e in events(extractor, text)
        if e.acled is not None and e.acled.sub_event_type == "Armed clash"
    ]


@pytest.mark.parametrize(
    ("text", "factuality"),
    [
        ("The army launched an operation against militants in North Waziristan on Monday.", "asserted"),
        (
            "The governor said the operation against bandits in Zamfara would continue until April.",
            "predicted",
        ),
        ("A new operation against insurgents in Kunar will begin next week, officials said.", "predicted"),
        ("Officials said the army would continue operations against the rebels in Ituri.", "predicted"),
        ("The military said operations against the gangs in Artibonite would resume on Monday.", "predicted"),
    ],
)
def test_an_operation_begun_or_continued_is_an_event(
    extractor: Extractor, text: str, factuality: str
) -> None:
    coded = _clashes(extractor, text)
    assert len(coded) == 1 and coded[0][1] == factuality, coded


@pytest.mark.parametrize(
    "text",
    [
        "The rescue operation continued through the night in Derna, officials said.",
        "An officer in the Kirkuk operations room said the road had reopened.",
        "The UN peacekeeping operation in Mali will end in December.",
        "Search operations resumed on Monday for the missing fishermen off Lamu.",
        "The evacuation operation at the airport in Kabul continued on Friday.",
    ],
)
def test_other_operations_are_no_clash(extractor: Extractor, text: str) -> None:
    assert _clashes(extractor, text) == []


def test_an_operation_with_no_doer_named_is_the_state_forces(extractor: Extractor) -> None:
    text = "The operation against militants in Kupwara would continue until they were killed, police said."
    event = next(e for e in events(extractor, text) if "operation" in e.evidence.trigger)
    assert event.actor1 is not None and event.actor1.name == "Military Forces of India"
