"""What an article is about, when it matters for coding: a sport report ("a late assault", "the attack
of the spinners"), a business report ("a price war", "fired the first shot with a cheaper package") or
a review of a film, book or game ("a drone drops a grenade into a courtyard") uses the words of violence
for play, competition or fiction (`data/cues.v1.yaml`, `sports` and `figurative_topics`)."""

from __future__ import annotations

import re
from functools import lru_cache

from frontlines.code.actors import default_coder
from frontlines.knowledge import cues
from frontlines.knowledge_cues import TopicCues

_WORD = re.compile(r"[a-z][a-z-]*")


@lru_cache(maxsize=1)
def _topics() -> tuple[tuple[str, frozenset[str], int, float, str], ...]:
    data = cues()
    named: list[tuple[str, TopicCues]] = [("sports", data.sports)] if data.sports is not None else []
    named += list(data.figurative_topics.items())
    return tuple(
        (name, frozenset(w.lower() for w in t.words), t.min_distinct, t.min_share, t.needs)
        for name, t in named
    )


def _matches(tokens: list[str], words: frozenset[str], min_distinct: int, min_share: float) -> bool:
    hits = [t for t in tokens if t in words]
    return len(set(hits)) >= min_distinct and len(hits) >= min_share * max(1, len(tokens))


def is_sports_report(body: str) -> bool:
    """At least `min_distinct` different sport words, making up at least `min_share` of the words."""
    return figurative_topic(body, only="sports") is not None


def figurative_topic(body: str, only: str | None = None) -> tuple[str, str] | None:
    """The first topic (sports, then `figurative_topics` in file order) the article is about — at least
    `min_distinct` different words of its list, making up at least `min_share` of the words — and what an
    event there needs to count as violence ("actor", "named_actor" or "actor_or_count"); None for any
    other article."""
    tokens = _WORD.findall(body.lower())
    for name, words, min_distinct, min_share, needs in _topics():
        if only is not None and name != only:
            continue
        if _matches(tokens, words, min_distinct, min_share):
            return name, needs
    return None


def names_a_team(text: str) -> bool:
    """In a sport report a country is a team: "Pakistan's bowling attack", "the Afghans struck early"
    name no armed side, unless a force noun comes with the name ("Pakistani troops"); nor does a country
    with one of the sport's `play_nouns` ("Mali's defence", "the post")."""
    data = cues().sports
    play = {w.lower() for w in data.play_nouns} if data is not None else set()
    words = [w for w in re.findall(r"[A-Za-z][\w-]*", text) if w.lower() not in ("the", "s", "a", "an")]
    coder = default_coder()
    rest = [w for w in words if w.lower() not in play]
    # "Burkina Faso", "South Sudan": a country name of several words
    return bool(words) and (
        not rest
        or coder.country_of(" ".join(rest)) is not None
        or all(coder.country_of(w) is not None for w in rest)
    )
