"""Gazetteer v2 and toponym resolution, on invented sentences (docs/gazetteer.md)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from frontlines import knowledge
from frontlines.extract import Extractor
from frontlines.geo.context import sure_country
from frontlines.geo.gazetteer import GazetteerIndex, default_index, skeleton, to_place


def test_header_records_version_provenance_and_kinds() -> None:
    gaz = knowledge.gazetteer()
    assert gaz.version == "gazetteer.v2" and "GeoNames" in gaz.provenance and "CC BY 4.0" in gaz.provenance
    assert set(gaz.header.counts) == {"country", "admin1", "district", "city", "region"}
    assert gaz.header.counts["admin1"] > 3000 and gaz.header.counts["city"] > 100_000


def test_transliterations_and_abbreviations(index: GazetteerIndex) -> None:
    for spelling in ("Al Mawsil", "Mossoul", "Mosul"):
        assert any(p.name == "Mosul" and p.country == "IRQ" for p in index.lookup(spelling))
    assert any(p.country == "SYR" and p.kind == "city" for p in index.lookup("Idleb"))
    assert any(p.country == "PSE" for p in index.lookup("Khan Yunis"))
    assert [p.country for p in index.lookup("U.S.")] == ["USA"]
    assert {p.country for p in index.lookup("DRC")} == {"COD"}
    assert index.resolve("EU", index.lookup("EU"), set()).kind == "region"


def test_tripoli_follows_the_article_country(index: GazetteerIndex) -> None:
    cands = index.lookup("Tripoli")
    assert index.resolve("Tripoli", cands, set()).country == "LBY"
    assert index.resolve("Tripoli", cands, {"LBN"}).country == "LBN"
    # "Tripoli" is the town, not the Libyan district of the same name
    assert index.resolve("Tripoli", cands, {"LBY"}).kind == "city"


def test_georgia_the_country_or_the_state_by_context(index: GazetteerIndex) -> None:
    cands = index.lookup("Georgia")
    alone = index.resolve("Georgia", cands, set())
    assert (alone.country, alone.kind) == ("GEO", "country")
    us = index.resolve("Georgia", cands, set(), others=[index.lookup("Atlanta"), index.lookup("Ohio")])
    assert us.kind == "country"  # other places do not make a country name a US state on their own
    state = index.resolve("Georgia", cands, {"USA"})
    assert (state.country, state.kind) == ("USA", "admin1")
    assert to_place("Georgia", state).precision == "admin1" and to_place("Georgia", state).admin1 == "Georgia"


def test_district_and_province_named_together(index: GazetteerIndex) -> None:
    district = index.lookup("Andar district")
    assert district and all(p.kind == "district" for p in district)
    best = index.resolve("Andar", index.lookup("Andar"), set(), others=[index.lookup("Ghazni province")])
    place = to_place("Andar district", best)
    assert (place.country, place.admin1, place.precision) == ("AFG", "Ghazni", "district")
    province = index.resolve("Ghazni province", index.lookup("Ghazni province"), set())
    assert province.kind == "admin1"


def test_admin1_is_filled_for_towns(index: GazetteerIndex) -> None:
    place = to_place("Mosul", index.resolve("Mosul", index.lookup("Mosul"), set()))
    assert (place.name, place.admin1, place.precision, place.geonameid) == ("Mosul", "Nineveh", "city", 99072)


def test_a_country_name_is_sure_context(index: GazetteerIndex) -> None:
    assert sure_country(index.lookup("Lebanon")) == "LBN"  # not Lebanon, Pennsylvania
    assert sure_country(index.lookup("Baghdad")) == "IRQ"
    russian = index.lookup_demonym("Russian")
    assert russian is not None and russian.country == "RUS"
    assert index.lookup_demonym("Quickly") is None


def test_jordan_the_person_is_not_a_place(index: GazetteerIndex, nlp: Any) -> None:
    parse = nlp("Jordan Peterson told reporters that the talks in Amman had failed.")
    found = [t.text for t in index.find_in_parse(parse, 0)]
    assert "Jordan" not in found and "Amman" in found


def test_demonym_adjective_is_not_a_place(index: GazetteerIndex, nlp: Any) -> None:
    parse = nlp("Syrian troops shelled the outskirts of Idlib.")
    assert [t.text for t in index.find_in_parse(parse, 0)] == ["Idlib"]


def test_sub_city_mentions_keep_their_text(index: GazetteerIndex, nlp: Any) -> None:
    for sentence, text in (
        ("Fighting raged in western Mosul on Sunday.", "western Mosul"),
        ("Troops entered Mosul's Old City at dawn.", "Mosul's Old City"),
    ):
        parse = nlp(sentence)
        (top,) = index.find_in_parse(parse, 0)
        assert top.text == text and sentence[top.start : top.end] == text
        place = to_place(top.text, index.resolve("Mosul", top.candidates, set()))
        assert (place.text, place.name, place.country, place.precision) == (text, "Mosul", "IRQ", "city")


def test_pipeline_places_a_district_event_with_its_province() -> None:
    text = (
        "Taliban fighters attacked a police checkpoint in Andar district, Ghazni province, on Monday, "
        "killing four officers, a provincial spokesman said."
    )
    events = Extractor().extract_text(text, published="2019-05-07").events
    assert events and events[0].location is not None
    loc = events[0].location
    assert (loc.country, loc.admin1) == ("AFG", "Ghazni") and loc.precision in ("district", "admin1")


def test_unknown_place_stays_text_only(index: GazetteerIndex) -> None:
    assert index.lookup("Zorbistan Qarnat") == []
    events = (
        Extractor()
        .extract_text(
            "Gunmen attacked the hamlet of Qarnat Zorbistan on Tuesday, killing two farmers.",
            published="2019-05-07",
        )
        .events
    )
    assert events and all(e.location is None or e.location.lat is not None for e in events)
    assert all(e.location is None for e in events)


def test_common_words_dates_and_abbreviations_are_not_small_towns() -> None:
    from frontlines.extract import Extractor

    text = (
        "The Syrian Observatory for Human Rights said on Monday that Islamic State fighters attacked an "
        "army post near the Airport Road in Deir ez-Zor in March, and the UN and the AU condemned it."
    )
    result = Extractor().extract_text(text, published="2017-04-10")
    places = {(e.location.text, e.location.country) for e in result.events if e.location}
    assert places and all(country == "SYR" for _, country in places), places


def test_word_guard() -> None:
    from frontlines.geo.toponym_guards import word_may_be_place

    idx = default_index()
    assert not word_may_be_place("Human", idx.lookup("Human"))  # Uman's alternate spelling
    assert not word_may_be_place("UN", idx.lookup("UN"))
    assert not word_may_be_place("March", idx.lookup("March"))
    assert word_may_be_place("March", idx.lookup("March"), tagged_place=True)
    assert word_may_be_place("US", idx.lookup("US"))
    assert word_may_be_place("Paris", idx.lookup("Paris"))
    assert word_may_be_place("Goma", idx.lookup("Goma"))


def test_a_foreign_town_reached_only_by_an_alias_is_not_the_place() -> None:
    from frontlines.extract import Extractor

    text = (
        "DOUENTZA, Mali — Jihadist fighters ambushed an army supply convoy near Boni in central Mali on "
        "Thursday, killing at least 15 soldiers, the army said."
    )
    events = Extractor().extract_text(text, published="2019-11-02").events
    places = [e.location for e in events if e.location]
    assert places and all(p.country == "MLI" for p in places), places


def test_another_romanisation_of_a_town_in_the_article_countries(index: GazetteerIndex) -> None:
    # names the gazetteer lacks, found by their consonant skeleton among the article's countries' places
    assert skeleton("maarat al-numan") == skeleton("ma'arrat an nu'man") == "mrtnmn"
    assert any(p.admin1 == "Idlib" for p in index.lookup_spelling("Maarat al-Numan", {"SYR"}))
    assert any(p.admin1 == "West Azerbaijan" for p in index.lookup_spelling("Oshnavieh", {"IRN"}))
    hodeidah = index.lookup_spelling("Hodeidah", {"YEM"})
    assert index.resolve("Hodeidah", hodeidah, {"YEM"}).admin1 == "Al Hudaydah"
    # outside the article's countries, or a short skeleton matching only small towns: nothing
    assert index.lookup_spelling("Maarat al-Numan", {"IRQ"}) == []
    assert index.lookup_spelling("Maarat al-Numan", set()) == []
    assert all(p.pop >= 100_000 for p in hodeidah)


def test_named_regions_of_conflict_news(index: GazetteerIndex) -> None:
    for name in ("Kashmir", "Niger Delta", "FATA", "Lake Chad Basin"):
        assert any(p.kind == "region" for p in index.lookup(name)), name


def test_a_country_s_province_is_a_place_of_its_own(index: GazetteerIndex, nlp: Any) -> None:
    parse = nlp("Turkish jets struck positions in northern Iraq's Duhok province overnight.")
    assert [t.text for t in index.find_in_parse(parse, 0)] == ["northern Iraq", "Duhok province"]
    # a city's possessive names a part of it, kept with the city
    parse = nlp("Fighting reached Mosul's Old City on Monday.")
    assert [t.text for t in index.find_in_parse(parse, 0)] == ["Mosul's Old City"]


def test_other_country_names_are_in_the_gazetteer_and_geo_needs_no_actor_coder() -> None:
    index = default_index()
    for name, iso3 in [("Bosnia", "BIH"), ("Yugoslavia", "SRB"), ("Soviet Union", "RUS"), ("Congo", "COD")]:
        assert any(c.kind == "country" and c.country == iso3 for c in index.lookup(name)), name
    code = Path(__file__).resolve().parents[1] / "src" / "frontlines" / "geo"
    for module in code.glob("*.py"):
        runtime = module.read_text(encoding="utf-8").split("if TYPE_CHECKING:")[0]
        assert "frontlines.code" not in runtime, module.name


def test_towns_the_packaged_geonames_lacks_come_from_the_extras() -> None:
    index = default_index()
    for name, iso3, admin1 in [("Kolofata", "CMR", "Far North"), ("Sarmada", "SYR", "Idlib")]:
        assert any((c.country, c.admin1) == (iso3, admin1) for c in index.lookup(name)), name


def test_admin1_points_lie_in_their_country() -> None:
    """country-state-city geocoded some divisions by bare name into other countries (Cameroon's "Far North"
    in Siberia, Afghanistan's Helmand in Maryland): every admin1 point lies within a degree of the box of
    its country's towns."""
    gaz = knowledge.gazetteer()
    box: dict[str, list[float]] = {}
    for row in gaz.rows_of_kind("city"):
        p = gaz.place(row)
        b = box.setdefault(p.country or "", [90.0, -90.0, 180.0, -180.0])
        b[:] = [min(b[0], p.lat), max(b[1], p.lat), min(b[2], p.lon), max(b[3], p.lon)]
    outside = []
    for row in gaz.rows_of_kind("admin1"):
        p = gaz.place(row)
        if p.country in box:
            south, north, west, east = box[p.country]
            if not (south - 2 <= p.lat <= north + 2 and west - 2 <= p.lon <= east + 2):
                outside.append((p.country, p.name))
    assert outside == []
    far_north = next(p for p in map(gaz.place, gaz.rows_for("far north")) if p.country == "CMR")
    assert 9 < far_north.lat < 13.5 and 13 < far_north.lon < 16


def test_local_press_division_words_find_the_district(index: GazetteerIndex) -> None:
    for text in ("Bokkos Local Government Area", "Bokkos LGA", "Bokkos local government"):
        found = index.lookup(text)
        assert any(p.kind == "district" and p.admin1 == "Plateau State" for p in found), text
    assert all(p.kind != "district" for p in index.lookup("Palestinian territory"))
