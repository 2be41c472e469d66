"""Actors the s10a dev articles showed missed: strikes told with no doer, weapons "launched by" a group,
interceptions, a person of a nation, the bodies of those killed, blasts near an official or a passing
force, unnamed forces of the one other nation an article names. Sentences our own."""

from __future__ import annotations

from frontlines.extract import Extractor


def _actors(extractor: Extractor, text: str) -> list[tuple[str, str | None, str | None]]:
    events = extractor.extract_text(text, published="2024-06-10").events
    return [
        (e.evidence.trigger, e.actor1.name if e.actor1 else None, e.actor2.name if e.actor2 else None)
        for e in events
    ]


def test_a_strike_told_with_no_doer_is_the_articles_striker(extractor: Extractor) -> None:
    text = (
        "Myanmar military jets bombed a village in Sagaing region on Wednesday, killing 11 civilians, "
        "a resistance group said.\n\nAt least four people were killed in the air strikes on Thursday, "
        "a rescue worker said."
    )
    found = _actors(extractor, text)
    assert ("air strikes", "Military Forces of Myanmar", "Civilians") in found


def test_a_drone_launched_by_a_group_is_that_groups(extractor: Extractor) -> None:
    text = "A drone launched by the Houthis struck a school in Taiz on Monday, killing two pupils."
    assert _actors(extractor, text)[0][1] == "Houthi Movement"


def test_what_is_intercepted_is_intercepted_by_the_military(extractor: Extractor) -> None:
    text = "The Israeli military said the missile was intercepted over the Negev on Monday."
    assert _actors(extractor, text)[0][1] == "Military Forces of Israel"


def test_a_person_of_a_nation_is_a_civilian(extractor: Extractor) -> None:
    text = "A 19-year-old Palestinian was shot and wounded by Israeli settlers near Nablus on Friday."
    assert _actors(extractor, text)[0][2] == "Civilians"


def test_the_bodies_of_men_found_are_those_men(extractor: Extractor) -> None:
    text = (
        "Gunmen killed two police officers in Culiacan on Sunday, officials said. "
        "The bodies of three men, their hands tied, were found beside a highway on Monday."
    )
    found = [a for a in _actors(extractor, text) if a[0] == "found"]
    assert found and found[0][2] == "Civilians"


def test_a_bomb_near_the_presidents_motorcade_falls_on_the_government(extractor: Extractor) -> None:
    text = (
        "A roadside bomb exploded near the motorcade of President Hassan Sheikh Mohamud in Mogadishu "
        "on Tuesday, killing four people."
    )
    assert _actors(extractor, text)[0][2] == "Government of Somalia"


def test_unnamed_forces_of_the_one_nation_named(extractor: Extractor) -> None:
    text = (
        "Israeli drones struck a car in Jenin on Tuesday, killing two men, Palestinian officials said. "
        "The army said its soldiers had arrested eight suspects in the town."
    )
    arrests = [a for a in _actors(extractor, text) if a[0] == "arrested"]
    assert arrests and arrests[0][1] == "Military Forces of Israel"
