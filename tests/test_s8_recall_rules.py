"""Events the s8 dev articles showed missed: weapons seized, property burned, clashes of a protest,
attacks repelled, "shot dead" read as a noun. Sentences our own."""

from __future__ import annotations

import pytest

from frontlines.extract import Extractor


def _coded(extractor: Extractor, text: str) -> list[tuple[str, str | None]]:
    events = extractor.extract_text(text, published="2024-06-10").events
    return [(e.evidence.trigger, e.acled.sub_event_type if e.acled else None) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers searched a farm near Tillaberi on Monday and seized 40 rifles, the army said.",
        "Police confiscated weapons and ammunition at a checkpoint outside Kumasi on Tuesday.",
        "Dozens of pistols and two machine guns were seized in a raid on a house in Guayaquil.",
    ],
)
def test_weapons_seized_are_disrupted_weapons_use(extractor: Extractor, text: str) -> None:
    assert "Disrupted weapons use" in [c[1] for c in _coded(extractor, text)]


def test_a_burned_dormitory_is_property_destroyed(extractor: Extractor) -> None:
    text = "Militants burned a dormitory in Kasese district on Friday night, police said."
    assert "Looting/property destruction" in [c[1] for c in _coded(extractor, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Protesters clashed with police in central Nairobi on Tuesday, witnesses said.",
        "A rally by opposition supporters in Lahore descended into clashes with police on Sunday.",
    ],
)
def test_clashes_of_a_protest_are_a_violent_demonstration(extractor: Extractor, text: str) -> None:
    assert "Violent demonstration" in [c[1] for c in _coded(extractor, text)]


def test_soldiers_clashing_with_rebels_stay_an_armed_clash(extractor: Extractor) -> None:
    text = "Soldiers clashed with rebels near Beni on Tuesday, the army said."
    assert [c[1] for c in _coded(extractor, text)] == ["Armed clash"]


def test_attackers_repelled_tell_a_clash(extractor: Extractor) -> None:
    text = "The army said its troops repelled the militants near the town of Diffa on Sunday."
    assert [c[1] for c in _coded(extractor, text)] == ["Armed clash"]


def test_shot_dead_read_as_a_noun_is_still_an_attack(extractor: Extractor) -> None:
    text = (
        "In a separate incident on Tuesday, gunmen on a motorcycle shot dead a local leader of the ruling "
        "party in the town of Turbat, police said."
    )
    assert [c[0] for c in _coded(extractor, text)] == ["shot dead"]


@pytest.mark.parametrize(
    "text",
    [
        "The treaty obliges both countries to dismantle their nuclear weapons by 2030.",
        "The parents' association repelled the proposal to close the school in Kitale.",
        "JNIM fighters overran the army post near Djibo and seized weapons and vehicles, the group said.",
    ],
)
def test_no_event(extractor: Extractor, text: str) -> None:
    assert _coded(extractor, text) == []


def test_weapons_seized_in_an_arrest_are_part_of_it(extractor: Extractor) -> None:
    text = "Police arrested 14 suspected gang members and seized rifles at a house in Guayaquil on Monday."
    assert [c[1] for c in _coded(extractor, text)] == ["Arrests"]


def test_a_rally_in_march_is_no_riot_of_a_clash(extractor: Extractor) -> None:
    text = "Soldiers clashed with rebels near Beni on Tuesday, weeks after a failed offensive in March."
    assert "Violent demonstration" not in [c[1] for c in _coded(extractor, text)]


def test_an_attack_repelled_keeps_the_attacker_as_actor1(extractor: Extractor) -> None:
    text = "The RSF said it had repelled an army attack on its base at Soba, killing dozens of soldiers."
    events = extractor.extract_text(text, published="2024-06-10").events
    assert [e.evidence.trigger for e in events] == ["attack"]


def test_a_rally_turned_to_clashes_has_rioters_as_actor1(extractor: Extractor) -> None:
    text = "A rally by opposition supporters in Lahore descended into clashes with police on Sunday."
    events = extractor.extract_text(text, published="2024-06-10").events
    riots = [e for e in events if e.acled and e.acled.event_type == "Riots"]
    assert [e.actor1.name if e.actor1 else None for e in riots] == ["Rioters"]


def test_weapons_seized_by_nobody_named_are_seized_by_the_police(extractor: Extractor) -> None:
    text = "Thirteen rifles and several grenades were seized in Rio de Janeiro on Tuesday, officials said."
    events = extractor.extract_text(text, published="2024-06-10").events
    assert [
        (e.acled.sub_event_type if e.acled else None, e.actor1.name if e.actor1 else None) for e in events
    ] == [("Disrupted weapons use", "Police Forces of Brazil")]


def test_a_village_headman_shot_is_a_civilian(extractor: Extractor) -> None:
    text = "Gunmen shot dead a village headman in Yarang district of Pattani province on Monday."
    events = extractor.extract_text(text, published="2024-06-10").events
    assert [e.actor2.name if e.actor2 else None for e in events] == ["Civilians"]


def test_arms_seized_from_nobody_named_are_the_article_group_s(extractor: Extractor) -> None:
    text = (
        "ELN rebels attacked an army post near Tibu in Norte de Santander on Tuesday, officials said."
        "\n\nOfficials said 13 rifles were seized."
    )
    events = extractor.extract_text(text, published="2024-06-10").events
    seized = [e for e in events if e.acled and e.acled.sub_event_type == "Disrupted weapons use"]
    assert [e.actor2.name if e.actor2 else None for e in seized] == ["National Liberation Army (Colombia)"]


def test_a_named_person_beaten_by_police_is_attacked(extractor: Extractor) -> None:
    text = "Opposition leader Levan Khabeishvili was beaten by police in Tbilisi and taken to hospital."
    assert len(_coded(extractor, text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Troops beat back the assault on the base near Tbilisi on Monday, the army said.",
        "The police team beat the army side 2-1 in the league final in Tbilisi on Sunday.",
    ],
)
def test_beating_that_is_no_assault(extractor: Extractor, text: str) -> None:
    assert "Attack" not in [c[1] for c in _coded(extractor, text)]
