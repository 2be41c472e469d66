"""Wire-style datelines at the start of an article body: place, date, and the agency in parentheses.

Styles read (dash: em, en, hyphen or a double hyphen; a colon also ends a dateline):

    BEIRUT, March 8, 2016 — ...             place, date with year
    KABUL, Afghanistan (Jan. 25, 2013) — ...  place, region, date in parentheses (dash optional)
    ADEN, Feb 16 — ...                       date without year (resolved against the publication date)
    MOSUL, Iraq, 12 June 2017 – ...           day-month-year (a weekday may open it: "Monday 12 June 2017")
    GAZA CITY, Oct. 9 (Gulf Wire) - ...       date, then the agency
    WASHINGTON (AP) — ...                     agency only
    (Reuters) - ...                           agency, no place
    ISLAMABAD: ...                            South Asian colon style
    Kyiv, Ukraine — ...                       mixed case: only when `is_place` knows the name

A dateline's date never comes from anywhere but the dateline: a date without a year needs a reference
(the publication date) to be resolved, else it stays unresolved.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from frontlines.when.periods import MONTHS

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# a full date with its year, "May 12, 2024" or "20 July 2023" (no groups: callers wrap it); shared with
# the page-header and chrome rules, and read back with `dateline_date`
FULL_DATE = rf"{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH},?\s+\d{{4}}"
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+"
# "June 12", "12 June 2023", "Monday 12 June 2023"
_DATE = (
    rf"(?:{_WEEKDAY})?"
    rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s*\d{{4}})?|\d{{1,2}}\s+{_MONTH}(?:,?\s*\d{{4}})?)"
)
_DASH = r"(?:\s*(?:[\u2014\u2013]|--?)\s+|\s*[\u2014\u2013]\s*|:\s+)"
_CAP = "A-Z\u00c0-\u00d6\u00d8-\u00de"  # capitals, Latin-1 accented ones included (POPAYÁN, SÃO PAULO)
_UPPER_PLACE = rf"[{_CAP}][{_CAP}'.\-]+(?:\s+[{_CAP}][{_CAP}'.\-]+){{0,3}}"
_LOW = "a-z\u00df-\u00f6\u00f8-\u00ff"
_MIXED_PLACE = rf"[{_CAP}][{_LOW}'\-]+(?:\s+[{_CAP}][{_LOW}'\-]+){{0,2}}"
# "Afghanistan", "Democratic Republic of the Congo" (lower-case "of"/"the" only between capitalised words)
_REGION = r"[A-Z][A-Za-z.'\-]+(?:\s+(?:(?:of|the)\s+)*[A-Z][A-Za-z.'\-]+){0,3}"
_PAREN = r"\((?P<paren>[^()\n]{1,40})\)"

_UPPER = re.compile(
    rf"^(?P<place>{_UPPER_PLACE})"
    rf"(?:,\s*(?P<region>{_REGION}))??"
    rf"(?:,?\s+(?P<date1>{_DATE}))?"
    rf"(?:\s*{_PAREN})?"
    rf"(?P<dash>{_DASH})"
)
# "KABUL, Afghanistan (Jan. 25, 2013) A bomb ..." - a parenthesised date may end the dateline alone
_UPPER_PAREN_DATE = re.compile(
    rf"^(?P<place>{_UPPER_PLACE})(?:,\s*(?P<region>{_REGION}))?\s*\((?P<paren>{_DATE})\)\s+(?=[A-Z\"\u201c])"
)
_AGENCY_ONLY = re.compile(rf"^{_PAREN}\s*(?P<dash>{_DASH})")
_MIXED = re.compile(
    rf"^(?P<place>{_MIXED_PLACE})(?:,\s*(?P<region>{_REGION}))?"
    rf"(?:,?\s+(?P<date1>{_DATE}))?(?:\s*{_PAREN})?\s*(?P<dash>[\u2014\u2013]|--)\s+"
)
# "Imphal, May 5: ..." - mixed case with a colon only when a date stands before it
_MIXED_COLON = re.compile(rf"^(?P<place>{_MIXED_PLACE}),\s+(?P<date1>{_DATE}):\s+")
_DATE_ONLY = re.compile(rf"^{_DATE}$")
_WORDS_NOT_PLACES = frozenset({"UPDATE", "BREAKING", "EXCLUSIVE", "WATCH", "LIVE", "UN", "EU", "US", "UK"})


@dataclass(frozen=True)
class Dateline:
    """What a dateline says. `end` is where the article text proper starts (offset in the body)."""

    place: str | None
    region: str | None
    date_text: str | None
    agency: str | None
    end: int
    text: str


def _title(place: str) -> str:
    return " ".join(w.capitalize() if w.isupper() else w for w in place.split())


def find_dateline(body: str, is_place: Callable[[str], bool] | None = None) -> Dateline | None:
    """The dateline at the start of `body`, if any. `is_place` (a gazetteer lookup) is required before a
    mixed-case start such as "Kyiv, Ukraine —" is taken for a dateline."""
    head = body[:200]
    m = _AGENCY_ONLY.match(head)
    if m:
        return Dateline(None, None, None, m.group("paren").strip(), m.end(), head[: m.end()].strip())
    patterns = ((_UPPER, False), (_UPPER_PAREN_DATE, False), (_MIXED, True), (_MIXED_COLON, True))
    for pattern, needs_lookup in patterns:
        m = pattern.match(head)
        if not m:
            continue
        place = m.group("place").strip()
        if place in _WORDS_NOT_PLACES or len(place.replace(".", "")) < 3:
            continue
        if needs_lookup and (is_place is None or not is_place(place)):
            continue
        groups = m.groupdict()
        date_text = groups.get("date1")
        paren = (groups.get("paren") or "").strip() or None
        agency = None
        if paren and _DATE_ONLY.match(paren):
            date_text = date_text or paren
        elif paren:
            agency = paren
        region = groups.get("region")
        if pattern is _UPPER and groups.get("dash", "").strip() == ":" and (region or date_text):
            continue  # "IRAQ, SYRIA: ..." is a list heading, not a colon dateline
        if (
            pattern is _UPPER
            and groups.get("dash", "").strip() == ":"
            and is_place is not None
            and not is_place(_title(place))
        ):
            continue  # "HOST: ...", "UPDATE: ...": a speaker or a label, not a place
        return Dateline(
            place=_title(place),
            region=region.strip() if region else None,
            date_text=date_text,
            agency=agency,
            end=m.end(),
            text=head[: m.end()].strip(),
        )
    return None


_DATE_PARTS = re.compile(
    rf"(?:(?P<m1>{_MONTH})\s+(?P<d1>\d{{1,2}})|(?P<d2>\d{{1,2}})\s+(?P<m2>{_MONTH}))"
    r"(?:st|nd|rd|th)?(?:,?\s*(?P<y>\d{4}))?"
)


def dateline_date(date_text: str, reference: date | None) -> date | None:
    """The date a dateline gives. Without a year, the latest such day on or before `reference`
    (the publication date); without a year and without a reference, None."""
    m = _DATE_PARTS.fullmatch(re.sub(rf"^{_WEEKDAY}", "", date_text.strip()))
    if not m:
        return None
    month_word = (m.group("m1") or m.group("m2")).rstrip(".").lower()
    month = MONTHS.get(month_word) or MONTHS.get(month_word[:3])
    day = int(m.group("d1") or m.group("d2"))
    if month is None:
        return None
    try:
        if m.group("y"):
            return date(int(m.group("y")), month, day)
        if reference is None:
            return None
        candidate = date(reference.year, month, day)
        return candidate if candidate <= reference else date(reference.year - 1, month, day)
    except ValueError:
        return None
