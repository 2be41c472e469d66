"""Which of a sentence's places is the event's (geo/attach.py, geo/places.py, geo/place_nouns.py): the
smaller place that holds another, a "where" clause, a place inside an origin phrase, a province's noun, a
big city the parser tags a nationality. Invented names ("Zzyzqa") are no real places."""

from __future__ import annotations

from typing import Any

from frontlines.geo.attach import attachment
from frontlines.geo.place_nouns import holds, names_a_province


def _at(parse: Any, word: str) -> int:
    return next(t.i for t in parse if t.text == word)


def test_a_place_in_another_is_held_by_it(nlp: Any) -> None:
    parse = nlp("The army shot and killed two militants in Zzyzqa in Mendher sector on Sunday.")
    small, big = _at(parse, "Zzyzqa"), _at(parse, "Mendher")
    assert holds(parse, (small, small + 1), (big, big + 1))
    assert not holds(parse, (big, big + 1), (small, small + 1))


def test_a_kind_of_site_without_a_name_holds_nothing(nlp: Any) -> None:
    parse = nlp("The militants killed 100 civilians in a secondary School in Zzyzqa town.")
    school, town = _at(parse, "School"), _at(parse, "Zzyzqa")
    assert not holds(parse, (school, school + 1), (town, town + 1))


def test_a_name_on_a_province_noun(nlp: Any) -> None:
    parse = nlp("The rebels captured Lubumbashi in mineral-rich Shaba province last week.")
    shaba, city = _at(parse, "Shaba"), _at(parse, "Lubumbashi")
    assert names_a_province(parse, shaba, shaba + 1)
    assert not names_a_province(parse, city, city + 1)


def test_a_where_clause_links_the_event_to_the_place_it_describes(nlp: Any) -> None:
    parse = nlp("They attended a party at Zzyzqa Court where the model was murdered, the court heard.")
    court, verb = _at(parse, "Court"), _at(parse, "murdered")
    found = attachment(parse, court - 1, court + 1, verb)
    assert found is not None and found[0] <= 1


def test_a_place_inside_an_origin_phrase_is_a_last_resort_not_out(nlp: Any) -> None:
    parse = nlp("Fighters from a rebel group in Syria have repeatedly clashed with other brigades.")
    syria, verb = _at(parse, "Syria"), _at(parse, "clashed")
    assert attachment(parse, syria, syria + 1, verb) is not None
    parse = nlp("Two observers, one from Jordan, were captured by tribal fighters near Bunia.")
    jordan, verb = _at(parse, "Jordan"), _at(parse, "captured")
    assert attachment(parse, jordan, jordan + 1, verb) is None


def test_a_big_city_tagged_a_nationality_where_a_place_stands(nlp: Any) -> None:
    from frontlines.geo.gazetteer import default_index

    index = default_index()
    parse = nlp("A third accused, Manzoor Masih, was shot and killed outside a Lahore court last April.")
    found = [t.text for t in index.find_in_parse(parse, 0)]
    assert "Lahore" in found


def test_a_name_a_ground_taking_verb_has_for_its_object(nlp: Any) -> None:
    from frontlines.geo.unknown_places import unknown_places

    # untagged by the parser: only the verb says place
    parse = nlp("When they stormed Zzyz’a from two different axes, the army retreated.")
    assert "Zzyz’a" in {parse[a:b].text for a, b in unknown_places(parse, set(), lambda _: False)}


def test_a_name_a_verb_striking_a_place_has_for_its_object(nlp: Any) -> None:
    from frontlines.geo.unknown_places import unknown_places

    parse = nlp("When an air force plane bombed Zzyz\u2019a in a raid, the army retreated.")
    found = {parse[a:b].text for a, b in unknown_places(parse, set(), lambda _: False)}
    assert "Zzyz\u2019a" in found
