"""The fast lexical pass: which sentences can hold an event, before anything is parsed.

A sentence is a candidate when it contains a word starting with the stem of a trigger lemma (from the
trigger lexicon) or one of its listed irregular forms. Cheap and generous: the parser-based stages
decide; this pass only keeps sentences with no trigger word from being parsed at all.
"""

from __future__ import annotations

import re
from functools import lru_cache

from frontlines.knowledge import TriggerFile, triggers


def _stem(lemma: str) -> str:
    if len(lemma) > 4 and lemma.endswith("e"):
        return lemma[:-1]
    if len(lemma) > 4 and lemma.endswith("y"):
        return lemma[:-1]
    return lemma


def build_pattern(lexicon: TriggerFile) -> re.Pattern[str]:
    stems: set[str] = set()
    forms: set[str] = set()
    for trig in lexicon.triggers:
        stems.update(_stem(w.lower()) for w in (*trig.verbs, *trig.nouns))
        forms.update(f.lower() for f in trig.forms)
    alternatives = sorted((re.escape(s) + r"\w*" for s in stems), key=len, reverse=True)
    alternatives += sorted((re.escape(f) + r"\b" for f in forms), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(alternatives) + ")", re.IGNORECASE)


@lru_cache(maxsize=1)
def candidate_pattern() -> re.Pattern[str]:
    return build_pattern(triggers())


def is_candidate(sentence: str) -> bool:
    return candidate_pattern().search(sentence) is not None
