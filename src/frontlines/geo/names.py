"""The one normalisation of place names, shared by the gazetteer build and run-time lookups."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_HYPHEN = re.compile(r"\s*-\s*")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u2010": "-"})


@lru_cache(maxsize=65536)
def norm_name(text: str) -> str:
    """Lookup key: accents folded, lower case, apostrophes unified, hyphens without spaces, whitespace
    collapsed ("Sant Julià de Lòria" -> "sant julia de loria", "Khan  Yunis" -> "khan yunis")."""
    text = text.translate(_APOSTROPHES)
    if not text.isascii():  # ASCII has no decompositions and no combining marks
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(_HYPHEN.sub("-", text.lower()).split())


# a romanised Arabic / Persian / Kurdish name's consonants: the article (with its assimilated forms), the
# vowels and half-vowels, the ayn / hamza marks and doubled letters vary between spellings of one name
_ARTICLE = re.compile(r"(?:^|(?<=[\s-]))(?:al|el|an|ar|as|ad|at|az|ash|ech|ed|en|es|et|ez)[-\s]+")
_NOT_BONE = str.maketrans("", "", "aeiouyw -'\u2018\u2019`\u02bf\u02be.,()/")
_DOUBLED = re.compile(r"(.)\1+")


def skeleton(key: str) -> str:
    """The consonant skeleton of a normalised name (`norm_name`): "maarat al-numan" -> "mrtnmn"."""
    if " " in key or "-" in key:
        key = _ARTICLE.sub("", key)
    return _DOUBLED.sub(r"\1", key.translate(_NOT_BONE))
