"""PLOVER readings of codebook-style wording (issue 5, plover12; extract.event_scope "all"): easing
sanctions is a RETREAT, not a CONCEDE; acts told by noun and light verb; acts told from the receiving
side; targets reached through datives, "with", condition clauses and the addressee of "told".
Invented sentences."""

from __future__ import annotations

import pytest

from frontlines.config import load_settings
from frontlines.extract import Extractor
from frontlines.model import Event


@pytest.fixture(scope="module")
def all_types() -> Extractor:
    return Extractor(load_settings(overrides={"extract": {"event_scope": "all"}}))


def _events(ex: Extractor, text: str) -> list[Event]:
    return ex.extract_text(text, published="2000-01-01").events


def _of_type(ex: Extractor, text: str, ptype: str) -> Event:
    events = _events(ex, text)
    found = [e for e in events if e.plover.type == ptype]
    assert found, [e.plover.type for e in events]
    return found[0]


@pytest.mark.parametrize(
    ("text", "ptype"),
    [
        ("Canada lifted its trade embargo on Haiti on Thursday.", "RETREAT"),
        ("The government eased the blockade of the port city.", "RETREAT"),
        ("Uruguay freed three Argentine fishermen held since June.", "RETREAT"),
        ("Dock workers in Chile called off their march on the capital.", "CONCEDE"),
        ("Spain gave its backing to Portugal's candidate for the post.", "SUPPORT"),
        ("Chile voiced opposition to Bolivia's demand for a corridor to the sea.", "ACCUSE"),
        ("Hungary extended an invitation to the Slovak premier to visit Budapest.", "AGREE"),
        ("A Kenyan court handed down long prison sentences to four bank robbers.", "ACCUSE"),
        ("The Latvian parliament ratified the border treaty with Estonia.", "SUPPORT"),
        ("The Austrian chancellor expressed remorse to Israel for the crimes of the war years.", "SUPPORT"),
    ],
)
def test_codebook_types(all_types: Extractor, text: str, ptype: str) -> None:
    types = [e.plover.type for e in _events(all_types, text)]
    assert ptype in types, types


def test_lifted_curfew_stays_a_concession(all_types: Extractor) -> None:
    """Easing a curfew is CAMEO 0813 (the GSR codes it CONCEDE); only sanctions and blockades retreat."""
    types = [e.plover.type for e in _events(all_types, "Nepal lifted the curfew in Kathmandu on Monday.")]
    assert "CONCEDE" in types and "RETREAT" not in types, types


def test_handed_down_is_no_release(all_types: Extractor) -> None:
    text = "A Kenyan court handed down long prison sentences to four bank robbers."
    types = [e.plover.type for e in _events(all_types, text)]
    assert "RETREAT" not in types, types


@pytest.mark.parametrize(
    ("text", "ptype", "source", "target"),
    [
        # a dative "to"
        ("Hanoi offered to send a trade mission to Phnom Penh next month.", "AGREE", "VNM", "KHM"),
        # "its border with X": own troops are no target
        ("Armenia moved tanks to its border with Azerbaijan.", "MOBILIZE", "ARM", "AZE"),
        # the subject of the condition a threat sets
        (
            "Peru warned it would recall its ambassador if Ecuador sent troops into the valley.",
            "THREATEN",
            "PER",
            "ECU",
        ),
        # the addressee of "told"
        (
            '"We will never give up the islands," the Argentine president told a British delegation.',
            "REJECT",
            "ARG",
            "GBR",
        ),
        # acts told from the receiving side
        ("Mali received a pledge of food aid from France.", "AGREE", "FRA", "MLI"),
        ("Belarus came under sharp criticism from Poland over the election.", "ACCUSE", "POL", "BLR"),
    ],
)
def test_codebook_roles(all_types: Extractor, text: str, ptype: str, source: str, target: str) -> None:
    ev = _of_type(all_types, text, ptype)
    assert ev.actor1 is not None and ev.actor1.country == source, ev.actor1
    assert ev.actor2 is not None and ev.actor2.country == target, ev.actor2


def test_domestic_threat_keeps_its_own_target(all_types: Extractor) -> None:
    """No other country reached: a warning on a domestic matter stays aimed at the country itself."""
    ev = _of_type(all_types, "Kenya's government warned it would ban the opposition rally.", "THREATEN")
    assert ev.actor2 is not None and ev.actor2.country == "KEN", ev.actor2


def test_arrest_with_charge_is_also_an_accusation(all_types: Extractor) -> None:
    """CAMEO 112 / 173: "arrested ... for spying" states an accusation as well as the arrest."""
    text = "Ghanaian police arrested two Togolese traders for spying on the army."
    types = [e.plover.type for e in _events(all_types, text)]
    assert "COERCE" in types and "ACCUSE" in types, types


def test_arrest_for_questioning_is_no_accusation(all_types: Extractor) -> None:
    """ "for questioning" states no charge (the questioning itself may be coded as an investigation)."""
    text = "Ghanaian police detained two Togolese traders for questioning on Monday."
    coded = [(e.plover.type, e.plover.mode) for e in _events(all_types, text)]
    assert ("COERCE", "arrest") in coded and ("ACCUSE", "allege") not in coded, coded


def test_decision_owner_is_the_source(all_types: Extractor) -> None:
    ev = _of_type(
        all_types, "Zambia's decision to expel the Angolan ambassador surprised diplomats.", "SANCTION"
    )
    assert ev.actor1 is not None and ev.actor1.country == "ZMB", ev.actor1
