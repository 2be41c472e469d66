"""Knowledge data files (ontology, triggers, actors, gazetteer): schemas and loading.

Each file under `frontlines/data/` carries `schema` (its format, e.g. "frontlines/actors/1"),
`version` (the rule-set version recorded on results) and `provenance`. Files are validated against the
models below when loaded, and cross-checked (every ACLED pair a trigger names exists in the ontology).
Loading is cached per process; nothing is a mutable module-level global. The gazetteer, a packed JSON
file, is read here into `knowledge_gazetteer.GazetteerFile`; the cue file's schema is in `knowledge_cues`.
"""

from __future__ import annotations

import gzip
import json
from functools import lru_cache
from importlib import resources
from typing import Any, Literal, TypeVar

import yaml
from pydantic import BaseModel, Field, ValidationError, model_validator

from frontlines.errors import KnowledgeError
from frontlines.knowledge_actors import ActorFile
from frontlines.knowledge_cues import CueFile
from frontlines.knowledge_file import FileHeader, FileSection
from frontlines.knowledge_gazetteer import GazetteerFile
from frontlines.model import ActorKind, PloverType


class _Data(FileSection, BaseModel):
    """A part of a knowledge file (`knowledge_file.FileSection`); `BaseModel` is named too so linters
    see a pydantic model."""


class _File(FileHeader, _Data):
    """A knowledge file: the shared header (`knowledge_file.FileHeader`); `_Data` is named too so
    linters see a pydantic model."""


# --- ontology ---------------------------------------------------------------------------------------


class PloverSpec(_Data):
    types: list[PloverType]
    modes: dict[PloverType, list[str]]
    cameo: dict[PloverType, str] = Field(default_factory=dict)
    """the CAMEO root code of each type"""
    intent: dict[PloverType, PloverType] = Field(default_factory=dict)
    """the type of a promise / threat to act: an announced RETREAT is an AGREE, a SANCTION a THREATEN"""
    negated: dict[PloverType, PloverType] = Field(default_factory=dict)
    """the type of a refusal: a negated AGREE ("will not accept") is a REJECT"""
    by_acled: dict[str, PloverType] = Field(default_factory=dict)
    """ACLED event type -> the PLOVER type of its events when every PLOVER type is coded (a riot's
    arson or looting is a PROTEST, riot mode)"""


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
    # the override does not apply when one of these is in the sentence too ("briefly seized the town
    # ... before withdrawing": the taker withdrew later, the taking was no handover)
    unless: list[str] = Field(default_factory=list)


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
    required_preps: list[str] = Field(default_factory=list)
    """the verb counts only with a preposition or particle among these ("called on", "called for")"""
    complement_aux: list[str] = Field(default_factory=list)
    """the verb counts only when its clausal complement has one of these auxiliaries ("said X must")"""
    excluded_modifiers: list[str] = Field(default_factory=list)
    subject_required: str | None = None
    excluded_subjects: list[str] = Field(default_factory=list)
    excluded_objects: list[str] = Field(default_factory=list)
    # a modifier of the object that makes it something else ("a reciprocal access agreement", "a trade
    # deal": cooperation, not an agreement between warring sides); conflict scope only
    excluded_object_modifiers: list[str] = Field(default_factory=list)
    excluded_object_words: list[str] = Field(default_factory=list)
    """words that, modifying the object or naming whom it is "for", make it something else in every
    scope ("take a harder line": a stance, not a front line; "camps for displaced families": shelter,
    not a base)"""
    # a trigger that is the object of one of these verbs tells no event ("fled fighting", "stops
    # attacking")
    excluded_object_of: list[str] = Field(default_factory=list)
    intransitive_verbs: list[str] = Field(default_factory=list)
    """verbs of the entry that tell no event when they take a direct object ("marched the children into
    the bush", "demonstrated new software")"""
    excluded_arenas: list[str] = Field(default_factory=list)
    """a prepositional object that makes the event a contest, not violence ("a battle in parliament")"""
    excluded_aims: list[str] = Field(default_factory=list)
    """what the event is "for" when it is a struggle, not violence ("fighting for his life")"""
    excluded_contenders: list[str] = Field(default_factory=list)
    """contenders that make the event a contest ("a battle between lawmakers")"""
    excluded_clause_verbs: list[str] = Field(default_factory=list)
    """a noun trigger governed by one of these verbs in its own clause is part of that act ("detained
    17 people in raids")"""
    governor_verbs: list[str] = Field(default_factory=list)
    excluded_heads: list[str] = Field(default_factory=list)
    generic: bool = False
    outcome: bool = False
    anaphoric: bool = False
    follow_up: bool = False
    """tells an event only after an event of its PLOVER type told before (code/follow_ups.py)"""
    sentence_overrides: list[SentenceOverride] = Field(default_factory=list)
    plover: PloverSpecRef
    acled: AcledPair | None = None
    """None: a PLOVER type ACLED has no category for (coded only with extract.event_scope = "all")"""
    intent: PloverType | None = None
    """the PLOVER type when the action is only promised, offered or announced (AGREE, THREATEN)"""
    plover_all: PloverType | None = None
    """the PLOVER type with extract.event_scope "all" (every PLOVER type coded), where the entry's CAMEO
    code maps to another type than `plover.type` ("signed an agreement": CAMEO 057, PLOVER SUPPORT)"""
    acled_state: AcledPair | None = None
    acled_nonstate: AcledPair | None = None
    acled_by_target: dict[ActorKind, AcledPair] = Field(default_factory=dict)
    acled_by_actor1: dict[ActorKind, AcledPair] = Field(default_factory=dict)
    cameo: str
    target_roles: list[str]
    agent_preps: list[str] = Field(default_factory=list)
    # the verb's subject is the side attacked, the doer is in `agent_preps` ("the unit came under fire
    # from several hundred terrorists")
    subject_is_target: bool = False
    """prepositions whose object is who acts when the subject is what the event befalls ("the town
    fell to the militants")"""
    frame: Literal["intent", "threat", "refusal", "directive", "transfer", "allegation"] | None = None
    """a PLOVER frame entry (no words): it codes a verb the lexicon does not list by the frame the verb
    stands in (cues.v1.yaml `plover_frames`, code/triggers.py `frame_hits`): an action announced or
    offered (intent), one announced against someone (threat) or refused (refusal), a verb telling
    another party to act (directive), a thing handed over to another party (transfer), a charge that
    another party did something (allegation)"""

    relaxed: bool = False
    """set by the matcher, never in the data file: fired without an object of its listed kind, in a
    sentence where nothing else fired (code/triggers.py `relaxed_hits`)"""

    @model_validator(mode="after")
    def _has_words(self) -> Trigger:
        if not self.verbs and not self.nouns and self.frame is None:
            raise ValueError(f"trigger {self.id}: needs verbs or nouns")
        if self.frame is not None and self.acled is not None:
            raise ValueError(f"trigger {self.id}: a frame entry codes PLOVER only (no acled)")
        return self

    def in_scope(self, scope: str) -> bool:
        """Coded under `extract.event_scope` ("conflict": only triggers with an ACLED type)."""
        return scope == "all" or self.acled is not None


class TriggerFile(_File):
    triggers: list[Trigger]
    # verbs with common figurative senses ("attacked the plan", "battled cancer", "stocks rallied"):
    # a grammatical subject alone gives them no substance (code/assemble.py)
    figurative_verbs: list[str] = []


class AttachFile(_File):
    origin_preps: list[str]
    destination_preps: list[str]
    movement_verbs: list[str]
    reference_words: list[str]
    place_nouns: list[str]
    neighbourhood_nouns: list[str] = []
    locative_preps: list[str] = []
    facility_nouns: list[str] = []
    part_nouns: list[str] = []
    place_prefixes: list[str] = []
    mission_nouns: list[str] = []
    time_zones: list[str] = []
    capital_nouns: list[str] = []
    """institutions a country has in its capital: "Kenya's parliament" is in Nairobi"""
    border_nouns: list[str] = []
    """nouns before "with" + a country that is across a border ("on the border with Nigeria")"""
    protest_verbs: list[str] = []
    """verbs whose "against" phrase names what is protested, not where ("demonstrated against Israel")"""
    feature_words: list[str] = []
    """words that open a natural feature's name ("Lake Tanganyika", "River Zab"): the name after them
    is not the province or town the gazetteer has under it (a feature it lists is found whole first)"""
    taken_verbs: list[str] = []
    """verbs that take ground: their object is a place the gazetteer knows whatever its entity tag"""
    struck_verbs: list[str] = []
    """verbs whose object is a place struck ("shelled Zzyzqa", "raided Zzyzqa"): a name there that no one's
    is a place, known to the gazetteer or not"""
    water_words: list[str] = []
    """water bodies named "<word> of <Name>" ("the Gulf of Oman", "the Strait of Hormuz"): the name after
    "of" is no place of the event (the water is no country, province or town)"""


# --- confidence -------------------------------------------------------------------------------------


class ConfidenceModel(_File):
    """A logistic model of P(event right) over binary features (see `frontlines.code.confidence`),
    fitted by `scripts/fit_confidence.py`."""

    target: str
    features: list[str]
    intercept: float
    weights: dict[str, float]
    fitted_on: dict[str, Any]

    @model_validator(mode="after")
    def _weights_named(self) -> ConfidenceModel:
        if set(self.weights) != set(self.features):
            raise ValueError("weights must name exactly the listed features")
        return self


# --- loading ----------------------------------------------------------------------------------------

M = TypeVar("M", bound=FileHeader)


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
        pairs = [
            trig.acled,
            trig.acled_state,
            trig.acled_nonstate,
            *trig.acled_by_target.values(),
            *trig.acled_by_actor1.values(),
        ]
        for pair in pairs + [o.acled for o in trig.sentence_overrides]:
            if pair is not None and not onto.has_acled(pair.event_type, pair.sub_event_type):
                raise KnowledgeError(
                    f"triggers.v1.yaml: trigger {trig.id} names ACLED "
                    f"{pair.event_type} / {pair.sub_event_type}, which is not in the ontology"
                )
        for kind in (trig.object_required, trig.subject_required):
            if kind is not None and kind not in objects:
                raise KnowledgeError(f"triggers.v1.yaml: trigger {trig.id}: unknown object kind {kind}")
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
def attach_words() -> AttachFile:
    return _validate(AttachFile, "attach.v1.yaml", "frontlines/attach/1")


@lru_cache(maxsize=1)
def confidence_model() -> ConfidenceModel:
    return _validate(ConfidenceModel, "confidence.v1.json", "frontlines/confidence/1")


GAZETTEER_FILE = "gazetteer.v2.json.gz"
GAZETTEER_SCHEMA = "frontlines/gazetteer/4"


@lru_cache(maxsize=1)
def gazetteer() -> GazetteerFile:
    path = resources.files("frontlines").joinpath("data", GAZETTEER_FILE)
    try:
        data = json.loads(gzip.decompress(path.read_bytes()))
    except FileNotFoundError as exc:
        raise KnowledgeError(f"knowledge file missing: frontlines/data/{GAZETTEER_FILE}") from exc
    except (OSError, json.JSONDecodeError) as exc:
        raise KnowledgeError(f"{GAZETTEER_FILE}: unreadable: {exc}") from exc
    if data.get("schema") != GAZETTEER_SCHEMA:
        raise KnowledgeError(f"{GAZETTEER_FILE}: schema {data.get('schema')!r}, expected {GAZETTEER_SCHEMA}")
    try:
        return GazetteerFile(data)
    except (ValidationError, KeyError, TypeError) as exc:
        raise KnowledgeError(f"{GAZETTEER_FILE}: {exc}") from exc


def versions() -> dict[str, str]:
    """Versions of every knowledge file, recorded on results alongside the stage versions."""
    return {
        "data/ontology": ontology().version,
        "data/triggers": triggers().version,
        "data/actors": actors().version,
        "data/cues": cues().version,
        "data/attach": attach_words().version,
        "data/gazetteer": gazetteer().version,
        "data/confidence": confidence_model().version,
        "data/common_words": COMMON_WORDS_VERSION,
        "data/senses": _senses_version(),
    }


def _senses_version() -> str:
    from frontlines.code.sense_guards import senses  # the guards' own module loads and checks the file

    return senses().version


COMMON_WORDS_VERSION = "common_words.v1"


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """One-word place names that are common English words (data/common_words.v1.txt; built by
    scripts/build_common_words.py): "march", "human", "airport". Lines starting with # are comments."""
    path = resources.files("frontlines").joinpath("data", f"{COMMON_WORDS_VERSION}.txt")
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise KnowledgeError(f"{path}: cannot read: {exc}") from exc
    words = frozenset(x.strip() for x in text.splitlines() if x.strip() and not x.startswith("#"))
    if not words:
        raise KnowledgeError(f"{path}: no words")
    return words
