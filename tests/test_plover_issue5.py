"""PLOVER types of issue 5 (extract.event_scope "all"): entries and frames a coder would state for acts
the lexicon missed (arms laid down, a protest made to a party, a party said to be behind an act, a
finding of guilt, a call to act against a party, a deadline given, a mission closed...). Invented
sentences."""

from __future__ import annotations

import pytest

from frontlines.config import load_settings
from frontlines.extract import Extractor


@pytest.fixture(scope="module")
def all_types() -> Extractor:
    return Extractor(load_settings(overrides={"extract": {"event_scope": "all"}}))


@pytest.mark.parametrize(
    ("text", "ptype"),
    [
        ("Separatist fighters in Casamance laid down their weapons on Friday.", "RETREAT"),
        ("Bolivia complained to Chile over the arrest of its border guards.", "ACCUSE"),
        ("Ghana said Togo was behind the bomb attack on the border post.", "ACCUSE"),
        ("A Nigerian court found the former governor guilty of fraud.", "ACCUSE"),
        ("Tunisia said no to Libya's request for a joint border force.", "REJECT"),
        ("The Ugandan president urged his people to rise up against Sudan.", "ACCUSE"),
        ("The rebels gave the Sierra Leone government a 72-hour deadline to free their leader.", "THREATEN"),
        ("Sudan closed its embassy in Nairobi.", "SANCTION"),
        ("Malawi has boycotted the regional talks on the lake dispute.", "REJECT"),
        ("Dutch troops escorted relief convoys in eastern Bosnia.", "AID"),
        ("Tanzania sheltered thousands of refugees from Burundi.", "AID"),
        ("Belarus stripped the opposition party of its registration.", "COERCE"),
        ("Peru's president dissolved congress on Sunday.", "COERCE"),
        ("Zambia sided with Angola in its dispute with the rebels.", "SUPPORT"),
        ("Jordan allowed Red Cross inspectors to visit the prison.", "RETREAT"),
        ("The Ugandan opposition called for the president to step down.", "REQUEST"),
        ("Chad hinted it might expel the Libyan ambassador.", "THREATEN"),
        ("The IMF suspended lending to Zimbabwe.", "SANCTION"),
    ],
)
def test_issue5_types(all_types: Extractor, text: str, ptype: str) -> None:
    types = [e.plover.type for e in all_types.extract_text(text, published="2000-01-01").events]
    assert ptype in types, types


def test_responsible_for_no_act_is_no_charge(all_types: Extractor) -> None:
    """ "responsible for security": no act is blamed, so no accusation."""
    events = all_types.extract_text(
        "Kenya said the police were responsible for security in the capital.", published="2000-01-01"
    ).events
    assert "ACCUSE" not in [e.plover.type for e in events]
