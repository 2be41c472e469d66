"""Naming conventions for unnamed actors: criminals and actors of a separate incident stay
unidentified, "security forces" are the military outside crowd events, and a national contingent of
peacekeepers is the UN mission it serves in."""

from __future__ import annotations

from coding_support import first, who

from frontlines.code.actor_refs import stays_unidentified
from frontlines.code.force_naming import peacekeeping_force, police_unit, security_forces
from frontlines.extract import Extractor
from frontlines.model import Actor


def _unnamed(text: str) -> Actor:
    return Actor(text=text, name="Unidentified Armed Group", country=None, kind="political_militia", id=None)


def test_bandits_and_gangs_are_kept_apart_from_named_groups() -> None:
    assert stays_unidentified(_unnamed("armed bandits"))
    assert stays_unidentified(_unnamed("members of a gang"))
    assert not stays_unidentified(_unnamed("the militants"))
    named = Actor(text="bandits", name="Boko Haram", country="NGA", kind="rebels", id="boko_haram")
    assert not stays_unidentified(named)  # a named group is never undone


def test_a_separate_incident_does_not_refer_back() -> None:
    sentence = "In an unrelated raid on Friday, gunmen killed a farmer."
    assert stays_unidentified(_unnamed("gunmen"), sentence)
    assert not stays_unidentified(_unnamed("gunmen"), "Gunmen killed a farmer on Friday.")


def test_kidnappers_in_an_insurgency_article_are_unidentified(extractor: Extractor) -> None:
    text = (
        "KANO, Nigeria — ISWAP fighters overran an army post near Monguno last week.\n\n"
        "Separately, armed bandits abducted 15 travellers on a highway in Zamfara state on Sunday."
    )
    ev = first(extractor, text, "abducted")
    assert ev.actor1 is not None and ev.actor1.name == "Unidentified Armed Group"


def test_security_forces_fighting_militants_are_the_military(extractor: Extractor) -> None:
    text = "QUETTA, Pakistan — Security forces killed six militants near Turbat on Monday, officials said."
    ev = first(extractor, text, "killed")
    assert who(ev.actor1) == ("Military Forces of Pakistan", "PAK", "state_forces")


def test_security_forces_facing_a_crowd_stay_police() -> None:
    from frontlines.code.triggers import default_matcher  # noqa: F401  (lexicon loads with it)
    from frontlines.knowledge import triggers

    protest = next(t for t in triggers().triggers if t.acled and t.acled.event_type == "Protests")
    police = Actor(
        text="security forces",
        name="Police Forces of Iran",
        country="IRN",
        kind="state_forces",
        id="police:IRN",
    )
    crowd = Actor(text="protesters", name="Protesters", country="IRN", kind="protesters", id=None)
    assert security_forces(police, crowd, protest) == police
    battle = next(t for t in triggers().triggers if t.acled and t.acled.event_type == "Battles")
    armed = _unnamed("gunmen")
    changed = security_forces(police, armed, battle)
    assert changed is not None and changed.name == "Military Forces of Iran" and changed.id == "military:IRN"
    explicit = police.model_copy(update={"text": "police and security forces"})
    assert security_forces(explicit, armed, battle) == explicit  # police named outright


def test_a_national_peacekeeping_contingent_is_the_un_mission(extractor: Extractor) -> None:
    blue = Actor(text="three Nepali peacekeepers", name="Military Forces of Nepal", country="NPL",
                 kind="state_forces", id="military:NPL")  # fmt: skip
    assert peacekeeping_force(blue)
    assert not peacekeeping_force(blue.model_copy(update={"text": "Nepali soldiers"}))
    text = (
        "BANGUI, Central African Republic — Rebels attacked two Burundian peacekeepers near Bambari "
        "on Tuesday, the UN said."
    )
    ev = first(extractor, text, "attacked")
    assert ev.actor2 is not None and ev.actor2.name == "MINUSCA"


def test_a_verb_misread_as_a_reduced_relative_keeps_its_subject(extractor: Extractor) -> None:
    text = (
        "ZARIA, Nigeria — Armed bandits abducted at least 12 travellers, most of them traders, from a bus "
        "near Birnin Gwari late on Sunday, residents said.\n\nISWAP fighters attacked Monguno last year."
    )
    ev = first(extractor, text, "abducted")
    assert ev.actor1 is not None and ev.actor1.text == "Armed bandits"
    assert ev.actor1.name == "Unidentified Armed Group"


def test_a_police_unit_is_the_police_unless_soldiers_are_named_too() -> None:
    convoy = Actor(text="a convoy of federal reserve police", name="Military Forces of India", country="IND",
                   kind="state_forces", id="military:IND")  # fmt: skip
    changed = police_unit(convoy)
    assert changed is not None and changed.name == "Police Forces of India" and changed.id == "police:IND"
    joint = convoy.model_copy(update={"text": "a joint army and police patrol"})
    assert police_unit(joint) == joint
    army = convoy.model_copy(update={"text": "an army convoy"})
    assert police_unit(army) == army
