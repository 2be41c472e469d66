"""The countries an article is about (`geo.places.context_countries`): a demonym of two words ("South
Sudanese", "North Korean") names its own country, not the one its last word names alone ("Sudanese")."""

from __future__ import annotations

from dataclasses import dataclass

from frontlines.code.actors import default_coder
from frontlines.geo.gazetteer import default_index
from frontlines.geo.places import context_countries


@dataclass
class _Article:
    body: str
    dateline: None = None


def _countries(body: str) -> set[str]:
    coder = default_coder()
    return context_countries(default_index(), _Article(body), coder.demonym_iso3, coder.not_a_place)  # type: ignore[arg-type]


def test_two_word_demonym_is_its_own_country() -> None:
    assert _countries("Two South Sudanese soldiers were killed near the border.") == {"SSD"}
    assert "KOR" not in _countries("North Korean troops fired artillery.")


def test_one_word_demonym_still_counts() -> None:
    assert _countries("The Sudanese army shelled the town.") == {"SDN"}
    assert _countries("South of the river, Sudanese troops advanced.") == {"SDN"}


def test_hyphenated_demonym() -> None:
    assert _countries("Bissau-Guinean soldiers patrolled the border.") == {"GNB"}
