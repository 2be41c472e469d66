"""Fatalities from the trigger's sentence: best / low / high and the words they came from.

A count is a fatality count only when it belongs to a killing: the object of a kill verb ("killing three
soldiers"), the passive subject of one ("at least 14 people were killed"), the subject of "die", or a
number followed by a death word ("14 dead", "death toll rose to 14"). Counts of the wounded stay apart.
"at least N" / "more than N" set low = best = N; "up to N" sets high = N; "between A and B" sets
low = best = A, high = B; vague counts ("dozens") take the value in `data/cues.v1.yaml`; "no one" = 0.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from frontlines.knowledge import CueFile, cues
from frontlines.model import Fatalities


class QuantityCoder:
    def __init__(self, data: CueFile) -> None:
        q = data.quantities
        self.version = data.version
        self.numbers = {k.lower(): v for k, v in q.number_words.items()}
        self.vague = {k.lower(): v for k, v in q.vague.items()}
        self.lower = [w.lower() for w in q.lower_bound]
        self.upper = [w.lower() for w in q.upper_bound]
        self.kill_verbs = set(q.kill_verbs)
        self.death_words = set(q.death_words)
        self.die_verbs = set(q.die_verbs)

    def number(self, tok: Any) -> int | None:
        text = tok.lower_.replace(",", "")
        if re.fullmatch(r"\d+", text):
            return int(text)
        if text in self.numbers:
            return self.numbers[text]
        return self.vague.get(text)

    def _count_of(self, head: Any) -> tuple[int | None, int | None, int | None, int] | None:
        """(best, low, high, index of the phrase's first token) for the noun phrase headed by `head`."""
        if head.lower_ == "nobody" or (head.lower_ == "one" and any(c.lower_ == "no" for c in head.children)):
            start = head.i - 1 if head.lower_ == "one" else head.i
            return 0, None, None, start
        nums = [
            c
            for c in head.children
            if c.dep_ in ("nummod", "quantmod", "amod") and self.number(c) is not None
        ]
        if self.number(head) is not None and head.pos_ in ("NUM", "NOUN", "PRON"):
            nums = [head, *nums]
        if not nums:
            return None
        num = nums[0]
        value = self.number(num)
        if value is None:
            return None
        before = " ".join(t.lower_ for t in head.doc[max(0, num.i - 3) : num.i])
        start = num.i
        low = high = None
        between = [c for c in num.children if c.dep_ == "conj" and self.number(c) is not None]
        if "between" in before and between:
            low, high = value, self.number(between[0])
            start = num.i - 1
        else:
            for phrase in self.lower + self.upper:
                if before.endswith(phrase):
                    low, high = (value, None) if phrase in self.lower else (None, value)
                    start = num.i - len(phrase.split())
                    break
        if num.lower_ in self.vague:
            low = value
        return value, low, high, start

    def fatalities(self, sentence: Any) -> Fatalities:
        for tok in sentence:
            lemma = tok.lemma_.lower()
            heads: list[Any] = []
            if tok.pos_ == "VERB" and lemma in self.kill_verbs:
                passive = any(c.dep_ == "auxpass" for c in tok.children)
                heads = [c for c in tok.children if c.dep_ == ("nsubjpass" if passive else "dobj")]
                if not passive and tok.dep_ in ("amod", "acl"):
                    heads.append(tok.head)
            elif tok.pos_ == "VERB" and lemma in self.die_verbs:
                heads = [c for c in tok.children if c.dep_ == "nsubj"]
            elif lemma in self.death_words and tok.pos_ in ("ADJ", "NOUN"):
                if self.number(tok.head) is not None:
                    heads = [tok.head]
                heads += [c for c in tok.children if c.dep_ in ("nummod", "quantmod")]
                if tok.dep_ == "nsubj" or tok.head.lemma_ in ("rise", "reach", "climb", "stand"):
                    heads += [
                        g
                        for c in tok.head.children
                        if c.dep_ == "prep"
                        for g in c.children
                        if g.dep_ == "pobj" and self.number(g) is not None
                    ]
                if tok.dep_ in ("acomp", "oprd", "amod", "xcomp"):
                    heads += [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
            for head in heads:
                count = self._count_of(head)
                if count is None:
                    continue
                best, low, high, start = count
                # the words that say it: "killing at least 11 civilians", "14 people were killed"
                first, last = min(start, tok.i), max(head.i, tok.i)
                if last - first > 8:
                    first, last = start, head.i
                return Fatalities(best=best, low=low, high=high, text=str(sentence[first : last + 1].text))
        return Fatalities()


@lru_cache(maxsize=1)
def default_quantities() -> QuantityCoder:
    return QuantityCoder(cues())
