"""The linking rules as validated data (`frontlines/data/link.v1.yaml`): distance by place precision,
date tolerance by date precision, compatible ACLED sub-types and actor kinds, score weights.

They are data, not code, so tuning them on the dev split is a visible, versioned edit of one file."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from frontlines.errors import KnowledgeError
from frontlines.knowledge_file import FileHeader

SCHEMA = "frontlines/link/1"


class Weights(BaseModel):
    model_config = ConfigDict(extra="forbid")
    type_same: float
    type_group: float
    place_same_name: float
    place_near: float
    place_coarse: float
    date_same_day: float
    date_overlap: float
    actor_named_match: float
    actor_generic_match: float
    fatalities_match: float


class LinkRules(FileHeader):
    place_km: dict[str, float | None]
    date_tolerance_days: dict[str, int]
    undated_window_days: int = Field(ge=0)
    acled_groups: list[list[str]]
    generic_actor_names: list[str]
    actor_kind_groups: list[list[str]]
    weights: Weights
    threshold: float
    merge_threshold: float

    def subtypes_compatible(self, a: str, b: str) -> bool:
        return a == b or any(a in g and b in g for g in self.acled_groups)

    def kinds_compatible(self, a: str, b: str) -> bool:
        return a == b or any(a in g and b in g for g in self.actor_kind_groups)

    def max_tolerance(self) -> int:
        return max([*self.date_tolerance_days.values(), self.undated_window_days])


def parse_rules(data: Any) -> LinkRules:
    try:
        rules = LinkRules.model_validate(data)
    except ValidationError as exc:
        raise KnowledgeError(f"link rules fail their schema: {exc}") from exc
    if rules.schema_ != SCHEMA:
        raise KnowledgeError(f"link rules: schema {rules.schema_!r}, expected {SCHEMA!r}")
    return rules


@lru_cache(maxsize=1)
def load_rules() -> LinkRules:
    """The shipped rules, read and validated once per process."""
    text = resources.files("frontlines").joinpath("data", "link.v1.yaml").read_text(encoding="utf-8")
    return parse_rules(yaml.safe_load(text))
