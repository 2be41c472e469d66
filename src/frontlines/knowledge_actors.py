"""The actor knowledge file (`data/actors.v1.yaml`): the schema of its named groups, countries and generic
actors, and of the whole file with its checks (unique group ids, branches of listed movements, leaders of
listed countries). Read and cached by `knowledge.actors()`.
"""

from __future__ import annotations

from collections import Counter

from pydantic import BaseModel, Field, model_validator

from frontlines.knowledge_file import FileHeader, FileSection
from frontlines.model import ActorKind


class _Data(FileSection, BaseModel):
    """A part of the file; `BaseModel` is named too so linters see a pydantic model."""


class Group(_Data):
    id: str
    name: str
    kind: ActorKind
    country: str | None
    aliases: list[str]


class Country(_Data):
    iso3: str = Field(pattern=r"^[A-Z]{3}$")
    name: str
    demonyms: list[str]
    names: list[str] = Field(default_factory=list)


class GenericActor(_Data):
    nouns: list[str]
    name: str
    kind: ActorKind


class ActorFile(FileHeader, _Data):
    groups: list[Group]
    countries: list[Country]
    force_nouns: dict[str, list[str]]
    generic: list[GenericActor]
    ethnic_groups: list[str] = Field(default_factory=list)
    """communities whose armed men ACLED codes as "<Name> Ethnic Militia" ("Murle youths")"""
    militia_nouns: list[str] = Field(default_factory=list)
    """head nouns that make an ethnic name an ethnic militia ("youths", "gunmen", "militia")"""
    leaders: dict[str, list[str]] = Field(default_factory=dict)
    """ISO3 -> heads of state or government (and foreign ministers) named in news: the government"""
    un_missions: dict[str, str] = Field(default_factory=dict)
    """ISO3 -> id of the group that is the UN peacekeeping mission there ("UN peacekeepers" in Congo)"""
    affiliates: dict[str, dict[str, str]] = Field(default_factory=dict)
    """group id -> ISO3 -> id of its local branch there ("al Qaeda-linked militants" in Mali: JNIM)"""
    branch_by_country: list[str] = Field(default_factory=list)
    """movements (ids in `affiliates`) whose plain name is their branch in a branch country, as ACLED
    names them ("Islamic State fighters" in Mozambique: Islamic State Mozambique Province)"""
    public_figures: dict[str, list[str]] = Field(default_factory=dict)
    """ISO3 -> well-known people who hold no state office (clerics, dissidents): people of that country"""
    offices: dict[str, list[str]] = Field(default_factory=dict)
    """ISO3 -> titles that alone name one country's head ("the pope", "the pontiff"): its government"""
    capitals: dict[str, list[str]] = Field(default_factory=dict)
    """ISO3 -> seats of government that stand for it only as a party ("Nairobi accused ..."), not as
    places ("a bomb in Nairobi"); capitals that stand for it anywhere are among the country's names"""

    @model_validator(mode="after")
    def _unique_group_ids(self) -> ActorFile:
        counts = Counter(g.id for g in self.groups)
        twice = sorted(gid for gid, n in counts.items() if n > 1)
        if twice:
            raise ValueError(f"group ids listed more than once: {', '.join(twice)}")
        return self

    @model_validator(mode="after")
    def _branches_of_movements(self) -> ActorFile:
        stray = sorted(set(self.branch_by_country) - set(self.affiliates))
        if stray:
            raise ValueError(f"branch_by_country names movements with no affiliates: {', '.join(stray)}")
        return self

    @model_validator(mode="after")
    def _leaders_of_known_countries(self) -> ActorFile:
        known = {c.iso3 for c in self.countries}
        unknown = sorted(
            (set(self.leaders) | set(self.public_figures) | set(self.offices) | set(self.capitals)) - known
        )
        if unknown:
            raise ValueError(f"leaders, figures or offices of countries not listed: {', '.join(unknown)}")
        return self
