"""Who a name stands for in PLOVER coding (scope "all"): well-known people without office, titles, bare
country names and demonyms, parties, state bodies, a thing's owner as target. Invented sentences."""

from __future__ import annotations

import pytest

from frontlines.extract import Extractor
from frontlines.knowledge import actors
from frontlines.model import Event


def event_of(ex: Extractor, text: str, ptype: str) -> Event:
    events = [e for e in ex.extract_text(text, published="2020-01-10").events if e.plover.type == ptype]
    assert events, f"no {ptype} event in {text!r}"
    return events[0]


@pytest.mark.parametrize(
    ("text", "ptype", "source", "target"),
    [
        ("Archbishop Desmond Tutu condemned Nigeria for the executions.", "ACCUSE", "ZAF", "NGA"),
        ("The pope appealed to Iraq to spare the refugees.", "REQUEST", "VAT", "IRQ"),
        ("Whitehall agreed to hold fresh talks with Dublin.", "AGREE", "GBR", "IRL"),
        ("The British accused Argentina of breaking the fishing accord.", "ACCUSE", "GBR", "ARG"),
        ("The Iranian Foreign Ministry condemned Israel.", "ACCUSE", "IRN", "ISR"),
        ("The Knesset rejected the Egyptian plan.", "REJECT", "ISR", "EGY"),
        (
            "The African National Congress accused the government of fomenting violence.",
            "ACCUSE",
            "ZAF",
            "ZAF",
        ),
        ("Kenya's main opposition party accused the government of rigging the vote.", "ACCUSE", "KEN", "KEN"),
        ("Moammar Gadhafi denounced the United States.", "ACCUSE", "LBY", "USA"),
        ("A Syrian peace proposal was rejected by Israel.", "REJECT", "ISR", "SYR"),
        ("Seoul accused the North of violating the armistice.", "ACCUSE", "KOR", "PRK"),
        ("Nairobi accused Kampala of harbouring the rebels.", "ACCUSE", "KEN", "UGA"),
    ],
)
def test_source_and_target_countries(
    all_types: Extractor, text: str, ptype: str, source: str, target: str
) -> None:
    ev = event_of(all_types, text, ptype)
    assert ev.actor1 is not None and ev.actor1.country == source
    assert ev.actor2 is not None and ev.actor2.country == target


def test_a_wedding_party_is_no_political_party(all_types: Extractor) -> None:
    ev = event_of(all_types, "Gunmen attacked a wedding party in the village of Tal Afar.", "ASSAULT")
    assert ev.actor2 is None or ev.actor2.name != "Political Party"


def test_a_thing_of_a_party_is_not_owned_by_its_nation(all_types: Extractor) -> None:
    # the object is people ("ethnic Albanian guerrillas"), not a thing of Albania's government
    text = (
        "One third of the ethnic Albanian guerrillas have been demobilized since the accord, Macedonian "
        "officials said."
    )
    ev = event_of(all_types, text, "RETREAT")
    assert ev.actor2 is None or ev.actor2.name != "Government of Albania"


def test_figures_and_offices_name_listed_countries() -> None:
    data = actors()
    known = {c.iso3 for c in data.countries}
    assert set(data.public_figures) <= known and set(data.offices) <= known
    assert "pope" in data.offices["VAT"]


def test_a_capital_as_a_place_is_no_government(all_types: Extractor) -> None:
    ev = event_of(all_types, "Gunmen attacked a hotel in Nairobi, killing five guests.", "ASSAULT")
    assert ev.actor2 is not None and ev.actor2.kind == "civilians"
