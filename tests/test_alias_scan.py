"""`AliasScanner` finds exactly what the one big alias regex finds (code/alias_scan.py)."""

from __future__ import annotations

import random

import pytest

from frontlines.code.actors import default_coder
from frontlines.code.alias_scan import AliasScanner

ALIASES = ["Islamic State", "IS", "ISIS", "al-Shabaab", "M-19", "the Army", "Hamas", "7th Brigade", "Kataib"]


def _same(scanner: AliasScanner, text: str) -> None:
    expected = [(m.start(), m.group()) for m in scanner.regex.finditer(text)]
    assert [(m.start(), m.group()) for m in scanner.finditer(text)] == expected, text


@pytest.mark.parametrize("ignore_case", [False, True])
def test_the_scanner_finds_what_the_regex_finds(ignore_case: bool) -> None:
    scanner = AliasScanner([a.lower() if ignore_case else a for a in ALIASES], ignore_case)
    for text in (
        "Islamic State fighters and ISIS militants attacked; al - Shabaab and al-Shabaab denied it.",
        "M-19 guerrillas, M - 19 and the 7th Brigade; ISISx and xISIS are no names; IS-K, IS.",
        "the army said Hamas and KATAIB and kataib-aligned men fled",
        "Islamic Statehood, ISlamic state, \u0130slamic State, ıslamic State, Kataıb, \u212aataib",
        "",
        "IS",
    ):
        _same(scanner, text)


def test_the_scanner_matches_the_regex_on_random_texts_of_the_actor_aliases() -> None:
    coder = default_coder()
    rng = random.Random(7)
    pieces = [*ALIASES, "the", "ı", "ſ", "\u212a", "-", " - ", "\n", "'s", "x", "İ", " "]
    for scanner, names, ignore_case in (
        (coder._exact_re, coder._groups_exact, False),
        (coder._folded_re, coder._groups_folded, True),
    ):
        aliases = list(names)
        for _ in range(300):
            words = [rng.choice([*aliases, *pieces]) for _ in range(8)]
            text = "".join(w.upper() if ignore_case and rng.random() < 0.3 else w for w in words)
            _same(scanner, text)


def test_an_alias_starting_with_a_hyphen_falls_back_to_the_regex() -> None:
    scanner = AliasScanner(["-x", "abc"], ignore_case=True)
    _same(scanner, "a -x abc ABC -X")
