"""Factuality (asserted / predicted / hypothetical / negated / uncertain) and attribution of a mention.

The clause of a trigger is its verb (for a nominal trigger, the nearest verb above it). The clause and
the verbs governing it (through xcomp/ccomp/advcl/conj, up to the root) are searched for cues from
`data/cues.v1.yaml`, in this precedence: negated > hypothetical > predicted > uncertain > asserted.
- negated: "not"/"never" on the clause, a denying governor ("denied that its jets struck"), or an
  event whose victims are "no one" / "nobody";
- hypothetical: an "if"/"unless" clause, or a counterfactual "would/could/might have";
- predicted: "will"/"shall", a future-looking governor ("plan to", "threatened to", "will try to"),
  "is expected/likely/poised to";
- uncertain: "reportedly", "allegedly", "may/might" (without "have" + counterfactual), "alleged attack",
  a claim ("claimed that its fighters had taken"), "unconfirmed reports (said / that ...)", "the report
  could not be confirmed".
An infinitive shares the tense of the verb it completes ("would launch an operation to retake" is
predicted, "could use the town as a springboard to attack" hypothetical), and a condition on the clause
("threatened to kill them if his demands were not met") makes it hypothetical.
Attribution is the subject of a speech verb governing the clause ("..., the army said") or the object
of "according to".
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from frontlines.knowledge import CueFile, cues
from frontlines.model import Factuality

_WORDS = re.compile(r"[a-z]+(?:n't)?|n't")
_CLIMB = {"xcomp", "ccomp", "advcl", "conj", "acl", "relcl", "parataxis", "pcomp"}


class FactualityCoder:
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
        self.scheduling = set(f.scheduling_verbs)
        self.unable_words = set(f.unable_words)
        self.event_subjects = set(f.event_subject_nouns)
        self.realizing = set(f.realizing_verbs)
        # "verify" -> "verif" (verified), "corroborate" -> "corroborat" (corroborated)
        self._unconfirmed_stems = tuple(v[:-1] if v.endswith(("y", "e")) else v for v in self.unconfirmed)
        self.deterring = set(f.deterring_governors)
        self.attempt_nouns = set(f.attempt_nouns)
        self.false_adjectives = set(f.false_adjectives)
        self.say_verbs = set(data.say_verbs)
        self.according = set(data.according)

    @staticmethod
    def clause_verb(trigger: Any) -> Any:
        cur = trigger
        for _ in range(4):
            if cur.head.i == cur.i:
                return cur
            if cur.pos_ in ("VERB", "AUX") and not (
                # a base form as an object or subject is a noun the tagger took for a verb: "would face
                # arrest", "protesters risk arrest"
                cur.tag_ == "VB" and cur.dep_ in ("dobj", "nsubj", "nsubjpass")
            ):
                return cur
            cur = cur.head
        return cur

    @staticmethod
    def _chain(verb: Any) -> list[Any]:
        """The clause verb and the verbs governing it, nearest first."""
        return FactualityCoder._chain_rels(verb)[0]

    @staticmethod
    def _chain_rels(verb: Any) -> tuple[list[Any], list[str]]:
        """The clause verb and the verbs governing it, nearest first, with each one's relation to the
        next (its dependency label, or "xcomp" where a misattached infinitive is put back).

        Besides clause links, the chain passes through a noun a clause completes ("denied reports that
        the base had been overrun", "claimed in a statement that it had killed"), a gerund after a
        preposition ("accused of kidnapping", "no intention of taking") and a reduced relative the
        parser hung an infinitive on ("threatened in a video posted on Sunday to storm": "to storm"
        completes "threatened")."""
        chain = [verb]
        rels: list[str] = []
        cur = verb
        while cur.head.i != cur.i and len(chain) < 8:
            dep = cur.dep_
            was_infinitive = dep in ("acl", "advcl") and _infinitive(cur)
            head = cur.head
            if (
                was_infinitive
                and dep == "advcl"
                and head.dep_ == "acl"
                and head.tag_ == "VBN"
                and head.head.dep_ == "pobj"
                and head.head.head.dep_ == "prep"
                and head.head.head.head.pos_ in ("VERB", "AUX")
            ):
                rels.append("xcomp")
                cur = head.head.head.head
                chain.append(cur)
                continue
            if (
                (dep == "pobj" and cur.tag_ == "VB" and head.lower_ == "to")
                or (dep == "amod" and cur.tag_ == "VBG" and head.dep_ == "dobj")
            ) and head.head.pos_ in ("VERB", "AUX"):
                # a misparsed infinitive or gerund object: "urged supporters to march" (march hung on
                # "to" as its object), "denied arresting opposition activists" (arresting as an adjective)
                rels.append("xcomp")
                cur = head.head
                chain.append(cur)
                continue
            if dep == "pcomp" and head.dep_ == "prep" and head.head.i != head.i:
                # "accused of kidnapping", "no intention of taking": on to what the preposition hangs on
                rels.append(dep)
                cur = head.head
                chain.append(cur)
                if cur.pos_ not in ("NOUN", "PROPN"):
                    continue
            elif dep in _CLIMB:
                if dep == "conj" and rels and rels[-1] == "ccomp":
                    # "denied that its forces had shelled the market but said militants had fired": a
                    # coordinated verb with a clause of its own reports it itself
                    break
                rels.append(dep)
                cur = head
                chain.append(cur)
                if not (dep == "acl" and _nounish(cur)):
                    continue
            else:
                break
            # a noun the clause completes or modifies: on to the verb it belongs to
            if cur.dep_ == "pobj" and cur.head.dep_ == "prep" and cur.head.head.pos_ in ("VERB", "AUX"):
                rels.append(cur.dep_)
                cur = cur.head.head
                chain.append(cur)
            elif cur.dep_ in ("dobj", "nsubjpass") and cur.head.pos_ in ("VERB", "AUX"):
                rels.append(cur.dep_)
                cur = cur.head
                chain.append(cur)
            else:
                break
        rels.append(cur.dep_)
        return chain, rels

    def factuality(self, trigger: Any) -> tuple[Factuality, str | None]:
        verb = self.clause_verb(trigger)
        chain, rels = self._chain_rels(verb)
        found: dict[Factuality, str] = {}
        # "did not rule out strikes": a denial that is itself negated leaves the event possible
        nominal_under_denial = verb.i != trigger.i and verb.lemma_.lower() in self.neg_governors
        # negation on the clause itself (and on the noun: "no attack")
        # "did not confirm the strikes": the event is unconfirmed, not denied
        unconfirmed_object = verb.i != trigger.i and verb.lemma_.lower() in self.unconfirmed
        for tok in (verb, trigger):
            for c in tok.children:
                if c.dep_ == "neg" and tok.i == verb.i and nominal_under_denial:
                    continue
                if c.dep_ == "neg" and tok.i == verb.i and unconfirmed_object:
                    found.setdefault("uncertain", f"{c.text} {verb.text}")
                    continue
                if c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no"):
                    found.setdefault("negated", c.text)
        subjects = list(verb.children)
        if verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in subjects):
            # "no civilians had been injured or killed in the strike": the subject is the first verb's
            subjects += [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if verb.i != trigger.i and verb.lemma_.lower() in self.responsibility:
            # "no group has claimed responsibility for the bombing": what nobody did is the claiming
            subjects = [c for c in subjects if c.dep_ not in ("nsubj", "nsubjpass")]
        for c in subjects:
            if c.dep_ in ("nsubjpass", "dobj", "nsubj") and c.lower_ in ("nobody", "no-one"):
                found.setdefault("negated", c.text)
            if (
                (c.dep_ in ("nsubjpass", "nsubj") or (c.dep_ == "dobj" and verb.i == trigger.i))
                and c.lower_ == "one"
                and any(d.lower_ == "no" for d in c.children)
            ):
                found.setdefault("negated", "no one")  # "no one was killed", "arrested no one"
            if (
                c.dep_ in ("dobj", "nsubjpass")
                and verb.i == trigger.i
                and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
            ):
                found.setdefault("negated", f"no {c.text}")  # "police arrested no suspects"
            if c.dep_ in ("nsubjpass", "nsubj") and any(
                d.dep_ == "det" and d.lower_ == "no" for d in c.children
            ):
                # "no civilians were killed in the strike", "no bomb exploded near the patrol"
                found.setdefault("negated", f"no {c.text}")
        if verb.i != trigger.i:
            # a nominal trigger under a denial or a "no": "denied any role in the abduction", "said it
            # had no connection to the bombing"
            if verb.lemma_.lower() in self.neg_governors:
                self._denial(verb, found)
            elif trigger.dep_ == "dobj" and trigger.head.i == verb.i and verb.lemma_.lower() in self.planned:
                found.setdefault("predicted", verb.text)  # "were planning further attacks"
            elif (
                trigger.dep_ == "nsubjpass"
                and verb.lemma_.lower() in self.hearsay
                and (
                    any(c.dep_ == "xcomp" for c in verb.children)
                    or verb.lemma_.lower() in self.reported_passives
                )
                and not _negated(verb)
            ):
                # "the strike was said to have killed 12", "heavy clashes were reported overnight"
                found.setdefault("uncertain", verb.text)
            elif (
                trigger.dep_ == "pobj"
                and trigger.head.lower_ in ("for", "of")
                and (
                    trigger.head.head.i == verb.i
                    # "blamed separatists for the bombing" (the phrase hung on the object)
                    or (trigger.head.head.dep_ == "dobj" and trigger.head.head.head.i == verb.i)
                )
                and verb.lemma_.lower() in self.blaming
                and not any(c.dep_ in ("det", "poss") and c.lower_ in _DEFINITE for c in trigger.children)
            ):
                # "the group was blamed for an attack on a village" (told only through the blame; "blamed
                # the PKK for the attack" refers back to an attack already told, whose author is in doubt)
                found.setdefault("uncertain", verb.text)
            elif (
                trigger.dep_ == "dobj"
                and trigger.head.i == verb.i
                and verb.lemma_.lower() in self.foiled
                and not _infinitive(verb)
                and not _from_clause(verb)
            ):
                found.setdefault("negated", verb.text)  # "police foiled an attack on the embassy"
            elif (
                trigger.dep_ == "pobj"
                and trigger.head.lower_ == "for"
                and trigger.head.head.i == verb.i
                and verb.lemma_.lower() in self.called_for
            ):
                found.setdefault("predicted", f"{verb.text} for")  # "the cleric called for attacks"
            cur = trigger.head
            while cur.i != verb.i and cur.head.i != cur.i:
                if any(d.dep_ == "det" and d.lower_ == "no" for d in cur.children):
                    found.setdefault("negated", f"no {cur.text}")
                cur = cur.head
            self._nominal_frame(trigger, verb, found)
        own = 0  # chain[:own + 1] share the trigger's tense: "would launch an operation to retake"
        while own + 1 < len(chain) and (
            chain[own].pos_ == "NOUN"
            or (_infinitive(chain[own]) and rels[own] in ("xcomp", "advcl", "acl"))
            # a gerund shares the tense of the verb it continues: "would keep attacking"
            or (chain[own].tag_ == "VBG" and rels[own] == "xcomp")
        ):
            own += 1
        if verb.dep_ == "pcomp" and verb.head.lower_ == "of" and verb.head.head.lower_ == "short":
            found.setdefault("negated", "short of")  # "the rebels stopped short of attacking the town"
        if verb.dep_ == "pcomp" and (
            (
                verb.head.lower_ in ("instead", "than")
                and (verb.head.lower_ != "than" or any(c.lower_ == "rather" for c in verb.head.children))
            )
            or any(c.lower_ == "instead" for c in verb.head.children)
        ):
            found.setdefault("negated", "instead of")  # "instead of attacking the town, the rebels withdrew"
        for i, v in enumerate(chain):
            lemma = v.lemma_.lower()
            if i > 0 and lemma in self.neg_governors:
                self._denial(v, found)
            if (
                i > 0
                and lemma in self.prevented
                and (
                    rels[i - 1] in ("xcomp", "acl", "pcomp", "dobj", "pobj")
                    or (rels[i - 1] == "advcl" and _infinitive(chain[i - 1]))
                )
            ):
                # "failed to capture the town", "foiled a plot to bomb a church", "prevented them from
                # storming the base": what was stopped did not happen
                found.setdefault("negated", v.text)
            if (
                i > 0
                and rels[i - 1] == "xcomp"
                and lemma in self.hearsay
                and any(c.dep_ == "auxpass" for c in v.children)
            ):
                found.setdefault("uncertain", v.text)  # "are believed to have kidnapped", "was said to have"
            if i > 0 and v.pos_ == "NOUN" and any(d.dep_ == "det" and d.lower_ == "no" for d in v.children):
                found.setdefault("negated", f"no {v.text}")  # "had no intention of taking Goma"
            children = list(v.children)
            aux = [c.lower_ for c in children if c.dep_ in ("aux", "auxpass")]
            if any(c.dep_ == "mark" and c.lower_ in self.hyp_marks for c in children):
                mark = next(c for c in children if c.dep_ == "mark" and c.lower_ in self.hyp_marks)
                if mark.lower_ == "whether" and _unknown(v.head):
                    found.setdefault("uncertain", f"unclear {mark.text}")  # "it was unclear whether ..."
                else:
                    found.setdefault("hypothetical", mark.text)
            for c in children:
                # a condition on the clause: "threatened to kill the hostages if his demands were not met"
                if (
                    i <= own
                    and c.dep_ == "advcl"
                    and any(m.dep_ == "mark" and m.lower_ in self.hyp_marks for m in c.children)
                ):
                    found.setdefault("hypothetical", next(m.text for m in c.children if m.dep_ == "mark"))
            if lemma in self.unconfirmed and _negated(v):
                pass  # "... could not be verified": unconfirmed (below), not a hypothetical "could"
            elif any(a in self.hyp_aux for a in aux) and "have" in aux:
                modal = " ".join(a for a in aux if a in self.hyp_aux | {"have"})
                if modal == "might have":
                    # "police said gunmen might have abducted them": a guess about the past (a condition
                    # would make it counterfactual above: "if ..., more might have died")
                    found.setdefault("uncertain", modal)
                else:
                    found.setdefault("hypothetical", modal)
            elif i <= own and "could" in aux:
                found.setdefault("hypothetical", "could")
            elif i <= own and "would" in aux:
                found.setdefault("predicted", "would")  # future in reported speech: "said it would attack"
            if (
                i > 0
                and lemma in self.unc_governors
                and not _negated(v)
                and not any(
                    (c.dep_ == "nsubj" and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children))
                    # "claimed responsibility, saying it had attacked": a claim of authorship (asserted)
                    or (c.dep_ == "dobj" and c.lemma_.lower() in ("responsibility", "credit"))
                    for c in children
                )
            ):
                # "claimed that its fighters had taken the town"; not "no group claimed responsibility"
                found.setdefault("uncertain", v.text)
            for c in children:
                if (
                    c.dep_ in ("nsubj", "nsubjpass", "expl")
                    and i > 0
                    and (
                        c.dep_ == "expl"
                        or c.lemma_.lower() in self.disputed_nouns
                        or c.lower_ in self.disputed_nouns
                    )
                ):
                    # "unconfirmed reports said ..." (not "suspected militants used drones to ...")
                    self._uncertain_adjective(c, found)
            if i <= own or rels[i] == "xcomp" or rels[i - 1] == "xcomp":
                for a in aux:
                    if a in self.predicted_aux:
                        found.setdefault("predicted", a)
            if (
                i > 0
                and rels[i - 1] == "xcomp"
                and lemma in self.predicted_governors | self.predicted_adjectives
                and not (lemma in self.attempts and _past(v))
            ):
                found.setdefault("predicted", v.text)
            if i > 0 and rels[i - 1] == "acl" and v.pos_ == "NOUN" and lemma in self.intent_nouns:
                found.setdefault("predicted", v.text)  # "expressed willingness to hold talks"
            if i > 0 and rels[i - 1] == "xcomp":
                for c in children:
                    if c.dep_ == "acomp" and c.lower_ in self.predicted_adjectives:
                        found.setdefault("predicted", c.text)
            # ("allegedly after being kidnapped": the adverb sits on the preposition of a gerund)
            for c in children + (list(v.head.children) if v.dep_ == "pcomp" else []):
                if c.dep_ == "advmod" and c.lower_ in self.unc_adverbs:
                    found.setdefault("uncertain", c.text)
            if i == 0 and any(a in self.unc_aux and not (a in self.hyp_aux and "have" in aux) for a in aux):
                # "may attack", "may have exploded" (but "might have" is counterfactual, above)
                found.setdefault("uncertain", next(a for a in aux if a in self.unc_aux))
            if i > 0 and rels[i - 1] == "xcomp" and _infinitive(chain[i - 1]):
                if lemma in ("have", "be", "remain") and any(
                    c.dep_ == "advmod" and c.lower_ == "yet" for c in children
                ):
                    found.setdefault("negated", "yet to")  # "the army has yet to retake the town"
                elif lemma == "be" and i == 1:
                    found.setdefault("predicted", f"{v.text} to")  # "troops are to launch an offensive"
            if i > 0 and v.pos_ == "NOUN" and lemma in self.anticipated_nouns:
                found.setdefault("predicted", v.text)  # "on the verge of capturing the town"
            if (
                i > 0
                and v.pos_ == "NOUN"
                and lemma in self.attempt_nouns
                and v.dep_ in ("nsubj", "nsubjpass")
                and v.head.lemma_.lower() == "fail"
            ):
                found.setdefault("negated", v.head.text)  # "the attempt to capture the airport failed"
            if (
                _nounish(v)
                and i > 0
                and v.dep_ == "nsubj"
                and any(
                    c.dep_ in ("acomp", "oprd") and c.lower_ in self.false_adjectives for c in v.head.children
                )
            ):
                # "reports that ... were false", "... proved false"
                found.setdefault(
                    "negated", next(c.text for c in v.head.children if c.dep_ in ("acomp", "oprd"))
                )
            if (
                i <= own
                and v.dep_ == "advcl"
                and any(
                    c.dep_ == "aux"
                    and c.lower_ in ("should", "had", "were")
                    and any(s.dep_ in ("nsubj", "nsubjpass") and c.i < s.i for s in children)
                    for c in children
                )
            ):
                found.setdefault("hypothetical", "inversion")  # "Should the rebels attack Goma, ..."
            if i > 0 and lemma in self.unconfirmed and _negated(v):
                found.setdefault("uncertain", f"not {v.text}")  # "police did not confirm that ..."
            if i > 0 and rels[i - 1] == "xcomp" and lemma in self.raising:
                found.setdefault("uncertain", v.text)  # "appeared to have struck", "seems to have seized"
            if (
                i == 1
                and (verb.i == trigger.i or _indefinite_object(trigger, verb))
                and lemma in self.called_for
                and rels[i - 1] in ("xcomp", "advcl")
                and _infinitive(chain[i - 1])
                and (lemma != "call" or any(c.dep_ == "prep" and c.lower_ in ("for", "on") for c in children))
            ):
                # "called for a general strike on Friday to protest fuel prices", "appealed to them to march"
                # (not a nominal event in the infinitive's object: "called on both parties to respect the
                # ceasefire they agreed to")
                found.setdefault("predicted", v.text)
        self._uncertain_adjective(trigger, found)  # "an alleged attack"
        if verb.i == trigger.i:
            for c in trigger.children:
                if c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in self.event_subjects:
                    self._uncertain_adjective(c, found)  # "a suspected drone attack hit a fuel depot"
        heads = [v for v in chain[1:] if v.pos_ == "NOUN"]
        if chain[-1].dep_ in ("acl", "ccomp") and chain[-1].head.pos_ == "NOUN":
            heads.append(chain[-1].head)
        for noun in heads:
            # "there were unconfirmed reports that police used tear gas"
            self._uncertain_adjective(noun, found)
        for tok in trigger.sent if hasattr(trigger, "sent") else trigger.doc:
            # "..., but the report could not be confirmed"
            if (
                tok.lemma_.lower() in self.unconfirmed
                and tok.i not in {v.i for v in chain}
                # "could not be confirmed", "which Reuters could not independently verify"
                and any(c.dep_ in ("auxpass", "nsubj", "dobj") for c in tok.children)
                # (not "the figure could not be confirmed": a count, not the event)
                and not any(
                    c.dep_ in ("nsubjpass", "dobj") and c.lemma_.lower() in self.count_nouns
                    for c in tok.children
                )
                and any(
                    c.dep_ == "neg"
                    # "officials said no such incidents had been confirmed"
                    or (
                        c.dep_ == "nsubjpass"
                        and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
                    )
                    for c in tok.children
                )
            ):
                found.setdefault("uncertain", f"not {tok.text}")
            # "according to unconfirmed reports"
            if tok.lower_ in self.according:
                for prep in tok.children:
                    for obj in prep.children:
                        if obj.dep_ == "pobj":
                            self._uncertain_adjective(obj, found)
            # "..., a claim Ankara rejected", "..., an accusation the ministry denied": what was told
            # before a disputed claim is uncertain
            if (
                tok.i > trigger.i
                and tok.lemma_.lower() in self.disputed_nouns
                and any(c.dep_ == "relcl" and c.lemma_.lower() in self.neg_governors for c in tok.children)
            ):
                found.setdefault("uncertain", f"{tok.text} denied")
        for label in ("negated", "hypothetical", "predicted", "uncertain"):
            if label in found:
                return label, found[label]
        return "asserted", None

    def _nominal_frame(self, trigger: Any, verb: Any, found: dict[Factuality, str]) -> None:
        """A nominal event framed as not (yet) happening by the nouns and the verb above it: "plans for
        an attack", "fears of an assault", "the threat of an offensive" (predicted), "the risk of an
        attack" (hypothetical), "residents fear an attack", "warned of an offensive" (predicted), "a
        planned march" (predicted), "called off the march" (negated), "a full assault would put civilians
        at risk" (hypothetical)."""
        for a in trigger.children:
            if (
                a.dep_ in ("amod", "compound")
                and a.lower_ in self.predicted_modifiers
                and not (trigger.head.i == verb.i and verb.lemma_.lower() in self.realizing and _past(verb))
            ):
                # "a planned march", but not "launched a threatened offensive", "the long-expected
                # offensive began on Monday"
                found.setdefault("predicted", a.text)
        cur = trigger
        while cur.i != verb.i and cur.head.i != cur.i:
            head = cur.head
            owner: Any = head.head if cur.dep_ == "pobj" and head.lower_ in ("of", "for") else None
            noun: Any = head if cur.dep_ == "compound" else owner
            if noun is not None and noun.i != verb.i:
                lemma = noun.lower_
                if lemma in self.anticipated_nouns:
                    found.setdefault("predicted", noun.text)
                elif lemma in self.possible_nouns:
                    found.setdefault("hypothetical", noun.text)
            cur = head
        owner = trigger.head.head if trigger.dep_ == "pobj" and trigger.head.lower_ == "of" else None
        if (
            owner is not None
            and owner.lower_ in ("case", "event")
            and owner.dep_ == "pobj"
            and owner.head.lower_ == "in"
        ):
            found.setdefault("hypothetical", f"in {owner.text} of")  # "in case of an air strike"
        if any(c.dep_ == "det" and c.lower_ == "any" for c in trigger.children):
            found.setdefault("hypothetical", "any")  # "any attack on the dam would ...": none in particular
        lemma = verb.lemma_.lower()
        direct = trigger.head.i == verb.i and trigger.dep_ in ("dobj", "nsubjpass")
        np = trigger
        while np.dep_ == "compound" and np.head.i != np.i:
            np = np.head  # "a protest march has been called": the noun phrase's head
        if (
            np.dep_ == "nsubjpass"
            and np.head.i == verb.i
            and lemma in self.scheduling
            and not any(c.dep_ == "prt" for c in verb.children)
            and not any(
                c.dep_ in ("aux", "auxpass") and c.lower_ in ("was", "were", "had") for c in verb.children
            )
        ):
            # "a general strike has been called", "a march is planned"
            found.setdefault("predicted", verb.text)
        if (
            direct
            and trigger.dep_ == "dobj"
            and lemma in self.deterring
            and _infinitive(verb)
            and not _from_clause(verb)
        ):
            found.setdefault("hypothetical", verb.text)  # "deployed to prevent attacks on the pipelines"
        via_prep = (
            trigger.dep_ == "pobj" and trigger.head.head.i == verb.i and trigger.head.lower_ in ("of", "for")
        )
        people = trigger.lemma_.lower().endswith(("er", "or"))  # "police awaited the protesters"
        if lemma in self.anticipating and (direct or via_prep) and not _negated(verb) and not people:
            found.setdefault("predicted", verb.text)  # "residents fear an attack", "warned of an offensive"
        particles = {c.lower_ for c in verb.children if c.dep_ == "prt"}
        if (
            (direct or (trigger.dep_ == "npadvmod" and trigger.head.i == verb.i))
            and lemma in self.cancelling
            and (lemma != "call" or "off" in particles)
            and not _negated(verb)
        ):
            found.setdefault("negated", verb.text)  # "called off the march", "the strike was cancelled"
        if trigger.dep_ == "nsubj" and trigger.head.i == verb.i and lemma not in self.occurring:
            aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
            if aux & {"would", "could"} and "have" not in aux:
                found.setdefault("hypothetical", next(a for a in ("would", "could") if a in aux))

    def unverified_note(self, text: str, max_words: int | None = 14) -> str | None:
        """A short sentence (read by its words: it has no trigger, so no parse) that says the report
        before it could not be checked: "Reuters could not independently verify the claim.", "Neither
        account could be verified." A negation followed within four words by "confirm"/"verify", in at
        most 14 words, and not about a count ("the figure could not be confirmed": the event stands).
        Returns the cue, or None."""
        words = _WORDS.findall(text.lower())
        if max_words is not None and (len(words) > max_words or "but" in words):
            return None  # a sentence with a report of its own ("..., but the report could not be confirmed")
        for i, w in enumerate(words):
            if w in self.neg_words or w.endswith("n't") or w in self.unable_words:
                for v in words[i + 1 : i + 5]:
                    if any(v.startswith(stem) for stem in self._unconfirmed_stems):
                        if any(x in self.count_nouns for x in words[max(0, i - 4) : i + 8]):
                            return None
                        return f"{w} {v}"
        return None

    def remembered(self, trigger: Any) -> str | None:
        """A nominal event remembered, not reported: "the anniversary of the Srebrenica massacre",
        "the memory of the bombing" (background). Returns the noun, or None."""
        cur = trigger
        for _ in range(3):  # "the anniversary of the start of the siege"
            if cur.dep_ != "pobj" or cur.head.lower_ != "of" or cur.head.head.i == cur.head.i:
                return None
            owner = cur.head.head
            if owner.lower_ in self.remembrance or owner.lemma_.lower() in self.remembrance:
                return str(owner.text)
            cur = owner
        return None

    def _denial(self, gov: Any, found: dict[Factuality, str]) -> None:
        """A denying governor negates the event, unless it is itself negated: "did not rule out strikes"
        leaves them possible (hypothetical), "did not deny carrying out the attack" unconfirmed."""
        if any(c.dep_ == "neg" for c in gov.children):
            if gov.lemma_.lower() in self.possibility:
                found.setdefault("hypothetical", f"not {gov.text}")
            else:
                found.setdefault("uncertain", f"not {gov.text}")
        else:
            found.setdefault("negated", gov.text)

    def _uncertain_adjective(self, noun: Any, found: dict[Factuality, str]) -> None:
        """'unconfirmed reports', 'an alleged attack': an adjective that weakens the noun's claim."""
        for a in noun.children:
            if a.dep_ == "amod" and a.lower_ in self.unc_adjectives:
                found.setdefault("uncertain", a.text)

    def attribution(self, trigger: Any) -> str | None:
        verb = self.clause_verb(trigger)
        for v in self._chain(verb)[1:] + [c for c in verb.children if c.dep_ in ("parataxis", "advcl")]:
            if v.lemma_.lower() in self.say_verbs:
                subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
                if subj:
                    return _subtree_text(subj[0])
        for tok in verb.sent if hasattr(verb, "sent") else verb.doc:
            if tok.lower_ in self.according:
                for prep in tok.children:
                    for obj in prep.children:
                        if obj.dep_ == "pobj":
                            return _subtree_text(obj)
        return None


_DEFINITE = {"the", "this", "that", "these", "those", "its", "their", "his", "her"}


def _past(verb: Any) -> bool:
    """A verb in the simple past or the perfect: "tried", "had tried", "has attempted"."""
    return bool(
        verb.tag_ == "VBD"
        or (verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children))
    )


_UNKNOWN = {"unclear", "uncertain", "unknown"}


def _unknown(head: Any) -> bool:
    """The head of a "whether" clause that says it is not known: "it was unclear whether", "it is not
    known whether", "police could not say whether"."""
    return (
        head.lower_ in _UNKNOWN
        or any(c.dep_ == "acomp" and c.lower_ in _UNKNOWN for c in head.children)
        or _negated(head)
    )


def _indefinite_object(trigger: Any, verb: Any) -> bool:
    """A nominal trigger, the bare or indefinite object of the verb: "to allow strikes deep inside
    Russia" (not "to respect the ceasefire they agreed to": a definite one exists)."""
    return bool(
        trigger.dep_ == "dobj"
        and trigger.head.i == verb.i
        and not any(
            c.dep_ in ("poss", "relcl")
            or (c.dep_ == "det" and c.lower_ not in ("a", "an", "any", "more", "further"))
            for c in trigger.children
        )
    )


def _from_clause(verb: Any) -> bool:
    """ "prevented protesters from reaching the palace": the object is who is stopped, not the event."""
    return any(
        c.dep_ == "prep" and c.lower_ == "from" and any(g.dep_ == "pcomp" for g in c.children)
        for c in verb.children
    )


def _negated(verb: Any) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def _nounish(tok: Any) -> bool:
    """A noun, or a plural noun the tagger took for a verb ("dismissed reports that ...": VBZ)."""
    return bool(
        tok.pos_ in ("NOUN", "PROPN")
        or (tok.tag_ == "VBZ" and tok.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj"))
    )


def _infinitive(verb: Any) -> bool:
    """ "to attack"; also a bare verb the parser hung on "to" as its object ("urged them to march")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) or (
        verb.dep_ == "pobj" and verb.tag_ == "VB" and verb.head.lower_ == "to"
    )


def _subtree_text(tok: Any) -> str:
    toks = [t for t in tok.subtree if not t.is_punct or t.text in ("-", "'")]
    if not toks:
        return str(tok.text)  # a subject that is only punctuation ("[")
    while len(toks) > 1 and toks[-1].is_punct:
        toks.pop()
    doc = tok.doc
    return str(doc[toks[0].i : toks[-1].i + 1].text)


@lru_cache(maxsize=1)
def default_factuality() -> FactualityCoder:
    return FactualityCoder(cues())
