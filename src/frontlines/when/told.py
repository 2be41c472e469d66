"""What the article has told so far, as the date stage keeps it: the mention being dated (`Item`), a
date told (`Dated`), a mention dated with news of the day (`News`), and the periods a "since" opens
("since then", "since the attack") up to the time of telling."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from frontlines.when.clauses import HISTORICAL_DAYS
from frontlines.when.periods import ResolvedDate
from frontlines.when.story import stem


@dataclass(frozen=True)
class Item:
    """One event mention: its paragraph, the spaCy parse of its sentence and its trigger's token index."""

    paragraph: int
    parse: Any
    trigger_i: int
    predicted: bool = False
    """the event is told as ahead ("called for more protests on Monday"): its weekday lies ahead"""


@dataclass(frozen=True)
class Dated:
    text: str | None
    """the date expression (in this sentence or the one the date was carried from); None: no date"""
    resolved: ResolvedDate | None
    carried: bool = False


@dataclass(frozen=True)
class News:
    """A mention dated with news of the day: its trigger's stem, its sentence's parse and its date."""

    stem: str
    parse: Any
    dated: Dated


def since_then(item: Item) -> bool:
    """ "reports of mass arrests since then": a "since then" on the trigger or a word above it."""
    trigger = item.parse[item.trigger_i]
    return any(
        t.lower_ == "then" and t.head.lower_ == "since" and trigger in t.head.head.subtree for t in item.parse
    )


def since_noun(item: Item) -> str | None:
    """ "have detained several officials since the attack": the stem of a definite event noun a "since"
    on the trigger (or a word above it) names."""
    trigger = item.parse[item.trigger_i]
    for t in item.parse:
        if (
            t.lower_ == "since"
            and t.dep_ == "prep"
            and trigger in t.head.subtree
            and t.head.pos_ in ("VERB", "AUX")
            and any(
                c.dep_ == "pobj" and c.pos_ == "NOUN" and any(d.lower_ == "the" for d in c.children)
                for c in t.children
            )
        ):
            noun = next(c for c in t.children if c.dep_ == "pobj")
            return stem(noun)
    return None


def is_news(r: ResolvedDate, ref: date) -> bool:
    return r.precision in ("day", "week") and r.start <= ref and not is_background(r, ref)


def since_end(r: ResolvedDate, anchor: Dated | None, news: Sequence[News]) -> ResolvedDate:
    """ "killed since Monday" told in an article whose news runs to Thursday: up to that day, the last
    news day told before inside the period (else the article's anchor day)."""
    if r.precision != "day":
        return r
    told = [n.dated.resolved for n in news]
    days = [d.end for d in told if d is not None and r.start <= d.end <= r.end]
    if not days and anchor is not None and anchor.resolved is not None:
        days = [anchor.resolved.end] if r.start <= anchor.resolved.end <= r.end else []
    return ResolvedDate(r.start, max(days), "day") if days else r


def told_news(told: Dated | None, ref: date) -> bool:
    """A date told before that is news of the day, not background."""
    return told is not None and told.resolved is not None and not is_background(told.resolved, ref)


def is_background(d: ResolvedDate, ref: date) -> bool:
    return (ref - d.end).days > HISTORICAL_DAYS
