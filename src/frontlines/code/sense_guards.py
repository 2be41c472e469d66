"""Sense guards: local contexts in which a trigger word of the lexicon tells no conflict event — a campaign
rally, troops marching in a parade, a test-fired missile, a film that "bombed", a labour strike, a battle
in a film's plot, the toll of a whole war in a relative clause, a trend ("attacks have grown more
frequent"), a scare-quoted metaphor ("shooting blanks"), an accidental explosion. Each guard is data
(`data/senses.v1.yaml`, schema frontlines/senses/1): the trigger entries it applies to and conditions on
the trigger token, its ancestors and its sentence, all of which must hold. `guard_reason` is asked by the
trigger matcher (`code.triggers`) for every token an entry would fire on.
"""

from __future__ import annotations

import re
from collections.abc import Set
from functools import lru_cache
from importlib import resources
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, PrivateAttr, ValidationError, model_validator

from frontlines.code.clause import has_to
from frontlines.errors import KnowledgeError
from frontlines.knowledge_file import FileHeader

SENSES_FILE = "senses.v1.yaml"
SENSES_SCHEMA = "frontlines/senses/1"
_QUOTES = '"“”'
# prepositions whose object is what a verb of violence is done to ("bombed on the town", "fired into")
_TARGET_PREPS = {"on", "onto", "against", "into", "upon"}
# how far up the dependency tree `above_any` looks
_MAX_ANCESTORS = 8


class SenseGuard(BaseModel):
    """One guard. Every condition given must hold for the guard to turn the trigger down."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    id: str
    reason: str
    triggers: list[str]
    """trigger entry ids (triggers.v1.yaml) the guard applies to"""
    lemmas: list[str] = []
    """the trigger token's lemma (or lower-case form) is one of these"""
    pos: Literal["noun", "verb"] | None = None
    plural: bool | None = None
    """the trigger is a plural noun (True) or not (False)"""
    prefix: list[str] = []
    """the trigger ends a hyphenated compound whose first part is one of these ("test-fired")"""
    sentence_any: list[str] = []
    """a word (lemma or lower-case form) of the sentence is one of these"""
    unless_sentence: list[str] = []
    """...and none of these is"""
    above_any: list[str] = []
    """a word above the trigger in the dependency tree (lemma or lower-case form) is one of these"""
    max_depth: int = _MAX_ANCESTORS
    """how many words up the tree `above_any` looks"""
    head_word: list[str] = []
    """the word the trigger hangs on is one of these ("called for a ceasefire": "for")"""
    subject_of: list[str] = []
    """the trigger noun is the subject of a verb with one of these lemmas ("attacks have grown")"""
    relcl_of: list[str] = []
    """the trigger sits in a relative clause on a noun of these ("the genocide, in which ... were killed")"""
    pattern: str | None = None
    """a regular expression (case-insensitive) the sentence matches"""
    quoted: bool | None = None
    """the trigger is inside a short quotation that starts within the sentence (a scare quote)"""
    no_object: bool | None = None
    """the verb has no direct object, passive subject or prepositional object ("the film bombed")"""
    followed_by: list[str] = []
    """the next word is one of these ("attack drones", "attack helicopters": a class of weapon)"""
    bare_subject: list[str] = []
    """the subject (or the subject of the verb a participle hangs on) is one of these nouns with no word
    but an article ("a fire tore through the block, killing 20"; not "Israeli fire killed three")"""
    governed_by: list[str] = []
    """the first verb above the trigger has one of these lemmas ("called for a ceasefire"; not "China,
    which brokered a ceasefire, urged both sides...")"""
    clause_adverbs: list[str] = []
    """the verb of the trigger's clause (the trigger itself, or the first verb above a noun) has one of
    these adverbs ("has carried out bombings in the province before": a habit, not an event)"""
    present_or_perfect: bool = False
    """the verb of the trigger's clause is in the present or the present perfect ("has carried out ...
    before"; not "shot repeatedly at the building", many shots of one event)"""
    modifies_noun: bool | None = None
    """the trigger is a past participle that describes a noun ("a mayor accused of genocide", "a man
    charged with murder"): a label of someone, not the act of accusing"""
    scope: Literal["conflict", "all"] | None = None
    """only under this `extract.event_scope` (None: both)"""
    for_duration: list[str] = []
    """the trigger has a "for" phrase of one of these nouns ("has fought the government for fifteen
    years": a standing conflict)"""
    generic_object: bool | None = None
    """the verb's direct object is a bare plural noun, with no article, number, possessive or "of" phrase
    ("can destroy drones", "to strike targets"; not "destroyed 95 drones", "struck the targets")"""
    unrealised: bool | None = None
    """the verb is in the base form, the simple present or under a modal ("could destroy", "able to
    destroy", "destroys"), not past or perfect: what can be done, not what was done"""
    narrated_present: bool | None = None
    """the nearest finite verb at or above the trigger is in the simple or progressive present, not past,
    perfect or modal ("the hero destroys three drones", "spends the film trying to break the siege"):
    the present of a plot told, with a word of the work in the sentence"""

    in_name: bool | None = None
    """the trigger is a capitalised word inside the name of an organisation, a work, a law or a product
    ("the National Rally", "the Rally for Culture and Democracy"): a name, not an event"""

    _lowered: dict[str, frozenset[str]] = PrivateAttr(default_factory=dict)

    def low(self, name: str) -> frozenset[str]:
        """The words of the list field `name`, lower case (made once, not at every token asked)."""
        words = self._lowered.get(name)
        if words is None:
            words = self._lowered[name] = frozenset(w.lower() for w in getattr(self, name))
        return words

    @model_validator(mode="after")
    def _has_condition(self) -> SenseGuard:
        conditions = (
            self.prefix,
            self.sentence_any,
            self.above_any,
            self.subject_of,
            self.relcl_of,
            self.pattern,
            self.quoted,
            self.no_object,
            self.followed_by,
            self.bare_subject,
            self.for_duration,
            self.clause_adverbs,
            self.governed_by,
            self.modifies_noun,
            self.generic_object,
            self.unrealised,
            self.narrated_present,
            self.in_name,
        )
        if not any(c for c in conditions):
            raise ValueError(f"sense guard {self.id}: needs a condition beyond the trigger and lemma")
        if self.pattern is not None:
            re.compile(self.pattern)
        return self


class SenseFile(FileHeader):
    guards: list[SenseGuard]


@lru_cache(maxsize=1)
def senses() -> SenseFile:
    """The sense guards, validated (unknown trigger ids are errors)."""
    from frontlines.knowledge import triggers

    path = resources.files("frontlines").joinpath("data", SENSES_FILE)
    try:
        data = SenseFile.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
    except (OSError, yaml.YAMLError, ValidationError) as exc:
        raise KnowledgeError(f"frontlines/data/{SENSES_FILE}: {exc}") from exc
    if data.schema_ != SENSES_SCHEMA:
        raise KnowledgeError(
            f"frontlines/data/{SENSES_FILE}: schema {data.schema_!r}, expected {SENSES_SCHEMA!r}"
        )
    known = {t.id for t in triggers().triggers}
    for g in data.guards:
        unknown = set(g.triggers) - known
        if unknown:
            raise KnowledgeError(f"{SENSES_FILE}: guard {g.id}: unknown trigger entries {sorted(unknown)}")
    return data


@lru_cache(maxsize=1)
def _by_trigger() -> dict[str, tuple[SenseGuard, ...]]:
    out: dict[str, list[SenseGuard]] = {}
    for g in senses().guards:
        for t in g.triggers:
            out.setdefault(t, []).append(g)
    return {k: tuple(v) for k, v in out.items()}


def _words(tok: Any) -> set[str]:
    return {tok.lemma_.lower(), tok.lower_}


def _ancestors(tok: Any) -> list[Any]:
    out = []
    cur = tok
    for _ in range(_MAX_ANCESTORS):
        if cur.head.i == cur.i:
            break
        cur = cur.head
        out.append(cur)
    return out


def in_scare_quote(tok: Any, max_tokens: int = 12) -> bool:
    """`tok` is inside a quotation that opens after the sentence's first word, is at most `max_tokens`
    long, holds no number and no sentence punctuation: a phrase quoted inside the writer's own sentence
    ("said the other side was "shooting blanks""), not a quoted statement."""
    doc = tok.doc
    marks = [t.i for t in doc if t.text in _QUOTES or t.text in ("''", "``")]
    opening = [i for i in marks if i < tok.i]
    closing = [i for i in marks if i > tok.i]
    if len(opening) % 2 == 0 or not closing:
        return False
    start, end = opening[-1], closing[0]
    if start == 0 or end - start - 1 > max_tokens:
        return False
    if doc[start - 1].text in (":",):
        return False
    inside = doc[start + 1 : end]
    return not any(t.like_num or t.text in (".", "!", "?", ";") for t in inside)


def _relcl_head(tok: Any) -> Any | None:
    """The noun a relative clause holding `tok` hangs on (the trigger or a verb above it)."""
    cur = tok
    for _ in range(_MAX_ANCESTORS):
        if cur.dep_ == "relcl" and cur.head.i != cur.i:
            return cur.head
        if cur.head.i == cur.i or cur.dep_ in ("ccomp", "advcl", "parataxis"):
            return None
        cur = cur.head
    return None


def _has_object(tok: Any) -> bool:
    """A direct object, a passive subject or agent, a target preposition; or a participle modifying its
    object ("the bombed hospital")."""
    if tok.dep_ == "amod":
        return True
    return any(
        c.dep_ in ("dobj", "nsubjpass", "agent", "dative") or (c.dep_ == "prep" and c.lower_ in _TARGET_PREPS)
        for c in tok.children
    )


def _holds(g: SenseGuard, tok: Any, sentence: set[str]) -> bool:
    if g.lemmas and not _words(tok) & g.low("lemmas"):
        return False
    if g.pos == "noun" and tok.pos_ not in ("NOUN", "PROPN"):
        return False
    if g.pos == "verb" and tok.pos_ != "VERB":
        return False
    if g.plural is not None and (tok.tag_ in ("NNS", "NNPS")) != g.plural:
        return False
    if g.prefix:
        doc = tok.doc
        first = doc[tok.i - 2] if tok.i >= 2 and doc[tok.i - 1].text == "-" else None
        if first is None or first.lower_ not in g.low("prefix"):
            return False
    if g.sentence_any and not sentence & g.low("sentence_any"):
        return False
    if g.unless_sentence and sentence & g.low("unless_sentence"):
        return False
    if g.above_any:
        wanted = g.low("above_any")
        if not any(_words(a) & wanted for a in _ancestors(tok)[: g.max_depth]):
            return False
    if g.head_word and (tok.head.i == tok.i or tok.head.lower_ not in g.low("head_word")):
        return False
    subject_verbs = g.low("subject_of")
    is_subject = tok.dep_ in ("nsubj", "nsubjpass")
    if subject_verbs and not (is_subject and tok.head.lemma_.lower() in subject_verbs):
        return False
    if g.relcl_of:
        head = _relcl_head(tok)
        wanted = g.low("relcl_of")
        # the clause may hang on a noun inside the named phrase: "the genocide against the Tutsi, in which"
        nouns = [head, *_ancestors(head)[:4]] if head is not None else []
        nouns = [n for n in nouns if n.pos_ in ("NOUN", "PROPN")]
        if not any(_words(n) & wanted for n in nouns):
            return False
    if g.pattern is not None and not re.search(g.pattern, tok.doc.text, re.IGNORECASE):
        return False
    if g.quoted is not None and in_scare_quote(tok) != g.quoted:
        return False
    if g.followed_by:
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        if nxt is None or not _words(nxt) & g.low("followed_by"):
            return False
    if g.bare_subject and not _bare_subject(tok, g.low("bare_subject")):
        return False
    if g.for_duration and not _prep_objects(tok, "for") & g.low("for_duration"):
        return False
    if g.governed_by:
        verb = next((a for a in _ancestors(tok) if a.pos_ == "VERB"), None)
        if verb is None or verb.lemma_.lower() not in g.low("governed_by"):
            return False
    if g.clause_adverbs and not _clause_adverbs(tok) & g.low("clause_adverbs"):
        return False
    if g.present_or_perfect and not _present_or_perfect(tok):
        return False
    if g.modifies_noun is not None and _modifies_noun(tok) != g.modifies_noun:
        return False
    if g.generic_object is not None and _generic_object(tok) != g.generic_object:
        return False
    if g.unrealised is not None and _unrealised(tok) != g.unrealised:
        return False
    if g.narrated_present is not None and (_finite_tense(tok) == "present") != g.narrated_present:
        return False
    if g.in_name is not None and _in_name(tok) != g.in_name:
        return False
    return not (g.no_object is not None and _has_object(tok) == g.no_object)


_NAME_ENTITIES = frozenset({"ORG", "WORK_OF_ART", "LAW", "PRODUCT"})


def _in_name(tok: Any) -> bool:
    """A capitalised word inside an organisation's, a work's, a law's or a product's name."""
    return tok.text[:1].isupper() and tok.ent_type_ in _NAME_ENTITIES


def _modifies_noun(tok: Any) -> bool:
    """A past participle hung on a noun ("a mayor accused of genocide", "the mayor, accused of ...")."""
    return tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.pos_ in ("NOUN", "PROPN", "PRON")


def _clause_verb(tok: Any) -> Any | None:
    if tok.pos_ in ("VERB", "AUX"):
        return tok
    return next((a for a in _ancestors(tok) if a.pos_ == "VERB"), None)


def _present_or_perfect(tok: Any) -> bool:
    """The clause's verb is in the present ("regularly carries out") or the perfect ("has attacked")."""
    verb = _clause_verb(tok)
    if verb is None:
        return False
    return verb.tag_ in ("VBZ", "VBP") or any(
        c.dep_ in ("aux", "auxpass") and c.lemma_.lower() == "have" and c.tag_ in ("VBZ", "VBP")
        for c in verb.children
    )


_DETERMINING_DEPS = ("det", "nummod", "poss", "predet", "quantmod")


def _generic_object(tok: Any) -> bool:
    """The (first) direct object is a plural noun with nothing that counts or picks it out ("drones",
    "targets"); a second one is often a misparse ("destroy drones for a few dollars a shot")."""
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    return (
        obj is not None
        and obj.tag_ in ("NNS", "NNPS")
        and not any(
            c.dep_ in _DETERMINING_DEPS or (c.dep_ == "prep" and c.lower_ == "of") for c in obj.children
        )
    )


def _unrealised(tok: Any) -> bool:
    """A verb in the base form or the simple present, or under a modal: not told as done."""
    if tok.pos_ != "VERB":
        return False
    auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" for a in auxes):
        return True
    if tok.tag_ == "VB" and has_to(tok):
        # an infinitive is a capability only under a word of ability or design ("able to destroy",
        # "designed to hit targets"); a plain purpose ("scrambled jets to intercept drones") is left to
        # factuality, which reads it as an aim
        return tok.head.lemma_.lower() in _ABILITY_HEADS
    return tok.tag_ in ("VB", "VBZ", "VBP") and not any(a.tag_ in ("VBD", "VBZ", "VBP") for a in auxes)


_ABILITY_HEADS = frozenset({"able", "capable", "design", "build", "equip", "enough"})


def _finite_tense(tok: Any) -> str | None:
    """The tense of the nearest finite verb at or above `tok`: present (simple or progressive), perfect,
    past or modal; None when there is none."""
    chain = [tok, *_ancestors(tok)] if tok.pos_ in ("VERB", "AUX") else _ancestors(tok)
    for verb in chain:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        finite = [
            c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP", "VBD", "MD")
        ]
        if finite:
            aux = finite[0]
            if aux.tag_ == "MD":
                return "modal"
            if aux.tag_ == "VBD":
                return "past"
            return "perfect" if aux.lemma_.lower() == "have" else "present"
        if verb.tag_ in ("VBZ", "VBP"):
            return "present"
        if verb.tag_ in ("VBD", "MD"):
            return "past" if verb.tag_ == "VBD" else "modal"
    return None


def _clause_adverbs(tok: Any) -> set[str]:
    verb = _clause_verb(tok)
    if verb is None:
        return set()
    # a bare adverb: "the day before", "two weeks before" date the event, they tell no habit
    return {c.lower_ for c in verb.children if c.dep_ == "advmod" and not list(c.children)}


def _prep_objects(tok: Any, prep: str) -> set[str]:
    return {
        w
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ == prep
        for g in c.children
        if g.dep_ == "pobj"
        for w in _words(g)
    }


def _bare_subject(tok: Any, nouns: Set[str]) -> bool:
    verb = tok
    if tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.head.i != tok.i:
        verb = tok.head  # "a fire tore through the block, killing 20"
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(_words(s) & nouns and all(c.dep_ == "det" for c in s.children) for s in subjects)


def guard_reason(tok: Any, trigger_id: str, scope: str = "conflict") -> str | None:
    """The reason of the first sense guard of `trigger_id` that turns `tok` down under `scope`, or None."""
    guards = _by_trigger().get(trigger_id)
    if not guards:
        return None
    sentence = {w for t in tok.doc for w in _words(t)}
    for g in guards:
        if (g.scope is None or g.scope == scope) and _holds(g, tok, sentence):
            return f"sense guard {g.id}: {g.reason}"
    return None
