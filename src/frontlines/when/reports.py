"""Dates of reports in a parsed sentence: "medical sources said on Tuesday" dates the report, not what it
tells; "..., residents told our reporter on Thursday" after the trigger; "jets bombed hideouts, on
Monday, the military said" (a date set off before the report's subject belongs to the clause before)."""

from __future__ import annotations

from datetime import date
from typing import Any

from frontlines.when.dates import resolve
from frontlines.when.periods import ResolvedDate
from frontlines.when.spans import date_spans
from frontlines.when.syntax import REPORTING, clause, on_verb

Token = Any
Span = Any


def reporting_date(ent: Span) -> bool:
    """ "said on Wednesday (that) ...": the span dates the report, whatever the parser attached it to."""
    root = ent.root
    if root.dep_ == "poss":
        return False  # "said Saturday's bombing killed eight": the bombing's day
    prep = root.head if root.dep_ == "pobj" else root
    before = prep.i - 1
    if before < 0:
        return False
    verb = prep.doc[before]
    if verb.lemma_.lower() == "report" and any(c.dep_ == "auxpass" for c in verb.children):
        return False  # "heavy clashes were reported overnight": when the clashes happened
    return verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in REPORTING


def report_day(parse: Any, ref: date) -> tuple[str, ResolvedDate] | None:
    """The day a report of the sentence was made ("the army said on Wednesday"), if it names one."""
    for e in date_spans(parse):
        if reporting_date(e):
            r = resolve(e.text, ref)
            if r is not None and r.precision == "day" and r.start <= ref:
                return e.text, r
    return None


def report_after(ent: Span, trigger: Token, tclause: Token) -> bool:
    """ "Gunmen abducted 40 villagers ..., residents told our reporter on Thursday", parsed with the
    report verb as the clause of the trigger: the date after the report verb is the report's day."""
    return bool(
        tclause.lemma_.lower() in REPORTING
        and trigger.i < tclause.i
        and ent.start > tclause.i
        and trigger not in ent
        and on_verb(ent, tclause)
        and not any(c.dep_ == "auxpass" for c in tclause.children)  # "clashes were reported on Friday"
    )


def report_aside(ent: Span, eclause: Token, tclause: Token) -> bool:
    """ "jets bombed hideouts in the valley, on Monday, the military said": the date before the report's
    subject belongs to the clause before it, whatever verb the parser hung it on."""
    if eclause.lemma_.lower() not in REPORTING or eclause.dep_ != "parataxis":
        return False
    if clause(eclause.head).i != tclause.i:
        return False
    subj = next((c for c in eclause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or not (ent.end <= subj.left_edge.i < eclause.i) or ent.start <= tclause.i:
        return False
    return bool(ent.end < len(ent.doc) and ent.doc[ent.end].text == ",")
