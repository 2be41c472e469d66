"""Dependency-tree tests the trigger rules use (`code.triggers`): noun-phrase heads, particles,
objects and subjects of a verb, the verb or preposition governing a phrase, links between two tokens."""

from __future__ import annotations

from typing import Any

from frontlines.code.clause import has_to

_VERB_POS = {"VERB"}
_NOUN_POS = {"NOUN", "PROPN"}
# a noun inside one of these named entities is not an event word ("in March", "Rally Square")
_NOT_EVENT_ENTS = {"DATE", "TIME", "PERSON", "GPE", "LOC", "FAC", "WORK_OF_ART", "PRODUCT", "LAW"}


# clauses hanging off a noun phrase are not part of it ("steps to isolate Pakistan")
_CLAUSE_DEPS = {"acl", "relcl", "advcl", "xcomp", "ccomp", "appos"}
# quantity and part nouns whose "of" phrase holds the real head ("control of the town", "parts of Marawi")
# adverbs the parser sometimes attaches as advmod where they are verb particles ("shot down"), and adverbs
# read as a particle of a verb of cooperation ("worked together", "acted jointly", "working closely")
_PARTICLE_WORDS = {
    "down",
    "up",
    "back",
    "off",
    "out",
    "away",
    "apart",
    "forward",
    "ahead",
    "deeper",
    "together",
    "jointly",
    "closely",
}
_RELATIVE = {"that", "which", "who", "whom"}
_OBJECT_PREPS = {"of", "over", "up"}
_REFLEXIVE = {"myself", "yourself", "himself", "herself", "itself", "ourselves", "yourselves", "themselves"}


def _particle_before_prep(tok: Any) -> bool:
    """A particle the parser took for a preposition because a preposition follows ("out of", "away
    from", "back from")."""
    return bool(
        tok.dep_ == "prep" and tok.lower_ in _PARTICLE_WORDS and any(g.dep_ == "prep" for g in tok.children)
    )


def _np_tokens(head: Any) -> list[Any]:
    """The tokens of the noun phrase headed by `head`, without the clauses attached to it."""
    out = [head]
    for child in head.children:
        if child.dep_ not in _CLAUSE_DEPS and child.pos_ not in ("VERB", "AUX"):
            out.extend(_np_tokens(child))
    return out


def _np_heads(obj: Any) -> list[Any]:
    """The head nouns an object phrase refers to: itself, its conjuncts, and the objects of its "of"
    phrases ("full control of the town", "parts of the southern city of Marawi")."""
    heads = [obj]
    for child in obj.children:
        if child.dep_ == "conj":
            heads.extend(_np_heads(child))
        elif child.dep_ == "prep" and child.lower_ == "of":
            heads.extend(h for g in child.children if g.dep_ == "pobj" for h in _np_heads(g))
    return heads


def _negated_by_without(tok: Any) -> bool:
    """ "entered the city without firing a shot", "pulled out without a fight": no event."""
    return tok.dep_ in ("pcomp", "pobj") and tok.head.lower_ == "without"


def _skyward(prep: Any) -> bool:
    """ "into the air", "in the air": shots fired at nothing ("fighters fired into the air"), not at a
    target nor an aircraft."""
    return prep.lower_ in ("into", "in") and any(
        g.dep_ == "pobj" and g.lower_ == "air" for g in prep.children
    )


def _under(tok: Any, words: list[str]) -> bool:
    """The noun phrase or clause holding `tok` is governed by one of `words`: the first verb above it
    (by lemma), a preposition on the way up, or that verb's subordinating conjunction ("since the
    ceasefire began", "an agreement to end six weeks of fighting")."""
    wanted = {w.lower() for w in words}
    cur = tok
    for _ in range(4):
        if cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.lower_ in wanted:
            return True
        if cur.pos_ in ("VERB", "AUX"):
            return cur.lemma_.lower() in wanted or any(
                c.dep_ == "mark" and c.lower_ in wanted for c in cur.children
            )
    return False


_CLAUSE_EDGES = {"advcl", "ccomp", "conj", "relcl", "parataxis", "xcomp", "csubj"}


def _object_of(tok: Any, verbs: list[str]) -> bool:
    """`tok` is the direct object of one of `verbs`, the object of its "from" ("fled fighting",
    "escaped from the fighting") or its gerund complement ("stops attacking civilians")."""
    wanted = {v.lower() for v in verbs}
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "from":
        head, tok = head.head, head
    return tok.dep_ in ("dobj", "prep", "xcomp") and head.pos_ == "VERB" and head.lemma_.lower() in wanted


def _clause_verb_in(tok: Any, verbs: list[str]) -> bool:
    """True when a verb of `verbs` governs the noun `tok` inside one clause, through prepositions,
    objects, gerunds and participles ("detained 17 people in raids", "arrested two men suspected of
    carrying out the attack", "arrested 11 suspects in connection with the attack")."""
    wanted = {v.lower() for v in verbs}
    cur = tok
    while cur.head.i != cur.i and (
        cur.dep_ not in _CLAUSE_EDGES
        # a noun's conjunct is in its clause: "13 rifles and several grenades had been seized"
        or (cur.dep_ == "conj" and cur.pos_ in _NOUN_POS and cur.head.pos_ in _NOUN_POS)
        # a reduced participle clause belongs to its governor's: "arrested two men, suspected of ..."
        or (
            cur.dep_ == "advcl"
            and cur.tag_ == "VBN"
            and not any(c.dep_.startswith("nsubj") for c in cur.children)
        )
    ):
        cur = cur.head
        if cur.pos_ in _VERB_POS and cur.lemma_.lower() in wanted:
            return True
    return False


_TOLL_VERBS = frozenset({"kill", "die", "wound", "injure"})


def told_with_toll(tok: Any) -> bool:
    """The noun carries a relative clause telling its dead or wounded ("a car bombing that killed 12
    people", "an attack on a train in March in which eight passengers were killed"): the event told
    again with its own details, not only a reference from the act of its clause."""
    return any(
        t.dep_ == "relcl" and any(w.lemma_.lower() in _TOLL_VERBS and w.pos_ in _VERB_POS for w in t.subtree)
        for t in tok.subtree
        if t.i != tok.i
    )


def in_relative_clause(tok: Any) -> bool:
    """The word sits in a relative clause ("the operation, in which 12 people were killed")."""
    cur = tok
    while cur.head.i != cur.i:
        if cur.dep_ == "relcl":
            return True
        cur = cur.head
    return False


def _prep_objects(tok: Any, preps: tuple[str, ...]) -> set[str]:
    """The words (and lemmas) of the objects of `preps` on `tok`, with their conjuncts."""
    out: set[str] = set()
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in preps:
            for g in c.children:
                if g.dep_ == "pobj":
                    for w in (g, *(x for x in g.conjuncts)):
                        out |= {w.lower_, w.lemma_.lower()}
    return out


def _object_words(tok: Any, objs: list[Any]) -> set[str]:
    """The modifiers of the objects' heads and whom or what each (or the verb `tok`) is "for", with
    their modifiers, as words and lemmas: "a harder line" gives "harder", "camps for displaced
    families" gives "families" and "displaced"."""
    heads = [h for o in objs for h in _np_heads(o)]
    words = [c for h in heads for c in h.children if c.dep_ in ("compound", "amod", "nmod")]
    for h in (*heads, tok):
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ == "for":
                for g in c.children:
                    if g.dep_ == "pobj":
                        words += [g, *(m for m in g.children if m.dep_ in ("compound", "amod", "nmod"))]
    return {w.lower_ for w in words} | {w.lemma_.lower() for w in words}


# verbs of an activity's course: a governed event noun may be their subject as well as their object
# ("the operation would continue", "operations will resume"; "continued the operation")
ASPECT_VERBS = frozenset(
    {"begin", "start", "continue", "resume", "last", "expand", "intensify", "widen", "escalate"}
)


def _direct_objects(tok: Any) -> list[Any]:
    """The verb's direct object (or passive subject), and the subject of its "to" complement, which the
    parser sometimes makes the subject of that clause ("allowed U.N. inspectors to return")."""
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    return objs + [
        s
        for c in tok.children
        if c.dep_ in ("ccomp", "xcomp") and has_to(c)
        for s in c.children
        if s.dep_ == "nsubj"
    ]


def _preps(tok: Any) -> set[str]:
    """The prepositions and particles on the verb, the "of" the parser hangs on its object ("stripped
    the party of its seats"), and the "for" of its complement clause ("called for the government to
    step down")."""
    out = {c.lower_ for c in tok.children if c.dep_ in ("prep", "prt") and not _skyward(c)}
    out |= {
        p.lower_
        for o in tok.children
        if o.dep_ == "dobj"
        for p in o.children
        if p.dep_ == "prep" and p.lower_ == "of"
    }
    return out | {
        m.lower_
        for c in tok.children
        if c.dep_ in ("advcl", "ccomp", "xcomp")
        for m in c.children
        if m.dep_ == "mark" and m.lower_ == "for"
    }


def _hyphenated(tok: Any) -> str | None:
    """The hyphenated compound a token ends ("sit-in", "counter-offensive"), lower case, when the
    tokenizer split it at the hyphen; None otherwise."""
    if tok.i < 2:
        return None
    hyphen, first = tok.doc[tok.i - 1], tok.doc[tok.i - 2]
    if hyphen.text != "-" or hyphen.whitespace_ or first.whitespace_ or not first.is_alpha:
        return None
    return f"{first.lower_}-{tok.lower_}"


def _subjects(tok: Any) -> list[Any]:
    """Who or what does the verb: its subject, the agent of a passive, the subject it shares with a
    verb it is coordinated with ("soldiers broke in and raped"), the noun a relative clause hangs on."""
    subs = [c for c in tok.children if c.dep_ in ("nsubj", "csubj") and c.lower_ not in _RELATIVE]
    subs += [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if not subs and tok.dep_ == "conj" and tok.head.i != tok.i:
        return _subjects(tok.head)
    if not subs and tok.dep_ in ("relcl", "acl") and tok.head.i != tok.i:
        subs = [tok.head]
    if not subs and tok.dep_ == "xcomp" and tok.head.i != tok.i:
        # "units continued to advance", "gunmen tried to storm": the governing verb's subject does it;
        # so does the subject of a passive of saying or belief ("warplanes were said to have struck")
        return _subjects(tok.head) or [c for c in tok.head.children if c.dep_ == "nsubjpass"]
    return subs


_CLAUSE_ARCS = {"advcl", "conj", "ccomp", "xcomp", "relcl", "parataxis", "pcomp"}


def _linked(parse: Any, a: int, b: int) -> bool:
    """True when one token governs the other inside one phrase ("car bombs driven by suicide
    attackers", "the capture of the town in heavy fighting"), not when they head clauses of their own
    ("seized parts of the city, battling government troops") or are coordinated ("shelling and air
    strikes")."""
    for x, y in ((a, b), (b, a)):
        cur = parse[y]
        clause = False
        while cur.head.i != cur.i:
            clause = clause or cur.dep_ in _CLAUSE_ARCS
            if cur.head.i == x:
                if not clause:
                    return True
                break
            cur = cur.head
    return False


def _complement_aux(tok: Any, auxiliaries: list[str]) -> bool:
    """The verb's clausal complement carries one of the auxiliaries: "said Iraq must comply", "asked
    Iraq to allow"."""
    wanted = {a.lower() for a in auxiliaries}
    return any(
        c.dep_ in ("ccomp", "xcomp") and any(a.dep_ == "aux" and a.lower_ in wanted for a in c.children)
        for c in tok.children
    )


def own_subject(tok: Any) -> str:
    """The lemma of a verb's own nominal subject ("a helicopter then fired on survivors": helicopter), ""
    for a noun or a verb with none: two verbs of one type with subjects of their own that differ tell
    two acts."""
    if tok.pos_ != "VERB":
        return ""
    return next((c.lemma_.lower() for c in tok.children if c.dep_ == "nsubj" and c.pos_ in _NOUN_POS), "")


def same_doer(seen: tuple[str, str], actor: str, subject: str) -> bool:
    """An event recorded as (actor1 name, verb subject lemma) (`seen`) has the doer `actor` with the verb
    subject `subject`: the same actor, and not two subjects of their own that differ."""
    name, first = seen
    return name == actor and (not first or not subject or first == subject)


def misread_verb_head(tok: Any) -> Any | None:
    """A verb form the parser read as a noun before a resultative "dead" that took the verb's subject
    and object ("gunmen on a motorcycle shot dead a local leader": "motorcycle shot" read as a compound
    noun, "dead" as the verb): that "dead", which carries the clause's roles; else None."""
    if tok.pos_ not in _NOUN_POS or tok.i + 1 >= len(tok.doc):
        return None
    nxt = tok.doc[tok.i + 1]
    if nxt.lower_ != "dead" or not any(c.dep_ in ("nsubj", "dobj") for c in nxt.children):
        return None
    return nxt
