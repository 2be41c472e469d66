"""The gazetteer's candidates for a gold toponym's span in the geoparsing benchmarks (`eval.bench_geo`):
the span's own forms (`name_forms`: without a leading "the" or a trailing possessive), a demonym's country,
the places inside the admin1 or country a comma names ("Washington, D.C.", "Alexandria, Va.":
`candidates`, `qualified`), else the place named inside a longer name (`embedded`: "University of
Alberta"). See `eval.bench_geo`'s docstring for the protocol.
"""

from __future__ import annotations

import re

from frontlines.eval.geo_formats import GeoDoc, GoldToponym
from frontlines.geo.divisions import COMPASS_NAMES
from frontlines.geo.gazetteer import GazetteerIndex
from frontlines.geo.toponym_guards import word_may_be_place
from frontlines.knowledge_gazetteer import GazPlace


def name_forms(text: str) -> list[str]:
    """The span text, then without a leading "the" and / or a trailing possessive."""
    forms = [text.strip()]
    low = forms[0].lower()
    if low.startswith("the ") and len(low) > 4:
        forms.append(forms[0][4:].strip())
    for form in list(forms):
        for suffix in ("'s", "\u2019s", "'", "\u2019"):
            if form.endswith(suffix) and len(form) > len(suffix):
                forms.append(form[: -len(suffix)])
                break
    return list(dict.fromkeys(forms))


def candidates(index: GazetteerIndex, text: str) -> tuple[str, list[GazPlace]]:
    """(the form that matched, its candidates); (text, []) when no form has any."""
    head, comma, tail = text.rpartition(",")
    if comma and head.strip() and tail.strip():
        # "Washington, D.C.", "Paris, Texas": the places of that name inside the admin1 or country named
        found = index.within(index.lookup(head.strip()), tail.strip())
        if found:
            return head.strip(), found
    demonym = _demonym(index, text.strip())
    for form in name_forms(text):
        found = index.lookup(form)
        # "Canadian", "English", "Arab": a demonym that is also some town's name means its country
        if found and (demonym is None or any(p.kind in ("country", "admin1", "region") for p in found)):
            return form, found
    if demonym is not None:
        return text, [demonym]
    return text, []


NATURAL_FEATURES = frozenset(
    "bay beach canal cape coast creek delta desert falls forest gulf hill hills island islands lake "
    "mount mountain mountains ocean peninsula point river sea strait valley".split()
)
"""the generic word of a natural feature's name: never itself the place inside the name ("Lake
Cumberland" is near Cumberland, not in Lake County; "Aleutian Islands" is not Hong Kong's Islands
district), though the rest of the name may be ("Sacramento River", "Las Vegas Valley")"""


def embedded(index: GazetteerIndex, text: str) -> tuple[str, list[GazPlace]]:
    """A place named inside a longer name the gazetteer lacks, as recognition would find it there
    ("University of Alberta", "Liverpool FC", "Harare City Council", "Western US"; GeoWebNews gives such
    spans the place's point): the longest run of words, leftmost first, that starts with a capital and
    names a place by recognition's word guard (no common English word that only small towns bear, no
    all-capitals abbreviation of no country), else a word's demonym ("European Commission": Europe);
    (text, []) when none does."""
    words = text.split()
    for size in range(len(words) - 1, 0, -1):
        for i in range(len(words) - size + 1):
            part = " ".join(words[i : i + size]).strip(",.;:()\"'")
            if not part[:1].isupper() or part.casefold() in COMPASS_NAMES:
                continue  # "South Kilburn Estate": Kilburn, not Cameroon's South province
            if any(w.casefold() in NATURAL_FEATURES for w in words[i : i + size]):
                continue  # "Lake Cumberland": Cumberland, not Lake County
            found = index.lookup(part)
            if found and word_may_be_place(part, found):
                return part, found
    for word in words if len(words) > 1 else []:
        demonym = _demonym(index, word) if word[:1].isupper() else None
        if demonym is not None:
            return word, [demonym]
    return text, []


def _demonym(index: GazetteerIndex, text: str) -> GazPlace | None:
    """The place of a demonym, singular or plural ("Russians", "Canadians")."""
    found = index.lookup_demonym(text)
    if found is None and text.endswith("s") and len(text) > 4:
        found = index.lookup_demonym(text[:-1])
    return found


_QUALIFIER = re.compile(r",\s*([A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?)")


def qualified(index: GazetteerIndex, doc: GeoDoc, gold: GoldToponym, cands: list[GazPlace]) -> list[GazPlace]:
    """The candidates inside the admin1 or country named right after the span in the text ("Alexandria,
    Va."), else all of them."""
    if gold.end is None:
        return cands
    m = _QUALIFIER.match(doc.text, gold.end)
    if m is None:
        return cands
    for words in (m.group(1), m.group(1).split()[0]):
        found = index.within(cands, words)
        if found:
            return found
    return cands
