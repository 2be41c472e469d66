"""Armed groups of the rarer conflict countries (Pakistan, Afghanistan, Mali, Honduras, Burundi, Libya,
Venezuela, Cameroon, Thailand, Indonesia, Ecuador, Brazil, Mozambique...) are in the actor dictionary with
their country and kind, and a longer name wins over a shorter alias inside it ("West Papua National
Liberation Army" is not Colombia's "National Liberation Army")."""

from __future__ import annotations

import pytest
from coding_support import first, who

from frontlines.code.actors import default_coder
from frontlines.extract import Extractor


@pytest.mark.parametrize(
    ("text", "name", "iso3", "kind"),
    [
        ("The Balochistan Liberation Army claimed it.", "Balochistan Liberation Army", "PAK", "rebels"),
        ("The BLA said so.", "Balochistan Liberation Army", "PAK", "rebels"),
        ("Fighters of the National Resistance Front said so.", "National Resistance Front", "AFG", "rebels"),
        (
            "The Permanent Strategic Framework (CSP) said so.",
            "Permanent Strategic Framework",
            "MLI",
            "rebels",
        ),
        ("Members of the Barrio 18 gang did it.", "Barrio 18", "HND", "political_militia"),
        ("MS-13 members did it.", "Mara Salvatrucha", "SLV", "political_militia"),
        ("RED-Tabara denied it.", "RED-Tabara", "BDI", "rebels"),
        (
            "The Radaa Special Deterrence Force said so.",
            "Special Deterrence Force",
            "LBY",
            "political_militia",
        ),
        ("The 444th Brigade said so.", "444 Brigade", "LBY", "political_militia"),
        ("Armed groups known as colectivos fired.", "Colectivos", "VEN", "political_militia"),
        ("Ambazonian separatists said so.", "Ambazonian Separatists", "CMR", "rebels"),
        ("Police blamed the Barisan Revolusi Nasional.", "Barisan Revolusi Nasional", "THA", "rebels"),
        (
            "The West Papua National Liberation Army said so.",
            "West Papua National Liberation Army",
            "IDN",
            "rebels",
        ),
        ("The TPNPB said so.", "West Papua National Liberation Army", "IDN", "rebels"),
        ("Members of Los Lobos attacked Los Choneros.", "Los Lobos", "ECU", "political_militia"),
        ("Leaders of the Comando Vermelho drug gang.", "Comando Vermelho", "BRA", "political_militia"),
        ("Islamic State Mozambique Province said so.", "Islamic State Mozambique Province", "MOZ", "rebels"),
        ("The Tren de Aragua gang did it.", "Tren de Aragua", "VEN", "political_militia"),
    ],
)
def test_rare_country_groups_are_known(text: str, name: str, iso3: str | None, kind: str) -> None:
    found = default_coder().scan_groups(text)
    assert found, text
    group = found[0][1]
    assert (group.name, group.country, group.kind) == (name, iso3, kind)


def test_longer_group_name_wins_over_an_alias_inside_it(extractor: Extractor) -> None:
    text = (
        "The West Papua National Liberation Army said on Monday it had killed 13 soldiers in Nduga regency, "
        "Indonesia."
    )
    ev = first(extractor, text, "killed")
    assert who(ev.actor1) == ("West Papua National Liberation Army", "IDN", "rebels")


def test_named_gang_is_actor_of_its_attack(extractor: Extractor) -> None:
    ev = first(extractor, "Members of Los Lobos attacked a prison wing in Guayaquil, Ecuador, on Tuesday.")
    assert who(ev.actor1) == ("Los Lobos", "ECU", "political_militia")


def test_suspected_doers_are_not_the_group_named_before(extractor: Extractor) -> None:
    # "suspected insurgents": the text does not know who did it, so the group police blamed for
    # another attack earlier in the article is not taken as theirs (gold/team/README.md, unnamed doers)
    text = (
        "A roadside bomb killed two rangers in Narathiwat province, Thailand, on Friday. Police blamed the "
        "Barisan Revolusi Nasional for the bombing.\n\nHours later, suspected insurgents set fire to a "
        "school in Pattani province."
    )
    ev = first(extractor, text, "set")
    assert who(ev.actor1) == ("Unidentified Armed Group", "THA", "political_militia")


def test_suspected_members_arrested_are_the_group_named_before(extractor: Extractor) -> None:
    text = (
        "Sinaloa Cartel gunmen killed four police officers in Culiacan, Mexico, on Monday.\n\n"
        "Soldiers arrested 14 suspected cartel gunmen in a raid in Navolato on Wednesday."
    )
    ev = first(extractor, text, "arrested")
    assert who(ev.actor2) == ("Sinaloa Cartel", "MEX", "political_militia")


def test_a_wing_controlled_by_a_gang_stands_for_the_gang(extractor: Extractor) -> None:
    text = (
        "Members of Los Lobos attacked a prison wing controlled by Los Choneros in Guayaquil, Ecuador, "
        "on Tuesday."
    )
    ev = first(extractor, text, "attacked")
    assert who(ev.actor2) == ("Los Choneros", "ECU", "political_militia")


def test_separatist_fighters_are_an_unidentified_rebel_group(extractor: Extractor) -> None:
    # "separatist fighters", "rebel gunmen": the rebel word says which kind of unnamed group
    # (gold/team/README.md: rebels, separatists, guerrillas -> Unidentified Rebel Group)
    ev = first(extractor, "Separatist fighters abducted five teachers near Bamenda, Cameroon, on Tuesday.")
    assert who(ev.actor1) == ("Unidentified Rebel Group", "CMR", "rebels")


def test_groups_known_as_a_named_group_are_that_group(extractor: Extractor) -> None:
    text = (
        "In Caracas, Venezuela, armed pro-government groups known as colectivos fired on protesters on "
        "Tuesday night, killing a boy."
    )
    ev = first(extractor, text, "fired")
    assert who(ev.actor1) == ("Colectivos", "VEN", "political_militia")
