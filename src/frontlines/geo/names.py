"""The one normalisation of place names, shared by the gazetteer build and run-time lookups."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u2010": "-"})


@lru_cache(maxsize=65536)
def norm_name(text: str) -> str:
    """Lookup key: accents folded, lower case, apostrophes unified, hyphens without spaces, whitespace
    collapsed ("Sant Julià de Lòria" -> "sant julia de loria", "Khan  Yunis" -> "khan yunis")."""
    text = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = re.sub(r"\s*-\s*", "-", text)
    return " ".join(text.split())
