"""Rules the s9a dev articles showed missing: killing and fighting words ("slaughtered", "neutralised",
"confronted"), the reach of "a claim that could not be verified", a claim retracted, a denial of
another act than the one claimed, "the checkpoint attack" referring back to the attack on a
checkpoint, and the aim of an offensive ("an offensive to retake the city"). Sentences our own."""

from __future__ import annotations

import pytest

from frontlines.extract import Extractor


def _coded(extractor: Extractor, text: str) -> list[tuple[str, str | None, str]]:
    events = extractor.extract_text(text, published="2024-06-10").events
    return [(e.evidence.trigger, e.acled.sub_event_type if e.acled else None, e.factuality) for e in events]


def test_slaughtered_is_a_killing(extractor: Extractor) -> None:
    text = "Gunmen slaughtered 14 farmers in the village of Dogon Daji on Friday, police said."
    assert _coded(extractor, text) == [("slaughtered", "Attack", "asserted")]


def test_fighters_neutralised_is_a_clash(extractor: Extractor) -> None:
    text = "The army said 40 terrorists had been neutralised near the border with Mali on Sunday."
    assert [c[:2] for c in _coded(extractor, text)] == [("neutralised", "Armed clash")]


@pytest.mark.parametrize(
    "text",
    [
        "Engineers neutralised an unexploded bomb near the school on Sunday.",
        "The minister confronted the governor over the budget at a meeting in Abuja on Monday.",
    ],
)
def test_no_fight(extractor: Extractor, text: str) -> None:
    assert _coded(extractor, text) == []


def test_fighters_confronting_troops_is_a_clash(extractor: Extractor) -> None:
    text = "Local fighters confronted the soldiers with heavy gunfire outside Kidal on Monday."
    assert [c[:2] for c in _coded(extractor, text)] == [("confronted", "Armed clash")]


def test_an_unverified_claim_reaches_only_the_act_claimed(extractor: Extractor) -> None:
    text = (
        "Al Shabaab claimed the attack on the base near Baidoa, saying it had destroyed several "
        "armoured vehicles, a claim that could not be verified."
    )
    assert ("attack", "Armed clash", "asserted") in _coded(extractor, text)


def test_an_unverified_figure_reaches_only_the_toll(extractor: Extractor) -> None:
    text = (
        "The army said its jets bombed rebel camps near Dukana on Tuesday, killing dozens of fighters, "
        "a figure that could not be independently verified."
    )
    assert ("bombed", "Air/drone strike", "asserted") in _coded(extractor, text)


def test_a_claim_still_in_doubt(extractor: Extractor) -> None:
    text = "The rebels claimed to have killed 60 soldiers near Goma, a figure that could not be verified."
    assert [c[2] for c in _coded(extractor, text)] == ["uncertain"]


def test_a_retracted_claim_is_uncertain(extractor: Extractor) -> None:
    text = "A little-known group claimed the bombing in Quetta but later retracted the claim."
    assert [c[2] for c in _coded(extractor, text)] == ["uncertain"]


def test_a_denied_act_beside_a_claimed_one(extractor: Extractor) -> None:
    text = (
        "Gunmen attacked an army convoy near Kidal on Monday, killing four soldiers. A roadside bomb "
        "struck a bus near Gao on Tuesday, killing six passengers. The group claimed the convoy attack "
        "but denied any role in the bombing."
    )
    coded = _coded(extractor, text)
    assert ("attack", "Armed clash", "asserted") in coded
    assert ("bombing", "Remote explosive/landmine/IED", "negated") in coded


def test_the_aim_of_an_offensive_is_an_event_to_come(extractor: Extractor) -> None:
    text = "Government troops captured five villages on Monday in an offensive to retake the town of Dera."
    assert _coded(extractor, text) == [
        ("captured", "Government regains territory", "asserted"),
        ("retake", "Government regains territory", "predicted"),
    ]


def test_it_standing_for_a_town_taken_earlier(extractor: Extractor) -> None:
    text = (
        "Government troops recaptured the town of Dera on Sunday, a month after it fell to "
        "Al Shabaab fighters."
    )
    assert [c[:2] for c in _coded(extractor, text)] == [
        ("recaptured", "Government regains territory"),
        ("fell", "Non-state actor overtakes territory"),
    ]


def test_control_of_it(extractor: Extractor) -> None:
    text = (
        "The army retook the town of Dera last week after Fano fighters had taken control of it "
        "earlier this month, residents said."
    )
    assert ("taken", "Non-state actor overtakes territory", "asserted") in _coded(extractor, text)


def test_reports_of_arrests_are_hearsay(extractor: Extractor) -> None:
    text = "Rights groups said they had received reports of mass arrests of students in Kampala since Friday."
    assert [c[1:] for c in _coded(extractor, text)] == [("Arrests", "uncertain")]


def test_a_sentence_ends_after_a_one_digit_day() -> None:
    from frontlines.nlp.text import split_sentences

    body = "Authorities declared a state of emergency on Aug. 4. The U.N. said J. Smith had left."
    assert [body[s.start : s.end] for s in split_sentences(body)] == [
        "Authorities declared a state of emergency on Aug. 4.",
        "The U.N. said J. Smith had left.",
    ]
