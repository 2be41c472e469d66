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
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from frontlines.knowledge import CueFile, PloverFrames, Trigger, TriggerFile, actors, cues, triggers
from frontlines.trace import TriggerNote, reject

_VERB_POS = {"VERB"}
_NOUN_POS = {"NOUN", "PROPN"}
# a noun inside one of these named entities is not an event word ("in March", "Rally Square")
_NOT_EVENT_ENTS = {"DATE", "TIME", "PERSON", "GPE", "LOC", "FAC", "WORK_OF_ART", "PRODUCT", "LAW"}


# clauses hanging off a noun phrase are not part of it ("steps to isolate Pakistan")
_CLAUSE_DEPS = {"acl", "relcl", "advcl", "xcomp", "ccomp", "appos"}
# quantity and part nouns whose "of" phrase holds the real head ("control of the town", "parts of Marawi")
# adverbs the parser sometimes attaches as advmod where they are verb particles ("shot down")
_PARTICLE_WORDS = {"down", "up", "back", "off", "out", "away", "apart", "forward", "ahead", "deeper"}
_RELATIVE = {"that", "which", "who", "whom"}
_OBJECT_PREPS = {"of", "over", "up"}
_REFLEXIVE = {"myself", "yourself", "himself", "herself", "itself", "ourselves", "yourselves", "themselves"}


def _particle_before_prep(tok: Any) -> bool:
    """A particle the parser took for a preposition because a preposition follows ("out of", "away
    from", "back from")."""
    return bool(
        tok.dep_ == "prep" and tok.lower_ in _PARTICLE_WORDS and any(g.dep_ == "prep" for g in tok.children)
    )


def _np_tokens(head: Any) -> list[Any]:
    """The tokens of the noun phrase headed by `head`, without the clauses attached to it."""
    out = [head]
    for child in head.children:
        if child.dep_ not in _CLAUSE_DEPS and child.pos_ not in ("VERB", "AUX"):
            out.extend(_np_tokens(child))
    return out


def _np_heads(obj: Any) -> list[Any]:
    """The head nouns an object phrase refers to: itself, its conjuncts, and the objects of its "of"
    phrases ("full control of the town", "parts of the southern city of Marawi")."""
    heads = [obj]
    for child in obj.children:
        if child.dep_ == "conj":
            heads.extend(_np_heads(child))
        elif child.dep_ == "prep" and child.lower_ == "of":
            heads.extend(h for g in child.children if g.dep_ == "pobj" for h in _np_heads(g))
    return heads


def _negated_by_without(tok: Any) -> bool:
    """ "entered the city without firing a shot", "pulled out without a fight": no event."""
    return tok.dep_ in ("pcomp", "pobj") and tok.head.lower_ == "without"


def _skyward(prep: Any) -> bool:
    """ "into the air", "in the air": shots fired at nothing ("fighters fired into the air"), not at a
    target nor an aircraft."""
    return prep.lower_ in ("into", "in") and any(
        g.dep_ == "pobj" and g.lower_ == "air" for g in prep.children
    )


def _under(tok: Any, words: list[str]) -> bool:
    """The noun phrase or clause holding `tok` is governed by one of `words`: the first verb above it
    (by lemma), a preposition on the way up, or that verb's subordinating conjunction ("since the
    ceasefire began", "an agreement to end six weeks of fighting")."""
    wanted = {w.lower() for w in words}
    cur = tok
    for _ in range(4):
        if cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.lower_ in wanted:
            return True
        if cur.pos_ in ("VERB", "AUX"):
            return cur.lemma_.lower() in wanted or any(
                c.dep_ == "mark" and c.lower_ in wanted for c in cur.children
            )
    return False


_CLAUSE_EDGES = {"advcl", "ccomp", "conj", "relcl", "parataxis", "xcomp", "csubj"}


def _clause_verb_in(tok: Any, verbs: list[str]) -> bool:
    """True when a verb of `verbs` governs the noun `tok` inside one clause, through prepositions,
    objects, gerunds and participles ("detained 17 people in raids", "arrested two men suspected of
    carrying out the attack", "arrested 11 suspects in connection with the attack")."""
    wanted = {v.lower() for v in verbs}
    cur = tok
    while cur.head.i != cur.i and (
        cur.dep_ not in _CLAUSE_EDGES
        # a reduced participle clause belongs to its governor's: "arrested two men, suspected of ..."
        or (
            cur.dep_ == "advcl"
            and cur.tag_ == "VBN"
            and not any(c.dep_.startswith("nsubj") for c in cur.children)
        )
    ):
        cur = cur.head
        if cur.pos_ in _VERB_POS and cur.lemma_.lower() in wanted:
            return True
    return False


def _prep_objects(tok: Any, preps: tuple[str, ...]) -> set[str]:
    """The words (and lemmas) of the objects of `preps` on `tok`, with their conjuncts."""
    out: set[str] = set()
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in preps:
            for g in c.children:
                if g.dep_ == "pobj":
                    for w in (g, *(x for x in g.conjuncts)):
                        out |= {w.lower_, w.lemma_.lower()}
    return out


def _hyphenated(tok: Any) -> str | None:
    """The hyphenated compound a token ends ("sit-in", "counter-offensive"), lower case, when the
    tokenizer split it at the hyphen; None otherwise."""
    if tok.i < 2:
        return None
    hyphen, first = tok.doc[tok.i - 1], tok.doc[tok.i - 2]
    if hyphen.text != "-" or hyphen.whitespace_ or first.whitespace_ or not first.is_alpha:
        return None
    return f"{first.lower_}-{tok.lower_}"


def _subjects(tok: Any) -> list[Any]:
    """Who or what does the verb: its subject, the agent of a passive, the subject it shares with a
    verb it is coordinated with ("soldiers broke in and raped"), the noun a relative clause hangs on."""
    subs = [c for c in tok.children if c.dep_ in ("nsubj", "csubj") and c.lower_ not in _RELATIVE]
    subs += [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if not subs and tok.dep_ == "conj" and tok.head.i != tok.i:
        return _subjects(tok.head)
    if not subs and tok.dep_ in ("relcl", "acl") and tok.head.i != tok.i:
        subs = [tok.head]
    if not subs and tok.dep_ == "xcomp" and tok.head.i != tok.i:
        # "units continued to advance", "gunmen tried to storm": the governing verb's subject does it;
        # so does the subject of a passive of saying or belief ("warplanes were said to have struck")
        return _subjects(tok.head) or [c for c in tok.head.children if c.dep_ == "nsubjpass"]
    return subs


_CLAUSE_ARCS = {"advcl", "conj", "ccomp", "xcomp", "relcl", "parataxis", "pcomp"}


def _linked(parse: Any, a: int, b: int) -> bool:
    """True when one token governs the other inside one phrase ("car bombs driven by suicide
    attackers", "the capture of the town in heavy fighting"), not when they head clauses of their own
    ("seized parts of the city, battling government troops") or are coordinated ("shelling and air
    strikes")."""
    for x, y in ((a, b), (b, a)):
        cur = parse[y]
        clause = False
        while cur.head.i != cur.i:
            clause = clause or cur.dep_ in _CLAUSE_ARCS
            if cur.head.i == x:
                if not clause:
                    return True
                break
            cur = cur.head
    return False


def _complement_aux(tok: Any, auxiliaries: list[str]) -> bool:
    """The verb's clausal complement carries one of the auxiliaries: "said Iraq must comply", "asked
    Iraq to allow"."""
    wanted = {a.lower() for a in auxiliaries}
    return any(
        c.dep_ in ("ccomp", "xcomp") and any(a.dep_ == "aux" and a.lower_ in wanted for a in c.children)
        for c in tok.children
    )


@dataclass(frozen=True)
class TriggerHit:
    doc: Any
    token_i: int
    start_i: int
    """first token of the trigger phrase (the modifier in "drone strike")"""
    trigger: Trigger
    end_i: int = -1
    """last token of the trigger phrase when it is past `token_i` ("opened fire"); -1: token_i"""


def type_key(trig: Trigger) -> tuple[str, str]:
    """(event type, sub-type) a trigger codes: its ACLED pair, else ("PLOVER " + type, mode)."""
    if trig.acled is not None:
        return trig.acled.event_type, trig.acled.sub_event_type
    return f"PLOVER {trig.plover.type}", trig.plover.mode or ""


class TriggerMatcher:
    def __init__(self, lexicon: TriggerFile, cue_file: CueFile, scope: str = "conflict") -> None:
        self.version = lexicon.version if scope == "conflict" else f"{lexicon.version}+{scope}"
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
        objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")] if preps is None else []
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
        for obj in objs:
            heads = _np_heads(obj)
            if kind != "place_or_position":
                # "mortar rounds", "car bombs", "martial law": the modifier says what it is
                heads += [c for h in heads for c in h.children if c.dep_ in ("compound", "amod")]
            if kind == "place_or_position" and any(h.i in toponym_tokens for h in heads):
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
                if kind == "place_or_position" and t.i in toponym_tokens:
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
        if tok.dep_ == "pobj" and head.lower_ == "on" and head.head.pos_ == "VERB":
            # "went on strike"
            verb = head.head
            return verb if verb.lemma_.lower() in verbs else None
        return None

    def _excluded(self, tok: Any, trig: Trigger) -> bool:
        subjects = _subjects(tok)
        if not subjects and tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.head.i != tok.i:
            # "Typhoon Goni battered the coast, killing 16": a participle shares its governor's subject
            subjects = _subjects(tok.head)
        if trig.excluded_subjects:
            banned = {w.lower() for w in trig.excluded_subjects}
            # the head or a compound before it: "Super Typhoon Goni"
            named = [w for s in subjects for w in (s, *(c for c in s.children if c.dep_ == "compound"))]
            if any(w.lemma_.lower() in banned or w.lower_ in banned for w in named):
                return True
        banned_objs = {w.lower() for w in trig.excluded_objects}
        if trig.object_required != "self":
            # "defended themselves" is no act on another; "blew himself up" is the act on oneself
            banned_objs |= _REFLEXIVE
        objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        if (
            tok.pos_ == "VERB"
            and tok.lemma_.lower() in trig.intransitive_verbs
            and any(c.dep_ == "dobj" for c in tok.children)
        ):
            return True  # "marched the children into the bush": made others march
        if trig.excluded_arenas:
            # "a fierce battle in parliament", "the fight at the polls": a contest, not violence
            arenas = {w.lower() for w in trig.excluded_arenas}
            where = [
                g
                for c in tok.children
                if c.dep_ == "prep" and c.lower_ in ("in", "at")
                for g in c.children
                if g.dep_ == "pobj"
            ]
            if any(g.lower_ in arenas or g.lemma_.lower() in arenas for g in where):
                return True
        if trig.excluded_aims and _prep_objects(tok, ("for",)) & {w.lower() for w in trig.excluded_aims}:
            return True  # "fighting for his life", "the fight for subscribers"
        if trig.excluded_contenders:
            # "a battle between Kurdish and Shi'ite lawmakers", "lawmakers clashed with ministers"
            rivals = _prep_objects(tok, ("between", "among", "with")) | {
                w for s in subjects for w in (s.lower_, s.lemma_.lower())
            }
            if rivals & {w.lower() for w in trig.excluded_contenders}:
                return True
        return any(o.lower_ in banned_objs or o.lemma_.lower() in banned_objs for o in objs)

    @staticmethod
    def _modified_by(tok: Any, words: list[str]) -> bool:
        wanted = {w.lower() for w in words}
        return any(c.lemma_.lower() in wanted or c.lower_ in wanted for c in tok.subtree if c.i < tok.i)

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
            if joined is not None and (joined in self._nouns or joined[:-1] in self._nouns):
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
                head = tok
                if trig.governor_verbs and tok.pos_ in _NOUN_POS:
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
                if trig.required_preps and not {
                    c.lower_ for c in tok.children if c.dep_ in ("prep", "prt") and not _skyward(c)
                } & set(trig.required_preps):
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
                ):
                    reject(pending, tok.i, trig.id, "part of, or a reference from, the act of its clause")
                    continue  # "detained 14 Palestinians in overnight raids"
                if trig.subject_required and not self._subject_ok(
                    head, trig.subject_required, toponym_tokens
                ):
                    reject(pending, tok.i, trig.id, f"no {trig.subject_required} subject")
                    continue
                if self._excluded(head, trig) or _negated_by_without(head):
                    reject(pending, tok.i, trig.id, "excluded subject, object or preposition, or 'without'")
                    continue
                if trig.excluded_heads and _under(tok, trig.excluded_heads):
                    reject(pending, tok.i, trig.id, "governed by an excluded word (since, end...)")
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

    @staticmethod
    def select(
        hits: Sequence[TriggerHit], limit: int = 3, notes: list[TriggerNote] | None = None
    ) -> list[TriggerHit]:
        """The events of one sentence: the highest-priority trigger, plus others of a different ACLED
        type (a sentence can report a clash and an air strike). A killing verb beside another trigger
        is that event's outcome, not an event of its own (beside arson or looting only, it is one);
        so is a second trigger of the same type, an `outcome` trigger governed by another ("struck
        hideouts, destroying two vehicles"), and a `generic` trigger beside a specific one of the same
        PLOVER type ("air strikes ... in the deadliest attack"). A noun trigger that another trigger
        acts on ("15 rioters were arrested") is that trigger's patient, not an event."""
        specific = {h.trigger.plover.type for h in hits if not h.trigger.generic and h.trigger.id != "kill"}
        kept = []
        for h in hits:
            if h.trigger.generic and h.trigger.plover.type in specific:
                reject(
                    notes, h.token_i, h.trigger.id, "fired, not kept: a generic word beside a specific one"
                )
            elif any(
                _patient_of(h, o)
                # "a suicide bomber killed 12 people": the specific doer is the event the generic
                # verb is dropped for, not a participant of it
                and not (
                    o.trigger.generic
                    and not h.trigger.generic
                    and o.trigger.plover.type == h.trigger.plover.type
                )
                for o in hits
                if o is not h
            ):
                reject(notes, h.token_i, h.trigger.id, "fired, not kept: a participant of another trigger")
            else:
                kept.append(h)
        hits = kept
        chosen: list[TriggerHit] = []
        for hit in sorted(hits, key=lambda h: (-h.trigger.priority, h.token_i)):
            if len(chosen) >= limit:
                reject(notes, hit.token_i, hit.trigger.id, f"fired, not kept: {limit} events already")
                break
            # a killing beside property set on fire or looted is an act of its own ("40 civilians were
            # killed in the camp, and the militants set fire to shops")
            if hit.trigger.id == "kill" and any(c.trigger.plover.mode != "destroy" for c in chosen):
                reject(notes, hit.token_i, "kill", "fired, not kept: the outcome of another trigger")
                continue
            if hit.trigger.outcome and any(_governs(c, hit) for c in hits if c is not hit):
                reject(notes, hit.token_i, hit.trigger.id, "fired, not kept: the outcome of another trigger")
                continue
            pair = type_key(hit.trigger)
            if any(type_key(c.trigger) == pair and not _own_clauses(c, hit) for c in chosen):
                reject(notes, hit.token_i, hit.trigger.id, "fired, not kept: same type as a stronger trigger")
                continue
            if any(
                type_key(c.trigger)[0] == pair[0] and _linked(hit.doc, c.token_i, hit.token_i) for c in chosen
            ):
                reject(notes, hit.token_i, hit.trigger.id, "fired, not kept: linked to a trigger of its type")
                continue
            chosen.append(hit)
        return sorted(chosen, key=lambda h: h.token_i)


def _patient_of(noun: TriggerHit, other: TriggerHit) -> bool:
    """`noun` is a participant of `other`'s event, not an event: its patient ("15 rioters were
    arrested", "fired on protesters") or, for a noun naming people ("protesters"), its doer
    ("protesters stormed parliament")."""
    tok = noun.doc[noun.token_i]
    if tok.pos_ not in _NOUN_POS and tok.dep_ != "acl":
        return False
    if tok.dep_ in ("dobj", "nsubjpass") and tok.head.i == other.token_i:
        return noun.trigger.plover.type != other.trigger.plover.type
    if tok.dep_ == "pobj" and tok.head.head.i == other.token_i and tok.head.lower_ in ("on", "at", "against"):
        # "soldiers fired on protesters"
        return noun.trigger.plover.type != other.trigger.plover.type
    other_tok = noun.doc[other.token_i]
    if tok.dep_ == "acl" and type_key(noun.trigger)[0] != type_key(other.trigger)[0]:
        # "shot down 37 of the 43 drones launched at targets": a detail of the thing acted on
        return any(a.i == other.token_i for a in tok.head.ancestors)
    return (
        tok.lemma_.lower().endswith(("er", "or"))
        and other_tok.pos_ == "VERB"
        and any(s.i == tok.i for s in _subjects(other_tok))
    )


def _own_clauses(a: TriggerHit, b: TriggerHit) -> bool:
    """Two verbs with subjects of their own that differ: two events of one type ("Hezbollah fired
    missiles at army posts, and Israeli artillery pounded the village")."""
    ta, tb = a.doc[a.token_i], b.doc[b.token_i]
    if ta.pos_ != "VERB" or tb.pos_ != "VERB":
        return False
    sa = [c for c in ta.children if c.dep_ == "nsubj"]
    sb = [c for c in tb.children if c.dep_ == "nsubj"]
    return bool(sa and sb) and sa[0].lemma_.lower() != sb[0].lemma_.lower()


def _governs(governor: TriggerHit, dependent: TriggerHit) -> bool:
    """`dependent` is a participle or clause of `governor`'s verb, or coordinated with one ("struck
    hideouts, killing 14 militants and destroying two vehicles")."""
    tok = dependent.doc[dependent.token_i]
    while tok.dep_ in ("advcl", "xcomp", "conj") and tok.head.i != tok.i:
        tok = tok.head
        if tok.i == governor.token_i:
            return True
    return False


_PERSONAL = {"it", "he", "she", "they", "we", "i"}


def _low(words: list[str]) -> set[str]:
    return {w.lower() for w in words}


class _FrameWords:
    """cues.v1.yaml `plover_frames` as lower-case sets, with the nouns that name a party (a government,
    a force, a generic group: actors.v1.yaml) and the words that make an announced act a threat
    ("unless")."""

    def __init__(self, f: PloverFrames, threat_marks: list[str]) -> None:
        self.governors = _low(f.intent_governors)
        self.adjectives = _low(f.intent_adjectives)
        self.nouns = _low(f.intent_nouns)
        self.announce = _low(f.announce_verbs)
        self.future = _low(f.future_aux)
        self.possible = _low(f.possibility_aux)
        self.warning = _low(f.warning_verbs)
        self.allege = _low(f.allege_verbs)
        self.stop = _low(f.stop_verbs)
        self.hostile = _low(f.hostile_words)
        self.hostile_preps = _low(f.hostile_preps)
        self.threat_marks = _low(threat_marks)
        self.directive = _low(f.directive_verbs)
        self.transfer = _low(f.transfer_verbs)
        self.not_goods = _low(f.not_goods)
        a = actors()
        self.parties = {w.lower() for k in ("government", "state_forces") for w in a.force_nouns.get(k, [])}
        self.parties |= {w.lower() for g in a.generic for w in g.nouns}


def _party(tok: Any, words: _FrameWords) -> bool:
    """A subject that can be a party to a PLOVER event: a personal pronoun, a name (a country,
    nationality, organisation or person), or a noun naming a government, a force or a group."""
    if tok.pos_ == "PRON":
        return tok.lower_ in _PERSONAL
    if tok.pos_ == "PROPN" or tok.ent_type_ in ("GPE", "NORP", "ORG", "PERSON"):
        return True
    return tok.lemma_.lower() in words.parties or tok.lower_ in words.parties


def _frame_subject(tok: Any) -> Any | None:
    """Who announces the act: the verb's own subject, else that of the verb, adjective or noun that
    governs its infinitive ("Israel is ready to work", "Japan expressed willingness to help")."""
    cur = tok
    for _ in range(3):
        subs = [c for c in cur.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subs:
            return subs[0]
        if cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def _hostile(tok: Any, words: _FrameWords) -> bool:
    """The announced act names force or is aimed against someone ("take military action against
    Kuwait", "turn the city into a sea of fire")."""
    if any(c.dep_ == "prep" and c.lower_ in words.hostile_preps for c in tok.children):
        return True
    near = [tok]
    objs = [c for c in tok.children if c.dep_ in ("dobj", "attr", "oprd")]
    objs += [g for c in tok.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    objs += [
        g for o in list(objs) for c in o.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"
    ]  # fmt: skip
    near += objs
    near += [m for o in objs for m in o.children if m.dep_ in ("amod", "compound")]
    return any(w.lemma_.lower() in words.hostile or w.lower_ in words.hostile for w in near)


def _party_phrase(tok: Any, words: _FrameWords) -> bool:
    """A noun phrase naming a party: a party itself ("Syria", "the government"), or people told by
    their country or nationality ("famine victims in Somalia", "Kurdish refugees")."""
    if _party(tok, words) and tok.pos_ != "PRON":
        return True
    mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "poss")]
    mods += [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "of") for g in c.children]
    return any(m.pos_ == "PROPN" or m.ent_type_ in ("GPE", "NORP") for m in mods)


def _transfer(tok: Any, words: _FrameWords) -> bool:
    """A thing handed over to a party: a transfer verb with an object that is no message, envoy or
    force and a recipient ("to Syria", "gave Bangladesh $30 million") that names a party."""
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    if not objs or any(o.lemma_.lower() in words.not_goods or o.lower_ in words.not_goods for o in objs):
        return False
    if any(o.lemma_.lower() in words.parties or o.lower_ in words.parties for o in objs):
        return False  # "sent troops to the border": a posting (MOBILIZE), not aid
    recipients = [c for c in tok.children if c.dep_ in ("dative", "iobj") and c.pos_ != "ADP"]
    recipients += [
        g for c in tok.children if c.dep_ in ("dative", "prep") and c.lower_ == "to" for g in c.children
        if g.dep_ == "pobj"
    ]  # fmt: skip
    return any(_party_phrase(r, words) for r in recipients)


def _negated(tok: Any) -> bool:
    return any(c.dep_ == "neg" for c in tok.children)


def frame_hits(
    parse: Any, hits: list[TriggerHit], frames: dict[str, Trigger], words: _FrameWords
) -> list[TriggerHit]:
    """PLOVER events of verbs the lexicon does not list, by the frame they stand in (extract.event_scope
    "all"). An act a party announces, offers or promises ("said it would send food", "is ready to work
    with Jordan", "expressed willingness to help Indonesia") is an intent (AGREE); one aimed against
    someone or naming force a threat (THREATEN); one it says it will not take a refusal (REJECT). A
    verb telling another party to act ("wants Britain to fund", "invited the UN to mediate") is a
    request (REQUEST); a thing handed over to a party ("delivered fighter planes to Syria") aid (AID);
    a warning that another party will act a threat (THREATEN), a charge that it did an accusation
    (ACCUSE). Tokens with a listed trigger, infinitives of a governor that has one
    ("threatened to", "agreed to") and verbs whose object or complement has one ("ready to host a
    meeting") are left to the lexicon (and the ontology's `plover.intent`)."""
    taken = {h.token_i for h in hits} | {h.start_i for h in hits}
    out: list[TriggerHit] = []
    for tok in parse:
        if tok.pos_ != "VERB" or tok.i in taken:
            continue
        lemma = tok.lemma_.lower()
        clauses = [c for c in tok.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")]
        if lemma in words.warning | words.governors and not _negated(tok) and "threat" in frames:
            # "warned Serbia of air strikes", "vowed revenge against Israel": the act warned of or vowed
            # is a listed event or a hostile word
            warned = (
                [
                    g
                    for c in tok.children
                    if c.dep_ == "prep" and c.lower_ in ("of", "against")
                    for g in c.children
                    if g.dep_ == "pobj" and g.i in taken
                ]
                if lemma in words.warning
                else []
            )
            vowed = [c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in words.hostile]
            subject = _frame_subject(tok)
            if (warned or vowed) and subject is not None and _party(subject, words):
                out.append(TriggerHit(parse, tok.i, tok.i, frames["threat"]))
                continue
        if lemma in words.warning | words.allege and clauses and not _negated(tok):
            # "warned Pakistan that New Delhi would hit back", "charged that Chinese troops had crossed"
            # a warning addressed to a party, or announcing what a party will do; a charge against a
            # party named in the clause (not "it", which may be the speaker)
            subject = _frame_subject(tok)
            said = [x for x in (_frame_subject(c) for c in clauses) if x is not None and _party(x, words)]
            if lemma in words.warning:
                kind = "threat"
                aimed = bool(said) or any(c.dep_ == "dobj" and _party(c, words) for c in tok.children)
            else:
                kind = "allegation"
                aimed = any(x.lower_ not in _PERSONAL for x in said)
            if kind in frames and aimed and subject is not None and _party(subject, words):
                out.append(TriggerHit(parse, tok.i, tok.i, frames[kind]))
                taken |= {c.i for c in clauses}
            continue
        if lemma in words.directive and "directive" in frames:
            # "wants Britain to fund", "invited the United Nations to mediate"
            told = [
                c
                for c in tok.children
                if c.dep_ in ("ccomp", "xcomp")
                and c.pos_ == "VERB"
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                and (
                    any(s.dep_ == "nsubj" for s in c.children)
                    or any(o.dep_ == "dobj" and o.i < c.i for o in tok.children)
                )
            ]
            subject = _frame_subject(tok)
            if told and subject is not None and _party(subject, words) and not _negated(tok):
                out.append(TriggerHit(parse, tok.i, tok.i, frames["directive"]))
            continue
        governs_trigger = any(
            c.i in taken for c in tok.children if c.dep_ in ("dobj", "xcomp", "ccomp", "attr")
        )
        if lemma in words.transfer and "transfer" in frames and not governs_trigger and _transfer(tok, words):
            subject = _frame_subject(tok)
            if subject is not None and _party(subject, words) and not _negated(tok):
                out.append(TriggerHit(parse, tok.i, tok.i, frames["transfer"]))
                continue
        head = tok.head
        if head.i == tok.i and tok.dep_ != "ROOT":
            continue
        aux = {c.lower_ for c in tok.children if c.dep_ == "aux"}
        infinitive = "to" in aux and tok.dep_ in ("xcomp", "acl") and head.i not in taken
        announced = (
            (
                infinitive
                and (
                    (head.pos_ == "VERB" and head.lemma_.lower() in words.governors)
                    or (head.pos_ == "ADJ" and head.lemma_.lower() in words.adjectives)
                    or (head.pos_ == "NOUN" and head.lemma_.lower() in words.nouns)
                )
            )
            or (
                bool(aux & words.future)
                and "have" not in aux
                and (tok.dep_ == "ROOT" or (tok.dep_ == "ccomp" and head.lemma_.lower() in words.announce))
            )
            or (bool(aux & words.possible) and tok.dep_ == "ccomp" and head.lemma_.lower() in words.announce)
        )
        if not announced:
            continue
        if governs_trigger:
            # "gave a warm welcome to", "prepared to resume shelling", "ready to host a meeting": the
            # listed trigger is the act
            continue
        subject = _frame_subject(tok)
        if subject is None or not _party(subject, words):
            continue
        hostile = _hostile(tok, words)
        if lemma in words.stop and not hostile:
            continue
        # "would close the strait unless ...": an act announced on a condition of that kind is a threat
        hostile = hostile or any(t.lower_ in words.threat_marks for t in tok.sent)
        refused = _negated(tok) or (infinitive and _negated(head))
        kind = "refusal" if refused and not hostile else "threat" if hostile and not refused else "intent"
        if kind in frames:
            out.append(TriggerHit(parse, tok.i, tok.i, frames[kind]))
    return out


@lru_cache(maxsize=2)
def default_matcher(scope: str = "conflict") -> TriggerMatcher:
    return TriggerMatcher(triggers(), cues(), scope)
