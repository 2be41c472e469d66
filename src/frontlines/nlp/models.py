"""spaCy loading: once per process and settings, from the installed package (never downloaded)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from frontlines.errors import ConfigError


@lru_cache(maxsize=4)
def load_spacy(model: str, disable: tuple[str, ...] = ()) -> Any:
    import spacy

    try:
        nlp = spacy.load(model, disable=list(disable))
    except OSError as exc:
        raise ConfigError(
            f"spaCy pipeline {model!r} is not installed; it is a dependency in pyproject.toml "
            "(run `make setup`)"
        ) from exc
    if "lemmatizer" in nlp.pipe_names:
        memoize_lemmas(nlp.get_pipe("lemmatizer"))
    return nlp


def memoize_lemmas(lemmatizer: Any) -> None:
    """Remember each (word form, fine-grained tag)'s lemmas. spaCy's rule lemmatizer caches only the
    forms that reach its rule tables and recomputes the rest (proper nouns, punctuation, base forms,
    with a morphology lookup each time) for every token: ~85 µs a token, a seventh of the whole run on
    the bench corpus. The tag decides the part of speech and morphology the rules read, so the same
    form with the same tag always gets the same lemmas."""
    compute = lemmatizer.lemmatize
    cache: dict[tuple[int, int], list[str]] = {}

    def lemmatize(token: Any) -> list[str]:
        key = (token.orth, token.tag)
        found = cache.get(key)
        if found is None:
            found = cache[key] = compute(token)
        return found

    lemmatizer.lemmatize = lemmatize
