"""Trigger matching: which token of a parsed sentence announces which kind of event.

Verbal triggers match a VERB by lemma; nominal triggers match a NOUN/PROPN by lemma, and when the entry
lists `modifiers`, only with one of them as a compound, adjective or hyphenated prefix ("drone strike",
"roadside bomb"). Territorial verbs that need a place or position as object ("seized the town", not
"seized weapons") are checked against the sentence's toponyms and the position nouns. One sentence gives
its highest-priority trigger and any other trigger of a different ACLED event type (see `select`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from frontlines.knowledge import CueFile, Trigger, TriggerFile, cues, triggers
from frontlines.trace import TriggerNote, reject

_VERB_POS = {"VERB"}
_NOUN_POS = {"NOUN", "PROPN"}
# a noun inside one of these named entities is not an event word ("in March", "Rally Square")
_NOT_EVENT_ENTS = {"DATE", "TIME", "PERSON", "GPE", "LOC", "FAC", "WORK_OF_ART", "PRODUCT", "LAW"}


def _linked(parse: Any, a: int, b: int) -> bool:
    """True when one token governs the other through a non-coordination arc ("car bombs driven by
    suicide attackers"), not when they are coordinated ("shelling and air strikes")."""
    for x, y in ((a, b), (b, a)):
        cur = parse[y]
        while cur.head.i != cur.i:
            if cur.head.i == x:
                if cur.dep_ != "conj":
                    return True
                break
            cur = cur.head
    return False


@dataclass(frozen=True)
class TriggerHit:
    doc: Any
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
        self._objects = {kind: {w.lower() for w in words} for kind, words in cue_file.object_nouns.items()}
        self._objects["place_or_position"] = {w.lower() for w in cue_file.position_nouns}

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

    def _object_ok(self, tok: Any, trig: Trigger, toponym_tokens: set[int]) -> bool:
        """The object of the verb is of the required kind: a place or position for territorial verbs
        ("seized a string of hilltop positions", "took full control of the town"), property for
        "burned", an agreement for "signed", a base for "set up"."""
        kind = trig.object_required or "place_or_position"
        nouns = self._objects[kind]
        preps = trig.object_preps
        objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")] if preps is None else []
        # "set up a base": the particle's object, "set fire to houses": the prepositional object
        objs += [
            g
            for c in tok.children
            if c.dep_ in ("prt", "prep") and (preps is None or c.lower_ in preps)
            for g in c.children
            if g.dep_ == "pobj"
        ]
        if tok.pos_ in _NOUN_POS:
            objs += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
        for obj in objs:
            span = {t.i for t in obj.subtree}
            if kind == "place_or_position" and span & toponym_tokens:
                return True
            if any(t.lemma_.lower() in nouns or t.lower_ in nouns for t in obj.subtree):
                return True
        return False

    @staticmethod
    def _modified_by(tok: Any, words: list[str]) -> bool:
        wanted = {w.lower() for w in words}
        return any(c.lemma_.lower() in wanted or c.lower_ in wanted for c in tok.subtree if c.i < tok.i)

    def find(
        self, parse: Any, toponym_tokens: set[int], notes: list[TriggerNote] | None = None
    ) -> list[TriggerHit]:
        """The trigger of each token, if any; entries turned down go to `notes` with the reason."""
        hits: list[TriggerHit] = []
        for tok in parse:
            lemma = tok.lemma_.lower()
            if tok.pos_ in _VERB_POS:
                options: Sequence[Trigger] = self._verbs.get(lemma, ()) or self._verb_forms.get(
                    tok.lower_, ()
                )
            elif tok.pos_ in _NOUN_POS and tok.ent_type_ not in _NOT_EVENT_ENTS:
                options = self._nouns.get(lemma, ()) or self._nouns.get(tok.lower_, ())
            else:
                if tok.pos_ in _NOUN_POS and lemma in self._nouns:
                    reject(notes, tok.i, self._nouns[lemma][0].id, f"part of a {tok.ent_type_} name")
                continue
            for trig in sorted(options, key=lambda t: -t.priority):
                start_i = tok.i
                if trig.modifiers and tok.pos_ in _NOUN_POS:
                    mod = self._modifier(tok, trig)
                    if mod is None:
                        reject(notes, tok.i, trig.id, f"needs a modifier: {'/'.join(trig.modifiers[:4])}...")
                        continue
                    start_i = min(start_i, mod.i)
                if trig.object_required and not self._object_ok(tok, trig, toponym_tokens):
                    reject(notes, tok.i, trig.id, f"no {trig.object_required or 'place_or_position'} object")
                    continue
                particles = {c.lower_ for c in tok.children if c.dep_ == "prt"}
                if particles & set(trig.excluded_particles):
                    reject(notes, tok.i, trig.id, f"excluded particle {sorted(particles)}")
                    continue  # "shot down 17 drones" is not an attack
                if trig.required_particles and not particles & set(trig.required_particles):
                    reject(notes, tok.i, trig.id, f"needs particle {'/'.join(trig.required_particles)}")
                    continue
                if trig.excluded_modifiers and self._modified_by(tok, trig.excluded_modifiers):
                    reject(notes, tok.i, trig.id, "excluded modifier")
                    continue
                hits.append(TriggerHit(parse, tok.i, start_i, trig))
                break
        return hits

    @staticmethod
    def select(
        hits: Sequence[TriggerHit], limit: int = 3, notes: list[TriggerNote] | None = None
    ) -> list[TriggerHit]:
        """The events of one sentence: the highest-priority trigger, plus others of a different ACLED
        type (a sentence can report a clash and an air strike). A killing verb beside another trigger
        is that event's outcome, not an event of its own; so is a second trigger of the same type."""
        chosen: list[TriggerHit] = []
        for hit in sorted(hits, key=lambda h: (-h.trigger.priority, h.token_i)):
            if len(chosen) >= limit:
                reject(notes, hit.token_i, hit.trigger.id, f"fired, not kept: {limit} events already")
                break
            if chosen and hit.trigger.id == "kill":
                reject(notes, hit.token_i, "kill", "fired, not kept: the outcome of another trigger")
                continue
            pair = (hit.trigger.acled.event_type, hit.trigger.acled.sub_event_type)
            if any((c.trigger.acled.event_type, c.trigger.acled.sub_event_type) == pair for c in chosen):
                reject(notes, hit.token_i, hit.trigger.id, "fired, not kept: same type as a stronger trigger")
                continue
            if any(
                c.trigger.acled.event_type == hit.trigger.acled.event_type
                and _linked(hit.doc, c.token_i, hit.token_i)
                for c in chosen
            ):
                reject(notes, hit.token_i, hit.trigger.id, "fired, not kept: linked to a trigger of its type")
                continue
            chosen.append(hit)
        return sorted(chosen, key=lambda h: h.token_i)


@lru_cache(maxsize=1)
def default_matcher() -> TriggerMatcher:
    return TriggerMatcher(triggers(), cues())
