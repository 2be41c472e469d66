"""Which place a sentence's phrasing names (geo/attach.py, geo/places.py): a region named by its kind
word before "of", a compass word measuring from a landmark, a possessor of a sub-place; invented
sentences."""

from __future__ import annotations

from typing import Any

from frontlines.extract import Extractor


def _place(extractor: Extractor, text: str) -> tuple[str, str | None]:
    events = extractor.extract_text(text, published="2024-01-10").events
    assert events and events[0].location is not None
    return events[0].location.text, events[0].location.name


def test_the_region_the_noun_names_before_of_is_the_place(extractor: Extractor) -> None:
    # "region" names East Ghouta (a region), not Damascus (a city): East Ghouta is the place meant
    text = (
        "Government troops launched an offensive in the East Ghouta region of Damascus on Sunday, "
        "killing 12 rebels."
    )
    assert _place(extractor, text)[1] == "Eastern Ghouta"


def test_a_compass_word_with_a_distance_names_a_landmark_not_the_place(nlp: Any) -> None:
    from frontlines.geo.place_nouns import named_by_place_noun

    # "Khalis, 80 kilometers north of Baghdad": Baghdad is where the distance is measured from
    parse = nlp("The attack occurred in Khalis, 80 kilometers north of Baghdad.")
    i = next(t.i for t in parse if t.text == "Baghdad")
    assert not named_by_place_noun(parse, i, i + 1)
    # "in the north of Syria" names the part of Syria
    parse = nlp("Jets struck rebel positions in the north of Syria.")
    i = next(t.i for t in parse if t.text == "Syria")
    assert named_by_place_noun(parse, i, i + 1)


def test_a_possessor_of_a_named_place_owns_it(nlp: Any) -> None:
    from frontlines.geo.attach import owns_a_place

    parse = nlp("A couple was shot dead in a village in Yala's Betong district on Saturday.")
    i = next(t.i for t in parse if t.text == "Yala")
    assert owns_a_place(parse, i, i + 1)
    parse = nlp("Yala's governor visited the village on Saturday.")
    assert not owns_a_place(parse, 0, 1)


def test_a_possessor_of_quarters_is_their_town_not_a_quarter(extractor: Extractor) -> None:
    # "Hama's ... neighborhoods": Hama owns the quarters; it is no quarter named Hama of another town
    text = (
        "Security forces shot dead four protesters in Hama's Hamidiyeh and Bab Qubli neighborhoods on Friday."
    )
    place = _place(extractor, text)
    assert place[0] != "Hama"


def test_a_protest_verbs_against_phrase_is_what_is_protested_not_where(nlp: Any) -> None:
    from frontlines.geo.attach import attachment

    parse = nlp("Thousands of students demonstrated against Israel outside the embassy in Cairo.")
    trig = next(t.i for t in parse if t.text == "demonstrated")
    israel = next(t.i for t in parse if t.text == "Israel")
    cairo = next(t.i for t in parse if t.text == "Cairo")
    found = attachment(parse, israel, israel + 1, trig)
    assert found is not None and found[0] == 2
    placed = attachment(parse, cairo, cairo + 1, trig)
    assert placed is not None and placed[0] < 2
