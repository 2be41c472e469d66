"""An actor the text does not state is filled in from the armed groups the article names in its news, not
from one it names only in its background (code/background_groups.py). Articles ours."""

from __future__ import annotations

from frontlines.extract import Extractor

BOMB = "On Monday, a roadside bomb hit a minibus in Ghazni city, killing four people, police said."


def _bomber(extractor: Extractor, text: str) -> str | None:
    events = extractor.extract_text(text, published="2024-06-10").events
    bomb = [e for e in events if e.evidence.trigger == "roadside bomb"]
    assert bomb, [e.evidence.trigger for e in events]
    return bomb[0].actor1.name if bomb[0].actor1 else None


def test_a_group_named_only_in_background_is_not_the_unstated_doer(extractor: Extractor) -> None:
    text = "The Taliban overran much of Ghazni city in August 2018, holding it for five days.\n\n" + BOMB
    assert _bomber(extractor, text) == "Unidentified Armed Group"


def test_a_group_named_in_the_news_still_is(extractor: Extractor) -> None:
    text = "Taliban fighters stormed a police checkpoint in Andar district on Sunday.\n\n" + BOMB
    assert _bomber(extractor, text) == "Taliban"
