"""The header every versioned data file starts with (`schema`, `version`, `provenance`; README,
"Knowledge files"), as one pydantic base for the models of those files."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class FileHeader(BaseModel):
    """`schema` names the file's format (checked by its loader), `version` is recorded on results,
    `provenance` says where the content comes from. Unknown keys are errors; loaded files are frozen."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    schema_: str = Field(alias="schema")
    version: str
    provenance: str


class FileSection(BaseModel):
    """A part of a knowledge file: unknown keys are errors; loaded values are frozen."""

    model_config = ConfigDict(extra="forbid", frozen=True)
