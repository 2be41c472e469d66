"""Date forms of article styles other than the news wire (`when/styles.py`, docs/dates.md)."""

from __future__ import annotations

from datetime import date

import pytest

from frontlines.extract import Extractor
from frontlines.when.dates import resolve
from frontlines.when.styles import drop_weekday, heading_date, heading_day


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _dates(ex: Extractor, text: str, published: str) -> dict[str, tuple[str | None, str | None]]:
    result = ex.extract_text(text, published=published)
    return {e.evidence.trigger: (e.date.start, e.date.end) for e in result.events}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thursday 14 March — Security forces surrounded a house", "Thursday 14 March"),
        ("Tuesday, Jan. 9 — Hooded gunmen stormed", "Tuesday, Jan. 9"),
        ("- 4 March: armed youth overran", "4 March"),
        ("Sunday 26 February: A gunman shot", "Sunday 26 February"),
        ("- On 4 March, armed youth overran", None),
        ("Peace process — negotiators agreed", None),
        ("07:55 — The United States carried out strikes", None),
        ("March 3 was a quiet day", None),
    ],
)
def test_heading_date(text: str, expected: str | None) -> None:
    assert heading_date(text) == expected


def test_heading_day_is_not_after_the_reference() -> None:
    found = heading_day("Friday 15 March — Police arrested", date(2024, 3, 14))
    assert found is not None and found[1].start == date(2023, 3, 15)
    assert heading_day("Peace process — negotiators agreed", date(2024, 3, 14)) is None


@pytest.mark.parametrize(
    ("expr", "expected"),
    [
        ("Tuesday, Jan. 9", "2024-01-09"),
        ("Tuesday, 9 January 2024", "2024-01-09"),
        ("Sunday, 7 Jan.", "2024-01-07"),
    ],
)
def test_a_weekday_set_off_by_a_comma_yields_to_the_date(expr: str, expected: str) -> None:
    assert drop_weekday("Monday, ending three days") == "Monday, ending three days"
    r = resolve(expr, date(2024, 2, 8))
    assert r is not None and r.start.isoformat() == expected


def test_round_up_headings_date_their_paragraph(extractor: Extractor) -> None:
    text = (
        "In the past week, monitors recorded five violent incidents in Narathiwat, Yala and Pattani.\n\n"
        "Monday 11 March — A roadside bomb exploded as a ranger patrol passed in Rueso district, "
        "Narathiwat, wounding two rangers.\n\n"
        "Thursday 14 March — Security forces surrounded a house in Sai Buri district, Pattani, where "
        "suspected insurgents were hiding; two of them were killed in an hour-long gunfight and a "
        "ranger was wounded.\n"
    )
    got = _dates(extractor, text, "2024-03-18")
    assert got["gunfight"] == ("2024-03-14", "2024-03-14")


def test_since_runs_up_to_the_heading_day(extractor: Extractor) -> None:
    text = (
        "Monday, Jan. 8 — Inmates rioted at the Turi prison in Cuenca, the prison service said.\n\n"
        "Tuesday, Jan. 9 — Hooded gunmen stormed the studios of TC Television in Guayaquil.\n\n"
        "Thursday, Jan. 11 — The armed forces said they had arrested 329 suspected gang members across "
        "the country since Monday.\n"
    )
    got = _dates(extractor, text, "2024-01-13")
    assert got["rioted"] == ("2024-01-08", "2024-01-08")
    assert got["arrested"] == ("2024-01-08", "2024-01-11")


def test_a_date_of_a_later_gerund_does_not_date_the_act(extractor: Extractor) -> None:
    text = (
        "On Friday 10 May, around 100 insurgents entered Macomia town, exchanging fire with Mozambican "
        "troops for several hours before withdrawing on Saturday.\n"
    )
    got = _dates(extractor, text, "2024-05-14")
    assert got["exchanging fire"] == ("2024-05-10", "2024-05-10")


def test_a_plan_told_in_the_past_is_not_ahead(extractor: Extractor) -> None:
    text = "The Pentagon said the commander had planned the Jan. 28 drone strike on an outpost in Jordan.\n"
    got = _dates(extractor, text, "2024-02-08")
    assert got["drone strike"] == ("2024-01-28", "2024-01-28")


def test_a_report_day_dates_the_act_it_tells(extractor: Extractor) -> None:
    text = (
        "KANDAHAR — A bomber killed 21 people outside a bank on Thursday.\n\n"
        "Taliban officials say their forces have killed hundreds of fighters in the past two years. "
        "On Saturday, the interior ministry said special forces had killed two commanders in a raid on a "
        "hideout in Kandahar.\n\n"
        "On Tuesday, the defence ministry said troops had killed about thirty terrorists in ground "
        "operations around Ouallam.\n\n"
        "In January, ISKP claimed a bombing that killed five people on a minibus in Kabul.\n"
    )
    got = _dates(extractor, text, "2024-03-27")
    assert got["raid"] == ("2024-03-23", "2024-03-23")
    assert got["bombing"] == ("2024-01-01", "2024-01-31")
    killed = [
        (e.date.start, e.date.end)
        for e in extractor.extract_text(text, published="2024-03-27").events
        if "Ouallam" in e.evidence.sentence
    ]
    assert killed == [("2024-03-26", "2024-03-26")]
