"""Where a trigger sits in its sentence's parse, for the factuality coder (`code/factuality.py`) and the
background rules (`code/background.py`): the verb of its clause, the chain of verbs (and nouns) governing
that clause up to the root, and small tests on a verb or noun of that chain (negated, infinitive, past,
from-clause, ...)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

_CLIMB = {"xcomp", "ccomp", "advcl", "conj", "acl", "relcl", "parataxis", "pcomp"}


def clause_verb(trigger: Any) -> Any:
    """The verb of the trigger's clause: the trigger itself if it is a verb, else the nearest verb above
    it (at most four steps up), else the word reached."""
    cur = trigger
    for _ in range(4):
        if cur.head.i == cur.i:
            return cur
        if cur.pos_ in ("VERB", "AUX") and not (
            # a base form as an object or subject is a noun the tagger took for a verb: "would face
            # arrest", "protesters risk arrest"
            (cur.tag_ == "VB" and cur.dep_ in ("dobj", "nsubj", "nsubjpass"))
            # and so is a gerund subject: "if fighting spreads to the city", "fighting never resumed"
            or (cur.tag_ == "VBG" and cur.dep_ in ("nsubj", "nsubjpass", "csubj"))
            # or the object of a preposition with no object of its own: "reports of fighting"
            or (cur.tag_ == "VBG" and cur.dep_ == "pobj" and not any(c.dep_ == "dobj" for c in cur.children))
        ):
            return cur
        cur = cur.head
    return cur


def chain_rels(verb: Any) -> tuple[list[Any], list[str]]:
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
        was_infinitive = dep in ("acl", "advcl") and is_infinitive(cur)
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
            if not (dep == "acl" and is_nounish(cur)):
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


DEFINITE = {"the", "this", "that", "these", "those", "its", "their", "his", "her"}


def is_past(verb: Any) -> bool:
    """A verb in the simple past or the perfect: "tried", "had tried", "has attempted"."""
    return bool(
        verb.tag_ == "VBD"
        or (verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children))
    )


_UNKNOWN = {"unclear", "uncertain", "unknown"}


def says_unknown(head: Any) -> bool:
    """The head of a "whether" clause that says it is not known: "it was unclear whether", "it is not
    known whether", "police could not say whether"."""
    return (
        head.lower_ in _UNKNOWN
        or any(c.dep_ == "acomp" and c.lower_ in _UNKNOWN for c in head.children)
        or is_negated(head)
    )


def indefinite_object(trigger: Any, verb: Any) -> bool:
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


def from_clause(verb: Any) -> bool:
    """ "prevented protesters from reaching the palace": the object is who is stopped, not the event."""
    return any(
        c.dep_ == "prep" and c.lower_ == "from" and any(g.dep_ == "pcomp" for g in c.children)
        for c in verb.children
    )


def is_ahead(v: Any) -> bool:
    """A verb in the present or the future: "are massing", "is sending", "sends", "will send"."""
    aux = {c.lower_ for c in v.children if c.dep_ == "aux"}
    return bool(
        v.tag_ in ("VBZ", "VBP")
        or (v.tag_ == "VBG" and aux & {"is", "are", "am", "'s", "'re"})
        or (v.tag_ == "VB" and aux & {"will", "shall", "'ll"})
    )


def is_negated(verb: Any) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def is_nounish(tok: Any) -> bool:
    """A noun, or a plural noun the tagger took for a verb ("dismissed reports that ...": VBZ)."""
    return bool(
        tok.pos_ in ("NOUN", "PROPN")
        or (tok.tag_ == "VBZ" and tok.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj"))
    )


def has_to(verb: Any) -> bool:
    """ "to attack": the verb carries the infinitive marker "to" (`is_infinitive` also takes a verb
    misparsed as the object of "to")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def is_infinitive(verb: Any) -> bool:
    """ "to attack"; also a bare verb the parser hung on "to" as its object ("urged them to march")."""
    return has_to(verb) or (verb.dep_ == "pobj" and verb.tag_ == "VB" and verb.head.lower_ == "to")


def subtree_text(tok: Any) -> str:
    toks = [t for t in tok.subtree if not t.is_punct or t.text in ("-", "'")]
    if not toks:
        return str(tok.text)  # a subject that is only punctuation ("[")
    while len(toks) > 1 and toks[-1].is_punct:
        toks.pop()
    doc = tok.doc
    return str(doc[toks[0].i : toks[-1].i + 1].text)


@dataclass(frozen=True)
class Clause:
    """A trigger, the verb of its clause and the chain above it (`chain_rels`); `own` is the last index
    of the chain that shares the trigger's tense ("would launch an operation to retake": the infinitive
    and "launch")."""

    trigger: Any
    verb: Any
    chain: list[Any]
    rels: list[str]
    own: int
    unstopped: bool = False
    """a stopping verb above the event is negated or failed ("failed to stop the attack"): it happened"""

    @property
    def nominal(self) -> bool:
        """The trigger is not its clause's verb ("denied any role in the abduction")."""
        return bool(self.verb.i != self.trigger.i)

    def infinitive_below(self, i: int, *rels: str) -> bool:
        """The chain word below index `i` is an infinitive that word `i` governs by one of `rels` ("plans
        to attack": xcomp; "is gearing up to retake the town": advcl)."""
        return i > 0 and self.rels[i - 1] in rels and is_infinitive(self.chain[i - 1])


@dataclass(frozen=True)
class Step:
    """One verb (or noun) of a clause's chain, at index `i`, with what the rules read of it."""

    i: int
    v: Any
    lemma: str
    children: list[Any]
    aux: list[str]

    @staticmethod
    def of(clause: Clause, i: int) -> Step:
        v = clause.chain[i]
        children = list(v.children)
        aux = [c.lower_ for c in children if c.dep_ in ("aux", "auxpass")]
        return Step(i, v, v.lemma_.lower(), children, aux)


def shared_tense(chain: list[Any], rels: list[str]) -> int:
    """How far up the chain the trigger's tense reaches: through a noun, an infinitive it completes or a
    gerund continuing a verb ("would launch an operation to retake", "would keep attacking")."""
    own = 0
    while own + 1 < len(chain) and (
        chain[own].pos_ == "NOUN"
        or (is_infinitive(chain[own]) and rels[own] in ("xcomp", "advcl", "acl"))
        # a gerund shares the tense of the verb it continues: "would keep attacking"
        or (chain[own].tag_ == "VBG" and rels[own] == "xcomp")
    ):
        own += 1
    return own


def cut_chain(chain: list[Any], rels: list[str], marks: set[str]) -> tuple[list[Any], list[str]]:
    """The chain up to a clause in the past opened by one of `marks` ("after militants attacked a
    checkpoint"): what governs that clause does not make it predicted, denied or doubted ("police warned
    residents to stay indoors after militants attacked a checkpoint", "denied access to the town after
    shelling killed 12"). Likewise a clause before a semicolon, which the parser may hang on the verb
    after it ("militants bombed a bus; investigators ruled out a gas leak")."""
    for k in range(len(chain) - 1):
        v = chain[k]
        up = chain[k + 1]
        if (
            rels[k] == "ccomp"
            and v.i < up.i
            and any(t.text == ";" and t.head.i == up.i for t in v.doc[v.i : up.i])
        ):
            return chain[: k + 1], rels[: k + 1]
        if rels[k] == "pcomp" and v.head.lower_ in marks and v.head.dep_ == "prep" and is_past(v):
            return chain[: k + 1], rels[: k + 1]
        passive_past = v.tag_ == "VBN" and any(
            c.dep_ == "auxpass" and c.lower_ in ("was", "were") for c in v.children
        )
        if (
            rels[k] == "advcl"
            and any(c.dep_ == "mark" and c.lower_ in marks for c in v.children)
            and (is_past(v) or passive_past)
        ):
            return chain[: k + 1], rels[: k + 1]
    return chain, rels


def that_clause(v: Any, rel: str) -> bool:
    """A clause completing a noun ("allegations that soldiers shot"), also when the parser took it for a
    relative clause with "that" as its mark ("a denial that its troops had torched homes")."""
    return rel in ("acl", "ccomp") or (
        rel == "relcl" and any(d.dep_ == "mark" and d.lower_ == "that" for d in v.children)
    )
