"""The MUC-3/4 adapter on an invented fixture in the release's layout (tests/fixtures/muc4/muc4/...).

The arithmetic tests use a stub extractor whose events are written here, so every count is known; one
test runs the real extractor on the fixture and checks only that the report is consistent.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from bench_support import StubExtractor, bench_event

from frontlines.errors import StageError
from frontlines.eval import bench_muc4 as muc
from frontlines.eval import bench_muc4_keys as keys
from frontlines.eval.bench_common import BenchmarkMissing
from frontlines.eval.bench_muc4_score import SLOTS
from frontlines.extract import Extractor
from frontlines.model import Event, ExtractResult

ROOT = Path(__file__).parent / "fixtures" / "muc4"


def event(acled: tuple[str, str] = ("Battles", "Armed clash"), **fields: Any) -> Event:
    return bench_event(acled, **fields)


def stub() -> StubExtractor:
    return StubExtractor(
        [
            # TST3-MUC4-0001: the bombing; an attack on the army (MUC rule 1b) and a negated one are dropped
            [
                event(
                    ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
                    mode="explosives",
                    trigger="blew up",
                    start="1990-03-11",
                    place=("Villa Nueva", "COL"),
                    actor1=("the People's Invented Front", "People's Invented Front"),
                    actor2=("a high-voltage pylon", "Infrastructure", "other"),
                ),
                event(actor2=("the army", "Military Forces", "state_forces")),
                event(factuality="negated"),
            ],
            # TST3-MUC4-0002 (irrelevant): a false alarm
            [
                event(
                    ("Violence against civilians", "Attack"),
                    start="1990-03-14",
                    place=("San Salvador", "SLV"),
                    actor2=("two farmers", "Civilians", "civilians"),
                )
            ],
            # TST4-MUC4-0001: the kidnapping only, with a target string that is not in the key
            [
                event(
                    ("Violence against civilians", "Abduction/forced disappearance"),
                    mode="abduct",
                    trigger="kidnapped",
                    start="1990-06-19",
                    place=("Lima", "PER"),
                    actor1=("armed men", "Unidentified Armed Group"),
                    actor2=("Mayor José Inventado", "Civilians", "civilians"),
                )
            ],
            # TST4-MUC4-0002: only an optional template; nothing coded
            [],
        ]
    )


def test_reads_texts_and_keys() -> None:
    data = keys.load_set(ROOT, "test")
    assert [d.docid for d in data.docs] == [
        "TST3-MUC4-0001",
        "TST3-MUC4-0002",
        "TST4-MUC4-0001",
        "TST4-MUC4-0002",
    ]
    first = data.docs[0]
    assert (first.published, first.place, first.country) == ("1990-03-12", "POPAYAN", None)
    assert first.body.startswith("URBAN GUERRILLAS\nOF THE PEOPLE'S INVENTED FRONT")
    t1, t2 = data.keys["TST3-MUC4-0001"]
    assert (t1.optional, t1.types, t2.optional, t2.types) == (False, {"BOMBING"}, True, {"ATTACK"})
    assert t1.perp_org[0].alts == {"people invented front", "pif"}
    assert t1.locations[0].alts == {"villa nueva"} and t1.countries[0].alts == {"COL"}
    assert t2.dates[0].alts == ((None, date(1990, 3, 12)),)
    assert t2.perp_ind[0].optional
    assert data.keys["TST3-MUC4-0002"] == []
    kidnap, bombing = data.keys["TST4-MUC4-0001"]
    assert kidnap.dates[0].alts == ((None, date(1990, 6, 21)), (date(1990, 6, 18), date(1990, 6, 19)))
    assert kidnap.locations[0].alts == {"lima", "peru"}
    assert {f for x in kidnap.targets for f in x.alts} == {
        "jose inventado",
        "mayor",
    }  # colon clause: left side
    assert bombing.types == {"ATTACK", "BOMBING"}
    assert [x.alts for x in bombing.targets] == [{"car"}, {"municipal building"}]  # continuation line
    assert bombing.perp_org[0].optional  # "?" filler


def test_fill_parsers() -> None:
    assert keys.string_fill('"\\"SANTO X\\" FARM" / "FARM"') == keys.Fill(frozenset({"santo x farm", "farm"}))
    assert keys.string_fill("-") is None and keys.string_fill("*") is None
    assert keys.string_fill("UNQUOTED GROUP [UG]") == keys.Fill(frozenset({"unquoted group ug"}))
    fill = keys.date_fill("15 JAN 89 - 21 JAN 89")
    assert fill is not None and fill.alts == ((date(1989, 1, 15), date(1989, 1, 21)),)
    place, country = keys.location_fills("COLOMBIA: CUCUTA (CITY) - CAMPANARIO (REGION)")
    assert place is not None and place.alts == {"cucuta", "campanario"}
    assert country is not None and country.alts == {"COL"}


def test_input_text_is_sentence_cased_with_a_dateline() -> None:
    doc = keys.load_set(ROOT, "test").docs[2]
    text = muc.input_text(doc)
    # sentence-cased, then the capitals of names given back (bench_muc4_case.truecase): a foreign name,
    # a major city that is also an English word
    assert text.startswith("LIMA -- Armed men kidnapped mayor Jose Inventado in Lima two days ago, police")
    assert "reported. Hours later a car bomb" in text
    assert muc.sentence_case('SHE SAID: "I WENT." THEN (HE) LEFT.') == 'She said: "I went." Then (he) left.'


def test_truecase_gives_back_the_capitals_of_names() -> None:
    from frontlines.eval.bench_muc4_case import is_english, truecase

    text = truecase(
        "The farabundo marti national liberation front (fmln) and the eln attacked a bus in san salvador "
        "and lima. Jesuit priest ignacio ellacuria was murdered, the u.s. embassy said. It is us. The "
        "guerrillas fled and began to fight."
    )
    assert "The Farabundo Marti National Liberation Front (FMLN) and the ELN attacked a bus" in text
    assert "in San Salvador and Lima." in text  # a gazetteer name; a major city that is an English word
    assert "Jesuit priest Ignacio Ellacuria was murdered, the U.S. embassy said." in text
    assert "It is us. The guerrillas fled and began to fight." in text  # English words stay lower case
    assert is_english("kidnapped") and is_english("watchmen") and not is_english("ellacuria")


def test_type_mapping() -> None:
    assert muc.muc_type(event(("Explosions/Remote violence", "Grenade"))) == "BOMBING"
    assert muc.muc_type(event(("Explosions/Remote violence", "Air/drone strike"), mode="aerial")) == "ATTACK"
    assert (
        muc.muc_type(event(("Violence against civilians", "Abduction/forced disappearance"))) == "KIDNAPPING"
    )
    assert muc.muc_type(event(("Battles", "Armed clash"))) == "ATTACK"
    arson = event(
        ("Strategic developments", "Looting/property destruction"), plover="COERCE", trigger="torched"
    )
    assert muc.muc_type(arson) == "ARSON"
    assert muc.muc_type(event(("Protests", "Peaceful protest"), plover="PROTEST")) is None
    assert muc.relevant_event(event(actor2=("police", "Police Forces", "state_forces"))) is None
    # policemen murdered by a cartel: a terrorist act; guerrillas shooting policemen: combat
    police = ("two policemen", "Police Forces", "state_forces")

    def by_cartel(trigger: str) -> Event:
        ev = event(trigger=trigger, actor1=("the Medellin Cartel", "Medellin Cartel"), actor2=police)
        assert ev.actor1 is not None
        return ev.model_copy(update={"actor1": ev.actor1.model_copy(update={"kind": "political_militia"})})

    assert muc.relevant_event(by_cartel("murdered")) == "ATTACK"
    assert muc.relevant_event(by_cartel("attacked")) is None
    assert muc.relevant_event(event(trigger="shot", actor1=("guerrillas", "Rebels"), actor2=police)) is None
    assert muc.relevant_event(event(factuality="hypothetical")) is None


def test_metric_arithmetic_with_a_stub_extractor() -> None:
    extractor = stub()
    rep = muc.run(ROOT, "test", None, extractor=extractor)
    assert rep.items == 4
    assert extractor.calls[0][1] == "1990-03-12"
    assert extractor.calls[0][0].startswith("POPAYAN -- Urban guerrillas of the people's invented front")

    def prf(name: str) -> tuple[float | None, float | None, float | None]:
        return rep.get(f"{name} P"), rep.get(f"{name} R"), rep.get(f"{name} F1")

    two_thirds = pytest.approx((2 / 3, 2 / 3, 2 / 3))
    assert prf("incident type") == two_thirds  # tp 2 (bombing, kidnapping), fp 1 (false alarm), fn 1
    assert prf("date") == two_thirds  # 19 JUN fits the kidnapping's "18 JUN - 19 JUN", not the bombing's
    assert prf("location") == two_thirds  # Lima matches one of the two Lima templates
    assert prf("location country") == pytest.approx((2 / 3, 1.0, 0.8))
    assert prf("perp org") == pytest.approx((0.5, 1.0, 2 / 3))  # optional commandos unmatched: no miss
    assert prf("perp (org or ind)") == pytest.approx((1.0, 2 / 3, 0.8))  # "urban guerrillas" missed
    assert prf("target") == pytest.approx((1 / 3, 1 / 5, 0.25))  # "mayor jose inventado" is not exact
    assert prf("template") == two_thirds
    assert prf("relevant document") == pytest.approx((2 / 3, 1.0, 0.8))
    assert rep.get("gold templates") == 5
    assert rep.get("relevant documents") == 2
    assert rep.get("our events") == 5
    rows = {r[0]: r[1:] for r in rep.tables["templates by incident type (one-to-one within a document)"][1:]}
    assert rows["BOMBING"] == ["2", "1", "1", "100.0%", "50.0%", "66.7%"]
    assert rows["ATTACK"] == ["2", "1", "0", "0.0%", "0.0%", "0.0%"]
    assert rows["KIDNAPPING"] == ["1", "1", "1", "100.0%", "100.0%", "100.0%"]
    assert rows["ARSON"][:3] == ["1", "0", "0"]
    assert "1 optional-only docs left out" in next(
        m.note for m in rep.metrics if m.name == "relevant document P"
    )


def test_limit_takes_the_first_documents() -> None:
    rep = muc.run(ROOT, "test", 1, extractor=stub())
    assert rep.items == 1
    assert rep.get("incident type P") == 1.0 and rep.get("incident type R") == 1.0


def test_missing_data_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(BenchmarkMissing, match=re.escape(str(tmp_path / "muc4"))):
        muc.run(tmp_path, "test", None, extractor=stub())
    with pytest.raises(BenchmarkMissing, match="tst1"):
        keys.load_set(ROOT, "dev")  # the fixture has no TST1/TST2
    with pytest.raises(BenchmarkMissing, match="splits"):
        keys.load_set(ROOT, "train")


def test_runs_the_real_extractor(extractor: Extractor) -> None:
    rep = muc.run(ROOT, "test", None, extractor=extractor)
    assert rep.items == 4
    for slot in (*SLOTS, "template", "relevant document"):
        p, r, f1 = rep.get(f"{slot} P"), rep.get(f"{slot} R"), rep.get(f"{slot} F1")
        if p is not None and r is not None and p + r > 0:
            assert f1 == pytest.approx(2 * p * r / (p + r))
    assert "### muc4" in rep.to_markdown()


def test_a_failing_document_is_counted_not_fatal() -> None:
    class Failing(StubExtractor):
        def extract_text(self, text: str, published: str | None = None) -> ExtractResult:
            if text.startswith("SAN SALVADOR"):
                self.calls.append((text, published))
                raise StageError("factuality", "factuality.v1", IndexError("list index out of range"))
            return super().extract_text(text, published)

    extractor = Failing(stub().outputs)
    rep = muc.run(ROOT, "test", None, extractor=extractor)
    assert rep.items == 4 and len(extractor.calls) == 4
    assert rep.get("documents not coded") == 1
    assert rep.get("relevant document P") == 1.0  # the false alarm in TST3-MUC4-0002 was not coded
    assert any("TST3-MUC4-0002: stage factuality" in note for note in rep.notes)
