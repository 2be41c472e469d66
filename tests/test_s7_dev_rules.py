"""Rules the s7 dev articles showed missing: natural forces, shelter camps and stances are no events;
sub-types of suicide bombers and of protests that broke up peacefully. Sentences our own."""

from __future__ import annotations

import pytest

from frontlines.extract import Extractor


def _coded(extractor: Extractor, text: str) -> list[tuple[str, str | None]]:
    events = extractor.extract_text(text, published="2024-06-10").events
    return [(e.evidence.trigger, e.acled.sub_event_type if e.acled else None) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "Torrential rains have destroyed hundreds of homes and two bridges in Kasese, officials said.",
        "Days of heavy rainfall destroyed the main road to Beledweyne, aid workers said on Monday.",
        "The governor said the state would set up camps for displaced families near Maiduguri.",
        "Officials built new camps for refugees from Sudan outside Adre last month.",
        "The opposition candidate pledged to take a tougher line against the gangs in Port-au-Prince.",
    ],
)
def test_no_event(extractor: Extractor, text: str) -> None:
    assert _coded(extractor, text) == []


def test_militants_still_destroy_property(extractor: Extractor) -> None:
    text = "Al Shabaab fighters destroyed two bridges near Beledweyne on Monday, residents said."
    assert [c[1] for c in _coded(extractor, text)] == ["Looting/property destruction"]


def test_troops_still_take_a_town(extractor: Extractor) -> None:
    text = "M23 rebels took the town of Rubaya in North Kivu on Tuesday, residents said."
    assert _coded(extractor, text) == [("took", "Non-state actor overtakes territory")]


def test_suicide_bombers_striking_is_a_suicide_bomb(extractor: Extractor) -> None:
    text = "Two suicide bombers struck an army post near Kirkuk on Friday, killing six soldiers."
    assert "Suicide bomb" in [c[1] for c in _coded(extractor, text)]


def test_a_protest_that_dispersed_peacefully_had_no_intervention(extractor: Extractor) -> None:
    text = "Traders protested in Kisumu on Monday against new market fees before dispersing peacefully."
    assert [c[1] for c in _coded(extractor, text)] == ["Peaceful protest"]
