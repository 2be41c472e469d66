"""Settings: one defaults file (`defaults.toml`), validated on load; environment variables override.

Environment overrides are named FRONTLINES_<SECTION>_<KEY> (upper case), e.g. FRONTLINES_INPUT_MAX_BYTES.
"""

from __future__ import annotations

import json
import os
import tomllib
from collections.abc import Mapping
from importlib import resources
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from frontlines.errors import ConfigError

ENV_PREFIX = "FRONTLINES_"


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid")


class InputSettings(_Section):
    max_bytes: int = Field(gt=0)
    max_binary_ratio: float = Field(ge=0.0, le=1.0)
    # libxml2 stops building the tree at 256 levels and silently drops the rest of the page
    max_html_depth: int = Field(gt=0, le=255)


class NlpSettings(_Section):
    model: str
    disable: list[str]
    batch_size: int = Field(gt=0)
    group_documents: int = Field(gt=0)


EventScope = Literal["conflict", "all"]
"""which events are coded: "conflict" = those with an ACLED type, "all" = every PLOVER type"""


class ExtractSettings(_Section):
    candidates_only: bool
    event_scope: EventScope
    max_sentence_chars: int = Field(gt=0)


class EvalSettings(_Section):
    benchmarks_dir: str
    gold_dir: str


class FetchSettings(_Section):
    timeout_seconds: float = Field(gt=0)
    max_bytes: int = Field(gt=0)
    max_items: int = Field(gt=0)
    max_redirects: int = Field(ge=0)
    feed_content_min_chars: int = Field(ge=0)
    user_agent: str
    state_file: str


class CleanSettings(_Section):
    languages: list[str]
    min_language_chars: int = Field(ge=0)
    min_language_confidence: float = Field(ge=0.0, le=1.0)
    dedupe: bool
    near_duplicate_threshold: float = Field(gt=0.0, le=1.0)
    shingle_words: int = Field(gt=0)
    num_perm: int = Field(gt=0)


class StoreSettings(_Section):
    url: str
    data_dir: str
    batch_size: int = Field(gt=0)


class ServeSettings(_Section):
    host: str
    port: int = Field(gt=0, lt=65536)
    token: str
    page_size: int = Field(gt=0)
    max_page_size: int = Field(gt=0)


class Settings(_Section):
    input: InputSettings
    fetch: FetchSettings
    clean: CleanSettings
    nlp: NlpSettings
    extract: ExtractSettings
    eval: EvalSettings
    store: StoreSettings
    serve: ServeSettings


def _read_defaults() -> dict[str, Any]:
    text = resources.files("frontlines").joinpath("defaults.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def _coerce(raw: str) -> Any:
    """Environment values are JSON when they parse as JSON (numbers, booleans, lists), else strings."""
    try:
        return json.loads(raw)
    except json.JSONDecodeError:
        return raw


def load_settings(
    env: Mapping[str, str] | None = None, overrides: Mapping[str, Mapping[str, Any]] | None = None
) -> Settings:
    """Defaults, then environment variables, then explicit overrides (CLI flags); validated once."""
    data = _read_defaults()
    environ = os.environ if env is None else env
    for name, value in environ.items():
        if not name.startswith(ENV_PREFIX):
            continue
        rest = name[len(ENV_PREFIX) :].lower()
        section, _, key = rest.partition("_")
        if section in data and key in data[section]:
            data[section][key] = _coerce(value)
        elif section in data:
            raise ConfigError(f"{name}: no setting {key!r} in section [{section}] of defaults.toml")
    for section, values in (overrides or {}).items():
        data.setdefault(section, {}).update(values)
    try:
        return Settings.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(f"invalid settings: {exc}") from exc
