"""PLOVER coding (extract.event_scope "all") of general wire-story cues found missing by the blind probes
of bench/plover_probes/probes_blind5.txt (session 11): cooperation told by "together / jointly /
closely", shuttle diplomacy, asking forgiveness, "took into custody", an ordered closure of an embassy,
deliveries of aid, troops leaving a country, a considered act as intent, frame subjects of verbless
parses, a peacekeeping force in an offer, recipients "into" a country. Invented sentences (not those of
the probe file)."""

from __future__ import annotations

import pytest

from frontlines.config import load_settings
from frontlines.extract import Extractor
from frontlines.model import Event


@pytest.fixture(scope="module")
def all_types() -> Extractor:
    return Extractor(load_settings(overrides={"extract": {"event_scope": "all"}}))


def types(ex: Extractor, text: str) -> list[str]:
    return [e.plover.type for e in ex.extract_text(text, published="2001-03-05").events]


def of_type(ex: Extractor, text: str, ptype: str) -> Event:
    events = ex.extract_text(text, published="2001-03-05").events
    found = [e for e in events if e.plover.type == ptype]
    assert found, [e.plover.type for e in events]
    return found[0]


@pytest.mark.parametrize(
    ("text", "ptype"),
    [
        ("Ghanaian and Togolese customs officers worked together to stop fuel smuggling.", "COOPERATE"),
        ("The two navies acted jointly to escort tankers through the strait.", "COOPERATE"),
        ("The Swedish envoy shuttled between Asmara and Addis Ababa last week.", "CONSULT"),
        ("The Austrian chancellor asked forgiveness from the Czech people for the expulsions.", "SUPPORT"),
        ("Police took 30 opposition supporters into custody in Lusaka on Monday.", "COERCE"),
        ("Canada ordered the closure of the Sudanese embassy in Ottawa.", "SANCTION"),
        ("Italy stepped up deliveries of food to Albania as the crisis deepened.", "AID"),
        ("The last Cuban troops left Angola on Saturday.", "RETREAT"),
        ("Danish planes began flying blankets and tents into Armenia after the earthquake.", "AID"),
        ("The government reinstated the autonomy of the region's parliament.", "CONCEDE"),
        ("Relief flights were allowed to land in Herat for the first time in weeks.", "RETREAT"),
    ],
)
def test_general_cues_code_their_type(all_types: Extractor, text: str, ptype: str) -> None:
    assert ptype in types(all_types, text)


def test_a_considered_harmful_act_is_a_threat_and_a_helpful_one_an_intent(all_types: Extractor) -> None:
    assert "THREATEN" in types(all_types, "Norway is weighing sanctions against Burma.")
    assert "AGREE" in types(all_types, "The junta is considering lifting the ban on opposition parties.")


def test_cutting_contributions_on_a_condition_is_a_threat(all_types: Extractor) -> None:
    text = "Japan said it would cut its contributions to the agency if the vote went ahead."
    assert "THREATEN" in types(all_types, text)


def test_an_offer_to_a_peacekeeping_force_is_no_threat(all_types: Extractor) -> None:
    got = types(all_types, "Spain stands ready to contribute troops to a multinational force in Bosnia.")
    assert "THREATEN" not in got


def test_verbless_parse_gives_the_frame_its_subject(all_types: Extractor) -> None:
    # the parser hangs "donated" on "groups" as a reduced relative, leaving "Nurses" the root
    ev = of_type(
        all_types,
        "Nurses from two Canadian charities donated and delivered $20,000 worth of medicine to Haiti.",
        "AID",
    )
    assert ev.factuality == "asserted"


def test_cooperation_adverbs_need_a_cooperation_verb(all_types: Extractor) -> None:
    assert "COOPERATE" not in types(all_types, "The minister worked up a plan for the new budget.")
    assert "COOPERATE" not in types(all_types, "The farmers gathered together in the village square.")


def test_troops_leaving_for_somewhere_are_no_retreat(all_types: Extractor) -> None:
    assert "RETREAT" not in types(all_types, "The soldiers left for the front on Monday.")


def test_a_country_that_protests_complains(all_types: Extractor) -> None:
    # a country named as such protests through its government (CAMEO 11), people demonstrate (14)
    assert "ACCUSE" in types(all_types, "Mexico protested the shooting of its citizens at the border.")
    got = types(all_types, "Hundreds of miners protested in Lima against pit closures.")
    assert "PROTEST" in got and "ACCUSE" not in got


def test_a_protest_in_the_reporting_tail_is_a_complaint(all_types: Extractor) -> None:
    text = "The new law restricts the rights of ethnic minorities, an opposition party protested on Monday."
    assert "ACCUSE" in types(all_types, text)
    assert "PROTEST" in types(
        all_types, "Police fired tear gas, and thousands of students protested in the streets."
    )
