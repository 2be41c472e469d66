"""PLOVER/CAMEO actor resolution in scope "all": doers the actor dictionary does not know but whose
nation the phrase names, named leaders, addressees. Invented sentences."""

from __future__ import annotations

import pytest

from frontlines.config import load_settings
from frontlines.extract import Extractor
from frontlines.model import Event


def event_of(ex: Extractor, text: str, ptype: str) -> Event:
    events = [e for e in ex.extract_text(text, published="2020-01-10").events if e.plover.type == ptype]
    assert events, f"no {ptype} event in {text!r}"
    return events[0]


@pytest.mark.parametrize(
    ("text", "ptype", "iso3"),
    [
        ("Kenyan farmers began a hunger strike outside the parliament on Monday.", "PROTEST", "KEN"),
        ("A Peruvian judge ordered the former minister to appear for questioning.", "REQUEST", "PER"),
        ("Opposition groups in Malawi demanded that the president resign.", "REQUEST", "MWI"),
        ("A charity from Toronto sent medicine to the flood victims in Malawi.", "AID", "CAN"),
        ("Chilean officers ended their mediation between the two villages.", "SANCTION", "CHL"),
    ],
)
def test_a_doer_of_a_named_nation_acts_for_it(all_types: Extractor, text: str, ptype: str, iso3: str) -> None:
    ev = event_of(all_types, text, ptype)
    assert ev.actor1 is not None and ev.actor1.country == iso3


def test_a_sponsor_country_is_not_the_doers_nation(all_types: Extractor) -> None:
    text = "An Iran-aligned militia group in Basra demanded the release of prisoners."
    ev = event_of(all_types, text, "REQUEST")
    assert ev.actor1 is None or ev.actor1.country != "IRN"


def test_figurative_verbs_take_no_national_doer() -> None:
    ex = Extractor(load_settings())
    text = "Egyptian bonds rallied and the benchmark stock index jumped 7 percent."
    assert ex.extract_text(text, published="2020-01-10").events == []


@pytest.mark.parametrize(
    ("text", "ptype", "iso3"),
    [
        ("In Tokyo, Japan suspended part of an economic aid programme for Myanmar.", "SANCTION", "MMR"),
        ("In Ottawa, Canada demanded the lifting of sanctions against Cuba.", "REQUEST", "CUB"),
    ],
)
def test_the_addressee_of_a_thing_named_through_of(
    all_types: Extractor, text: str, ptype: str, iso3: str
) -> None:
    ev = event_of(all_types, text, ptype)
    assert ev.actor2 is not None and ev.actor2.country == iso3


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        ("President Jerry Rawlings praised the new trade agreement on Tuesday.", "GHA"),
        ("King Hassan II praised the peace efforts of the two neighbours.", "MAR"),
        ("Chancellor Franz Vranitzky praised the plan to cut tariffs.", "AUT"),
        ("President Omar el-Bashir praised the mediators in Cairo.", "SDN"),
    ],
)
def test_named_leaders_stand_for_their_government(all_types: Extractor, text: str, iso3: str) -> None:
    ev = event_of(all_types, text, "SUPPORT")
    assert ev.actor1 is not None and ev.actor1.kind == "government" and ev.actor1.country == iso3


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        (
            "Kenyan students began a hunger strike on Monday in protest against abuses by Ugandan police.",
            "UGA",
        ),
        ("Hundreds of farmers marched in Lima in protest of the Chilean government's new tariffs.", "CHL"),
        ("Workers blocked roads to press their demands for higher pay from President Rawlings.", "GHA"),
    ],
)
def test_a_protest_is_directed_at_whom_it_protests(all_types: Extractor, text: str, iso3: str) -> None:
    ev = event_of(all_types, text, "PROTEST")
    assert ev.actor2 is not None and ev.actor2.country == iso3


def test_a_protest_with_nobody_named_is_directed_at_the_government_where_it_happens(
    all_types: Extractor,
) -> None:
    ev = event_of(all_types, "Thousands of people protested in Nairobi on Friday.", "PROTEST")
    assert ev.actor2 is not None and ev.actor2.kind == "government" and ev.actor2.country == "KEN"


def test_acled_protests_keep_no_target_in_the_default_scope() -> None:
    ex = Extractor(load_settings())
    text = "Thousands of people protested in Nairobi on Friday."
    events = ex.extract_text(text, published="2020-01-10").events
    assert [e.actor2 for e in events if e.plover.type == "PROTEST"] == [None]


def test_signing_an_agreement_is_support_in_plover_and_agree_for_acled(all_types: Extractor) -> None:
    # (a trade or defence pact is no ACLED Agreement, which is between warring sides: see
    # test_s6_dev_rules.py)
    text = "Armenia and Azerbaijan signed a peace agreement in Washington on Monday."
    plover = [e.plover.type for e in all_types.extract_text(text, published="2020-01-10").events]
    assert "SUPPORT" in plover and "AGREE" not in plover
    default = Extractor(load_settings()).extract_text(text, published="2020-01-10").events
    assert [(e.plover.type, e.acled.sub_event_type if e.acled else None) for e in default] == [
        ("AGREE", "Agreement")
    ]
    reached = "Peru and Chile reached a trade agreement in Lima on Monday."
    assert "AGREE" in [e.plover.type for e in all_types.extract_text(reached, published="2020-01-10").events]


def test_an_event_with_no_target_acts_on_the_country_where_it_happens(all_types: Extractor) -> None:
    ev = event_of(all_types, "The army deployed more troops to Goma on Monday.", "MOBILIZE")
    assert ev.actor2 is not None and ev.actor2.kind == "government" and ev.actor2.country == "COD"


def test_an_official_visit_is_no_official(all_types: Extractor) -> None:
    text = "The Chinese premier arrived in Hanoi on Tuesday for a three-day official visit."
    ev = event_of(all_types, text, "CONSULT")
    assert ev.actor1 is not None and ev.actor1.country == "CHN"


def test_an_investigation_into_someone_targets_them(all_types: Extractor) -> None:
    text = "In Madrid, a judge opened an investigation into the former Chilean dictator."
    ev = event_of(all_types, text, "ACCUSE")
    assert ev.actor2 is not None and ev.actor2.country == "CHL"


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        ("In Miami, the Clinton administration tightened the embargo against Cuba.", "USA"),
        ("The Yeltsin government rejected the proposal on Monday.", "RUS"),
    ],
)
def test_a_government_named_after_its_leader_is_of_their_country(
    all_types: Extractor, text: str, iso3: str
) -> None:
    events = all_types.extract_text(text, published="2020-01-10").events
    assert events and events[0].actor1 is not None and events[0].actor1.country == iso3


@pytest.mark.parametrize(
    ("text", "ptype"),
    [
        ("Iraq warned on Tuesday that it would retaliate if its territory was attacked.", "THREATEN"),
        ("The United States froze Iranian assets after the embassy seizure.", "SANCTION"),
        ("Washington announced $100 million in humanitarian aid for Russia.", "AID"),
        ("Israel returned the bodies of two fighters to Lebanon.", "RETREAT"),
        ("The Pentagon sent two aircraft carriers to the Gulf.", "MOBILIZE"),
        ("Turkish troops massed along the Iraqi border.", "MOBILIZE"),
        ("North Korea ignored American warnings about its missile tests.", "REJECT"),
        ("China warned Taiwan against declaring independence.", "THREATEN"),
        ("Israel sealed off the West Bank and Gaza Strip after the bombing.", "COERCE"),
        ("Pakistani authorities handed over the suspect to U.S. officials.", "COOPERATE"),
        ("The bishops called for sanctions against Malawi after the executions.", "ACCUSE"),
        ("The OSCE said it would withdraw its election monitors from Belarus next week.", "THREATEN"),
        ("Britain withdrew its ambassador from Libya on Monday.", "SANCTION"),
        ("France flew its diplomats out of Kinshasa on Sunday.", "SANCTION"),
        ("The United States said it would use force if Iraq did not allow weapons inspections.", "THREATEN"),
        ("China staged large-scale naval exercises off the coast of Taiwan.", "MOBILIZE"),
    ],
)
def test_cameo_vocabulary(all_types: Extractor, text: str, ptype: str) -> None:
    event_of(all_types, text, ptype)


def test_a_nations_positions_stand_for_its_forces() -> None:
    ex = Extractor(load_settings())
    events = ex.extract_text(
        "Indian artillery pounded Pakistani positions in Kashmir.", published="2020-01-10"
    ).events
    assert events and events[0].actor2 is not None
    assert (events[0].actor2.kind, events[0].actor2.country) == ("state_forces", "PAK")


def test_a_named_leaders_thing_is_their_governments(all_types: Extractor) -> None:
    ev = event_of(all_types, "President Clinton endorsed Yeltsin's economic reforms.", "SUPPORT")
    assert ev.actor2 is not None and ev.actor2.country == "RUS"


def test_a_named_doer_beats_a_modifier_of_no_country(all_types: Extractor) -> None:
    text = "China staged large-scale military exercises off the coast of Taiwan."
    ev = event_of(all_types, text, "MOBILIZE")
    assert ev.actor1 is not None and ev.actor1.country == "CHN"


def test_who_acts_in_protest_protests(all_types: Extractor) -> None:
    text = "French farmers dumped manure outside government offices in protest at falling prices."
    ev = event_of(all_types, text, "PROTEST")
    assert ev.actor1 is not None and ev.actor1.country == "FRA"


@pytest.mark.parametrize(
    ("text", "ptype", "iso3"),
    [
        ("The People's Liberation Army warned Taipei against holding the referendum.", "THREATEN", "CHN"),
        ("The Bundestag urged Moscow to end the war in the Caucasus.", "REQUEST", "DEU"),
        ("The Sejm condemned Minsk for jailing the opposition leader.", "ACCUSE", "POL"),
    ],
)
def test_an_army_or_parliament_by_its_own_name_acts_for_its_state(
    all_types: Extractor, text: str, ptype: str, iso3: str
) -> None:
    ev = event_of(all_types, text, ptype)
    assert ev.actor1 is not None and ev.actor1.country == iso3


def test_a_name_right_after_a_verb_of_talk_is_its_addressee(all_types: Extractor) -> None:
    # the parser reads "Damascus" as an adverbial noun when a that-clause follows
    text = "The Turkish army chief of staff warned Damascus that Ankara's patience was running out."
    ev = event_of(all_types, text, "THREATEN")
    assert ev.actor2 is not None and ev.actor2.country == "SYR"


def test_a_closing_participle_addressing_the_doers_own_state_is_the_speakers(all_types: Extractor) -> None:
    text = (
        "The South Korean Defence Ministry said North Korean patrol boats had crossed the sea border, "
        "accusing Pyongyang of provocation."
    )
    ev = event_of(all_types, text, "ACCUSE")
    assert ev.actor1 is not None and ev.actor1.country == "KOR"


def test_the_commonwealth_is_an_igo_not_the_philippines(all_types: Extractor) -> None:
    ev = event_of(all_types, "The Commonwealth suspended Pakistan after the coup.", "SANCTION")
    assert ev.actor1 is not None and ev.actor1.country is None and ev.actor1.name == "Commonwealth"


def test_a_government_at_a_seat_of_government_is_that_countrys(all_types: Extractor) -> None:
    ev = event_of(all_types, "The ruling junta in Rangoon asked Bangkok to expel dissidents.", "REQUEST")
    assert ev.actor1 is not None and ev.actor1.country == "MMR"
    assert ev.actor2 is not None and ev.actor2.country == "THA"


def test_a_spokesman_for_a_national_body_abroad_is_of_its_nation(all_types: Extractor) -> None:
    text = "A spokesman for the Chinese embassy in Tokyo rejected the Japanese report."
    ev = event_of(all_types, text, "REJECT")
    assert ev.actor1 is not None and ev.actor1.country == "CHN"
