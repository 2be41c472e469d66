"""Gazetteer index and toponym recognition / resolution over parsed sentences.

Recognition does not trust spaCy's NER alone (it tags "Khan Younis" as a PERSON): every token
sequence of up to N tokens is looked up in the gazetteer's name and alias index, with guards: the match
must start with a capital letter and contain a proper noun (or be tagged GPE/LOC/FAC), must not be a
demonym adjective ("Syrian"), and must not be the first part of a longer PERSON name ("Jordan Peterson")
or lie inside a named armed group ("Islamic State").

Resolution picks among same-named places: a place in a country the article names elsewhere (or the
dateline's) first, then the exact primary name over an alternate name, then population.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from frontlines.knowledge import GazetteerFile, GazPlace, gazetteer
from frontlines.model import Place

_PRECISION_RANK = {"point": 0, "city": 1, "district": 2, "admin1": 3, "country": 4, "region": 5}


def norm_name(text: str) -> str:
    """Lookup key: lower case, hyphens without spaces, apostrophes unified, whitespace collapsed."""
    text = text.lower().replace("\u2019", "'").replace("\u2010", "-")
    text = re.sub(r"\s*-\s*", "-", text)
    return " ".join(text.split())


@dataclass(frozen=True)
class Toponym:
    """A place name found in a sentence: character offsets into the body and its candidates."""

    start: int
    end: int
    text: str
    token_start: int
    token_end: int
    candidates: tuple[GazPlace, ...]


class GazetteerIndex:
    def __init__(self, data: GazetteerFile) -> None:
        self.version = data.version
        self._by_name: dict[str, list[GazPlace]] = {}
        self._primary: dict[str, set[int]] = {}
        max_tokens = 1
        for place in data.places:
            for i, name in enumerate((place.name, *place.aliases)):
                key = norm_name(name)
                bucket = self._by_name.setdefault(key, [])
                if place not in bucket:
                    bucket.append(place)
                if i == 0:
                    self._primary.setdefault(key, set()).add(place.id)
                max_tokens = max(max_tokens, len(re.findall(r"\w+|[^\w\s]", key)))
        self.max_tokens = min(max_tokens, 6)
        self.countries = {p.country: p for p in data.places if p.kind == "country" and p.country}

    def lookup(self, text: str) -> list[GazPlace]:
        return self._by_name.get(norm_name(text), [])

    def is_primary(self, text: str, place: GazPlace) -> bool:
        return place.id in self._primary.get(norm_name(text), set())

    # --- recognition ------------------------------------------------------------------------------

    def find_in_parse(
        self, parse: Any, offset: int, blocked: Iterable[tuple[int, int]] = ()
    ) -> list[Toponym]:
        """Toponyms in a parsed sentence (`offset` = the sentence's start in the body).
        `blocked` are token ranges already claimed (named actors)."""
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
                    cands = self._by_name.get(norm_name("".join(pieces[i : i + length])))
                    if cands and self._plausible(parse[i : i + length]):
                        match = (parse[i : i + length], cands)
                        break
            if match is None:
                i += 1
                continue
            span, cands = match
            found.append(
                Toponym(
                    start=offset + span.start_char,
                    end=offset + span.end_char,
                    text=span.text,
                    token_start=span.start,
                    token_end=span.end,
                    candidates=tuple(cands),
                )
            )
            i = span.end
        return found

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
            if ent.label_ in ("PERSON", "ORG", "WORK_OF_ART", "EVENT") and inside:
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
            for length in range(len(words), 0, -1):
                cands = self.lookup(" ".join(words[:length]))
                if cands and exclude(" ".join(words[:length])):
                    break
                if cands:
                    out.append((" ".join(words[:length]), cands))
                    break
        return out

    # --- resolution -------------------------------------------------------------------------------

    def resolve(self, text: str, candidates: Sequence[GazPlace], context_countries: set[str]) -> GazPlace:
        def score(p: GazPlace) -> tuple[float, ...]:
            in_context = 1.0 if p.country in context_countries else 0.0
            primary = 1.0 if self.is_primary(text, p) else 0.0
            return (in_context, primary, math.log10(p.pop + 10), -_PRECISION_RANK[p.kind])

        return max(candidates, key=score)


@lru_cache(maxsize=1)
def default_index() -> GazetteerIndex:
    return GazetteerIndex(gazetteer())


def to_place(text: str, place: GazPlace) -> Place:
    return Place(
        text=text,
        name=place.name,
        country=place.country,
        admin1=place.admin1 if place.kind != "admin1" else place.name,
        admin2=None,
        lat=place.lat,
        lon=place.lon,
        geonameid=place.id if place.id > 0 else None,
        precision=place.kind,
    )
