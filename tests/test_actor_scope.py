"""Actors a sentence leaves implicit: the side of a battle the article is about, the state forces a
territory is taken from, the civilians violence against civilians is done to, the country of an
unplaced actor from the other side, and a sentence's own victims before an earlier telling's."""

from __future__ import annotations

from coding_support import events, first, who

from frontlines.code.actors import default_coder
from frontlines.code.assemble import _placed_by_other
from frontlines.extract import Extractor
from frontlines.model import Actor


def test_a_fallen_town_falls_to_the_armed_group_the_article_is_about(extractor: Extractor) -> None:
    text = (
        "MAIDUGURI, Nigeria — Boko Haram fighters attacked an army base near Damasak on Friday.\n\n"
        "The army denied that the town had fallen."
    )
    ev = first(extractor, text, "fallen")
    assert who(ev.actor1) == ("Boko Haram", "NGA", "rebels")
    assert ev.actor1 is not None and ev.actor1.text == ""  # inferred, not stated
    assert who(ev.actor2) == ("Military Forces of Nigeria", "NGA", "state_forces")


def test_no_side_is_inferred_when_the_article_names_two_armed_groups(extractor: Extractor) -> None:
    text = (
        "MAIDUGURI, Nigeria — Boko Haram and ISWAP fighters attacked an army base near Damasak.\n\n"
        "The army denied that the town had fallen."
    )
    ev = first(extractor, text, "fallen")
    assert ev.actor1 is None
    # the territory is still taken from the state's forces
    assert who(ev.actor2) == ("Military Forces of Nigeria", "NGA", "state_forces")


def test_territory_falling_to_nobody_named_is_taken_from_state_forces(extractor: Extractor) -> None:
    text = "OUAGADOUGOU, Burkina Faso — Officials warned that the town of Djibo could fall within days."
    ev = first(extractor, text, "fall")
    assert who(ev.actor2) == ("Military Forces of Burkina Faso", "BFA", "state_forces")


def test_violence_against_civilians_is_done_to_civilians(extractor: Extractor) -> None:
    ev = first(extractor, "A kidnapping was reported in Kaduna, Nigeria, on Monday.", "kidnapping")
    assert who(ev.actor2) == ("Civilians", "NGA", "civilians")


def test_the_sentence_s_own_victims_before_an_earlier_telling(extractor: Extractor) -> None:
    text = (
        "OUAGADOUGOU, Burkina Faso — Officials said the town of Djibo could fall to the militants.\n\n"
        "It was the deadliest attack in the country since 2019, when militants killed 35 civilians in "
        "the town of Arbinda."
    )
    ev = first(extractor, text, "attack")
    assert who(ev.actor2) == ("Civilians", "BFA", "civilians")


def test_an_unplaced_actor_takes_the_country_of_the_other_side() -> None:
    coder = default_coder()
    police = coder.state("Iranian security forces", coder.country_by_iso3("IRN"), "Police Forces")
    crowd = Actor(text="protesters", name="Protesters", country=None, kind="protesters", id=None)
    why: dict[str, str] = {}
    actor1, actor2 = _placed_by_other(police, crowd, why)
    assert actor1 == police
    assert who(actor2) == ("Protesters", "IRN", "protesters")
    assert "actor2 country" in why
    # a group of no country, or foreign forces, place nobody
    coalition = Actor(text="the coalition", name="International Coalition", country=None, kind="external")
    assert _placed_by_other(coalition, crowd, {})[1] == crowd
    gunmen = Actor(text="gunmen", name="Unidentified Armed Group", country=None, kind="political_militia")
    assert _placed_by_other(gunmen, crowd, {}) == (gunmen, crowd)


def test_a_base_stands_for_the_forces_it_hosts(extractor: Extractor) -> None:
    ev = first(
        extractor, "Two drones struck a base hosting US troops near Erbil, Iraq, on Thursday.", "struck"
    )
    assert who(ev.actor2) == ("Military Forces of United States", "USA", "state_forces")


def test_an_anaphoric_attack_takes_the_first_telling_s_target_over_a_default(extractor: Extractor) -> None:
    text = (
        "Two drones struck a base hosting US troops near Erbil, Iraq, on Thursday.\n\n"
        "The Islamic Resistance in Iraq claimed responsibility for the attack."
    )
    ev = first(extractor, text, "attack")
    assert who(ev.actor1) == ("Islamic Resistance in Iraq", "IRQ", "political_militia")
    # not the battle default (the forces of the event's country)
    assert who(ev.actor2) == ("Military Forces of United States", "USA", "state_forces")


def test_a_bombardment_with_no_target_named_falls_on_civilians(extractor: Extractor) -> None:
    text = "Hamas militants fired rockets towards Israel on Monday evening, the military said."
    ev = first(extractor, text, "fired")
    assert who(ev.actor2) == ("Civilians", "ISR", "civilians")


def test_armed_or_unidentified_people_are_an_unidentified_armed_group(extractor: Extractor) -> None:
    text = "In Quetta, Pakistan, unidentified men threw a hand grenade at a police van late on Tuesday."
    ev = first(extractor, text, "grenade")
    assert who(ev.actor1) == ("Unidentified Armed Group", "PAK", "political_militia")
    ev = first(extractor, "Women were raped by armed men near Goma, Congo, in recent weeks.", "raped")
    assert who(ev.actor1) == ("Unidentified Armed Group", "COD", "political_militia")
    text = "Two police officers were shot dead by armed criminals in Guayaquil, Ecuador, on Tuesday night."
    ev = first(extractor, text, "shot")
    assert who(ev.actor1) == ("Unidentified Armed Group", "ECU", "political_militia")


def test_members_of_an_unnamed_gang_are_an_unidentified_armed_group(extractor: Extractor) -> None:
    text = "Gang members set fire to several cars in Esmeraldas, Ecuador, overnight."
    ev = first(extractor, text, "set")
    assert who(ev.actor1) == ("Unidentified Armed Group", "ECU", "political_militia")


def test_armed_men_do_not_refer_back_to_the_group_named_before() -> None:
    coder = default_coder()
    armed = Actor(text="armed men", name="Unidentified Armed Group", country=None, kind="political_militia")
    groups = [g for _, g in coder.scan_groups("M23 rebels seized the town.")]
    assert coder.resolve_generic(armed, groups) == armed
    militants = armed.model_copy(update={"text": "the militants"})
    resolved = coder.resolve_generic(militants, groups)
    assert resolved is not None and resolved.name == "M23"


def test_a_town_falls_to_the_object_of_to(extractor: Extractor) -> None:
    ev = first(extractor, "The town of Kidal, Mali, fell to Tuareg rebels on Sunday.", "fell")
    assert who(ev.actor1) == ("Unidentified Rebel Group", "MLI", "rebels")
    assert who(ev.actor2) == ("Military Forces of Mali", "MLI", "state_forces")


def test_who_attempts_or_presses_an_offensive_wages_it(extractor: Extractor) -> None:
    for text, trigger in [
        (
            "KYIV, Ukraine — Russian forces pressed their offensive in the Kharkiv region on Sunday.",
            "offensive",
        ),
        (
            "KYIV, Ukraine — Officials said Russia could attempt an assault on Kharkiv within weeks.",
            "assault",
        ),
    ]:
        ev = first(extractor, text, trigger)
        assert who(ev.actor1) == ("Military Forces of Russia", "RUS", "state_forces"), text
        assert who(ev.actor2) == ("Military Forces of Ukraine", "UKR", "state_forces"), text


def test_the_object_of_an_order_does_what_it_is_ordered_to(extractor: Extractor) -> None:
    text = (
        "BUNIA, Congo — Officials said a local commander had urged the militiamen to attack the army "
        "positions near Bunia."
    )
    ev = first(extractor, text, "attack")
    assert who(ev.actor1) == ("Unidentified Militia", "COD", "identity_militia")


def test_a_government_retakes_territory_through_its_forces_from_the_group_named(
    extractor: Extractor,
) -> None:
    text = (
        "BANGUI, Central African Republic — Fighters of the CPC rebel coalition seized the town of "
        "Bangassou on Sunday after a day of fighting, residents said.\n\n"
        "The government has vowed to retake Bangassou with the help of Russian forces."
    )
    ev = first(extractor, text, "retake")
    assert who(ev.actor1) == ("Military Forces of Central African Republic", "CAF", "state_forces")
    assert who(ev.actor2) == ("Coalition of Patriots for Change", "CAF", "rebels")


def test_what_fire_is_set_to_is_acted_upon(extractor: Extractor) -> None:
    text = "Gang members set fire to a police station in Carrefour, Haiti, on Monday."
    ev = first(extractor, text, "set")
    assert who(ev.actor2) == ("Police Forces of Haiti", "HTI", "state_forces")


def test_customers_at_a_hotel_are_civilians(extractor: Extractor) -> None:
    text = "MOGADISHU, Somalia — Gunmen opened fire on customers at a hotel in Mogadishu on Friday."
    ev = first(extractor, text, "opened fire")
    assert who(ev.actor2) == ("Civilians", "SOM", "civilians")
    assert ev.acled is not None and ev.acled.event_type == "Violence against civilians"


def test_people_who_riot_are_rioters(extractor: Extractor) -> None:
    text = (
        "In Kisii county, Kenya, residents set fire to the homes of two elderly women they accused of "
        "witchcraft."
    )
    ev = first(extractor, text, "set")
    assert ev.acled is not None and ev.acled.event_type == "Riots"
    assert who(ev.actor1) == ("Rioters", "KEN", "rioters")


def test_a_regime_and_its_aircraft_are_its_forces(extractor: Extractor) -> None:
    ev = first(extractor, "The regime bombed rebel positions in Idlib, Syria, on Monday.", "bombed")
    assert who(ev.actor1) == ("Military Forces of Syria", "SYR", "state_forces")
    text = "A fighter jet dropped bombs on the crowd in Pazigyi, Myanmar, at about 8 a.m."
    ev = first(extractor, text, "dropped")
    assert who(ev.actor1) == ("Military Forces of Myanmar", "MMR", "state_forces")


def test_an_administration_attacking_a_plan_is_no_event(extractor: Extractor) -> None:
    text = (
        "MEXICO CITY — Her team said the incoming administration had no plans to attack private investment."
    )
    assert not [e for e in events(extractor, text) if e.plover.type == "ASSAULT"]


def test_state_strikes_with_no_target_named_hit_the_group_the_article_is_about(
    extractor: Extractor,
) -> None:
    text = (
        "RAQQA, Syria — Islamic State fighters attacked a checkpoint near Raqqa on Sunday, residents "
        "said.\n\n"
        "Russian jets carried out dozens of air strikes on the city's outskirts over the previous 24 hours."
    )
    ev = first(extractor, text, "air strikes")
    assert who(ev.actor2) == ("Islamic State", None, "rebels")
    # with two armed groups named, nobody in particular: the people where it happens
    text = text.replace("Islamic State fighters", "Islamic State and SDF fighters")
    ev = first(extractor, text, "air strikes")
    assert who(ev.actor2) == ("Civilians", "SYR", "civilians")


def test_a_group_of_people_is_those_people(extractor: Extractor) -> None:
    text = (
        "MARJAYOUN, Lebanon — An Israeli tank shell hit a group of journalists near the border village of "
        "Alma al-Shaab, Lebanon."
    )
    ev = first(extractor, text, "hit")
    assert who(ev.actor2) == ("Civilians", "LBN", "civilians")


def test_one_plural_side_of_a_fight_is_both_sides(extractor: Extractor) -> None:
    text = (
        "Gunfights between rival factions of the Sinaloa Cartel paralysed Culiacan, Mexico, for a fourth "
        "day on Thursday."
    )
    ev = first(extractor, text, "Gunfights")
    assert who(ev.actor1) == who(ev.actor2) == ("Sinaloa Cartel", "MEX", "political_militia")
    ev = first(
        extractor, "Clashes between rival gangs killed five people in Port-au-Prince, Haiti.", "Clashes"
    )
    assert who(ev.actor1) == who(ev.actor2) == ("Unidentified Armed Group", "HTI", "political_militia")


def test_the_group_the_head_names_before_a_modifying_one(extractor: Extractor) -> None:
    text = "Al Qaeda-linked JNIM attacked an army base near Djibo, Burkina Faso, on Sunday."
    ev = first(extractor, text, "attacked")
    assert who(ev.actor1) == ("JNIM", "MLI", "rebels")


def test_a_long_country_name_before_the_shorter_one_inside_it(extractor: Extractor) -> None:
    text = (
        "The Armed Forces of the Democratic Republic of the Congo clashed with ADF fighters near Beni on "
        "Monday."
    )
    ev = first(extractor, text, "clashed")
    assert who(ev.actor1) == ("Military Forces of Democratic Republic of the Congo", "COD", "state_forces")


def test_a_pronoun_subject_is_the_subject_of_the_clause_before_it(extractor: Extractor) -> None:
    text = (
        "GOMA, Congo — If the rebels push south along the main road, they could attack Goma within days, "
        "a Western diplomat said."
    )
    ev = first(extractor, text, "attack")
    assert who(ev.actor1) == ("Unidentified Rebel Group", "COD", "rebels")
    assert who(ev.actor2) == ("Military Forces of Democratic Republic of the Congo", "COD", "state_forces")


def test_its_positions_are_those_of_the_force_that_reports(extractor: Extractor) -> None:
    text = (
        "KYIV — Ukraine's military said rebels had shelled its positions more than 100 times since the "
        "ceasefire began in Minsk on Sunday."
    )
    ev = first(extractor, text, "shelled")
    assert who(ev.actor2) == ("Military Forces of Ukraine", "UKR", "state_forces")


def test_who_repels_an_attack_is_the_one_attacked(extractor: Extractor) -> None:
    text = (
        "MAIDUGURI, Nigeria — ISWAP fighters attacked Konduga on Tuesday. A similar attack on Damboa last "
        "week was repelled by soldiers, who killed 11 insurgents, the army said."
    )
    ev = first(extractor, text, "attack")
    assert who(ev.actor1) == ("Islamic State West Africa Province", "NGA", "rebels")
    assert who(ev.actor2) == ("Military Forces of Nigeria", "NGA", "state_forces")


def test_un_peacekeepers_in_a_country_with_a_mission_are_that_mission(extractor: Extractor) -> None:
    text = "UN peacekeepers exchanged fire with militiamen in Bangassou, Central African Republic, last week."
    ev = first(extractor, text, "exchanged fire")
    assert who(ev.actor1) == ("MINUSCA", None, "external")
    text = "Protesters stormed and looted two bases of the UN peacekeeping mission in Goma, Congo, on Monday."
    ev = first(extractor, text, "stormed")
    assert who(ev.actor2) == ("MONUSCO", None, "external")
    # the UN as such (a statement, an agency) stays the United Nations
    coder = default_coder()
    un = Actor(text="the UN", name="United Nations", country=None, kind="external", id="un")
    assert coder.as_mission(un, "COD") == un
