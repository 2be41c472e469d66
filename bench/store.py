"""Store benchmark: ingest rate vs `extract` alone, and API latency on a large generated database.

1. Ingest: the bench corpus coded by one warm Extractor, (a) extract only, (b) `ingest` into a fresh
   SQLite store (reading, skip checks, batched writes); articles/s of each and their ratio, same run.
2. API: N generated events (default 1,000,000; one article per 10 events, with bodies for full-text
   search) written straight into a migrated SQLite store with executemany, then `frontlines serve`
   in a subprocess and --requests timed requests per query; p50 / p95 in milliseconds.

Run: make bench-store   (or: .venv/bin/python bench/store.py --events 100000 --requests 30)
"""

from __future__ import annotations

import argparse
import json
import os
import random
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import httpx

CORPUS = Path(__file__).resolve().parent / "corpus"
BATCH = 50_000
COUNTRIES = {  # ISO3 -> (lon, lat) centre of the generated events
    "SYR": (38.5, 35.0),
    "IRQ": (43.7, 33.2),
    "UKR": (31.2, 48.4),
    "SDN": (30.2, 15.5),
    "COD": (28.5, -2.0),
    "MLI": (-2.0, 17.0),
    "YEM": (47.5, 15.5),
    "AFG": (67.7, 33.9),
    "SOM": (45.3, 5.1),
    "NGA": (8.7, 9.1),
}
WORDS = (
    "army shelling village convoy checkpoint militia drone market border ceasefire protest police "
    "rebels town district road bridge camp hospital school airport"
).split()
QUERIES = {
    "events page (unfiltered)": ("/api/events", {}),
    "events bbox+date": ("/api/events", {"bbox": "36,33,41,37", "start": "2021-01-01", "end": "2021-03-31"}),
    "events type+country": ("/api/events", {"acled_type": "Battles", "country": "UKR"}),
    "events q text": ("/api/events", {"q": "ceasefire hospital"}),
    "stats (unfiltered)": ("/api/stats", {}),
    "stats type+country": ("/api/stats", {"acled_type": "Battles", "country": "UKR"}),
    "geojson page": ("/api/events.geojson", {}),
}


def bench_ingest() -> dict[str, float]:
    from frontlines.config import load_settings
    from frontlines.extract import Extractor
    from frontlines.ingest.sources import read_targets
    from frontlines.ingest.text import InputDoc
    from frontlines.store import Store
    from frontlines.store.ingest import ingest

    settings = load_settings()
    extractor = Extractor(settings)
    docs = [d for d in read_targets([str(CORPUS)], settings) if isinstance(d, InputDoc)]
    extractor.extract(docs[0])  # warm up: models and data load
    t0 = time.perf_counter()
    for d in docs:
        extractor.extract(d)
    extract_s = time.perf_counter() - t0
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(f"sqlite:///{tmp}/ingest.db")
        t0 = time.perf_counter()
        summary = ingest([str(CORPUS)], settings, store, extractor=extractor)
        ingest_s = time.perf_counter() - t0
        store.close()
    assert summary.stored == len(docs), summary
    return {"docs": len(docs), "extract_per_s": len(docs) / extract_s, "ingest_per_s": len(docs) / ingest_s}


def _event(rng: random.Random, i: int, article: str, types: list[tuple[str, str]]) -> tuple[Any, ...]:
    iso = rng.choice(list(COUNTRIES))
    lon0, lat0 = COUNTRIES[iso]
    lon, lat = round(lon0 + rng.uniform(-3, 3), 4), round(lat0 + rng.uniform(-3, 3), 4)
    day = (date(2015, 1, 1) + timedelta(days=rng.randrange(3650))).isoformat()
    etype, sub = rng.choice(types)
    eid = f"g{i:015d}"
    kind = rng.choice(["state_forces", "rebels", "political_militia", "civilians", "protesters"])
    fact = rng.choices(["asserted", "predicted", "uncertain", "negated"], [85, 5, 7, 3])[0]
    historical = rng.random() < 0.1
    best = rng.choice([None, None, 0, 1, 2, 5, 12])
    sentence = f"Fighting near {iso} town {i % 997} killed {best} people."
    data = {
        "id": eid,
        "plover": {"type": "ASSAULT", "mode": None},
        "acled": {"event_type": etype, "sub_event_type": sub},
        "cameo": "19",
        "actor1": {"text": "forces", "name": f"Forces of {iso}", "country": iso, "kind": kind, "id": None},
        "actor2": None,
        "location": {
            "text": f"town {i % 997}",
            "name": f"Town {i % 997}",
            "country": iso,
            "admin1": None,
            "admin2": None,
            "lat": lat,
            "lon": lon,
            "geonameid": None,
            "precision": "city",
        },
        "date": {"text": None, "start": day, "end": day, "precision": "day"},
        "fatalities": {"best": best, "low": best, "high": best, "text": None},
        "factuality": fact,
        "attribution": None,
        "historical": historical,
        "evidence": {"sentence": sentence, "start": 0, "end": len(sentence), "trigger": "Fighting"},
        "confidence": 0.7,
    }
    return (
        eid,
        article,
        "ASSAULT",
        None,
        etype,
        sub,
        "19",
        f"Forces of {iso}",
        iso,
        kind,
        None,
        None,
        None,
        f"Town {i % 997}",
        iso,
        None,
        None,
        "city",
        None,
        lat,
        lon,
        day,
        day,
        "day",
        None,
        best,
        best,
        best,
        fact,
        None,
        historical,
        0.7,
        sentence,
        0,
        len(sentence),
        "Fighting",
        json.dumps(data),
    )


def generate(db: Path, n_events: int, seed: int = 7) -> float:
    """Write n_events (and n_events/10 articles) straight into a migrated store; returns seconds."""
    from frontlines import knowledge
    from frontlines.store import Store

    Store.open(f"sqlite:///{db}").close()  # create the schema through the migrations
    types = [(t, s) for t, subs in knowledge.ontology().acled.items() for s in subs]
    rng = random.Random(seed)
    t0 = time.perf_counter()
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA synchronous=OFF")
    cols = (
        "id, article_id, plover_type, plover_mode, acled_type, acled_subtype, cameo, actor1_name, "
        "actor1_country, "
        "actor1_kind, actor2_name, actor2_country, actor2_kind, place_name, place_country, place_admin1, "
        "place_admin2, place_precision, place_geonameid, lat, lon, date_start, date_end, date_precision, "
        "date_text, fatalities_best, fatalities_low, fatalities_high, factuality, attribution, historical, "
        "confidence, evidence_sentence, evidence_start, evidence_end, evidence_trigger, data"
    )
    ev_sql = f"INSERT INTO events ({cols}) VALUES ({', '.join('?' * 37)})"
    art_sql = (
        "INSERT INTO articles (id, input_key, title, source, published, language, genre, body, boilerplate, "
        "ingested_at) VALUES (?, ?, ?, 'Bench Wire', ?, 'en', 'news', ?, '[]', '2025-01-01T00:00:00+00:00')"
    )
    n_articles = max(1, n_events // 10)
    for start in range(0, n_articles, BATCH):
        rows = []
        for a in range(start, min(start + BATCH, n_articles)):
            body = " ".join(rng.choices(WORDS, k=40))
            rows.append((f"a{a:015d}", f"a{a:015d}", f"Report {a}", "2021-01-01", body))
        conn.executemany(art_sql, rows)
        conn.commit()
    for start in range(0, n_events, BATCH):
        rows = [_event(rng, i, f"a{i // 10:015d}", types) for i in range(start, min(start + BATCH, n_events))]
        conn.executemany(ev_sql, rows)
        conn.commit()
    conn.execute("ANALYZE")
    conn.close()
    return time.perf_counter() - t0


def bench_api(db: Path, requests: int) -> dict[str, tuple[float, float]]:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    cmd = [sys.executable, "-m", "frontlines", "serve", "--port", str(port), "--db", f"sqlite:///{db}"]
    server = subprocess.Popen(
        cmd, stderr=subprocess.DEVNULL, env={**os.environ, "FRONTLINES_SERVE_TOKEN": ""}
    )
    out: dict[str, tuple[float, float]] = {}
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=120) as client:
            deadline = time.monotonic() + 60
            while True:
                try:
                    client.get("/healthz").raise_for_status()
                    break
                except httpx.TransportError:
                    if time.monotonic() > deadline:
                        raise
                    time.sleep(0.2)
            for name, (path, params) in QUERIES.items():
                client.get(path, params=params).raise_for_status()  # warm the page cache
                times = []
                for _ in range(requests):
                    t0 = time.perf_counter()
                    client.get(path, params=params).raise_for_status()
                    times.append((time.perf_counter() - t0) * 1000)
                times.sort()
                p95 = times[min(len(times) - 1, round(0.95 * len(times)) - 1)]
                out[name] = (statistics.median(times), p95)
    finally:
        server.terminate()
        server.wait(10)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--events", type=int, default=1_000_000, help="generated events for the API part")
    parser.add_argument("--requests", type=int, default=30, help="timed requests per query")
    parser.add_argument("--db", type=Path, help="keep the generated database here (default: a temp dir)")
    parser.add_argument("--skip-ingest", action="store_true", help="only the API part")
    parser.add_argument(
        "--reuse", action="store_true", help="with --db: serve the database already there (no regenerating)"
    )
    args = parser.parse_args()
    if not args.skip_ingest:
        ing = bench_ingest()
        print(f"## Ingest ({ing['docs']} bench/corpus articles, SQLite, one process)\n")
        print("| extract alone (articles/s) | ingest into SQLite (articles/s) | ratio ingest / extract |")
        print("|---:|---:|---:|")
        ratio = ing["ingest_per_s"] / ing["extract_per_s"]
        print(f"| {ing['extract_per_s']:.2f} | {ing['ingest_per_s']:.2f} | {ratio:.2f} |\n", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "bench.db"
        if args.reuse and db.exists():
            from frontlines.store import Store

            Store.open(f"sqlite:///{db}").close()  # bring an older database up to the latest migration
            made = "reused"
        else:
            for stale in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
                stale.unlink(missing_ok=True)
            made = f"written in {generate(db, args.events):.0f} s"
        size_mb = db.stat().st_size / 1e6
        print(
            f"## API latency ({args.events:,} generated events, SQLite {size_mb:,.0f} MB, {made}; "
            f"{args.requests} requests per query, limit 100)\n"
        )
        print("| query | p50 ms | p95 ms |")
        print("|---|---:|---:|")
        for name, (p50, p95) in bench_api(db, args.requests).items():
            print(f"| {name} | {p50:.1f} | {p95:.1f} |")


if __name__ == "__main__":
    main()
