"""PLOVER/CAMEO parties in scope "all" (code/plover_partner.py and the actor data of the 1980s-2000s):
the second of two parties acting together is the target, an international body coordinated with a
country gives way to it, a government of no country in a statement is the speaker's, a place acted on
gives the target's country, people in or from a country are of it. Invented sentences."""

from __future__ import annotations

import pytest

from frontlines.extract import Extractor
from frontlines.model import Event


def event_of(ex: Extractor, text: str, ptype: str) -> Event:
    events = [e for e in ex.extract_text(text, published="2000-01-10").events if e.plover.type == ptype]
    assert events, f"no {ptype} event in {text!r}"
    return events[0]


@pytest.mark.parametrize(
    ("text", "ptype", "source", "target"),
    [
        ("Norway and Sweden held joint naval exercises in the Baltic.", "COOPERATE", "NOR", "SWE"),
        ("Thai and Malaysian officials conferred in Singapore on the border.", "CONSULT", "THA", "MYS"),
        ("Jordan hosted talks between Syrian and Lebanese negotiators.", "CONSULT", "SYR", "LBN"),
        ("The OSCE and Germany urged Belarus to free the prisoners.", "REQUEST", "DEU", "BLR"),
        ("Peruvian and Ecuadorean police exchanged information on the smugglers.", "COOPERATE", "PER", "ECU"),
    ],
)
def test_parties_acting_together(
    all_types: Extractor, text: str, ptype: str, source: str, target: str
) -> None:
    ev = event_of(all_types, text, ptype)
    assert ev.actor1 is not None and ev.actor1.country == source
    assert ev.actor2 is not None and ev.actor2.country == target


@pytest.mark.parametrize(
    ("text", "ptype", "source", "target"),
    [
        # a government of no country in a statement is the speaker's
        ("The government accused Chad of arming rebels, a Sudanese minister said.", "ACCUSE", "SDN", "TCD"),
        # the place an act is done to, not where the sentence attaches the event
        ("Israel sealed off the West Bank after a bombing in Haifa.", "COERCE", "ISR", "PSE"),
        # people in a country are of it
        ("Japan sent blankets to the earthquake victims in Turkey.", "AID", "JPN", "TUR"),
        # the government of a named leader
        ("Paris criticised the government of President Idriss Deby.", "ACCUSE", "FRA", "TCD"),
        # a leader of the 1990s, a party, a people's demand
        ("Vuk Draskovic accused Zagreb of stalling.", "ACCUSE", "SRB", "HRV"),
        ("Sinn Fein accused Dublin of ignoring the prisoners.", "ACCUSE", "GBR", "IRL"),
        ("Jordan backed the Palestinians' demand for a state.", "SUPPORT", "JOR", "PSE"),
        # an unnamed people of the president's own country
        ("President Alberto Fujimori urged the rebels to lay down their arms.", "REQUEST", "PER", "PER"),
    ],
)
def test_countries_from_context(
    all_types: Extractor, text: str, ptype: str, source: str, target: str | None
) -> None:
    ev = event_of(all_types, text, ptype)
    assert ev.actor1 is not None and ev.actor1.country == source
    if target is not None:
        assert ev.actor2 is not None and ev.actor2.country == target


def test_a_country_subject_of_backed_is_no_sponsor(all_types: Extractor) -> None:
    ev = event_of(all_types, "Egypt backed the Jordanian plan.", "SUPPORT")
    assert ev.actor1 is not None and ev.actor1.country == "EGY"


def test_a_proper_name_is_no_animal(all_types: Extractor) -> None:
    text = "Tamil Tiger rebels attacked an army camp near Jaffna."
    ev = event_of(all_types, text, "ASSAULT")
    assert ev.actor1 is not None and ev.actor1.country == "LKA"
