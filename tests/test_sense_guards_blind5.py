"""Sense guards written for the fifth blind no-event set (helper fixes18): contests of votes, words and
markets, a flood of words, the powers a law gives, attacks weighed in the abstract, words of a party's
name, practice bombs; each beside a sentence of the same words that still tells an event. Sentences our
own (not the probes')."""

from __future__ import annotations

import pytest
from coding_support import trigger_subtypes

from frontlines.extract import Extractor


@pytest.mark.parametrize(
    "text",
    [
        # contests of votes and words
        "The two front-runners meet in a televised debate on Thursday before the battle for the presidency.",
        "The governor fought off a challenge from a mayor to win the party's nomination for the election.",
        # markets and central banks
        "The brewer fought off a hostile takeover approach after shareholders rejected the offer.",
        "The central bank fired the first shot in its fight against inflation, raising rates by a point.",
        "Traders said the market had been bombarded with conflicting signals from the central bank.",
        # powers of a law, attacks in the abstract
        "The new law gives police the power to arrest suspects without a warrant, critics said.",
        "The minister said the alliance would treat an attack on any member as an attack on all of them.",
        # a party's name, practice bombs
        "The Rally for Democracy and Progress won 30 seats in the parliamentary election.",
        "Two bombers dropped inert practice bombs on a range in the desert.",
    ],
)
def test_no_event(extractor: Extractor, text: str) -> None:
    assert trigger_subtypes(extractor, text) == []


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # the same words with violence told
        (
            "Supporters of the two candidates fought with stones outside a polling station, injuring six.",
            "fought",
        ),
        ("Rebels attacked several towns in the north after the election was postponed.", "attacked"),
        ("Police arrested 40 protesters outside parliament as the bill was debated on Tuesday.", "arrested"),
        ("Jets dropped bombs on rebel positions near the town, killing 12 fighters.", "dropped"),
        (
            "Thousands joined a rally in the capital on Sunday to protest against the election result.",
            "rally",
        ),
    ],
)
def test_still_an_event(extractor: Extractor, text: str, trigger: str) -> None:
    assert trigger in [t for t, _ in trigger_subtypes(extractor, text)]
