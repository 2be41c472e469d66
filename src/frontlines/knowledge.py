"""Knowledge data files (ontology, triggers, actors, gazetteer): schemas and loading.

Each file under `frontlines/data/` carries `schema` (its format, e.g. "frontlines/actors/1"),
`version` (the rule-set version recorded on results) and `provenance`. Files are validated against the
models below when loaded, and cross-checked (every ACLED pair a trigger names exists in the ontology).
Loading is cached per process; nothing is a mutable module-level global.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from frontlines.errors import KnowledgeError
from frontlines.model import ActorKind, PlacePrecision, PloverType


class _Data(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class _File(_Data):
    schema_: str = Field(alias="schema")
    version: str
    provenance: str


# --- ontology ---------------------------------------------------------------------------------------


class PloverSpec(_Data):
    types: list[PloverType]
    modes: dict[PloverType, list[str]]


class Ontology(_File):
    plover: PloverSpec
    acled: dict[str, list[str]]
    cameo: dict[str, str]

    def has_acled(self, event_type: str, sub_event_type: str) -> bool:
        return sub_event_type in self.acled.get(event_type, [])


# --- triggers ---------------------------------------------------------------------------------------


class AcledPair(_Data):
    event_type: str
    sub_event_type: str


class SentenceOverride(_Data):
    lemmas: list[str]
    acled: AcledPair


class PloverSpecRef(_Data):
    type: PloverType
    mode: str | None = None


class Trigger(_Data):
    id: str
    priority: int
    verbs: list[str] = Field(default_factory=list)
    nouns: list[str] = Field(default_factory=list)
    modifiers: list[str] = Field(default_factory=list)
    forms: list[str] = Field(default_factory=list)
    object_required: str | None = None
    object_preps: list[str] | None = None
    excluded_particles: list[str] = Field(default_factory=list)
    required_particles: list[str] = Field(default_factory=list)
    excluded_modifiers: list[str] = Field(default_factory=list)
    sentence_overrides: list[SentenceOverride] = Field(default_factory=list)
    plover: PloverSpecRef
    acled: AcledPair
    acled_state: AcledPair | None = None
    acled_nonstate: AcledPair | None = None
    acled_by_target: dict[ActorKind, AcledPair] = Field(default_factory=dict)
    cameo: str
    target_roles: list[str]

    @model_validator(mode="after")
    def _has_words(self) -> Trigger:
        if not self.verbs and not self.nouns:
            raise ValueError(f"trigger {self.id}: needs verbs or nouns")
        return self


class TriggerFile(_File):
    triggers: list[Trigger]


# --- actors -----------------------------------------------------------------------------------------


class Group(_Data):
    id: str
    name: str
    kind: ActorKind
    country: str | None
    aliases: list[str]


class Country(_Data):
    iso3: str = Field(pattern=r"^[A-Z]{3}$")
    name: str
    demonyms: list[str]


class GenericActor(_Data):
    nouns: list[str]
    name: str
    kind: ActorKind


class ActorFile(_File):
    groups: list[Group]
    countries: list[Country]
    force_nouns: dict[str, list[str]]
    generic: list[GenericActor]


# --- cues -------------------------------------------------------------------------------------------


class FactualityCues(_Data):
    predicted_aux: list[str]
    predicted_governors: list[str]
    predicted_adjectives: list[str]
    hypothetical_marks: list[str]
    hypothetical_aux: list[str]
    uncertain_adverbs: list[str]
    uncertain_aux: list[str]
    uncertain_adjectives: list[str]
    negating_governors: list[str]
    negation_words: list[str]


class QuantityCues(_Data):
    number_words: dict[str, int]
    vague: dict[str, int]
    lower_bound: list[str]
    upper_bound: list[str]
    kill_verbs: list[str]
    death_words: list[str]
    die_verbs: list[str]
    injury_words: list[str]


class CueFile(_File):
    say_verbs: list[str]
    according: list[str]
    factuality: FactualityCues
    object_nouns: dict[str, list[str]]
    position_nouns: list[str]
    quantities: QuantityCues


# --- gazetteer --------------------------------------------------------------------------------------


class GazPlace(_Data):
    """One gazetteer place. Compact keys keep the file small (see scripts/build_gazetteer.py)."""

    id: int
    name: str
    country: str | None
    kind: PlacePrecision
    lat: float
    lon: float
    pop: int = 0
    admin1: str | None = None
    aliases: list[str] = Field(default_factory=list)


class GazetteerFile(_File):
    places: list[GazPlace]


# --- loading ----------------------------------------------------------------------------------------

M = TypeVar("M", bound=_File)


def _read(name: str) -> Any:
    path = resources.files("frontlines").joinpath("data", name)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise KnowledgeError(f"knowledge file missing: frontlines/data/{name}") from exc
    try:
        return json.loads(text) if name.endswith(".json") else yaml.safe_load(text)
    except (json.JSONDecodeError, yaml.YAMLError) as exc:
        raise KnowledgeError(f"frontlines/data/{name}: not valid {name.rsplit('.', 1)[-1]}: {exc}") from exc


def _validate(model: type[M], name: str, expected_schema: str) -> M:
    try:
        parsed = model.model_validate(_read(name))
    except ValidationError as exc:
        raise KnowledgeError(f"frontlines/data/{name} fails its schema: {exc}") from exc
    if parsed.schema_ != expected_schema:
        raise KnowledgeError(
            f"frontlines/data/{name}: schema {parsed.schema_!r}, expected {expected_schema!r}"
        )
    return parsed


@lru_cache(maxsize=1)
def ontology() -> Ontology:
    return _validate(Ontology, "ontology.v1.yaml", "frontlines/ontology/1")


@lru_cache(maxsize=1)
def triggers() -> TriggerFile:
    data = _validate(TriggerFile, "triggers.v1.yaml", "frontlines/triggers/1")
    onto = ontology()
    objects = {"place_or_position", *cues().object_nouns}
    for trig in data.triggers:
        pairs = [trig.acled, trig.acled_state, trig.acled_nonstate, *trig.acled_by_target.values()]
        for pair in pairs + [o.acled for o in trig.sentence_overrides]:
            if pair is not None and not onto.has_acled(pair.event_type, pair.sub_event_type):
                raise KnowledgeError(
                    f"triggers.v1.yaml: trigger {trig.id} names ACLED "
                    f"{pair.event_type} / {pair.sub_event_type}, which is not in the ontology"
                )
        if trig.object_required is not None and trig.object_required not in objects:
            raise KnowledgeError(
                f"triggers.v1.yaml: trigger {trig.id}: unknown object_required {trig.object_required}"
            )
        if trig.cameo[:2] not in onto.cameo:
            raise KnowledgeError(f"triggers.v1.yaml: trigger {trig.id}: unknown CAMEO root {trig.cameo[:2]}")
        modes = onto.plover.modes.get(trig.plover.type, [])
        if trig.plover.mode is not None and trig.plover.mode not in modes:
            raise KnowledgeError(
                f"triggers.v1.yaml: trigger {trig.id}: unknown PLOVER mode {trig.plover.mode}"
            )
    return data


@lru_cache(maxsize=1)
def actors() -> ActorFile:
    return _validate(ActorFile, "actors.v1.yaml", "frontlines/actors/1")


@lru_cache(maxsize=1)
def cues() -> CueFile:
    return _validate(CueFile, "cues.v1.yaml", "frontlines/cues/1")


@lru_cache(maxsize=1)
def gazetteer() -> GazetteerFile:
    return _validate(GazetteerFile, "gazetteer.v1.json", "frontlines/gazetteer/1")


def versions() -> dict[str, str]:
    """Versions of every knowledge file, recorded on results alongside the stage versions."""
    return {
        "data/ontology": ontology().version,
        "data/triggers": triggers().version,
        "data/actors": actors().version,
        "data/cues": cues().version,
        "data/gazetteer": gazetteer().version,
    }
