"""`frontlines export`: the stored events (with the API's filters) as ACLED-layout CSV, GeoJSON,
JSONL or Parquet. Rows are streamed from the database; nothing holds the whole result in memory
except Parquet's current row group."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterator
from datetime import datetime
from functools import cache
from importlib import resources
from pathlib import Path
from typing import IO, Any

import yaml

from frontlines import knowledge
from frontlines.knowledge_file import FileHeader
from frontlines.store.filters import EventFilter
from frontlines.store.schema import ArticleRow, EventRow
from frontlines.store.store import Store

FORMATS = ("acled-csv", "geojson", "jsonl", "parquet")
PARQUET_ROWS = 50_000


class AcledLayout(FileHeader):
    columns: list[str]
    inter: dict[str, int]
    time_precision: dict[str, int]
    geo_precision: dict[str, int]
    disorder_type: dict[str, str]


@cache
def acled_layout() -> AcledLayout:
    text = resources.files("frontlines.store").joinpath("acled_export.v1.yaml").read_text(encoding="utf-8")
    return AcledLayout.model_validate(yaml.safe_load(text))


@cache
def country_names() -> dict[str, str]:
    """ISO3 -> country name, from the gazetteer's country entries."""
    return {p.country: p.name for p in knowledge.gazetteer().places if p.kind == "country" and p.country}


def item(ev: EventRow, art: ArticleRow) -> dict[str, Any]:
    """The API's EventItem for one stored event."""
    return {
        **ev.data,
        "article": {
            "id": art.id,
            "title": art.title,
            "source": art.source,
            "url": art.url,
            "published": art.published,
        },
    }


def _opt(value: Any) -> Any:
    return "" if value is None else value


def acled_row(ev: EventRow, art: ArticleRow) -> dict[str, Any]:
    """One ACLED-layout row (docs/store.md lists the mapping)."""
    lay = acled_layout()
    inter1 = lay.inter.get(ev.actor1_kind or "")
    inter2 = lay.inter.get(ev.actor2_kind or "")
    interaction = ""
    if inter1 is not None:
        interaction = str(inter1 * 10) if inter2 is None else "".join(sorted(f"{inter1}{inter2}"))
    disorder = lay.disorder_type.get(f"{ev.acled_type}/{ev.acled_subtype}") or lay.disorder_type.get(
        ev.acled_type or ""
    )
    tags = [f"factuality={ev.factuality}", f"confidence={ev.confidence:.2f}"]
    if ev.historical:
        tags.append("historical")
    return {
        "event_id_cnty": ev.id,
        "event_date": _opt(ev.date_start),
        "year": ev.date_start[:4] if ev.date_start else "",
        "time_precision": _opt(lay.time_precision.get(ev.date_precision or "")),
        "disorder_type": _opt(disorder),
        "event_type": _opt(ev.acled_type),
        "sub_event_type": _opt(ev.acled_subtype),
        "actor1": _opt(ev.actor1_name),
        "assoc_actor_1": "",
        "inter1": _opt(inter1),
        "actor2": _opt(ev.actor2_name),
        "assoc_actor_2": "",
        "inter2": _opt(inter2),
        "interaction": interaction,
        "civilian_targeting": "Civilian targeting" if ev.actor2_kind == "civilians" else "",
        "iso": "",
        "region": "",
        "country": country_names().get(ev.place_country or "", "") if ev.place_country else "",
        "admin1": _opt(ev.place_admin1),
        "admin2": _opt(ev.place_admin2),
        "admin3": "",
        "location": _opt(ev.place_name),
        "latitude": _opt(ev.lat),
        "longitude": _opt(ev.lon),
        "geo_precision": _opt(lay.geo_precision.get(ev.place_precision or "")),
        "source": _opt(art.source),
        "source_scale": "",
        "notes": ev.evidence_sentence,
        "fatalities": _opt(ev.fatalities_best),
        "tags": "; ".join(tags),
        "timestamp": int(datetime.fromisoformat(art.ingested_at).timestamp()),
    }


def feature(data: dict[str, Any]) -> dict[str, Any] | None:
    """A GeoJSON Point feature for an EventItem, or None when it has no coordinates."""
    loc = data.get("location") or {}
    if loc.get("lat") is None or loc.get("lon") is None:
        return None
    return {
        "type": "Feature",
        "id": data["id"],
        "geometry": {"type": "Point", "coordinates": [loc["lon"], loc["lat"]]},
        "properties": data,
    }


FLAT_COLUMNS = [c.name for c in EventRow.__table__.columns if c.name != "data"]
ARTICLE_COLUMNS = ["title", "source", "url", "published"]


def flat_row(ev: EventRow, art: ArticleRow) -> dict[str, Any]:
    row = {name: getattr(ev, name) for name in FLAT_COLUMNS}
    row.update({f"article_{name}": getattr(art, name) for name in ARTICLE_COLUMNS})
    return row


def _write_csv(rows: Iterator[tuple[EventRow, ArticleRow]], out: IO[str]) -> int:
    writer = csv.DictWriter(out, fieldnames=acled_layout().columns, lineterminator="\n")
    writer.writeheader()
    n = 0
    for ev, art in rows:
        if ev.acled_type is None:
            continue  # a PLOVER-only event (extract.event_scope = "all") has no ACLED row
        writer.writerow(acled_row(ev, art))
        n += 1
    return n


def _write_jsonl(rows: Iterator[tuple[EventRow, ArticleRow]], out: IO[str]) -> int:
    n = 0
    for ev, art in rows:
        out.write(json.dumps(item(ev, art), ensure_ascii=False) + "\n")
        n += 1
    return n


def _write_geojson(rows: Iterator[tuple[EventRow, ArticleRow]], out: IO[str]) -> int:
    out.write('{"type": "FeatureCollection", "features": [')
    n = 0
    for ev, art in rows:
        feat = feature(item(ev, art))
        if feat is None:
            continue
        out.write(("," if n else "") + "\n" + json.dumps(feat, ensure_ascii=False))
        n += 1
    out.write("\n]}\n")
    return n


def _write_parquet(rows: Iterator[tuple[EventRow, ArticleRow]], path: Path) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    types: dict[str, Any] = {}
    for col in EventRow.__table__.columns:
        if col.name == "data":
            continue
        py = col.type.python_type
        types[col.name] = {int: pa.int64(), float: pa.float64(), bool: pa.bool_()}.get(py, pa.string())
    for name in ARTICLE_COLUMNS:
        types[f"article_{name}"] = pa.string()
    schema = pa.schema(list(types.items()))
    n = 0
    with pq.ParquetWriter(str(path), schema) as writer:
        buffer: list[dict[str, Any]] = []

        def flush() -> None:
            if buffer:
                writer.write_table(pa.Table.from_pylist(buffer, schema=schema))
                buffer.clear()

        for ev, art in rows:
            buffer.append(flat_row(ev, art))
            n += 1
            if len(buffer) >= PARQUET_ROWS:
                flush()
        flush()
    return n


TextWriter = Callable[[Iterator[tuple[EventRow, ArticleRow]], IO[str]], int]
TEXT_WRITERS: dict[str, TextWriter] = {
    "acled-csv": _write_csv,
    "jsonl": _write_jsonl,
    "geojson": _write_geojson,
}


def export(store: Store, f: EventFilter, fmt: str, out: Path | None, stdout: IO[str]) -> int:
    """Write the matching events in `fmt` to `out` (or `stdout` for text formats); returns the count
    written. Parquet needs a file."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}")
    rows = store.iter_events(f)
    if fmt == "parquet":
        if out is None:
            raise ValueError("parquet export needs --out FILE")
        return _write_parquet(rows, out)
    if out is None:
        return TEXT_WRITERS[fmt](rows, stdout)
    with out.open("w", encoding="utf-8", newline="") as fh:
        return TEXT_WRITERS[fmt](rows, fh)
