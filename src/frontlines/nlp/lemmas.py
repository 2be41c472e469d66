"""Verb lemmas the rule lemmatizer gets wrong, and their fix.

spaCy's English rule lemmatizer strips "-ed"/"-ing" and keeps the first stem its verb index knows; for
a verb "Xe" whose stem "X" is also a verb it returns "X": "staged" -> "stag", "waged" -> "wag", "raped"
-> "rap", "fined" -> "fin", "hoped" -> "hop". The rules that read lemmas ("staged a strike": its
subject did it; "waged a campaign") then miss them. `fix_verb_lemmas` puts the right lemma on verbs
written so. Only forms whose wrong stem is a rare verb are listed ("routed" stays "rout": the army
routed the rebels)."""

from __future__ import annotations

from typing import Any

_STEMS = [
    "stage", "wage", "rape", "fine", "hope", "rate", "scare", "spare", "cope", "dine", "hate", "stare",
    "tape", "snipe", "pipe", "slate", "site", "shame", "wane", "rage", "prime", "scrape", "bare", "cane",
    "code", "pare", "plane", "robe", "gape", "mate", "pine", "wade",
]  # fmt: skip

VERB_LEMMA_FIXES: dict[str, str] = {
    form: stem for stem in _STEMS for form in (stem + "d", stem + "s", stem[:-1] + "ing")
}
"""written form (lower case) of a verb -> its lemma"""


def fix_verb_lemmas(doc: Any) -> Any:
    """Set the lemma of the verbs in `doc` the rule lemmatizer misreads (see the module docstring)."""
    for tok in doc:
        if tok.pos_ in ("VERB", "AUX"):
            fixed = VERB_LEMMA_FIXES.get(tok.lower_)
            if fixed is not None and tok.lemma_ != fixed:
                tok.lemma_ = fixed
    return doc
