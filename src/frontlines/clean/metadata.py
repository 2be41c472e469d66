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
from typing import get_args

from frontlines.model import Genre

_OPINION_LABEL = re.compile(
    r"^(?:opinion|comment|commentary|op-?ed|editorial|column|analysis and opinion|perspective|viewpoint)\b"
    r"|\b(?:is a columnist|writes a (?:weekly )?column|columnist\b|op-?ed\b)",
    re.I,
)
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


def detect_genre(body: str, boilerplate: Sequence[str], hint: str | None = None) -> Genre:
    declared = _declared(hint)
    if declared is not None:
        return declared
    chrome = "\n".join(boilerplate)
    if _PRESS.search(body) or _PRESS.search(chrome):
        return "press_release"
    if _DISCLAIMER.search(chrome) or _DISCLAIMER.search(body):
        return "opinion"
    if any(_OPINION_LABEL.search(line.strip()) for line in boilerplate[:8]):
        return "opinion"
    words = max(1, len(body.split()))
    first_person = len(_FIRST_PERSON.findall(body)) / words
    attributions = len(_SAID.findall(body)) / words
    if words >= 150 and first_person > 0.015 and attributions < 0.006:
        return "opinion"
    return "news"


def _clean_name(name: str) -> str | None:
    words = name.strip(" .,").split()
    while words and words[-1].strip(".").lower() in {"all", "rights", "reserved", "ltd", "inc", "llc"}:
        words.pop()
    if not words or words[0] in _NOT_NAMES or words == ["The"]:
        return None
    return " ".join(words).rstrip(".")


def source_from_chrome(boilerplate: Sequence[str], agency: str | None = None) -> str | None:
    """The outlet's name as the page chrome states it, else the dateline's agency."""
    for line in boilerplate:
        m = _COPYRIGHT.search(line)
        if m and (name := _clean_name(m.group("name"))):
            return name
    for line in boilerplate:
        m = _PATRON.search(line)
        if m and (name := _clean_name(m.group("name") or m.group("name2"))):
            return name
    return agency
