"""`frontlines export`: every format parsed back (csv, json, pyarrow) and checked against the store."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from frontlines.cli import app
from frontlines.config import load_settings
from frontlines.extract import Extractor
from frontlines.store import Store, parse_filter
from frontlines.store.export import acled_layout
from frontlines.store.ingest import ingest

runner = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory, extractor: Extractor) -> Iterator[tuple[str, Store]]:
    path = tmp_path_factory.mktemp("export") / "export.db"
    store = Store.open(f"sqlite:///{path}")
    samples = str(resources.files("frontlines").joinpath("examples", "samples.jsonl"))
    ingest([samples], load_settings(env={}), store, extractor=extractor)
    yield f"sqlite:///{path}", store
    store.close()


def _export(url: str, out: Path, *args: str) -> None:
    result = runner.invoke(app, ["export", "--db", url, "--out", str(out), *args])
    assert result.exit_code == 0, result.output


def _default_view(store: Store, **filters: object) -> list[dict[str, object]]:
    f = parse_filter(factuality="asserted", historical="false", **filters)  # type: ignore[arg-type]
    return store.events_page(f, 1000, 0)[1]


def test_acled_csv_layout_and_values(db: tuple[str, Store], tmp_path: Path) -> None:
    url, store = db
    out = tmp_path / "events.csv"
    _export(url, out, "--format", "acled-csv")
    with out.open(newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        assert reader.fieldnames == acled_layout().columns
        rows = {r["event_id_cnty"]: r for r in reader}
    expected = {e["id"]: e for e in _default_view(store) if e["acled"]}
    assert set(rows) == set(expected)  # asserted, non-historical, ACLED-typed only by default
    inter = acled_layout().inter
    for eid, ev in expected.items():
        row = rows[eid]
        assert row["event_type"] == ((ev["acled"] or {}).get("event_type") or "")
        assert row["event_date"] == (ev["date"]["start"] or "")  # type: ignore[index]
        a1 = ev["actor1"]
        assert row["inter1"] == (str(inter.get(a1["kind"], "")) if a1 else "")  # type: ignore[index]
        loc = ev["location"]
        if loc and loc["lat"] is not None:  # type: ignore[index]
            assert float(row["latitude"]) == loc["lat"]  # type: ignore[index]
    syria = [r for r in rows.values() if r["country"] == "Syria"]
    assert syria and all(r["geo_precision"] in ("1", "2", "3") for r in syria)
    battles = [r for r in rows.values() if r["event_type"] == "Battles"]
    assert battles and all(r["disorder_type"] == "Political violence" for r in battles)


def test_geojson_jsonl_and_filters(db: tuple[str, Store], tmp_path: Path) -> None:
    url, store = db
    gj, jl = tmp_path / "e.geojson", tmp_path / "e.jsonl"
    _export(url, gj, "--format", "geojson", "--country", "SYR")
    _export(url, jl, "--format", "jsonl", "--country", "SYR")
    fc = json.loads(gj.read_text(encoding="utf-8"))
    lines = [json.loads(line) for line in jl.read_text(encoding="utf-8").splitlines()]
    expected = _default_view(store, country="SYR")
    assert expected and [e["id"] for e in lines] == [e["id"] for e in expected]
    assert lines == expected  # the API's EventItem, line for line
    located = [e for e in expected if e["location"] and e["location"]["lat"] is not None]  # type: ignore[index]
    assert fc["type"] == "FeatureCollection" and len(fc["features"]) == len(located)
    for feat in fc["features"]:
        assert feat["geometry"]["type"] == "Point" and feat["properties"]["location"]["country"] == "SYR"


def test_parquet_flat_columns_and_all_switch(db: tuple[str, Store], tmp_path: Path) -> None:
    url, store = db
    out = tmp_path / "e.parquet"
    _export(url, out, "--format", "parquet", "--all")
    table = pq.read_table(out)
    assert table.num_rows == store.counts()["events"]
    for col in (
        "id",
        "article_id",
        "acled_type",
        "actor1_name",
        "lat",
        "lon",
        "date_start",
        "factuality",
        "historical",
        "confidence",
        "evidence_sentence",
        "article_title",
    ):
        assert col in table.schema.names
    assert (
        str(table.schema.field("lat").type) == "double"
        and str(table.schema.field("historical").type) == "bool"
    )
    assert set(table.column("factuality").to_pylist()) >= {"asserted"}


def test_export_usage_errors(db: tuple[str, Store], tmp_path: Path) -> None:
    url, _ = db
    assert runner.invoke(app, ["export", "--db", url, "--format", "xml"]).exit_code == 2
    assert runner.invoke(app, ["export", "--db", url, "--format", "parquet"]).exit_code == 2
    bad = runner.invoke(app, ["export", "--db", url, "--bbox", "1,2"])
    assert bad.exit_code == 2 and "bbox" in bad.output


def test_plover_only_events_stay_out_of_the_acled_csv(tmp_path: Path) -> None:
    settings = load_settings(env={"FRONTLINES_EXTRACT_EVENT_SCOPE": "all"})
    doc = tmp_path / "talks.txt"
    doc.write_text(
        "KHARTOUM, May 6, 2023 - Army and RSF envoys met in Jeddah on Saturday for talks, mediators said. "
        "Rebels attacked an army base in Nyala on Friday, killing four soldiers, officials said.\n",
        encoding="utf-8",
    )
    url = f"sqlite:///{tmp_path / 'scope.db'}"
    store = Store.open(url)
    try:
        ingest([str(doc)], settings, store, extractor=Extractor(settings))
        coded = store.events_page(parse_filter(), 1000, 0)[1]
    finally:
        store.close()
    assert {bool(e["acled"]) for e in coded} == {True, False}  # the meeting has no ACLED type
    out = tmp_path / "scope.csv"
    _export(url, out, "--format", "acled-csv", "--all")
    with out.open(newline="", encoding="utf-8") as fh:
        ids = {r["event_id_cnty"] for r in csv.DictReader(fh)}
    assert ids == {e["id"] for e in coded if e["acled"]}
