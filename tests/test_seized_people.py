"""Seizing people is an abduction (ACLED Abduction/forced disappearance); seizing a place stays a capture
of territory, and seizing things is neither. Sentences ours."""

from __future__ import annotations

import pytest
from coding_support import trigger_subtypes

from frontlines.extract import Extractor

ABDUCTION = "Abduction/forced disappearance"


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen seized a doctor in Zamfara on Monday, residents said.",
        "Militants seized two aid workers near Gao on Tuesday.",
        "Bandits seized more than 40 passengers from a bus near Kaduna on Sunday.",
        "Three engineers were seized by armed men near Port Harcourt on Friday.",
        "Kidnappers grabbed a Catholic priest outside his church in Enugu on Saturday.",
    ],
)
def test_seizing_people_is_an_abduction(extractor: Extractor, text: str) -> None:
    assert ABDUCTION in [sub for _, sub in trigger_subtypes(extractor, text)]


@pytest.mark.parametrize(
    ("text", "subtype"),
    [
        ("Militants seized the town of Menaka on Tuesday.", "Non-state actor overtakes territory"),
        ("M23 rebels seized an army base near Rubaya on Sunday.", "Non-state actor overtakes territory"),
    ],
)
def test_seizing_places_stays_a_capture(extractor: Extractor, text: str, subtype: str) -> None:
    assert [sub for _, sub in trigger_subtypes(extractor, text)] == [subtype]


@pytest.mark.parametrize(
    "text",
    [
        "The army seized power in Niamey on Wednesday.",
        "Customs officers seized two tonnes of cocaine at the port of Guayaquil on Monday.",
        "The rebels seized the initiative after the ceasefire collapsed.",
    ],
)
def test_seizing_power_or_things_is_no_abduction(extractor: Extractor, text: str) -> None:
    assert ABDUCTION not in [sub for _, sub in trigger_subtypes(extractor, text)]


def test_people_seized_by_the_police_are_arrested(extractor: Extractor) -> None:
    text = "Police seized a man carrying a pistol outside the stadium in Kano on Saturday."
    assert "Arrests" in [sub for _, sub in trigger_subtypes(extractor, text)]
