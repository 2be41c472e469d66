"""What "it" stands for when a territorial verb takes it as its object ("recaptured the town of
Saraqib three weeks after government forces seized it", "entered the village's outskirts but had not
taken it"): the nearest noun phrase before it in the sentence that is something acted on or a
prepositional object (not a subject: the doer; not a date) stands for it, and when that phrase names
a place or a position, "it" is one.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

_ANTECEDENT_DEPS = {"dobj", "pobj", "nsubjpass", "appos", "attr", "oprd"}
_TIME_ENTS = {"DATE", "TIME"}


def _names_place(head: Any, toponym_tokens: Collection[int], nouns: Collection[str]) -> bool:
    """The phrase of `head` names a place or position: itself, a compound or possessor before it
    ("the village's outskirts", "Kharkiv city"), or the object of its "of" ("the town of Saraqib")."""
    words = [head]
    words += [c for c in head.children if c.dep_ in ("compound", "poss", "nmod")]
    words += [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    return any(w.i in toponym_tokens or w.lemma_.lower() in nouns or w.lower_ in nouns for w in words)


def place_pronoun(pron: Any, toponym_tokens: Collection[int], nouns: Collection[str]) -> bool:
    """True when `pron` is "it" and the nearest phrase before it that it can stand for names a place or
    a position (the sentence's toponyms and the position nouns)."""
    if pron.lower_ != "it":
        return False
    for tok in reversed(pron.doc[pron.sent.start : pron.i]):
        if tok.pos_ not in ("NOUN", "PROPN") or tok.ent_type_ in _TIME_ENTS:
            continue
        if tok.dep_ in _ANTECEDENT_DEPS:
            return _names_place(tok, toponym_tokens, nouns)
    return False


def place_named(head: Any, toponym_tokens: Collection[int], nouns: Collection[str]) -> bool:
    """`head` is a toponym of the sentence, or "it" standing for a place named before it ("three weeks
    after government forces seized it")."""
    return head.i in toponym_tokens or place_pronoun(head, toponym_tokens, nouns)
