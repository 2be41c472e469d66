"""A name before a neighbourhood noun ("the Penha favela") is a quarter of the story's city: a town of
the same name far from that city is a namesake (geo/story_places.py `far_namesake`)."""

from __future__ import annotations

from frontlines.extract import Extractor


def _loc(extractor: Extractor, text: str, trigger: str) -> object:
    events = extractor.extract_text(text, published="2022-05-25").events
    return next(e for e in events if e.evidence.trigger == trigger).location


def test_a_quarter_of_the_city_the_sentence_names(extractor: Extractor) -> None:
    text = (
        "RIO DE JANEIRO, May 25 (Reuters) - Police stormed the Penha favela in Rio de Janeiro's north "
        "zone on Tuesday, killing at least 12 people, officials said."
    )
    loc = _loc(extractor, text, "stormed")
    assert loc is not None and loc.name == "Rio de Janeiro" and loc.admin1 == "Rio de Janeiro"  # type: ignore[attr-defined]


def test_a_quarter_of_the_story_city(extractor: Extractor) -> None:
    text = (
        "RIO DE JANEIRO, May 25 (Reuters) - At least 12 people were killed in a police raid in Rio de "
        "Janeiro on Tuesday, officials said.\n\n"
        "A similar operation in the Penha neighbourhood in May last year killed 28 people."
    )
    loc = _loc(extractor, text, "killed")
    assert loc is not None and loc.admin1 == "Rio de Janeiro" and loc.text == "Penha"  # type: ignore[attr-defined]


def test_a_town_of_the_name_near_the_city_is_kept(extractor: Extractor) -> None:
    # Rocinha is listed as a place of its own in Rio: no namesake
    text = (
        "RIO DE JANEIRO, May 25 (Reuters) - Police stormed the Rocinha favela in Rio de Janeiro on "
        "Tuesday, killing at least 12 people, officials said."
    )
    loc = _loc(extractor, text, "stormed")
    assert loc is not None and loc.admin1 == "Rio de Janeiro"  # type: ignore[attr-defined]


def test_a_story_at_country_level_says_nothing_of_the_quarter(extractor: Extractor) -> None:
    text = (
        "The government blamed a rebel group based in eastern Congo, which denied involvement. Police "
        "said they had arrested three suspects on Sunday in the city's southern Kanyosha neighbourhood."
    )
    loc = _loc(extractor, text, "arrested")
    assert loc is not None and loc.country == "BDI"  # type: ignore[attr-defined]


def test_a_district_of_the_town_the_sentence_names(extractor: Extractor) -> None:
    # the gazetteer's Rawdah is a town near Sanaa, which the article names too: "the Rawdah district" in
    # a sentence about Taiz is a quarter of Taiz
    text = (
        "Houthi forces in Sanaa said on Saturday they had fired missiles at ships in the Red Sea.\n\n"
        "In Taiz, artillery fire struck a school in the Rawdah district on Friday, wounding six pupils."
    )
    loc = _loc(extractor, text, "struck")
    assert loc is not None and loc.admin1 == "Ta‘izz"  # type: ignore[attr-defined]
