"""Words of violence and protest that tell no event: transitive marching and demonstrating, shots fired
into the air, labour strikes, contested elections, and a sport report's country teams."""

from __future__ import annotations

import pytest
from coding_support import trigger_subtypes

from frontlines.extract import Extractor


@pytest.mark.parametrize(
    "text",
    [
        "The attackers surrounded the school compound and marched the children into the bush.",
        "Several companies demonstrated artificial intelligence software meant to help drones find targets.",
        "Judicial workers have been on strike since August 19 against the plan.",
        "Analysts said the 2026 elections would be fought largely over the president's record on security.",
        "Several hundred Sudanese fans, many of them refugees living in Libya, chanted throughout the game.",
    ],
)
def test_no_event(extractor: Extractor, text: str) -> None:
    assert trigger_subtypes(extractor, text) == []


def test_shots_into_the_air_are_no_attack(extractor: Extractor) -> None:
    text = "More than 100 fighters entered the town of Tillia at dawn on Friday, firing into the air."
    assert trigger_subtypes(extractor, text) == [("entered", "Non-state actor overtakes territory")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thousands of teachers marched through the capital on Sunday.", [("marched", "Peaceful protest")]),
        (
            "Police fired into the crowd in Nairobi on Tuesday.",
            [("fired", "Excessive force against protesters")],
        ),
        (
            "Israeli jets carried out strikes on the town of Khiam on Monday.",
            [("strikes", "Air/drone strike")],
        ),
    ],
)
def test_the_events_beside_them_stay(
    extractor: Extractor, text: str, expected: list[tuple[str, str]]
) -> None:
    assert trigger_subtypes(extractor, text) == expected


CRICKET = (
    "Fazalhaq Farooqi ripped through Pakistan's top order with four wickets on Sunday as Afghanistan bowled "
    "out their neighbours for 103 in their Twenty20 match in Sharjah, with more than five overs to spare.\n\n"
    "Pakistan's bowling attack, missing its injured spearhead, was taken apart by the opener, who smashed "
    "six sixes. Pakistan's coach said changes would follow before the next match of the series."
)


def test_a_country_team_in_a_sport_report_is_no_armed_side(extractor: Extractor) -> None:
    assert trigger_subtypes(extractor, CRICKET) == []


def test_forces_in_a_sport_report_still_count(extractor: Extractor) -> None:
    text = (
        CRICKET
        + "\n\nOn Monday, Pakistani troops killed five militants in an attack near the stadium in Bannu."
    )
    assert any(sub == "Armed clash" or sub == "Attack" for _, sub in trigger_subtypes(extractor, text))


@pytest.mark.parametrize(
    "text",
    [
        "The ADF has killed thousands of civilians in Ituri and North Kivu over the past decade.",
        "Since October last year, cross-border fire has killed hundreds of people in Lebanon.",
    ],
)
def test_a_toll_over_a_long_period_is_no_event(extractor: Extractor, text: str) -> None:
    assert trigger_subtypes(extractor, text) == []


def test_a_running_toll_since_a_weekday_stays(extractor: Extractor) -> None:
    text = "At least 40 people have been killed in Goma since Monday, the health ministry said."
    assert [t for t, _ in trigger_subtypes(extractor, text)] == ["killed"]


def test_people_beaten_by_armed_men_are_attacked(extractor: Extractor) -> None:
    text = "Journalists from two television channels were beaten by masked men in Tbilisi on Monday."
    assert trigger_subtypes(extractor, text) == [("beaten", "Attack")]


def test_detainees_beaten_by_soldiers_are_attacked_in_both_scopes(extractor: Extractor) -> None:
    # ACLED codes the beating of people held as violence against civilians (PLOVER: ASSAULT, mode beat)
    text = "Nigerian soldiers beat up detainees in Maiduguri, a rights group said."
    assert trigger_subtypes(extractor, text) == [("beat", "Attack")]


def test_a_team_beaten_is_no_event(extractor: Extractor) -> None:
    assert (
        trigger_subtypes(extractor, "Afghanistan beat Pakistan by eight wickets in Sharjah on Sunday.") == []
    )


def test_people_described_by_a_protest_verb_are_protesters(extractor: Extractor) -> None:
    text = (
        "Police fired tear gas and live rounds at students demanding an end to quotas in Dhaka on Thursday."
    )
    events = extractor.extract_text(text, published="2024-07-19").events
    assert [
        (e.acled.sub_event_type if e.acled else None, e.actor2.kind if e.actor2 else None) for e in events
    ] == [("Excessive force against protesters", "protesters")]
