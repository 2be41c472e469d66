"""MUC-4 role-filler entities (CEAF-REE): the metric on hand-made cases, and the adapter on an invented
two-document fixture in the GTT processed format (tests/fixtures/muc4_ree/muc4/processed/test.json).

The adapter tests use a stub extractor whose events are written here; the role mapping re-parses each
event's evidence sentence with the real spaCy model.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from bench_support import StubExtractor, bench_event

from frontlines.eval import bench_muc4_ree as ree
from frontlines.eval.bench_common import BenchmarkMissing
from frontlines.eval.bench_muc4_ceaf import ReeTally, ceaf_ree, phi_strict, ree_norm
from frontlines.eval.bench_muc4_roles import event_roles, predicted_entities
from frontlines.eval.registry import BENCHES, runner
from frontlines.model import Event

ROOT = Path(__file__).parent / "fixtures" / "muc4_ree"


# --- metric -----------------------------------------------------------------------------------------


def test_normalisation_drops_case_punctuation_and_articles() -> None:
    assert ree_norm("The  Shining-Path's  car bomb.") == "shiningpaths car bomb"
    assert ree_norm("a bus and an embassy") == "bus and embassy"
    assert ree_norm("  ") == ""


def test_phi_strict_every_predicted_mention_must_be_gold() -> None:
    assert phi_strict(["fmln", "farabundo marti national liberation front"], ["FMLN"])
    assert not phi_strict(["fmln"], ["fmln", "fmln rebels"])  # an extra mention
    assert not phi_strict(["fmln"], [])


def test_ceaf_exact_match() -> None:
    got = ceaf_ree([["bomb"], ["dynamite"]], [["dynamite"], ["the bomb"]])
    assert (got.tp, got.fp, got.fn) == (2, 0, 0)


def test_ceaf_subset_of_a_gold_entity_matches() -> None:
    got = ceaf_ree([["vehicles", "two vehicles", "the vehicles parked outside"]], [["two vehicles"]])
    assert (got.tp, got.fp, got.fn) == (1, 0, 0)


def test_ceaf_extra_mentions_do_not_match() -> None:
    got = ceaf_ree([["vehicles"]], [["vehicles", "buses"]])
    assert (got.tp, got.fp, got.fn) == (0, 1, 1)


def test_ceaf_alignment_is_one_to_one() -> None:
    # two predictions of the same gold entity: one matches; the best alignment is found, not the first
    got = ceaf_ree([["fmln", "fmln rebels"], ["fmln"]], [["fmln rebels"], ["fmln"], ["fmln"]])
    assert (got.tp, got.fp, got.fn) == (2, 1, 0)


def test_ceaf_empty_roles() -> None:
    assert (ceaf_ree([], []).tp, ceaf_ree([], []).fp, ceaf_ree([], []).fn) == (0, 0, 0)
    only_pred = ceaf_ree([], [["bomb"]])
    assert (only_pred.tp, only_pred.fp, only_pred.fn) == (0, 1, 0)
    only_gold = ceaf_ree([["bomb"]], [])
    assert (only_gold.tp, only_gold.fp, only_gold.fn) == (0, 0, 1)


def test_tally_sums_documents_and_micro_averages_roles() -> None:
    tally = ReeTally()
    tally.add({"Weapon": [("bomb",)], "Victim": [("oqueli",)]}, {"Weapon": [("bomb",)], "Target": [("bus",)]})
    tally.add({"Weapon": [("dynamite",)]}, {"Weapon": [("dynamite",)]})
    assert (tally.roles["Weapon"].tp, tally.roles["Weapon"].fp, tally.roles["Weapon"].fn) == (2, 0, 0)
    micro = tally.micro()
    assert (micro.tp, micro.fp, micro.fn) == (2, 1, 1)
    assert micro.f1 == pytest.approx(2 / 3)


# --- gold -------------------------------------------------------------------------------------------


def test_gold_is_the_union_over_templates_with_shared_mentions_merged() -> None:
    docs, paths = ree.load_processed(ROOT, "test")
    assert [d.docid for d in docs] == ["TST3-MUC4-0001", "TST4-MUC4-0002"]
    assert paths == [ROOT / "muc4" / "processed" / "test.json"]
    second = docs[1]
    assert second.gold["PerpInd"] == [("gunmen",)]  # the same entity in two templates counts once
    assert second.gold["Victim"] == [("hector oqueli", "oqueli")]  # merged through "hector oqueli"
    assert docs[0].gold["Target"] == [("embassy", "embassy in lima"), ("two vehicles", "vehicles")]


def test_grit_extracts_form_is_read_too() -> None:
    record = {"docid": "X", "doctext": "t", "extracts": {"Weapon": [[["bomb", 0], ["a bomb", 0]]]}}
    doc = ree.parse_doc(record)
    assert doc.gold["Weapon"] == [("bomb",)]
    assert doc.gold["Victim"] == []


def test_missing_folder_or_split_raises(tmp_path: Path) -> None:
    with pytest.raises(BenchmarkMissing, match="processed"):
        ree.load_processed(tmp_path, "test")
    with pytest.raises(BenchmarkMissing, match="splits"):
        ree.load_processed(ROOT, "train")


# --- our events -> roles ----------------------------------------------------------------------------


def event(
    sentence: str,
    trigger: str,
    *,
    acled: tuple[str, str] = ("Violence against civilians", "Attack"),
    actor1: tuple[str, str, str | None] | None = None,
    **fields: Any,
) -> Event:
    """`actor1` is (text, name, id)."""
    return bench_event(
        acled,
        sentence=sentence,
        trigger=trigger,
        actor1=actor1[:2] if actor1 else None,
        actor1_id=actor1[2] if actor1 else None,
        **fields,
    )


BOMB = ("Explosions/Remote violence", "Remote explosive/landmine/IED")


def test_roles_of_one_event() -> None:
    roles = event_roles(
        event("The bomb destroyed two vehicles parked outside.", "destroyed", acled=BOMB, mode="explosives")
    )
    assert roles["Target"] == ["vehicles"]
    assert roles["Weapon"] == ["bomb"]
    assert roles["PerpInd"] == roles["PerpOrg"] == roles["Victim"] == []


def test_perpetrators_individual_or_organisation() -> None:
    generic = event_roles(event("Terrorists bombed the embassy.", "bombed", actor1=("Terrorists", "X", None)))
    assert generic["PerpInd"] == ["Terrorists"] and generic["PerpOrg"] == []
    assert generic["Target"] == ["embassy"]
    named = event_roles(event("Hamas attacked the bus.", "attacked", actor1=("Hamas", "Hamas", "hamas")))
    assert named["PerpOrg"] == ["Hamas"] and named["PerpInd"] == []
    army = event_roles(event("The army attacked the village.", "attacked", actor1=("The army", "M", None)))
    assert army["PerpOrg"] == ["army"]


def test_victims_are_names_not_descriptions() -> None:
    roles = event_roles(
        event("Gunmen killed two peasants.", "killed", actor2=("two peasants", "Civilians", "civilians"))
    )
    assert roles["Victim"] == []
    named = event_roles(event("Gunmen murdered Hector Oqueli in Guatemala City.", "murdered"))
    assert named["Victim"] == ["Hector Oqueli"]


def test_only_events_the_muc4_adapter_keeps() -> None:
    kept = event("Gunmen bombed the bank.", "bombed", actor1=("Gunmen", "X", None))
    negated = event(
        "Gunmen did not bomb the bank.", "bomb", actor1=("Gunmen", "X", None), factuality="negated"
    )
    on_army = event(
        "Rebels attacked the barracks.", "attacked", actor2=("soldiers", "Military Forces", "state_forces")
    )
    got = predicted_entities([kept, negated, on_army, kept])
    assert got["PerpInd"] == [("gunmen",)]  # one entity per distinct mention
    assert got["Target"] == [("bank",)]


# --- the adapter ------------------------------------------------------------------------------------


def stub() -> StubExtractor:
    return StubExtractor(
        [
            [
                event(
                    "Terrorists bombed the embassy in Lima on Monday.",
                    "bombed",
                    acled=BOMB,
                    mode="explosives",
                    actor1=("Terrorists", "Unidentified Armed Group", None),
                ),
                event(
                    "The bomb destroyed two vehicles parked outside.",
                    "destroyed",
                    acled=BOMB,
                    mode="explosives",
                ),
            ],
            [
                event(
                    "Gunmen murdered Hector Oqueli in Guatemala City.",
                    "murdered",
                    actor1=("Gunmen", "Unidentified Armed Group", None),
                ),
                # negated: not kept, so its organisation is not predicted
                event(
                    "The FMLN denied responsibility for the murder of Oqueli.",
                    "murder",
                    actor1=("The FMLN", "FMLN", "fmln"),
                    factuality="negated",
                ),
            ],
        ]
    )


def test_adapter_on_the_fixture() -> None:
    extractor = stub()
    rep = ree.run(ROOT, "test", None, extractor=extractor)
    assert rep.bench == "muc4-ree" and rep.items == 2
    # the processed text, paragraphs split and sentence-cased, no dateline (no raw release here)
    first_text, published = extractor.calls[0]
    # truecased (bench_muc4_case): the capitals of a city and a group of our actor file given back
    assert first_text.startswith("Terrorists bombed the embassy in Lima on monday. The bomb destroyed")
    assert "\n\nPolice said the Shining Path was responsible." in first_text
    assert published is None
    table = {row[0]: row[1:4] for row in rep.tables["role-filler entities (CEAF-REE, strict)"][1:]}
    # role: gold entities, predicted, matched
    assert table["PerpInd"] == ["2", "2", "2"]
    assert table["PerpOrg"] == ["1", "0", "0"]
    assert table["Target"] == ["2", "2", "2"]
    assert table["Victim"] == ["1", "1", "1"]
    assert table["Weapon"] == ["1", "1", "1"]
    assert table["Micro Avg"] == ["7", "6", "6"]
    assert rep.get("micro average P") == pytest.approx(1.0)
    assert rep.get("micro average R") == pytest.approx(6 / 7)
    assert rep.get("PerpOrg R") == 0.0 and rep.get("PerpOrg P") is None  # nothing predicted
    assert any("CEAF-REE" in n for n in rep.notes)


def test_adapter_limit_and_registry() -> None:
    rep = ree.run(ROOT, "test", 1, extractor=stub())
    assert rep.items == 1
    assert BENCHES["muc4-ree"] == "frontlines.eval.bench_muc4_ree"
    assert runner("muc4-ree") is ree.run


def test_fixture_is_in_the_processed_format() -> None:
    lines = (ROOT / "muc4" / "processed" / "test.json").read_text(encoding="utf-8").splitlines()
    for line in lines:
        record = json.loads(line)
        for template in record["templates"]:
            for role in ("PerpInd", "PerpOrg", "Target", "Victim", "Weapon"):
                for entity in template[role]:
                    for mention, offset in entity:
                        assert record["doctext"][offset : offset + len(mention)] == mention


def test_published_figures_are_printed_beside_ours() -> None:
    from frontlines.eval.bench_muc4_published import published

    systems = published()
    gtt = next(p for p in systems if p.system == "GTT" and p.metric == "gtt-template")
    assert gtt.f1["PerpInd"] == pytest.approx(44.0) and gtt.micro["f1"] == pytest.approx(50.2)
    assert all(p.source_url.startswith("https://") for p in systems)
    rep = ree.run(ROOT, "test", None, extractor=stub())
    rows = rep.tables["published systems (MUC-4 test split, percent) and ours"]
    assert rows[0][:3] == ["system", "metric", "PerpInd"]
    assert rows[1][0] == "GTT (BERT-base)" and rows[1][2] == "44.0"
    assert rows[-1][:2] == ["frontlines (test split)", "ceaf-ree-doc"] and rows[-1][-1] == "92.3"
    assert any("Published systems" in n and "github.com/fnl/fine-tuning-decoder" in n for n in rep.notes)
