"""The clauses of a parsed sentence (spaCy dependencies), as the date rules read them: where a clause
starts, which clause a token or a date belongs to, whether a clause tells the future, whether a date
hangs on a given verb."""

from __future__ import annotations

from typing import Any

Token = Any
Span = Any

REPORTING = frozenset(
    {
        "say",
        "tell",
        "report",
        "announce",
        "add",
        "state",
        "confirm",
        "write",
        "tweet",
        "post",
        "quote",
        "claim",
        "deny",
    }
)
CLAIMS = frozenset({"claim", "deny"})
"""verbs of a claim or denial whose own date is the statement's: "denied responsibility for the bombing
in a statement on Tuesday" does not date the bombing"""
FUTURE_AUX = frozenset({"will", "would", "shall", "'ll", "wo"})
FUTURE_LEMMAS = frozenset({"plan", "schedule", "expect", "due"})
CALL_LEMMAS = frozenset({"call", "urge", "vow", "pledge", "threaten", "promise"})
"""verbs whose infinitive tells what is yet to happen ("called for the protests to continue until Aug. 10")"""
CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "csubj", "parataxis", "relcl"})
SUBORDINATE_DEPS = frozenset({"advcl", "acl", "pcomp"})


def boundary(tok: Token) -> bool:
    if tok.dep_ in CLAUSE_DEPS or tok.head.i == tok.i:
        return True
    if tok.dep_ in SUBORDINATE_DEPS:
        return any(c.dep_ in ("mark", "nsubj", "nsubjpass") for c in tok.children)
    return False


def clause(tok: Token) -> Token:
    """The head of the clause `tok` belongs to."""
    while not boundary(tok):
        tok = tok.head
    return tok


def mark_of(head: Token) -> str | None:
    for c in head.children:
        if c.dep_ == "mark":
            return str(c.lower_)
    return None


def is_ancestor(a: Token, b: Token) -> bool:
    return a in b.ancestors


def is_future(head: Token) -> bool:
    """The clause speaks of what will happen: "will"/"would", a plan ("planned for Thursday") or what is
    called for ("called for the protests to continue until Aug. 10")."""
    for tok in (head, *head.ancestors):
        if (tok.lemma_.lower() in FUTURE_LEMMAS and not _carried_out_plan(tok)) or any(
            c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in tok.children
        ):
            return True
        # "called for the protests to continue until Aug. 10", "vowed to fight on until Friday"
        if (
            tok.head.i != tok.i
            and tok.head.lemma_.lower() in CALL_LEMMAS
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
        ):
            return True
        if boundary(tok) and tok.dep_ != "xcomp":
            return False
    return False


def _carried_out_plan(tok: Token) -> bool:
    """ "the commander had planned the Jan. 28 drone strike": a plan told in the past perfect or as a
    simple past with its object ("who planned the attack"), not one still ahead."""
    if tok.tag_ not in ("VBD", "VBN"):
        return False
    had = any(c.dep_ == "aux" and c.lower_ == "had" for c in tok.children)
    return had or (tok.tag_ == "VBD" and any(c.dep_ == "dobj" for c in tok.children))


def on_verb(ent: Span, verb: Token) -> bool:
    """The date modifies `verb` itself: "denied ... on Tuesday", "denied ... in a statement on Tuesday"."""
    head = ent.root.head
    if head.dep_ == "prep":
        head = head.head
    if head.dep_ == "pobj" and head.head.dep_ == "prep":  # "in a statement on Tuesday"
        head = head.head.head
    return bool(head.i == verb.i)


def verb_of(tok: Token) -> Token:
    """The nearest verb at or above a token (the token itself when it is the root)."""
    cur = tok
    while cur.pos_ not in ("VERB", "AUX") and cur.head.i != cur.i:
        cur = cur.head
    return cur


def own_clause(ent: Span) -> Token:
    """The clause a date belongs to. A date before the subordinator of the clause the parser hung it on
    belongs to the clause above ("beaten to death the previous day after he was accused": not the
    accusation's day)."""
    eclause = clause(ent.root)
    if eclause.dep_ in SUBORDINATE_DEPS and eclause.head.i != eclause.i:
        marks = [c for c in eclause.children if c.dep_ == "mark"]
        if marks and ent.end <= marks[0].i and ent.start <= min(t.i for t in eclause.subtree):
            return clause(eclause.head)
    return eclause


def superlative_frame(ent: Span, eclause: Token) -> bool:
    """ "the deadliest in the area this year", "the worst attack this month": a date hung on a clause
    whose complement is a superlative frames the comparison."""
    if ent.root.head.i != eclause.i and ent.root.head.tag_ != "JJS":
        return False
    return (
        any(
            c.dep_ in ("attr", "acomp") and (c.tag_ == "JJS" or any(g.lower_ == "most" for g in c.children))
            for c in eclause.children
        )
        or ent.root.head.tag_ == "JJS"
    )


def superlative(tok: Token) -> bool:
    """ "the latest", "the biggest prize": a superlative, or a noun it modifies."""
    return bool(tok.tag_ == "JJS" or any(c.dep_ == "amod" and c.tag_ == "JJS" for c in tok.children))


def another_report(eclause: Token, tclause: Token) -> bool:
    """A report verb other than `tclause` stands between `eclause` and it: what that report tells."""
    for tok in eclause.ancestors:
        if tok.i == tclause.i:
            return False
        if tok.pos_ == "VERB" and tok.lemma_.lower() in REPORTING:
            return True
    return False


def below_participle(noun: Token, trigger: Token) -> bool:
    """`noun` sits in a participle phrase on a noun below `trigger` ("people killed in Tuesday's
    explosions"): a phrase that tells another event."""
    for tok in noun.ancestors:
        if tok.i == trigger.i:
            return False
        if tok.dep_ == "acl" and tok.tag_ == "VBN":
            return True
    return False


def claim(report: Token) -> bool:
    """ "The group denied on Wednesday that its fighters had targeted civilians", "JNIM claimed
    responsibility on Sunday, saying that it had attacked a militia": a claim or denial answers for an
    act told before; its day is the statement's, not the act's."""
    if report.lemma_.lower() in CLAIMS:
        return True
    return bool(
        report.dep_ in ("advcl", "xcomp", "conj")
        and report.tag_ == "VBG"
        and report.head.lemma_.lower() in CLAIMS
    )


def in_other_relative(eclause: Token, trigger: Token) -> bool:
    """The clause of a date is (or lies inside) a relative clause that does not hold the trigger: it tells
    its own noun's story ("the M23 rebels, who captured Goma in January, said on Thursday they had taken
    two villages": January is not the villages' day)."""
    for tok in (eclause, *eclause.ancestors):
        if tok.dep_ == "relcl":
            # a relative clause right after the trigger noun tells the trigger, whatever noun the parser
            # hung it on ("commanded the ground offensive that drove Iraqi forces out in 1991")
            right_after = tok.left_edge.i == trigger.right_edge.i + 1
            return trigger.i != tok.i and not is_ancestor(tok, trigger) and not right_after
    return False
