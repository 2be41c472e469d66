"""The cue words of the factuality coder (`data/cues.v1.yaml`, section `factuality`, plus the speech verbs
and "according"), read once into sets."""

from __future__ import annotations

from frontlines.knowledge_cues import CueFile
from frontlines.model import Factuality


class FactualityWords:
    """The word lists as sets, under the names the rules use."""

    def __init__(self, data: CueFile) -> None:
        self.version = data.version
        f = data.factuality
        self.predicted_aux = set(f.predicted_aux)
        self.predicted_governors = set(f.predicted_governors)
        self.predicted_adjectives = set(f.predicted_adjectives)
        self.intent_nouns = set(f.predicted_nouns)
        self.hyp_marks = set(f.hypothetical_marks)
        self.hyp_aux = set(f.hypothetical_aux)
        self.unc_adverbs = set(f.uncertain_adverbs)
        self.unc_aux = set(f.uncertain_aux)
        self.unc_adjectives = set(f.uncertain_adjectives)
        self.unc_governors = set(f.uncertain_governors)
        self.unconfirmed = set(f.unconfirmed_verbs)
        self.neg_governors = set(f.negating_governors)
        self.neg_words = set(f.negation_words)
        self.planned = set(f.planned_object_governors)
        self.attempts = set(f.attempt_governors)
        self.foiled = set(f.foiled_object_governors)
        self.prevented = set(f.preventing_governors)
        self.called_for = set(f.calling_governors)
        self.hearsay = set(f.hearsay_passives)
        self.possibility = set(f.possibility_governors)
        self.disputed_nouns = set(f.disputed_nouns)
        self.raising = set(f.raising_verbs)
        self.anticipated_nouns = set(f.anticipated_nouns)
        self.possible_nouns = set(f.possible_nouns)
        self.anticipating = set(f.anticipating_verbs)
        self.predicted_modifiers = set(f.predicted_modifiers)
        self.cancelling = set(f.cancelling_governors)
        self.occurring = set(f.occurring_verbs)
        self.remembrance = set(f.remembrance_nouns)
        self.reported_passives = set(f.reported_passives)
        self.blaming = set(f.blaming_governors)
        self.count_nouns = set(f.count_nouns)
        self.responsibility = set(f.responsibility_verbs)
        self.retracting = set(f.retracting_verbs)
        self.aim_nouns = set(f.aim_nouns)
        self.hearsay_nouns = set(f.hearsay_nouns)
        self.scheduling = set(f.scheduling_verbs)
        self.unable_words = set(f.unable_words)
        self.event_subjects = set(f.event_subject_nouns)
        self.realizing = set(f.realizing_verbs)
        # "verify" -> "verif" (verified), "corroborate" -> "corroborat" (corroborated)
        self.unconfirmed_stems = tuple(v[:-1] if v.endswith(("y", "e")) else v for v in self.unconfirmed)
        self.deterring = set(f.deterring_governors)
        self.attempt_nouns = set(f.attempt_nouns)
        self.false_adjectives = set(f.false_adjectives)
        self.stopping = set(f.stopping_verbs)
        self.failing = set(f.failing_words)
        self.negating_nouns = set(f.negating_nouns)
        self.condition_nouns = set(f.condition_nouns)
        self.hyp_modifiers = set(f.hypothetical_modifiers)
        self.predicted_complements = set(f.predicted_complements)
        self.possible_complements = set(f.possible_complements)
        self.fulfilling = set(f.fulfilling_verbs)
        self.facing = set(f.facing_verbs)
        self.mobilising = set(f.mobilising_verbs)
        self.warning = set(f.warning_verbs)
        self.considering = set(f.considering_verbs)
        self.anchor_preps = set(f.anchor_preps)
        self.doubt_complements = set(f.doubt_complements)
        self.claim_nouns = set(f.claim_nouns)
        self.truth_words = set(f.truth_words)
        self.loose_links = set(f.loose_links)
        self.past_clause_marks = set(f.past_clause_marks)
        self.say_verbs = set(data.say_verbs)
        self.according = set(data.according)


Found = dict[Factuality, str]
"""The cues found for a mention, the first one of each label (`setdefault`)."""
