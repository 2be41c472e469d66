"""What an article is about, when it matters for coding: a sport report ("a late assault", "the attack
of the spinners") uses the words of violence for play (`data/cues.v1.yaml`, `sports`)."""

from __future__ import annotations

import re
from functools import lru_cache

from frontlines.knowledge import cues

_WORD = re.compile(r"[a-z][a-z-]*")


@lru_cache(maxsize=1)
def _sports() -> tuple[frozenset[str], int, float] | None:
    topic = cues().sports
    if topic is None:
        return None
    return frozenset(w.lower() for w in topic.words), topic.min_distinct, topic.min_share


def is_sports_report(body: str) -> bool:
    """At least `min_distinct` different sport words, making up at least `min_share` of the words."""
    sports = _sports()
    if sports is None:
        return False
    words, min_distinct, min_share = sports
    tokens = _WORD.findall(body.lower())
    hits = [t for t in tokens if t in words]
    return len(set(hits)) >= min_distinct and len(hits) >= min_share * max(1, len(tokens))
