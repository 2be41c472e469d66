"""One date expression with no range, night or eve phrasing around it (`when.dates.resolve` peels
those off first): weekends, "the past two weeks", "earlier this week", holidays, today / yesterday,
weekdays, "last week", "three days ago", "on the 13th", years, months, numeric dates, "March 2" (else
dateparser)."""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime, timedelta

from frontlines.when.periods import (
    MONTHS,
    NUMBER_WORDS,
    WEEKDAYS,
    ResolvedDate,
    month_range,
    shift_months,
)

_MODIFIERS = re.compile(
    r"\b(?:early|late|mid-?|earlier|later|on|in|the|of|since|during|by|at|around|back|nearly|almost|about|"
    r"roughly|just|exactly|into)\b",
    re.I,
)


def _clean(expr: str) -> str:
    text = expr.lower().replace("\u2019", "'")
    text = re.sub(r"\b(?:this|that)\s+(morning|afternoon|evening|night)\b", r"today", text)
    text = _MODIFIERS.sub(" ", text)
    return " ".join(text.replace(",", " , ").split()).replace(" , ", ", ").strip(" ,")


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


def resolve_one(expr: str, ref: date, future: bool) -> ResolvedDate | None:
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
