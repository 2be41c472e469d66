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

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Literal

Precision = Literal["day", "week", "month", "year"]

WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": 3, "few": 3,
}  # fmt: skip
PRECISION_ORDER: dict[str, int] = {"day": 0, "week": 1, "month": 2, "year": 3}
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
_MODIFIERS = re.compile(
    r"\b(?:early|late|mid-?|earlier|later|on|in|the|of|since|during|by|at|around|back|nearly|almost|about|"
    r"roughly|just|exactly|into)\b",
    re.I,
)


@dataclass(frozen=True)
class ResolvedDate:
    start: date
    end: date
    precision: Precision


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def shift_months(ref: date, months: int) -> tuple[int, int]:
    total = ref.year * 12 + (ref.month - 1) + months
    return total // 12, total % 12 + 1


def month_range(year: int, month: int) -> ResolvedDate:
    return ResolvedDate(date(year, month, 1), _month_end(year, month), "month")


def _clean(expr: str) -> str:
    text = expr.lower().replace("\u2019", "'")
    text = re.sub(r"\b(?:this|that)\s+(morning|afternoon|evening|night)\b", r"today", text)
    text = _MODIFIERS.sub(" ", text)
    return " ".join(text.replace(",", " , ").split()).replace(" , ", ", ").strip(" ,")


def resolve(expr: str, ref: date, future: bool = False) -> ResolvedDate | None:
    """Resolve a date expression against `ref`, or None when it is not a point or period in time."""
    raw = " ".join(expr.replace("\u2019", "'").split()).strip(" ,.")
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
        return ResolvedDate(day.start - timedelta(days=1), day.start - timedelta(days=1), "day")
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
        return ResolvedDate(date(year, months[0], 1), _month_end(year, months[1]), "year")
    span = _RANGE.match(raw)
    if span:
        both = _range(span.group(1), span.group(2), ref)
        if both is not None:
            return both
    one = _resolve_one(raw, ref, future)
    if one is None:
        # "Jos on 13th June": a span the parser began too early
        inner = re.search(r"\s(?:on|in|since)\s+(.+)$", raw, re.I)
        if inner:
            return _resolve_one(inner.group(1), ref, future)
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


_WEEKEND = re.compile(
    r"^(?:(?:over|during|at|on|throughout)\s+)?(the|this|last|next|that)\s+(?:past\s+)?weekend$", re.I
)
_PAST_SPAN = re.compile(
    r"^(?:(?:over|in|during|within|throughout)\s+)?(?:the|this)\s+(?:past|last|previous)\s+"
    r"(?:(\d+|[a-z]+)\s+)?(day|week)s?$",
    re.I,
)
_HOLIDAYS = {
    "christmas eve": (12, 24), "christmas day": (12, 25), "christmas": (12, 25), "boxing day": (12, 26),
    "new year's eve": (12, 31), "new year's day": (1, 1), "new year day": (1, 1),
}  # fmt: skip
"""fixed-date holidays named as days ("on Christmas Eve"): the latest such day on or before the reference"""


def holiday(text: str) -> tuple[int, int] | None:
    """(month, day) of a fixed-date holiday named by `text` ("Christmas Eve", "on New Year's Day")."""
    words = re.sub(r"^(?:on|at|over|during)\s+", "", " ".join(text.lower().replace("\u2019", "'").split()))
    return _HOLIDAYS.get(words)


def _holiday_date(month: int, day: int, ref: date, future: bool) -> ResolvedDate:
    d = date(ref.year, month, day)
    if future and d < ref:
        d = date(ref.year + 1, month, day)
    elif not future and d > ref:
        d = date(ref.year - 1, month, day)
    return ResolvedDate(d, d, "day")


_EARLIER_THIS = re.compile(r"^earlier\s+(?:this|in\s+the)\s+(week|month|year)$", re.I)


def _weekend(which: str, ref: date, future: bool) -> ResolvedDate:
    """ "over the weekend": the latest Saturday-Sunday begun on or before the reference (up to the
    reference when it falls on that Saturday); "next weekend", or one in a clause about the future,
    the first Saturday-Sunday ending on or after it; "last weekend" on a weekend day, the one before."""
    saturday = ref - timedelta(days=(ref.weekday() - 5) % 7)
    on_weekend = ref.weekday() >= 5
    if which == "next" or (future and which != "last" and not on_weekend):
        saturday += timedelta(weeks=1)
    elif which == "last" and on_weekend:
        saturday -= timedelta(weeks=1)
    sunday = saturday + timedelta(days=1)
    return ResolvedDate(saturday, sunday if saturday > ref else min(sunday, ref), "day")


def _resolve_one(expr: str, ref: date, future: bool) -> ResolvedDate | None:
    raw = " ".join(expr.lower().split())
    weekend = _WEEKEND.match(raw)
    if weekend:
        return _weekend(weekend.group(1), ref, future)
    past = _PAST_SPAN.match(raw)
    if past:
        # "over the past two weeks": the period up to the reference
        count = (
            1
            if past.group(1) is None
            else (int(past.group(1)) if past.group(1).isdigit() else NUMBER_WORDS.get(past.group(1)))
        )
        if count is None:
            return None
        days = count * (7 if past.group(2) == "week" else 1)
        return ResolvedDate(ref - timedelta(days=days), ref, "week" if past.group(2) == "week" else "day")
    earlier = _EARLIER_THIS.match(raw)
    if earlier:
        # "earlier this week": from the start of the week (month, year) up to the reference
        unit = earlier.group(1)
        if unit == "week":
            start = ref - timedelta(days=ref.weekday())
        else:
            start = date(ref.year, ref.month if unit == "month" else 1, 1)
        return ResolvedDate(start, ref, unit)  # type: ignore[arg-type]
    named = holiday(raw)
    if named is not None:
        return _holiday_date(*named, ref, future)
    text = _clean(expr)
    if not text or re.search(r"\b(?:for|over|past|within|recent|coming)\b", expr.lower()):
        return None
    if text in ("today", "tonight", "today night"):
        return ResolvedDate(ref, ref, "day")
    if text in ("yesterday", "last night", "yesterday today"):
        d = ref - timedelta(days=1)
        return ResolvedDate(d, d, "day")
    words = text.split()
    if len(words) <= 2 and words[-1] in WEEKDAYS and words[0] in (words[-1], "last", "next", "this"):
        target = WEEKDAYS[words[-1]]
        if words[0] == "next":
            delta = (target - ref.weekday()) % 7 or 7
            d = ref + timedelta(days=delta)
        elif future and words[0] != "last":
            delta = (target - ref.weekday()) % 7
            d = ref + timedelta(days=delta)
        else:
            delta = (ref.weekday() - target) % 7
            if words[0] == "last" and delta <= 1:
                delta += 7  # "last Thursday" told on a Friday: the week before (yesterday is "on Thursday")
            d = ref - timedelta(days=delta)
        return ResolvedDate(d, d, "day")
    m = re.fullmatch(r"(last|next|this) (week|month|year)", text)
    if m:
        step = {"last": -1, "next": 1, "this": 0}[m.group(1)]
        if m.group(2) == "week":
            monday = ref - timedelta(days=ref.weekday()) + timedelta(weeks=step)
            period = ResolvedDate(monday, monday + timedelta(days=6), "week")
        elif m.group(2) == "month":
            y, mo = shift_months(ref, step)
            period = month_range(y, mo)
        else:
            period = ResolvedDate(date(ref.year + step, 1, 1), date(ref.year + step, 12, 31), "year")
        return period
    if re.fullmatch(r"(?:a few|few|several|some) days ago|days ago", text):
        # "days ago", "a few days ago": some day of the week before the reference
        return ResolvedDate(ref - timedelta(days=7), ref - timedelta(days=1), "week")
    m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)", text)
    if m and re.match(r"^(?:on\s+)?the\s", raw):
        # "on the 13th": the latest 13th on or before the reference
        day, y, mo = int(m.group(1)), ref.year, ref.month
        for _ in range(3):
            if day <= calendar.monthrange(y, mo)[1] and date(y, mo, day) <= ref:
                return ResolvedDate(date(y, mo, day), date(y, mo, day), "day")
            y, mo = shift_months(date(y, mo, 1), -1)
        return None
    m = re.fullmatch(r"(\d+|[a-z]+) (day|week|month|year)s? ago", text)
    if m:
        count = int(m.group(1)) if m.group(1).isdigit() else NUMBER_WORDS.get(m.group(1))
        if count is None:
            return None
        unit = m.group(2)
        if unit == "day":
            d = ref - timedelta(days=count)
            return ResolvedDate(d, d, "day")
        if unit == "week":
            d = ref - timedelta(weeks=count)
            monday = d - timedelta(days=d.weekday())
            return ResolvedDate(monday, monday + timedelta(days=6), "week")
        if unit == "month":
            y, mo = shift_months(ref, -count)
            return month_range(y, mo)
        return ResolvedDate(date(ref.year - count, 1, 1), date(ref.year - count, 12, 31), "year")
    if re.fullmatch(r"(?:19|20)\d\d", text):
        y = int(text)
        return ResolvedDate(date(y, 1, 1), date(y, 12, 31), "year")
    if text in MONTHS:
        mo = MONTHS[text]
        y = ref.year if mo <= ref.month else ref.year - 1
        return month_range(y, mo)
    m = re.fullmatch(r"(last|this|next) ([a-z]+)\.?", text)
    if m and m.group(2) in MONTHS:
        # "last March": the latest March before the reference's month; "next March" the first after it
        mo, which = MONTHS[m.group(2)], m.group(1)
        if which == "last":
            return month_range(ref.year if mo < ref.month else ref.year - 1, mo)
        if which == "next":
            return month_range(ref.year if mo > ref.month else ref.year + 1, mo)
        return month_range(ref.year, mo)
    m = re.fullmatch(r"([a-z]+)\.? (last|this|next) year", text)
    if m and m.group(1) in MONTHS:
        # "in August last year": that month of the year before the reference's
        return month_range(ref.year + {"last": -1, "this": 0, "next": 1}[m.group(2)], MONTHS[m.group(1)])
    m = re.fullmatch(r"([a-z]+)\.? ((?:19|20)\d\d)", text)
    if m and m.group(1) in MONTHS:
        return month_range(int(m.group(2)), MONTHS[m.group(1)])
    numeric = numeric_date(text, ref)
    if numeric is not None:
        return ResolvedDate(numeric, numeric, "day")
    found = _dateparser(text, ref)
    if found is not None and future and found.start < ref and not re.search(r"(?:19|20)\d\d", text):
        # "will hold a rally on June 20": without a year, the first such day on or after the reference
        try:
            ahead = found.start.replace(year=found.start.year + 1)
        except ValueError:
            return found
        if ahead >= ref:
            return ResolvedDate(ahead, ahead, "day")
    return found


NUMERIC_DATE = re.compile(
    r"(?<![\d./-])(?:(?P<iso>(?:19|20)\d\d-\d\d-\d\d)|(?P<a>\d{1,2})(?P<sep>[./])(?P<b>\d{1,2})"
    r"(?:(?P=sep)(?P<y>(?:19|20)?\d\d))?)(?![\d./-]*\d)"
)
"""numeric dates: "2023-06-12", "12.06.2023" (day.month.year), "6/12/2023" or "12/06/2023", "6/13"
(slashed: see `numeric_date`)"""


def numeric_date(text: str, ref: date | None) -> date | None:
    """A numeric date. Dotted ones are day.month.year; a slashed one takes the reading that is on or before
    `ref` (a US month/day reading when both are, or with no reference); without a year, the latest such
    day on or before `ref` (None without a reference)."""
    m = NUMERIC_DATE.fullmatch(text.strip())
    if not m:
        return None
    if m.group("iso"):
        try:
            return date.fromisoformat(m.group("iso"))
        except ValueError:
            return None
    a, b = int(m.group("a")), int(m.group("b"))
    year_text = m.group("y")
    readings = [(b, a)] if m.group("sep") == "." else [(a, b), (b, a)]  # (month, day)
    out: list[date] = []
    for month, day in readings:
        if year_text:
            year = int(year_text) + (2000 if len(year_text) == 2 else 0)
            years = [year]
        elif ref is not None:
            years = [ref.year, ref.year - 1]
        else:
            return None
        for year in years:
            try:
                d = date(year, month, day)
            except ValueError:
                continue
            if ref is None or d <= ref:
                out.append(d)
                break
    return out[0] if out else None


_MONTH_DAY = re.compile(r"([a-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?(?:,? ((?:19|20)\d\d))?")
_DAY_MONTH = re.compile(r"(\d{1,2})(?:st|nd|rd|th)? ([a-z]+)\.?(?:,? ((?:19|20)\d\d))?")


def _month_day(text: str, ref: date) -> ResolvedDate | None:
    """ "March 2", "March 2, 2017", "2 March 2017": without a year, the latest such day on or before ref."""
    m = _MONTH_DAY.fullmatch(text)
    if m:
        month_word, day_text, year_text = m.groups()
    else:
        m = _DAY_MONTH.fullmatch(text)
        if not m:
            return None
        day_text, month_word, year_text = m.groups()
    month = MONTHS.get(month_word)
    if month is None:
        return None
    day = int(day_text)
    year = int(year_text) if year_text else ref.year
    try:
        d = date(year, month, day)
        if not year_text and d > ref:
            d = date(year - 1, month, day)
    except ValueError:
        return None
    return ResolvedDate(d, d, "day")


def _dateparser(text: str, ref: date) -> ResolvedDate | None:
    if not re.search(r"\d", text) or not any(w.strip(".") in MONTHS for w in text.split()):
        return None
    quick = _month_day(text, ref)
    if quick is not None:
        return quick
    import dateparser

    settings = {
        "RELATIVE_BASE": datetime(ref.year, ref.month, ref.day),
        "PREFER_DATES_FROM": "past",
        "REQUIRE_PARTS": ["day", "month"],
    }
    parsed = dateparser.parse(text, languages=["en"], settings=settings)
    if parsed is None:
        return None
    d = parsed.date()
    return ResolvedDate(d, d, "day")


# ---------------------------------------------------------------------------------------------------
# Relative expressions: a date told against another date of the text (the anchor), not the reference.
