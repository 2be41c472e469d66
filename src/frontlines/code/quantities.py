"""Counts from the trigger's sentence — killed, injured, captured — as best / low / high with their words.

One mechanism serves the three counts; what differs is the vocabulary (`data/cues.v1.yaml`,
`quantities.counts`). A count belongs to a kind when it is:

- the object of one of its verbs ("killing three soldiers", "wounding 12", "abducted 40 students"), the
  passive subject of one ("at least 14 people were killed"), or the noun a participle modifies
  ("the 14 people killed");
- the subject of one of its state verbs ("three soldiers died");
- a number with one of its nouns or adjectives ("14 dead", "12 wounded", "20 hostages"), or the number a
  toll verb reaches ("the death toll rose to 14");
- for deaths, also a manner phrase: "shot dead", "stabbed to death", "beaten to death".

Coordinated counts add up ("two soldiers and at least four militants" = 6; "three soldiers and a police
officer" = 4). A singular person introduced by "a"/"an" counts one ("a man was shot dead", "killed a
senior commander") unless the noun is a collective ("a group of"). "at least N" / "more than N" set
low = best = N; "up to N" sets high = N; "between A and B" sets low = best = A, high = B; vague counts
("dozens") take the value in the cue file; "no one" / "nobody" = 0. The three kinds stay apart: the
wounded are never added to the dead.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, get_args

from frontlines.geo.gazetteer import default_index
from frontlines.knowledge import cues
from frontlines.knowledge_cues import CountCues, CountKind, CueFile
from frontlines.model import Count, Fatalities

KINDS: tuple[CountKind, ...] = get_args(CountKind)


@dataclass(frozen=True)
class _Found:
    best: int
    low: int | None
    high: int | None
    start: int
    """index of the phrase's first token"""
    end: int
    """index of the phrase's last token"""


@dataclass(frozen=True)
class _Head:
    tok: Any
    """head of the counted noun phrase"""
    single: bool = True
    """may 'a man' count one here"""
    coordinated: tuple[Any, ...] = ()
    """nouns coordinated with it that the parse attached elsewhere"""


class _Vocabulary:
    def __init__(self, cue: CountCues, things: set[str]) -> None:
        self.verbs = set(cue.verbs)
        self.words = set(cue.words)
        self.state_verbs = set(cue.state_verbs)
        self.manner = set(cue.manner)
        self.things = things
        self.single = cue.single
        self.nouns = set(cue.nouns)
        self.all = frozenset(self.verbs | self.words | self.state_verbs | self.manner | self.nouns)
        """a sentence with none of these words holds no count of this kind"""


class QuantityCoder:
    def __init__(self, data: CueFile, is_place: Callable[[str], bool] = lambda _: False) -> None:
        self.is_place = is_place
        q = data.quantities
        self.version = data.version
        self.numbers = {k.lower(): v for k, v in q.number_words.items()}
        self.vague = {k.lower(): v for k, v in q.vague.items()}
        self.lower = [w.lower() for w in q.lower_bound]
        self.upper = [w.lower() for w in q.upper_bound]
        self.collective = set(q.collective_nouns)
        self.toll_verbs = set(q.toll_verbs)
        places = {*data.position_nouns, *data.object_nouns.get("property", [])}
        self.kinds = {
            kind: _Vocabulary(
                q.counts[kind], {*q.counts[kind].things, *places} if q.counts[kind].things else set()
            )
            for kind in KINDS
        }

    def number(self, tok: Any) -> int | None:
        text = tok.lower_.replace(",", "")
        if re.fullmatch(r"\d+", text):
            return int(text)
        if text in self.numbers:
            return self.numbers[text]
        return self.vague.get(text)

    def _single(self, head: Any) -> bool:
        """'a man', 'an officer', 'a senior commander', a named person ('detained Ovidio Guzmán'), 'him' /
        'her': one person (not 'a group', 'a number')."""
        if head.lower_ in ("him", "her"):
            return True
        if head.ent_type_ == "PERSON" and head.tag_ == "NNP":
            name = next((e.text for e in head.doc.ents if e.start <= head.i < e.end), head.text)
            return not self.is_place(name)  # spaCy calls some towns people: "captured Goma"
        return (
            head.tag_ == "NN"
            and head.lemma_.lower() not in self.collective
            and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children)
        )

    def _one(self, head: Any, vocab: _Vocabulary, single: bool) -> _Found | None:
        """The count of one noun phrase headed by `head`, without its coordinated siblings."""
        if head.lower_ == "nobody" or (head.lower_ == "one" and any(c.lower_ == "no" for c in head.children)):
            start = head.i - 1 if head.lower_ == "one" else head.i
            return _Found(0, None, None, start, head.i)
        nums = [
            c
            for c in head.children
            if c.dep_ in ("nummod", "quantmod", "amod") and self.number(c) is not None
        ]
        if self.number(head) is not None and head.pos_ in ("NUM", "NOUN", "PRON"):
            nums = [head, *nums]
        if not nums:
            if single and vocab.single and self._single(head):
                det = min([head.i, *(c.i for c in head.children if c.dep_ in ("det", "compound"))])
                return _Found(1, None, None, det, head.i)
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
        return _Found(value, low, high, start, max(head.i, num.i))

    def _is_thing(self, head: Any, vocab: _Vocabulary) -> bool:
        """'two towns', 'dozens of rifles': objects a kind does not count (only captured has any)."""
        if not vocab.things:
            return False
        nouns = [
            head,
            *(g for c in head.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"),
        ]
        return any(n.lemma_.lower() in vocab.things or n.lower_ in vocab.things for n in nouns)

    def _count_of(self, head: _Head, vocab: _Vocabulary) -> _Found | None:
        """The count of a noun phrase, adding coordinated counts: 'two soldiers and four militants'."""
        if self._is_thing(head.tok, vocab):
            return None
        first = self._one(head.tok, vocab, head.single)
        if first is None:
            return None
        parts = [first]
        for conj in [*head.tok.children, *head.coordinated]:
            if conj.dep_ == "conj":
                more = self._one(conj, vocab, head.single)
                if more is not None and more.best > 0 and not self._is_thing(conj, vocab):
                    parts.append(more)
        if len(parts) == 1:
            return first
        best = sum(p.best for p in parts)
        low = best if any(p.low is not None for p in parts) else None
        high = None if any(p.high is None for p in parts) else sum(p.high or 0 for p in parts)
        return _Found(best, low, high, min(p.start for p in parts), max(p.end for p in parts))

    def _verb_heads(self, tok: Any) -> list[_Head]:
        """Object (or passive subject) of a verb; nouns the parser hung on the verb itself as `conj`
        ("killed two soldiers and at least four militants") are coordinated with it."""
        passive = any(c.dep_ == "auxpass" for c in tok.children)
        stray = tuple(c for c in tok.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN", "NUM"))
        role = "nsubjpass" if passive else "dobj"
        return [_Head(c, True, stray) for c in tok.children if c.dep_ == role]

    def _heads(self, tok: Any, vocab: _Vocabulary) -> list[_Head]:
        """The noun phrases `tok` says were counted, when it is one of the kind's words."""
        lemma = tok.lemma_.lower()
        if tok.pos_ == "VERB" and lemma in vocab.verbs:
            heads = self._verb_heads(tok)
            if tok.dep_ in ("amod", "acl") and not any(c.dep_ in ("auxpass", "agent") for c in tok.children):
                # "the 14 people killed": a number only ("a bombing claimed by X" is not one death)
                heads.append(_Head(tok.head, False))
            return heads
        if tok.pos_ == "NOUN" and lemma in vocab.nouns:
            # "the abduction of 276 schoolgirls", "the killing of 14 villagers"
            return [
                _Head(g, False)
                for c in tok.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children
                if g.dep_ == "pobj"
            ]
        if tok.pos_ == "VERB" and lemma in vocab.state_verbs:
            return [_Head(c) for c in tok.children if c.dep_ == "nsubj"]
        if tok.pos_ == "VERB" and any(self._manner(c, vocab) for c in tok.children):
            # "shot dead", "stabbed ... to death"
            return self._verb_heads(tok)
        if tok.lower_ in vocab.words or lemma in vocab.words:
            if tok.pos_ not in ("ADJ", "NOUN", "VERB"):
                return []
            found = []
            if self.number(tok.head) is not None:
                found.append(tok.head)
            found += [c for c in tok.children if c.dep_ in ("nummod", "quantmod")]
            if tok.dep_ == "nsubj" or tok.head.lemma_ in self.toll_verbs:
                found += [
                    g
                    for c in tok.head.children
                    if c.dep_ == "prep"
                    for g in c.children
                    if g.dep_ == "pobj" and self.number(g) is not None
                ]
            if tok.dep_ in ("acomp", "oprd", "amod", "xcomp") and tok.head.pos_ in ("VERB", "AUX"):
                found += [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
            return [_Head(h) for h in found]
        return []

    def _manner(self, child: Any, vocab: _Vocabulary) -> bool:
        """'dead' in 'shot dead', 'to death' in 'stabbed to death'."""
        if child.dep_ in ("oprd", "acomp", "advmod") and child.lower_ in vocab.manner:
            return True
        return child.dep_ == "prep" and any(
            g.dep_ == "pobj" and g.lower_ in vocab.manner for g in child.children
        )

    @staticmethod
    def _elsewhere(tok: Any, trigger: Any | None) -> bool:
        """Is `tok` inside a participle clause that describes a participant rather than the trigger's event:
        'arrested a woman suspected of planting a bomb that killed six'? (Relative clauses stay: 'fighting
        that killed two soldiers' tells the toll of the event.)"""
        if trigger is None:
            return False
        cur = tok
        while cur.head.i != cur.i:
            if cur.i == trigger.i:
                return False
            if cur.dep_ == "acl" and cur.head.i != trigger.i:
                return not any(t.i == trigger.i for t in cur.subtree)
            cur = cur.head
        return False

    @staticmethod
    def _words(sentence: Any) -> frozenset[str]:
        return frozenset(w for tok in sentence for w in (tok.lower_, tok.lemma_.lower()))

    def counts(self, sentence: Any, trigger: Any | None = None) -> tuple[Fatalities, Count, Count]:
        """Killed, injured and captured for the event of `trigger` (the sentence's words read once)."""
        words = self._words(sentence)
        killed = Fatalities(**self.count(sentence, "killed", trigger, words).model_dump())
        return (
            killed,
            self.count(sentence, "injured", trigger, words),
            self.count(sentence, "captured", trigger, words),
        )

    def count(
        self, sentence: Any, kind: CountKind, trigger: Any | None = None, words: frozenset[str] | None = None
    ) -> Count:
        """The first count of `kind` in the sentence; with `trigger`, not one told of another thing.
        `words`: the sentence's forms and lemmas, when the caller already has them."""
        vocab = self.kinds[kind]
        if not vocab.all & (words if words is not None else self._words(sentence)):
            return Count()  # none of the kind's words: nothing to count (most sentences, cheaply)
        for tok in sentence:
            heads = self._heads(tok, vocab)
            if not heads or self._elsewhere(tok, trigger):
                continue
            for head in heads:
                found = self._count_of(head, vocab)
                if found is None:
                    continue
                # the words that say it: "killing at least 11 civilians", "14 people were killed"
                first, last = min(found.start, tok.i), max(found.end, tok.i)
                if last - first > 8:
                    first, last = found.start, found.end
                return Count(
                    best=found.best, low=found.low, high=found.high, text=str(tok.doc[first : last + 1].text)
                )
        return Count()

    def fatalities(self, sentence: Any, trigger: Any | None = None) -> Fatalities:
        return Fatalities(**self.count(sentence, "killed", trigger).model_dump())


@lru_cache(maxsize=1)
def default_quantities() -> QuantityCoder:
    return QuantityCoder(cues(), default_index().knows)
