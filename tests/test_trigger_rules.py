"""Trigger rules beyond the plain lexicon: who or what does the verb, what it is done to or with,
participants that are not events, outcomes, generic words beside specific ones, and anaphora."""

from __future__ import annotations

import pytest

from frontlines.extract import Extractor


def codes(extractor: Extractor, text: str, published: str = "2021-06-14") -> list[tuple[str, str]]:
    events = extractor.extract_text(text, published=published).events
    return [(e.acled.event_type, e.acled.sub_event_type) for e in events if e.acled]


AIR = ("Explosions/Remote violence", "Air/drone strike")
SHELL = ("Explosions/Remote violence", "Shelling/artillery/missile attack")
RIOT = ("Riots", "Violent demonstration")
PEACEFUL = ("Protests", "Peaceful protest")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the instrument in the subject or the "with" phrase decides the kind of strike
        ("Warplanes struck rebel hideouts near Idlib on Monday.", [AIR]),
        ("Russia attacked Kyiv with waves of drones on Monday.", [AIR]),
        ("A shell struck a house in the town of Bint Jbeil on Friday.", [SHELL]),
        ("Rebels fired a barrage of rockets at Jerusalem on Tuesday.", [SHELL]),
        # what a noun trigger's verb hit makes it a real act ("a second strike hit a nearby village")
        ("Residents said a second strike hit a nearby village.", [AIR]),
        # setting fire to a headquarters is arson, not a base established
        ("Protesters set fire to the headquarters of the state broadcaster in Dhaka on Thursday.", [RIOT]),
        # residents blocking a road protest; explosives seized or found are disrupted weapons use
        ("Residents blocked the main road to Aguililla with trucks on Tuesday.", [PEACEFUL]),
        (
            "Soldiers seized more than 1,000 explosive devices in Jenin on Wednesday.",
            [("Strategic developments", "Disrupted weapons use")],
        ),
        # "burned to death", "stoned to death": a killing; by a crowd, mob violence
        (
            "A crowd beat and burned to death two suspected thieves in Port-au-Prince on Monday.",
            [("Riots", "Mob violence")],
        ),
        # machinery burned is property destroyed
        (
            "Rebels burned a construction company's heavy equipment near Saravena on Monday.",
            [("Strategic developments", "Looting/property destruction")],
        ),
        # people wounded are substance enough
        ("A mortar shell landed in a camp for displaced people on Wednesday, wounding five boys.", [SHELL]),
        # the instrument the parser hung on the object ("striking targets with drones")
        ("Turkey retaliated by striking government targets near Saraqib with drones on Thursday.", [AIR]),
        # "opened fire" and "fired on": the verb is the trigger
        ("A gunman opened fire on a police patrol in Kirkuk on Sunday.", [("Battles", "Armed clash")]),
        (
            "Soldiers fired on protesters in Mandalay on Sunday.",
            [("Protests", "Excessive force against protesters")],
        ),
        # protesters who storm and set fire riot; the people noun is not a protest of its own
        (
            "Protesters stormed the parliament building in Tobruk on Friday and set parts of it on fire.",
            [RIOT],
        ),
        # "set up a base" is a base, not arson
        (
            "Al Shabaab militants set up a base in the former camp near Baidoa.",
            [("Strategic developments", "Headquarters or base established")],
        ),
        # a place that falls
        (
            "Officials said the town of Ramadi had fallen to Islamic State fighters.",
            [("Battles", "Non-state actor overtakes territory")],
        ),
        # hostages taken
        (
            "Gunmen took a priest and several churchgoers hostage in Marawi on Tuesday.",
            [("Violence against civilians", "Abduction/forced disappearance")],
        ),
        # a military operation launched or stepped up is fighting
        (
            "The army launched an operation against Abu Sayyaf strongholds in Jolo on Sunday.",
            [("Battles", "Armed clash")],
        ),
        # people detained by an armed group are abducted (ACLED)
        (
            "Al Shabaab fighters detained dozens of young men at checkpoints near Baidoa on Sunday.",
            [("Violence against civilians", "Abduction/forced disappearance")],
        ),
        # a crowd chanting slogans, protesters gathering: a protest
        (
            "Hundreds of people gathered in Martyrs' Square in Tripoli on Friday, chanting against the "
            "government.",
            [("Protests", "Peaceful protest")],
        ),
        ("Protesters gathered outside parliament in Tbilisi on Saturday.", [PEACEFUL]),
        # a number for a subject is a subject ("10,000 marched"), substance for a literal verb
        ("10,000 marched against the coup.", [("Protests", "Peaceful protest")]),
        # taking to the streets is a protest; taking a road is not
        ("Thousands took to the streets of Yangon on Sunday.", [("Protests", "Peaceful protest")]),
        # the side driven out loses the place
        (
            "Government forces drove the militants out of Beledweyne on Sunday.",
            [("Battles", "Government regains territory")],
        ),
    ],
)
def test_instrument_and_role_rules(extractor: Extractor, text: str, expected: list[tuple[str, str]]) -> None:
    assert codes(extractor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a time reference to a ceasefire is not an agreement; "without firing a shot" is no clash
        "Rebels have shelled army positions near Donetsk more than 100 times since the ceasefire began.",
        "Taliban fighters entered Jalalabad on Sunday without firing a shot after the governor surrendered.",
    ],
)
def test_references_that_are_not_events(extractor: Extractor, text: str) -> None:
    got = codes(extractor, text)
    assert ("Strategic developments", "Agreement") not in got
    assert ("Battles", "Armed clash") not in got


def test_outcome_and_generic_words_are_not_events_of_their_own(extractor: Extractor) -> None:
    # "destroying two vehicles" is what the strike did; "the deadliest attack" is the strike again
    text = (
        "Air force jets struck Islamic State hideouts near Sheikh Zuweid on Monday, killing 14 militants "
        "and destroying two vehicles, in the deadliest attack this year."
    )
    assert codes(extractor, text) == [AIR]


def test_shot_down_needs_something_that_flies(extractor: Extractor) -> None:
    assert codes(extractor, "Nigeria's hopes were shot down in Abidjan on Sunday.") == []
    assert codes(extractor, "Air defences shot down 17 drones over Kyiv on Monday.") == [
        ("Strategic developments", "Disrupted weapons use")
    ]


def test_riot_police_are_not_a_riot(extractor: Extractor) -> None:
    text = "Riot police fired tear gas at protesters in Tbilisi on Tuesday."
    assert ("Riots", "Violent demonstration") not in codes(extractor, text)


def test_anaphoric_attack_takes_the_earlier_event_type_and_place(extractor: Extractor) -> None:
    text = (
        "Saudi-led coalition warplanes struck a funeral hall in Sanaa on Saturday, killing 140 people.\n\n"
        "The Houthi-run government blamed the coalition for the attack."
    )
    events = extractor.extract_text(text, published="2016-10-09").events
    assert [(e.acled.event_type, e.acled.sub_event_type) for e in events if e.acled] == [AIR, AIR]
    first, second = events
    assert second.location is not None and first.location is not None
    assert second.location.name == first.location.name
    assert second.fatalities.best == first.fatalities.best == 140


def test_an_attack_with_no_antecedent_and_no_substance_is_dropped(extractor: Extractor) -> None:
    assert codes(extractor, "The minister blamed rivals for the attack.") == []


def test_a_sport_report_codes_no_play_as_violence(extractor: Extractor) -> None:
    text = (
        "Rashid spins Afghanistan to series sweep\n\n"
        "Afghanistan beat Bangladesh by one run in the third Twenty20 match on Sunday to complete a series "
        "sweep. Chasing 146, Bangladesh were cruising before the leg-spinner struck twice in an over, and "
        "the visitors collapsed under sustained attack from the spinners. Earlier, the captain blasted three "
        "sixes in a late assault that lifted the innings, and the bowling coach praised the squad."
    )
    assert extractor.extract_text(text, published="2024-03-10").events == []
    riot = text + "\n\nAfter the match, fans clashed with police outside the stadium in Kabul."
    events = extractor.extract_text(riot, published="2024-03-10").events
    assert [e.evidence.trigger for e in events] == ["clashed"]  # actors make it violence


def test_a_battle_in_parliament_is_a_contest(extractor: Extractor) -> None:
    text = (
        "Kenya's finance minister on Thursday presented a budget that doubles the tax on fuel, setting up a "
        "fierce battle in parliament over the cost of living."
    )
    assert extractor.extract_text(text, published="2023-06-16").events == []


@pytest.mark.parametrize(
    "text",
    [
        # an illness, a struggle for life, electioneering, a natural hazard, a verbal attack, politicians
        "The former governor of Kaduna died on Monday after suffering a heart attack at his home in Abuja.",
        'Doctors in Kabul said the wounded minister was "fighting for his life" on Tuesday.',
        "The candidate addressed a campaign rally in Lahore on Sunday.",
        "Cyclone Freddy lashed southern Malawi on Monday, killing at least 99 people in Blantyre.",
        "Opposition deputies attacked the budget bill in Nairobi on Tuesday.",
        "A bitter battle between rival lawmakers in Baghdad delayed the vote on Monday.",
        # an operation that is not fighting
        "Rescuers launched a search operation for the missing fishermen off Mogadishu on Sunday.",
    ],
)
def test_words_of_violence_for_something_else(extractor: Extractor, text: str) -> None:
    assert extractor.extract_text(text, published="2023-03-14").events == []


def test_business_and_fiction_reports_code_no_figurative_violence(extractor: Extractor) -> None:
    business = (
        "Telecom price war deepens in Lagos\n\n"
        "Nigeria's mobile operators cut data prices again on Monday as the price war for subscribers "
        "deepened, analysts said. MTN fired the first shot with a discount bundle, and Airtel struck back "
        "with a cheaper package, a brokerage note said. Shares in both carriers fell, and investors worry "
        "about margins and revenue as customers switch brands for the best discount."
    )
    assert extractor.extract_text(business, published="2024-05-06").events == []
    review = (
        "Review: a war film that never leaves the street\n\n"
        "The new film from director Amal Haddad, which opens in cinemas this week, is set in a fictional "
        "city under siege. In the opening scene a car bomb tears through a checkpoint in Mosul, and later a "
        "drone drops a grenade into a courtyard. The performances are strong, the camera patient, and the "
        "plot rarely slips into melodrama; the characters stay with the audience. Rating: four stars."
    )
    assert extractor.extract_text(review, published="2024-05-06").events == []


def test_a_game_kill_count_is_play(extractor: Extractor) -> None:
    text = (
        "Riyadh club wins esports title\n\n"
        "A Riyadh club won the final of the esports tournament on Sunday, and its squad killed 31 opponents "
        "on the last map to take the title and the prize, a record for the champions."
    )
    assert extractor.extract_text(text, published="2024-08-19").events == []


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers detained 12 men in overnight raids in Hebron on Tuesday.",
        "Police in Kano arrested three men on Friday in connection with the attack.",
        "Police said they had arrested two women in Mombasa suspected of planning the attack.",
    ],
)
def test_a_raid_or_attack_inside_an_arrest_is_the_arrest(extractor: Extractor, text: str) -> None:
    events = extractor.extract_text(text, published="2023-03-14").events
    assert [e.acled.sub_event_type for e in events if e.acled] == ["Arrests"]


def test_a_raid_that_kills_is_still_an_event(extractor: Extractor) -> None:
    events = extractor.extract_text(
        "Soldiers killed five militants in a raid on a hideout in Borno on Monday.", published="2023-03-14"
    ).events
    assert [e.evidence.trigger for e in events] == ["raid"]


@pytest.mark.parametrize(
    ("text", "triggers"),
    [
        ("The M23 has seized large parts of North Kivu since 2019, and its fighters now hold the hills.", []),
        ("Since the insurgency began in 2009, more than 35,000 people have been killed in Borno state.", []),
        ("Baidoa has seen several grenade attacks by Al Shabaab in recent months.", []),
        # a running toll of the event told stays
        ("At least 30 people have been killed in Culiacán since Monday, the prosecutor said.", ["killed"]),
    ],
)
def test_a_toll_over_years_is_not_an_event(extractor: Extractor, text: str, triggers: list[str]) -> None:
    events = extractor.extract_text(text, published="2023-03-14").events
    assert [e.evidence.trigger for e in events] == triggers


IED = ("Explosions/Remote violence", "Remote explosive/landmine/IED")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an explosive attack told with its bomb stands on its own, without actor, place or toll
        ("However, at about 1700 today a bomb exploded inside a fast-food restaurant.", [IED]),
        ("Unidentified persons placed 11 bombs in various government bank branches.", [IED]),
        ("Guerrillas once again dynamited the oil pipeline.", [IED]),
        # a murdered person named: a victim for the killing verb (a name is no actor of ours, so the
        # entry's own ACLED pair)
        ("Senator Federico Estrada Velez was murdered on Tuesday.", [("Battles", "Armed clash")]),
        ("The striker attacked the box.", []),
    ],
)
def test_bombs_and_murders_of_the_period_wire_texts(
    extractor: Extractor, text: str, expected: list[tuple[str, str]]
) -> None:
    assert codes(extractor, text, published="1989-09-07") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a literal act told by its verb with a subject stands on that subject, with no actor the
        # coder knows, no place and no count
        ("Gang members set fire to several cars overnight.", ["set"]),
        ("Shops and offices were looted over the past two weeks.", ["looted"]),
        ("Bomb disposal officers later defused a second grenade.", ["defused"]),
        # a verb with common figurative senses needs more than a subject
        ("Opposition lawmakers attacked the plan as a war on the poor.", []),
        ("The veteran has battled diabetes for years.", []),
    ],
)
def test_a_literal_verb_stands_on_its_subject(extractor: Extractor, text: str, expected: list[str]) -> None:
    events = extractor.extract_text(text, published="2024-01-10").events
    assert [e.evidence.trigger for e in events] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A man stabbed three worshippers outside a mosque in Leeds on Friday.",
            [("Violence against civilians", "Attack")],
        ),
        (
            "A driver rammed his car into pedestrians in Tel Aviv on Tuesday.",
            [("Violence against civilians", "Attack")],
        ),
        ("Hundreds of youths threw stones at soldiers in Hebron on Tuesday.", [RIOT]),
        # a grenade thrown is a grenade attack, not stone-throwing
        (
            "Gunmen threw a hand grenade at a police station in Quetta on Tuesday.",
            [("Explosions/Remote violence", "Grenade")],
        ),
        ("Militants used drones to drop explosives on an army post in Mopti on Monday.", [AIR]),
        # forces entering a place take it; unopposed when the other side withdrew or "without a fight"
        (
            "Government forces have entered the rebel-held town of Saraqib after days of heavy bombardment.",
            [("Battles", "Government regains territory"), SHELL],
        ),
        (
            "Rebel fighters entered the town of Lalibela on Tuesday without a fight after soldiers withdrew.",
            [("Strategic developments", "Non-violent transfer of territory")],
        ),
        # setting fire to buildings beside a capture is an event of its own, not its outcome
        (
            "Militants seized parts of the city of Marawi on Tuesday, setting fire to a church and a school.",
            [
                ("Battles", "Non-state actor overtakes territory"),
                ("Strategic developments", "Looting/property destruction"),
            ],
        ),
        # refugees entering a country take nothing
        ("Thousands of refugees entered Chad on Monday.", []),
        # a ball is "stabbed in", not a person
        ("The striker stabbed in a low cross from the left to win the match.", []),
    ],
)
def test_knife_ramming_stone_and_drop_attacks(
    extractor: Extractor, text: str, expected: list[tuple[str, str]]
) -> None:
    assert codes(extractor, text, published="2024-01-10") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bomber who blows himself up is a suicide bombing without the word "suicide"
        (
            "The bomber blew himself up among worshippers in a mosque in Peshawar on Friday.",
            [("Explosions/Remote violence", "Suicide bomb")],
        ),
        # blowing up a bridge is still property destruction
        (
            "Militants blew up a bridge near Mosul on Monday.",
            [("Strategic developments", "Looting/property destruction")],
        ),
        # troops that advance or push on fight their way forward (the subject of "continued to")
        (
            "Ukrainian units continued to advance near Bakhmut on Monday.",
            [("Battles", "Armed clash")],
        ),
        (
            "Russian forces pushed forward inside the city of Avdiivka on Tuesday.",
            [("Battles", "Armed clash")],
        ),
        # talks, bills and prices advance without a fight
        ("The bill advanced to the Senate on Tuesday.", []),
        ("Negotiators pushed ahead with the talks in Doha on Tuesday.", []),
        # a hyphenated noun of the lexicon split at the hyphen by the tokenizer ("sit" "-" "in")
        (
            "Civil society groups held a peaceful sit-in in front of the town hall in Butembo on Saturday.",
            [("Protests", "Peaceful protest")],
        ),
        # a word of a relative clause on another noun does not retype the event ("killed" is the
        # canopy's, not the protest's)
        (
            "Thousands of people rallied in Belgrade on Saturday over the collapse of a canopy that killed "
            "15 people in November.",
            [("Protests", "Peaceful protest")],
        ),
        # a rebel group that bombs sets off a bomb; warplanes that bomb strike from the air
        (
            "Rebels bombed a police station in Cauca on Thursday.",
            [("Explosions/Remote violence", "Remote explosive/landmine/IED")],
        ),
        ("Warplanes bombed the town of Ariha on Monday.", [AIR]),
        # a crowd that dispersed peacefully was not dispersed by anyone; police who disperse intervene
        (
            "Hundreds of mourners chanted slogans against the army in Cizre on Monday before dispersing "
            "peacefully.",
            [("Protests", "Peaceful protest")],
        ),
        (
            "Police dispersed the crowd in Cizre on Monday.",
            [("Protests", "Protest with intervention")],
        ),
    ],
)
def test_acts_told_by_their_form(extractor: Extractor, text: str, expected: list[tuple[str, str]]) -> None:
    assert codes(extractor, text, published="2024-01-10") == expected


def test_a_time_in_the_clause_makes_a_bare_event_particular(extractor: Extractor) -> None:
    # no actor, place or count: the day it is planned for makes it one particular (predicted) protest
    events = extractor.extract_text(
        "Organisers said further demonstrations were planned for Thursday.", published="2024-01-10"
    ).events
    assert [(e.acled.event_type if e.acled else None, e.factuality) for e in events] == [
        ("Protests", "predicted")
    ]
    # without a time it stays a bare mention
    assert extractor.extract_text("Organisers said further demonstrations were planned.").events == []


def test_one_event_a_coordinated_place(extractor: Extractor) -> None:
    """ACLED codes one event a place: "in Tripoli, Benghazi and Misrata" is three protests."""
    events = extractor.extract_text(
        "Thousands of protesters marched in Tripoli, Benghazi and Misrata on Friday.", published="2022-07-02"
    ).events
    assert sorted(e.location.name for e in events if e.location) == ["Benghazi", "Misratah", "Tripoli"]
    assert len({e.id for e in events}) == 3
    events = extractor.extract_text(
        "Armenian and Azerbaijani troops clashed on the border between Armenia and Azerbaijan on Tuesday.",
        published="2022-07-02",
    ).events
    assert len(events) == 1


def test_gunned_down_is_an_attack(extractor: Extractor) -> None:
    events = extractor.extract_text(
        "Gunmen gunned down a village headman in Pattani on Sunday.", published="2021-03-04"
    ).events
    assert [e.evidence.trigger for e in events] == ["gunned"]
    assert (
        extractor.extract_text("Farmers mowed the grass near Kyiv on Monday.", published="2021-03-04").events
        == []
    )


def test_a_killing_beside_arson_is_an_act_of_its_own(extractor: Extractor) -> None:
    events = extractor.extract_text(
        "About 40 civilians were killed in Djibo on Sunday, and militants set fire to shops in the market.",
        published="2021-03-04",
    ).events
    assert sorted(e.evidence.trigger for e in events) == ["killed", "set"]
