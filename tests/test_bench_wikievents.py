"""The WikiEvents adapter on an invented fixture in the release's format (tests/fixtures/wikievents/...).

The arithmetic tests use a stub extractor whose events are written here, so every count is known; one
test runs the real extractor on the fixture and checks only that the report is consistent.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from frontlines.eval import bench_wikievents as wiki
from frontlines.eval.bench_common import BenchmarkMissing
from frontlines.extract import Extractor
from frontlines.model import Acled, Article, Event, EventDate, Evidence, ExtractResult, Fatalities, Plover

ROOT = Path(__file__).parent / "fixtures" / "wikievents"

CHECKPOINT = (
    "Militants attacked a checkpoint in Springfield on Tuesday. Two soldiers were killed in the attack."
    "\n\nA car bomb exploded later near the market, officials said."
)
MARCH = "Hundreds of students marched through the capital to protest higher fees."


def event(
    text: str,
    trigger: str,
    acled: tuple[str, str] = ("Battles", "Armed clash"),
    plover: str = "ASSAULT",
    mode: str | None = None,
) -> Event:
    """An event whose evidence is the sentence of `text` holding `trigger` (first occurrence)."""
    at = text.index(trigger)
    start = max(
        text.rfind(". ", 0, at) + 2 if text.rfind(". ", 0, at) >= 0 else 0, text.rfind("\n", 0, at) + 1
    )
    end = text.find(".", at) + 1
    return Event(
        id="e",
        plover=Plover(type=plover, mode=mode),  # type: ignore[arg-type]
        acled=Acled(event_type=acled[0], sub_event_type=acled[1]),
        date=EventDate(),
        fatalities=Fatalities(),
        factuality="asserted",
        historical=False,
        evidence=Evidence(sentence=text[start:end], start=start, end=end, trigger=trigger),
        confidence=0.5,
    )


class StubExtractor:
    """Codes the given events for a text it knows (by its first words) and records the texts."""

    def __init__(self, outputs: dict[str, list[Event]]) -> None:
        self.outputs = outputs
        self.texts: list[str] = []

    def extract_text(self, text: str, published: str | None = None) -> ExtractResult:
        self.texts.append(text)
        events = next((evs for key, evs in self.outputs.items() if text.startswith(key)), [])
        return ExtractResult(article=Article(id="a", body=text), events=events)


def stub() -> StubExtractor:
    return StubExtractor(
        {
            "Militants": [
                event(CHECKPOINT, "attacked"),  # Conflict.Attack.Unspecified: right
                event(CHECKPOINT, "killed"),  # Life.Die by its trigger word: right
                event(
                    CHECKPOINT, "car bomb", ("Explosions/Remote violence", "Remote explosive/landmine/IED")
                ),
                # ^ DetonateExplode on "car bomb": the gold trigger is "exploded", so a false positive
                event(CHECKPOINT, "said", ("Agreement", "Agreement"), plover="CONSULT"),  # not in scope
            ],
            "Hundreds": [
                event(MARCH, "marched", ("Protests", "Peaceful protest"), plover="PROTEST"),  # right
                event(MARCH, "protest", ("Riots", "Violent demonstration"), plover="PROTEST"),
                # ^ DemonstrateWithViolence: identified, wrong subtype, right parent
            ],
        }
    )


def test_rebuilds_the_text_from_token_offsets() -> None:
    docs, paths = wiki.load_split(ROOT, "test")
    assert [p.name for p in paths] == ["test.jsonl"]
    first = docs[0]
    assert first.text == CHECKPOINT  # gap of 1 between sentences: a space; of 2: a paragraph break
    start, end = first.token_spans[8]
    assert first.text[start:end] == "."  # no space where the offsets have none
    assert [
        (t.type, first.text[first.token_spans[t.start][0] : first.token_spans[t.end - 1][1]])
        for t in first.triggers
    ][:2] == [("Conflict.Attack.Unspecified", "attacked"), ("Life.Die.Unspecified", "killed")]
    assert len(first.in_scope) == 4  # "said" (Contact.Contact.Broadcast) is out of scope
    assert docs[1].text == MARCH


def test_type_mapping() -> None:
    assert wiki.kairos_type(event(CHECKPOINT, "killed")) == "Life.Die.Unspecified"
    assert wiki.kairos_type(event(CHECKPOINT, "attacked")) == "Conflict.Attack.Unspecified"
    bomb = event(CHECKPOINT, "exploded", ("Explosions/Remote violence", "Shelling/artillery/missile attack"))
    assert wiki.kairos_type(bomb) == "Conflict.Attack.DetonateExplode"  # by its trigger word
    kidnap = event(CHECKPOINT, "attacked", ("Violence against civilians", "Abduction/forced disappearance"))
    assert wiki.kairos_type(kidnap) is None
    riot = event(MARCH, "protest", ("Riots", "Mob violence"), plover="PROTEST")
    assert wiki.kairos_type(riot) == "Conflict.Demonstrate.DemonstrateWithViolence"


def test_maps_body_offsets_to_tokens_through_whitespace_changes() -> None:
    doc = wiki.load_split(ROOT, "test")[0][0]
    body = "  " + doc.text.replace(" ", "  ").replace("\n\n", "\n\n\n")  # what a normaliser might undo
    mapping = wiki.align(body, doc.text)
    at = body.index("killed")
    assert wiki.tokens_of((at, at + len("killed")), mapping, doc.token_spans) == (12, 13)
    at = body.index("car  bomb")
    assert wiki.tokens_of((at, at + len("car  bomb")), mapping, doc.token_spans) == (18, 20)


def test_metric_arithmetic_with_a_stub_extractor() -> None:
    extractor = stub()
    rep = wiki.run(ROOT, "test", None, extractor=extractor)
    assert rep.items == 2 and extractor.texts == [CHECKPOINT, MARCH]
    # gold in scope: attacked, killed, attack, exploded | marched, protest (6); ours in scope: 5
    assert rep.get("gold triggers in scope") == 6
    assert rep.get("gold triggers, all types") == 7
    assert rep.get("our events") == 6
    assert rep.get("trigger identification P") == pytest.approx(4 / 5)
    assert rep.get("trigger identification R") == pytest.approx(4 / 6)
    assert rep.get("trigger classification P") == pytest.approx(3 / 5)
    assert rep.get("trigger classification R") == pytest.approx(3 / 6)
    assert rep.get("trigger classification F1") == pytest.approx(2 * 0.6 * 0.5 / 1.1)
    assert rep.get("trigger classification (parent) P") == pytest.approx(4 / 5)
    assert rep.get("our triggers on any gold trigger") == pytest.approx(4 / 5)
    assert rep.get("our in-scope events not placed") == 0
    by_gold = {r[0]: r[1:] for r in rep.tables["gold triggers by type"][1:]}
    assert by_gold["Conflict.Attack.Unspecified"] == ["2", "1", "1", "50.0%"]
    assert by_gold["Conflict.Attack.DetonateExplode"] == ["1", "0", "0", "0.0%"]
    assert by_gold["Conflict.Demonstrate.Unspecified"] == ["2", "2", "1", "50.0%"]
    by_ours = {r[0]: r[1:] for r in rep.tables["our triggers by mapped type"][1:]}
    assert by_ours["Conflict.Attack.DetonateExplode"] == ["1", "0", "0.0%"]
    assert by_ours["Life.Die.Unspecified"] == ["1", "1", "100.0%"]


def test_splits_and_limit() -> None:
    assert wiki.run(ROOT, "test", 1, extractor=stub()).items == 1
    assert wiki.run(ROOT, "all", None, extractor=stub()).items == 3
    rep = wiki.run(ROOT, "dev", None, extractor=stub())  # the stub codes nothing for the dev document
    assert rep.get("trigger identification R") == 0.0 and rep.get("trigger identification P") is None


def test_missing_data_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(BenchmarkMissing, match=re.escape(str(tmp_path / "wikievents"))):
        wiki.run(tmp_path, "test", None, extractor=stub())
    (tmp_path / "wikievents").mkdir()
    with pytest.raises(BenchmarkMissing, match=re.escape("test.jsonl")):
        wiki.load_split(tmp_path, "test")
    with pytest.raises(BenchmarkMissing, match="splits"):
        wiki.load_split(ROOT, "train")


def test_runs_the_real_extractor(extractor: Extractor) -> None:
    rep = wiki.run(ROOT, "test", None, extractor=extractor)
    assert rep.items == 2
    assert rep.get("gold triggers in scope") == 6
    for name in ("trigger identification", "trigger classification"):
        p, r, f1 = rep.get(f"{name} P"), rep.get(f"{name} R"), rep.get(f"{name} F1")
        if p is not None and r is not None and p + r > 0:
            assert f1 == pytest.approx(2 * p * r / (p + r))
    assert rep.get("our in-scope events not placed") == 0
