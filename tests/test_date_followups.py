"""Date readings of follow-up mentions and day spans (docs/dates.md): a predicted event's weekday lies
ahead, "into Friday evening", "triggering a gunbattle that lasted until Tuesday", "on the eve of the
strike", "the attack on <place>", a date told by a sentence with no event, "since the fighting began",
the end of a "since" period, and a report's day that opens the article."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from frontlines.config import load_settings
from frontlines.nlp.models import load_spacy
from frontlines.when.context import Item, date_article

WEDNESDAY = date(2021, 3, 10)
THURSDAY = date(2021, 3, 11)


@pytest.fixture(scope="module")
def nlp() -> Any:
    settings = load_settings()
    return load_spacy(settings.nlp.model, tuple(settings.nlp.disable))


Sentence = tuple[str, str | None]
"""a sentence and its triggers, "|" between two (None: a sentence with no event mention; "-": one
that was not parsed either)"""


def _spans(
    nlp: Any, paragraphs: list[list[Sentence]], ref: date = WEDNESDAY, predicted: frozenset[str] = frozenset()
) -> list[tuple[str, str]]:
    items = []
    sentences = []
    for p, told in enumerate(paragraphs):
        for sentence, trigger in told:
            parse = nlp(sentence)
            sentences.append((p, sentence if trigger == "-" else parse))
            trigger = None if trigger == "-" else trigger
            for word in trigger.split("|") if trigger is not None else ():
                i = next(t.i for t in parse if t.text == word)
                items.append(Item(p, parse, i, predicted=word in predicted))
    lead = (0, " ".join(s for s, _ in paragraphs[0]))
    out = []
    for d in date_article(items, ref, lead, sentences=sentences):
        assert d.resolved is not None
        out.append((d.resolved.start.isoformat(), d.resolved.end.isoformat()))
    return out


def test_a_predicted_event_told_before_its_weekday_lies_ahead(nlp: Any) -> None:
    got = _spans(
        nlp,
        [
            [("His party called for more protests on Monday.", "protests")],
            [("The opposition called on Monday for a general strike.", "strike")],
        ],
        predicted=frozenset({"protests", "strike"}),
    )
    assert got == [("2021-03-15", "2021-03-15"), ("2021-03-08", "2021-03-08")]


def test_into_a_day_runs_from_the_date_told_before_and_is_carried_on(nlp: Any) -> None:
    got = _spans(
        nlp,
        [
            [("Police shot dead two protesters in the capital on Monday.", "shot")],
            [
                ("Youths burned tyres in two districts into Tuesday evening, residents said.", "burned"),
                ("Prosecutors said 85 people had been detained.", "detained"),
            ],
        ],
    )
    assert got == [("2021-03-08", "2021-03-08"), ("2021-03-08", "2021-03-09"), ("2021-03-08", "2021-03-09")]


def test_an_attack_that_set_off_a_battle_lasting_until_a_day_runs_to_it(nlp: Any) -> None:
    got = _spans(
        nlp,
        [
            [
                ("Gunmen attacked a railway station late on Monday, triggering a gunbattle that lasted until "
                 "Tuesday afternoon, officials said.", "attacked"),
            ],
            [("The Liberation Army claimed the attack.", "attack")],
        ],
    )  # fmt: skip
    assert got == [("2021-03-08", "2021-03-09"), ("2021-03-08", "2021-03-09")]


def test_the_eve_of_an_event_told_before_is_the_day_before_it(nlp: Any) -> None:
    got = _spans(
        nlp,
        [
            [("A drone strike hit a market in the town on Sunday, killing 26 people.", "strike")],
            [("The army said on Monday it had retaken the towns.", "retaken")],
            [("On the eve of the strike, fighters ambushed an army convoy, a resident said.", "ambushed")],
        ],
    )
    assert got[2] == ("2021-03-06", "2021-03-06")


def test_the_attack_on_a_named_place_is_the_event_whose_sentence_named_it(nlp: Any) -> None:
    got = _spans(
        nlp,
        [
            [("Military jets bombed a crowd in Pazigyi village on Monday.", "bombed")],
            [("Rebels said they had overrun an outpost near Hpakant on Tuesday.", "overrun")],
            [("The UN rights chief said the attack on Pazigyi could amount to war crimes.", "attack")],
        ],
    )
    assert got[2] == ("2021-03-08", "2021-03-08")


def test_a_date_told_by_a_sentence_without_an_event_dates_the_paragraph(nlp: Any) -> None:
    got = _spans(
        nlp,
        [
            [("Gang members stormed a prison block on Monday, killing 46 inmates.", "stormed")],
            [
                ("On Tuesday, relatives of the dead waited outside the morgue.", None),
                ("Police said they had not detained anyone over the killings.", "detained"),
            ],
        ],
    )
    assert got == [("2021-03-08", "2021-03-08"), ("2021-03-09", "2021-03-09")]


def test_since_the_fighting_began_is_the_start_of_the_story(nlp: Any) -> None:
    got = _spans(
        nlp,
        [
            [
                ("Troops shelled three towns overnight into Tuesday, and fighting continued along the "
                 "border on Wednesday, the ministry said.", "shelled"),
            ],
            [("The prime minister said 105 soldiers had been killed since the fighting began.", "fighting")],
        ],
    )  # fmt: skip
    assert got == [("2021-03-08", "2021-03-09"), ("2021-03-08", "2021-03-09")]


def test_a_toll_since_a_day_runs_to_the_last_news_day_told(nlp: Any) -> None:
    got = _spans(
        nlp,
        [
            [
                ("Border guards fought at several points on Monday and Tuesday.", "fought"),
                ("Officials said troops had shelled the town on Wednesday.", "shelled"),
            ],
            [("The health ministry said 24 people had been killed since Monday.", "killed")],
        ],
        ref=THURSDAY,
    )
    assert got == [("2021-03-08", "2021-03-09"), ("2021-03-10", "2021-03-10"), ("2021-03-08", "2021-03-10")]


def test_a_report_day_that_opens_the_article_dates_its_follow_ups(nlp: Any) -> None:
    got = _spans(
        nlp,
        [
            [("The Arakan Army said on Sunday it had captured the last military outpost.", "captured")],
            [("The group said its fighters had overrun the headquarters of the battalion.", "overrun")],
            [("Over the weekend, military aircraft bombed the town of Kyauktaw.", "bombed")],
        ],
    )
    assert got == [("2021-03-07", "2021-03-07"), ("2021-03-07", "2021-03-07"), ("2021-03-06", "2021-03-07")]


def test_the_eve_of_a_noun_named_by_an_earlier_sentence(nlp: Any) -> None:
    got = _spans(
        nlp,
        [
            [("A drone strike hit a market in the town on Sunday, killing 26 people.", "hit")],
            [("On the eve of the strike, fighters ambushed an army convoy, a resident said.", "ambushed")],
        ],
    )
    assert got[1] == ("2021-03-06", "2021-03-06")


def test_a_report_day_first_does_not_anchor_a_story_that_began_earlier(nlp: Any) -> None:
    got = _spans(
        nlp,
        [
            [
                ("Police have arrested a woman suspected of planting a bomb on the avenue, the minister "
                 "said on Tuesday.", "arrested|planting"),
            ],
            [("The bomb exploded on the busy avenue on Sunday, killing six people.", "exploded")],
        ],
    )  # fmt: skip
    assert got == [("2021-03-09", "2021-03-09"), ("2021-03-07", "2021-03-07"), ("2021-03-07", "2021-03-07")]


def test_a_day_an_event_is_called_for_lies_ahead(nlp: Any) -> None:
    got = _spans(nlp, [[("The party has called a nationwide general strike for Tuesday.", "strike")]])
    assert got == [("2021-03-16", "2021-03-16")]


def test_a_sentence_not_parsed_dates_the_paragraph_by_the_day_it_opens_with(nlp: Any) -> None:
    got = _spans(
        nlp,
        [
            [("Gang members stormed a prison block on Monday, killing 46 inmates.", "stormed")],
            [
                ("On Tuesday, relatives of the dead waited outside the morgue.", "-"),
                ("Police said they had not detained anyone over the killings.", "detained"),
            ],
        ],
    )
    assert got == [("2021-03-08", "2021-03-08"), ("2021-03-09", "2021-03-09")]
