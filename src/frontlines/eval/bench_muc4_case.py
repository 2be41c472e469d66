"""Case for the case-less MUC-4 texts (the raw release is upper case, the GTT/GRIT processing lower case).

`sentence_case` (bench_muc4) leaves every word lower case but the first of a sentence, so the coder's
parser, place finder and actor matcher, which read capitals, see no names. `truecase` gives back the
capitals our own dictionaries and the English word list imply; no key or gold information is used:
  - names of our actor file (data/actors.v1.yaml): a group's alias written in capitals of up to 5
    letters ("FMLN", "ELN") is restored in capitals unless it is a function or common word ("is",
    "us"; the English word list is no guide, as it lists "ELN" and "FARC" too); other aliases and
    the country names and demonyms in title case ("Farabundo Marti National Liberation Front",
    "Salvadoran");
  - gazetteer place names of several words ("san salvador", "la paz") in title case, particles ("de",
    "la", "of") kept lower case inside; a one-word name that is also an English word ("lima", "chile")
    only when it is a country or a place of at least 500,000 people and not in data/common_words;
  - any other alphabetic word of three or more letters that is neither an English word (the parser
    model's lemma index, with plain inflections: "-s", "-ed", "-ing") nor a function word: a foreign
    name ("ellacuria", "roldan" -> "Ellacuria", "Roldan");
  - dotted abbreviations ("u.s." -> "U.S.").
"""

from __future__ import annotations

import re
from functools import lru_cache

from frontlines.geo.gazetteer import default_index
from frontlines.knowledge import actors, common_words

_PARTICLES = frozenset(
    "of the and for in on at de del la las los el y da do dos du le van von der al".split()
)
_WORD = re.compile(r"[A-Za-z][A-Za-z]*(?:'[A-Za-z]+)?")
_MAJOR_POP = 500_000
_MAX_WORDS = 6


@lru_cache(maxsize=1)
def _english() -> frozenset[str]:
    """Every English form the parser model knows: the lemmas of its lemma index (WordNet's nouns,
    verbs, adjectives, adverbs), the irregular forms of its exception tables ("fled", "men") and the
    function words."""
    from spacy.lang.en.stop_words import STOP_WORDS

    from frontlines.config import load_settings
    from frontlines.nlp.models import english_words, load_spacy

    settings = load_settings()
    forms = set(english_words(settings.nlp.model, tuple(settings.nlp.disable))) | set(STOP_WORDS)
    nlp = load_spacy(settings.nlp.model, tuple(settings.nlp.disable))
    if "lemmatizer" in nlp.pipe_names:
        pipe = nlp.get_pipe("lemmatizer")
        lookups = getattr(getattr(pipe, "inner", pipe), "lookups", None)
        if lookups is not None and "lemma_exc" in lookups.tables:
            table = lookups.get_table("lemma_exc")
            for pos in ("noun", "verb", "adj", "adv"):
                forms |= {w.lower() for w in table.get(pos, {})}
    return frozenset(forms)


_SUFFIXES = (
    ("ies", "y"),
    ("ied", "y"),
    ("es", ""),
    ("s", ""),
    ("ed", ""),
    ("ed", "e"),
    ("ing", ""),
    ("ing", "e"),
    ("men", "man"),
    ("ly", ""),
    ("er", ""),
    ("ers", ""),
    ("est", ""),
)


@lru_cache(maxsize=65536)
def is_english(word: str) -> bool:
    """An English word or a plain inflection of one ("bombs", "killed", "kidnapping", "cities",
    "kidnapped", "watchmen")."""
    w = word.lower()
    eng = _english()
    if w in eng:
        return True
    for suffix, repl in _SUFFIXES:
        if w.endswith(suffix) and len(w) > len(suffix) + 2:
            stem = w[: -len(suffix)] + repl
            if stem in eng or (len(stem) > 3 and stem[-1] == stem[-2] and stem[:-1] in eng):
                return True
    return False


@lru_cache(maxsize=1)
def _plain_words() -> frozenset[str]:
    """Words an acronym alias must not be restored from: function words ("is", "us") and the common
    English words some place is named after (data/common_words)."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS) | common_words()


def _title(words: list[str]) -> list[str]:
    return [w if i and w in _PARTICLES else w[:1].upper() + w[1:] for i, w in enumerate(words)]


@lru_cache(maxsize=1)
def _names() -> tuple[dict[tuple[str, ...], tuple[str, ...]], int]:
    """Known multi-word (and one-word non-acronym) names from the actor file: lower-case word tuple ->
    cased words; and the longest name in words."""
    data = actors()
    out: dict[tuple[str, ...], tuple[str, ...]] = {}

    def add(name: str, acronyms: bool = True) -> None:
        words = _WORD.findall(name)
        low = tuple(w.lower() for w in words)
        if len(words) == 1:
            if acronyms and words[0].isupper() and len(words[0]) <= 5 and low[0] not in _plain_words():
                out[low] = (words[0],)  # a group's acronym: "FMLN", "ELN"
            return  # another one-word name is capitalised as a foreign word, or left alone if English
        if len(words) > 1:
            # title case, an acronym piece keeping its capitals ("FARC dissidents")
            titled = _title(list(low))
            out[low] = tuple(
                w if w.isupper() and len(w) <= 5 else t for w, t in zip(words, titled, strict=True)
            )

    for group in data.groups:
        for alias in (group.name, *group.aliases):
            add(alias)
    for country in data.countries:
        for name in (country.name, *country.names, *country.demonyms):
            if len(_WORD.findall(name)) == 1 and not name.isupper():
                out[(name.lower(),)] = (name[:1].upper() + name[1:].lower(),)
            else:
                add(name, acronyms=False)  # "CAR", "US": a country's short name is also a word
    longest = max((len(k) for k in out), default=1)
    return out, min(max(longest, 1), _MAX_WORDS)


def _place(words: list[str]) -> bool:
    """A gazetteer place of these (lower-case) words, worth capitals (see the module docstring)."""
    cands = default_index().lookup(" ".join(words))
    if not cands:
        return False
    if len(words) > 1:
        if all(is_english(w) or w in _PARTICLES for w in words):
            return any(c.kind in ("country", "admin1") or c.pop >= _MAJOR_POP for c in cands)
        return True
    w = words[0]
    if w in common_words():
        return False
    if not is_english(w):
        return True
    return any(c.kind == "country" or c.pop >= _MAJOR_POP for c in cands)


def truecase(text: str) -> str:
    """`text` (sentence-cased, otherwise lower case) with the capitals of known and foreign names."""
    text = re.sub(r"\b([a-z])\.([a-z])\.", lambda m: f"{m.group(1).upper()}.{m.group(2).upper()}.", text)
    matches = list(_WORD.finditer(text))
    names, longest = _names()
    out = list(text)
    i = 0
    while i < len(matches):
        done = False
        for n in range(min(_MAX_WORDS, len(matches) - i), 0, -1):
            span = matches[i : i + n]
            if any(span[k + 1].start() - span[k].end() != 1 for k in range(n - 1)):
                continue  # only words separated by one space (or one hyphen)
            words = [m.group().lower() for m in span]
            cased: list[str] | tuple[str, ...] | None = None
            if n <= longest and tuple(words) in names:
                cased = names[tuple(words)]
            elif n > 1 and _place(words):
                cased = _title(words)
            if cased is None:
                continue
            for m, c in zip(span, cased, strict=True):
                if m.group()[:1].isupper() and c[:1].islower():
                    continue  # a sentence start stays capitalised
                out[m.start() : m.end()] = list(c)
            i += n
            done = True
            break
        if done:
            continue
        m = matches[i]
        w = m.group()
        base = w.split("'")[0]
        if w[:1].islower() and len(base) >= 3 and (not is_english(base) or _place([base.lower()])):
            out[m.start()] = w[0].upper()
        i += 1
    return "".join(out)
