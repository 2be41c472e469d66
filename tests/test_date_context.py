"""Which date dates which event: clauses in a sentence, context carried across sentences (docs/dates.md)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from frontlines.config import load_settings
from frontlines.extract import Extractor
from frontlines.nlp.models import load_spacy
from frontlines.when.clauses import choose
from frontlines.when.context import Item, date_article

WEDNESDAY = date(2021, 3, 10)


@pytest.fixture(scope="module")
def nlp() -> Any:
    settings = load_settings()
    return load_spacy(settings.nlp.model, tuple(settings.nlp.disable))


def _choose(nlp: Any, sentence: str, trigger: str, ref: date = WEDNESDAY) -> tuple[str, str, str] | None:
    parse = nlp(sentence)
    i = next(t.i for t in parse if t.text == trigger)
    got = choose(parse, i, ref)
    if got is None or got.resolved is None:
        return None
    r = got.resolved
    return r.start.isoformat(), r.end.isoformat(), r.precision


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        # two coordinated dates are one period
        (
            "At least 55 people were killed in fighting in Tripoli on Monday and Tuesday, officials said.",
            "fighting",
            ("2021-03-08", "2021-03-09", "day"),
        ),
        # "Monday" and "evening" cut in two by the parser are one expression: a "since" period
        (
            "Militants have fired more than 1,000 rockets since Monday evening, the military said.",
            "fired",
            ("2021-03-08", "2021-03-10", "day"),
        ),
        # the date on the trigger's own verb, not the one on a verb coordinated with it
        (
            "The rebels launched an offensive in October last year and captured the town in January.",
            "captured",
            ("2021-01-01", "2021-01-31", "month"),
        ),
        (
            "The rebels launched an offensive in October last year and captured the town in January.",
            "offensive",
            ("2020-10-01", "2020-10-31", "month"),
        ),
        # the report's day is not the event's day
        (
            "The army said on Wednesday it had carried out an air strike near Jilib on Tuesday.",
            "strike",
            ("2021-03-09", "2021-03-09", "day"),
        ),
        ("At least 30 people were killed, medical sources said on Tuesday.", "killed", None),
        # a claim's or a denial's day is the statement's
        ("ISWAP claimed on Thursday that it had killed 30 soldiers.", "killed", None),
        ("The faction denied responsibility for the bombing in a statement on Tuesday.", "bombing", None),
        # a date in a clause below the trigger's dates another event
        (
            "Thousands marched in Yangon, chanting for the release of the leader, who has been held "
            "since soldiers detained her on Feb. 1.",
            "marched",
            None,
        ),
        # "a day after" the main clause's date
        (
            "Eleven people were killed on Saturday as police opened fire on crowds, a day after "
            "soldiers killed a rebel commander.",
            "commander",
            ("2021-03-05", "2021-03-05", "day"),
        ),
        # what will happen: the next such weekday
        (
            "Organisers said they would march again on Sunday in the capital.",
            "march",
            ("2021-03-14", "2021-03-14", "day"),
        ),
        # a "since" clause opens a period running to the publication date
        (
            "The military said rebels had shelled its positions 100 times since the ceasefire began "
            "on Sunday.",
            "shelled",
            ("2021-03-07", "2021-03-10", "day"),
        ),
        # an old start is a background date, not a period to the present
        (
            "The war has killed thousands of people since 2011.",
            "killed",
            ("2011-01-01", "2011-12-31", "year"),
        ),
        # anniversaries date the remembered event N years back, with the day kept
        (
            "Pakistan marked one year on Wednesday since Taliban gunmen stormed a school in Peshawar.",
            "stormed",
            ("2020-03-10", "2020-03-10", "day"),
        ),
        # precision: week, month, year
        ("Rebels shelled the town last week.", "shelled", ("2021-03-01", "2021-03-07", "week")),
        ("Rebels shelled the town in October.", "shelled", ("2020-10-01", "2020-10-31", "month")),
        ("Two years ago, rebels shelled the town.", "shelled", ("2019-01-01", "2019-12-31", "year")),
        (
            "Gunmen killed ten people in an overnight raid on Monday.",
            "raid",
            ("2021-03-08", "2021-03-08", "day"),
        ),
        # relative expressions are told against the sentence's own date, not the publication date
        (
            "The M23 briefly captured Goma in November 2012 before a UN-backed offensive drove it out "
            "of Congo the following year.",
            "drove",
            ("2013-01-01", "2013-12-31", "year"),
        ),
        (
            "The M23 briefly captured Goma in November 2012 before a UN-backed offensive drove it out "
            "of Congo the following year.",
            "captured",
            ("2012-11-01", "2012-11-30", "month"),
        ),
        (
            "Russian troops occupied the town in February 2022, before a Ukrainian counter-offensive "
            "drove them out that September.",
            "drove",
            ("2022-09-01", "2022-09-30", "month"),
        ),
        (
            "The advance echoes September 2015, when the group briefly captured Kunduz, the first city "
            "it had held since 2001, before being pushed out two weeks later.",
            "pushed",
            ("2015-10-01", "2015-10-31", "month"),
        ),
        # the anchor may sit in a clause below the trigger's
        (
            "The rebels, who seized the town on March 3, were driven out two weeks later.",
            "driven",
            ("2021-03-17", "2021-03-17", "day"),
        ),
        # a date told after the relative expression is not its anchor: the context date is
        (
            "Two days later, another drone attack hit Senjam Chirang, and on Friday a rocket fired from "
            "the hills killed an elderly man in Moirang.",
            "hit",
            None,
        ),
        # the clause a "since" date heads happened on that day; the period is its parent's
        (
            "The general had been trapped in Nasir since Monday, when armed youths overran the army's "
            "garrison in the town, officials said.",
            "overran",
            ("2021-03-08", "2021-03-08", "day"),
        ),
        (
            "The general had been trapped in Nasir since Monday, when armed youths overran the army's "
            "garrison in the town, officials said.",
            "trapped",
            ("2021-03-08", "2021-03-10", "day"),
        ),
        # a period told "since" ends on the day of the report that tells it
        (
            "The governor said on Monday that five civilians had been killed since the incursion began "
            "on Saturday.",
            "killed",
            ("2021-03-06", "2021-03-08", "day"),
        ),
        # "were reported overnight" tells when the clashes happened, not a report's day
        (
            "Israeli tanks pushed back into eastern neighbourhoods on Tuesday, and heavy clashes with "
            "Palestinian fighters were reported overnight.",
            "clashes",
            ("2021-03-09", "2021-03-10", "day"),
        ),
        # a period told "earlier" runs to the reference, also when the sentence names a later day (one
        # reading: gold/team/README.md); the reply's own day does not date the act replied to
        (
            "Taliban forces attacked several border posts on Wednesday in retaliation for Pakistani air "
            "strikes earlier in the week.",
            "strikes",
            ("2021-03-08", "2021-03-10", "week"),
        ),
        # with no date of its own, the verb a report tells takes the report's day; a toll does not
        (
            "The Arakan Army said on Monday it had captured the last military outpost in Maungdaw.",
            "captured",
            ("2021-03-08", "2021-03-08", "day"),
        ),
        (
            "On Monday, the army said troops had clashed with ELN fighters near Tibu.",
            "clashed",
            ("2021-03-08", "2021-03-08", "day"),
        ),
        (
            "The UN office said on Monday that more than 400 people had been killed.",
            "killed",
            None,
        ),
        # a possessive date dates its own noun, not another event noun of the sentence
        (
            "One of the blasts went off near a funeral for people killed in Tuesday's explosions.",
            "blasts",
            None,
        ),
    ],
)
def test_choose(nlp: Any, sentence: str, trigger: str, expected: tuple[str, str, str] | None) -> None:
    assert _choose(nlp, sentence, trigger) == expected


def _article(nlp: Any, paragraphs: list[list[tuple[str, str]]]) -> list[tuple[str | None, str | None]]:
    items = []
    for p, sentences in enumerate(paragraphs):
        for sentence, trigger in sentences:
            parse = nlp(sentence)
            items.append(Item(p, parse, next(t.i for t in parse if t.text == trigger)))
    lead = (0, " ".join(s for s, _ in paragraphs[0]))
    out = []
    for d in date_article(items, WEDNESDAY, lead):
        out.append((d.text, d.resolved.start.isoformat() if d.resolved else None))
    return out


def test_context_is_carried_within_the_paragraph_then_from_the_lead(nlp: Any) -> None:
    got = _article(
        nlp,
        [
            [("Police shot dead five protesters outside parliament on Monday, rights groups said.", "shot")],
            [
                ("In Mombasa, crowds marched peacefully on Tuesday.", "marched"),
                ("In Kisumu, police fired tear gas to break up a march.", "fired"),
            ],
            [("Some demonstrators later set part of the building on fire.", "set")],
        ],
    )
    assert got == [
        ("Monday", "2021-03-08"),
        ("Tuesday", "2021-03-09"),
        ("Tuesday", "2021-03-09"),  # the paragraph's date
        ("Monday", "2021-03-08"),  # the article's anchor
    ]


def test_relative_expressions_shift_the_previous_date(nlp: Any) -> None:
    got = _article(
        nlp,
        [
            [("Taliban fighters entered Jalalabad on Sunday without a fight.", "entered")],
            [("A day earlier, the insurgents seized Mazar-i-Sharif.", "seized")],
            [("Government troops fled the city of Kunduz later the same day.", "fled")],
        ],
    )
    assert got == [
        ("Sunday", "2021-03-07"),
        ("A day earlier", "2021-03-06"),
        ("later the same day", "2021-03-06"),
    ]


def test_relative_expressions_are_told_against_the_date_before_them(nlp: Any) -> None:
    got = _article(
        nlp,
        [
            [("Rebels seized the town of Kidal in May 2014.", "seized")],
            [
                ("The next month, government troops shelled the town.", "shelled"),
                ("That same night, gunmen attacked an army post.", "attacked"),
                ("Days later, rebels ambushed a convoy.", "ambushed"),
            ],
        ],
    )
    assert got == [
        ("May 2014", "2014-05-01"),
        ("The next month", "2014-06-01"),  # historical like its anchor, not the month after publication
        ("That same night", "2014-06-01"),
        ("Days later", "2014-06-01"),  # a month-precision anchor is not moved by a few days
    ]


def test_after_clause_without_a_date_of_its_own_counts_back_from_the_context(nlp: Any) -> None:
    got = _article(
        nlp,
        [
            [("Armenia and Azerbaijan signed a truce on Tuesday, the Kremlin said.", "signed")],
            [("The deal came two days after Azerbaijani forces captured Shusha.", "captured")],
        ],
    )
    assert got == [("Tuesday", "2021-03-09"), ("Tuesday", "2021-03-07")]


def test_lead_day_anchors_when_the_lead_event_is_not_coded(nlp: Any) -> None:
    lead = "Three drones flew over the base on Tuesday, officials said."
    parse = nlp("Two of them were shot down by air defences.")
    items = [Item(1, parse, next(t.i for t in parse if t.text == "shot"))]
    (got,) = date_article(items, WEDNESDAY, (0, lead))
    assert got.text == "Tuesday" and got.resolved is not None
    assert got.resolved.start == date(2021, 3, 9)


def test_durations_ending_or_starting_on_the_day(nlp: Any) -> None:
    got = date_article(
        [
            Item(0, p := nlp("A ceasefire took effect on Sunday, ending three days of fighting in Gaza."),
                 next(t.i for t in p if t.text == "fighting")),
            Item(1, q := nlp("Leaders called for a three-day general strike beginning on Monday."),
                 next(t.i for t in q if t.text == "strike")),
        ],
        WEDNESDAY,
    )  # fmt: skip
    spans = [(d.resolved.start.isoformat(), d.resolved.end.isoformat()) for d in got if d.resolved]
    assert spans == [("2021-03-05", "2021-03-07"), ("2021-03-08", "2021-03-10")]


def test_a_n_day_event_that_is_ended_is_dated_by_its_end(nlp: Any) -> None:
    p = nlp("Police cleared the protesters early on Monday in an operation that ended a three-day march.")
    (got,) = date_article([Item(0, p, next(t.i for t in p if t.text == "march"))], WEDNESDAY)
    assert got.resolved is not None
    assert (got.resolved.start, got.resolved.end) == (date(2021, 3, 8), date(2021, 3, 8))


def test_no_date_in_the_article_keeps_text_null(extractor: Extractor) -> None:
    result = extractor.extract_text(
        "Islamic State fighters attacked an army post in Anbar province.\n\n"
        "The attackers also burned two vehicles, officials said.",
        published="2016-05-01",
    )
    assert result.events
    for ev in result.events:
        assert ev.date.text is None and ev.date.precision is None
        assert ev.date.start == ev.date.end == "2016-05-01"


def test_carried_date_and_years_ago_background(extractor: Extractor) -> None:
    result = extractor.extract_text(
        "Gunmen attacked a police post in Kunduz on Thursday, killing four officers.\n\n"
        "The attackers also abducted two guards, police said.\n\n"
        "Two years ago, Taliban fighters seized Kunduz for two weeks.",
        published="2017-03-03",
    )
    by_trigger = {ev.evidence.trigger: ev for ev in result.events}
    abducted = next(ev for t, ev in by_trigger.items() if "abduct" in t)
    assert (abducted.date.text, abducted.date.start, abducted.historical) == ("Thursday", "2017-03-02", False)
    seized = next(ev for t, ev in by_trigger.items() if "seiz" in t)
    assert (seized.date.start, seized.date.precision, seized.historical) == ("2015-01-01", "year", True)


def test_anniversary_event_is_dated_back_and_historical(extractor: Extractor) -> None:
    result = extractor.extract_text(
        "Pakistan marked one year on Wednesday since Taliban gunmen stormed the Army Public School in "
        "Peshawar, killing 140 people.",
        published="2015-12-16",
    )
    stormed = next(ev for ev in result.events if "storm" in ev.evidence.trigger)
    assert (stormed.date.start, stormed.date.precision, stormed.historical) == ("2014-12-16", "day", True)


def test_two_events_of_one_sentence_are_shifted_from_the_same_date(nlp: Any) -> None:
    first = nlp("Taliban fighters entered Jalalabad on Sunday without a fight.")
    second = nlp("A day earlier, the insurgents seized Mazar-i-Sharif after brief clashes on the outskirts.")
    items = [
        Item(0, first, next(t.i for t in first if t.text == "entered")),
        Item(1, second, next(t.i for t in second if t.text == "seized")),
        Item(1, second, next(t.i for t in second if t.text == "clashes")),
    ]
    got = [d.resolved.start.isoformat() for d in date_article(items, WEDNESDAY) if d.resolved]
    assert got == ["2021-03-07", "2021-03-06", "2021-03-06"]


def test_a_deadline_runs_from_the_context_date_and_is_not_carried_on(nlp: Any) -> None:
    got = _article(
        nlp,
        [
            [("Militia fighters entered the town on Sunday morning and held parts of it.", "entered")],
            [
                ("By Monday morning the army had regained control, the official said.", "regained"),
                ("He said at least 14 people had died in the fighting.", "fighting"),
            ],
            [("On the same day, a drone strike hit a minibus on the road.", "hit")],
        ],
    )
    assert got == [
        ("Sunday morning", "2021-03-07"),
        ("Monday morning", "2021-03-07"),  # Sunday .. Monday
        ("Sunday morning", "2021-03-07"),
        ("the same day", "2021-03-07"),
    ]


def test_a_period_since_a_day_ends_on_the_day_the_article_tells(nlp: Any) -> None:
    items = [
        Item(0, p := nlp("Gunmen paralysed the city for a fourth day on Monday."),
             next(t.i for t in p if t.text == "paralysed")),
        Item(1, q := nlp("At least 30 people have been killed since Friday, prosecutors said."),
             next(t.i for t in q if t.text == "killed")),
    ]  # fmt: skip
    got = date_article(items, WEDNESDAY)
    spans = [(d.resolved.start.isoformat(), d.resolved.end.isoformat()) for d in got if d.resolved]
    assert spans == [("2021-03-08", "2021-03-08"), ("2021-03-05", "2021-03-08")]


def test_the_report_day_is_not_carried_past_its_own_verb(nlp: Any) -> None:
    got = _article(
        nlp,
        [
            [("A bomb killed six people on Istiklal Avenue on Sunday.", "bomb")],
            [
                ("Turkish police have arrested a woman suspected of planting the bomb, the minister said "
                 "on Monday.", "arrested"),
                ("She had crossed the border from Syria, police said.", "crossed"),
            ],
            [("The army said on Tuesday it had captured a second suspect.", "captured")],
        ],
    )  # fmt: skip
    assert got == [
        ("Sunday", "2021-03-07"),
        ("Monday", "2021-03-08"),
        ("Sunday", "2021-03-07"),
        ("Tuesday", "2021-03-09"),
    ]


def test_a_toll_told_in_the_present_perfect_runs_to_the_report_day(nlp: Any) -> None:
    got = date_article(
        [
            Item(0, p := nlp("Gunmen attacked villages in the region on Sunday night and Monday."),
                 next(t.i for t in p if t.text == "attacked")),
            Item(0, q := nlp("At least 11 people have been killed, officials said on Tuesday."),
                 next(t.i for t in q if t.text == "killed")),
            Item(0, r := nlp("At least 11 people were killed, officials said on Tuesday."),
                 next(t.i for t in r if t.text == "killed")),
        ],
        WEDNESDAY,
    )  # fmt: skip
    spans = [(d.resolved.start.isoformat(), d.resolved.end.isoformat()) for d in got if d.resolved]
    assert spans == [("2021-03-07", "2021-03-08"), ("2021-03-07", "2021-03-09"), ("2021-03-07", "2021-03-08")]


def test_a_relative_clause_date_stays_with_its_own_noun(extractor: Extractor) -> None:
    # "who seized Goma in January" dates the seizure only; the capture the report tells is Monday's, and
    # the two captures the sentence dates apart are two events
    result = extractor.extract_text(
        "The rebels, who seized the city of Goma in January, said on Monday they had captured the town of "
        "Kavumu and its airport.",
        published="2025-02-18",
    )
    dates = sorted((ev.date.start, ev.date.end) for ev in result.events)
    assert dates == [("2025-01-01", "2025-01-31"), ("2025-02-17", "2025-02-17")]


def test_a_perfect_since_a_definite_event_noun_runs_from_its_day(extractor: Extractor) -> None:
    result = extractor.extract_text(
        "Armed youths overran an army garrison in Nasir on Friday, officials said.\n\n"
        "On Monday, a UN helicopter came under fire near the town, the UN mission said.\n\n"
        "Security forces in Juba have detained several senior opposition officials since the attack.",
        published="2025-03-12",
    )
    detained = next(ev for ev in result.events if ev.evidence.trigger == "detained")
    assert (detained.date.start, detained.date.end) == ("2025-03-07", "2025-03-12")
