"""Place names the parser mis-tags (`geo.misread_ents`): a place that begins a lowercase run the parser
calls a title."""

from __future__ import annotations

from typing import Any

from frontlines.geo.gazetteer import GazetteerIndex


def _found(index: GazetteerIndex, nlp: Any, sentence: str) -> list[str]:
    return [t.text for t in index.find_in_parse(nlp(sentence), 0)]


def test_a_place_beginning_a_lowercase_title_is_a_place(index: GazetteerIndex, nlp: Any) -> None:
    sentence = "Warplanes continue to launch brutal attacks on Aleppo for the ninth consecutive day."
    parse = nlp(sentence)
    assert any(e.label_ == "WORK_OF_ART" and e.text.startswith("Aleppo for") for e in parse.ents)
    assert _found(index, nlp, sentence) == ["Aleppo"]


def test_an_event_s_place_and_a_capitalised_title_still_block(index: GazetteerIndex, nlp: Any) -> None:
    assert "Jordan" not in _found(index, nlp, "Jordan Peterson told reporters that the talks had failed.")
    found = _found(index, nlp, "Israel captured the area in the 1967 Middle East war.")
    assert "Middle East" not in found
