"""Sense guards (code/sense_guards.py, data/senses.v1.yaml): trigger words in contexts that tell no
conflict event — campaign rallies, parades, weapons tests and drills, box-office flops, labour strikes,
plots of works, a war's toll, trends, year-long campaigns, scare quotes, accidents, trials, anniversaries,
standing conflicts — each beside a sentence of the same words that still tells an event."""

from __future__ import annotations

from typing import Any

import pytest
from coding_support import trigger_subtypes
from pydantic import ValidationError

from frontlines.code.sense_guards import SenseGuard, in_scare_quote, senses
from frontlines.extract import Extractor


@pytest.mark.parametrize(
    "text",
    [
        # campaign rallies, a parade
        "The two candidates traded insults at rallies on Friday as the campaign entered its final weekend.",
        "A former police chief running for the Senate told a rally in Davao that he would win.",
        "Thousands of troops marched past foreign leaders at the Victory Day parade on Friday.",
        # weapons tests, drills
        "India said on Thursday it had test-fired a long-range cruise missile off Odisha.",
        "Thousands of troops began practising responses to missile attacks and drone incursions.",
        "China began drills around Taiwan, sending warships and fighter jets to encircle the island.",
        "North Korea staged a parade, showing off its newest ballistic missiles and attack drones.",
        # commerce, labour, fiction
        'The war epic "Iron Coast" bombed at the box office over the weekend.',
        "Dockworkers approved a wage deal that employers had feared could lead to strikes at the port.",
        "The film, about a naval battle in the Pacific, was shot in Australia.",
        "The play follows a family of mill workers through the nights of bombing in 1940.",
        "Among the best known is a picture of soldiers sheltering behind a wall as shells land nearby.",
        # tolls of a war, trends, campaigns over years, standing conflicts, anniversaries
        "Rwanda marked thirty years since the genocide against the Tutsi, in which about 800,000 people "
        "were killed in a hundred days.",
        "Armed groups operate across rural areas, and attacks on civilians have grown more frequent.",
        "Russian strikes on the energy grid over the past year damaged most of the region's power plants.",
        "The group has fought the federal government for more than fifteen years.",
        "Mourners gathered in Potocari to mark 29 years since the massacre of 8,000 men and boys.",
        # scare quotes, accidents, courts, police raids
        'His rival said the other side was "shooting blanks" on the economy.',
        'The magistrate said the official had "attacked the very people he was paid to protect".',
        "A series of small explosions was heard as drums of solvent caught fire at the warehouse.",
        "A collision between two passenger trains in Odisha killed at least 275 people on Friday.",
        "A fire tore through an apartment block in Johannesburg overnight, killing at least 20 people.",
        "A court upheld the sentence of a man convicted of helping to organise the 2015 attacks on Paris.",
        "Police said they had dismantled a forgery network in raids on warehouses in Valencia.",
        # calls and habits
        "China, which borders the area, called for a ceasefire and for talks between the parties.",
        "The group's regional branch has carried out bombings in the province before.",
        # a strike depicted, an airliner's crash
        "State television showed animations of missiles striking targets around the island.",
        "A passenger jet carrying 181 people crashed and burst into flames at Muan airport on Sunday after "
        "landing without its wheels down, killing all but two people on board.",
    ],
)
def test_no_event(extractor: Extractor, text: str) -> None:
    assert trigger_subtypes(extractor, text) == []


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Opposition supporters held a rally against the election results in Nairobi on Monday.", "rally"),
        ("Thousands of supporters of the ruling junta rallied in Niamey on Sunday.", "rallied"),
        (
            "Hundreds of veterans marched to parliament in Kyiv on Tuesday to demand higher pensions.",
            "marched",
        ),
        ("Rebels fired rockets at army positions near Kidal on Monday.", "fired"),
        (
            "Israeli jets carried out a series of strikes on villages in southern Lebanon on Thursday.",
            "strikes",
        ),
        ("Israeli fire killed three Palestinians near the border fence on Friday.", "killed"),
        (
            "Militants were planning further attacks on police stations in the province, officials said.",
            "attacks",
        ),
        ("Gunmen attacked a bus near Peshawar on Monday, killing six passengers.", "attacked"),
        ("A ceasefire between the army and the rebels took effect in Juba on Monday.", "ceasefire"),
        ("Russian missiles struck targets around Kharkiv on Monday, officials said.", "struck"),
    ],
)
def test_still_an_event(extractor: Extractor, text: str, trigger: str) -> None:
    assert trigger in [t for t, _ in trigger_subtypes(extractor, text)]


def test_scare_quote_is_short_and_inside_the_sentence(nlp: Any) -> None:
    doc = nlp('He said the other side was "shooting blanks" on the economy.')
    assert in_scare_quote(next(t for t in doc if t.lower_ == "shooting"))
    full = nlp('"They attacked the village at dawn and killed 12 people," a resident said.')
    assert not in_scare_quote(next(t for t in full if t.lower_ == "attacked"))


def test_the_file_loads_and_names_known_triggers() -> None:
    data = senses()
    assert data.schema_ == "frontlines/senses/1"
    assert {g.id for g in data.guards} >= {"campaign_rally", "weapons_test", "scare_quote", "blaze_toll"}


def test_a_guard_needs_a_condition() -> None:
    with pytest.raises(ValidationError):
        SenseGuard(id="x", reason="y", triggers=["attack"], lemmas=["attack"])


def test_sense_guard_word_lists_are_lowered_once() -> None:
    """A sense guard's word lists are lower-cased once, not at every token the matcher asks about."""
    from frontlines.code.sense_guards import SenseGuard

    g = SenseGuard(id="t", reason="r", triggers=["x"], lemmas=["Strike", "walkout"], sentence_any=["Union"])
    assert g.low("lemmas") == frozenset({"strike", "walkout"})
    assert g.low("lemmas") is g.low("lemmas")
    assert g.low("sentence_any") == frozenset({"union"})


def test_weapons_seized_in_an_arrest_are_part_of_it(extractor: Extractor) -> None:
    """seizure_in_arrest: the rifles seized by the police who arrested the suspects tell no event of
    their own; seized with no arrest told, they are disrupted weapons use."""
    arrest = "Police arrested 14 suspects and seized dozens of rifles at a ranch in Sinaloa on Monday."
    assert "seized" not in [t for t, _ in trigger_subtypes(extractor, arrest)]
    alone = "Soldiers seized dozens of rifles and several grenades at a ranch in Sinaloa on Monday."
    assert ("seized", "Disrupted weapons use") in trigger_subtypes(extractor, alone)


@pytest.mark.parametrize(
    "text",
    [
        # session-10 triggers in other senses (helper noev17)
        "Arsenal never broke the siege of Chelsea's packed defence, and the match ended goalless.",
        "The bakery chain said it had lost territory to discount rivals and that sales fell in the south.",
        "The Greens captured three towns from the ruling party and won a majority on the county council.",
        "The frigates fired live rounds at towed targets during the exercise off Crete.",
        "The crews destroyed four target drones with short-range missiles during the drill.",
        "Cheap lasers can destroy drones for a few dollars a shot, the report said.",
        "The new missiles will be able to strike targets 500 km away.",
        "In the film's last act, the heroine breaks the siege of her village and destroys two enemy drones.",
    ],
)
def test_no_event_in_other_senses(extractor: Extractor, text: str) -> None:
    assert trigger_subtypes(extractor, text) == []


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Ukraine's air defences destroyed 40 drones over the Kyiv region overnight.", "destroyed"),
        ("The army said its troops had broken the siege of Babanusa after heavy fighting.", "broken"),
        ("Rebels captured the town ahead of the elections, killing four soldiers.", "captured"),
        ("Soldiers fired on protesters outside the training college, killing two.", "fired"),
    ],
)
def test_still_an_event_in_these_senses(extractor: Extractor, text: str, trigger: str) -> None:
    assert trigger in [t for t, _ in trigger_subtypes(extractor, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Hackers struck targets in the banking sector across Europe this month, a cybersecurity firm said.",
        "Grey wolves have lost territory across much of central Europe over the past century.",
    ],
)
def test_no_event_cyber_or_nature(extractor: Extractor, text: str) -> None:
    assert trigger_subtypes(extractor, text) == []


def test_a_loss_with_armed_men_is_still_told(extractor: Extractor) -> None:
    """lose_territory_other_sense: "shares" (lemma "share", a market word) does not turn down a town
    lost to rebels."""
    text = "The army lost the town, which shares a border with Rwanda, to M23 rebels on Sunday."
    assert ("lost", "Non-state actor overtakes territory") in trigger_subtypes(extractor, text)
