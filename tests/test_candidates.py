"""The candidate pass: a sentence where some trigger can fire is always a candidate; a word that can
fire only beside a word of another list makes no candidate alone."""

from __future__ import annotations

import pytest

from frontlines.knowledge import cues, triggers
from frontlines.nlp.candidates import _condition_lemmas, _token_lemmas, candidate_test, is_candidate


@pytest.mark.parametrize("scope", ["conflict", "all"])
def test_every_trigger_form_with_its_condition_word_is_a_candidate(scope: str) -> None:
    test = candidate_test(scope)
    for trig in triggers().triggers:
        if not trig.in_scope(scope):
            continue
        cond = _condition_lemmas(trig, cues())
        for forms in _token_lemmas(trig):
            for form in forms:
                if cond is None:
                    assert test.search(f"They {form} it.") is not None, (trig.id, form)
                else:
                    for words in cond:
                        for word in words:
                            assert test.search(f"{form} the {word}") is not None, (trig.id, form, word)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Warplanes struck the town.", True),
        ("The news struck a chord with voters.", False),
        ("The two sides reached a deal on Sunday.", True),
        ("The climbers reached the summit.", False),
        ("A car bomb exploded near the market.", True),
        ("The car was parked in the air-conditioned garage.", False),
        ("Hundreds of fighters gathered in the square.", False),
        ("The general spoke to reporters.", False),
        ("A general strike shut the city.", True),
        ("Shells wounded three children.", True),
        # a toll of wounded told on its own is a follow-up of the event told before (trigger "wound")
        ("Three children were wounded.", True),
        ("The remarks wounded his pride.", False),
    ],
)
def test_words_that_need_another_word(sentence: str, expected: bool) -> None:
    assert is_candidate(sentence) is expected
