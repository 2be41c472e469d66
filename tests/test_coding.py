"""End-to-end coding of sentences: type, actors, place, date, fatalities, factuality, attribution."""

from __future__ import annotations

import pytest

from frontlines.code.quantities import default_quantities
from frontlines.config import load_settings
from frontlines.errors import Rejected
from frontlines.extract import Extractor
from frontlines.geo.distance import km
from frontlines.model import Event
from frontlines.nlp.models import load_spacy

PALMYRA = (
    "Syrian troops recaptured the ancient city of Palmyra from Islamic State fighters on Thursday, "
    "the army said."
)


def only(extractor: Extractor, text: str, published: str = "2017-03-03") -> Event:
    events = extractor.extract_text(text, published=published).events
    assert len(events) == 1, [e.evidence.trigger for e in events]
    return events[0]


def test_palmyra(extractor: Extractor) -> None:
    result = extractor.extract_text(PALMYRA, published="2017-03-03")
    assert len(result.events) == 1
    ev = result.events[0]
    assert ev.factuality == "asserted" and not ev.historical
    assert ev.actor1 is not None and ev.actor1.country == "SYR" and ev.actor1.kind == "state_forces"
    assert ev.actor2 is not None and ev.actor2.name == "Islamic State"
    assert ev.acled is not None
    assert (ev.acled.event_type, ev.acled.sub_event_type) == ("Battles", "Government regains territory")
    assert ev.location is not None and ev.location.text == "Palmyra" and ev.location.country == "SYR"
    assert ev.location.lat is not None and ev.location.lon is not None
    # Palmyra (Tadmur): 34.56 N, 38.27 E
    assert km(ev.location.lat, ev.location.lon, 34.5601, 38.2676) < 10
    assert (ev.date.start, ev.date.end, ev.date.precision, ev.date.text) == (
        "2017-03-02", "2017-03-02", "day", "Thursday",
    )  # fmt: skip
    assert ev.attribution == "the army"
    body = result.article.body
    assert body[ev.evidence.start : ev.evidence.end] == PALMYRA == ev.evidence.sentence
    assert ev.evidence.trigger == "recaptured"
    assert ev.plover.type == "ASSAULT" and ev.cameo is not None and ev.cameo.startswith("19")


def test_future_attempt_is_predicted_not_asserted(extractor: Extractor) -> None:
    ev = only(extractor, "The army will try to retake the town next week.")
    assert ev.factuality == "predicted"
    assert ev.evidence.trigger == "retake"


def test_both_palmyra_sentences_in_one_article(extractor: Extractor) -> None:
    text = PALMYRA + "\n\nThe army will try to retake the town next week."
    events = extractor.extract_text(text, published="2017-03-03").events
    assert [e.factuality for e in events] == ["asserted", "predicted"]
    assert events[0].id != events[1].id


def test_non_state_capture_is_overtaking(extractor: Extractor) -> None:
    ev = only(
        extractor, "Taliban fighters overran the district centre of Sangin in Helmand province on Monday."
    )
    assert ev.acled is not None and ev.acled.sub_event_type == "Non-state actor overtakes territory"
    assert ev.actor1 is not None and ev.actor1.name == "Taliban" and ev.actor1.country == "AFG"
    assert ev.location is not None and ev.location.country == "AFG"


def test_drone_strike_with_fatalities_and_monitor_attribution(extractor: Extractor) -> None:
    ev = only(
        extractor, "A drone strike killed five militants near Khan Younis on Monday, a war monitor said.",
        published="2024-01-10",
    )  # fmt: skip
    assert ev.acled is not None and ev.acled.sub_event_type == "Air/drone strike"
    assert ev.fatalities.best == 5
    assert ev.location is not None and ev.location.country == "PSE"  # NER calls it a PERSON; we don't
    assert ev.date.start == "2024-01-08"
    assert ev.attribution == "a war monitor"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Taliban fighters did not attack the checkpoint in Ghazni province.", "negated"),
        ("The ministry denied that its jets bombed the market in Hodeidah.", "negated"),
        ("Rebels are expected to attack Goma within days.", "predicted"),
        ("Gunmen reportedly attacked a village near Maiduguri on Sunday.", "uncertain"),
        ("If the rebels attack Goma, the army will respond.", "hypothetical"),
        # an infinitive shares its governor's tense; a condition on the clause makes it hypothetical
        ("The ministry said the army would launch an operation to retake Kidal within days.", "predicted"),
        (
            "Officials fear the militants could use Ceelbuur as a base to attack towns in Galguduud.",
            "hypothetical",
        ),
        (
            "The gang leader threatened to kill 17 missionaries if his demands were not met.",
            "hypothetical",
        ),
        # a nominal event under a denial or a "no"
        (
            "Gunmen abducted an activist in Baghdad on Monday. The militia denied any role in the abduction.",
            "negated|asserted",
        ),
        ("The PKK said it had no connection to the bombing in Istanbul.", "negated"),
        ("The army said no civilians had been injured or killed in the strike on Jilib.", "negated"),
        ("Police in Kisumu said they had arrested no one over the lynching on Thursday.", "negated|asserted"),
        # claims and unconfirmed reports
        ("The Wagner chief claimed that his fighters had captured the town of Bakhmut.", "uncertain"),
        (
            "There were unconfirmed reports that police used tear gas to break up a rally in Mandalay.",
            "uncertain",
        ),
        ("Unconfirmed reports said a drone had attacked the Harir base north of Erbil.", "uncertain"),
        (
            "State media said rioters stabbed a policeman in Mashhad, but the report could not be confirmed.",
            "uncertain",
        ),
        # a clause completing a noun or a preposition still has the governor's denial, claim or "no"
        ("The army denied reports that rebels had overrun its base near Gao.", "negated"),
        ("The rebels rejected claims that their fighters had shelled the market in Kidal.", "negated"),
        ("The group said it had no intention of seizing the town of Bunia.", "negated"),
        ("The militia was accused last week of abducting three teachers near Kaduna.", "uncertain"),
        (
            "The group claimed in a statement posted on Friday that its fighters had captured "
            "the town of Menaka.",
            "uncertain",
        ),
        (
            "Residents said soldiers burned houses in Mopti, an accusation the defence ministry denied.",
            "uncertain",
        ),
        (
            "Witnesses said gunmen abducted a priest in Enugu, but police said no such incident "
            "had been confirmed.",
            "uncertain",
        ),
        ("The mayor of Tepic was freed on Monday, allegedly after being kidnapped by a cartel.", "uncertain"),
        # stopped, called-for and believed actions
        ("Police in Lahore foiled a plot to bomb a church on Sunday.", "negated"),
        ("Police in Nairobi thwarted an attack on the US embassy on Monday.", "negated"),
        ("Taliban fighters failed to capture the town of Lashkar Gah on Monday.", "negated"),
        ("The cleric called for attacks on US forces in Iraq.", "predicted"),
        ("The gunmen are believed to have kidnapped the workers near Kaduna on Monday.", "uncertain"),
        ("Soldiers in Mali are suspected of killing 30 civilians in Moura last week.", "uncertain"),
        ("The air strike on Rafah was said to have killed 12 people.", "uncertain"),
        # a coordinated speech verb reports its own clause; a past attempt was made
        (
            "The army denied that its forces had shelled the market in Kidal but said rebels had fired "
            "rockets from the area.",
            "asserted|negated",
        ),
        ("Militants tried to storm a police station in Peshawar on Monday but were repulsed.", "asserted"),
        # a denial denied; planned and continued actions
        ("The Turkish army did not rule out air strikes on PKK camps in northern Iraq.", "hypothetical"),
        ("Police said the gang was planning attacks on banks in Port-au-Prince.", "predicted"),
        ("The commander said his men would keep attacking army posts around Goma.", "predicted"),
        (
            "A militia leader vowed in a video released on Monday to retake the town of Kupiansk.",
            "predicted",
        ),
    ],
)
def test_factuality(extractor: Extractor, text: str, label: str) -> None:
    if "|" in label:  # one label per event, in order
        events = extractor.extract_text(text, published="2021-05-04").events
        assert "|".join(sorted(e.factuality for e in events)) == "|".join(sorted(label.split("|")))
    else:
        assert only(extractor, text, "2021-05-04").factuality == label


def test_background_year_is_historical(extractor: Extractor) -> None:
    ev = only(extractor, "Back in 2014 Islamic State fighters seized the city of Mosul.", "2017-03-03")
    assert ev.historical is True
    assert (ev.date.start, ev.date.precision) == ("2014-01-01", "year")


@pytest.mark.parametrize(
    ("text", "best", "low", "high"),
    [
        ("At least 14 people were killed when a roadside bomb hit a bus near Mopti.", 14, 14, None),
        ("Militants attacked an army base in Borno, killing three soldiers.", 3, None, None),
        ("A suicide bomber struck a market in Mogadishu, killing dozens of shoppers.", 12, 12, None),
    ],
)
def test_fatalities(extractor: Extractor, text: str, best: int, low: int | None, high: int | None) -> None:
    ev = only(extractor, text, "2019-06-01")
    assert (ev.fatalities.best, ev.fatalities.low, ev.fatalities.high) == (best, low, high)
    assert ev.fatalities.text is not None


@pytest.mark.parametrize(
    ("text", "best", "low"),
    [
        # coordinated counts add up, even when the parser hangs the second on the verb
        (
            "Soldiers battled gunmen in Tripoli on Sunday in fighting that killed two soldiers and at least "
            "four militants, the army said.",
            6,
            6,
        ),
        (
            "Three soldiers and a police officer were killed in the clashes in Kunduz, officials said.",
            4,
            None,
        ),
        # one person introduced by "a"/"an"; manner phrases
        ("A Palestinian man was shot dead in the village of Burin during the violence.", 1, None),
        ("An Israeli air strike in Rafah killed a senior commander of the group.", 1, None),
        ("Rioters stabbed a member of the militia to death in Mashhad on Monday.", 1, None),
    ],
)
def test_fatalities_add_up_and_count_one_person(
    extractor: Extractor, text: str, best: int, low: int | None
) -> None:
    ev = extractor.extract_text(text, published="2019-06-01").events[0]
    assert (ev.fatalities.best, ev.fatalities.low) == (best, low)


def test_a_group_is_not_one_person_and_a_claimed_bombing_is_no_death(extractor: Extractor) -> None:
    nlp = load_spacy(load_settings().nlp.model)
    assert (
        default_quantities().fatalities(nlp("Soldiers killed a group of militants near Kidal.")).best is None
    )
    events = extractor.extract_text(
        "In October 2014, a suicide car bombing claimed by Ansar Beit al-Maqdis killed 33 soldiers at a "
        "checkpoint near Sheikh Zuweid.",
        published="2019-06-01",
    ).events
    assert [e.fatalities.best for e in events] == [33]


def test_injured_and_captured_stay_apart_from_the_dead(extractor: Extractor) -> None:
    ev = only(
        extractor,
        "Two bombs tore through a cathedral on the island of Jolo on Sunday, killing at least 20 people "
        "and wounding more than 100, the military said.",
        "2019-01-28",
    )
    assert (ev.fatalities.best, ev.fatalities.low) == (20, 20)
    assert (ev.injured.best, ev.injured.low, ev.injured.text) == (100, 100, "wounding more than 100")
    assert ev.captured.best is None
    ev = only(extractor, "Gunmen abducted 300 students from a school in Kankara on Friday.", "2020-12-13")
    assert (ev.captured.best, ev.fatalities.best, ev.injured.best) == (300, None, None)
    events = extractor.extract_text(
        "Police arrested dozens of protesters in Yerevan on Tuesday.", published="2024-05-08"
    )
    ev = next(e for e in events.events if e.evidence.trigger == "arrested")
    assert (ev.captured.best, ev.captured.low) == (12, 12)


def test_captured_people_one_by_one_and_by_noun(extractor: Extractor) -> None:
    nlp = load_spacy(load_settings().nlp.model)
    q = default_quantities()

    def captured(text: str) -> int | None:
        return q.count(nlp(text), "captured").best

    assert captured("Gunmen abducted a prominent activist outside his home in Baghdad on Monday.") == 1
    assert captured("Police detained opposition leader Kem Sokha in Phnom Penh on Sunday.") == 1
    assert captured("The kidnapping recalled the abduction of 276 schoolgirls by Boko Haram in 2014.") == 276
    assert captured("Rebels briefly captured Goma in November 2012.") is None  # a town, whatever NER says
    assert captured("Soldiers seized a base near Kidal on Monday.") is None


def test_a_count_told_of_a_participant_is_not_the_events(extractor: Extractor) -> None:
    events = extractor.extract_text(
        "Turkish police have arrested a Syrian woman suspected of planting a bomb that killed six people and "
        "wounded 81 on Istiklal Avenue in Istanbul, the minister said on Monday.",
        published="2022-11-14",
    ).events
    arrest = next(e for e in events if e.evidence.trigger == "arrested")
    assert (arrest.captured.best, arrest.fatalities.best, arrest.injured.best) == (1, None, None)


def test_seized_towns_are_not_captured_people(extractor: Extractor) -> None:
    ev = only(extractor, "Rebels seized two towns in North Kivu on Monday.", "2022-06-14")
    assert ev.captured.best is None


def test_an_unknown_place_stays_as_text(extractor: Extractor) -> None:
    ev = only(
        extractor,
        "KABUL (Reuters) - Taliban fighters attacked the village of Zzyzqa on Monday, killing five soldiers, "
        "Afghan officials said.",
        "2024-01-10",
    )
    loc = ev.location
    assert loc is not None and (loc.text, loc.name, loc.precision) == ("Zzyzqa", "Zzyzqa", None)
    assert (loc.lat, loc.lon, loc.geonameid, loc.country) == (None, None, None, None)


def test_civilian_victims_make_violence_against_civilians(extractor: Extractor) -> None:
    ev = only(extractor, "Gunmen killed seven villagers in Zamfara state on Tuesday.", "2021-05-06")
    assert ev.acled is not None and ev.acled.event_type == "Violence against civilians"
    assert ev.actor2 is not None and ev.actor2.kind == "civilians"
    assert ev.fatalities.best == 7


def test_ambiguous_place_follows_the_article_country(extractor: Extractor) -> None:
    lebanon = (
        "Clashes erupted in Tripoli on Monday between rival gunmen, Lebanese officials said. "
        "Lebanon's army deployed."
    )
    libya = (
        "Clashes erupted in Tripoli on Monday between rival militias, Libyan officials said. "
        "Libya's rival governments traded blame."
    )
    ev_lbn = extractor.extract_text(lebanon, published="2019-03-05").events[0]
    ev_lby = extractor.extract_text(libya, published="2019-03-05").events[0]
    assert ev_lbn.location is not None and ev_lbn.location.country == "LBN"
    assert ev_lby.location is not None and ev_lby.location.country == "LBY"


@pytest.mark.parametrize(
    "text",
    [
        "The striker attacked the box and fired past the keeper in the second half.",
        "Oil prices fell on Monday as traders weighed supply from the Gulf.",
        "Jordan Peterson spoke in Toronto on Monday.",
    ],
)
def test_no_event_in_non_conflict_text(extractor: Extractor, text: str) -> None:
    assert extractor.extract_text(text, published="2020-01-01").events == []


def test_unknown_place_stays_null_never_a_capital(extractor: Extractor) -> None:
    ev = only(
        extractor, "Gunmen attacked the Zorblax checkpoint on Monday, killing two guards.", "2020-01-08"
    )
    # kept as the words, with no coordinates (contract 1.1), or left out: never put somewhere
    assert ev.location is None or (ev.location.lat, ev.location.precision) == (None, None)


def test_no_date_in_text_says_so(extractor: Extractor) -> None:
    ev = only(extractor, "Islamic State fighters attacked an army post in Anbar province.", "2016-05-01")
    assert ev.date.text is None and ev.date.precision is None
    assert ev.date.start == "2016-05-01"  # the publication date stands in, documented


def test_every_result_records_stage_and_data_versions(extractor: Extractor) -> None:
    res = extractor.extract_text(PALMYRA, published="2017-03-03")
    assert res.stages["triggers"] == "triggers.v1"
    assert res.stages["data/actors"] == "actors.v1"
    assert list(res.stages)[:2] == ["article", "sentences"]


@pytest.mark.parametrize(
    ("text", "event_type", "sub_type"),
    [
        ("Hundreds of protesters marched through Khartoum on Friday demanding civilian rule.",
         "Protests", "Peaceful protest"),
        ("Police fired tear gas to disperse protesters in Tbilisi on Sunday.",
         "Protests", "Protest with intervention"),
        ("Security forces shot dead four protesters in Baghdad on Tuesday.",
         "Protests", "Excessive force against protesters"),
        ("A mob lynched a man accused of theft in Kano on Monday.", "Riots", "Mob violence"),
        ("Police arrested 12 suspected militants in Peshawar on Monday.",
         "Strategic developments", "Arrests"),
        ("The rival factions signed a ceasefire agreement in Juba on Sunday.",
         "Strategic developments", "Agreement"),
        ("Air defences shot down two drones over Kyiv overnight.",
         "Strategic developments", "Disrupted weapons use"),
        ("Gunmen looted shops and torched houses in Beni on Saturday.",
         "Strategic developments", "Looting/property destruction"),
        ("A grenade was thrown into a bar in Bujumbura on Friday, wounding six people.",
         "Explosions/Remote violence", "Grenade"),
    ],
)  # fmt: skip
def test_more_event_types(extractor: Extractor, text: str, event_type: str, sub_type: str) -> None:
    events = extractor.extract_text(text, published="2020-06-15").events
    assert [(e.acled.event_type, e.acled.sub_event_type) for e in events if e.acled][:1] == [
        (event_type, sub_type)
    ], [e.evidence.trigger for e in events]


def test_two_events_of_different_types_in_one_sentence(extractor: Extractor) -> None:
    text = (
        "The army and the RSF fought in Khartoum on Monday, with heavy shelling in Omdurman "
        "and air strikes on RSF bases."
    )
    types = {
        e.acled.sub_event_type for e in extractor.extract_text(text, published="2023-04-17").events if e.acled
    }
    assert {"Armed clash", "Air/drone strike"} <= types


@pytest.mark.parametrize(
    "text",
    [
        "[Sorto] the farabundo marti national liberation front [fmln] claims it seized el salitre estate "
        "and, from there, attacked the 3d infantry brigade.",
        "Chen yu-chu, spokesman for the ministry of foreign affairs [mofa], said that the left-wing "
        "guerrillas had launched large-scale military attacks on san salvador.",
        "...",
        "Attack!!! --- ??? ,,,",
    ],
)
def test_odd_sentences_do_not_crash(extractor: Extractor, text: str) -> None:
    try:
        result = extractor.extract_text(text, published="1989-11-12")
    except Rejected as rej:  # a lone word in punctuation is page residue: nothing is left to code
        assert rej.reason == "empty" and len(text.split()) < 5, rej
        return
    assert all(e.evidence.sentence in result.article.body for e in result.events)


def test_unnamed_militants_are_the_group_named_before(extractor: Extractor) -> None:
    text = (
        "Al-Shabaab claimed an attack on a base in Lower Shabelle on Sunday.\n\n"
        "The militants ambushed a convoy near Afgoye on Monday, killing four soldiers."
    )
    events = extractor.extract_text(text, published="2019-06-04").events
    ambush = next(e for e in events if e.evidence.trigger == "ambushed")
    assert ambush.actor1 is not None and ambush.actor1.name == "Al Shabaab"


def test_subject_of_a_light_verb_performs_the_nominal_event(extractor: Extractor) -> None:
    ev = only(extractor, "Russian jets carried out dozens of air strikes on Idlib on Tuesday.", "2019-06-05")
    assert ev.actor1 is not None and ev.actor1.country == "RUS"
    ev = only(extractor, "Thousands of people marched through Sanaa on Sunday.", "2019-06-05")
    assert ev.actor1 is not None and ev.actor1.kind == "protesters"
