"""Readings of geo/attach.py added for the event-location benchmark (issue 6), on invented sentences
("Zzyzqa", "Qurtaya" and the like are no real places)."""

from __future__ import annotations

from typing import Any

from frontlines.extract import Extractor
from frontlines.geo.attach import attachment
from frontlines.geo.unknown_places import unknown_places


def _level(nlp: Any, sentence: str, place: str, trigger: str) -> int | None:
    parse = nlp(sentence)
    start = next(t.i for t in parse if t.text == place.split()[0])
    end = start + len(place.split())
    trig = next(t.i for t in parse if t.text == trigger)
    found = attachment(parse, start, end, trig)
    return None if found is None else found[0]


def test_whom_a_speaker_told_is_no_place(nlp: Any) -> None:
    sentence = "A police officer told Kirkuk that the blast killed five people."
    assert _level(nlp, sentence, "Kirkuk", "killed") is None


def test_a_landmark_that_places_another_name_is_least_attached(nlp: Any) -> None:
    sentence = "A roadside bomb killed a soldier near the village of Qurtaya, 40 km north of Mosul."
    assert _level(nlp, sentence, "Mosul", "killed") == 2
    # a landmark of the event itself stays one level further than its attachment
    plain = "Gunmen killed a soldier 40 km north of Mosul on Monday."
    assert _level(nlp, plain, "Mosul", "killed") == 1


def test_a_people_is_no_unknown_place(nlp: Any) -> None:
    parse = nlp("Soldiers rounded up dozens of Zzyzqans in the hills.")
    found = {parse[a:b].text for a, b in unknown_places(parse, set(), lambda _: False, lambda w: "X")}
    assert "Zzyzqans" not in found


def test_a_stronghold_names_its_town(extractor: Extractor) -> None:
    text = "A roadside bomb killed two soldiers near the rebel stronghold of Qurtaya, 40 km north of Mosul."
    events = extractor.extract_text(text, published="2019-05-07").events
    assert events and events[0].location is not None
    assert events[0].location.text == "Qurtaya"


def test_names_before_a_plural_place_noun_are_the_places(extractor: Extractor) -> None:
    text = "Gunmen killed four farmers in the Ortaz and Belmund villages of Kirova province on Sunday."
    events = extractor.extract_text(text, published="2019-05-07").events
    texts = {e.location.text for e in events if e.location is not None}
    assert "Ortaz" in texts


def test_a_people_after_a_nationality_is_no_unknown_place(nlp: Any) -> None:
    parse = nlp("Troops retook Zzyzqa, the old stronghold of the Croatian Serbs, on Sunday.")
    found = {parse[a:b].text for a, b in unknown_places(parse, set(), lambda _: False)}
    assert "Croatian Serbs" not in found
    # a feature whose name ends in a plural noun stays a place
    hills = nlp("Rebels shelled army posts in the Zzyzqa Hills overnight.")
    assert "Zzyzqa Hills" in {hills[a:b].text for a, b in unknown_places(hills, set(), lambda _: False)}


def test_a_place_noun_names_a_place_whatever_its_tag(nlp: Any) -> None:
    parse = nlp("In the coastal province of Esmeraldas, gangs set fire to cars overnight.")
    found = {parse[a:b].text for a, b in unknown_places(parse, set(), lambda _: False)}
    assert "Esmeraldas" in found
