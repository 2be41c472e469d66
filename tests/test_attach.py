"""Which place belongs to which event (geo/attach.py, geo/places.py), on invented sentences."""

from __future__ import annotations

from typing import Any

from frontlines.extract import Extractor
from frontlines.geo.attach import attachment, nationality


def _level(nlp: Any, sentence: str, place: str, trigger: str) -> int | None:
    parse = nlp(sentence)
    start = next(t.i for t in parse if t.text == place.split()[0])
    end = start + len(place.split())
    trig = next(t.i for t in parse if t.text == trigger)
    found = attachment(parse, start, end, trig)
    return None if found is None else found[0]


def test_the_place_of_the_trigger_is_attached(nlp: Any) -> None:
    sentence = "A string of bomb attacks killed 14 people in Iraq on Saturday."
    assert _level(nlp, sentence, "Iraq", "killed") == 0


def test_speaker_actor_origin_and_destination_are_not_the_place(nlp: Any) -> None:
    said = "The spokesman said in Geneva that his forces had killed 20 people in the town."
    assert _level(nlp, said, "Geneva", "killed") is None
    acts = "Russia struck the town overnight."
    assert _level(nlp, acts, "Russia", "struck") is None
    owner = "Bombs killed 14 people in Iraq as Washington's new ambassador vowed to act."
    assert _level(nlp, owner, "Washington", "killed") == 2  # whose, not where
    assert _level(nlp, owner, "Iraq", "killed") == 0
    origin = "The Seventh Brigade, a militia from the town of Tarhuna, attacked positions in the south."
    assert _level(nlp, origin, "Tarhuna", "attacked") is None
    fled = "Thousands of residents fled to Turkey after the shelling."
    assert _level(nlp, fled, "Turkey", "fled") is None


def test_a_reference_point_is_less_attached(nlp: Any) -> None:
    sentence = "Gunmen attacked a checkpoint 30 kilometres south of Kirkuk on Monday."
    level = _level(nlp, sentence, "Kirkuk", "attacked")
    assert level is not None and level >= 1


def test_a_country_naming_whose_forces_is_not_where(nlp: Any) -> None:
    parse = nlp("Gunmen shot dead a soldier in Fallujah, where people resist the U.S. occupation.")
    us = next(t.i for t in parse if t.text == "U.S.")
    shot = next(t.i for t in parse if t.text == "shot")
    assert nationality(parse, us, us + 1, shot)


def test_the_event_place_over_the_speakers(extractor: Extractor) -> None:
    text = "The rights group said in Geneva on Tuesday that soldiers had shot dead five protesters in Homs."
    events = extractor.extract_text(text, published="2019-05-07").events
    assert events and events[0].location is not None
    assert events[0].location.name == "Homs"


def test_a_placeless_sentence_takes_the_last_event_place_of_the_article(extractor: Extractor) -> None:
    text = (
        "BEIRUT, May 7, 2019 — Rebels shelled government positions in Hama on Monday, killing three "
        "soldiers, a war monitor said.\n\n"
        "The army said its troops later killed four rebels in a counter-attack."
    )
    events = extractor.extract_text(text, published="2019-05-07").events
    located = [e for e in events if "counter-attack" in e.evidence.sentence]
    assert located and located[0].location is not None
    assert located[0].location.text == "Hama"  # not the dateline's Beirut


def test_whose_strikes_and_background_places_are_not_where(extractor: Extractor) -> None:
    text = (
        "TRIPOLI, April 8, 2019 — A warplane struck Mitiga airport in Tripoli on Monday, officials said.\n\n"
        "In 2015, Islamic State fighters seized Sirte and held it for more than a year. Three years ago, "
        "Misrata brigades backed by U.S. air strikes drove the militants out.\n\n"
        "A two-hour truce brokered by the United Nations envoy took effect at noon, but fighting continued "
        "into the evening, "
        "residents said."
    )
    events = extractor.extract_text(text, published="2019-04-08").events
    assert all(e.location is None or e.location.country != "USA" for e in events)  # U.S. strikes: whose
    truce = next(e for e in events if e.evidence.trigger == "truce")
    # the fallback to an earlier event's place skips background (the 2015-16 Sirte events)
    assert truce.location is not None and truce.location.name == "Tripoli"


def test_a_neighbourhood_name_is_not_the_province_it_shares(extractor: Extractor) -> None:
    text = (
        "MOSUL, Iraq — Iraqi special forces retook the main campus of Mosul University on Friday.\n\n"
        "The militants hit back with car bombs in the Muthanna and Qahira neighbourhoods, killing seven "
        "soldiers, an officer said."
    )
    events = extractor.extract_text(text, published="2017-01-14").events
    bombs = next(e for e in events if "car bombs" in e.evidence.trigger)
    # Al-Muthanna is also a province 500 km south: here it is a part of Mosul
    assert bombs.location is not None and bombs.location.name == "Mosul"


def test_a_place_the_gazetteer_lacks_is_found_where_places_stand(nlp: Any) -> None:
    from frontlines.geo.unknown_places import unknown_places

    parse = nlp("Gunmen stormed the village of Zzyzqa and killed 12 people near Qwerty Bridge.")
    names = {parse[a:b].text for a, b in unknown_places(parse, set(), lambda _: False)}
    assert {"Zzyzqa", "Qwerty Bridge"} <= names
    parse = nlp("Zzyzqa said the attack was a crime.")
    assert unknown_places(parse, set(), lambda _: False) == []


def test_an_unknown_sub_place_is_kept_as_text_at_its_city(extractor: Extractor) -> None:
    out = extractor.extract_text(
        "A roadside bomb killed three civilians in the Zzyzqa neighbourhood of Baghdad on Monday.",
        published="2024-03-04",
    )
    loc = out.events[0].location
    assert loc is not None and loc.country == "IRQ" and loc.text == "Zzyzqa"


def test_a_possessor_that_is_no_place_names_whose(nlp: Any) -> None:
    sentence = "He was captured by Colombia's main rebel group in southern Peru."
    assert _level(nlp, sentence, "Colombia", "captured") == 2


def test_an_unknown_quarter_of_the_city_takes_the_city(extractor: Extractor) -> None:
    text = (
        "Rebels push into eastern Congo city\n\n"
        "GOMA, Congo, Jan 28 (Reuters) - M23 rebels pushed into the centre of Goma on Monday after days of "
        "heavy fighting with the Congolese army, residents said.\n\n"
        "Stray shells killed at least 17 people in the Ndosho and Katindo neighbourhoods on Tuesday, a "
        "hospital official said."
    )
    events = extractor.extract_text(text, published="2025-01-28").events
    ev = next(e for e in events if e.evidence.trigger == "killed")
    assert ev.location is not None and ev.location.name == "Goma" and ev.location.country == "COD"
    assert ev.location.text == "Ndosho"


def test_a_time_zone_is_no_place(nlp: Any) -> None:
    from frontlines.geo.unknown_places import unknown_places

    parse = nlp("A car bomb detonated at about 4:00 p.m. (1300 GMT) in Zzyzqa district.")
    names = {parse[a:b].text for a, b in unknown_places(parse, set(), lambda _: False)}
    assert "GMT" not in names


def test_a_smaller_place_naming_the_noun_before_of_is_the_place(extractor: Extractor) -> None:
    # "the Findik region of Sirnak": Findik names the region, Sirnak is the larger place around it
    events = extractor.extract_text(
        "Police said a car bomb exploded in the Findik region of Sirnak, killing three soldiers.",
        published="2024-01-10",
    ).events
    assert events and events[0].location is not None
    assert (events[0].location.text, events[0].location.country) == ("Findik", "TUR")


def test_an_unknown_district_named_by_its_noun_keeps_the_town_spelled_another_way(
    extractor: Extractor,
) -> None:
    # the unknown district is the finer place; its coordinates are Hodeidah's (the gazetteer's "Al
    # Hudaydah"), not those of the Red Sea state of Sudan
    events = extractor.extract_text(
        "Yemeni officials said air strikes killed six people in the Zzyzqa district of the Red Sea city "
        "of Hodeidah on Monday.",
        published="2024-01-10",
    ).events
    assert events and events[0].location is not None
    assert (events[0].location.text, events[0].location.country) == ("Zzyzqa", "YEM")
    assert events[0].location.admin1 == "Al Hudaydah"


def test_an_unknown_run_of_english_words_is_no_place_beside_a_known_one(extractor: Extractor) -> None:
    # "Parliament" is an institution; the known town says where ("in Nairobi")
    events = extractor.extract_text(
        "Riot police clashed with students in front of Parliament in Nairobi on Tuesday.",
        published="2024-01-10",
    ).events
    assert events and events[0].location is not None
    assert (events[0].location.text, events[0].location.name) == ("Nairobi", "Nairobi")
    # a foreign name the gazetteer lacks is still the finer place
    events = extractor.extract_text(
        "Troops shelled the Bani Zzyzqa Quarter of Aleppo on Monday.", published="2024-01-10"
    ).events
    assert events and events[0].location is not None
    assert (events[0].location.text, events[0].location.country) == ("Bani Zzyzqa Quarter", "SYR")


def test_a_country_name_the_gazetteer_lacks_is_that_country(extractor: Extractor) -> None:
    events = extractor.extract_text(
        "NATO warplanes launched air strikes on Yugoslavia on Wednesday evening.", published="1999-03-25"
    ).events
    assert events and events[0].location is not None
    assert events[0].location.country == "SRB"


def test_a_place_after_a_persons_name_and_of_is_where_the_person_is_from(nlp: Any) -> None:
    sentence = "An aid worker, Maria Lopez of Honduras, was shot dead on Monday."
    assert _level(nlp, sentence, "Honduras", "shot") is None
