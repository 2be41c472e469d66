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

from frontlines.errors import KnowledgeError
from frontlines.geo.names import skeleton
from frontlines.knowledge_file import FileHeader
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


class GazetteerHeader(FileHeader):
    """The file's header: the fields every knowledge file has (schema, version, provenance), plus when it
    was built and how many places of each kind it holds."""

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
    """The gazetteer index as loaded: places as columns (numeric ones packed arrays, rows made on demand),
    the normalised-name index (key -> row or rows) and the names' consonant-skeleton index (schema 4,
    `skeleton_index`). Validated on load: header schema, equal column lengths, known kinds, row numbers
    in range."""

    def __init__(self, data: dict[str, Any]) -> None:
        cols, names, strings = data.pop("places"), data.pop("names"), data.pop("strings")
        skeletons = data.pop("skeletons")
        if not isinstance(skeletons, str):
            raise KnowledgeError("gazetteer: skeletons must be a string (schema 4)")
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
        self._keys: list[str] = names["keys"]
        self.names: dict[str, int | list[int]] = dict(zip(names["keys"], names["rows"], strict=True))
        self._rows: dict[int, GazPlace] = {}
        # bisected in place: as a dict or list of 180k skeletons it would take +14 MB and a pass at load
        self._bones = f"\n{skeletons}\n" if skeletons else "\n"

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

    def keys_of_skeleton(self, bone: str) -> list[str]:
        """The name keys whose consonant skeleton (`geo.names.skeleton`) is `bone`, in the index's order:
        the line of `bone` found by bisection over the sorted lines of `skeleton_index`."""
        text = self._bones
        if "\n" in bone or "\t" in bone:
            return []
        # lo, hi: line breaks; the line after the first break in [lo, hi] is the first one >= bone
        lo, hi = 0, len(text) - 1
        while lo < hi:
            at = text.rfind("\n", lo, (lo + hi) // 2 + 1)
            if text[at + 1 : text.index("\t", at + 1)] < bone:
                lo = text.index("\n", at + 1)
            else:
                hi = at
        if not text.startswith(f"\n{bone}\t", lo):
            return []
        numbers = text[lo + len(bone) + 2 : text.index("\n", lo + 1)].split()
        return [self._keys[int(n)] for n in numbers]

    def countries_of(self, key: str) -> set[str]:
        """The countries (ISO3) of the places named `key`."""
        country = self._cols["country"]
        return {self._strings[country[r]] for r in self.rows_for(key) if country[r] >= 0}

    def rows_with_ids(self, ids: frozenset[int]) -> list[int]:
        """The rows whose GeoNames id is in `ids` (one pass over the id column, no place made)."""
        return [i for i, x in enumerate(self._cols["id"]) if x in ids]

    def rows_of_kind(self, kind: str) -> list[int]:
        code = self._strings.index(kind) if kind in self._strings else -2
        return [i for i, k in enumerate(self._cols["kind"]) if k == code]

    @property
    def places(self) -> list[GazPlace]:
        """Every place (made on first use: prefer `rows_for` + `place`)."""
        return [self.place(i) for i in range(self.size)]


def skeleton_index(keys: list[str]) -> str:
    """The names' consonant-skeleton index as the file holds it (schema 4; written by the build): one line
    a skeleton (`geo.names.skeleton`), in sorted order, "<skeleton>\\t<numbers of its name keys>"; the
    places under another romanisation of a name (`GazetteerIndex.lookup_spelling`) are then a bisection
    away instead of a table built at run time."""
    numbers: dict[str, list[str]] = {}
    for i, key in enumerate(keys):
        numbers.setdefault(skeleton(key), []).append(str(i))
    return "\n".join(f"{bone}\t{' '.join(numbers[bone])}" for bone in sorted(numbers))
