"""Body normalisation, stable ids, datelines and sentence splitting."""

from __future__ import annotations

import pytest

from frontlines.nlp.candidates import is_candidate
from frontlines.nlp.text import article_id, normalise_body, split_sentences


def test_normalise_body() -> None:
    raw = "\ufeffTitle line  \r\n\r\n\r\n\r\nFirst  paragraph.\t\nSecond line.\n\n\n"
    assert normalise_body(raw) == "Title line\n\nFirst paragraph.\nSecond line."


def test_article_id_is_stable_under_whitespace_and_case() -> None:
    a = article_id("Troops  entered the town.\n\nThey held it.")
    assert a == article_id("troops entered the town. they held it.")
    assert a != article_id("Troops entered the city. They held it.")
    assert len(a) == 16


def test_sentences_respect_abbreviations_quotes_and_headlines() -> None:
    body = (
        'Gen. Ali said U.S. jets struck Raqqa on Monday. "It was bad." Officials agreed.\n\n'
        "Related stories\nArmy shells rebel positions near Aleppo\n"
        "This is a long hard-wrapped line that continues the sentence on the\nnext line here."
    )
    spans = split_sentences(body)
    texts = [body[s.start : s.end] for s in spans]
    assert texts == [
        "Gen. Ali said U.S. jets struck Raqqa on Monday.",
        '"It was bad."',
        "Officials agreed.",
        "Related stories",
        "Army shells rebel positions near Aleppo",
        "This is a long hard-wrapped line that continues the sentence on the\nnext line here.",
    ]
    assert [s.paragraph for s in spans] == [0, 0, 0, 1, 1, 1]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Troops recaptured the town.", True),
        ("The rebels fought for hours.", True),
        ("Iraqi forces retook the airport.", True),
        ("A drone strike hit the convoy.", True),
        ("The central bank held rates steady.", False),
        ("Ministers met in Geneva for talks.", False),
    ],
)
def test_candidate_pass(sentence: str, expected: bool) -> None:
    assert is_candidate(sentence) is expected
