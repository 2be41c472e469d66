"""The gazetteer knowledge file (`data/gazetteer.v2.json.gz`) as loaded: `GazPlace` rows and
`GazetteerFile` (places as columns plus the normalised-name index), validated on load. Read and cached by
`knowledge.gazetteer()`; searched through `geo.gazetteer.GazetteerIndex`.
"""

from __future__ import annotations

import array
import base64
import sys
from dataclasses import dataclass
from typing import Any, get_args

from pydantic import BaseModel, ConfigDict, Field

from frontlines.errors import KnowledgeError
from frontlines.model import PlacePrecision


@dataclass(frozen=True, slots=True)
class GazPlace:
    """One gazetteer place (a row of gazetteer.v2; see scripts/build_gazetteer.py and docs/gazetteer.md).
    `id` is the GeoNames id, or negative where the packages ship none (most divisions, named regions)."""

    id: int
    name: str
    country: str | None
    kind: PlacePrecision
    lat: float
    lon: float
    pop: int = 0
    admin1: str | None = None
    admin2: str | None = None


class GazetteerHeader(BaseModel):
    """The file's header: the fields every knowledge file has (schema, version, provenance), plus when it
    was built and how many places of each kind it holds."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    schema_: str = Field(alias="schema")
    version: str
    provenance: str
    built: str
    counts: dict[str, int]


_GAZ_COLUMNS = ("id", "name", "country", "kind", "lat", "lon", "pop", "admin1", "admin2")
_KINDS = set(get_args(PlacePrecision))


def _unpack(packed: str) -> array.array[int]:
    """A numeric column written as "<typecode>:<base64 of little-endian values>" (build_gazetteer.pack)."""
    code, _, data = packed.partition(":")
    if code not in ("i", "q"):
        raise KnowledgeError(f"gazetteer: unknown column typecode {code!r}")
    arr = array.array(code)
    try:
        arr.frombytes(base64.b64decode(data))
    except ValueError as exc:
        raise KnowledgeError(f"gazetteer: bad packed column: {exc}") from exc
    if sys.byteorder == "big":
        arr.byteswap()
    return arr


class GazetteerFile:
    """The gazetteer index as loaded: places as columns (numeric ones packed arrays, rows made on demand)
    and the normalised-name index (key -> row or rows). Validated on load: header schema, equal column
    lengths, known kinds, row numbers in range."""

    def __init__(self, data: dict[str, Any]) -> None:
        cols, names, strings = data.pop("places"), data.pop("names"), data.pop("strings")
        self.demonyms: dict[str, int] = data.pop("demonyms")
        self.capitals: frozenset[int] = frozenset(data.pop("capitals", ()))
        """GeoNames ids of the national capitals (absent from older files: none)"""
        self.header = GazetteerHeader.model_validate(data)
        self.version = self.header.version
        self.provenance = self.header.provenance
        if set(cols) != set(_GAZ_COLUMNS):
            raise KnowledgeError("gazetteer: places must have the columns " + ", ".join(_GAZ_COLUMNS))
        cols = {c: _unpack(v) if isinstance(v, str) else v for c, v in cols.items()}
        if len({len(v) for v in cols.values()}) != 1:
            raise KnowledgeError("gazetteer: places must have the columns " + ", ".join(_GAZ_COLUMNS))
        self.size = len(cols["id"])
        kinds = {strings[k] for k in set(cols["kind"])}
        if not kinds <= _KINDS:
            raise KnowledgeError(f"gazetteer: unknown place kinds {sorted(kinds - _KINDS)}")
        if any(not 0 <= r < self.size for r in self.demonyms.values()):
            raise KnowledgeError("gazetteer: a demonym points past the places")
        if len(names["keys"]) != len(names["rows"]):
            raise KnowledgeError("gazetteer: names.keys and names.rows differ in length")
        self._cols = cols
        self._strings: list[str] = strings
        self.names: dict[str, int | list[int]] = dict(zip(names["keys"], names["rows"], strict=True))
        self._rows: dict[int, GazPlace] = {}

    def place(self, row: int) -> GazPlace:
        found = self._rows.get(row)
        if found is None:
            c, s = self._cols, self._strings
            found = GazPlace(
                id=c["id"][row],
                name=c["name"][row],
                country=s[c["country"][row]] if c["country"][row] >= 0 else None,
                kind=s[c["kind"][row]],  # checked against PlacePrecision on load
                lat=c["lat"][row] / 10_000,
                lon=c["lon"][row] / 10_000,
                pop=c["pop"][row],
                admin1=s[c["admin1"][row]] if c["admin1"][row] >= 0 else None,
                admin2=s[c["admin2"][row]] if c["admin2"][row] >= 0 else None,
            )
            self._rows[row] = found
        return found

    def id_of(self, row: int) -> int:
        """The GeoNames (or synthetic) id of a row, without making its place."""
        return int(self._cols["id"][row])

    def rows_for(self, key: str) -> list[int]:
        found = self.names.get(key)
        if found is None:
            return []
        return [found] if isinstance(found, int) else found

    def names_by_country(self) -> dict[str, list[str]]:
        """Country (ISO3) -> the normalised names of its places (a name once per country)."""
        country, strings = self._cols["country"], self._strings
        table: dict[int, list[str]] = {}
        for key, rows in self.names.items():
            if isinstance(rows, int):
                table.setdefault(country[rows], []).append(key)
            else:
                for code in {country[r] for r in rows}:
                    table.setdefault(code, []).append(key)
        return {strings[code]: keys for code, keys in table.items() if code >= 0}

    def rows_of_kind(self, kind: str) -> list[int]:
        code = self._strings.index(kind) if kind in self._strings else -2
        return [i for i, k in enumerate(self._cols["kind"]) if k == code]

    @property
    def places(self) -> list[GazPlace]:
        """Every place (made on first use: prefer `rows_for` + `place`)."""
        return [self.place(i) for i in range(self.size)]
