"""The gold format: JSONL, one article per line, expected events in the contract's field names.

Partial gold is allowed: a field left out (or null where the contract allows a value) is not scored.
`"events": []` asserts that nothing should be coded from the article. See gold/team/README.md.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from frontlines.errors import FrontlinesError
from frontlines.model import ActorKind, DatePrecision, Factuality, Genre, PlacePrecision, PloverType

GOLD_SCHEMA_ID = "frontlines/gold/1"


class _Gold(BaseModel):
    model_config = ConfigDict(extra="forbid")


class GoldActor(_Gold):
    name: str | None = None
    country: str | None = Field(default=None, pattern=r"^[A-Z]{3}$")
    kind: ActorKind | None = None


class GoldPlace(_Gold):
    name: str | None = None
    country: str | None = Field(default=None, pattern=r"^[A-Z]{3}$")
    admin1: str | None = None
    lat: float | None = Field(default=None, ge=-90, le=90)
    lon: float | None = Field(default=None, ge=-180, le=180)
    geonameid: int | None = None
    precision: PlacePrecision | None = None


class GoldDate(_Gold):
    start: str | None = Field(default=None, pattern=r"^\d{4}-\d{2}-\d{2}$")
    end: str | None = Field(default=None, pattern=r"^\d{4}-\d{2}-\d{2}$")
    precision: DatePrecision | None = None


class GoldFatalities(_Gold):
    best: int | None = Field(default=None, ge=0)
    low: int | None = Field(default=None, ge=0)
    high: int | None = Field(default=None, ge=0)


class GoldAcled(_Gold):
    event_type: str
    sub_event_type: str | None = None


class GoldPlover(_Gold):
    type: PloverType
    mode: str | None = None


class GoldEvidence(_Gold):
    sentence: str = Field(description="the sentence, copied exactly from the text")
    trigger: str | None = None


class GoldEvent(_Gold):
    acled: GoldAcled | None = None
    plover: GoldPlover | None = None
    actor1: GoldActor | None = None
    actor2: GoldActor | None = None
    location: GoldPlace | None = None
    date: GoldDate | None = None
    fatalities: GoldFatalities | None = None
    injured: GoldFatalities | None = Field(
        default=None, description="people wounded (contract 1.1); left out when the sentence states none"
    )
    captured: GoldFatalities | None = Field(
        default=None, description="people abducted, arrested, detained or taken prisoner (contract 1.1)"
    )
    factuality: Factuality | None = None
    historical: bool | None = None
    attribution: str | None = None
    evidence: GoldEvidence | None = None


class GoldArticle(_Gold):
    id: str
    split: Literal["dev", "test"]
    text: str | None = None
    html: str | None = None
    published: str | None = Field(default=None, pattern=r"^\d{4}-\d{2}-\d{2}$")
    source: str | None = None
    url: str | None = None
    title: str | None = None
    genre: Genre | None = None
    notes: str | None = Field(default=None, description="what the article tests, for people")
    boilerplate: list[str] = Field(
        default_factory=list, description="lines of page chrome in the text; no event may come from them"
    )
    events: list[GoldEvent]

    @model_validator(mode="after")
    def _consistent(self) -> GoldArticle:
        if (self.text is None) == (self.html is None):
            raise ValueError("give exactly one of text or html")
        doc = self.text or self.html or ""
        for i, ev in enumerate(self.events):
            if ev.evidence is not None and ev.evidence.sentence not in doc:
                raise ValueError(
                    f"event {i}: evidence sentence is not in the text: {ev.evidence.sentence[:60]!r}"
                )
        for line in self.boilerplate:
            if line not in doc:
                raise ValueError(f"boilerplate line is not in the text: {line[:60]!r}")
        return self


class GoldError(FrontlinesError):
    """A gold file is malformed (names the file and line)."""


def load_gold(path: Path) -> list[GoldArticle]:
    articles: list[GoldArticle] = []
    seen: set[str] = set()
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            art = GoldArticle.model_validate(json.loads(line))
        except (json.JSONDecodeError, ValidationError) as exc:
            raise GoldError(f"{path}:{lineno}: {exc}") from exc
        if art.id in seen:
            raise GoldError(f"{path}:{lineno}: duplicate id {art.id}")
        seen.add(art.id)
        articles.append(art)
    return articles


def gold_json_schema() -> dict[str, object]:
    schema = GoldArticle.model_json_schema()
    schema["$id"] = GOLD_SCHEMA_ID
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return schema
