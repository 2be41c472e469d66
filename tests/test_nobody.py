"""One reading of a subject that names nobody ("nobody", "none", "noone", "no group", "no one"), shared by
the antecedent of a doer-less passive (assemble) and the denied follow-up (follow_ups). Sentences ours."""

from __future__ import annotations

from typing import Any

import pytest

from frontlines.code.nobody import names_nobody


def _subject(nlp: Any, text: str) -> Any:
    return next(t for t in nlp(text) if t.dep_ in ("nsubj", "nsubjpass"))


@pytest.mark.parametrize(
    "text",
    [
        "Nobody was killed in the blast.",
        "Noone was killed in the blast.",
        "None were hurt.",
        "No group has claimed responsibility.",
        "No soldiers were wounded.",
    ],
)
def test_names_nobody(nlp: Any, text: str) -> None:
    assert names_nobody(_subject(nlp, text))


@pytest.mark.parametrize(
    "text",
    ["Three soldiers were killed in the blast.", "Al Shabaab has claimed responsibility.", "One was hurt."],
)
def test_names_somebody(nlp: Any, text: str) -> None:
    assert not names_nobody(_subject(nlp, text))
