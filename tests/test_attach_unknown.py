"""Places the gazetteer lacks, or the toponym finder left, found by where they stand (geo/unknown_places.py
`unknown_places`, geo/places.py), on invented sentences ("Zzyzqa" and the like are no real places)."""

from __future__ import annotations

from typing import Any

from frontlines.extract import Extractor


def _unknown(nlp: Any, sentence: str) -> set[str]:
    from frontlines.geo.unknown_places import unknown_places

    parse = nlp(sentence)
    return {parse[a:b].text for a, b in unknown_places(parse, set(), lambda _: False)}


def test_a_name_after_a_locative_preposition_whatever_its_entity_type(nlp: Any) -> None:
    # the parser may call these a person or an organisation: where they stand says place
    assert "Zzyzqa Nagar" in _unknown(nlp, "Two men were arrested at Zzyzqa Nagar in Erode on Friday.")
    assert "Qwertabad" in _unknown(nlp, "The guerrillas detonated a landmine at Qwertabad on Monday.")


def test_a_name_after_a_part_or_people_noun_and_of(nlp: Any) -> None:
    assert "Zzyzqa" in _unknown(nlp, "Residents of Zzyzqa protested against the curfew on Monday.")
    assert "Zzyzqa" in _unknown(nlp, "Shells fell on the outskirts of Zzyzqa overnight.")


def test_an_arabic_article_joined_by_a_hyphen_is_part_of_the_name(nlp: Any) -> None:
    names = _unknown(nlp, "A suicide bomber killed 12 civilians in the Syrian village of al-Zzyzqa.")
    assert "al-Zzyzqa" in names


def test_a_site_name_as_the_object_of_a_verb(nlp: Any) -> None:
    assert "Jabal Zzyzqa" in _unknown(nlp, "Government forces captured Jabal Zzyzqa on Sunday.")


def test_an_organisation_named_after_a_place_does_not_name_it(nlp: Any) -> None:
    # "State" capitalised inside a name is no place noun naming what follows "of"
    assert "Zzyzqa" not in _unknown(nlp, "Troops attacked the Islamic State of Zzyzqa fighters.")


def test_an_embassy_names_the_sender_the_host_place_says_where(nlp: Any, extractor: Extractor) -> None:
    assert "Danish Embassy" not in _unknown(
        nlp, "A car bomb exploded in front of the Danish Embassy in Islamabad on Monday."
    )
    out = extractor.extract_text(
        "A car bomb exploded in front of the Danish Embassy in Islamabad on Monday, killing eight people.",
        published="2008-06-02",
    )
    loc = out.events[0].location
    assert loc is not None and loc.name == "Islamabad" and loc.country == "PAK"
    out = extractor.extract_text(
        "A truck bomb destroyed the U.S. Embassy in Nairobi, killing 200 people.", published="1998-08-08"
    )
    loc = out.events[0].location
    assert loc is not None and loc.country == "KEN"


def test_a_name_the_toponym_finder_left_that_a_place_noun_names_is_resolved(extractor: Extractor) -> None:
    out = extractor.extract_text(
        "A mob attacked a police station in Migori town in Kenya on Wednesday, setting a vehicle on fire.",
        published="2024-06-26",
    )
    loc = next(e for e in out.events if "attacked" in e.evidence.trigger).location
    assert loc is not None and loc.name == "Migori" and loc.country == "KEN"


def test_an_unknown_site_attached_to_the_trigger_keeps_the_story_place(extractor: Extractor) -> None:
    text = (
        "MOGADISHU, Somalia (Reuters) - Al Shabaab fighters attacked a hotel in Mogadishu on Sunday, "
        "police said.\n\n"
        "In 2015, a suicide car bomb at the Zzyzqa Hotel killed 15 people."
    )
    events = extractor.extract_text(text, published="2019-03-03").events
    ev = next(e for e in events if "car bomb" in e.evidence.trigger)
    assert ev.location is not None and ev.location.name == "Mogadishu"
    assert ev.location.text == "Zzyzqa Hotel"
