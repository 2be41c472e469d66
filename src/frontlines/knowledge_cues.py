"""The cue-word knowledge file (`data/cues.v1.yaml`): the schema of its sections (factuality, quantities,
topics, PLOVER frames) and of the whole file. Read and cached by `knowledge.cues()`.
"""

from __future__ import annotations

from typing import Literal, get_args

from pydantic import BaseModel, Field, model_validator

from frontlines.knowledge_file import FileHeader, FileSection


class _Data(FileSection, BaseModel):
    """A section of the file; `BaseModel` is named too so linters see a pydantic model."""


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
    retracting_verbs: list[str] = []
    """verbs that take back a claim of an act ("claimed the attack but later retracted the claim")"""
    aim_nouns: list[str] = []
    """nouns of a military operation whose "to" infinitive is its aim, not yet done ("an offensive to
    retake the city")"""
    hearsay_nouns: list[str] = []
    """nouns of hearsay whose "of" object is an event only heard of ("received reports of mass arrests")"""
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
    helping_purposes: list[str] = Field(default_factory=list)
    """purposes that make troops sent to a party help, not a show of force ("will send 600 troops to
    help train government forces": CAMEO 0332 / 072 military aid)"""
    party_nouns: list[str] = Field(default_factory=list)
    """nouns of organisations that act as a party besides governments, forces and groups of
    actors.v1.yaml ("a human rights group charged that", "the union said it would")"""
    peace_force_modifiers: list[str] = Field(default_factory=list)
    """modifiers that make a force named in an announced act no threat ("contribute ships to an
    international force", "join a peacekeeping force")"""
    recipient_preps: list[str] = Field(default_factory=lambda: ["to"])
    """prepositions whose object receives what a transfer verb hands over ("flew rice into Haiti")"""


class CueFile(FileHeader, _Data):
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
