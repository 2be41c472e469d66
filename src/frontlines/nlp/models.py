"""spaCy loading: once per process and settings, from the installed package (never downloaded), with
the attribute ruler and lemmatizer replaced by exact, faster equivalents (nlp/fast.py)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from frontlines.errors import ConfigError


@lru_cache(maxsize=4)
def load_spacy(model: str, disable: tuple[str, ...] = ()) -> Any:
    import spacy

    from frontlines.nlp.fast import install_fast_components

    try:
        nlp = spacy.load(model, disable=list(disable))
    except OSError as exc:
        raise ConfigError(
            f"spaCy pipeline {model!r} is not installed; it is a dependency in pyproject.toml "
            "(run `make setup`)"
        ) from exc
    install_fast_components(nlp)
    return nlp
