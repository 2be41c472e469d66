"""Trigger matching: which token of a parsed sentence announces which kind of event.

Verbal triggers match a VERB by lemma; nominal triggers match a NOUN/PROPN by lemma, and when the entry
lists `modifiers`, only with one of them as a compound, adjective or hyphenated prefix ("drone strike",
"roadside bomb"). Territorial verbs that need a place or position as object ("seized the town", not
"seized weapons") are checked against the sentence's toponyms and the position nouns. One sentence gives
its highest-priority trigger; the others in it are taken to describe the same event.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from frontlines.knowledge import CueFile, Trigger, TriggerFile, cues, triggers

_VERB_POS = {"VERB"}
_NOUN_POS = {"NOUN", "PROPN"}


@dataclass(frozen=True)
class TriggerHit:
    token_i: int
    start_i: int
    """first token of the trigger phrase (the modifier in "drone strike")"""
    trigger: Trigger


class TriggerMatcher:
    def __init__(self, lexicon: TriggerFile, cue_file: CueFile) -> None:
        self.version = lexicon.version
        self._verbs: dict[str, list[Trigger]] = {}
        self._nouns: dict[str, list[Trigger]] = {}
        self._verb_forms: dict[str, list[Trigger]] = {}
        for trig in lexicon.triggers:
            for lemma in trig.verbs:
                self._verbs.setdefault(lemma.lower(), []).append(trig)
            for lemma in trig.nouns:
                self._nouns.setdefault(lemma.lower(), []).append(trig)
            # irregular forms the lemmatizer may miss ("retook", "overran")
            for form in trig.forms:
                if " " not in form and trig.verbs:
                    self._verb_forms.setdefault(form.lower(), []).append(trig)
        self._positions = {w.lower() for w in cue_file.position_nouns}

    def _modifier(self, tok: Any, trig: Trigger) -> Any | None:
        wanted = {m.lower() for m in trig.modifiers}
        for child in tok.children:
            if child.dep_ in ("compound", "amod", "nmod", "npadvmod") and (
                child.lemma_.lower() in wanted or child.lower_ in wanted
            ):
                return child
        prev = tok.doc[tok.i - 2] if tok.i >= 2 and tok.doc[tok.i - 1].text == "-" else None
        if prev is not None and prev.lower_ in wanted:
            return prev
        return None

    def _object_ok(self, tok: Any, toponym_tokens: set[int]) -> bool:
        """The object of a territorial verb is a place or a position ("seized a string of hilltop
        positions", "took full control of the town"), not people or things."""
        objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        if tok.pos_ in _NOUN_POS:
            objs += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
        for obj in objs:
            span = {t.i for t in obj.subtree}
            if span & toponym_tokens:
                return True
            if any(t.lemma_.lower() in self._positions or t.lower_ in self._positions for t in obj.subtree):
                return True
        return False

    def find(self, parse: Any, toponym_tokens: set[int]) -> list[TriggerHit]:
        hits: list[TriggerHit] = []
        for tok in parse:
            lemma = tok.lemma_.lower()
            if tok.pos_ in _VERB_POS:
                options: Sequence[Trigger] = self._verbs.get(lemma, ()) or self._verb_forms.get(
                    tok.lower_, ()
                )
            elif tok.pos_ in _NOUN_POS:
                options = self._nouns.get(lemma, ()) or self._nouns.get(tok.lower_, ())
            else:
                continue
            for trig in sorted(options, key=lambda t: -t.priority):
                start_i = tok.i
                if trig.modifiers and tok.pos_ in _NOUN_POS:
                    mod = self._modifier(tok, trig)
                    if mod is None:
                        continue
                    start_i = min(start_i, mod.i)
                if trig.object_required == "place_or_position" and not self._object_ok(tok, toponym_tokens):
                    continue
                if any(c.dep_ == "prt" and c.lower_ in trig.excluded_particles for c in tok.children):
                    continue  # "shot down 17 drones" is not an attack
                hits.append(TriggerHit(tok.i, start_i, trig))
                break
        return hits

    @staticmethod
    def best(hits: Sequence[TriggerHit]) -> TriggerHit | None:
        if not hits:
            return None
        return max(hits, key=lambda h: (h.trigger.priority, -h.token_i))


@lru_cache(maxsize=1)
def default_matcher() -> TriggerMatcher:
    return TriggerMatcher(triggers(), cues())
