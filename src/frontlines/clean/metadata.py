"""What the page says about the article besides its body: genre and the outlet's name.

Genre: the page metadata's declaration wins (og:type, section); else the text decides. An opinion piece
carries a disclaimer ("views expressed ... do not necessarily reflect"), an "Opinion"/"Comment" label, or
argues in the first person with few attributions; a press release has "For immediate release", a media
contact block, "###" or an "About <organisation>" paragraph. Anything else is news.

Source: metadata first; else the copyright line ("© 2023 Gulf Wire. All rights reserved."), a patronage
plea ("Support Gulf Wire on Patreon"), and last the agency in the dateline ("WASHINGTON (AP) —").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from typing import get_args

from frontlines.clean.chrome_lines import line_cue
from frontlines.clean.dateline import FULL_DATE, dateline_date
from frontlines.model import Genre
from frontlines.when.one_date import numeric_date

_OPINION_LABEL = re.compile(
    r"^(?:opinion|comment|commentary|op-?ed|editorial|column|analysis and opinion|perspective|viewpoint)\b"
    r"|\b(?:is a columnist|writes a (?:weekly )?column|columnist\b|op-?ed\b)",
    re.I,
)
_COLUMNIST = re.compile(r"\b(?:is a|our) (?:\w+ )?columnist\b|\bwrites a (?:weekly |regular )?column\b", re.I)
_DISCLAIMER = re.compile(
    r"\bviews (?:and opinions )?expressed\b|\bdo(?:es)? not necessarily (?:reflect|represent)\b|"
    r"\bopinions expressed\b",
    re.I,
)
_PRESS = re.compile(
    r"\bfor immediate release\b|\bpress release\b|\bmedia (?:contact|enquiries|inquiries)\b|^\s*#{3}\s*$"
    r"|\bnotes to editors\b|^about (?:the )?[A-Z][\w&\-]*(?:\s+[A-Z][\w&\-]*){0,6}\s*$|\(PRNewswire\)|"
    r"\bpress office\b|\bfor further information,? (?:please )?contact\b",
    re.I | re.M,
)
_FIRST_PERSON = re.compile(r"\b(?:I|my|we|our|us)\b")
_SAID = re.compile(r"\b(?:said|says|told|according to|reported)\b")
_COPYRIGHT = re.compile(
    r"(?:\u00a9|\(c\)|copyright)\s*(?:\u00a9\s*)?(?:\d{4}(?:\s*[-\u2013]\s*\d{4})?\s*)?,?\s*"
    r"(?P<name>[A-Z][\w&'.\-]*(?:\s+[A-Z][\w&'.\-]*){0,5})",
    re.I,
)
_COPYRIGHT_AFTER = re.compile(r"^(?P<name>[A-Z][\w&'.\-]*(?:\s+[A-Z][\w&'.\-]*){0,4})\s*(?:\u00a9|\(c\))")
_PATRON = re.compile(
    r"\b(?i:support)\s+(?P<name>[A-Z][\w&'.\-]*(?:\s+[A-Z][\w&'.\-]*){0,4})\s+(?i:on\s+patreon)\b"
    r"|\b(?i:subscribe to)\s+(?P<name2>[A-Z][\w&'.\-]*(?:\s+[A-Z][\w&'.\-]*){0,4})(?:'s)?"
    r"\s+(?i:newsletter)\b",
)
_NOT_NAMES = frozenset({"All", "Our", "This", "Us", "Rights", "Reserved"})
_GENRES: tuple[str, ...] = get_args(Genre)


def _declared(hint: str | None) -> Genre | None:
    if not hint:
        return None
    low = hint.lower()
    if low in _GENRES:
        return low  # type: ignore[return-value]
    if re.search(r"opinion|comment|editorial|op-?ed|column|blog", low):
        return "opinion"
    if "press" in low and "release" in low:
        return "press_release"
    return None


def detect_genre(
    body: str, boilerplate: Sequence[str], hint: str | None = None, kicker: str | None = None
) -> Genre:
    """`kicker` is the short label above the headline ("Opinion"); a menu item "Opinion" is not one."""
    declared = _declared(hint)
    if declared is not None:
        return declared
    chrome = "\n".join(boilerplate)
    if _PRESS.search(body) or _PRESS.search(chrome):
        return "press_release"
    if _DISCLAIMER.search(chrome) or _DISCLAIMER.search(body):
        return "opinion"
    if kicker and _OPINION_LABEL.search(kicker.strip()):
        return "opinion"
    if any(_COLUMNIST.search(line) for line in boilerplate):
        return "opinion"
    words = max(1, len(body.split()))
    # each count only when the test before it passed (the counts are the costly part)
    if (
        words >= 150
        and len(_FIRST_PERSON.findall(body)) / words > 0.015
        and len(_SAID.findall(body)) / words < 0.006
    ):
        return "opinion"
    return "news"


def _clean_name(name: str) -> str | None:
    words = name.strip(" .,").split()
    while words and words[-1].strip(".").lower() in {"all", "rights", "reserved", "ltd", "inc", "llc"}:
        words.pop()
    if not words or words[0] in _NOT_NAMES or words == ["The"]:
        return None
    return " ".join(words).rstrip(".")


def _banner(header: Sequence[str]) -> str | None:
    """A site banner opening the page: "THE STEPPE OBSERVER", "Sahel Dispatch | News from Mali"."""
    for line in [x for x in header[:8] if line_cue(x) is None][:3]:
        name = re.split(r"\s+[|\u2014\u2013\u00b7:]\s+", line.strip())[0].strip()
        words = name.split()
        if not 1 <= len(words) <= 5 or re.search(r"\d", name):
            continue
        if name.lower() in _NOT_BANNERS:
            continue
        if all(w[0].isupper() or w.lower() in {"of", "the", "and", "de", "al"} for w in words):
            return name.title() if name.isupper() else name
    return None


_NOT_BANNERS = frozenset(
    {"menu", "home", "search", "skip to content", "sign in", "subscribe", "log in", "news"}
)


def source_from_chrome(
    boilerplate: Sequence[str], agency: str | None = None, header: Sequence[str] = ()
) -> str | None:
    """The outlet's name as the page chrome states it (copyright line, patronage plea, the banner
    opening the page), else the dateline's agency."""
    for line in boilerplate:
        m = _COPYRIGHT.search(line) or _COPYRIGHT_AFTER.search(line)
        if m and (name := _clean_name(m.group("name"))):
            return name
    for line in boilerplate:
        m = _PATRON.search(line)
        if m and (name := _clean_name(m.group("name") or m.group("name2"))):
            return name
    return _banner(header) or agency


_PAGE_DATE = re.compile(
    rf"(?P<full>{FULL_DATE})|(?P<iso>\d{{4}}-\d{{2}}-\d{{2}})(?!\d)"
    r"|(?<![\d.])(?P<dotted>\d{1,2}\.\d{1,2}\.(?:19|20)\d\d)(?![\d.]*\d)"
)


def date_from_header(header: Sequence[str]) -> str | None:
    """The page's publication date as its header shows it ("20 July 2023, 11:42", "Published May 12,
    2024"): the first full date above the body. Relative times ("3 hours ago") give nothing."""
    for line in header:
        for m in _PAGE_DATE.finditer(line):
            if m.group("dotted"):  # "12.06.2023": day.month.year
                dotted = numeric_date(m.group("dotted"), None)
                if dotted is not None:
                    return dotted.isoformat()
                continue
            if m.group("iso"):
                try:
                    return date.fromisoformat(m.group("iso")).isoformat()
                except ValueError:
                    continue
            day = dateline_date(m.group("full"), None)
            if day is not None:
                return day.isoformat()
    return None
