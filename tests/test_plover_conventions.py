"""PLOVER types by the GSR's CAMEO coding conventions (extract.event_scope "all"; plover16t): abductions
stay assault (181, as CAMEO2PLOVER 2021 maps it), troops sent to a peacekeeping force as aid (074),
airports opened to relief flights as access allowed (0863), licences revoked as administrative sanctions
(172), a protest made to a party as a complaint (114), a promise of a hostile act as a threat (13), a
jailing's charge as an accusation (112).
Invented sentences."""

from __future__ import annotations

import pytest

from frontlines.config import load_settings
from frontlines.extract import Extractor


@pytest.fixture(scope="module")
def all_types() -> Extractor:
    return Extractor(load_settings(overrides={"extract": {"event_scope": "all"}}))


@pytest.mark.parametrize(
    ("text", "ptype"),
    [
        ("Gunmen in Yemen kidnapped two French tourists on Sunday.", "ASSAULT"),
        ("Fiji deployed 200 soldiers to Lebanon to join the U.N. peacekeeping force there.", "AID"),
        ("Sudan opened its airports to relief flights carrying food for the south on Sunday.", "RETREAT"),
        ("The Chinese government revoked the licence of a Hong Kong newspaper.", "COERCE"),
        ("India protested to Bangladesh about the killing of border guards.", "ACCUSE"),
        ("The Colombian army pledged to crush the rebellion within a year.", "THREATEN"),
        ("Chinese authorities jailed a dissident for 10 years for subversion.", "ACCUSE"),
        ("Chinese warships held live-fire exercises in the Taiwan Strait on Thursday.", "MOBILIZE"),
        ("Germany returned a collection of looted paintings to Poland on Friday.", "RETREAT"),
        ("The World Food Programme suspended food deliveries to North Korea.", "SANCTION"),
        ("Italy deployed 500 soldiers to Albania to protect aid convoys.", "AID"),
        ("Syria blasted Turkey for damming the Euphrates.", "ACCUSE"),
        ("Ecuador handed back a fishing boat that its navy had seized from Peruvian fishermen.", "RETREAT"),
        (
            "Japan's prime minister expressed support on Thursday for the American air strikes on"
            " Afghanistan, which began after the Taliban refused to surrender Osama bin Laden.",
            "SUPPORT",
        ),
        ("The United States will send 600 troops to the Philippines to help train the army.", "AGREE"),
        (
            "Rebels handed back the town of Kindu to government troops under a deal brokered by Zambia.",
            "RETREAT",
        ),
    ],
)
def test_convention_types(all_types: Extractor, text: str, ptype: str) -> None:
    types = [e.plover.type for e in all_types.extract_text(text, published="2000-01-01").events]
    assert ptype in types, types


def test_a_bomb_blast_is_no_criticism(all_types: Extractor) -> None:
    events = all_types.extract_text("A bomb blasted the building on Monday.", published="2000-01-01").events
    assert "ACCUSE" not in [e.plover.type for e in events]


def test_abduction_keeps_its_acled_type() -> None:
    """In the default (conflict) scope an abduction stays ACLED's abduction, PLOVER ASSAULT."""
    events = (
        Extractor(load_settings())
        .extract_text("Gunmen in Yemen kidnapped two French tourists on Sunday.", published="2000-01-01")
        .events
    )
    assert [(e.acled.sub_event_type if e.acled else None, e.plover.type) for e in events] == [
        ("Abduction/forced disappearance", "ASSAULT")
    ]


def test_demonstrators_protesting_stay_a_protest(all_types: Extractor) -> None:
    events = all_types.extract_text(
        "Thousands of students protested in Dhaka against the fee rise.", published="2000-01-01"
    ).events
    assert [e.plover.type for e in events] == ["PROTEST"]


def test_a_vow_hung_on_as_an_adverbial_clause_is_still_a_vow(all_types: Extractor) -> None:
    """ "have sworn to fight until ...": the parser makes "fight" an adverbial clause of "sworn"; the fight
    is vowed (predicted), so the vow is a threat."""
    events = all_types.extract_text(
        "Kurdish rebels have sworn to fight until they gain control of villages near Turkey's border"
        " with Iran, Turkish officials said Wednesday.",
        published="2000-01-01",
    ).events
    assert "THREATEN" in [e.plover.type for e in events]
