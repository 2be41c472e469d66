"""Date expressions of a parsed sentence: the parser's DATE/TIME entities, repaired and joined ("Monday"
+ "evening", "on Tuesday and again on Wednesday", "overnight into Wednesday"), plus the ones it tags as
numbers or misses (numeric dates, "June 3-5", "on the 12th", "a fortnight ago"), and the relative
expressions ("two days later") by their tokens."""

from __future__ import annotations

import re
from typing import Any

from frontlines.when.one_date import NUMERIC_DATE, holiday
from frontlines.when.periods import MONTHS, WEEKDAYS
from frontlines.when.relative import Relative, find_relative

Span = Any

MONTH_RE = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DAY_RE = r"\d{1,2}(?:st|nd|rd|th)?"
_JOIN_RE = r"(?:\s+(?:and|to|until|through)\s+|\s*[-\u2013]\s*)"
_PATTERN_DATES = re.compile(
    # "between June 3 and 5", "June 3-5", "from 3 to 5 June 2023": one span the parser may cut or miss
    rf"\b(?:(?:between|from)\s+)?(?:{MONTH_RE}\s+{_DAY_RE}{_JOIN_RE}{_DAY_RE}\b(?:,?\s+(?:19|20)\d\d)?"
    rf"|{_DAY_RE}{_JOIN_RE}{_DAY_RE}\s+{MONTH_RE}(?:,?\s+(?:19|20)\d\d)?)"
)
_ORDINAL_DAY = re.compile(
    r"(?<=\bon )the\s+\d{1,2}(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?[A-Za-z]*(?:day|anniversary))", re.I
)
WEEKDAY_RE = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
"""a weekday name, as a regular-expression fragment"""
_NIGHT_OF = re.compile(
    # "the night between (from) Saturday and (to) Sunday": the parser may tag only the last day; "the
    # night of May 3", "the early hours of 4 June": the parser tags "the night" apart from the day
    rf"\bthe\s+(?:night|(?:early|small|wee)\s+hours)\s+(?:of|between|from)\s+"
    rf"(?:{WEEKDAY_RE}(?:\s+(?:and|to|into)\s+{WEEKDAY_RE})?\b"
    rf"|{MONTH_RE}\s+{_DAY_RE}\b|{_DAY_RE}\s+{MONTH_RE}(?!\w))"
)
_CLOCK = re.compile(r"[012]\d[0-5]\d")
_TIME_ZONES = frozenset(
    {"GMT", "UTC", "GMT+1", "hrs", "hours", "local", "EAT", "WAT", "CAT", "IST", "CET", "EST"}
)
_FORTNIGHT = re.compile(r"\b(?:a|one|two|three)\s+fortnights?\s+ago\b", re.I)
# "last night", "yesterday", "this morning": words that always tell a day, which the parser may leave untagged
_DEICTIC = re.compile(
    r"\b(?:last\s+night|yesterday|the\s+night\s+before\s+last|this\s+(?:morning|afternoon|evening))\b", re.I
)
# "two days ago", "a few weeks ago": the end of a DATE the parser may run on from the noun before it
_AGO = re.compile(
    r"(?:(?:about|around|nearly|almost|just|some|over|more\s+than)\s+)?"
    r"(?:a\s+few|a\s+couple\s+of|\d+|an?|[a-z]+)\s+(?:day|week|month|year|decade)s?\s+ago$",
    re.I,
)
_BEFORE_YEARLESS = re.compile(r"\b(?:on|since|from|until|till|by|between|and|to)\s+$", re.I)


def _pattern_dates(parse: Any) -> list[Span]:
    """Date expressions the parser tags as numbers or misses: numeric dates ("12.06.2023", "6/12/2023";
    "6/13" only after "on", "since", "until"...) and day ranges in one month ("between June 3 and 5")."""
    text = parse.text
    found = [
        *_PATTERN_DATES.finditer(text),
        *_ORDINAL_DAY.finditer(text),
        *_NIGHT_OF.finditer(text),
        *_FORTNIGHT.finditer(text),
        *_DEICTIC.finditer(text),
    ]
    for m in NUMERIC_DATE.finditer(text):
        yearless = not (m.group("iso") or m.group("y"))
        if yearless and (m.group("sep") != "/" or not _BEFORE_YEARLESS.search(text[: m.start()])):
            continue
        found.append(m)
    out: list[Span] = []
    for m in found:
        span = parse.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is not None and len(span) and not any(s.start < span.end and span.start < s.end for s in out):
            out.append(span)
    return out


def _night(span: Span) -> bool:
    return bool(span[-1].lower_ in ("overnight", "night"))


def _calendar_word(tok: Any) -> bool:
    return bool(
        tok.lower_.rstrip(".") in MONTHS or tok.lower_ in WEEKDAYS or re.fullmatch(r"(?:19|20)\d\d", tok.text)
    )


def _cut_run_on(e: Span) -> Span:
    """ "recaptured the town in December after weeks of fighting": the parser may run a date on into the
    phrase after it ("December after weeks"); the date is the part before "after" / "before" when that
    names a month, a weekday or a year and the rest names none."""
    for k, tok in enumerate(e):
        if k and tok.lower_ in ("after", "before"):
            if any(_calendar_word(t) for t in e[:k]) and not any(
                _calendar_word(t) or t.like_num for t in e[k + 1 :]
            ):
                return e[:k]
            break
    return e


def _cut_lead_in(e: Span) -> Span:
    """ "abducted 20 students from a school two days ago": the parser may tag "a school two days ago"; the
    date is the "N days ago" it ends with when the words before it name no month, weekday or number."""
    m = _AGO.search(e.text)
    if m is None or not m.start():
        return e
    span = e.doc.char_span(e.start_char + m.start(), e.end_char, alignment_mode="expand")
    if span is None or span.start <= e.start:
        return e
    if any(_calendar_word(t) or t.like_num for t in e.doc[e.start : span.start]):
        return e
    return span


def _with_earlier(parse: Any, e: Span) -> Span:
    """ "earlier in the week", "later this month": the parser often leaves the first words out; so
    "this" or "the" of "This morning's blast", "The weekend's clashes"."""
    i = e.start
    if (
        i >= 1
        and len(e) == 1
        and e[0].lower_ in ("morning", "afternoon", "evening", "night", "weekend")
        and parse[i - 1].lower_ in ("this", "the", "last", "that")
    ):
        return parse[i - 1 : e.end]
    if i >= 2 and parse[i - 1].lower_ in ("in", "on") and parse[i - 2].lower_ in ("earlier", "later"):
        return parse[i - 2 : e.end]
    if i >= 1 and parse[i - 1].lower_ in ("earlier", "later") and e[0].lower_ in ("this", "that"):
        return parse[i - 1 : e.end]
    return e


def date_spans(parse: Any) -> list[Span]:
    """DATE/TIME entities, plus "overnight" where the parser left it out of them. Two adjacent ones
    ("Monday" "evening") are one span, and so are two joined by "and", "to", "through" or "until"
    ("on Monday and Tuesday", "Wednesday night and Thursday"): the period from the first to the last."""
    spans: list[Span] = []
    # "on New Year's Eve": the parser may tag a holiday as an event
    ents = [
        e for e in parse.ents if e.label_ in ("DATE", "TIME") or (e.label_ == "EVENT" and holiday(e.text))
    ]
    for extra in _pattern_dates(parse):
        inside = [e for e in ents if e.start < extra.end and extra.start < e.end]
        start = min([extra.start, *(e.start for e in inside)])
        end = max([extra.end, *(e.end for e in inside)])
        ents = [e for e in ents if e not in inside] + [parse[start:end]]
    for e in sorted(ents, key=lambda e: e.start):
        if _CLOCK.fullmatch(e.text) and e.end < len(parse) and parse[e.end].text in _TIME_ZONES:
            continue  # "at 11:30 p.m. (2030 GMT)": a clock time, not a year
        e = _with_earlier(parse, _cut_lead_in(_cut_run_on(e)))
        prev = spans[-1] if spans else None
        joiners = ("and", "to", "through", "until", *(("into",) if prev is not None and _night(prev) else ()))
        between = [t.lower_ for t in parse[prev.end : e.start]] if prev is not None else []
        if prev is not None and (
            e.start == prev.end  # "Monday" + "evening": one expression the parser cut in two
            or (len(between) == 1 and between[0] in joiners)
            # "on Saturday night and into Sunday"
            or (between == ["and", "into"] and _night(prev))
            # "on Tuesday and again on Wednesday": the same act told twice
            or between in (["and", "again"], ["and", "again", "on"])
            # "late on Friday and early on Saturday": one night told across two days
            or between in (["and", "early"], ["and", "early", "on"], ["and", "late"], ["and", "late", "on"])
        ):
            spans[-1] = parse[prev.start : e.end]
        else:
            spans.append(e)
    covered = {t.i for e in spans for t in e}
    for t in parse:
        if t.lower_ != "overnight" or t.i in covered:
            continue
        # "overnight into Wednesday": one expression, the night before that day
        into = next((e for e in spans if e.start == t.i + 2 and parse[t.i + 1].lower_ == "into"), None)
        # "overnight on Sunday", "overnight Friday": that day
        day = next(
            (
                e
                for e in spans
                if e.start == t.i + 1 or (e.start == t.i + 2 and parse[t.i + 1].lower_ == "on")
            ),
            None,
        )
        if into is not None:
            spans[spans.index(into)] = parse[t.i : into.end]
        elif day is not None:
            spans[spans.index(day)] = parse[t.i : day.end]
        else:
            spans.append(parse[t.i : t.i + 1])
    return sorted(spans, key=lambda e: e.start)


def relative_spans(parse: Any) -> list[tuple[Span, Relative]]:
    """ "two weeks later", "the following year", "that September", "that same night": spans of the
    sentence told against another date (`dates.find_relative`)."""
    out: list[tuple[Span, Relative]] = []
    for start, end, rel in find_relative(parse.text):
        span = parse.char_span(start, end, alignment_mode="expand")
        if span is not None and len(span):
            out.append((span, rel))
    return out
