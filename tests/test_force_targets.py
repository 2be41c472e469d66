"""Who a force is and whom an attack falls on: a blast at, outside or near a force's facility falls on
that force (ACLED: the state force of the country); a presidential or republican guard is the military,
and "members of" a force or group are that force or group. Sentences ours."""

from __future__ import annotations

import pytest
from coding_support import first, who

from frontlines.extract import Extractor


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        (
            "A bomb exploded outside a police station in Kandahar on Monday, killing three people.",
            "exploded",
            ("Police Forces of Afghanistan", "AFG", "state_forces"),
        ),
        (
            "A car bomb went off near a police checkpoint in Mogadishu on Sunday, wounding two passers-by.",
            "car bomb",
            ("Police Forces of Somalia", "SOM", "state_forces"),
        ),
        (
            "A roadside bomb detonated at the gate of an army base near Kirkuk on Friday, killing four.",
            "roadside bomb",
            ("Military Forces of Iraq", "IRQ", "state_forces"),
        ),
    ],
)
def test_a_blast_at_a_force_facility_falls_on_that_force(
    extractor: Extractor, text: str, trigger: str, target: tuple[str, str, str]
) -> None:
    assert who(first(extractor, text, trigger).actor2) == target


@pytest.mark.parametrize(
    "text",
    [
        "A bomb exploded in a crowded market in Kandahar on Monday, killing three people.",
        "A bomb exploded outside a school in Kandahar on Monday, killing three children.",
    ],
)
def test_a_blast_elsewhere_still_falls_on_civilians(extractor: Extractor, text: str) -> None:
    assert who(first(extractor, text, "exploded").actor2)[0] == "Civilians"


def test_the_wounded_taken_to_a_police_station_are_no_target(extractor: Extractor) -> None:
    # the station is where the wounded went, not where the bomb went off
    text = (
        "A bomb exploded in a market in Kandahar on Monday, and the wounded were taken to a police station."
    )
    assert who(first(extractor, text, "exploded").actor2)[0] == "Civilians"


@pytest.mark.parametrize(
    ("text", "trigger", "doer"),
    [
        (
            "Members of the presidential guard detained the president in Niamey on Wednesday.",
            "detained",
            ("Military Forces of Niger", "NER", "state_forces"),
        ),
        (
            "The presidential guard opened fire on protesters in Conakry on Monday, killing two.",
            "opened fire",
            ("Military Forces of Guinea", "GIN", "state_forces"),
        ),
        (
            "Republican Guard units shelled rebel positions near Daraa on Tuesday.",
            "shelled",
            ("Military Forces of Syria", "SYR", "state_forces"),
        ),
        (
            "Members of the army detained two journalists in Bamako on Friday.",
            "detained",
            ("Military Forces of Mali", "MLI", "state_forces"),
        ),
    ],
)
def test_guards_and_members_of_a_force(
    extractor: Extractor, text: str, trigger: str, doer: tuple[str, str, str]
) -> None:
    assert who(first(extractor, text, trigger).actor1) == doer


def test_a_security_guard_is_no_force(extractor: Extractor) -> None:
    text = "A security guard shot dead a robber at a bank in Kano on Monday."
    assert who(first(extractor, text, "shot").actor1)[2] != "state_forces"


@pytest.mark.parametrize(
    ("text", "trigger", "doer"),
    [
        (
            "Members of an Iran-backed militia kidnapped a researcher in Baghdad on Monday.",
            "kidnapped",
            ("Unidentified Militia", "IRQ", "identity_militia"),
        ),
        (
            "A Russian-backed militia shelled a village near Donetsk on Monday.",
            "shelled",
            ("Unidentified Militia", "UKR", "identity_militia"),
        ),
    ],
)
def test_the_country_backing_a_group_is_not_its_own(
    extractor: Extractor, text: str, trigger: str, doer: tuple[str, str, str]
) -> None:
    assert who(first(extractor, text, trigger).actor1) == doer


def test_an_air_strike_by_a_force_does_not_fall_on_that_force(extractor: Extractor) -> None:
    # "by" names the doer here, not the place: the strike falls on the soldiers killed
    text = "Twenty Turkish soldiers were killed in an air strike by Syrian forces near Saraqib on Friday."
    event = first(extractor, text, "air strike")
    assert (who(event.actor1)[0], who(event.actor2)[0]) == (
        "Military Forces of Syria",
        "Military Forces of Turkey",
    )
