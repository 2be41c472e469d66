"""Actor coding: named groups, state forces from demonyms, generic actors with the event's country,
pronoun subjects, passives, nominal events, `between`, ACLED defaults and protest roles."""

from __future__ import annotations

import pytest
from coding_support import events, first, who

from frontlines.code.actors import default_coder
from frontlines.extract import Extractor


def test_country_words_and_abbreviations() -> None:
    coder = default_coder()
    for word, iso3 in [
        ("Syrian", "SYR"),
        ("Britain", "GBR"),
        ("US", "USA"),
        ("U.S.", "USA"),
        ("Kremlin", "RUS"),
    ]:
        country = coder.country_of(word)
        assert country is not None and country.iso3 == iso3, word
    # capitalised abbreviations match only in capitals: "us" and "car" are words
    assert coder.country_of("us") is None and coder.country_of("car") is None


def test_generic_actors_take_the_event_country(extractor: Extractor) -> None:
    ev = first(extractor, "Gunmen killed seven villagers in Zamfara state, Nigeria, on Tuesday.")
    assert who(ev.actor1) == ("Unidentified Armed Group", "NGA", "political_militia")
    assert who(ev.actor2) == ("Civilians", "NGA", "civilians")


def test_local_press_hoodlums_are_an_armed_group(extractor: Extractor) -> None:
    ev = first(extractor, "Suspected hoodlums killed five villagers in Zamfara state, Nigeria, on Sunday.")
    assert who(ev.actor1) == ("Unidentified Armed Group", "NGA", "political_militia")


def test_unnamed_army_takes_the_event_country(extractor: Extractor) -> None:
    ev = first(extractor, "The army recaptured the town of Palmyra in Syria on Thursday.")
    assert who(ev.actor1) == ("Military Forces of Syria", "SYR", "state_forces")


def test_passive_agent_is_actor1(extractor: Extractor) -> None:
    ev = first(extractor, "A police post in Mosul was attacked by Islamic State militants on Monday.")
    assert ev.actor1 is not None and ev.actor1.name == "Islamic State"


def test_pronoun_subject_takes_the_reporting_subject(extractor: Extractor) -> None:
    ev = first(extractor, "Kenyan police said they had arrested 20 people in Nairobi on Monday.", "arrested")
    assert who(ev.actor1) == ("Police Forces of Kenya", "KEN", "state_forces")


def test_relative_clause_subject_is_the_modified_noun(extractor: Extractor) -> None:
    text = "The M23, which captured the town of Goma in eastern Congo on Monday, has been dormant for years."
    ev = first(extractor, text, "captured")
    assert ev.actor1 is not None and ev.actor1.name == "M23"


def test_nominal_event_with_national_modifier(extractor: Extractor) -> None:
    ev = first(extractor, "An Israeli air strike on Gaza City killed three Hamas commanders on Monday.")
    assert who(ev.actor1) == ("Military Forces of Israel", "ISR", "state_forces")
    assert ev.actor2 is not None and ev.actor2.name == "Hamas"


def test_multiword_country_modifier(extractor: Extractor) -> None:
    ev = first(extractor, "United States jets bombed Islamic State positions near Raqqa on Sunday.")
    assert who(ev.actor1) == ("Military Forces of United States", "USA", "state_forces")


def test_clashes_between_two_sides(extractor: Extractor) -> None:
    text = (
        "Fighting between the Sudanese army and the Rapid Support Forces killed four civilians in Khartoum."
    )
    ev = first(extractor, text, "Fighting")
    assert ev.actor1 is not None and ev.actor1.name == "Military Forces of Sudan"
    assert ev.actor2 is not None and ev.actor2.name == "Rapid Support Forces"


def test_forces_firing_on_protesters(extractor: Extractor) -> None:
    ev = first(
        extractor, "Iraqi security forces opened fire on demonstrators in Baghdad, killing nine people."
    )
    assert ev.actor1 is not None and ev.actor1.name == "Police Forces of Iraq"
    assert ev.actor2 is not None and ev.actor2.kind == "protesters"


def test_protest_with_intervention_keeps_protesters_first(extractor: Extractor) -> None:
    ev = first(
        extractor, "In Kisumu, Kenya, police fired tear gas to break up a march by several hundred people."
    )
    assert ev.acled is not None and ev.acled.sub_event_type == "Protest with intervention"
    assert who(ev.actor1) == ("Protesters", "KEN", "protesters")
    assert ev.actor2 is not None and ev.actor2.name == "Police Forces of Kenya"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Thousands of people marched through Nairobi, Kenya, on Tuesday.", "Protesters"),
        ("Police arrested five men in Mombasa, Kenya, on Tuesday.", "Police Forces of Kenya"),
    ],
)
def test_acled_default_and_stated_actor1(extractor: Extractor, text: str, name: str) -> None:
    ev = first(extractor, text)
    assert ev.actor1 is not None and ev.actor1.name == name


def test_territory_taken_from_state_forces(extractor: Extractor) -> None:
    ev = first(extractor, "Taliban fighters seized the town of Kunduz in Afghanistan on Monday.")
    assert ev.actor1 is not None and ev.actor1.name == "Taliban"
    assert who(ev.actor2) == ("Military Forces of Afghanistan", "AFG", "state_forces")


def test_country_outside_violence_is_its_government(extractor: Extractor) -> None:
    text = "Armenia and Azerbaijan signed a peace agreement in Washington on Friday."
    ev = first(extractor, text, "signed")
    assert who(ev.actor1) == ("Government of Armenia", "ARM", "government")


def test_unnamed_bomber_is_the_only_armed_group_named(extractor: Extractor) -> None:
    text = (
        "A suicide bomber drove a car packed with explosives into the gate of a hotel in Mogadishu, "
        "Somalia, on Friday, killing 22 people.\n\nAl Shabaab has not commented."
    )
    ev = first(extractor, text, "suicide bomber")
    assert ev.actor1 is not None and ev.actor1.name == "Al Shabaab"


def test_sport_is_not_violence_by_civilians(extractor: Extractor) -> None:
    found = events(extractor, "But the Ivorians, who had scraped through the group stage, kept attacking.")
    assert all(e.actor1 is None or e.actor1.kind != "civilians" for e in found)


def test_army_checkpoint_stands_for_the_army(extractor: Extractor) -> None:
    text = "Gunmen threw a grenade at an army checkpoint in Tripoli, Lebanon, wounding three soldiers."
    ev = first(extractor, text, "grenade")
    assert who(ev.actor2) == ("Military Forces of Lebanon", "LBN", "state_forces")


def test_the_group_is_the_armed_group_named_before(extractor: Extractor) -> None:
    text = (
        "The Taliban's advance on Kunduz in Afghanistan continued on Monday.\n\n"
        "In 2015 the group briefly captured the city of Kunduz."
    )
    ev = first(extractor, text, "captured")
    assert ev.actor1 is not None and ev.actor1.name == "Taliban"


def test_ethnic_militia(extractor: Extractor) -> None:
    ev = first(
        extractor, "Armed Murle youths raided cattle camps near Bor in South Sudan, killing 14 people."
    )
    assert who(ev.actor1) == ("Murle Ethnic Militia", "SSD", "identity_militia")


def test_grenade_thrown_at_a_police_station(extractor: Extractor) -> None:
    text = "Attackers threw a grenade at the police station in Corinto, Colombia, on Tuesday night."
    ev = first(extractor, text, "grenade")
    assert who(ev.actor2) == ("Police Forces of Colombia", "COL", "state_forces")


def test_property_destruction_targets_civilians_by_default(extractor: Extractor) -> None:
    ev = first(extractor, "On Saturday, gunmen burned a dozen homes in Petionville, Haiti, residents said.")
    assert who(ev.actor2) == ("Civilians", "HTI", "civilians")


def test_coordinated_parties_of_an_agreement(extractor: Extractor) -> None:
    ev = first(extractor, "Armenia and Azerbaijan signed a peace agreement in Moscow on Tuesday.", "signed")
    assert who(ev.actor1) == ("Government of Armenia", "ARM", "government")
    assert who(ev.actor2) == ("Government of Azerbaijan", "AZE", "government")


def test_killing_by_a_national_shell(extractor: Extractor) -> None:
    text = "A civilian was killed when an Israeli shell struck a house in Bint Jbeil, Lebanon."
    ev = first(extractor, text)
    assert ev.actor1 is not None and ev.actor1.name == "Military Forces of Israel"


def test_roadside_bomb_by_an_unidentified_armed_group(extractor: Extractor) -> None:
    text = (
        "A roadside bomb struck an army truck near Beledweyne, Somalia, on Saturday, killing three soldiers."
    )
    ev = first(extractor, text, "roadside bomb")
    assert who(ev.actor1) == ("Unidentified Armed Group", "SOM", "political_militia")


def test_roles_of_a_passive_killing_with_a_when_clause() -> None:
    from frontlines.code.roles import roles
    from frontlines.config import load_settings
    from frontlines.knowledge import triggers
    from frontlines.nlp.models import load_spacy

    nlp = load_spacy(load_settings().nlp.model)
    parse = nlp("A civilian was killed when an Israeli shell struck a house in Bint Jbeil.")
    kill = next(t for t in triggers().triggers if t.id == "kill")
    verb = next(t for t in parse if t.lemma_ == "kill")
    why: dict[str, str] = {}
    actor1, _ = roles(verb, kill, default_coder().find_groups(parse), why)
    assert actor1 is not None and actor1.name == "Military Forces of Israel"
    assert "when" in why["actor1"]


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        (
            "Afghan and coalition forces killed 12 Taliban fighters in Helmand province on Monday.",
            "Military Forces of Afghanistan",
            "Taliban",
        ),
        (
            "Ukrainian drones struck an oil depot in Bryansk, Russia, on Monday.",
            "Military Forces of Ukraine",
            None,
        ),
        (
            "A Russian missile attack on Kharkiv killed three civilians on Friday.",
            "Military Forces of Russia",
            "Civilians",
        ),
        (
            "A police station in Mandera was attacked by al-Shabaab militants on Monday.",
            "Al Shabaab",
            "Police Forces of Kenya",
        ),
    ],
)
def test_issue_examples(extractor: Extractor, text: str, actor1: str, actor2: str | None) -> None:
    ev = first(extractor, text)
    assert ev.actor1 is not None and ev.actor1.name == actor1
    if actor2 is not None:
        assert ev.actor2 is not None and ev.actor2.name == actor2


def test_bare_drones_are_nobody_in_particular() -> None:
    from frontlines.config import load_settings
    from frontlines.nlp.models import load_spacy

    parse = load_spacy(load_settings().nlp.model)("Three drones targeted the air base.")
    head = next(t for t in parse if t.lower_ == "drones")
    assert default_coder().actor_at(head, []) is None


def test_addressee_of_a_diplomatic_event() -> None:
    from frontlines.code.roles import roles
    from frontlines.config import load_settings
    from frontlines.knowledge import Trigger
    from frontlines.nlp.models import load_spacy

    nlp = load_spacy(load_settings().nlp.model)
    reject = Trigger.model_validate(
        {
            "id": "reject_test",
            "priority": 1,
            "verbs": ["reject"],
            "plover": {"type": "REJECT", "mode": None},
            "cameo": "12",
            "target_roles": ["dobj"],
        }
    )
    for text, iso3 in [
        ("Bangladesh rejected an Indian proposal on Monday.", "IND"),
        ("Serbia rejected the demand of Australia on Thursday.", "AUS"),
    ]:
        parse = nlp(text)
        verb = next(t for t in parse if t.lemma_ == "reject")
        actor1, actor2 = roles(verb, reject, default_coder().find_groups(parse))
        assert actor1 is not None and actor1.kind == "government", text
        assert actor2 is not None and actor2.country == iso3, text


def test_an_absolute_with_clause_names_no_opponent(extractor: Extractor) -> None:
    ev = extractor.extract_text(
        "Sudan's army and the paramilitary Rapid Support Forces fought for control of the capital on Monday, "
        "with warplanes striking RSF bases in Khartoum.",
        published="2023-04-17",
    ).events[0]
    assert ev.actor1 is not None and ev.actor1.name == "Military Forces of Sudan"
    assert ev.actor2 is not None and ev.actor2.name == "Rapid Support Forces"


def test_people_arrested_after_a_protest_are_protesters(extractor: Extractor) -> None:
    text = (
        "NAIROBI, Kenya — Thousands of people marched through Nairobi on Tuesday against a new tax law.\n\n"
        "Police said they had arrested more than 50 people in Nairobi."
    )
    arrest = first(extractor, text, "arrested")
    assert who(arrest.actor2) == ("Protesters", "KEN", "protesters")
    # without the protest, unnamed people arrested stay civilians
    alone = first(extractor, "NAIROBI, Kenya — Police said they had arrested more than 50 people in Nairobi.")
    assert who(alone.actor2) == ("Civilians", "KEN", "civilians")


def test_target_hung_on_the_thing_fired_and_owner_of_a_compound(extractor: Extractor) -> None:
    text = (
        "Hezbollah said it had fired a barrage of rockets and an explosive-laden drone at an Israeli "
        "army command centre in Safed on Sunday."
    )
    ev = first(extractor, text, "fired")
    assert who(ev.actor1) == ("Hezbollah", "LBN", "political_militia")
    assert who(ev.actor2) == ("Military Forces of Israel", "ISR", "state_forces")


@pytest.mark.parametrize(
    ("text", "actor2"),
    [
        (
            "LIMA, Peru — Protesters set fire to the airport's gate on Monday and threw stones at troops "
            "guarding the runway.",
            ("Military Forces of Peru", "PER", "state_forces"),
        ),
        (
            "LONDON — Rioters threw bricks at a mosque in Southport on Tuesday and set fire to a police van.",
            ("Police Forces of United Kingdom", "GBR", "state_forces"),
        ),
    ],
)
def test_what_a_crowd_does_it_does_to(extractor: Extractor, text: str, actor2: tuple[str, str, str]) -> None:
    ev = events(extractor, text)[0]
    assert ev.actor1 is not None and ev.actor1.kind in ("protesters", "rioters")
    assert who(ev.actor2) == actor2


@pytest.mark.parametrize(
    ("text", "trigger", "actor1", "actor2"),
    [
        (
            "ERBIL, Iraq — Two Peshmerga fighters were killed in a brief exchange of fire with Iraqi troops "
            "near Tuz Khurmatu on Monday.",
            "killed",
            ("Military Forces of Iraq", "IRQ", "state_forces"),
            ("Peshmerga", "IRQ", "state_forces"),
        ),
        (
            "SRINAGAR, India — Two army officers were killed in a gunfight with militants in Anantnag "
            "district on Wednesday.",
            "gunfight",
            ("Unidentified Armed Group", "IND", "political_militia"),
            ("Military Forces of India", "IND", "state_forces"),
        ),
    ],
)
def test_people_killed_in_a_fight_with_someone(
    extractor: Extractor,
    text: str,
    trigger: str,
    actor1: tuple[str, str, str],
    actor2: tuple[str, str, str],
) -> None:
    # the other side of the fight killed them; those killed are the side acted upon
    ev = first(extractor, text, trigger)
    assert who(ev.actor1) == actor1
    assert who(ev.actor2) == actor2


@pytest.mark.parametrize(
    ("text", "actor2"),
    [
        (
            "Syrian Democratic Forces attacked positions held by Islamic State near Raqqa on Tuesday.",
            ("Islamic State", None, "rebels"),
        ),
        (
            "DAMASCUS, Syria — Government troops shelled rebel-held towns near Idlib on Tuesday.",
            ("Unidentified Rebel Group", "SYR", "rebels"),
        ),
    ],
)
def test_a_position_stands_for_whoever_holds_it(
    extractor: Extractor, text: str, actor2: tuple[str | None, str | None, str]
) -> None:
    ev = events(extractor, text)[0]
    assert who(ev.actor2) == actor2


def test_a_lone_civilian_assailant_is_an_unidentified_armed_group(extractor: Extractor) -> None:
    text = "HEBRON — A Palestinian man stabbed and wounded two Israeli settlers near Hebron on Tuesday."
    ev = first(extractor, text, "stabbed")
    assert who(ev.actor1) == ("Unidentified Armed Group", "PSE", "political_militia")
    # civilians in the plural who "attack" are not coded as assailants (sport, talk)
    for e in events(
        extractor, "ABIDJAN — The Ivorians kept attacking in Abidjan on Tuesday and killed two men."
    ):
        assert e.actor1 is None or e.actor1.kind != "political_militia"


def test_what_is_intercepted_was_fired_by_the_last_attacker(extractor: Extractor) -> None:
    text = (
        "RIYADH — The Houthi movement said its forces had fired a ballistic missile at an oil facility in "
        "Jizan, in southern Saudi Arabia, on Sunday.\n\n"
        "The Saudi-led coalition said its air defences intercepted the missile."
    )
    ev = first(extractor, text, "intercepted")
    assert who(ev.actor2) == ("Houthi Movement", "YEM", "rebels")


def test_a_civilian_place_attacked_stands_for_its_civilians(extractor: Extractor) -> None:
    text = "BEIRUT — Hezbollah fired anti-tank missiles at homes in the Israeli town of Metula on Sunday."
    ev = first(extractor, text, "fired")
    assert who(ev.actor1) == ("Hezbollah", "LBN", "political_militia")
    assert ev.actor2 is not None and ev.actor2.kind == "civilians"


def test_people_arrested_over_a_riot_are_rioters(extractor: Extractor) -> None:
    text = (
        "JOS, Nigeria — Thousands of people marched through Jos on Monday against fuel prices.\n\n"
        "Police said they had arrested 30 people in Jos over the unrest."
    )
    arrest = first(extractor, text, "arrested")
    assert who(arrest.actor2) == ("Rioters", "NGA", "rioters")


def test_foreign_forces_fight_the_forces_of_the_country_where_it_happens(extractor: Extractor) -> None:
    text = "KYIV, Ukraine — Russia's defence ministry said its forces had captured five villages in Kharkiv."
    ev = first(extractor, text, "captured")
    assert who(ev.actor2) == ("Military Forces of Ukraine", "UKR", "state_forces")
    # beside the host's own forces they do not fight them
    text = "MAPUTO, Mozambique — Rwandan and Mozambican troops recaptured the town of Mocimboa da Praia."
    ev = first(extractor, text, "recaptured")
    assert ev.actor2 is None or ev.actor2.kind != "state_forces"


def test_a_participle_before_the_target_is_no_gerund(extractor: Extractor) -> None:
    # "against advancing troops": the parser takes "advancing" for a gerund whose object is the target
    text = (
        "DAMASCUS, Syria — Islamic State militants sent two suicide car bombs against advancing troops "
        "near Palmyra on Wednesday."
    )
    ev = first(extractor, text, "suicide car bombs")
    assert ev.actor2 is not None and ev.actor2.kind == "state_forces"
