"""spaCy loading: once per process and settings, from the installed package (never downloaded), with
the attribute ruler and lemmatizer replaced by exact, faster equivalents, the entity recognizer and
dependency parser decoded in numpy (nlp/fast_ner.py, nlp/fast_parser.py: the same entities and parses)
and the neural components' matrix products sent through numpy's OpenBLAS (nlp/fast.py: the same
annotations)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from frontlines.errors import ConfigError


@lru_cache(maxsize=4)
def load_spacy(model: str, disable: tuple[str, ...] = ()) -> Any:
    import spacy

    from frontlines.nlp.fast import install_fast_components, install_fast_matmul

    try:
        nlp = spacy.load(model, disable=list(disable))
    except OSError as exc:
        raise ConfigError(
            f"spaCy pipeline {model!r} is not installed; it is a dependency in pyproject.toml "
            "(run `make setup`)"
        ) from exc
    install_fast_components(nlp)
    install_fast_matmul(nlp)
    return nlp


@lru_cache(maxsize=4)
def english_words(model: str, disable: tuple[str, ...] = ()) -> frozenset[str]:
    """Every word of the model's English lemma index (WordNet's nouns, verbs, adjectives, adverbs), lower
    case: it tells "Mayor" or "Bank" (English) from "Barada" or "Zzyzqa" (a foreign name) in a run of
    capitalised words. Empty when the model has no rule lemmatizer."""
    nlp = load_spacy(model, disable)
    if "lemmatizer" not in nlp.pipe_names:
        return frozenset()
    pipe = nlp.get_pipe("lemmatizer")
    lookups = getattr(getattr(pipe, "inner", pipe), "lookups", None)
    if lookups is None or "lemma_index" not in lookups:
        return frozenset()
    table = lookups.get_table("lemma_index")
    return frozenset(w.lower() for words in table.values() for w in words if "_" not in w)


@lru_cache(maxsize=1)
def _acronym_norms() -> dict[str, str]:
    """Group acronyms that spell an English function word ("IS", Islamic State): the parser reads them
    by their norm ("is": a verb, "IS fighters attacked" as a passive); they are read by the norm of
    another one-word alias of the group ("ISIS") instead. Aliases of up to 4 letters match only in
    their exact case (actors.v1.yaml), so "is" and "Is" are untouched."""
    from spacy.lang.en.stop_words import STOP_WORDS

    from frontlines.knowledge import actors

    out: dict[str, str] = {}
    for group in actors().groups:
        short = [a for a in group.aliases if a.isupper() and len(a) <= 4 and a.lower() in STOP_WORDS]
        other = [a for a in group.aliases if a.isalpha() and " " not in a and a.lower() not in STOP_WORDS]
        for alias in short:
            if other:
                out[alias] = other[0].lower()
    return out


def prepared(nlp: Any, text: str) -> Any:
    """`text` tokenized for the pipeline, with group acronyms that spell a function word normed as
    another alias of the group (`_acronym_norms`): the token's text is unchanged, only what the
    tagger, parser and recogniser read."""
    doc = nlp.make_doc(text)
    norms = _acronym_norms()
    if not any(acronym in text for acronym in norms):
        return doc  # a token's text is part of the text: none of them can be one (most sentences)
    for tok in doc:
        norm = norms.get(tok.text)
        if norm is not None:
            tok.norm_ = norm
    return doc
