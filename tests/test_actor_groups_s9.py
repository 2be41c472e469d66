"""Session 9 actor knowledge: armed groups of Africa, Asia and the Middle East that were missing (the VDP,
The Resistance Front, the Chinland Defense Force, BIFF, Naxalites, Israeli settlers, the White Army, the
SADC mission), a movement's local branch named through the movement ("al Qaeda-linked militants" in Mali
are JNIM), vigilantes as a local militia, and an unnamed gunman of one nation not taken for another
nation's group named earlier."""

from __future__ import annotations

import pytest
from coding_support import first, who

from frontlines.extract import Extractor


@pytest.mark.parametrize(
    ("text", "name", "iso3", "kind"),
    [
        (
            "Members of the Volunteers for the Defence of the Homeland killed 12 civilians in a village in "
            "Burkina Faso's Sahel region on Monday.",
            "Volunteers for the Defense of the Homeland",
            "BFA",
            "identity_militia",
        ),
        (
            "The Resistance Front attacked a police post in Anantnag district of Kashmir on Monday.",
            "The Resistance Front",
            "IND",
            "rebels",
        ),
        (
            "Fighters of the Chinland Defense Force captured a military camp near Falam on Tuesday.",
            "Chinland Defense Force",
            "MMR",
            "rebels",
        ),
        (
            "BIFF gunmen attacked an army detachment in Maguindanao on Tuesday, killing two soldiers.",
            "Bangsamoro Islamic Freedom Fighters",
            "PHL",
            "rebels",
        ),
        (
            "Naxalites set fire to construction vehicles in Dantewada district on Monday.",
            "CPI (Maoist)",
            "IND",
            "rebels",
        ),
        (
            "Israeli settlers attacked the Palestinian village of Huwara on Sunday, torching homes and cars.",
            "Israeli Settlers",
            "ISR",
            "identity_militia",
        ),
        (
            "Fighters of the White Army attacked an army base in Nasir on Tuesday.",
            "White Army",
            "SSD",
            "identity_militia",
        ),
        (
            "SADC troops killed 10 insurgents in Cabo Delgado province on Sunday.",
            "SADC Mission",
            None,
            "external",
        ),
        (
            "Wazalendo militiamen attacked M23 rebels near Sake on Monday.",
            "Wazalendo",
            "COD",
            "identity_militia",
        ),
        (
            "Gran Grif gang members attacked the town of Pont-Sonde on Thursday.",
            "Gran Grif",
            "HTI",
            "political_militia",
        ),
    ],
)
def test_session9_groups(extractor: Extractor, text: str, name: str, iso3: str | None, kind: str) -> None:
    assert who(first(extractor, text).actor1) == (name, iso3, kind)


@pytest.mark.parametrize(
    ("text", "name", "iso3"),
    [
        (
            "Al Qaeda-linked militants attacked an army post in central Mali on Monday, killing 10 soldiers.",
            "JNIM",
            "MLI",
        ),
        (
            "Islamic State-linked insurgents attacked the town of Macomia in Mozambique on Monday.",
            "Islamic State Mozambique Province",
            "MOZ",
        ),
        # Islamic State by its plain name is its branch where it has one, as ACLED names it ...
        (
            "Islamic State fighters attacked the town of Macomia in Mozambique on Monday.",
            "Islamic State Mozambique Province",
            "MOZ",
        ),
        # ... al Qaeda's branches need the linking word
        ("Al Qaeda fighters attacked a hotel in Nairobi, Kenya on Monday.", "Al Qaeda", None),
        # no branch named so where it acts: the movement itself
        ("Al Qaeda-linked militants attacked a hotel in Nairobi, Kenya on Monday.", "Al Shabaab", "SOM"),
        (
            "Islamic State-linked militants attacked a checkpoint near Raqqa in Syria on Monday.",
            "Islamic State",
            None,
        ),
    ],
)
def test_linked_militants_are_the_local_branch(
    extractor: Extractor, text: str, name: str, iso3: str | None
) -> None:
    actor1 = first(extractor, text).actor1
    assert actor1 is not None and (actor1.name, actor1.country) == (name, iso3)


def test_vigilante_is_a_local_militia(extractor: Extractor) -> None:
    event = first(extractor, "A vigilante killed two bandits in Mora, Cameroon, on Monday.")
    assert who(event.actor1) == ("Unidentified Militia", "CMR", "identity_militia")


def test_gunman_of_one_nation_is_not_another_nations_group(extractor: Extractor) -> None:
    text = (
        "Israeli settlers set fire to homes in Huwara on Sunday, witnesses said. "
        "Earlier on Sunday, a Palestinian gunman opened fire on a car near Huwara, the Israeli military said."
    )
    event = first(extractor, text, trigger="opened fire")
    assert event.actor1 is not None and event.actor1.name == "Unidentified Armed Group"
