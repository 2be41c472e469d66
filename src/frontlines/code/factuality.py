"""Factuality (asserted / predicted / hypothetical / negated / uncertain) and attribution of a mention.

The clause of a trigger is its verb (for a nominal trigger, the nearest verb above it). The clause and
the verbs governing it (through xcomp/ccomp/advcl/conj, up to the root: `code/clause.py`) are searched
for cues from `data/cues.v1.yaml`, in this precedence: negated > hypothetical > predicted > uncertain >
asserted. The cue families live in their own modules:
- `code/negation.py`: "not"/"never" on the clause, a denying governor ("denied that its jets struck"),
  an event whose victims are "no one" / "nobody", an act stopped ("failed to capture", "foiled an
  attack");
- `code/modality.py`: hypothetical ("if"/"unless", a counterfactual "would/could/might have", "could")
  and predicted ("will"/"shall", "plan to", "threatened to", "is expected/
  likely/poised to"); `code/nominal_modality.py`: a nominal event framed ("the risk of an attack",
  "fears of an assault", "a planned march", "were planning further attacks");
- `code/uncertainty.py`: uncertain ("reportedly", "allegedly", "may/might", "alleged attack", a claim,
  "unconfirmed reports", "the report could not be confirmed") and attribution.
Each label keeps its first cue: the rules run in a fixed order (the nominal frame, then `RULES` on each
verb of the chain, nearest first, then the sentence), and that order is part of the output (the cue
decides, e.g., whether a hypothetical is a conditional threat).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any
from weakref import WeakKeyDictionary

from frontlines.code import modality, negation, nominal_modality, uncertainty
from frontlines.code.clause import Clause, Step, chain_rels, clause_verb, cut_chain, shared_tense
from frontlines.code.factuality_words import FactualityWords, Found
from frontlines.knowledge import cues
from frontlines.knowledge_cues import CueFile
from frontlines.model import Factuality

Rule = Callable[[FactualityWords, Clause, Step, Found], None]

RULES: tuple[Rule, ...] = (
    negation.denying_governor,
    negation.stopped_act,
    uncertainty.hearsay_infinitive,
    negation.no_noun,
    modality.condition_mark,
    modality.condition_on_clause,
    modality.modal_aux,
    uncertainty.claim_governor,
    uncertainty.disputed_subject,
    modality.future_aux,
    modality.predicting_governor,
    modality.intent_noun,
    modality.predicted_acomp,
    uncertainty.uncertain_adverb,
    uncertainty.uncertain_modal,
    modality.infinitive_of_be,
    modality.anticipated_noun,
    negation.failed_attempt,
    negation.false_report,
    modality.inversion,
    uncertainty.unconfirmed_governor,
    uncertainty.raising_verb,
    modality.called_for,
    # (added after the first rules; each label keeps its first cue, so appending keeps theirs)
    negation.negating_noun,
    modality.aim_noun,
    negation.cancelled_plan,
    modality.condition_noun,
    modality.condition_phrase,
    modality.possible_noun,
    modality.going_to,
    uncertainty.claim_noun,
    uncertainty.claim_subject,
    uncertainty.unchecked,
    uncertainty.doubtful_that,
    modality.mobilised_for,
    modality.warned_against,
)
"""The rules run on each verb (or noun) of a clause's chain, in this order."""

PRECEDENCE: tuple[Factuality, ...] = ("negated", "hypothetical", "predicted", "uncertain")


def _framing_event(w: FactualityWords, verb: Any) -> Any:
    """The event noun a relative clause "in which ..." / "during which ..." tells the inside of (the
    parser may hang the clause on a place after the noun: "an attack on a village near Irumu in which
    ..."), or None."""
    if verb.dep_ != "relcl" or not any(
        c.dep_ == "prep" and c.lower_ in ("in", "during") and any(o.lower_ == "which" for o in c.children)
        for c in verb.children
    ):
        return None
    cur = verb.head
    for _ in range(6):
        if cur.lower_ in w.event_subjects:
            return cur
        if cur.dep_ == "pobj" and cur.head.dep_ == "prep" and cur.head.head.pos_ in ("NOUN", "PROPN"):
            cur = cur.head.head
        else:
            return None
    return None


class FactualityCoder:
    def __init__(self, data: CueFile) -> None:
        self.words = FactualityWords(data)
        self.version = self.words.version
        # the factuality of each word asked about, per parse (kept while the parse lives)
        self._known: WeakKeyDictionary[Any, dict[int, tuple[Factuality, str | None]]] = WeakKeyDictionary()

    clause_verb = staticmethod(clause_verb)

    def factuality(self, trigger: Any) -> tuple[Factuality, str | None]:
        """The mention's factuality and the cue that decided it (None for asserted). Worked out once per
        word of a parse: the dates stage asks first (does a predicted event's weekday lie ahead?), the
        factuality stage again; nothing changes a parse after the parse stage."""
        known = self._known.setdefault(trigger.doc, {})
        found = known.get(trigger.i)
        if found is None:
            found = known[trigger.i] = self._factuality(trigger)
        return found

    def _factuality(self, trigger: Any) -> tuple[Factuality, str | None]:
        w = self.words
        verb = clause_verb(trigger)
        chain, rels = cut_chain(*chain_rels(verb), w.past_clause_marks)
        clause = Clause(
            trigger, verb, chain, rels, shared_tense(chain, rels), negation.unstopped(w, trigger, chain)
        )
        found: Found = {}
        negation.clause_negation(w, clause, found)
        if verb.i != trigger.i:
            self._nominal(clause, found)
        else:
            modality.framed_gerund(w, verb, found)
        negation.held_back(verb, found)
        for i in range(len(chain)):
            step = Step.of(clause, i)
            for rule in RULES:
                rule(w, clause, step, found)
        uncertainty.weakened_nouns(w, clause, found)
        uncertainty.sentence_doubts(w, clause, found)
        for label in PRECEDENCE:
            if label in found:
                return label, found[label]
        frame = _framing_event(w, verb)
        if frame is not None:
            # "was blamed for an attack on a village in which 15 farmers were hacked to death": what
            # happened in an event is told as surely as the event
            label, cue = self.factuality(frame)
            if label != "asserted":
                return label, f"in which: {cue}"
        return "asserted", None

    def _nominal(self, clause: Clause, found: Found) -> None:
        """A nominal trigger under a denial or a "no" ("denied any role in the abduction", "said it had
        no connection to the bombing"), the object of a plan, a foiling or a call, the subject of
        hearsay or blame, and the nouns and verb that frame it (`nominal_modality.nominal_frame`)."""
        w = self.words
        trigger, verb = clause.trigger, clause.verb
        if verb.lemma_.lower() in w.neg_governors:
            negation.denial(w, verb, found)
        elif nominal_modality.planned_object(w, trigger, verb):
            found.setdefault("predicted", verb.text)  # "were planning further attacks"
        elif uncertainty.hearsay_subject(w, trigger, verb):
            # "the strike was said to have killed 12", "heavy clashes were reported overnight"
            found.setdefault("uncertain", verb.text)
        elif uncertainty.blamed_for(w, trigger, verb):
            found.setdefault("uncertain", verb.text)  # "the group was blamed for an attack on a village"
        elif negation.foiled_object(w, trigger, verb) and not clause.unstopped:
            found.setdefault("negated", verb.text)  # "police foiled an attack on the embassy"
        elif nominal_modality.called_for_object(w, trigger, verb):
            found.setdefault("predicted", f"{verb.text} for")  # "the cleric called for attacks"
        negation.no_on_path(trigger, verb, found)
        negation.false_on_path(w, trigger, verb, found)
        negation.failed_to_occur(w, trigger, verb, found)
        nominal_modality.nominal_frame(w, clause, found)

    def unverified_note(self, text: str, max_words: int | None = 14) -> str | None:
        """A short sentence that says the report before it could not be checked
        (`uncertainty.unverified_note`)."""
        return uncertainty.unverified_note(self.words, text, max_words)

    def doubt_elsewhere(self, trigger: Any) -> bool:
        """The sentence's doubt is told, in apposition, of another clause than the trigger's ("claimed
        the assault, saying it had destroyed the base, a claim that could not be verified": the
        destruction is in doubt, not the assault) (`uncertainty.in_doubted_clause`)."""
        sent = trigger.sent if hasattr(trigger, "sent") else trigger.doc
        return any(
            t.lemma_.lower() in self.words.unconfirmed and not uncertainty.in_doubted_clause(trigger, t)
            for t in sent
        )

    def remembered(self, trigger: Any) -> str | None:
        """A nominal event remembered, not reported: "the anniversary of the Srebrenica massacre",
        "the memory of the bombing" (background). Returns the noun, or None."""
        cur = trigger
        for _ in range(3):  # "the anniversary of the start of the siege"
            if cur.dep_ != "pobj" or cur.head.lower_ != "of" or cur.head.head.i == cur.head.i:
                return None
            owner = cur.head.head
            if owner.lower_ in self.words.remembrance or owner.lemma_.lower() in self.words.remembrance:
                return str(owner.text)
            cur = owner
        return None

    def attribution(self, trigger: Any) -> str | None:
        """Who says so (`uncertainty.attribution`)."""
        return uncertainty.attribution(self.words, trigger)


@lru_cache(maxsize=1)
def default_factuality() -> FactualityCoder:
    return FactualityCoder(cues())
