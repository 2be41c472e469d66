"""Uncertain mentions and attribution, for the factuality coder (`code/factuality.py`): "reportedly",
"allegedly", "may/might" (without a counterfactual), "an alleged attack", a claim ("claimed that its
fighters had taken"), hearsay ("were said to have", "clashes were reported"), "appeared to have", blame
("was blamed for an attack"), "unconfirmed reports (said / that ...)", "the report could not be
confirmed", and a short sentence after the report that says it could not be checked (`unverified_note`).
Attribution is the subject of a speech verb governing the clause ("..., the army said") or the object of
"according to"."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from frontlines.code.clause import (
    DEFINITE,
    Clause,
    Step,
    chain_rels,
    clause_verb,
    is_negated,
    is_nounish,
    subtree_text,
    that_clause,
)
from frontlines.code.factuality_words import FactualityWords, Found

_WORDS = re.compile(r"[a-z]+(?:n't)?|n't")


def uncertain_adjective(w: FactualityWords, noun: Any, found: Found) -> None:
    """'unconfirmed reports', 'an alleged attack': an adjective that weakens the noun's claim."""
    for a in noun.children:
        if a.dep_ == "amod" and a.lower_ in w.unc_adjectives:
            found.setdefault("uncertain", a.text)


def hearsay_subject(w: FactualityWords, trigger: Any, verb: Any) -> bool:
    """A nominal event, the subject of a passive of hearsay: "the strike was said to have killed 12",
    "heavy clashes were reported overnight"."""
    return bool(
        trigger.dep_ == "nsubjpass"
        and verb.lemma_.lower() in w.hearsay
        and (any(c.dep_ == "xcomp" for c in verb.children) or verb.lemma_.lower() in w.reported_passives)
        and not is_negated(verb)
    )


def blamed_for(w: FactualityWords, trigger: Any, verb: Any) -> bool:
    """ "the group was blamed for an attack on a village" (told only through the blame; "blamed the PKK
    for the attack" refers back to an attack already told, whose author is in doubt)."""
    return bool(
        trigger.dep_ == "pobj"
        and trigger.head.lower_ in ("for", "of")
        and (
            trigger.head.head.i == verb.i
            # "blamed separatists for the bombing" (the phrase hung on the object)
            or (trigger.head.head.dep_ == "dobj" and trigger.head.head.head.i == verb.i)
        )
        and verb.lemma_.lower() in w.blaming
        and not any(c.dep_ in ("det", "poss") and c.lower_ in DEFINITE for c in trigger.children)
    )


# --- rules on each verb of the chain (`factuality.RULES`) -------------------------------------------


def hearsay_infinitive(w: FactualityWords, c: Clause, s: Step, found: Found) -> None:
    """ "are believed to have kidnapped", "was said to have"."""
    if (
        s.i > 0
        and c.rels[s.i - 1] == "xcomp"
        and s.lemma in w.hearsay
        and any(d.dep_ == "auxpass" for d in s.v.children)
    ):
        found.setdefault("uncertain", s.v.text)


def claim_governor(w: FactualityWords, c: Clause, s: Step, found: Found) -> None:
    """ "claimed that its fighters had taken the town"; not "no group claimed responsibility", nor
    "claimed responsibility, saying it had attacked" (a claim of authorship: asserted)."""
    if (
        s.i > 0
        and s.lemma in w.unc_governors
        and not is_negated(s.v)
        and not any(
            (d.dep_ == "nsubj" and any(x.dep_ == "det" and x.lower_ == "no" for x in d.children))
            or (d.dep_ == "dobj" and d.lemma_.lower() in ("responsibility", "credit"))
            for d in s.children
        )
    ):
        found.setdefault("uncertain", s.v.text)


def disputed_subject(w: FactualityWords, c: Clause, s: Step, found: Found) -> None:
    """ "unconfirmed reports said ..." (not "suspected militants used drones to ...")."""
    for d in s.children:
        if (
            d.dep_ in ("nsubj", "nsubjpass", "expl")
            and s.i > 0
            and (d.dep_ == "expl" or d.lemma_.lower() in w.disputed_nouns or d.lower_ in w.disputed_nouns)
        ):
            uncertain_adjective(w, d, found)


def uncertain_adverb(w: FactualityWords, c: Clause, s: Step, found: Found) -> None:
    """ "reportedly", "allegedly" (also "allegedly after being kidnapped": the adverb sits on the
    preposition of a gerund). Not the adverb of a clause the trigger's clause is only coordinated with,
    subject and all ("said the attack was probably linked to a turf war, and that eight suspects had
    been arrested")."""
    if (
        s.i > 0
        and c.rels[s.i - 1] == "conj"
        and any(x.dep_ in ("nsubj", "nsubjpass") for x in c.chain[s.i - 1].children)
    ):
        return
    for d in s.children + (list(s.v.head.children) if s.v.dep_ == "pcomp" else []):
        if d.dep_ == "advmod" and d.lower_ in w.unc_adverbs:
            found.setdefault("uncertain", d.text)


def uncertain_modal(w: FactualityWords, c: Clause, s: Step, found: Found) -> None:
    """ "may have exploded" (but "might have" is counterfactual, `modality.modal_aux`); "may attack",
    "might be killed" look ahead to what is only possible (hypothetical, like "could attack")."""
    aux = s.aux
    if s.i == 0 and any(a in w.unc_aux and not (a in w.hyp_aux and "have" in aux) for a in aux):
        modal = next(a for a in aux if a in w.unc_aux)
        # (of the event's own verb: "militants may be behind the attack" leaves the attack uncertain)
        own_verb = not c.nominal or (c.trigger.dep_ == "dobj" and c.trigger.head.i == s.v.i)
        ahead = (
            own_verb
            and s.lemma != "be"
            and "have" not in aux
            and (s.v.tag_ == "VB" or (s.v.tag_ == "VBN" and any(d.dep_ == "auxpass" for d in s.children)))
        )
        found.setdefault("hypothetical" if ahead else "uncertain", modal)


def unconfirmed_governor(w: FactualityWords, c: Clause, s: Step, found: Found) -> None:
    """ "police did not confirm that ..."."""
    if s.i > 0 and s.lemma in w.unconfirmed and is_negated(s.v):
        found.setdefault("uncertain", f"not {s.v.text}")


def claim_noun(w: FactualityWords, c: Clause, s: Step, found: Found) -> None:
    """A claim's "that" clause: "there are allegations that soldiers shot", "the accusation that
    peacekeepers fired" (not a confirmed one: "an inquiry confirmed allegations that ...")."""
    v = s.v
    if (
        s.i > 0
        and is_nounish(v)
        and v.lower_ in w.claim_nouns
        and that_clause(c.chain[s.i - 1], c.rels[s.i - 1])
        and not (v.dep_ == "dobj" and v.head.lemma_.lower() in w.unconfirmed and not is_negated(v.head))
    ):
        found.setdefault("uncertain", v.text)


def claim_subject(w: FactualityWords, c: Clause, s: Step, found: Found) -> None:
    """A clause told by a claim: "rumours spread that the army had executed prisoners", "suspicion grew
    that ..."."""
    if s.i > 0 and c.rels[s.i - 1] == "ccomp":
        for d in s.children:
            if d.dep_ == "nsubj" and d.lower_ in w.claim_nouns:
                found.setdefault("uncertain", d.text)


def unchecked(w: FactualityWords, c: Clause, s: Step, found: Found) -> None:
    """ "officials were unable to confirm that jets had struck the convoy", "failed to verify that ..."."""
    i = s.i
    if i > 0 and s.lemma in w.unconfirmed and i + 1 < len(c.chain) and c.rels[i] == "xcomp":
        up = c.chain[i + 1]
        if up.lower_ in w.unable_words or up.lemma_.lower() in w.failing | w.prevented:
            found.setdefault("uncertain", f"{up.text} {s.v.text}")


def doubtful_that(w: FactualityWords, c: Clause, s: Step, found: Found) -> None:
    """ "it is possible that gunmen attacked the convoy", "it is unlikely that the army shelled ..."."""
    if s.i > 0 and c.rels[s.i - 1] in ("ccomp", "csubj"):
        for d in s.children:
            if d.dep_ == "acomp" and d.lower_ in w.doubt_complements:
                found.setdefault("uncertain", d.text)


def raising_verb(w: FactualityWords, c: Clause, s: Step, found: Found) -> None:
    """ "appeared to have struck", "seems to have seized"."""
    if s.i > 0 and c.rels[s.i - 1] == "xcomp" and s.lemma in w.raising:
        found.setdefault("uncertain", s.v.text)


# --- after the chain ----------------------------------------------------------------------------------


def weakened_nouns(w: FactualityWords, c: Clause, found: Found) -> None:
    """A weakening adjective on the event ("an alleged attack"), on an event noun that is the subject
    ("a suspected drone attack hit a fuel depot") or on a noun of the chain ("there were unconfirmed
    reports that police used tear gas")."""
    trigger, verb, chain = c.trigger, c.verb, c.chain
    uncertain_adjective(w, trigger, found)
    if verb.i == trigger.i:
        for d in trigger.children:
            if d.dep_ in ("nsubj", "nsubjpass") and d.lemma_.lower() in w.event_subjects:
                uncertain_adjective(w, d, found)
    heads = [v for v in chain[1:] if v.pos_ == "NOUN"]
    if chain[-1].dep_ in ("acl", "ccomp") and chain[-1].head.pos_ == "NOUN":
        heads.append(chain[-1].head)
    for noun in heads:
        uncertain_adjective(w, noun, found)
    if c.nominal:
        # "unconfirmed reports of an air strike", "purported footage showed the aftermath of an air strike"
        cur = trigger.head
        while cur.i != verb.i and cur.head.i != cur.i:
            if cur.pos_ in ("NOUN", "PROPN"):
                uncertain_adjective(w, cur, found)
            cur = cur.head
        of = trigger.head
        if trigger.dep_ == "pobj" and of.lower_ == "of" and of.head.lower_ in w.hearsay_nouns:
            # "had received reports of mass arrests", "there were reports of shelling": hearsay
            found.setdefault("uncertain", of.head.text)
        for d in verb.children:
            if d.dep_ in ("nsubj", "nsubjpass") and d.lower_ in w.disputed_nouns and d.i != trigger.i:
                uncertain_adjective(w, d, found)


def sentence_doubts(w: FactualityWords, c: Clause, found: Found) -> None:
    """Doubt cast elsewhere in the sentence: "..., but the report could not be confirmed", "according
    to unconfirmed reports", "..., a claim Ankara rejected"."""
    trigger, chain = c.trigger, c.chain
    for tok in trigger.sent if hasattr(trigger, "sent") else trigger.doc:
        if (
            tok.lemma_.lower() in w.unconfirmed
            and tok.i not in {v.i for v in chain}
            # "could not be confirmed", "which Reuters could not independently verify"
            and any(d.dep_ in ("auxpass", "nsubj", "dobj") for d in tok.children)
            # (not "the figure could not be confirmed": a count, not the event)
            and not any(
                d.dep_ in ("nsubjpass", "dobj") and d.lemma_.lower() in w.count_nouns for d in tok.children
            )
            and any(
                d.dep_ == "neg"
                # "officials said no such incidents had been confirmed"
                or (d.dep_ == "nsubjpass" and any(x.dep_ == "det" and x.lower_ == "no" for x in d.children))
                for d in tok.children
            )
            and in_doubted_clause(trigger, tok)
        ):
            found.setdefault("uncertain", f"not {tok.text}")
        # "according to unconfirmed reports", "according to rumours"
        for obj in according_to(w, tok):
            uncertain_adjective(w, obj, found)
            if obj.lower_ in w.claim_nouns:
                found.setdefault("uncertain", f"{tok.text} to {obj.text}")
        # "..., a claim Ankara rejected", "..., an accusation the ministry denied": what was told
        # before a disputed claim is uncertain
        if (
            tok.i > trigger.i
            and tok.lemma_.lower() in w.disputed_nouns
            and any(
                d.dep_ == "relcl" and d.lemma_.lower() in w.neg_governors and in_doubted_clause(trigger, d)
                for d in tok.children
            )
        ):
            found.setdefault("uncertain", f"{tok.text} denied")
    # "a commander initially claimed responsibility, but the group's spokesman later denied that it was
    # involved": a claim its own side denies in the same sentence stays uncertain
    verb = c.verb
    claimed = verb.i != trigger.i or any(
        d.dep_ == "dobj" and d.lemma_.lower() in ("responsibility", "credit") for d in verb.children
    )
    contrasted = any(d.dep_ == "cc" and d.lower_ in ("but", "yet") for d in verb.children)
    if claimed and contrasted and verb.lemma_.lower() in w.responsibility:
        for d in verb.children:
            if d.dep_ == "conj" and (
                (
                    d.lemma_.lower() in w.neg_governors
                    and any(x.dep_ in ("nsubj", "nsubjpass") for x in d.children)
                )
                # "initially claimed the attack but later retracted the claim"
                or d.lemma_.lower() in w.retracting
            ):
                found.setdefault("uncertain", f"{d.text}")


def in_doubted_clause(trigger: Any, doubt: Any) -> bool:
    """The doubt reaches the trigger. A doubt told of a noun in apposition at the end of a clause
    ("..., saying it had destroyed much of the base, a claim that could not be verified", "... and that
    1,500 troops had been killed, a figure that could not be verified") reaches only the clause told
    just before the comma: the claimed act or the toll, not the attack claimed or the capture told
    beside it. The apposition is read by its form (comma, "a", noun), since the parser hangs it
    anywhere. Any other doubt ("..., but the report could not be confirmed") reaches the whole
    sentence."""
    noun = doubt.head
    if doubt.dep_ != "relcl" or noun.i < 2 or noun.i > doubt.i:
        return True
    doc = doubt.doc
    det = doc[noun.i - 1]
    while det.dep_ in ("amod", "compound") and det.i > 1:
        det = doc[det.i - 1]
    if det.lower_ not in ("a", "an") or doc[det.i - 1].text != ",":
        return True
    clause = doc[det.i - 2]
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    if clause.pos_ not in ("VERB", "AUX") or clause.dep_ == "ROOT":
        return True
    return any(t.i == trigger.i for t in clause.subtree)


def unverified_note(w: FactualityWords, text: str, max_words: int | None = 14) -> str | None:
    """A short sentence (read by its words: it has no trigger, so no parse) that says the report
    before it could not be checked: "Reuters could not independently verify the claim.", "Neither
    account could be verified." A negation followed within four words by "confirm"/"verify", in at
    most 14 words, and not about a count ("the figure could not be confirmed": the event stands).
    A note about a count doubts the figure, not the act, for killings too (gold/team/README.md).
    Returns the cue, or None."""
    words = _WORDS.findall(text.lower())
    if max_words is not None and (len(words) > max_words or "but" in words):
        return None  # a sentence with a report of its own ("..., but the report could not be confirmed")
    for i, word in enumerate(words):
        if word in w.neg_words or word.endswith("n't") or word in w.unable_words:
            for v in words[i + 1 : i + 5]:
                if any(v.startswith(stem) for stem in w.unconfirmed_stems):
                    if any(x in w.count_nouns for x in words[max(0, i - 4) : i + 8]):
                        return None
                    return f"{word} {v}"
    return None


def attribution(w: FactualityWords, trigger: Any) -> str | None:
    """Who says so: the subject of a speech verb governing the clause ("..., the army said"), or the
    object of "according to"."""
    verb = clause_verb(trigger)
    for v in chain_rels(verb)[0][1:] + [c for c in verb.children if c.dep_ in ("parataxis", "advcl")]:
        if v.lemma_.lower() in w.say_verbs:
            subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subj:
                return subtree_text(subj[0])
    for tok in verb.sent if hasattr(verb, "sent") else verb.doc:
        for obj in according_to(w, tok):
            return subtree_text(obj)
    return None


def according_to(w: FactualityWords, tok: Any) -> Iterator[Any]:
    """The objects of "according to" when `tok` is "according" ("according to rumours" -> rumours)."""
    if tok.lower_ in w.according:
        for prep in tok.children:
            yield from (obj for obj in prep.children if obj.dep_ == "pobj")
