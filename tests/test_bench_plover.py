"""The PLOVER GSR adapter on an invented fixture in the file's layout (never the shared data)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from frontlines.config import load_settings
from frontlines.errors import FrontlinesError
from frontlines.eval import bench_plover
from frontlines.eval.bench_common import BenchmarkMissing
from frontlines.eval.report import BenchReport
from frontlines.extract import Extractor
from frontlines.model import Article, Event, ExtractResult

ROOT = Path(__file__).parent / "fixtures" / "plover"
ASSAULT = "Afghan rebels attacked a police post in Kandahar on Monday, killing three officers."
CONSULT = "The foreign ministers of Norway and Chile met in Oslo on Tuesday to discuss fishing quotas."
FIGHT = "Sudanese troops clashed with SPLA fighters near Juba, leaving twelve soldiers dead."
DEMAND = "Kenyan teachers demanded higher wages from the government on Friday."


def event(ptype: str = "ASSAULT", actor1: Any = None, actor2: Any = None) -> Event:
    return Event.model_validate(
        {
            "id": "x",
            "plover": {"type": ptype},
            "actor1": actor1,
            "actor2": actor2,
            "date": {},
            "fatalities": {},
            "factuality": "asserted",
            "historical": False,
            "evidence": {"sentence": "s", "start": 0, "end": 1, "trigger": "t"},
            "confidence": 0.5,
        }
    )


def actor(kind: str, country: str | None) -> dict[str, Any]:
    return {"text": "a", "name": "a", "country": country, "kind": kind}


class CannedExtractor:
    """Stands in for `Extractor`: returns fixed events per sentence."""

    def __init__(self, events: dict[str, list[Event]]) -> None:
        self.events = events

    def extract_text(self, text: str, published: str | None = None, **meta: str | None) -> ExtractResult:
        return ExtractResult(
            article=Article(id="x", body=text, published=published), events=self.events.get(text, [])
        )


def run_canned(events: dict[str, list[Event]], limit: int | None = None) -> BenchReport:
    return bench_plover.run(ROOT, "all", limit, extractor=CannedExtractor(events))  # type: ignore[arg-type]


def test_missing_folder_is_a_frontlines_error_naming_the_path(tmp_path: Path) -> None:
    with pytest.raises(BenchmarkMissing) as err:
        bench_plover.run(tmp_path, "all", None)
    assert isinstance(err.value, FrontlinesError)
    assert str(tmp_path / "plover_gsr" / "PLOVER_GSR_CAMEO.txt") in str(err.value)


def test_unknown_split_is_refused() -> None:
    with pytest.raises(BenchmarkMissing, match="splits are dev, test, all"):
        bench_plover.run(ROOT, "train", None)


def test_split_is_the_parity_of_the_first_sha1_hex_digit_of_the_id() -> None:
    records = bench_plover.load_records(ROOT)
    # sha1 hex digests of the fixture ids start with 6, e (even: dev) and b, b (odd: test)
    assert [bench_plover.split_of(r) for r in records] == ["dev", "dev", "test", "test"]
    assert [r["event"] for r in bench_plover.select_split(records, "dev")] == ["ASSAULT", "CONSULT"]
    assert [r["event"] for r in bench_plover.select_split(records, "test")] == ["FIGHT", "DEMAND"]
    assert bench_plover.select_split(records, "all") == records
    # without an id the sentence text is the key: sha1("a") = 86f7..., sha1("d") = 3c36...
    assert bench_plover.split_of({"text": "a"}) == "dev"
    assert bench_plover.split_of({"text": "d"}) == "test"


def test_loader_skips_the_document_record() -> None:
    records = bench_plover.load_records(ROOT)
    assert [r["event"] for r in records] == ["ASSAULT", "CONSULT", "FIGHT", "DEMAND"]


def test_gold_mapping_helpers() -> None:
    assert bench_plover.gold_type("FIGHT") == "ASSAULT"
    assert bench_plover.gold_type("DEMAND") == "REQUEST"
    assert bench_plover.gold_type("PROTEST") == "PROTEST"
    iso3 = {"JPN", "USA"}
    assert bench_plover.country_codes([{"code": "JAP"}, {"code": "IGO"}, {"code": "USA"}], iso3) == iso3
    assert bench_plover.country_codes([{"code": "ITL"}, {"code": "VTN"}], {"ITA", "VNM"}) == {"ITA", "VNM"}
    assert bench_plover.sector_kinds([{"sector": "REBkur"}]) == {"rebels"}
    assert bench_plover.sector_kinds([{"sector": "COP"}, {"sector": "GOV"}]) == {"state_forces", "government"}
    assert bench_plover.sector_kinds([{"sector": "OPP"}, {"code": "USA"}]) is None
    a, b = event("PROTEST"), event("ASSAULT")
    assert bench_plover.pick_event([a, b], "ASSAULT") is b
    assert bench_plover.pick_event([a, b], "AGREE") is a
    assert bench_plover.pick_event([], "AGREE") is None


def test_arithmetic_one_right_one_wrong_type_two_missed() -> None:
    rep = run_canned(
        {
            ASSAULT: [event("ASSAULT", actor("rebels", "AFG"), actor("civilians", "PAK"))],
            FIGHT: [event("PROTEST", actor("protesters", "SDN"))],
        }
    )
    assert rep.items == 4
    assert rep.get("event detection (≥1 event coded)") == 0.5
    assert rep.get("event detection, gold ASSAULT/FIGHT") == 1.0
    assert rep.get("PLOVER type accuracy") == 0.25
    assert rep.get("PLOVER type accuracy where we coded") == 0.5
    assert rep.get("ASSAULT precision") == 1.0
    assert rep.get("ASSAULT recall") == 0.5
    assert rep.get("ASSAULT F1") == pytest.approx(2 / 3)
    # all four records have a gold source country: AFG and SDN right, two records not coded
    assert rep.get("source country (ISO3) accuracy") == 0.5
    assert rep.get("source country accuracy where we coded") == 1.0
    # targets with a country: ASSAULT (AFG, ours PAK), FIGHT (SDN, no actor2), DEMAND (KEN, no event)
    assert rep.get("target country (ISO3) accuracy") == 0.0
    # sources with a mappable sector where we coded actor1: REB~rebels right, MIL~protesters wrong
    assert rep.get("source sector agreement") == 0.5
    # COP~civilians wrong
    assert rep.get("target sector agreement") == 0.0
    confusion = {row[0]: row[1:] for row in rep.tables["gold type → our type (records)"]}
    assert confusion["gold \\ ours"] == ["none", "ASSAULT", "PROTEST"]
    assert confusion["FIGHT (→ASSAULT)"] == ["0", "0", "1"]
    assert confusion["CONSULT"] == ["1", "0", "0"]
    per_type = {row[0]: row[1:] for row in rep.tables["per PLOVER type (gold after mapping)"]}
    assert per_type["ASSAULT"] == ["2", "1", "100.0", "50.0", "66.7"]
    assert per_type["PROTEST"] == ["0", "1", "0.0", "", ""]


def test_best_matching_event_is_scored_and_limit_takes_the_first_records() -> None:
    rep = run_canned({ASSAULT: [event("PROTEST"), event("ASSAULT")]}, limit=2)
    assert rep.items == 2
    assert rep.get("PLOVER type accuracy") == 0.5
    assert rep.get("event detection (≥1 event coded)") == 0.5


def test_fixture_end_to_end() -> None:
    # the adapter codes with event_scope "all" (every PLOVER type); so does this extractor
    extractor = Extractor(load_settings(overrides={"extract": {"event_scope": "all"}}))
    rep = bench_plover.run(ROOT, "all", None, extractor=extractor)
    assert rep.items == 4
    # the two violent sentences are ASSAULT, the meeting CONSULT, the wage demand REQUEST
    assert rep.get("event detection (≥1 event coded)") == 1.0
    assert rep.get("PLOVER type accuracy") == 1.0
    assert rep.get("ASSAULT recall") == 1.0
    assert "split 'all': 4 records" in rep.to_markdown()
    assert bench_plover.run(ROOT, "test", None, extractor=extractor).items == 2


def test_default_scope_codes_only_the_conflict_records(extractor: Extractor) -> None:
    rep = bench_plover.run(ROOT, "dev", None, extractor=extractor)
    assert rep.items == 2
    # ASSAULT coded, CONSULT not (no ACLED type: only with event_scope "all")
    assert rep.get("PLOVER type accuracy") == 0.5
