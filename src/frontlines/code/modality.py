"""Predicted and hypothetical mentions, for the factuality coder (`code/factuality.py`).
- predicted: "will"/"shall", reported "would", a future-looking governor ("plan to", "threatened to",
  "will try to"), "is expected/likely/poised to", "troops are to", "on the verge of", an event called for
  ("urged supporters to march"), a nominal event planned, feared or scheduled ("were planning further
  attacks", "fears of an assault", "a march is planned", "a planned march");
- hypothetical: an "if"/"unless" clause or an inverted condition ("Should the rebels attack"), "could",
  a counterfactual "would/could have", a possible nominal event ("the risk of an attack", "in case of an
  air strike", "any attack on the dam would ...", "deployed to prevent attacks").
An infinitive shares the tense of the verb it completes ("would launch an operation to retake" is
predicted, "could use the town as a springboard to attack" hypothetical), and a condition on the clause
("threatened to kill them if his demands were not met") makes it hypothetical. The nouns and verb that
frame a nominal event are `code/nominal_modality.py`'s."""

from __future__ import annotations

from typing import Any

from frontlines.code.clause import (
    Clause,
    Step,
    indefinite_object,
    is_ahead,
    is_infinitive,
    is_negated,
    is_past,
    says_unknown,
)
from frontlines.code.factuality_words import FactualityWords, Found

# --- rules on each verb of the chain (`factuality.RULES`) -------------------------------------------


def condition_mark(w: FactualityWords, c: Clause, s: Step, found: Found) -> None:
    """An "if"/"unless" clause (and "it was unclear whether ...": uncertain)."""
    if any(d.dep_ == "mark" and d.lower_ in w.hyp_marks for d in s.children):
        mark = next(d for d in s.children if d.dep_ == "mark" and d.lower_ in w.hyp_marks)
        if mark.lower_ == "whether" and says_unknown(s.v.head):
            found.setdefault("uncertain", f"unclear {mark.text}")
        else:
            found.setdefault("hypothetical", mark.text)


def condition_on_clause(w: FactualityWords, c: Clause, s: Step, found: Found) -> None:
    """A condition on the clause: "threatened to kill the hostages if his demands were not met"."""
    for d in s.children:
        if (
            s.i <= c.own
            and d.dep_ == "advcl"
            and any(m.dep_ == "mark" and m.lower_ in w.hyp_marks for m in d.children)
        ):
            if _asks_truth(w, d):
                found.setdefault("uncertain", "if confirmed")  # "the attack, if confirmed, would be ..."
            else:
                found.setdefault("hypothetical", next(m.text for m in d.children if m.dep_ == "mark"))


def _asks_truth(w: FactualityWords, cond: Any) -> bool:
    """A condition that only asks whether a report is true: "if confirmed", "if the reports are true"."""
    return bool(
        cond.lemma_.lower() in w.unconfirmed
        or cond.lower_ in w.truth_words
        or any(d.dep_ in ("acomp", "oprd") and d.lower_ in w.truth_words for d in cond.children)
    )


def _truth_condition(w: FactualityWords, v: Any) -> bool:
    return any(
        d.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in w.hyp_marks for m in d.children)
        and _asks_truth(w, d)
        for d in v.children
    )


def modal_aux(w: FactualityWords, c: Clause, s: Step, found: Found) -> None:
    """ "would/could have" (counterfactual), "might have" (a guess about the past), "could"
    (hypothetical) and "would" (future in reported speech: "said it would attack")."""
    aux = s.aux
    if c.unstopped and s.lemma in w.stopping:
        return  # "could not stop the mob": the modal is the stopping's
    if s.lemma in w.unconfirmed and is_negated(s.v):
        pass  # "... could not be verified": unconfirmed (`uncertainty`), not a hypothetical "could"
    elif any(a in w.hyp_aux for a in aux) and "have" in aux:
        modal = " ".join(a for a in aux if a in w.hyp_aux | {"have"})
        if modal == "might have":
            # "police said gunmen might have abducted them": a guess about the past (a condition
            # would make it counterfactual above: "if ..., more might have died")
            found.setdefault("uncertain", modal)
        else:
            found.setdefault("hypothetical", modal)
    elif s.i <= c.own and "could" in aux:
        found.setdefault("hypothetical", "could")
    elif s.i <= c.own and "would" in aux and not _truth_condition(w, s.v):
        found.setdefault("predicted", "would")


def future_aux(w: FactualityWords, c: Clause, s: Step, found: Found) -> None:
    """ "will"/"shall" on the clause, or on the verb an infinitive completes ("will try to retake")."""
    i = s.i
    if i <= c.own or c.rels[i] == "xcomp" or c.rels[i - 1] == "xcomp":
        for a in s.aux:
            if a in w.predicted_aux:
                found.setdefault("predicted", a)


def predicting_governor(w: FactualityWords, c: Clause, s: Step, found: Found) -> None:
    """ "plan to", "threatened to", "is expected to" (not a past attempt: "tried to storm")."""
    if (
        s.i > 0
        and (
            c.rels[s.i - 1] == "xcomp"
            # "nobody expects the rebels to attack Goma" (an infinitive with its own subject)
            or c.infinitive_below(s.i, "ccomp")
        )
        and s.lemma in w.predicted_governors | w.predicted_adjectives
        and not (s.lemma in w.attempts and is_past(s.v))
    ):
        if _perfect(c.chain[s.i - 1]) and s.lemma not in w.planned:
            found.setdefault("uncertain", s.v.text)  # "are likely to have planted the bomb": a guess
        else:
            found.setdefault("predicted", s.v.text)
    elif (
        c.infinitive_below(s.i, "advcl")
        and s.lemma in w.predicted_governors
        and (s.v.tag_ in ("VBG", "VBZ", "VBP", "VB") or s.lemma in w.planned)
    ):
        # "the army is gearing up to retake the town"; "have sworn to fight until ..." (a vow's act the
        # parser hung on as an adverbial clause: a vow, unlike a past purpose, is never done yet)
        found.setdefault("predicted", s.v.text)


def intent_noun(w: FactualityWords, c: Clause, s: Step, found: Found) -> None:
    """ "expressed willingness to hold talks"."""
    if s.i > 0 and c.rels[s.i - 1] == "acl" and s.v.pos_ == "NOUN" and s.lemma in w.intent_nouns:
        found.setdefault("predicted", s.v.text)


def aim_noun(w: FactualityWords, c: Clause, s: Step, found: Found) -> None:
    """ "an offensive to retake the city", "an operation to free the hostages": the aim of a military
    operation is not yet done (the operation itself is told by its own noun)."""
    if s.i == 1 and s.v.pos_ == "NOUN" and s.v.lower_ in w.aim_nouns and c.infinitive_below(1, "acl"):
        found.setdefault("predicted", f"{s.v.text} to")


def predicted_acomp(w: FactualityWords, c: Clause, s: Step, found: Found) -> None:
    """ "are likely to", "is poised to" with the adjective as a complement."""
    if s.i > 0 and c.rels[s.i - 1] == "xcomp":
        for d in s.children:
            if d.dep_ == "acomp" and d.lower_ in w.predicted_adjectives:
                found.setdefault("uncertain" if _perfect(c.chain[s.i - 1]) else "predicted", d.text)


def _perfect(v: Any) -> bool:
    """A perfect infinitive: "to have planted" (a guess about the past, not a forecast)."""
    return any(d.dep_ == "aux" and d.lower_ == "have" for d in v.children) and is_infinitive(v)


def infinitive_of_be(w: FactualityWords, c: Clause, s: Step, found: Found) -> None:
    """ "the army has yet to retake the town" (negated), "troops are to launch an offensive"
    (predicted)."""
    if c.infinitive_below(s.i, "xcomp"):
        if s.lemma in ("have", "be", "remain") and any(
            d.dep_ == "advmod" and d.lower_ == "yet" for d in s.children
        ):
            found.setdefault("negated", "yet to")
        elif s.lemma == "be" and s.i == 1:
            found.setdefault("predicted", f"{s.v.text} to")


def anticipated_noun(w: FactualityWords, c: Clause, s: Step, found: Found) -> None:
    """ "on the verge of capturing the town"."""
    if s.i > 0 and s.v.pos_ == "NOUN" and s.lemma in w.anticipated_nouns and not _fulfilled(w, s.v):
        found.setdefault("predicted", s.v.text)


def _fulfilled(w: FactualityWords, noun: Any) -> bool:
    """A plan or threat carried out in the past: "carried out their plan to attack the prison"."""
    head = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun.head
    return bool(
        noun.dep_ in ("dobj", "pobj")
        and head.lemma_.lower() in w.fulfilling
        and is_past(head)
        and not is_negated(head)
    )


def inversion(w: FactualityWords, c: Clause, s: Step, found: Found) -> None:
    """ "Should the rebels attack Goma, ...", "Had the army moved faster, ..."."""
    children = s.children
    if (
        s.i <= c.own
        and s.v.dep_ == "advcl"
        and any(
            d.dep_ == "aux"
            and d.lower_ in ("should", "had", "were")
            and any(x.dep_ in ("nsubj", "nsubjpass") and d.i < x.i for x in children)
            for d in children
        )
    ):
        found.setdefault("hypothetical", "inversion")
    elif (
        s.i <= c.own
        and s.v.dep_ in ("advcl", "ccomp")
        and s.v.i < s.v.head.i
        and any(
            d.dep_ == "aux"
            and d.lower_ in ("should", "had", "were")
            and d.i == s.v.left_edge.i
            and any(d.i < x.i for x in children if x.dep_ in ("nsubj", "nsubjpass", "expl"))
            for d in children
        )
    ) or (
        s.v.dep_ == "advcl"
        and s.v.lower_ in ("were", "had")
        and s.v.i == s.v.left_edge.i
        and any(s.v.i < x.i for x in children if x.dep_ in ("nsubj", "nsubjpass", "expl"))
    ):
        # "Should the insurgents shell the airport, flights would be suspended" (parsed as a complement),
        # "Were the rebels to seize the dam, ..."
        found.setdefault("hypothetical", "inversion")


def called_for(w: FactualityWords, c: Clause, s: Step, found: Found) -> None:
    """ "called for a general strike on Friday to protest fuel prices", "appealed to them to march"
    (not a nominal event in the infinitive's object: "called on both parties to respect the ceasefire
    they agreed to")."""
    if (
        s.i == 1
        and (not c.nominal or indefinite_object(c.trigger, c.verb))
        and s.lemma in w.called_for
        and c.infinitive_below(s.i, "xcomp", "advcl")
        and (s.lemma != "call" or any(d.dep_ == "prep" and d.lower_ in ("for", "on") for d in s.children))
    ):
        found.setdefault("predicted", s.v.text)


def condition_noun(w: FactualityWords, c: Clause, s: Step, found: Found) -> None:
    """ "in case militants attack the airport", "in the event that the army attacks"."""
    v = s.v
    if (
        s.i > 0
        and v.pos_ == "NOUN"
        and v.lower_ in w.condition_nouns
        and v.dep_ == "pobj"
        and v.head.lower_ == "in"
        and c.rels[s.i - 1] in ("acl", "relcl")
    ):
        found.setdefault("hypothetical", f"in {v.text}")


def condition_phrase(w: FactualityWords, c: Clause, s: Step, found: Found) -> None:
    """A condition on the clause in a phrase: "in the event that talks fail, the army would resume air
    strikes"."""
    if s.i > c.own:
        return
    for d in s.children:
        if d.dep_ == "prep" and d.lower_ == "in":
            for o in d.children:
                if (
                    o.dep_ == "pobj"
                    and o.lower_ in w.condition_nouns
                    and any(x.dep_ in ("acl", "relcl") for x in o.children)
                ):
                    found.setdefault("hypothetical", f"in {o.text}")


def framed_gerund(w: FactualityWords, verb: Any, found: Found) -> None:
    """A gerund clause on the object of "of"/"for" after a noun of risk or of fear: "the risk of a
    missile hitting the plant" (hypothetical), "fears of rebels attacking the town" (predicted)."""
    if not (verb.tag_ == "VBG" and verb.dep_ == "acl" and verb.head.dep_ == "pobj"):
        return
    prep = verb.head.head
    if prep.lower_ not in ("of", "for") or prep.head.i == prep.i:
        return
    noun = prep.head
    if noun.lower_ in w.anticipated_nouns:
        found.setdefault("predicted", noun.text)
    elif noun.lower_ in w.possible_nouns:
        found.setdefault("hypothetical", noun.text)


def possible_noun(w: FactualityWords, c: Clause, s: Step, found: Found) -> None:
    """ "a scenario in which the army storms the camp", "a real possibility that troops will attack"."""
    if s.i > 0 and s.v.pos_ == "NOUN" and s.v.lower_ in w.possible_nouns:
        found.setdefault("hypothetical", s.v.text)


def mobilised_for(w: FactualityWords, c: Clause, s: Step, found: Found) -> None:
    """ "rebels are heading towards Goma to attack the city", "the army is sending reinforcements to
    retake the town"."""
    if c.infinitive_below(s.i, "advcl") and s.lemma in w.mobilising and is_ahead(s.v):
        found.setdefault("predicted", s.v.text)


def warned_against(w: FactualityWords, c: Clause, s: Step, found: Found) -> None:
    """ "Hezbollah warned Israel against attacking Lebanon"."""
    v = s.v
    if s.i > 0 and c.rels[s.i - 1] == "pcomp" and s.lemma in w.warning:
        prep = c.chain[s.i - 1].head
        if prep.lower_ == "against" and prep.head.i == v.i:
            found.setdefault("hypothetical", f"{v.text} against")


def going_to(w: FactualityWords, c: Clause, s: Step, found: Found) -> None:
    """ "supporters are going to march on the commission"."""
    if (
        c.infinitive_below(s.i, "xcomp")
        and s.lemma == "go"
        and s.v.tag_ == "VBG"
        and any(d.dep_ == "aux" and d.lemma_.lower() == "be" for d in s.children)
    ):
        found.setdefault("predicted", f"{s.v.text} to")
