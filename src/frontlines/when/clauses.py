"""Which date expression in a parsed sentence dates a given trigger.

A sentence is cut into clauses at finite or subordinated verbs (ROOT, ccomp, relcl, parataxis, and
advcl / acl / pcomp that carry a subordinator or a subject); participle adjuncts ("..., killing five")
and coordinated verbs stay in their clause. A DATE/TIME span dates the trigger when it sits in the
trigger's clause, or in a clause above it ("killed on Saturday as police opened fire"), or heads the
trigger's clause ("September 2015, when the group captured Kunduz"). It does not when it dates a
reporting verb ("medical sources said on Tuesday"), or sits in a clause below the trigger's ("marched
..., chanting for the release of X, who has been held since soldiers detained her on Feb. 1"), except a
"when"/"as"/"while" clause (same time) and a "since" clause (the start of a period running to the
reference). Relative spans ("a day earlier", "later the same day", "two days after X ...") shift a
base date: another date of the sentence, else the date the article's context gives.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from frontlines.knowledge import cues
from frontlines.when.dates import resolve
from frontlines.when.periods import ResolvedDate, day_before
from frontlines.when.relative import Relative, apply_relative
from frontlines.when.reports import report_after, report_aside, reporting_date
from frontlines.when.shifts import (
    after_clause_shift,
    anniversary_years,
    day_shift,
    days_so_far,
    months_from,
    ongoing,
    years_before,
)
from frontlines.when.spans import date_spans, relative_spans
from frontlines.when.story import DEFINITE, called_day, runs_on
from frontlines.when.styles import agent_kill, in_gerund_of_sequence, told_in_noun
from frontlines.when.syntax import (
    CLAIMS,
    REPORTING,
    another_report,
    below_participle,
    claim,
    clause,
    in_other_relative,
    is_ancestor,
    is_future,
    mark_of,
    on_verb,
    own_clause,
    superlative,
    superlative_frame,
    verb_of,
)

Token = Any
Span = Any

HISTORICAL_DAYS = 31
"""an event that ended more than this many days before the reference is background (`historical`)"""
SAME_TIME_MARKS = frozenset({"when", "as", "while", "whilst"})


@dataclass(frozen=True)
class Choice:
    """What a sentence says about a trigger's date: an absolute date, or a shift of the context date."""

    text: str
    resolved: ResolvedDate | None = None
    relative: Relative | None = None
    """with `resolved` None: the date is told against the context date ("A day earlier")"""
    start: int = 0
    """the expression's first token"""
    open_since: bool = False
    """"killed since Monday": a period told up to the reference; the article's own day may end it"""
    deadline: bool = False
    """"By Monday (the army had regained control)": the event happened on or before that date"""
    reported: bool = False
    """"said on Saturday it had captured the town": only the report's day is told; it dates the
    content when the paragraph has told no date before"""
    toll: bool = False
    """"11 people have been killed, officials said on Friday": a toll kept from the date told before up
    to the report's day"""
    into: bool = False
    """"burned tyres into Friday evening": from the date told before up to that day, carried on"""
    aside: bool = False
    """"Police dispersed the crowd, a lawyer said on Saturday": the report's day of a simple past told
    before its report; it dates the act only when the article has told no date"""


def _since_phrase(ent: Span) -> bool:
    """ "shelled since Sunday": a period from the date to the reference. Not "the largest since 2019"."""
    head = ent.root.head
    if ent.text.lower().startswith("since "):
        head = ent.root if ent.root.lower_ == "since" else ent.root.head
    if head.lower_ != "since":
        return False
    # "has killed at least 80 people since last Thursday": hung on the verb's object
    on = head.head.head if head.head.dep_ == "dobj" else head.head
    return bool(on.pos_ == "VERB")


TOLL_LEMMAS = frozenset({"kill", "die", "wound", "injure", "hurt"})
"""a toll told on a day ("at least 70 people were killed, the UN said on Friday") is a count kept up
to that day, not an event of that day"""


def _report_day(parse: Any, dates: list[Span], trigger: Token, tclause: Token, ref: date) -> Choice | None:
    """ "The Arakan Army said on Sunday it had captured the last outpost": with no date of its own, the
    verb a report tells is dated by the report's day (not a toll: `TOLL_LEMMAS`)."""
    # "said on Monday its troops had repelled an assault", parsed as a verb coordinated with "said": a
    # past perfect with a subject of its own is still the report's content
    verb = verb_of(trigger)
    told_perfect = (
        verb.dep_ == "conj"
        and verb.head.i == tclause.i
        and {"had", "nsubj"} <= {c.lower_ if c.dep_ == "aux" else c.dep_ for c in verb.children}
    )
    if told_perfect:
        tclause = verb
    # "said on Monday its troops had repelled an attack": the object noun of the verb told, new news
    told_noun = (
        trigger.dep_ == "dobj"
        and trigger.head.i == tclause.i
        and not any(c.dep_ == "poss" or c.lower_ in DEFINITE for c in trigger.children)
    ) or told_in_noun(trigger, tclause)
    if (trigger.i != tclause.i and not told_noun) or (tclause.dep_ != "ccomp" and not told_perfect):
        return None
    toll = trigger.lemma_.lower() in TOLL_LEMMAS and not agent_kill(trigger)
    if toll and not _perfect_toll(trigger):
        return None
    report = tclause.head
    if report.lemma_.lower() not in REPORTING or claim(report):
        return None
    for e in dates:
        prep = e.root.head if e.root.dep_ == "pobj" else e.root
        # "said on Sunday" (`reporting_date`), "On Saturday, the army said"
        said_on = (reporting_date(e) and prep.i > 0 and parse[prep.i - 1].i == report.i) or (
            e.start > report.i and on_verb(e, report)  # "said in a statement on Friday"
        )
        if said_on or (clause(e.root).i == report.i and e.start < report.i):
            r = resolve(e.text, ref)
            if r is not None and r.precision == "day":
                # "Police dispersed the crowd ..., a rights lawyer said on Saturday": a past act told
                # before its report is the story's, not the report's day ("Police have arrested 43
                # people, a lawyer said on Saturday": a perfect is told as of the report)
                aside = e.start > report.i > trigger.i and not _perfect(trigger)
                return Choice(e.text, r, start=e.start, reported=True, toll=toll, aside=aside)
    return None


def _dated_report_between(dates: list[Span], upper: Token, tclause: Token) -> bool:
    """ "The army launched an offensive on Oct. 30 and said on Wednesday it had captured several camps": a
    report with a day of its own stands between the upper clause's date and the act it tells; that date
    is the offensive's, the capture is dated as reported."""
    tok = tclause.head
    while tok.i != upper.i and tok.head.i != tok.i:
        # "said on Wednesday": the parser may hang the date on the verb told; the word before its
        # preposition is the report
        if tok.lemma_.lower() in REPORTING and any(
            reporting_date(e) and (e.root.head if e.root.dep_ == "pobj" else e.root).i == tok.i + 1
            for e in dates
        ):
            return True
        tok = tok.head
    return False


def _in_reply(trigger: Token) -> bool:
    """ "in retaliation for air strikes", "in revenge for the killing": the trigger noun is the act replied
    to (`retaliation_nouns` in data/cues.v1.yaml)."""
    if trigger.pos_ not in ("NOUN", "PROPN") or trigger.dep_ != "pobj" or trigger.head.dep_ != "prep":
        return False
    return bool(trigger.head.head.lemma_.lower() in _retaliation_nouns())


@lru_cache(maxsize=1)
def _retaliation_nouns() -> frozenset[str]:
    return frozenset(cues().retaliation_nouns)


def _course_verbs() -> frozenset[str]:
    return frozenset(cues().course_verbs)


_TO_NEXT_MORNING = re.compile(
    r"^\W*(?:\w+\s+){0,3}?(?:until|till|into)\s+(?:dawn|daybreak|sunrise|the\s+(?:early\s+)?(?:morning|hours))\b",
    re.I,
)


def choose(parse: Any, trigger_i: int, ref: date) -> Choice | None:
    """The date the sentence gives the trigger at `trigger_i`, or None when it gives none."""
    trigger = parse[trigger_i]
    tclause = clause(trigger)
    ranked: list[tuple[int, bool, bool, bool, int, Choice]] = []
    # absolute dates of the sentence, wherever they sit: anchors for a relative expression
    preceding: list[tuple[int, ResolvedDate]] = []
    dates = date_spans(parse)
    reply = _in_reply(trigger)
    # "said on Thursday": the day a period told "since" ends, when the sentence gives it
    reported = [
        r
        for e in dates
        if reporting_date(e) and (r := resolve(e.text, ref)) is not None and r.precision == "day"
    ]
    relatives = relative_spans(parse)
    in_relative = {t.i for span, _ in relatives for t in span}
    spans = [(e, None) for e in dates if not any(t.i in in_relative for t in e)]
    runs: list[ResolvedDate] = []
    """the days a course clause of the trigger's clause runs on to"""
    for ent, rel in sorted([*spans, *relatives], key=lambda x: x[0].start):
        eclause = own_clause(ent)
        if superlative_frame(ent, eclause):
            continue  # "was the deadliest in the area this year": a comparison's frame, not the event's day
        dist = abs(ent.start - trigger_i)
        since = False
        resolved = None
        reporting = reporting_date(ent)
        if rel is None and not reporting and not _since_phrase(ent):
            resolved = resolve(ent.text, ref, future=is_future(eclause) or called_day(ent))
            if resolved is not None:
                preceding.append((ent.start, resolved))
        course = False
        if trigger in ent or is_ancestor(ent.root, tclause) or eclause.i == tclause.i:
            if report_after(ent, trigger, tclause):
                continue
            rank = 2 if in_gerund_of_sequence(ent, trigger) else 0
        elif is_ancestor(eclause, tclause):
            if eclause.lemma_.lower() in REPORTING or _dated_report_between(dates, eclause, tclause):
                continue
            rank = 1
        elif is_ancestor(tclause, eclause):
            mark = mark_of(eclause)
            if tclause.lemma_.lower() in REPORTING and trigger.i != tclause.i:
                if another_report(eclause, tclause):
                    # "Police confirmed the kidnapping and said officers had rescued four captives on
                    # Tuesday": the content of another report
                    continue
                rank = 1  # "Protest organisers said they would return on Sunday": the report's content
            elif eclause.dep_ == "relcl" and eclause.head.i == trigger.i:
                rank = 1  # "the ceasefire they agreed to in Jeddah last month": the clause tells the event
            elif report_aside(ent, eclause, tclause):
                rank = 0
            elif (
                eclause.dep_ == "relcl"
                and eclause.lemma_.lower() in _course_verbs()
                and clause(eclause.head).i == tclause.i
            ):
                rank, course = 1, True  # "abducted 40 villagers in a raid that began late on Monday"
            elif clause(eclause.head).i != tclause.i or mark not in (*SAME_TIME_MARKS, "since"):
                continue
            elif mark == "since" and superlative(eclause.head):
                continue  # "the latest in a string of setbacks since the rebels launched ...": a comparison
            else:
                rank, since = 1, mark == "since"
        elif in_other_relative(eclause, trigger):
            continue
        else:
            rank = 2
        if reporting and trigger.lemma_.lower() not in REPORTING:
            continue
        # "killed in Tuesday's explosions": the possessive dates its own noun, not another event noun
        # ("went off near a funeral for people killed in Tuesday's explosions")
        if (
            ent.root.dep_ == "poss"
            and ent.root.head.i != trigger.i
            and (trigger.pos_ == "NOUN" or below_participle(ent.root.head, trigger))
        ):
            continue
        if reply and ent.root not in trigger.subtree and ent[0].lower_ not in ("earlier", "previous", "last"):
            continue  # "attacked on Saturday in retaliation for air strikes": the strikes came before
        if (
            trigger.pos_ != "VERB"
            and tclause.lemma_.lower() in CLAIMS
            # "In January, ISKP claimed a bombing": a month (a year) of a new act's claim is the act's
            and not (
                told_in_noun(trigger, tclause, claimed=True)
                and resolved is not None
                and resolved.precision in ("month", "year")
            )
            and (
                on_verb(ent, tclause)
                or (eclause.i == tclause.i and ent.start > trigger.i and ent.root.dep_ == "pobj")
            )
        ):
            continue  # "claimed the attack (in a statement) on Saturday": the claim's day
        # of two dates in the clause, the one on the trigger's own verb before one on a verb
        # coordinated with it ("launched an offensive in October and captured the town in January")
        other_verb = rank == 0 and verb_of(ent.root).i != verb_of(trigger).i
        if rel is not None:
            choice = Choice(ent.text, None, relative=rel, start=ent.start)
            ranked.append((rank, False, other_verb, True, dist, choice))
            continue
        shift = day_shift(ent.text)
        if shift is not None:
            choice = Choice(ent.text, None, relative=Relative("shift", "day", shift), start=ent.start)
            ranked.append((rank, False, other_verb, True, dist, choice))
            continue
        resolved = resolved or resolve(ent.text, ref, future=is_future(eclause) or called_day(ent))
        days = days_so_far(ent, trigger) if resolved is None and rank == 0 else None
        if days is not None:
            last_day = next((r.end for r in reported if r.end <= ref), ref)
            resolved = ResolvedDate(last_day - timedelta(days=days - 1), last_day, "day")
        if resolved is None or (course and resolved.precision != "day"):
            continue  # "in the war that began in 2011" is background, not the event's day
        if _eve_possessive(ent) and resolved.precision == "day":
            resolved = day_before(resolved)  # "on the eve of Thursday's election": Wednesday
        if (
            resolved.precision == "day"
            and resolved.start == resolved.end
            and (
                re.match(r"(?:late|.*\b(?:night|evening))\b", ent.text, re.I)
                or re.search(r"\blate(?:\s+on)?$", parse[: ent.start].text, re.I)
            )
            and _TO_NEXT_MORNING.match(parse[ent.end :].text)
        ):
            # "began late on Monday and lasted until dawn": that night, into the next day
            resolved = ResolvedDate(resolved.start, resolved.start + timedelta(days=1), "day")
        # "since Sunday": a recent start opens a period to the reference; "since 2011" stays a
        # background date (a long-running situation told as background)
        recent = 0 <= (ref - resolved.start).days <= HISTORICAL_DAYS or (
            # "has retaken dozens of villages since August": a perfect tells the months up to now
            resolved.precision == "month" and 0 <= (ref - resolved.start).days <= 366 and _perfect(trigger)
        )
        # "trapped since Tuesday, when youths overran the garrison": the clause the date heads
        # happened on that day; the period is the parent's
        heads = trigger not in ent and is_ancestor(ent.root, tclause) and eclause.i != tclause.i
        open_since = False
        if (since or _since_phrase(ent)) and recent and not heads:
            end = next((r.end for r in reported if resolved.start <= r.end <= ref), None)
            # "have been battling since Saturday": ongoing up to the time of telling, not the article's day
            open_since = end is None and not ongoing(trigger)
            resolved = ResolvedDate(resolved.start, end or ref, resolved.precision)
        # "an overnight raid ... on Friday": the adjective yields to a stated day
        vague = ent.root.dep_ == "amod"
        # "By Monday morning the army had regained control": a deadline, not the event's day
        # "fighting security forces until Saturday morning": from the date told before up to that day
        ends = ("by", "until", "till")
        deadline = (ent.start > 0 and parse[ent.start - 1].lower_ in ends) or ent[0].lower_ in ends
        into = not deadline and ent.start > 0 and parse[ent.start - 1].lower_ == "into"
        if course and (deadline or into):
            runs.append(resolved)  # "triggering a gunbattle that lasted until Tuesday afternoon"
        choice = Choice(
            ent.text, resolved, start=ent.start, open_since=open_since, deadline=deadline, into=into
        )
        ranked.append((rank, vague, other_verb, False, dist, choice))
    # a relative expression ranks with the others; on a tie an absolute date wins ("two days later, on
    # March 5")
    ranked.sort(key=lambda r: r[:5])
    absolute = [r for r in ranked if r[5].resolved is not None]
    best = absolute[0][5] if absolute else None
    own = best is not None and absolute[0][0] == 0
    base = best.resolved if best is not None else None
    years = anniversary_years(trigger, tclause)
    if years is not None and (base is None or (ref - base.end).days <= HISTORICAL_DAYS):
        base = base or ResolvedDate(ref, ref, "day")
        return Choice(best.text if best else "anniversary", years_before(base, years))
    after = None if own else after_clause_shift(tclause)
    if after is not None and after[1] == "month":
        # "a year after it fell": the month that long before; with no day to count from, as if untold
        if best is not None and base is not None and base.precision == "day":
            return Choice(best.text, months_from(base.end, after[0]))
        after = None
    if after is not None:
        days, unit = after
        if best is not None and base is not None and base.precision == "day":
            d = base.end + timedelta(days=days)
            if unit == "week":
                # "three weeks after government forces seized it": the week the seizure fell in
                monday = d - timedelta(days=d.weekday())
                return Choice(best.text, ResolvedDate(monday, monday + timedelta(days=6), "week"))
            return Choice(best.text, ResolvedDate(d, d, "day"))
        if unit == "week":
            return Choice("", None, relative=Relative("calendar", "week", days // 7))
        return Choice("", None, relative=Relative("shift", "day", days))
    if not ranked:
        return _report_day(parse, dates, trigger, tclause, ref)
    first = ranked[0][5]
    if first.relative is None:
        if runs and first.resolved is not None and ranked[0][0] == 0:
            return replace(first, resolved=runs_on(first.resolved, runs))
        return first
    # the relative expression is told against the sentence's date for the trigger when that comes
    # before it, else the nearest absolute date before it in the sentence ("rebels, who seized the
    # town on March 3, were driven out two weeks later"), else the date the article's context gives
    # (`context.date_article`): not a date told after it ("Two days later, another attack hit X, and
    # on Friday a rocket killed Y": two days after the date told before the sentence)
    anchor = base if best is not None and best.start < first.start else None
    if anchor is None:
        before = [d for i, d in preceding if i < first.start]
        # "police said on Saturday that a mob had beaten two men the previous evening": else the day
        # of the report that tells it
        before = before or [
            r
            for e in dates
            if e.start < first.start and reporting_date(e) and (r := resolve(e.text, ref)) is not None
        ]
        anchor = before[-1] if before else None
    if anchor is not None:
        return Choice(first.text, apply_relative(anchor, first.relative))
    if _perfect_toll(trigger):
        # "Five days later, at least 80 people have been killed": a count kept up to that day
        return Choice(first.text, None, relative=first.relative, start=first.start, toll=True)
    return first


def _eve_possessive(ent: Span) -> bool:
    """ "on the eve of Thursday's election", "the eve of the May 9 parade": the date of the noun whose eve
    it is."""
    noun = ent.root.head
    return bool(
        ent.root.dep_ in ("poss", "compound", "nmod")
        and noun.dep_ == "pobj"
        and noun.head.lower_ == "of"
        and noun.head.head.lower_ == "eve"
    )


def _perfect(trigger: Token) -> bool:
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("have", "has") for c in trigger.children)


def _perfect_toll(trigger: Token) -> bool:
    return bool(
        trigger.lemma_.lower() in TOLL_LEMMAS
        and any(c.dep_ == "aux" and c.lower_ in ("have", "has") for c in trigger.children)
    )
