"""The output contract (`../shared/DESIGN.md` §2) as pydantic models: version 1.1 = version 1 plus two
counts on every event, `injured` and `captured` (same shape as `fatalities`), kept apart from the dead.

This module is the only place the contract's types are defined. `frontlines schema` prints the JSON
Schema generated from `ExtractResult`; every consumer (CLI, store, API, exports) goes through these
models. Unknown values are `None` (JSON null), never "".
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_ID = "frontlines/extract/1.1"

PloverType = Literal[
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
]
ActorKind = Literal[
    "state_forces",
    "government",
    "rebels",
    "political_militia",
    "identity_militia",
    "rioters",
    "protesters",
    "civilians",
    "external",
    "other",
]
PlacePrecision = Literal["point", "city", "district", "admin1", "country", "region"]
DatePrecision = Literal["day", "week", "month", "year"]
Factuality = Literal["asserted", "predicted", "hypothetical", "negated", "uncertain"]
Genre = Literal["news", "opinion", "press_release", "other"]


class _Model(BaseModel):
    # the serialised schema lists every field as required: output always carries every key
    model_config = ConfigDict(extra="forbid", json_schema_serialization_defaults_required=True)


class Dateline(_Model):
    place: str | None = None
    date: str | None = Field(default=None, description="ISO 8601 date read from the dateline")


class Article(_Model):
    id: str = Field(description="stable: hash of the normalised body")
    url: str | None = None
    source: str | None = None
    title: str | None = None
    published: str | None = Field(default=None, description="YYYY-MM-DD")
    dateline: Dateline | None = None
    language: str = "en"
    genre: Genre = "news"
    body: str
    boilerplate: list[str] = Field(default_factory=list, description="what was removed, in order")


class Plover(_Model):
    type: PloverType
    mode: str | None = None


class Acled(_Model):
    event_type: str
    sub_event_type: str


class Actor(_Model):
    text: str
    name: str
    country: str | None = Field(default=None, description="ISO 3166-1 alpha-3")
    kind: ActorKind
    id: str | None = None


class Place(_Model):
    text: str
    name: str
    country: str | None = Field(default=None, description="ISO 3166-1 alpha-3")
    admin1: str | None = None
    admin2: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    precision: PlacePrecision | None = Field(
        description="null (contract 1.1) for a place the text names that the gazetteer does not know: "
        "kept as text, lat/lon null, never put at a capital"
    )


class EventDate(_Model):
    text: str | None = Field(default=None, description="the date expression; null when the text has none")
    start: str | None = None
    end: str | None = None
    precision: DatePrecision | None = None


class Count(_Model):
    """A count of people: best estimate, bounds when the text gives them, and the words it came from."""

    best: int | None = None
    low: int | None = None
    high: int | None = None
    text: str | None = None


class Fatalities(Count):
    """People killed (never the wounded or the captured, which have their own counts)."""


class Evidence(_Model):
    sentence: str
    start: int = Field(description="character offset of the sentence in article.body")
    end: int
    trigger: str


class Event(_Model):
    id: str
    plover: Plover
    acled: Acled | None = None
    cameo: str | None = None
    actor1: Actor | None = None
    actor2: Actor | None = None
    location: Place | None = None
    date: EventDate
    fatalities: Fatalities
    injured: Count = Field(
        default_factory=Count,
        description="people wounded or injured (contract 1.1; never added to fatalities)",
    )
    captured: Count = Field(
        default_factory=Count,
        description="people abducted, arrested, detained or taken prisoner (contract 1.1)",
    )
    factuality: Factuality
    attribution: str | None = None
    historical: bool
    evidence: Evidence
    confidence: float = Field(ge=0.0, le=1.0)


class ExtractResult(_Model):
    schema_: Literal["frontlines/extract/1.1"] = Field(default="frontlines/extract/1.1", alias="schema")
    article: Article
    events: list[Event] = Field(default_factory=list)
    # Not in §2's listing but required by the style guide (every result records the logic that made it);
    # an added optional field, so version 1 consumers are unaffected.
    stages: dict[str, str] = Field(default_factory=dict, description="stage name -> version that ran")

    model_config = ConfigDict(
        extra="forbid", populate_by_name=True, json_schema_serialization_defaults_required=True
    )

    def to_json_dict(self) -> dict[str, object]:
        return self.model_dump(mode="json", by_alias=True)


def json_schema() -> dict[str, object]:
    """The JSON Schema of one `frontlines extract` result, generated from the models above."""
    schema = ExtractResult.model_json_schema(by_alias=True, mode="serialization")
    schema["$id"] = SCHEMA_ID
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return schema
