"""An event the sentence spreads "across the country" is at the country's level (geo/nationwide.py)."""

from __future__ import annotations

from typing import Any

from frontlines.extract import Extractor


def test_arrests_across_the_country_are_the_countrys(extractor: Extractor) -> None:
    text = (
        "NAIROBI, July 20 (Reuters) - Police fired tear gas at protesters in Nairobi on Wednesday, "
        "witnesses said.\n\n"
        "The interior minister said 300 people had been arrested across the country."
    )
    events = extractor.extract_text(text, published="2023-07-20").events
    loc = next(e for e in events if e.evidence.trigger == "arrested").location
    assert loc is not None and loc.precision == "country" and loc.country == "KEN"


def test_the_phrase_must_belong_to_the_events_clause(nlp: Any) -> None:
    from frontlines.geo.nationwide import nationwide

    parse = nlp("Police arrested 12 men in Nairobi on Monday, while protests spread across the country.")
    assert not nationwide(parse, 1)  # "arrested"
    assert nationwide(parse, 12)  # "spread"
    parse = nlp("Missiles were fired at targets throughout the country overnight.")
    assert nationwide(parse, 2)  # "fired"


def test_a_clause_without_a_subject_ends_at_the_root(nlp: Any) -> None:
    from frontlines.geo.nationwide import nationwide

    parse = nlp("Mass arrests across the country.")
    assert nationwide(parse, 1)
