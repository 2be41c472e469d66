"""Leftovers of the team dev split (helper fixes18): the unnamed doers of a separate incident of an
article are not the story's named group; the sides of fighting told by a "when" clause; a follow-up's
antecedent is the main act of the sentence before, not one of a clause that describes a noun; a civil
aircraft shot down and a passenger train attacked are attacks on civilians. Sentences our own."""

from __future__ import annotations

from coding_support import events, who

from frontlines.extract import Extractor


def _by_trigger(extractor: Extractor, text: str, trigger: str) -> list[tuple[str | None, str | None]]:
    return [
        (e.actor1.name if e.actor1 else None, e.actor2.name if e.actor2 else None)
        for e in events(extractor, text, published="2024-06-12")
        if e.evidence.trigger == trigger
    ]


def test_gunmen_of_a_separate_incident_are_unidentified(extractor: Extractor) -> None:
    text = (
        "MAIDUGURI — Boko Haram fighters stormed the village of Kukawa on Monday, killing nine farmers, "
        "residents said.\n\nThe group has attacked the area repeatedly this year.\n\n"
        "In Yola, gunmen abducted a doctor from his clinic on Tuesday, police said."
    )
    found = _by_trigger(extractor, text, "abducted")
    assert found and found[0][0] == "Unidentified Armed Group"


def test_gunmen_of_the_same_story_stay_the_named_group(extractor: Extractor) -> None:
    text = (
        "MAIDUGURI — Boko Haram fighters stormed the village of Kukawa on Monday, killing nine farmers, "
        "residents said.\n\nThe gunmen also abducted a doctor from his clinic, police said."
    )
    found = _by_trigger(extractor, text, "abducted")
    assert found and found[0][0] == "Boko Haram"


def test_fighting_told_by_a_when_clause_takes_its_sides(extractor: Extractor) -> None:
    text = (
        "TRIPOLI — Clashes erupted on Monday night when the Special Deterrence Force fought the 444 Brigade "
        "near the port, and at least six people were killed."
    )
    assert _by_trigger(extractor, text, "Clashes") == [("Special Deterrence Force", "444 Brigade")]


def test_a_riots_wounded_are_the_riots_not_a_noun_clauses(extractor: Extractor) -> None:
    """The injured of the next paragraph follow the rioting, the main act of the sentence before, not the
    stabbing told in a clause that describes the victims (its day, Monday, is not theirs)."""
    text = (
        "Rioters threw stones at a hotel housing asylum seekers in Leeds on Tuesday night, days after a "
        "vigil for two men killed in a knife attack on Monday.\n\n"
        "Police said 12 officers had been injured as they tried to protect the building."
    )
    injured = [e for e in events(extractor, text, "2024-06-12") if e.evidence.trigger == "injured"]
    assert injured and injured[0].date.start == "2024-06-11"
    assert injured[0].acled is not None and injured[0].acled.event_type == "Riots"


def test_a_passenger_jet_shot_down_is_an_attack_on_civilians(extractor: Extractor) -> None:
    text = "Rebels shot down a passenger jet near the airport on Sunday, killing all 90 people on board."
    shot = [e for e in events(extractor, text) if e.evidence.trigger == "shot"]
    assert shot and shot[0].acled is not None
    assert shot[0].acled.sub_event_type == "Attack"
    assert who(shot[0].actor2)[0] == "Civilians"


def test_a_drone_shot_down_is_still_disrupted_weapons_use(extractor: Extractor) -> None:
    text = "Ukraine's air force said it had shot down 30 of the 40 drones launched overnight."
    shot = [e for e in events(extractor, text) if e.evidence.trigger == "shot"]
    assert shot and shot[0].acled is not None
    assert shot[0].acled.sub_event_type == "Disrupted weapons use"


def test_a_passenger_train_attacked_is_an_attack_on_civilians(extractor: Extractor) -> None:
    text = "Separatist gunmen attacked a passenger train in the mountains on Tuesday, officials said."
    attacked = [e for e in events(extractor, text) if e.evidence.trigger == "attacked"]
    assert attacked and attacked[0].acled is not None
    assert attacked[0].acled.sub_event_type == "Attack"
