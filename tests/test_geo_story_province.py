"""A village the gazetteer lacks, in a story about one province (geo/story_places.py), on invented names
("Zzyzqa", "Qwertabad" are no real places)."""

from __future__ import annotations

from frontlines.extract import Extractor


def _event(extractor: Extractor, text: str, trigger: str, published: str = "2023-08-17") -> object:
    events = extractor.extract_text(text, published=published).events
    return next(e for e in events if e.evidence.trigger == trigger)


def test_an_unknown_village_named_by_a_place_noun_is_in_the_story_province(extractor: Extractor) -> None:
    text = (
        "NIAMEY, Aug 17 (Reuters) - At least 17 soldiers were killed on Tuesday when jihadists ambushed "
        "their convoy in the Tera department of Niger's Tillaberi region, the defence ministry said.\n\n"
        "In a separate incident on Sunday, gunmen shot dead six civilians at a market in the village of "
        "Qwertabad, residents said."
    )
    loc = _event(extractor, text, "shot").location  # type: ignore[attr-defined]
    assert loc is not None and loc.text == "Qwertabad"
    assert loc.country == "NER" and loc.precision == "admin1" and loc.admin1 and "Tillab" in loc.admin1


def test_two_provinces_named_leave_the_village_without_a_place(extractor: Extractor) -> None:
    text = (
        "NIAMEY, Aug 17 (Reuters) - Jihadists ambushed a convoy in Niger's Tillaberi region on Tuesday and "
        "attacked a post in the Tahoua region on Wednesday, the defence ministry said.\n\n"
        "In a separate incident on Sunday, gunmen shot dead six civilians at a market in the village of "
        "Qwertabad, residents said."
    )
    loc = _event(extractor, text, "shot").location  # type: ignore[attr-defined]
    assert loc is not None and loc.text == "Qwertabad" and loc.lat is None


def test_an_unknown_place_after_a_region_paragraph_is_in_the_story_province(extractor: Extractor) -> None:
    text = (
        "N'DJAMENA, Oct 30 (Reuters) - Boko Haram fighters attacked a military base in Chad's Lac province "
        "late on Sunday, killing about 40 soldiers, the presidency said.\n\n"
        "The Lake Chad basin has been hit repeatedly by the group. In March 2020 an attack on a base at "
        "Zzyzqa killed nearly 100 soldiers."
    )
    loc = _event(extractor, text, "attack", "2022-10-31").location  # type: ignore[attr-defined]
    assert loc is not None and loc.text == "Zzyzqa" and loc.country == "TCD" and loc.admin1 == "Lac"
