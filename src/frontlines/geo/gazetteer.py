"""Gazetteer index and toponym recognition / resolution over parsed sentences.

Recognition does not trust spaCy's NER alone (it tags "Khan Younis" as a PERSON): every token
sequence of up to N tokens is looked up in the gazetteer's name and alias index, with guards: the match
must start with a capital letter and contain a proper noun (or be tagged GPE/LOC/FAC), must not be a
demonym adjective ("Syrian"), and must not be the first part of a longer PERSON name ("Jordan Peterson")
or lie inside a named armed group ("Islamic State"). The word guards are in geo/toponym_guards.py.

A sub-city mention keeps its qualifier in the toponym's text and resolves to the city: "western Mosul",
"Mosul's Old City". "Andar district" / "Ghazni province" look up the bare name among divisions only.
These words around the name are in geo/mention_words.py.

Resolution (`resolve`) scores each same-named candidate (docs/gazetteer.md): the article's countries
(dateline and unambiguous mentions), a co-mentioned admin1 that contains it ("Andar district, Ghazni
province"), nearness to the co-mentioned places (unambiguous ones, and more weakly any reading of the
ambiguous ones: geo/context.py), the exact primary name over an alternate one, a national capital, a
population prior, and the kind (a country or region outranks a town of the same name).
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from frontlines.geo.context import place_context
from frontlines.geo.mention_words import KIND_WORDS, LONG_KIND_WORDS, feature_words, sub_place, water_words
from frontlines.geo.misread_ents import located_city, lowercase_title
from frontlines.geo.names import norm_name, skeleton
from frontlines.geo.toponym_guards import (
    NAME_ENTS,
    NUMERIC_ENTS,
    a_surname,
    indefinite,
    joins_places,
    major_place,
    misread_date,
    person_acts,
    runs_on,
    surnames,
    whole_place_entity,
    word_may_be_place,
)
from frontlines.knowledge import gazetteer
from frontlines.knowledge_gazetteer import GazetteerFile, GazPlace
from frontlines.model import Place

__all__ = [
    "GazetteerIndex",
    "Toponym",
    "default_index",
    "norm_name",
    "skeleton",
    "surnames",
    "to_place",
]

_PRECISION_RANK = {"point": 0, "city": 1, "district": 2, "admin1": 3, "country": 4, "region": 5}
# the spellings of a leading abbreviated word ("St. Paris" / "Saint Paris")
_SAINT, _MOUNT, _FORT = ("st.", "st", "saint"), ("mt.", "mt", "mount"), ("ft.", "ft", "fort")
_ABBREVIATED = {w: tuple(v for v in forms if v != w) for forms in (_SAINT, _MOUNT, _FORT) for w in forms}
# resolution weights (docs/gazetteer.md)
_W_COUNTRY, _W_ADMIN1, _W_PRIMARY, _W_TOWN_NAMED = 2.5, 3.0, 2.0, 3.0
_W_POP, _W_MAYBE_ADMIN1, _W_CAPITAL = 1.0, 2.0, 1.5
_W_SHARED_REGION = 5.0
_OUTGROWN = 10
_KIND_PRIOR = {"country": 2.5, "region": 2.0, "admin1": 0.3, "city": 0.0, "district": -0.5, "point": 0.0}


@dataclass(frozen=True)
class Toponym:
    """A place name found in a sentence: character offsets into the body and its candidates."""

    start: int
    end: int
    text: str
    token_start: int
    token_end: int
    candidates: tuple[GazPlace, ...]
    partly_tagged: bool = False
    """a common word or a hamlet's name taken only because the parser tags a longer place name around it
    ("Bridge" in "the Latin Bridge", "Tomb" in "Joseph's Tomb"): a toponym for recognition, not a
    place events are attached to (the longer name is, as an unknown place)"""


class GazetteerIndex:
    def __init__(self, data: GazetteerFile) -> None:
        self.version = data.version
        self._data = data
        self.max_tokens = 6
        self.countries = {p.country: p for p in map(data.place, data.rows_of_kind("country")) if p.country}
        self.capitals = data.capitals
        self._capital_by_country: dict[str, GazPlace] | None = None
        # the places of each text looked up (the toponym finder asks for every run of capitalised words)
        self._looked_up: dict[str, tuple[GazPlace, ...]] = {}

    def name_keys(self) -> list[str]:
        """Every normalised name the index knows."""
        return list(self._data.names)

    def _by_key(self, key: str) -> list[GazPlace]:
        return [self._data.place(i) for i in self._data.rows_for(key)]

    def lookup(self, text: str) -> list[GazPlace]:
        """Places under a name; "X district" / "X province" also finds the divisions named X."""
        found = self._looked_up.get(text)
        if found is None:
            if len(self._looked_up) >= LOOKUP_MEMO:
                self._looked_up.clear()
            found = self._looked_up[text] = tuple(self._lookup(text))
        return list(found)

    def _lookup(self, text: str) -> list[GazPlace]:
        key = norm_name(text)
        found = self._by_key(key)
        if not found:
            found = self._hyphen_variants(key)
        found = found + [p for p in self._abbreviated(key) if p not in found]
        head, _, word = key.rpartition(" ")
        for long, short in LONG_KIND_WORDS.items():
            if key.endswith(" " + long):
                head, word = key[: -len(long) - 1], short
        kinds = KIND_WORDS.get(word)
        if kinds and head:
            extra = [p for p in self._by_key(head) if p.kind in kinds and p not in found]
            found = found + extra
        return found

    def lookup_spelling(self, text: str, countries: set[str]) -> list[GazPlace]:
        """Places in `countries` (ISO3) whose name is another romanisation of `text` (same `skeleton`:
        "Hodeidah" / "Al Ḩudaydah", "Maarat al-Numan" / "Ma'arrat an Nu'man", "Oshnavieh" / "Oshnavīyeh"),
        for a name the gazetteer does not know (the file's skeleton index: `GazetteerFile.keys_of_skeleton`).
        """
        if not countries:
            return []
        bone = skeleton(norm_name(text))
        if len(bone) < MIN_SKELETON:
            return []
        keys = self._data.keys_of_skeleton(bone)
        found: dict[int, GazPlace] = {}
        for country in sorted(countries):
            for key in (k for k in keys if country in self._data.countries_of(k)):
                for p in self._by_key(key):
                    # a short skeleton matches many small towns: only a large place's other spelling counts
                    big = len(bone) > MIN_SKELETON or p.pop >= SHORT_SKELETON_POP
                    if p.country in countries and p.kind in ("city", "district", "admin1") and big:
                        found.setdefault(p.id, p)
        return list(found.values())

    def _hyphen_variants(self, key: str) -> list[GazPlace]:
        """Places whose name differs only in hyphens and spaces between two or three words ("Khan
        Sheikhoun" / "Khan-Sheikhoun", "Deir ez-Zor" / "Deir ez Zor"): transliterations disagree on them."""
        words = key.replace("-", " ").split()
        if not 2 <= len(words) <= 3:
            return []
        for joins in itertools.product((" ", "-"), repeat=len(words) - 1):
            variant = words[0] + "".join(j + w for j, w in zip(joins, words[1:], strict=True))
            if variant != key and variant in self._data.names:
                found = self._by_key(variant)
                if found:
                    return found
        return []

    def _abbreviated(self, key: str) -> list[GazPlace]:
        """Places under the other spelling of a leading "St." / "Mt." / "Ft." ("St. Paris" is GeoNames'
        "Saint Paris", "Mount Vernon" is also written "Mt. Vernon"): towns only, under their own name."""
        first, _, rest = key.partition(" ")
        forms = _ABBREVIATED.get(first)
        if not forms or not rest:
            return []
        out = []
        for form in forms:
            variant = f"{form} {rest}"
            out += [p for p in self._by_key(variant) if p.kind == "city" and norm_name(p.name) == variant]
        return out

    def capital_of(self, country: str) -> GazPlace | None:
        """The national capital of `country` (ISO3) the gazetteer lists, or None; the table is made on
        first use."""
        if self._capital_by_country is None:
            table: dict[str, GazPlace] = {}
            for row in self._data.rows_with_ids(self.capitals):
                place = self._data.place(row)
                if place.kind != "city" or not place.country:
                    continue
                if place.country not in table or place.pop > table[place.country].pop:
                    table[place.country] = place
            self._capital_by_country = table
        return self._capital_by_country.get(country)

    def knows(self, text: str) -> bool:
        """Is `text` the name of any place (the dateline check for mixed-case place names)?"""
        return bool(self.lookup(text))

    def lookup_demonym(self, text: str) -> GazPlace | None:
        """The country or region of a demonym ("Russian" -> Russia, "European" -> Europe), or None."""
        row = self._data.demonyms.get(norm_name(text))
        return None if row is None else self._data.place(row)

    def within(self, cands: Sequence[GazPlace], qualifier: str) -> list[GazPlace]:
        """The candidates inside the admin1 or country that `qualifier` names ("Alexandria, Va.",
        "Paris, Texas"); [] when it names none or none lies there."""
        areas = {(p.country, p.name) for p in self.lookup(qualifier) if p.kind == "admin1"}
        countries = {p.country for p in self.lookup(qualifier) if p.kind == "country"}
        return [
            p
            for p in cands
            if p.kind not in ("country", "admin1", "region")
            and ((p.country, p.admin1) in areas or p.country in countries)
        ]

    def is_primary(self, text: str, place: GazPlace) -> bool:
        key = norm_name(text)
        return norm_name(place.name) in (key, key.rpartition(" ")[0])

    # --- recognition ------------------------------------------------------------------------------

    def find_in_parse(
        self,
        parse: Any,
        offset: int,
        blocked: Iterable[tuple[int, int]] = (),
        people: frozenset[str] = frozenset(),
        english: frozenset[str] = frozenset(),
    ) -> list[Toponym]:
        """Toponyms in a parsed sentence (`offset` = the sentence's start in the body).
        `blocked` are token ranges already claimed (named actors); `people` are the document's surnames
        (`surnames`): "Clark" after "Ronald Clark" is the man, not a town, unless it names a major place.
        `english` (nlp.models.english_words): a town name that is only part of a longer run of foreign
        capitalised words ("Bir" in "Bir Zzyzqa", "Wadi" in "Wadi Barada") is not taken."""
        blocked_tokens = {i for a, b in blocked for i in range(a, b)}
        pieces = [t.text_with_ws for t in parse]
        found: list[Toponym] = []
        i, n = 0, len(parse)
        while i < n:
            match = None
            if pieces[i][:1].isupper() and norm_name(pieces[i]) and i not in blocked_tokens:
                for length in range(min(self.max_tokens, n - i), 0, -1):
                    if any(j in blocked_tokens for j in range(i, i + length)):
                        continue
                    cands = self.lookup("".join(pieces[i : i + length]))
                    if cands and people and a_surname(parse[i : i + length], cands, people):
                        continue
                    if (
                        cands
                        and (
                            self._plausible(parse[i : i + length])
                            or located_city(parse[i : i + length], cands)
                        )
                        and self._word_ok(parse[i : i + length], cands)
                        and not (english and runs_on(parse[i : i + length], cands, english, blocked_tokens))
                    ):
                        match = (parse[i : i + length], cands)
                        break
            # a natural feature the gazetteer lacks is no province, country or town of the name that
            # follows: "the Gulf of Oman", "the Strait of Hormuz" (no place in Oman or Hormuz); "Lake
            # Tanganyika", "River Zab"
            feature = 0
            if match is None or len(match[0]) == 1:
                low = parse[i].lower_
                if (
                    low in water_words()
                    and i + 2 < n
                    and parse[i + 1].lower_ == "of"
                    and pieces[i + 2][:1].isupper()
                ):
                    feature = 2
                elif low in feature_words():
                    feature = 1
            if feature:
                i += feature
                while i < n and pieces[i][:1].isupper() and parse[i].pos_ == "PROPN":
                    i += 1
                continue
            if match is None:
                i += 1
                continue
            span, cands = match
            # "Mosul's Old City" is in Mosul; "Iraq's Duhok province" names a place of its own, found next
            wide = all(c.kind in ("country", "admin1", "region") for c in cands)
            first, last = sub_place(parse, span.start, span.end, possessive=not wide)
            partly = not word_may_be_place(span.text, cands, tagged_place=whole_place_entity(span))
            found.append(
                Toponym(
                    start=offset + parse[first].idx,
                    end=offset + parse[last - 1].idx + len(parse[last - 1].text),
                    text=parse[first:last].text,
                    token_start=span.start,
                    token_end=span.end,
                    candidates=tuple(cands),
                    partly_tagged=partly,
                )
            )
            i = last
        return found

    @staticmethod
    def _word_ok(span: Any, cands: Sequence[GazPlace]) -> bool:
        """Guards for words that name a place only by accident: a date or number ("March", "August"
        tagged DATE), an all-capitals abbreviation that is no country's ("UN" is not Un, India), a
        common English word ("Human", "Airport", "Roman") that only small towns are called — unless
        spaCy itself tags it as a place."""
        ents = {t.ent_type_ for t in span}
        if ents & NUMERIC_ENTS and not misread_date(span, cands):
            return False
        if ents <= NAME_ENTS and person_acts(span) and not any(major_place(c) for c in cands):
            return False  # "Roberts said", "Mr. Lincoln": a person's name that some town bears
        return word_may_be_place(span.text, cands, tagged_place=bool(ents & {"GPE", "LOC", "FAC"}))

    @staticmethod
    def _plausible(span: Any) -> bool:
        first = span[0]
        if not first.text[:1].isupper():
            return False
        if all(t.pos_ == "ADJ" or t.ent_type_ == "NORP" for t in span):
            return False
        for ent in span.doc.ents:
            # "Jordan Peterson", "Observatory for Human Rights": a person's or organisation's name that
            # runs past the place name
            inside = ent.start <= span.start and span.end <= ent.end and (ent.end - ent.start) > len(span)
            if (
                ent.label_ in ("PERSON", "ORG", "WORK_OF_ART", "EVENT")
                and inside
                and not joins_places(ent)
                and not lowercase_title(ent, span)
            ):
                return False
        if indefinite(span):
            return False
        ent_types = {t.ent_type_ for t in span}
        nxt = span.doc[span.end] if span.end < len(span.doc) else None
        if nxt is not None and nxt.text == "-" and not nxt.whitespace_:
            return False  # "Britain-based", "Saudi-led", "Iran-backed": a modifier, not a place of events
        if nxt is not None and nxt.pos_ == "PROPN" and nxt.ent_type_ == "PERSON" and nxt.text[:1].isupper():
            return False
        return any(t.pos_ == "PROPN" for t in span) or bool(ent_types & {"GPE", "LOC", "FAC"})

    def scan_text(
        self, text: str, exclude: Callable[[str], bool] = lambda _: False
    ) -> list[tuple[str, list[GazPlace]]]:
        """Cheap lookup over unparsed text (capitalised word runs), for article-level context and the
        paragraph fallback. `exclude` drops names that are something else (armed groups, demonyms)."""
        out: list[tuple[str, list[GazPlace]]] = []
        for m in re.finditer(r"[A-Z][\w'\-]*(?:\s+(?:al-|el-)?[A-Z][\w'\-]*){0,3}", text):
            words = [re.sub(r"['\u2019]s$", "", w) for w in m.group().split()]
            start = 0
            while start < len(words):
                # a run that names no place from its first word ("In Iraq", "When Kenya") is tried from
                # its next word
                step = 1
                for length in range(len(words) - start, 0, -1):
                    name = " ".join(words[start : start + length])
                    cands = self.lookup(name)
                    if cands and exclude(name):
                        step = len(words)
                        break
                    if cands and word_may_be_place(name, cands):
                        out.append((name, cands))
                        step = len(words)
                        break
                start += step
        return out

    # --- resolution -------------------------------------------------------------------------------

    def resolve(
        self,
        text: str,
        candidates: Sequence[GazPlace],
        context_countries: set[str],
        others: Iterable[Sequence[GazPlace]] = (),
    ) -> GazPlace:
        """The most likely place among `candidates` for `text`; `others` are the candidate lists of the
        other toponyms in the same document (their unambiguous ones give admin1 and distance context, the
        ambiguous ones a weaker pull towards places near any of their readings)."""
        ctx = place_context(candidates, others, context_countries)

        # a division named after its own town ("Tripoli", "Mosul", "Ghazni"): the town is meant, unless
        # the division is _OUTGROWN times as populous as the town ("Quebec", the province)
        towns: dict[tuple[str | None, str | None], int] = {}
        for c in candidates:
            if c.kind == "city":
                for area in {(c.country, c.admin1), (c.country, c.admin2)}:
                    towns[area] = max(towns.get(area, 0), c.pop)

        # "Burkina Faso's Sahel region": a division of the article's countries outranks the region of no
        # one country that shares its name
        local_division = any(c.kind == "admin1" and c.country in context_countries for c in candidates)

        def score(p: GazPlace) -> float:
            value = _KIND_PRIOR.get(p.kind, 0.0) + _W_POP * math.log10(p.pop + 10)
            if local_division and p.kind == "region" and p.country is None:
                value -= _W_SHARED_REGION
            town = towns.get((p.country, p.name))
            if p.kind in ("admin1", "district") and town is not None and p.pop < _OUTGROWN * max(town, 1):
                value -= _W_TOWN_NAMED
            if p.country in context_countries:
                value += _W_COUNTRY
            if p.admin1 is not None and (p.country, p.admin1) in ctx.admin1s and p.kind != "admin1":
                value += _W_ADMIN1
            elif p.admin1 is not None and (p.country, p.admin1) in ctx.maybe_admin1s and p.kind != "admin1":
                value += _W_MAYBE_ADMIN1
            if p.admin2 is not None and (p.country, p.admin2) in ctx.admin2s and p.kind == "city":
                value += _W_ADMIN1  # "Lamitan, Basilan": the Lamitan of the Province of Basilan
            if self.is_primary(text, p):
                value += _W_PRIMARY
            if p.id in self.capitals:
                value += _W_CAPITAL
            if p.kind not in ("country", "region"):
                value += ctx.nearness(p)
            return value

        return max(candidates, key=lambda p: (score(p), -_PRECISION_RANK[p.kind], p.id))


MIN_SKELETON = 3
SHORT_SKELETON_POP = 100_000
LOOKUP_MEMO = 100_000
"""texts whose places `GazetteerIndex.lookup` remembers (it starts over past this many)"""


@lru_cache(maxsize=1)
def default_index() -> GazetteerIndex:
    return GazetteerIndex(gazetteer())


def to_place(text: str, place: GazPlace) -> Place:
    return Place(
        text=text,
        name=place.name,
        country=place.country,
        admin1=place.admin1 if place.kind != "admin1" else place.name,
        admin2=place.admin2,
        lat=place.lat,
        lon=place.lon,
        geonameid=place.id if place.id > 0 else None,
        precision=place.kind,
    )
