"""extract.event_scope: the PLOVER types ACLED has no category for (acled null) are coded only with
"all"; announced actions also yield their promise / threat (AGREE / THREATEN). Invented sentences."""

from __future__ import annotations

import pytest

from frontlines.config import load_settings
from frontlines.errors import ConfigError
from frontlines.extract import Extractor
from frontlines.knowledge import ontology, triggers
from frontlines.model import Event
from frontlines.nlp.candidates import is_candidate


def coded(ex: Extractor, text: str) -> list[Event]:
    return ex.extract_text(text, published="2020-01-10").events


def types(events: list[Event]) -> list[tuple[str, str | None, str | None]]:
    return [(e.plover.type, e.cameo, e.acled.event_type if e.acled else None) for e in events]


def test_scope_setting_is_validated() -> None:
    assert load_settings().extract.event_scope == "conflict"
    assert load_settings(env={"FRONTLINES_EXTRACT_EVENT_SCOPE": "all"}).extract.event_scope == "all"
    with pytest.raises(ConfigError):
        load_settings(env={"FRONTLINES_EXTRACT_EVENT_SCOPE": "everything"})


def test_every_plover_type_has_a_trigger_and_a_cameo_root() -> None:
    onto = ontology()
    assert {t.plover.type for t in triggers().triggers} == set(onto.plover.types)
    assert set(onto.plover.cameo) == set(onto.plover.types)
    assert all(code[:2] in onto.cameo for code in onto.plover.cameo.values())
    plover_only = [t for t in triggers().triggers if t.acled is None]
    assert plover_only and all(t.priority < 40 for t in plover_only)
    assert all(t.in_scope("all") for t in plover_only)
    assert not any(t.in_scope("conflict") for t in plover_only)


def test_candidate_pass_looks_for_diplomatic_words_only_in_scope_all() -> None:
    sentence = "The foreign ministers of Peru and Chile met in Lima on Tuesday."
    assert not is_candidate(sentence)
    assert is_candidate(sentence, "all")
    assert is_candidate("Rebels attacked the town.") and is_candidate("Rebels attacked the town.", "all")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The foreign ministers of Peru and Chile met in Lima on Tuesday to discuss quotas.", "CONSULT"),
        ("Kenyan teachers demanded higher wages from the government on Friday.", "REQUEST"),
        ("Chile accused Bolivia of violating the border treaty.", "ACCUSE"),
        ("Norway condemned the execution of two activists in Tehran.", "ACCUSE"),
        ("Brazil rejected a proposal by Argentina to end the tariff dispute.", "REJECT"),
        ("The Kenyan government imposed a night-time curfew in Mombasa on Saturday.", "COERCE"),
        ("The United States imposed sanctions on three Venezuelan officials on Monday.", "SANCTION"),
        ("Poland put its army on high alert after the incident.", "MOBILIZE"),
        ("Rebels released 12 hostages in the town of Bunia on Sunday.", "RETREAT"),
    ],
)
def test_plover_only_types_are_coded_with_acled_null_in_scope_all(
    all_types: Extractor, extractor: Extractor, text: str, expected: str
) -> None:
    events = coded(all_types, text)
    assert expected in {e.plover.type for e in events}
    ev = next(e for e in events if e.plover.type == expected)
    assert ev.acled is None and ev.cameo is not None
    assert ev.cameo[:2] == ontology().plover.cameo[expected][:2] or expected == "COERCE"
    # the default scope codes none of them
    assert coded(extractor, text) == []


def test_announced_aid_is_also_an_agreement_and_a_conditional_action_a_threat(
    all_types: Extractor,
) -> None:
    aid = coded(
        all_types, "Portugal will send 40 tonnes of medical supplies to Mozambique, the ministry said."
    )
    assert [(e.plover.type, e.factuality) for e in aid] == [("AID", "predicted"), ("AGREE", "asserted")]
    assert aid[1].cameo == "03" and aid[1].id != aid[0].id
    threat = coded(
        all_types, "Ecuador will expel three Peruvian diplomats unless Lima apologises, the government said."
    )
    assert types(threat) == [("SANCTION", "166", None), ("THREATEN", "13", None)]


def test_a_refusal_to_accept_is_a_rejection(all_types: Extractor) -> None:
    events = coded(all_types, "Chile said it will not accept any more refugees from Bolivia.")
    assert ("REJECT", "12", None) in types(events)
    assert next(e for e in events if e.plover.type == "REJECT").factuality == "asserted"


def test_a_strike_is_a_protest_in_both_scopes(all_types: Extractor, extractor: Extractor) -> None:
    text = "Algerian teachers began a hunger strike outside parliament in Algiers on Monday."
    for ex in (extractor, all_types):
        (ev,) = coded(ex, text)
        assert (ev.plover.type, ev.plover.mode, ev.cameo) == ("PROTEST", "strike-hun", "142")
        assert ev.acled is not None and ev.acled.sub_event_type == "Peaceful protest"


def test_adjectival_participles_and_names_are_not_diplomatic_events(all_types: Extractor) -> None:
    text = "Fighters of the outlawed front and US-backed Popular Mobilization Forces clashed near Mosul."
    assert {e.plover.type for e in coded(all_types, text)} == {"ASSAULT"}


def test_stage_versions_record_the_scope(all_types: Extractor, extractor: Extractor) -> None:
    text = "Chile accused Bolivia of violating the border treaty."
    assert all_types.extract_text(text).stages["triggers"] == "triggers.v1+all"
    assert extractor.extract_text(text).stages["triggers"] == "triggers.v1"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japan sent blankets and rice to flood victims in Bangladesh on Monday.", "AID"),
        ("The European Union disbursed 40 million euros to Niger on Tuesday.", "AID"),
        ("The army sent 500 peacekeepers to Liberia on Monday.", "AID"),
        ("Peru granted access to UN human rights monitors on Friday.", "RETREAT"),
        ("Rebels in Colombia pardoned 20 prisoners held since March.", "RETREAT"),
        ("The Bolivian government met the miners' demands on Wednesday.", "CONCEDE"),
        ("Chile lifted the curfew in Santiago on Sunday.", "CONCEDE"),
        ("Peru and Ecuador held joint naval exercises off the coast on Monday.", "COOPERATE"),
        ("Spain extradited two suspects to Argentina on Friday.", "COOPERATE"),
        ("Russia called up 20,000 reservists on Tuesday.", "MOBILIZE"),
        ("Venezuela moved tanks to the border with Colombia on Sunday.", "MOBILIZE"),
        ("Police in Lagos rounded up 40 students on Monday.", "COERCE"),
        ("The Zambian government closed two opposition newspapers on Friday.", "COERCE"),
        ("Uganda cracked down on opposition supporters in Kampala on Saturday.", "COERCE"),
        ("Nigerian soldiers tortured detainees in Maiduguri, a rights group said.", "ASSAULT"),
    ],
)
def test_plover_only_vocabulary_from_the_type_definitions(
    all_types: Extractor, extractor: Extractor, text: str, expected: str
) -> None:
    events = coded(all_types, text)
    assert [e.plover.type for e in events] == [expected]
    assert events[0].acled is None
    assert coded(extractor, text) == []


def test_peacekeepers_are_aid_and_other_troops_a_mobilisation(all_types: Extractor) -> None:
    sent = "Kenya sent 800 soldiers to the border with Somalia on Monday."
    assert [e.plover.type for e in coded(all_types, sent)] == ["MOBILIZE"]
    # a government stepping down concedes; stepping up patrols is no concession
    assert [e.plover.type for e in coded(all_types, "The Malian prime minister stepped down on Friday.")] == [
        "CONCEDE"
    ]
    assert "CONCEDE" not in {
        e.plover.type for e in coded(all_types, "Mali stepped up patrols in Gao on Friday.")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # CAMEO 03 express intent to cooperate
        ("Peru gave assurances to Chile that the border would stay open.", "AGREE"),
        # CAMEO 040 consult, 041 by telephone
        ("The Thai prime minister talked with his Cambodian counterpart on Monday.", "CONSULT"),
        ("Kenyan and Ugandan officials held a conference in Nairobi on Tuesday.", "CONSULT"),
        # CAMEO 051 praise or endorse
        ("The Ghanaian president lauded Senegal for its peaceful elections.", "SUPPORT"),
        # CAMEO 075 grant asylum
        ("Ecuador gave refuge to a Colombian journalist on Friday.", "AID"),
        # CAMEO 080 yield
        ("Bolivia ceded control of the port to Peru on Monday.", "CONCEDE"),
        # CAMEO 09 investigate
        ("Police in Dhaka interrogated the suspects on Sunday.", "ACCUSE"),
        ("The ministry will look into the complaints, a spokesman said.", "ACCUSE"),
        # CAMEO 110/111 disapprove, criticise
        ("Denmark objected to the appointment of the new envoy.", "ACCUSE"),
        ("The Chilean senator admonished Argentina over the fishing quotas.", "ACCUSE"),
        # CAMEO 113 rally opposition against
        ("Egyptian farmers campaigned against the Ethiopian dam project.", "ACCUSE"),
        # CAMEO 150 demonstrate military power
        ("North Korea staged a military parade in Pyongyang on Saturday.", "MOBILIZE"),
        # CAMEO 12 reject, 128 defy norms
        ("The junta flouted the resolution of the regional bloc.", "REJECT"),
        ("The Nigerian union balked at the government's offer on Monday.", "REJECT"),
        # CAMEO 161 reduce relations
        ("Lithuania curtailed its diplomatic ties with Minsk on Friday.", "SANCTION"),
        # CAMEO 072 military aid, 130 threaten
        ("Iran armed the Houthi rebels in Yemen, a UN panel said.", "AID"),
        ("China warned Taiwan of serious consequences on Monday.", "THREATEN"),
        # CAMEO 175 repression
        ("The Belarusian regime oppressed opposition journalists, a rights group said.", "COERCE"),
    ],
)
def test_plover_only_vocabulary_for_whole_cameo_categories(
    all_types: Extractor, extractor: Extractor, text: str, expected: str
) -> None:
    events = coded(all_types, text)
    assert expected in {e.plover.type for e in events}
    assert next(e for e in events if e.plover.type == expected).acled is None
    assert coded(extractor, text) == []


def test_candidate_pass_finds_the_new_plover_words_in_scope_all() -> None:
    for sentence in (
        "Spain granted asylum to the dissident.",
        "The minister lauded the agreement.",
        "The court interrogated the witnesses.",
    ):
        assert is_candidate(sentence, "all")
        assert not is_candidate(sentence)


def test_undertaking_to_act_is_a_promise_undertaking_a_task_is_not(all_types: Extractor) -> None:
    promise = coded(all_types, "Syria undertook to withdraw its troops from the Bekaa valley.")
    assert "AGREE" in {e.plover.type for e in promise}
    mission = coded(
        all_types, "The Arab League envoy undertook a mediation mission between Syria and Jordan."
    )
    assert {e.plover.type for e in mission} == {"CONSULT"}


def test_a_forecast_is_no_threat_and_armed_men_no_aid(all_types: Extractor) -> None:
    forecast = coded(all_types, "The central bank warned that inflation would rise in Peru.")
    assert "THREATEN" not in {e.plover.type for e in forecast}
    assert "AID" not in {e.plover.type for e in coded(all_types, "Armed men clashed with police in Lima.")}
