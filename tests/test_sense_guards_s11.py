"""Session-11 guards: an effort "battled to" by rescuers or doctors, and a tally of acts over years told in
the present perfect, are no event; the same verbs with armed doers, or dated, still are."""

from __future__ import annotations

import pytest

from frontlines.extract import Extractor


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _types(extractor: Extractor, text: str) -> list[str]:
    result = extractor.extract_text(text, published="2021-08-15")
    return [e.acled.sub_event_type for e in result.events]


@pytest.mark.parametrize(
    "text",
    [
        "The death toll from Saturday's magnitude 7.2 earthquake in southwestern Haiti rose to 1,419 on "
        "Sunday, the civil protection agency said, as rescuers battled to pull survivors from collapsed "
        "buildings in Les Cayes and Jérémie.",
        "Iraq has executed dozens of people convicted under its anti-terrorism law in recent years, "
        "the ministry said.",
        "Doctors fought to save the boy for three hours at the hospital in Kano, his family said.",
    ],
)
def test_no_event(extractor: Extractor, text: str) -> None:
    assert _types(extractor, text) == []


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        ("Iraq executed 21 people convicted of terrorism on Monday, the justice ministry said.", "Attack"),
        ("Soldiers fought rebels near the town for hours on Sunday, the army said.", "Armed clash"),
        ("Gunmen killed 12 villagers in Zamfara state on Monday, police said.", "Attack"),
    ],
)
def test_still_an_event(extractor: Extractor, text: str, sub_type: str) -> None:
    assert sub_type in _types(extractor, text)
