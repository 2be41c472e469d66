"""Dates for every event mention of an article, sentence by sentence, with the context carried over.

News tells the main event's day once ("... on Tuesday") and then goes on without repeating it ("Some
demonstrators later set the building on fire."). So, in text order, a mention takes:
1. the date its own sentence gives it (`when.clauses.choose`);
2. a relative expression of its sentence ("A day earlier", "later the same day", "two days after ...")
   applied to the context date;
3. else the context date itself.
The context date is the last date of an earlier mention in the same paragraph, else the article's
anchor: the first date an event mention of the article states that is neither background (more than
31 days old) nor after the reference. Future dates are never carried over. When the article gives no
date at all, the mention has none (`text` None; the stage then puts the publication date in `start`).
Durations: "three days of fighting" ending on day D runs D-2 .. D; "a three-day strike" starting on D
runs D .. D+2.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from frontlines.when.clauses import _perfect, choose
from frontlines.when.dates import resolve
from frontlines.when.periods import ResolvedDate, day_before
from frontlines.when.relative import Relative, apply_relative
from frontlines.when.reports import report_day
from frontlines.when.shifts import count
from frontlines.when.spans import MONTH_RE, WEEKDAY_RE, date_spans
from frontlines.when.story import (
    DAY_BEFORE,
    DEFINITE,
    ahead,
    began,
    fronted_day,
    main_verb,
    shift_from_event,
    stem,
)
from frontlines.when.styles import heading_day
from frontlines.when.syntax import CLAIMS
from frontlines.when.told import (
    Dated,
    Item,
    News,
    is_background,
    is_news,
    since_end,
    since_noun,
    since_then,
    told_news,
)

__all__ = ["Dated", "Item", "News", "date_article", "is_background", "lead_date"]

_SPAN_OF = re.compile(r"\b(\w+)\s+(?:(?:further|full|whole)\s+)?(day|week)s?\s+of\s+(?:\w+\s+){0,2}$", re.I)
_STARTING = re.compile(r"^\s*(?:\S+\s+){0,4}?(?:starting|beginning|from)\b", re.I)
_LEAD_DAY = re.compile(rf"\b(?:{WEEKDAY_RE}|yesterday|{MONTH_RE} \d{{1,2}}(?:, \d{{4}})?)\b(?!-)")
_SAID_BEFORE = re.compile(
    r"\b(?:said|says|told|announced|reported|added|stated|confirmed)(?:\s+\w+)?\s+(?:on\s+)?$", re.I
)
_N_DAY = re.compile(r"\b(\w+)\s*-\s*(day|week)\s+(?:\w+\s+){0,2}$", re.I)


def _duration(item: Item, d: ResolvedDate) -> ResolvedDate:
    """ "three days of fighting" ending on D; "a three-day strike" beginning on D."""
    if d.precision != "day":
        return d
    before = item.parse[: item.trigger_i].text + " "
    m = _SPAN_OF.search(before)
    if m and not re.search(r"\b(?:more|less|than|over|nearly|almost|about)\s+\S+\s*$", before[: m.start()]):
        n = count(m.group(1))
        days = n * (7 if m.group(2).lower() == "week" else 1) if n is not None else 1
        if days > 1 and _STARTING.match(item.parse[item.trigger_i + 1 :].text):
            # "a week of demonstrations starting next Wednesday": from that day on
            return ResolvedDate(d.start, d.start + timedelta(days=days - 1), "day")
        if days > 1 and re.search(r"\bafter\s+$", before[: m.start()], re.I):
            # "held on Tuesday after four days of fighting": the fighting ended the day before
            return ResolvedDate(d.end - timedelta(days=days), d.end - timedelta(days=1), "day")
        if days > 1:
            return ResolvedDate(d.end - timedelta(days=days - 1), d.end, "day")
    m = _N_DAY.search(before)
    if m:
        n = count(m.group(1))
        if n is not None and n > 1:
            days = n * (7 if m.group(2).lower() == "week" else 1)
            if re.search(r"\b(?:end|ended|ending|ends)\s+(?:\w+\s+){0,2}$", before[: m.start()], re.I):
                # "an operation that ended a three-day march" on D: the march is dated by its end
                return d
            return ResolvedDate(d.start, d.start + timedelta(days=days - 1), "day")
    return d


def _told_again(item: Item) -> str | None:
    """ "The shelling also destroyed a clinic": a definite noun trigger (the stem) that tells again an
    event told before, else None."""
    tok = item.parse[item.trigger_i]
    if tok.pos_ not in ("NOUN", "PROPN") or not any(
        c.dep_ == "det" and c.lower_ in DEFINITE for c in tok.children
    ):
        return None
    return stem(tok)


def _names_again(item: Item, told: Sequence[News]) -> Dated | None:
    """ "the attack on the helicopter": the date of the last news mention whose sentence named the
    noun the trigger noun's "on"/"against" phrase names, else None."""
    tok = item.parse[item.trigger_i]
    objects = [
        g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", "against") for g in c.children
    ]
    # the object and the nouns before it in its phrase ("on the helicopter"; "the army's garrison")
    targets = {
        w.lemma_.lower()
        for g in objects
        if g.dep_ == "pobj"
        for w in (g, *(c for c in g.children if c.dep_ in ("compound", "nmod")))
        if w.pos_ in ("NOUN", "PROPN")
    }
    for n in reversed(told):
        nouns: set[str] = {t.lemma_.lower() for t in n.parse if t.pos_ in ("NOUN", "PROPN")}
        if n.parse is not item.parse and targets & nouns:
            return n.dated
    return None


def _heading(parse: Any, ref: date) -> Dated | None:
    """The day a paragraph's heading tells ("Thursday 14 March — ...", `styles.heading_day`)."""
    found = heading_day(parse if isinstance(parse, str) else parse.text, ref)
    return Dated(*found) if found is not None else None


def _told_day(parse: Any, ref: date) -> Dated | None:
    """The news day a sentence with no event mention tells (`story.main_verb`; a sentence not parsed, a
    str: the day it opens with): a day or a week, not a report's, a deadline nor ahead, no more than a
    month old."""
    if isinstance(parse, str):
        # a sentence not parsed: the day it opens with ("On Wednesday, relatives gathered ...")
        opening = fronted_day(parse)
        found = resolve(opening, ref) if opening is not None else None
        return (
            Dated(opening, found)
            if found is not None and opening is not None and is_news(found, ref)
            else None
        )
    verb = main_verb(parse)
    choice = choose(parse, verb, ref) if verb is not None else None
    if choice is None or choice.resolved is None or choice.reported or choice.deadline or choice.toll:
        return None
    return Dated(choice.text, choice.resolved) if is_news(choice.resolved, ref) else None


def _last_day(parse: Any, ref: date) -> ResolvedDate | None:
    """The last news day a parsed sentence names ("declared a state of emergency on Aug. 4")."""
    texts = [m.group(0) for m in _LEAD_DAY.finditer(parse)] if isinstance(parse, str) else []
    texts = texts if isinstance(parse, str) else [e.text for e in date_spans(parse)]
    days = [r for t in texts if (r := resolve(t, ref)) is not None and r.precision == "day"]
    days = [r for r in days if is_news(r, ref)]
    return days[-1] if days else None


def _shifted_from_event(item: Item, news: Sequence[News]) -> Dated | None:
    """ "On the eve of the strike, ...", "two days after the raid": that many days from the last news
    mention of that word, else of the last news mention whose sentence named it ("A drone strike hit
    the square on Sunday") (`story.shift_from_event`)."""
    shift = shift_from_event(item.parse, item.trigger_i)
    if shift is None:
        return None
    phrase, word, noun, days = shift
    # not a mention of the noun's own sentence ("Hours after the strike, ...": the strike told before)
    earlier = [n for n in news if n.parse is not item.parse]
    told = next((n.dated for n in reversed(earlier) if n.stem == word), None)
    told = told or next(
        (n.dated for n in reversed(earlier) if any(t.lemma_.lower() == noun for t in n.parse)), None
    )
    if told is None or told.resolved is None:
        return None
    if days == DAY_BEFORE:
        return Dated(phrase, day_before(told.resolved))
    if told.resolved.precision != "day":
        return None
    day = (told.resolved.end if days >= 0 else told.resolved.start) + timedelta(days=days)
    return Dated(phrase, ResolvedDate(day, day, "day"))


def lead_date(lead: str, ref: date) -> tuple[str, ResolvedDate] | None:
    """The first day the lead paragraph names ("on Wednesday", "yesterday", "March 2"), not a report's
    day ("said on Wednesday"), nor background, nor after `ref`."""
    for m in _LEAD_DAY.finditer(lead):
        if _SAID_BEFORE.search(lead[: m.start()]):
            continue
        r = resolve(m.group(0), ref)
        if r is not None and r.precision == "day" and not is_background(r, ref) and r.start <= ref:
            return m.group(0), r
    return None


def date_article(
    items: Sequence[Item],
    ref: date,
    lead: tuple[int, str] | None = None,
    dateline: date | None = None,
    sentences: Sequence[tuple[int, Any]] = (),
) -> list[Dated]:
    """Dates for `items` (in text order) resolved against `ref` (the publication date). `lead` is the
    first paragraph (its number, its text): its first stated day anchors the article when it comes
    before any date an event mention states (the lead's event may not be coded). `dateline`: the day
    the dateline states ("KHARKIV, May 19 —"); it dates the mentions of the paragraphs before the first
    one that states a date, when the lead names no day at all, not even a report's ("Overnight, drones
    attacked Odesa" in the third paragraph does not date the lead's strike). `sentences`: every
    sentence of the article in order (its paragraph, its parse): one with no event mention still
    tells its paragraph's date ("On Wednesday, relatives gathered outside the morgue.")."""
    own = [choose(it.parse, it.trigger_i, ref) for it in items]
    own = [
        ahead(c, it.trigger_i, ref) if it.predicted and c is not None else c
        for it, c in zip(items, own, strict=True)
    ]
    anchor: Dated | None = None
    anchor_paragraph = -1
    for it, choice in zip(items, own, strict=True):
        # "The Arakan Army said on Sunday it had captured ...": the report's day that dates the first
        # act the article tells anchors the story too, unless a news day told later comes before it
        # ("police have arrested a woman ..., the minister said on Monday. ¶ The bomb ... on Sunday")
        if choice is not None and choice.resolved is not None and not (choice.deadline or choice.toll):
            r = choice.resolved
            if is_background(r, ref) or r.start > ref:
                continue
            if anchor is None or anchor.resolved is None or r.end < anchor.resolved.start:
                anchor, anchor_paragraph = Dated(choice.text, r), it.paragraph
            if not choice.reported:
                break
    first: Dated | None = None
    """the dateline's day for the paragraphs before the anchor's"""
    if lead is not None and (anchor is None or anchor_paragraph > lead[0]):
        found = lead_date(lead[1], ref)
        if found is not None:
            anchor = Dated(found[0], found[1])
        elif dateline is not None and _LEAD_DAY.search(lead[1]) is None and dateline <= ref:
            told = ResolvedDate(dateline, dateline, "day")
            first = None if is_background(told, ref) else Dated("dateline", told)
    out: list[Dated] = []
    last: dict[int, Dated] = {}
    previous: Dated | None = None
    """the date told just before: of the last dated mention of an earlier sentence"""
    this_sentence: tuple[Any, Dated | None] = (None, None)
    main: tuple[Dated | None, Dated | None] = (None, None)
    """the first act the sentence before (the sentence being dated) dates with a date of its own, its main
    one: what a definite noun told next tells again ("recaptured the town on Wednesday, two days after
    fighters had seized it. ¶ ... killed in the fighting": Wednesday's)"""
    """the sentence being dated and the date of its last dated mention so far"""
    last_report: Dated | None = None
    """the day of the last report told before ("Police said on Wednesday ..."): the anchor of a relative
    expression when no news date was told before it ("... the previous day")"""
    news: list[News] = []
    """the mentions dated with news of the day so far"""
    mentioned = {id(it.parse) for it in items}
    position = {id(parse): k for k, (_, parse) in enumerate(sentences)}
    unread = 0
    """the next sentence of `sentences` not yet read"""
    told_before: Dated | None = None
    heading: Dated | None = None
    """the day the heading of the sentence's paragraph tells, when the sentence opens with one"""
    """the date the paragraph told before the sentence being dated (not one of its own clauses: "The
    rebels, who seized Goma in January, said on Monday they had captured Kavumu")"""
    for it, choice in zip(items, own, strict=True):
        if it.parse is not this_sentence[0]:
            # "On Wednesday, relatives gathered outside the morgue.": a sentence told before with no
            # event mention dates its paragraph's next mentions too
            for paragraph, parse in sentences[unread : position.get(id(it.parse), unread)]:
                day = _heading(parse, ref) or (_told_day(parse, ref) if id(parse) not in mentioned else None)
                if day is not None:
                    last[paragraph] = day
            unread = position.get(id(it.parse), unread - 1) + 1
            # two events of one sentence told "A day earlier" are both a day before the date told
            # before that sentence, not one day before the other
            previous = this_sentence[1] or previous
            main = (main[1] or this_sentence[1] or main[0], None)
            this_sentence = (it.parse, None)
            heading = _heading(it.parse, ref)
            if heading is not None:
                # "Thursday 14 March — Security forces ...": the day the paragraph's heading tells
                last[it.paragraph] = heading
            told_before = last.get(it.paragraph)
            said = report_day(it.parse, ref)
            if said is not None:
                last_report = Dated(*said)
        # no paragraph states a date: the dateline's day dates them all
        before_anchor = first is not None and (anchor is None or it.paragraph < anchor_paragraph)
        context = last.get(it.paragraph, first if before_anchor else anchor)
        if choice is not None and choice.toll and choice.resolved is not None:
            # "At least 11 people have been killed, officials said on Friday": from the date told before
            base = context.resolved if context is not None else None
            r = choice.resolved
            if base is not None and base.precision == "day" and 0 < (r.end - base.start).days <= 7:
                out.append(Dated(choice.text, ResolvedDate(base.start, r.end, "day")))
                continue
            choice = None
        elif (
            choice is not None
            and choice.reported
            and (
                (told_news(told_before, ref) and told_before is not None and not told_before.carried)
                or (choice.aside and context)
            )
        ):
            # the date the paragraph (the article) told before the report's day; not a background one
            # ("the M23, who captured Goma in January, said on Thursday they had taken two villages")
            choice = None
        if choice is not None and choice.resolved is not None and (choice.deadline or choice.into):
            # "By Monday morning the army had regained control": some time from the date told before
            # up to that day; the deadline is not the date the next sentences carry on. "burned tyres
            # into Friday evening": from the date told before up to that day, carried on
            base = context.resolved if context is not None else None
            r = choice.resolved
            if base is not None and r.precision == "day" and 0 <= (r.end - base.start).days <= 7:
                r = ResolvedDate(base.start, r.end, "day")
            if choice.deadline:
                out.append(Dated(choice.text, _duration(it, r)))
                continue
            choice = replace(choice, resolved=r)
        if choice is not None and choice.resolved is not None:
            r = choice.resolved
            if choice.open_since:
                r = since_end(r, anchor, news)
                if (
                    heading is not None
                    and heading.resolved is not None
                    and r.end < heading.resolved.end <= ref
                ):
                    # "Thursday, Jan. 11 — ... arrested 329 since Monday": up to the heading's day
                    r = ResolvedDate(r.start, heading.resolved.end, r.precision)
            dated = Dated(choice.text, r)
        elif choice is not None:
            # "A day earlier", "later the same day": from the date told just before
            context = previous or last_report or context
            base = context.resolved if context is not None and context.resolved is not None else None
            text = choice.text or (context.text if base is not None and context is not None else None)
            base = base or ResolvedDate(ref, ref, "day")
            rel = choice.relative or Relative("same", "day")
            moved = apply_relative(base, rel)
            if choice.toll and rel.kind == "shift" and base.precision == moved.precision == "day":
                # "Five days later, at least 80 people have been killed": from the date told before
                moved = ResolvedDate(min(base.start, moved.start), max(base.end, moved.end), "day")
            dated = Dated(text, moved, carried=not choice.text)
        elif (shifted := _shifted_from_event(it, news)) is not None:
            dated = shifted
        elif context is not None:
            again = _told_again(it)
            earlier = next((n.dated for n in reversed(news) if n.stem == again), None)
            background = context.resolved is not None and is_background(context.resolved, ref)
            # "fought from Friday to Sunday ... pulled out on Sunday ... killed in the fighting": the
            # period told before holds the paragraph's day, so the fighting is that period's
            within = (
                earlier is not None
                and earlier.resolved is not None
                and context.resolved is not None
                and earlier.resolved.start
                <= context.resolved.start
                <= context.resolved.end
                <= earlier.resolved.end
                and earlier.resolved != context.resolved
            )
            if began(it.parse[it.trigger_i]) and anchor is not None:
                # "killed since the fighting began": the story's start, the article's first news day
                context = anchor
            elif earlier is not None and (background or it.paragraph not in last or within):
                # "... on Monday. The rebels had captured the town in 2014. The shelling also destroyed
                # a clinic": the shelling told again is Monday's, not the background date told between;
                # "The group claimed the attack" in a paragraph of its own: the attack told before
                context = earlier
            elif again is not None and earlier is None and (named := _names_again(it, news)):
                # "the attack on the helicopter": the event whose sentence named the helicopter
                context = named
            elif (
                again is not None
                and earlier is None
                and it.paragraph not in last
                and (main_told := main[0] or previous) is not None
                and main_told.resolved is not None
                and not is_background(main_told.resolved, ref)
            ):
                # "... overran a military base on Sunday night. ¶ ISWAP claimed to have killed 20
                # soldiers in the raid": a definite noun with no earlier word of its own tells again
                # the event told just before, not the article's first
                context = main_told
            dated = Dated(context.text, context.resolved, carried=True)
            k = position.get(id(it.parse), 0)
            then: ResolvedDate | None = None
            if since_then(it):
                then = _last_day(sentences[k - 1][1], ref) if k > 0 else None
                carried = context.resolved
                then = then or (carried if carried is not None and is_news(carried, ref) else None)
            elif (since := since_noun(it)) is not None and _perfect(it.parse[it.trigger_i]):
                # "have detained several officials since the attack": from the day the attack was told
                since_told = next((n.dated for n in news if n.stem == since), anchor)
                then = (
                    since_told.resolved
                    if since_told is not None and since_told.resolved is not None
                    else None
                )
                then = then if then is not None and is_news(then, ref) else None
            if then is not None:
                # "... on Aug. 4. The UN said it had received reports of arrests since then": from the day
                # the sentence before told up to the time of telling, as "since Aug. 4" would be
                start = then.start
                after = [n for n in news if n.dated.resolved is not None and n.dated.resolved.end > start]
                later = (
                    anchor if anchor is not None and anchor.resolved and anchor.resolved.end > start else None
                )
                r = since_end(ResolvedDate(start, ref, "day"), later, after)
                if not since_then(it):
                    r = ResolvedDate(start, ref, "day")  # a perfect: as of the time of telling
                dated = Dated("since then", r, carried=True)
        else:
            dated = Dated(None, None)
        if dated.resolved is not None and choice is not None and choice.reported:
            last_report = dated
        # "JNIM claimed responsibility on Sunday, saying it had attacked ...": the day of a claim or
        # denial is the statement's, made after the act; it is not carried to the acts told next
        claim = choice is not None and it.parse[it.trigger_i].lemma_.lower() in CLAIMS
        if dated.resolved is not None:
            # the report's day dates its own verb only, not the next mentions
            if dated.resolved.start <= ref and not (choice is not None and choice.reported) and not claim:
                last[it.paragraph] = dated
                # the sentence's first dated act, its main one ("recaptured the town on Wednesday, two
                # days after fighters had seized it. ¶ ... killed in the fighting": Wednesday's)
                this_sentence = (it.parse, dated)
                if main[1] is None and not dated.carried:
                    main = (main[0], dated)
                if not is_background(dated.resolved, ref):
                    news.append(News(stem(it.parse[it.trigger_i]), it.parse, dated))
            dated = Dated(dated.text, _duration(it, dated.resolved), dated.carried)
        out.append(dated)
    return out
