"""The HTTP API over real HTTP: uvicorn on a free loopback port, a SQLite store filled by the real
ingest path, httpx as the client. Checks every endpoint, filters, paging, the error shape and the
token rules of docs/api.md."""

from __future__ import annotations

import json
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import httpx
import pytest
from live_server import Server

from frontlines.api import create_app
from frontlines.config import Settings, load_settings
from frontlines.extract import Extractor
from frontlines.store import Store
from frontlines.store.ingest import ingest

SCRIPT = '<script>alert("x")</script>'
HOSTILE = {
    "title": f"Clashes in Aleppo {SCRIPT}",
    "published": "2016-08-02",
    "source": "Test Wire",
    "text": f"ALEPPO, Aug. 2 — Syrian troops clashed with rebels in Aleppo on Monday, {SCRIPT} the army said",
}


def _settings(tmp: Path, token: str = "") -> Settings:
    return load_settings(env={"FRONTLINES_STORE_DATA_DIR": str(tmp), "FRONTLINES_SERVE_TOKEN": token})


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory, extractor: Extractor) -> Iterator[Store]:
    tmp = tmp_path_factory.mktemp("api")
    inputs = tmp / "inputs.jsonl"
    samples = resources.files("frontlines").joinpath("examples", "samples.jsonl").read_text(encoding="utf-8")
    inputs.write_text(samples + json.dumps(HOSTILE) + "\n", encoding="utf-8")
    settings = _settings(tmp)
    store = Store.open(f"sqlite:///{tmp / 'api.db'}")
    summary = ingest([str(inputs)], settings, store, extractor=extractor)
    assert summary.stored == 15 and summary.events > 20
    yield store
    store.close()


@pytest.fixture(scope="module")
def api(db: Store, tmp_path_factory: pytest.TempPathFactory) -> Iterator[httpx.Client]:
    empty = tmp_path_factory.mktemp("nostatic")
    with Server(create_app(_settings(empty), db, static_dir=empty)) as client:
        yield client


def _error(resp: httpx.Response, status: int, code: str) -> str:
    assert resp.status_code == status, resp.text
    body = resp.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message"}
    assert body["error"]["code"] == code
    message: str = body["error"]["message"]
    return message


def test_healthz(api: httpx.Client, db: Store) -> None:
    counts = db.counts()
    assert api.get("/healthz").json() == {
        "status": "ok",
        "database": "sqlite",
        "events": counts["events"],
        "articles": counts["articles"],
    }


def test_events_paging_and_filters(api: httpx.Client, db: Store) -> None:
    first = api.get("/api/events").json()
    assert first["limit"] == 100 and first["offset"] == 0 and first["total"] == db.counts()["events"]
    assert first["total_is_lower_bound"] is False  # exact up to 10,000 matches
    page = api.get("/api/events", params={"limit": 5, "offset": 5}).json()
    assert [i["id"] for i in page["items"]] == [i["id"] for i in first["items"][5:10]]
    item = page["items"][0]
    assert {"id", "plover", "acled", "actor1", "location", "date", "evidence", "article"} <= set(item)
    assert set(item["article"]) == {"id", "title", "source", "url", "published"}
    syr = api.get("/api/events", params={"country": "SYR", "acled_type": ["Battles", "Riots"]}).json()
    assert syr["total"] > 0
    assert all(i["location"]["country"] == "SYR" for i in syr["items"])
    assert all(i["acled"]["event_type"] in ("Battles", "Riots") for i in syr["items"])
    both = api.get("/api/events", params=[("factuality", "asserted"), ("factuality", "predicted")]).json()
    assert {i["factuality"] for i in both["items"]} <= {"asserted", "predicted"}
    boxed = api.get("/api/events", params={"bbox": "35,30,40,37", "start": "2016-01-01", "end": "2016-12-31"})
    for i in boxed.json()["items"]:
        assert 35 <= i["location"]["lon"] <= 40 and 30 <= i["location"]["lat"] <= 37
        assert i["date"]["start"] <= "2016-12-31" and (i["date"]["end"] or i["date"]["start"]) >= "2016-01-01"
    found = api.get("/api/events", params={"q": "Palmyra"}).json()
    assert found["total"] > 0 and all(i["article"]["title"] for i in found["items"])


def test_event_detail_has_body_and_untrusted_text_stays_a_string(api: httpx.Client) -> None:
    items = api.get("/api/events", params={"q": "Aleppo alert"}).json()["items"]
    assert items, "the hostile article was coded into an event"
    detail = api.get(f"/api/events/{items[0]['id']}")
    assert detail.headers["content-type"].startswith("application/json")
    body = detail.json()
    assert SCRIPT in body["article"]["body"] and body["article"]["title"] == HOSTILE["title"]
    ev = body["evidence"]
    assert body["article"]["body"][ev["start"] : ev["end"]] == ev["sentence"]
    article = api.get(f"/api/articles/{body['article']['id']}").json()
    assert body["id"] in article["events"] and article["duplicate_of"] is None
    assert {"id", "url", "source", "title", "published", "dateline", "language", "genre", "body"} <= set(
        article
    )


def test_geojson_and_stats(api: httpx.Client) -> None:
    resp = api.get("/api/events.geojson", params={"limit": 10})
    assert resp.headers["content-type"].startswith("application/geo+json")
    fc = resp.json()
    assert fc["type"] == "FeatureCollection" and 0 < len(fc["features"]) <= 10
    assert fc["total_is_lower_bound"] is False and fc["total"] >= len(fc["features"])
    for feat in fc["features"]:
        lon, lat = feat["geometry"]["coordinates"]
        assert feat["properties"]["location"]["lon"] == lon and feat["properties"]["location"]["lat"] == lat
        assert "body" not in feat["properties"]["article"]
    stats = api.get("/api/stats", params={"country": "SYR"}).json()
    assert stats["total"] == api.get("/api/events", params={"country": "SYR"}).json()["total"]
    assert sum(t["count"] for t in stats["by_type"]) == stats["total"]
    assert all(set(d) == {"date", "acled_type", "count"} for d in stats["by_day"])


@pytest.mark.parametrize(
    "params",
    [
        {"bbox": "1,2,3"},
        {"start": "yesterday"},
        {"acled_type": "Battle"},
        {"factuality": "rumoured"},
        {"historical": "maybe"},
        {"limit": "0"},
        {"limit": "1001"},
        {"limit": "ten"},
        {"offset": "-1"},
    ],
)
def test_bad_parameters_are_422_in_the_error_shape(api: httpx.Client, params: dict[str, str]) -> None:
    for path in ("/api/events", "/api/events.geojson"):
        message = _error(api.get(path, params=params), 422, "bad_request")
        assert next(iter(params)) in message


def test_not_found_and_read_only(api: httpx.Client) -> None:
    _error(api.get("/api/events/nope"), 404, "not_found")
    _error(api.get("/api/articles/nope"), 404, "not_found")
    _error(api.get("/api/nothing-here"), 404, "not_found")
    _error(
        api.post("/api/articles", json={"text": "x"}, headers={"Authorization": "Bearer x"}), 403, "forbidden"
    )
    assert "not installed" in api.get("/").text
    assert api.get("/openapi.json").json()["paths"]["/api/events"]


def test_post_needs_the_token_and_stores_once(db: Store, tmp_path: Path) -> None:
    static = tmp_path / "static"
    static.mkdir()
    (static / "index.html").write_text("<title>map</title>", encoding="utf-8")
    article = {
        "text": "KABUL, March 3 — Taliban fighters attacked a police checkpoint in Kunduz on Monday, killing "
        "four officers, officials said.",
        "published": "2021-03-03",
        "source": "Test Wire",
    }
    with Server(create_app(_settings(tmp_path, token="s3cret"), db, static_dir=static)) as client:
        assert client.get("/").text == "<title>map</title>"
        _error(client.post("/api/articles", json=article), 403, "forbidden")
        _error(
            client.post("/api/articles", json=article, headers={"Authorization": "Bearer nope"}),
            403,
            "forbidden",
        )
        auth = {"Authorization": "Bearer s3cret"}
        _error(client.post("/api/articles", json={"source": "x"}, headers=auth), 422, "bad_request")
        _error(client.post("/api/articles", json={"text": "  "}, headers=auth), 422, "rejected")
        created = client.post("/api/articles", json=article, headers=auth)
        assert created.status_code == 201, created.text
        body = created.json()
        assert body["created"] is True and body["events"]
        stored = client.get(f"/api/articles/{body['id']}").json()
        assert stored["events"] == body["events"] and stored["source"] == "Test Wire"
        again = client.post("/api/articles", json=article, headers=auth)
        assert again.status_code == 200 and again.json()["created"] is False


def test_linked_events_and_change_feed(api: httpx.Client) -> None:
    page = api.get("/api/linked-events", params={"limit": 5}).json()
    assert page["total"] > 0 and 0 < len(page["items"]) <= 5
    first = page["items"][0]
    assert first["status"] == "live" and first["mentions"] >= 1 and "provenance" not in first
    detail = api.get(f"/api/linked-events/{first['id']}").json()
    assert detail["id"] == first["id"] and detail["redirected_from"] == []
    origin = detail["provenance"]["type"][0]
    assert {"mention", "article", "source", "evidence"} <= set(origin)
    syr = api.get("/api/linked-events", params={"country": "SYR"}).json()
    assert syr["total"] > 0 and all(i["location"]["country"] == "SYR" for i in syr["items"])
    feed = api.get("/api/changes", params={"since": 0, "limit": 3}).json()
    assert [c["seq"] for c in feed["changes"]] == sorted(c["seq"] for c in feed["changes"])
    assert feed["next"] == feed["changes"][-1]["seq"]
    rest = api.get("/api/changes", params={"since": feed["next"]}).json()
    assert all(c["seq"] > feed["next"] for c in rest["changes"])
    _error(api.get("/api/linked-events/nope"), 404, "not_found")
    _error(api.get("/api/changes", params={"since": "-1"}), 422, "bad_request")


def test_territorial_control(api: httpx.Client) -> None:
    places = api.get("/api/control", params={"country": "SYR"}).json()["places"]
    palmyra = next(p for p in places if p["place"]["text"] == "Palmyra")
    assert palmyra["holder"]["kind"] == "state_forces"
    assert palmyra["changes"][-1]["evidence"]["sentence"].startswith("Syrian troops")
    geo = api.get("/api/control.geojson").json()
    assert geo["type"] == "FeatureCollection" and geo["features"]
    assert all(
        f["properties"]["holder"] is None or "name" in f["properties"]["holder"] for f in geo["features"]
    )
    _error(api.get("/api/control", params={"country": "Syria"}), 422, "bad_request")
