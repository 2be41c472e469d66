"""Date expressions resolved against a reference date (publication date, else dateline date).

Rules (in this order):
- weekdays: "on Monday" is the latest Monday on or before the reference; "next Monday" the first after;
- "today", "tonight", "this morning" = reference; "yesterday", "last night" = reference - 1 day;
- "last week" (week precision), "last month" (month), "last year" (year); "next week/month" likewise ahead;
- "N days/weeks/months/years ago"; "August last year" = that month of the year before; "last March" = the
  latest March before the reference month, "next March" the first after it, "this March" the reference year's;
- "earlier this week/month" = from the week's Monday (the month's 1st) to the reference; "the past
  week", "over the past two weeks", "the past three days" = from N weeks (days) before to the reference;
- "the weekend" = the latest Saturday-Sunday on or before the reference (up to the reference on a
  weekend day); "next weekend", or with `future`, the next one; "last weekend" on a weekend day, the one
  before;
- a year alone ("in 2014") gives year precision; a month alone ("in October") the latest such month on
  or before the reference; anything else goes to dateparser with the reference as RELATIVE_BASE and
  PREFER_DATES_FROM=past (explicit dates: "March 2", "2 March 2017").
- "overnight", "through the night", "the previous/past 24 hours" = the night before the reference
  (reference - 1 day .. reference); "Sunday night/evening/morning" = that Sunday;
- ranges "Sunday and Monday", "between July 8 and July 11", "from 2008 to 2014": first start .. last
  end, with the coarser precision; "early 2014" = January-March, "mid-2014" April-September, "late 2014"
  October-December (year precision).
- fixed-date holidays ("on Christmas Eve", "New Year's Day"): the latest such day on or before the reference;
- numeric dates: "2023-06-12", "12.06.2023" (day.month.year), "6/12/2023" / "12/06/2023" (the reading on
  or before the reference, month/day when both are); "on the 13th"; "days ago", "a few days ago" (the
  week before the reference); "overnight into Wednesday"; "the night of Tuesday to Wednesday";
  "at the end of May", "since the start of the month", "the first week of June", "the past 48 hours",
  "early this year"; approximators ("nearly a year ago") are dropped.
With `future=True` (the date's clause is about what will happen: "they will return on Sunday") weekdays
and month-days without a year resolve to the first such day on or after the reference instead.
docs/dates.md has the full table; tests/data/date_probes.jsonl a probe for each rule.
Other "early"/"late"/"mid-" modifiers are stripped. Durations ("for three days") are not dates: None.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from frontlines.when.one_date import resolve_one
from frontlines.when.periods import (
    MONTHS,
    NUMBER_WORDS,
    PRECISION_ORDER,
    ResolvedDate,
    day_before,
    month_end,
)
from frontlines.when.styles import drop_weekday

_NIGHT = re.compile(
    r"^(?:(?:over|during|through|throughout)\s+)?(?:overnight|the\s+night|"
    r"(?:the\s+)?(?:previous|past|last)\s+24\s+hours)$",
    re.I,
)
_NIGHT_INTO = re.compile(r"^(?:(?:over|during|through)\s+)?(?:overnight|the\s+night)\s+into\s+(.+)$", re.I)
_PART_OF_DAY = re.compile(r"\b(\w+day|today|yesterday)\s+(?:night|evening|morning|afternoon)\b", re.I)
_RANGE = re.compile(
    r"^(?:between|from)?\s*(.+?)(?:\s+(?:and|to|until|through|till|into)\s+|(?<=\d)\s*[-\u2013]\s*(?=\d))(.+)$",
    re.I,
)
_BARE_DAY = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?$")
_MONTH_WORD = re.compile(r"[A-Za-z]+\.?")
_PART_OF_YEAR = re.compile(r"^(early|mid-?|late)\s*((?:19|20)\d\d|(?:this|last)\s+year)$", re.I)
_EDGE_OF = re.compile(
    r"^(?:(since|from|until|by)\s+|(?:at|in)\s+)?the\s+(?:end|start|beginning|middle)\s+of\s+(?:the\s+)?(.+)$",
    re.I,
)
_HOURS = re.compile(
    r"^(?:(?:in|within|over|during)\s+)?the\s+(?:past|last|previous)\s+(\d+|[a-z]+)\s+hours$", re.I
)
_HOURS_TO = re.compile(
    r"^(?:(?:in|within|over|during)\s+)?the\s+(\d+|[a-z]+)\s+hours\s+(?:to|until|up\s+to|ending)\s+(.+)$",
    re.I,
)
_WEEK_OF = re.compile(
    r"^(?:(?:in|during)\s+)?the\s+(first|second|third|fourth|last)\s+week\s+of\s+(.+)$", re.I
)
_ORDINAL_WEEKS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": 0}


def resolve(expr: str, ref: date, future: bool = False) -> ResolvedDate | None:
    """Resolve a date expression against `ref`, or None when it is not a point or period in time."""
    raw = " ".join(expr.replace("\u2019", "'").split()).strip(" ,.")
    raw = drop_weekday(raw)  # "Tuesday, Jan. 9": the date, not the weekday
    # a span that ran on past a comma ("Sunday, ending three days"): keep the date before it
    raw = re.sub(r",(?!\s*(?:19|20)\d\d\b).*$", "", raw)
    # "Saturday's", "the weekend's", "this morning's" (a possessive): the date itself
    raw = re.sub(r"'s?$", "", raw)
    if re.fullmatch(r"(?:the\s+)?(?:day\s+before\s+yesterday|night\s+before\s+last)", raw, re.I):
        return ResolvedDate(ref - timedelta(days=2), ref - timedelta(days=2), "day")
    if _NIGHT.match(raw):
        return ResolvedDate(ref - timedelta(days=1), ref, "day")
    eve = re.match(r"^(?:on\s+)?the\s+eve\s+of\s+(.+)$", raw, re.I)
    if eve:
        # "on the eve of Wednesday('s vote)": the day before that day
        day = resolve(eve.group(1), ref, future)
        if day is None or day.precision != "day":
            return None
        return day_before(day)
    into = _NIGHT_INTO.match(raw)
    if into:
        # "overnight into Wednesday": the night from the day before that day
        day = resolve(into.group(1), ref, future)
        if day is not None and day.precision == "day":
            return ResolvedDate(day.start - timedelta(days=1), day.end, "day")
    raw = _PART_OF_DAY.sub(r"\1", raw)
    # "the night of (from) Tuesday to Wednesday", "the night between Saturday and Sunday", "the early hours
    # of Monday", "overnight on Sunday": the days themselves
    raw = re.sub(
        r"^(?:(?:on|in|since|during)\s+)?the\s+(?:(?:early|small|wee|pre-?dawn)\s+hours|night|morning|evening|"
        r"afternoon)\s+(?:of|between|from)\s+",
        "",
        raw,
        flags=re.I,
    )
    raw = re.sub(r"^overnight\s+(?:on\s+)?(?!into\b)(?=\w)", "", raw, flags=re.I)
    # "a fortnight ago": two weeks
    raw = re.sub(r"\b(a|one)\s+fortnight\b", "two weeks", raw, flags=re.I)
    raw = re.sub(
        r"\b(two|three)\s+fortnights\b",
        lambda m: f"{2 * NUMBER_WORDS[m.group(1).lower()]} weeks",
        raw,
        flags=re.I,
    )
    # "at the end of May", "since the start of the month": the month (week, year) itself
    edge = _EDGE_OF.match(raw)
    if edge:
        # a bare unit only by its start ("since the start of the month"): "before the end of the year"
        # is a deadline ahead, not a date
        rest = edge.group(2)
        if rest.lower() in ("week", "month", "year"):
            if not re.search(r"\b(?:start|beginning)\s+of", raw, re.I):
                return None
            rest = f"this {rest}"
        raw = f"{edge.group(1)} {rest}" if edge.group(1) else rest
    hours = _HOURS.match(raw)
    if hours:
        # "within the past 48 hours": the days they cover, up to the reference
        n = int(hours.group(1)) if hours.group(1).isdigit() else NUMBER_WORDS.get(hours.group(1).lower(), 0)
        if 0 < n <= 24 * 7:
            return ResolvedDate(ref - timedelta(days=-(-n // 24)), ref, "day")
    hours_to = _HOURS_TO.match(raw)
    if hours_to:
        # "in the 24 hours to Monday morning": the days they cover, up to that day
        word = hours_to.group(1)
        n = int(word) if word.isdigit() else NUMBER_WORDS.get(word.lower(), 0)
        day = resolve(hours_to.group(2), ref, future)
        if 0 < n <= 24 * 7 and day is not None and day.precision == "day":
            return ResolvedDate(day.end - timedelta(days=-(-n // 24)), day.end, "day")
    week_of = _WEEK_OF.match(raw)
    if week_of:
        # "in the first week of June": days 1-7 of the latest June on or before the reference
        month = resolve(week_of.group(2), ref, future)
        nth = _ORDINAL_WEEKS[week_of.group(1).lower()]
        if month is not None and month.precision == "month":
            monday = month.start + timedelta(weeks=nth - 1) if nth > 0 else month.end - timedelta(days=6)
            return ResolvedDate(monday, min(monday + timedelta(days=6), month.end), "week")
    part = _PART_OF_YEAR.match(raw)
    if part:
        year_text, which = part.group(2).lower(), part.group(1).lower().rstrip("-")
        year = int(year_text) if year_text[0].isdigit() else ref.year - year_text.startswith("last")
        months = {"early": (1, 3), "mid": (4, 9), "late": (10, 12)}[which]
        return ResolvedDate(date(year, months[0], 1), month_end(year, months[1]), "year")
    span = _RANGE.match(raw)
    if span:
        both = _range(span.group(1), span.group(2), ref)
        if both is not None:
            return both
    one = resolve_one(raw, ref, future)
    if one is None:
        # "Jos on 13th June": a span the parser began too early
        inner = re.search(r"\s(?:on|in|since)\s+(.+)$", raw, re.I)
        if inner:
            return resolve_one(inner.group(1), ref, future)
    return one


def _borrow_month(day: str, other: str) -> str | None:
    """ "June 3 and 5": the bare day "5" takes the month (and year) of the other end of the range."""
    m = _BARE_DAY.match(day.strip())
    if not m:
        return None
    words = other.replace(",", " ").split()
    month = next((w for w in words if _MONTH_WORD.fullmatch(w) and w.lower().rstrip(".") in MONTHS), None)
    year = next((w for w in words if re.fullmatch(r"(?:19|20)\d\d", w)), None)
    if month is None:
        return None
    return f"{month} {m.group(1)}" + (f" {year}" if year else "")


def _range(first: str, last: str, ref: date) -> ResolvedDate | None:
    first = _borrow_month(first, last) or first
    last = _borrow_month(last, first) or last
    a, b = resolve(first, ref), resolve(last, ref)
    if a is None or b is None or b.end < a.start:
        return None
    precision = max(a.precision, b.precision, key=lambda p: PRECISION_ORDER[p])
    return ResolvedDate(a.start, b.end, precision)
