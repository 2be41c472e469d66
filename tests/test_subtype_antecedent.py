"""An anaphoric mention ("70 people were killed") takes the sub-type of the event told before it, except
that a generic Armed clash gives way to what the mention's own target makes of it."""

from __future__ import annotations

from coding_support import trigger_subtypes

from frontlines.extract import Extractor

STORM = "Members of a gang stormed the farming town of Pont-Sonde before dawn on Thursday. "


def test_people_killed_after_a_clash_are_attacked(extractor: Extractor) -> None:
    text = STORM + "At least 70 people were killed, including ten women, the United Nations said on Friday."
    assert trigger_subtypes(extractor, text) == [("stormed", "Armed clash"), ("killed", "Attack")]


def test_a_specific_earlier_type_still_carries_over(extractor: Extractor) -> None:
    text = (
        "A drone strike hit a market in the town of Maiwut on Sunday. "
        "At least 12 people were killed, local officials said."
    )
    coded = trigger_subtypes(extractor, text)
    assert coded[-1] == ("killed", "Air/drone strike")


def test_coordinated_subjects_with_an_object_act_together(extractor: Extractor) -> None:
    text = "RSF fighters and allied Arab militias killed thousands of members of the Masalit community."
    events = extractor.extract_text(text, published="2023-06-20").events
    assert events and events[0].actor2 is not None
    assert events[0].actor2.name != "Arab Ethnic Militia"


def test_coordinated_subjects_without_an_object_are_two_sides(extractor: Extractor) -> None:
    text = "The army and Arab militias clashed in El Geneina on Monday."
    events = extractor.extract_text(text, published="2023-06-20").events
    assert [(e.actor1.name if e.actor1 else None, e.actor2.name if e.actor2 else None) for e in events] == [
        ("Military Forces of Sudan", "Arab Ethnic Militia")
    ]
