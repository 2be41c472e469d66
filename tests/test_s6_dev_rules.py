"""Words of violence that tell no new event (markets, pacts, remarks on an event told before, fighting
people fled) and sub-types, triggers and actors the s6 dev articles showed wrong. Sentences our own."""

from __future__ import annotations

import pytest

from frontlines.extract import Extractor


def _coded(extractor: Extractor, text: str) -> list[tuple[str, str | None, str | None]]:
    events = extractor.extract_text(text, published="2024-06-10").events
    return [
        (e.evidence.trigger, e.acled.sub_event_type if e.acled else None, e.actor1.name if e.actor1 else None)
        for e in events
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The Ghanaian cedi rallied for a fourth straight session on Friday as exporters sold dollars.",
        "The central bank has waged a long battle against inflation since last year.",
        "Spain and Morocco signed a defence cooperation agreement in Rabat on Monday.",
        "Aid agencies say more than 200,000 people have fled fighting in the region this year.",
        "The minister said talks would resume only if the group stops attacking civilians in Arauca.",
    ],
)
def test_no_event(extractor: Extractor, text: str) -> None:
    assert _coded(extractor, text) == []


def test_a_peace_agreement_is_still_an_agreement(extractor: Extractor) -> None:
    text = "The government and the rebels signed a peace agreement in Bangui on Monday."
    assert [c[1] for c in _coded(extractor, text)] == ["Agreement"]


def test_remark_on_the_event_told_before_is_no_new_event(extractor: Extractor) -> None:
    text = (
        "Gunmen ambushed an army convoy near Dori on Sunday, killing 12 soldiers, the army said.\n\n"
        "The ambush was the deadliest on the army this year."
    )
    triggers = [c[0] for c in _coded(extractor, text)]
    assert "ambush" not in triggers and triggers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russian guided bombs struck a park outside Kharkiv on Sunday, killing four people.",
            "Air/drone strike",
        ),
        (
            "Police fired tear gas at several hundred demonstrators in Accra on Monday.",
            "Protest with intervention",
        ),
        (
            "Police fired tear gas and live rounds at demonstrators in Accra on Monday, killing two.",
            "Excessive force against protesters",
        ),
        (
            "Rebels briefly seized the town of Kaga in May, looting banks before withdrawing.",
            "Non-state actor overtakes territory",
        ),
    ],
)
def test_sub_types(extractor: Extractor, text: str, expected: str) -> None:
    assert _coded(extractor, text)[0][1] == expected


def test_came_under_fire(extractor: Extractor) -> None:
    text = "An army patrol came under fire from gunmen near Torodi on Monday, the ministry said."
    coded = _coded(extractor, text)
    assert [(c[0], c[1]) for c in coded] == [("came under fire", "Armed clash")]
    assert coded[0][2] == "Unidentified Armed Group"


def test_the_linked_group_is_the_head(extractor: Extractor) -> None:
    text = "Fighters of the al-Qaeda-linked JNIM seized the army camp at Ber on Sunday."
    assert _coded(extractor, text)[0][2] == "JNIM"


def test_taken_control_of_a_named_place(extractor: Extractor) -> None:
    text = "M23 rebels have taken full control of Rubaya, residents said on Friday."
    assert _coded(extractor, text)[0][:2] == ("taken", "Non-state actor overtakes territory")


def test_prisoners_taken(extractor: Extractor) -> None:
    coded = _coded(extractor, "The rebels said on Friday they had taken 42 prisoners near Kalemie.")
    assert [c[1] for c in coded] == ["Abduction/forced disappearance"]
    # a prison holds prisoners: no event
    assert _coded(extractor, "The prison near Kalemie holds 3,000 prisoners, officials said.") == []
