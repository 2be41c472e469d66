"""Knowledge data files (ontology, triggers, actors, gazetteer): schemas and loading.

Each file under `frontlines/data/` carries `schema` (its format, e.g. "frontlines/actors/1"),
`version` (the rule-set version recorded on results) and `provenance`. Files are validated against the
models below when loaded, and cross-checked (every ACLED pair a trigger names exists in the ontology).
Loading is cached per process; nothing is a mutable module-level global. The gazetteer, a packed JSON
file, is read here into `knowledge_gazetteer.GazetteerFile`.
"""

from __future__ import annotations

import gzip
import json
from functools import lru_cache
from importlib import resources
from typing import Any, Literal, TypeVar, get_args

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from frontlines.errors import KnowledgeError
from frontlines.knowledge_file import FileHeader
from frontlines.knowledge_gazetteer import GazetteerFile
from frontlines.model import ActorKind, PloverType


class _Data(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


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
    names: list[str] = Field(default_factory=list)


class GenericActor(_Data):
    nouns: list[str]
    name: str
    kind: ActorKind


class ActorFile(_File):
    groups: list[Group]
    countries: list[Country]
    force_nouns: dict[str, list[str]]
    generic: list[GenericActor]
    ethnic_groups: list[str] = Field(default_factory=list)
    """communities whose armed men ACLED codes as "<Name> Ethnic Militia" ("Murle youths")"""
    militia_nouns: list[str] = Field(default_factory=list)
    """head nouns that make an ethnic name an ethnic militia ("youths", "gunmen", "militia")"""
    leaders: dict[str, list[str]] = Field(default_factory=dict)
    """ISO3 -> heads of state or government (and foreign ministers) named in news: the government"""
    un_missions: dict[str, str] = Field(default_factory=dict)
    """ISO3 -> id of the group that is the UN peacekeeping mission there ("UN peacekeepers" in Congo)"""
    public_figures: dict[str, list[str]] = Field(default_factory=dict)
    """ISO3 -> well-known people who hold no state office (clerics, dissidents): people of that country"""
    offices: dict[str, list[str]] = Field(default_factory=dict)
    """ISO3 -> titles that alone name one country's head ("the pope", "the pontiff"): its government"""
    capitals: dict[str, list[str]] = Field(default_factory=dict)
    """ISO3 -> seats of government that stand for it only as a party ("Nairobi accused ..."), not as
    places ("a bomb in Nairobi"); capitals that stand for it anywhere are among the country's names"""

    @model_validator(mode="after")
    def _leaders_of_known_countries(self) -> ActorFile:
        known = {c.iso3 for c in self.countries}
        unknown = sorted(
            (set(self.leaders) | set(self.public_figures) | set(self.offices) | set(self.capitals)) - known
        )
        if unknown:
            raise ValueError(f"leaders, figures or offices of countries not listed: {', '.join(unknown)}")
        return self


# --- cues -------------------------------------------------------------------------------------------


class FactualityCues(_Data):
    predicted_aux: list[str]
    predicted_governors: list[str]
    predicted_adjectives: list[str]
    predicted_nouns: list[str] = Field(default_factory=list)
    """nouns of intent whose infinitive puts the event in the future ("expressed willingness to meet")"""
    hypothetical_marks: list[str]
    hypothetical_aux: list[str]
    uncertain_adverbs: list[str]
    uncertain_aux: list[str]
    uncertain_adjectives: list[str]
    uncertain_governors: list[str]
    unconfirmed_verbs: list[str]
    negating_governors: list[str]
    negation_words: list[str]
    planned_object_governors: list[str] = []
    attempt_governors: list[str] = []
    foiled_object_governors: list[str] = []
    preventing_governors: list[str] = []
    calling_governors: list[str] = []
    hearsay_passives: list[str] = []
    possibility_governors: list[str] = []
    disputed_nouns: list[str] = []
    raising_verbs: list[str] = []
    """verbs of appearance whose infinitive is uncertain ("appeared to have struck")"""
    anticipated_nouns: list[str] = []
    """nouns whose "of"/"for" event is still ahead ("plans for an attack", "fears of an assault")"""
    possible_nouns: list[str] = []
    """nouns whose "of" event is only possible ("the risk of an attack", "the danger of a massacre")"""
    anticipating_verbs: list[str] = []
    """verbs whose nominal object is still ahead ("residents fear an attack", "warned of an offensive")"""
    predicted_modifiers: list[str] = []
    """adjectives that put a nominal event ahead ("a planned march", "the upcoming offensive")"""
    cancelling_governors: list[str] = []
    """verbs whose nominal object did not take place ("cancelled the march", "called off the strike")"""
    deterring_governors: list[str] = []
    """verbs whose nominal object a purpose infinitive keeps away ("to prevent attacks")"""
    attempt_nouns: list[str] = []
    """nouns of an attempt; failed, what they tried did not happen ("the attempt to capture ... failed")"""
    false_adjectives: list[str] = []
    """adjectives that deny a report ("reports that ... were false")"""
    realizing_verbs: list[str] = []
    """verbs that, in the past, carry out a planned event ("launched a threatened offensive")"""
    unable_words: list[str] = []
    """words that, like a negation, make a following "verify"/"confirm" a failure ("unable to verify")"""
    event_subject_nouns: list[str] = []
    """event nouns whose adjective weakens the verb they are the subject of ("a suspected attack hit")"""
    scheduling_verbs: list[str] = []
    """verbs whose nominal passive subject is still ahead ("a general strike has been called")"""
    responsibility_verbs: list[str] = []
    """verbs of owning an act; a "no" subject negates them, not the act ("no group claimed the attack")"""
    reported_passives: list[str] = []
    """hearsay verbs whose passive alone makes the nominal subject uncertain ("clashes were reported")"""
    blaming_governors: list[str] = []
    """verbs blaming someone for an act: the act's authorship is a claim ("was blamed for an attack")"""
    count_nouns: list[str] = []
    """nouns of a count; an unconfirmed count leaves the event asserted ("the figure could not be
    confirmed")"""
    remembrance_nouns: list[str] = []
    """nouns whose "of" event is in the past ("the anniversary of the massacre")"""
    occurring_verbs: list[str] = []
    """verbs saying an event takes place; with "would" they keep it predicted ("the march would begin")"""
    stopping_verbs: list[str] = []
    """verbs stopping an act; negated or failed, the act happened ("failed to stop the attack")"""
    failing_words: list[str] = []
    """governors of a failure ("failed to", "unable to"), which turn a stopping verb around"""
    negating_nouns: list[str] = []
    """nouns of denial whose "that" clause is negated ("issued a denial that its troops had ...")"""
    condition_nouns: list[str] = []
    """nouns of a condition after "in" ("in case of", "in the event that")"""
    hypothetical_modifiers: list[str] = []
    """adjectives that make a nominal event only possible ("a potential invasion")"""
    predicted_complements: list[str] = []
    """predicates of a nominal event still ahead ("an attack is imminent")"""
    possible_complements: list[str] = []
    """predicates of a nominal event only possible ("an attack is possible")"""
    anchor_preps: list[str] = []
    """prepositions whose nominal event anchors a clause in time, untouched by its negation ("after")"""
    doubt_complements: list[str] = []
    """predicates of an impersonal "it is ... that" that leave the clause in doubt ("it is possible")"""
    mobilising_verbs: list[str] = []
    """verbs of massing forces; in the present, what they are for is ahead ("massing for an assault")"""
    warning_verbs: list[str] = []
    """verbs of warning against an act, only possible then ("warned Israel against attacking")"""
    considering_verbs: list[str] = []
    """verbs of weighing an option whose indefinite object is only possible ("weighing air strikes")"""
    facing_verbs: list[str] = []
    """verbs whose nominal object, but for a past tense, is still ahead ("or face an assault")"""
    fulfilling_verbs: list[str] = []
    """verbs that carry out a plan or threat ("carried out their plan to attack")"""
    claim_nouns: list[str] = []
    """nouns of a claim whose "that" clause is uncertain ("allegations that soldiers shot")"""
    truth_words: list[str] = []
    """complements of a condition that asks whether a report is true ("if confirmed", "if true")"""
    loose_links: list[str] = []
    """relations by which a clause is not governed by the verb above ("denied access after ...")"""
    past_clause_marks: list[str] = []
    """marks of a past clause that stands on its own ("after militants attacked")"""


CountKind = Literal["killed", "injured", "captured"]


class CountCues(_Data):
    verbs: list[str]
    words: list[str]
    state_verbs: list[str]
    manner: list[str]
    things: list[str] = []
    single: bool = True
    nouns: list[str] = []


class QuantityCues(_Data):
    number_words: dict[str, int]
    vague: dict[str, int]
    lower_bound: list[str]
    upper_bound: list[str]
    collective_nouns: list[str]
    toll_verbs: list[str]
    counts: dict[CountKind, CountCues]

    @model_validator(mode="after")
    def _all_counts(self) -> QuantityCues:
        missing = set(get_args(CountKind)) - set(self.counts)
        if missing:
            raise ValueError(f"quantities.counts lacks {sorted(missing)}")
        return self


class TopicCues(_Data):
    words: list[str]
    min_distinct: int = Field(ge=1)
    min_share: float = Field(ge=0.0, le=1.0)
    # what an event in an article of this topic needs to count as violence
    needs: Literal["actor", "named_actor", "actor_or_count"] = "actor_or_count"
    # words that, with country names, make an actor a team or a part of the field of play ("Mali's
    # defence", "the post"): no armed side
    play_nouns: list[str] = Field(default_factory=list)


class PloverFrames(_Data):
    """Frames that code a verb the trigger lexicon does not list (extract.event_scope "all")."""

    intent_governors: list[str]
    """verbs whose infinitive is an action promised or offered ("vowed to work with")"""
    intent_adjectives: list[str]
    """adjectives whose infinitive is ("is ready to work with", "is prepared to sell")"""
    intent_nouns: list[str]
    """nouns whose infinitive is ("expressed willingness to help")"""
    announce_verbs: list[str]
    """verbs whose future complement is an announced action ("said it would send")"""
    future_aux: list[str]
    possibility_aux: list[str] = Field(default_factory=list)
    """auxiliaries of a possible act a party announces ("said Ankara might reopen its border")"""
    warning_verbs: list[str] = Field(default_factory=list)
    """verbs of saying whose announced act is a threat ("warned Pakistan that New Delhi would hit back")"""
    allege_verbs: list[str] = Field(default_factory=list)
    """verbs of saying whose complement charges another party ("charged that Chinese troops had crossed")"""
    blame_words: list[str] = Field(default_factory=list)
    """words that make "X was ..." said of another party a charge ("said Sudan was behind the attempt")"""
    rallying_verbs: list[str] = Field(default_factory=list)
    """verbs that, calling others to act against a party, rally opposition to it ("urged Muslims to rise
    up against Israel")"""
    verdict_verbs: list[str] = Field(default_factory=list)
    """verbs that, with a blame word as complement, give a finding of guilt ("found him guilty")"""
    blamed_acts: list[str] = Field(default_factory=list)
    """acts (besides listed triggers) a party can be said to be behind ("the assassination attempt")"""
    refusal_words: list[str] = Field(default_factory=list)
    """answers that, said to a request or offer, refuse it ("said no to the request")"""
    stop_verbs: list[str]
    """verbs that tell no act (be, have, remain...)"""
    hostile_words: list[str]
    """the verb, its object or a modifier of it that makes the announced action a threat"""
    hostile_preps: list[str]
    """prepositions that aim the announced action at someone as a threat ("action against")"""
    directive_verbs: list[str]
    """verbs that tell another party to act ("wants Britain to fund", "invited the UN to mediate")"""
    transfer_verbs: list[str] = Field(default_factory=list)
    """verbs that hand a thing over to a party ("delivered fighter planes to Syria")"""
    not_goods: list[str] = Field(default_factory=list)
    """objects of a transfer verb that are words or people, not goods ("sent a letter to")"""
    irregular_forms: list[str] = Field(default_factory=list)
    """irregular forms of the frame verbs, for the candidate pass ("sent", "gave")"""


class CueFile(_File):
    say_verbs: list[str]
    retaliation_nouns: list[str] = Field(default_factory=list)
    """nouns of a reply to an earlier act ("in retaliation for air strikes"): the act is not dated by the
    reply's day"""
    course_verbs: list[str] = Field(default_factory=list)
    """verbs of an event's course ("a raid that began late on Monday"): a relative clause with one dates
    the event of the clause its noun sits in"""
    threat_marks: list[str] = Field(default_factory=list)
    according: list[str]
    factuality: FactualityCues
    object_nouns: dict[str, list[str]]
    position_nouns: list[str]
    quantities: QuantityCues
    sports: TopicCues | None = None
    figurative_topics: dict[str, TopicCues] = Field(default_factory=dict)
    plover_frames: PloverFrames | None = None


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
    border_nouns: list[str] = []
    """nouns before "with" + a country that is across a border ("on the border with Nigeria")"""
    feature_words: list[str] = []
    """words that open a natural feature's name ("Lake Tanganyika", "River Zab"): the name after them
    is not the province or town the gazetteer has under it (a feature it lists is found whole first)"""
    """institutions a country has in its capital: "Kenya's parliament" is in Nairobi"""


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
