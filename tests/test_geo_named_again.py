"""A name the gazetteer lacks, named again later in the article, is where the event of the sentence that
first named it was placed (geo/fallbacks.py `named_before`); "Zzyzqa" is no real place."""

from __future__ import annotations

from frontlines.extract import Extractor


def test_an_unknown_village_named_again_is_where_its_first_sentence_put_it(extractor: Extractor) -> None:
    text = (
        "YANGON, April 13 (Reuters) - Military jets bombed Kanbalu township in Sagaing region on "
        "Tuesday, killing about 100 people gathered in the village of Zzyzqa for a ceremony, witnesses "
        "said.\n\n"
        "In neighbouring Kachin state, rebels said they had overrun an army outpost near the town of "
        "Hpakant on Wednesday.\n\n"
        "The United Nations human rights chief said the attack on Zzyzqa could amount to war crimes."
    )
    events = extractor.extract_text(text, published="2023-04-13").events
    ev = next(e for e in events if e.evidence.trigger == "attack")
    assert ev.location is not None and ev.location.admin1 is not None
    assert "Sagaing" in ev.location.admin1 and ev.location.text == "Zzyzqa"


def test_a_name_inside_a_longer_word_is_no_mention_of_it() -> None:
    from frontlines.geo.fallbacks import names_word

    assert names_word("gathered in the village of Zzyzqa for a ceremony", "Zzyzqa")
    assert not names_word("gathered in the village of Zzyzqan for a ceremony", "Zzyzqa")
