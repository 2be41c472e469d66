"""Trigger matching: which token of a parsed sentence announces which kind of event.

Verbal triggers match a VERB by lemma; nominal triggers match a NOUN/PROPN by lemma, and when the entry
lists `modifiers`, only with one of them as a compound, adjective or hyphenated prefix ("drone strike",
"roadside bomb"). Territorial verbs that need a place or position as object ("seized the town", not
"seized weapons") are checked against the sentence's toponyms and the position nouns. One sentence gives
its highest-priority trigger and any other trigger of a different ACLED event type (see `select`).

Triggers with no ACLED type (consultations, accusations, threats, sanctions...: PLOVER types ACLED has
no category for) are looked for only when the matcher's scope is "all" (`extract.event_scope`); they
count as their own kind, keyed by PLOVER type, when `select` compares types.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from frontlines.code.plover_frames import _FrameWords, frame_hits
from frontlines.code.pronoun_place import place_named
from frontlines.code.sense_guards import guard_reason
from frontlines.code.trigger_exclusions import excluded
from frontlines.code.trigger_hit import TriggerHit, type_key
from frontlines.code.trigger_select import select_events
from frontlines.code.trigger_syntax import (
    _NOT_EVENT_ENTS,
    _NOUN_POS,
    _OBJECT_PREPS,
    _PARTICLE_WORDS,
    _VERB_POS,
    ASPECT_VERBS,
    _clause_verb_in,
    _complement_aux,
    _direct_objects,
    _hyphenated,
    _negated_by_without,
    _np_heads,
    _np_tokens,
    _object_of,
    _particle_before_prep,
    _preps,
    _skyward,
    _subjects,
    _under,
    misread_verb_head,
    told_with_toll,
)
from frontlines.knowledge import Trigger, TriggerFile, cues, triggers
from frontlines.knowledge_cues import CueFile
from frontlines.trace import TriggerNote, reject

__all__ = ["TriggerHit", "TriggerMatcher", "default_matcher", "frame_hits", "type_key"]


class TriggerMatcher:
    def __init__(self, lexicon: TriggerFile, cue_file: CueFile, scope: str = "conflict") -> None:
        self.version = lexicon.version if scope == "conflict" else f"{lexicon.version}+{scope}"
        self._scope = scope
        self._verbs: dict[str, list[Trigger]] = {}
        self._nouns: dict[str, list[Trigger]] = {}
        self._verb_forms: dict[str, list[Trigger]] = {}
        for trig in lexicon.triggers:
            if not trig.in_scope(scope):
                continue
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
        self.relaxes = scope == "all"
        self._frames: dict[str, Trigger] = {
            t.frame: t for t in lexicon.triggers if t.frame is not None and t.in_scope(scope)
        }
        self._frame_words = (
            _FrameWords(cue_file.plover_frames, cue_file.threat_marks) if cue_file.plover_frames else None
        )

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
        objs = _direct_objects(tok) if preps is None else []
        # "set up a base": the particle's object, "set fire to houses": the prepositional object
        # a place named by "near" / "in" / "on" is where it happened, not what was taken
        open_preps = _OBJECT_PREPS if kind == "place_or_position" else None
        objs += [
            g
            for c in tok.children
            if c.dep_ in ("prt", "prep")
            and (c.lower_ in preps if preps is not None else open_preps is None or c.lower_ in open_preps)
            for g in c.children
            if g.dep_ == "pobj" and not _skyward(c)
        ]
        if preps is not None and "with" in preps:
            # "striking government targets with drones": the instrument the parser hung on the object
            objs += [
                g
                for o in tok.children
                if o.dep_ == "dobj"
                for c in o.children
                if c.dep_ == "prep" and c.lower_ == "with"
                for g in c.children
                if g.dep_ == "pobj"
            ]
        if preps is not None:
            # "pulled out of the talks", "walked away from the deal": a two-word preposition
            objs += [
                g
                for c in tok.children
                if c.lower_ in ("out", "away")
                for p in c.children
                if p.dep_ == "prep" and p.lower_ in preps
                for g in p.children
                if g.dep_ == "pobj"
            ]
        if tok.pos_ in _NOUN_POS:
            objs += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
        if tok.dep_ == "acl" and tok.head.pos_ in _NOUN_POS:
            objs.append(tok.head)  # "a deal, signed in Zawiya", "the deal brokered by elders"
        if kind == "place_or_position":
            # "have taken full control of Rubaya": what is controlled (a proper name there is a place)
            controlled = [
                g
                for o in objs
                if o.lemma_.lower() == "control"
                for c in o.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children
                if g.dep_ == "pobj"
            ]
            if any(g.pos_ == "PROPN" or _it_for_place(g, toponym_tokens, nouns) for g in controlled):
                return True
            objs += controlled
            if tok.lemma_.lower() != "take" and any(_it_for_place(o, toponym_tokens, nouns) for o in objs):
                return True  # "the town of Lalibela ... after the rebels had seized it"
        for obj in objs:
            heads = _np_heads(obj)
            if kind != "place_or_position":
                # "mortar rounds", "car bombs", "martial law": the modifier says what it is
                heads += [c for h in heads for c in h.children if c.dep_ in ("compound", "amod")]
            if kind == "place_or_position" and any(place_named(h, toponym_tokens, nouns) for h in heads):
                return True
            if any(h.lemma_.lower() in nouns or h.lower_ in nouns for h in heads):
                return True
        return False

    def _subject_ok(self, tok: Any, kind: str, toponym_tokens: set[int]) -> bool:
        """The verb's subject is of the required kind ("warplanes struck", "a missile hit")."""
        nouns = self._objects[kind]
        for sub in _subjects(tok):
            for t in _np_tokens(sub):
                if t.lemma_.lower() in nouns or t.lower_ in nouns:
                    return True
                # "recaptured the port town ..., a year after it fell to insurgents"
                if kind == "place_or_position" and (
                    t.i in toponym_tokens or _it_for_place(t, toponym_tokens, nouns)
                ):
                    return True
        return False

    @staticmethod
    def _governor(tok: Any, verbs: list[str]) -> Any | None:
        """The verb a noun trigger is the object of, when it is one of `verbs` ("opened fire")."""
        while tok.dep_ == "conj" and tok.head.i != tok.i:
            tok = tok.head  # "taken a priest and several churchgoers hostage"
        head = tok.head
        if tok.dep_ in ("dobj", "nsubjpass", "oprd") and head.pos_ == "VERB" and head.lemma_.lower() in verbs:
            return head
        if (
            tok.dep_ == "nsubj"
            and head.pos_ == "VERB"
            and head.lemma_.lower() in verbs
            and head.lemma_.lower() in ASPECT_VERBS
            and not any(c.dep_ == "dobj" for c in head.children)
        ):
            return head  # "the operation would continue", "a new operation will begin next week"
        if tok.dep_ == "pobj" and head.lower_ == "under" and head.head.pos_ == "VERB":
            # "came under fire", "came under heavy shelling"
            verb = head.head
            return verb if verb.lemma_.lower() in verbs else None
        if tok.dep_ == "pobj" and head.lower_ == "on" and head.head.pos_ == "VERB":
            # "went on strike"
            verb = head.head
            return verb if verb.lemma_.lower() in verbs else None
        return None

    @staticmethod
    def _modified_by(tok: Any, words: list[str]) -> bool:
        wanted = {w.lower() for w in words}
        # a proper name's word is no modifier of the act ("Tamil Tiger rebels attacked": not an animal's)
        return any(
            c.lemma_.lower() in wanted or c.lower_ in wanted
            for c in tok.subtree
            if c.i < tok.i and c.pos_ != "PROPN"
        )

    def _is_trigger_noun(self, tok: Any) -> bool:
        return tok.pos_ in _NOUN_POS and (tok.lemma_.lower() in self._nouns or tok.lower_ in self._nouns)

    def find(
        self,
        parse: Any,
        toponym_tokens: set[int],
        notes: list[TriggerNote] | None = None,
        relax: bool = False,
    ) -> list[TriggerHit]:
        """The trigger of each token, if any; entries turned down go to `notes` with the reason. With
        `relax`, a PLOVER-only entry whose object is not of its listed kind still fires, marked
        `relaxed` (for a sentence where nothing fires otherwise: `relaxed_hits`)."""
        hits: list[TriggerHit] = []
        for tok in parse:
            lemma = tok.lemma_.lower()
            joined = _hyphenated(tok)
            options: Sequence[Trigger]
            misread = misread_verb_head(tok) if tok.lower_ in self._verb_forms else None
            if misread is not None:
                # "gunmen on a motorcycle shot dead a leader": the verb read as a noun
                options = self._verb_forms[tok.lower_]
            elif joined is not None and (joined in self._nouns or joined[:-1] in self._nouns):
                # "a peaceful sit-in", "a Ukrainian counter-offensive": split at the hyphen and read
                # as "in" or an adjective, the compound is the noun of the lexicon
                options = self._nouns.get(joined) or self._nouns[joined[:-1]]
            elif tok.pos_ in _VERB_POS:
                options = self._verbs.get(lemma, ()) or self._verb_forms.get(tok.lower_, ())
            elif tok.pos_ in _NOUN_POS and tok.ent_type_ not in _NOT_EVENT_ENTS:
                options = self._nouns.get(lemma, ()) or self._nouns.get(tok.lower_, ())
            else:
                if tok.pos_ in _NOUN_POS and lemma in self._nouns:
                    reject(notes, tok.i, self._nouns[lemma][0].id, f"part of a {tok.ent_type_} name")
                continue
            # entries turned down for a word that another entry takes are not worth a note
            pending: list[TriggerNote] = []
            for trig in sorted(options, key=lambda t: -t.priority):
                if trig.acled is None and (tok.dep_ == "amod" or tok.ent_type_):
                    # "the outlawed PKK", "US-backed forces", "Popular Mobilization Forces"
                    reject(pending, tok.i, trig.id, "an adjective or part of a name")
                    continue
                start_i = tok.i
                head = tok if misread is None else misread
                if misread is not None:
                    pass
                elif trig.governor_verbs and tok.pos_ in _NOUN_POS:
                    gov = self._governor(tok, trig.governor_verbs)
                    if gov is None:
                        reject(pending, tok.i, trig.id, f"not the object of {'/'.join(trig.governor_verbs)}")
                        continue
                    head, start_i = gov, min(tok.i, gov.i)
                elif tok.pos_ in _NOUN_POS and tok.dep_ == "compound" and not self._is_trigger_noun(tok.head):
                    # "riot police", "protest organisers", "attack helicopters"
                    reject(pending, tok.i, trig.id, "a modifier of a noun that is no event")
                    continue
                if trig.modifiers and tok.pos_ in _NOUN_POS:
                    mod = self._modifier(tok, trig)
                    if mod is None:
                        reject(
                            pending, tok.i, trig.id, f"needs a modifier: {'/'.join(trig.modifiers[:4])}..."
                        )
                        continue
                    start_i = min(start_i, mod.i)
                if trig.object_required and not self._object_ok(head, trig, toponym_tokens):
                    if (
                        relax
                        and trig.acled is None
                        and trig.object_required not in ("place_or_position", "self")
                    ):
                        # the object lists are never complete ("freed 11 Saudi fishermen"): with nothing
                        # else in the sentence, a PLOVER entry stands without its object
                        trig = trig.model_copy(update={"relaxed": True})
                    else:
                        reject(
                            pending,
                            tok.i,
                            trig.id,
                            f"no {trig.object_required or 'place_or_position'} object",
                        )
                        continue
                particles = {
                    c.lower_
                    for c in tok.children
                    if c.dep_ == "prt"
                    or (c.dep_ == "advmod" and c.lower_ in _PARTICLE_WORDS)
                    # "were shipped out of the enclave": the parser takes a particle before a preposition
                    # for a preposition; read so only for PLOVER-only triggers for now (for ACLED's
                    # pull_out it finds the withdrawal, but ACLED's actor1 there is who gains the land)
                    or (trig.acled is None and _particle_before_prep(c))
                }
                if particles & set(trig.excluded_particles):
                    reject(pending, tok.i, trig.id, f"excluded particle {sorted(particles)}")
                    continue  # "shot down 17 drones" is not an attack
                if trig.required_particles and not particles & set(trig.required_particles):
                    reject(pending, tok.i, trig.id, f"needs particle {'/'.join(trig.required_particles)}")
                    continue
                if trig.required_preps and not _preps(tok) & set(trig.required_preps):
                    reject(pending, tok.i, trig.id, f"needs preposition {'/'.join(trig.required_preps)}")
                    continue  # "called on / for"
                if trig.complement_aux and not _complement_aux(tok, trig.complement_aux):
                    reject(
                        pending, tok.i, trig.id, f"needs {'/'.join(trig.complement_aux)} in its complement"
                    )
                    continue
                if trig.excluded_modifiers and self._modified_by(tok, trig.excluded_modifiers):
                    reject(pending, tok.i, trig.id, "excluded modifier")
                    continue
                if (
                    trig.excluded_clause_verbs
                    and tok.pos_ in _NOUN_POS
                    and _clause_verb_in(tok, trig.excluded_clause_verbs)
                    and not told_with_toll(tok)
                ):
                    reject(pending, tok.i, trig.id, "part of, or a reference from, the act of its clause")
                    continue  # "detained 14 Palestinians in overnight raids"
                if trig.excluded_object_of and _object_of(tok, trig.excluded_object_of):
                    reject(pending, tok.i, trig.id, "what is fled or stopped, not an event told")
                    continue  # "300,000 people have fled fighting", "if the group stops attacking"
                if trig.subject_required and not self._subject_ok(
                    head, trig.subject_required, toponym_tokens
                ):
                    reject(pending, tok.i, trig.id, f"no {trig.subject_required} subject")
                    continue
                if excluded(head, trig, self._scope) or _negated_by_without(head):
                    reject(pending, tok.i, trig.id, "excluded subject, object or preposition, or 'without'")
                    continue
                if trig.excluded_heads and _under(tok, trig.excluded_heads):
                    reject(pending, tok.i, trig.id, "governed by an excluded word (since, end...)")
                    continue
                if (sense := guard_reason(tok, trig.id, self._scope)) is not None:
                    reject(pending, tok.i, trig.id, sense)
                    continue
                hits.append(TriggerHit(parse, head.i, start_i, trig, max(tok.i, head.i)))
                break
            else:
                if notes is not None:
                    notes.extend(pending)
        if self._frames and self._frame_words is not None:
            hits += frame_hits(parse, hits, self._frames, self._frame_words)
        return hits

    def relaxed_hits(self, parse: Any, toponym_tokens: set[int]) -> list[TriggerHit]:
        """With every PLOVER type coded (scope "all"), for a sentence where no trigger fired: the
        PLOVER-only entries that fail only for want of an object of their listed kind ("freed 11 Saudi
        fishermen", "beat detained Islamists", "returned the seized fishing boats to Japan")."""
        if not self.relaxes:
            return []
        found = self.find(parse, toponym_tokens, None, relax=True)
        return [h for h in self.select(found) if h.trigger.relaxed]

    select = staticmethod(select_events)


@lru_cache(maxsize=2)
def default_matcher(scope: str = "conflict") -> TriggerMatcher:
    return TriggerMatcher(triggers(), cues(), scope)


def _it_for_place(tok: Any, toponym_tokens: set[int], nouns: Any) -> bool:
    """ "it" standing for a place told earlier in the sentence ("retook the town of Lalibela after the
    rebels had taken control of it", "recaptured the port town a year after it fell to insurgents")."""
    if tok.lower_ != "it":
        return False
    return any(
        t.i in toponym_tokens or (t.pos_ == "NOUN" and (t.lemma_.lower() in nouns or t.lower_ in nouns))
        for t in tok.sent
        if t.i < tok.i
    )
