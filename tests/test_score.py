"""The scorer: matching, per-field P/R, place/date/fatality accuracy, factuality, boilerplate, ECE."""

from __future__ import annotations

from typing import Any

import pytest

from frontlines.eval.gold import GoldArticle, GoldEvent
from frontlines.eval.score import PRF, Tally, ece, match, same_sentence
from frontlines.model import Event

S1 = "Syrian troops recaptured Palmyra from Islamic State fighters on Thursday, the army said."
S2 = "A drone strike killed five militants near Khan Younis on Monday."


def ev(sentence: str, **kw: Any) -> Event:
    data: dict[str, Any] = {
        "id": "x",
        "plover": {"type": "ASSAULT", "mode": None},
        "acled": {"event_type": "Battles", "sub_event_type": "Government regains territory"},
        "cameo": "192",
        "actor1": None,
        "actor2": None,
        "location": None,
        "date": {"text": None, "start": "2017-03-02", "end": "2017-03-02", "precision": "day"},
        "fatalities": {"best": None, "low": None, "high": None, "text": None},
        "factuality": "asserted",
        "attribution": None,
        "historical": False,
        "evidence": {"sentence": sentence, "start": 0, "end": len(sentence), "trigger": "recaptured"},
        "confidence": 0.8,
    }
    data.update(kw)
    return Event.model_validate(data)


def gold(sentence: str, **kw: Any) -> GoldEvent:
    data: dict[str, Any] = {
        "acled": {"event_type": "Battles", "sub_event_type": "Government regains territory"},
        "evidence": {"sentence": sentence},
    }
    data.update(kw)
    return GoldEvent.model_validate(data)


def test_same_sentence_tolerates_punctuation_and_a_dateline() -> None:
    assert same_sentence(S1, "DAMASCUS — " + S1)
    assert not same_sentence(S1, S2)


def test_match_needs_same_sentence_and_compatible_type() -> None:
    g = [gold(S1), gold(S2, acled={"event_type": "Explosions/Remote violence"})]
    p = [ev(S2), ev(S1)]  # the S2 prediction has the wrong event type
    assert match(g, p) == [(0, 1)]


def test_match_without_evidence_uses_place_and_date() -> None:
    near = {"name": "Tadmur", "lat": 34.56, "lon": 38.28, "country": "SYR", "precision": "city", "text": "P"}
    far = {**near, "lat": 36.2, "lon": 37.1}
    g = [GoldEvent.model_validate({"acled": {"event_type": "Battles"},
                                   "location": {"lat": 34.55, "lon": 38.27},
                                   "date": {"start": "2017-03-02", "end": "2017-03-02"}})]  # fmt: skip
    assert match(g, [ev("x", location=far)]) == []
    assert match(g, [ev("x", location=near)]) == [(0, 0)]
    assert match(g, [ev("x", location=near, date={"start": "2017-03-09", "end": "2017-03-09"})]) == []


def test_fields_are_scored_only_where_gold_gives_them() -> None:
    t = Tally()
    g = [
        gold(S1, actor1={"name": "Military Forces of Syria", "country": "SYR", "kind": "state_forces"},
             fatalities={"best": 10}, factuality="asserted", historical=False),
        gold(S2, acled={"event_type": "Battles", "sub_event_type": "Armed clash"}, factuality="predicted"),
    ]  # fmt: skip
    actor = {"text": "Syrian troops", "name": "military forces of syria", "country": "SYR",
             "kind": "state_forces", "id": None}  # fmt: skip
    p = [
        ev(S1, actor1=actor, fatalities={"best": 11, "low": None, "high": None, "text": "11"}),
        ev(S2),
        ev("An unrelated sentence about shelling."),
    ]
    t.add_article(g, p, [])
    assert (t.gold_events, t.pred_events, t.matched) == (2, 3, 2)
    assert t.fields["actor1 name"].tp == 1 and t.fields["actor1 name"].fn == 0
    sub = t.fields["ACLED sub-event type"]
    assert (sub.tp, sub.fp, sub.fn) == (1, 1, 1)
    assert t.fields["actor2 name"].tp + t.fields["actor2 name"].fn == 0  # not in gold: not scored
    assert (t.fatal_exact.value, t.fatal_10pct.value) == (0.0, 1.0)
    assert t.factuality[("asserted", "asserted")] == 1 and t.factuality[("predicted", "asserted")] == 1
    # default view: gold has one asserted event; we show three asserted ones, one of them right
    assert (t.default_view.tp, t.default_view.fp, t.default_view.fn) == (1, 2, 0)


def test_boilerplate_and_no_event_articles_are_counted() -> None:
    t = Tally()
    line = "Army shells rebel positions near Aleppo"
    t.add_article([], [ev(line), ev(S1)], [line])
    assert t.boilerplate_events == 1
    assert (t.no_event_articles, t.no_event_false) == (1, 2)


def test_prf_and_ece() -> None:
    prf = PRF(tp=3, fp=1, fn=2)
    assert prf.precision == 0.75 and prf.recall == 0.6
    assert prf.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)
    assert ece([(0.9, True), (0.9, True)]) == pytest.approx(0.1)
    assert ece([(0.25, False), (0.75, True)]) == pytest.approx(0.25)
    assert ece([]) is None


def test_gold_evidence_must_be_in_the_text() -> None:
    with pytest.raises(ValueError, match="not in the text"):
        GoldArticle.model_validate(
            {
                "id": "a",
                "split": "dev",
                "text": "Troops attacked.",
                "events": [{"evidence": {"sentence": "Nope."}}],
            }
        )


def test_admin1_names_compare_without_the_generic_word() -> None:
    from frontlines.eval.score import admin1_eq

    assert admin1_eq("Ma'rib Governorate", "Marib")
    assert admin1_eq("Al Anbar", "Anbar") and admin1_eq("Borno State", "borno")
    assert not admin1_eq("Homs", "Hama") and not admin1_eq(None, "Homs")


def test_admin1_names_compare_across_spellings_and_the_country_name() -> None:
    from frontlines.eval.score import admin1_eq

    # romanisations of one name
    assert admin1_eq("Sirnak", "Şırnak") and admin1_eq("Diyarbakir", "Diyarbakır Province")
    assert admin1_eq("Khankendi", "Xankǝndi") and admin1_eq("Aghdam", "Ağdam")
    # the generic direction adjective and the capital-district abbreviation
    assert admin1_eq("North Darfur", "Northern Darfur") and admin1_eq("Bogota", "Bogota D.C.")
    # the country's own name inside the division's
    assert admin1_eq("North", "North Lebanon", "Lebanon") and not admin1_eq("North", "North Lebanon")
    assert not admin1_eq("North", "South Lebanon", "Lebanon")
    assert not admin1_eq("North Darfur", "South Darfur")
    assert not admin1_eq("Mount Lebanon", "North", "Lebanon")


def test_admin1_names_compare_through_the_gazetteer_spellings() -> None:
    from frontlines.eval.score import admin1_eq

    # spellings the gazetteer gives one division of the country (given its code)
    assert admin1_eq("Benghazi", "Banghazi", "Libya", "LBY") and not admin1_eq("Benghazi", "Banghazi")
    assert admin1_eq("Timbuktu", "Tombouctou", "Mali", "MLI")
    assert admin1_eq("Oromia", "Oromiya", "Ethiopia", "ETH")
    assert admin1_eq("Ta\u2018izz", "Taizz") and admin1_eq("Şa\u2018dah", "Sa'dah")
    # two divisions stay two, and a division of another country is not one of this one
    assert not admin1_eq("Benghazi", "Misratah", "Libya", "LBY")
    assert not admin1_eq("Timbuktu", "Tombouctou", "Niger", "NER")
