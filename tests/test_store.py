"""The store on SQLite and PostgreSQL: migrations, batched writes, idempotence, every filter checked
against the same selection computed in Python from the coded samples."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from frontlines.config import load_settings
from frontlines.extract import Extractor
from frontlines.ingest.text import read_jsonl
from frontlines.model import Event, ExtractResult
from frontlines.store import Coded, FilterError, Store, database_url, parse_filter
from frontlines.store.db import downgrade, head_revision
from frontlines.store.rows import input_key
from frontlines.store.schema import Base

PG_ADMIN = os.environ.get("FRONTLINES_TEST_PG_URL", "postgresql://postgres@127.0.0.1:5432/test")


@pytest.fixture(scope="session")
def samples(extractor: Extractor) -> list[Coded]:
    settings = load_settings(env={})
    path = resources.files("frontlines").joinpath("examples", "samples.jsonl")
    with path.open("rb") as fh:
        docs = [d for d in read_jsonl(fh, settings.input, "samples.jsonl") if not isinstance(d, Exception)]
    out = []
    for doc in docs:
        result = extractor.extract(doc)
        out.append(Coded(doc.name, input_key(doc.text), result=result))
    return out


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    """A fresh PostgreSQL database for this test session, dropped at the end."""
    admin_url = database_url(load_settings(env={}), PG_ADMIN, env={})
    try:
        admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text("select 1"))
    except Exception as exc:
        pytest.skip(
            f"PostgreSQL not reachable at {PG_ADMIN} ({type(exc).__name__}): set FRONTLINES_TEST_PG_URL"
        )
    name = f"frontlines_test_{uuid.uuid4().hex[:10]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'store.db'}"
    else:
        url = request.getfixturevalue("pg_url")
    st = Store.open(url)
    try:
        yield st
    finally:
        if st.dialect == "postgresql":
            downgrade(st.engine, "base")  # the next test starts from an empty database
        st.close()


@pytest.fixture
def filled(store: Store, samples: list[Coded]) -> Store:
    run = store.start_run("test")
    assert set(store.write_batch(samples, run)) == {"stored"}
    return store


def _events(samples: list[Coded]) -> list[Event]:
    return [ev for c in samples if c.result for ev in c.result.events]


def _ids(store: Store, **filters: object) -> set[str]:
    total, items = store.events_page(parse_filter(**filters), 1000, 0)  # type: ignore[arg-type]
    assert total == len(items)
    return {i["id"] for i in items}


def test_migrations_match_the_models(store: Store) -> None:
    with store.engine.connect() as conn:
        ctx = MigrationContext.configure(conn)
        assert ctx.get_current_revision() == head_revision()

        def ours(obj: object, name: str | None, type_: str, *_: object) -> bool:
            # the SQLite virtual tables (FTS5, R*Tree) and their shadow tables are made by raw SQL
            return not (name or "").startswith(("articles_fts", "events_rtree")) and name not in (
                "ix_articles_fts",
                "alembic_version",
            )

        ctx = MigrationContext.configure(conn, opts={"include_object": ours, "compare_type": False})
        assert compare_metadata(ctx, Base.metadata) == []


def test_write_is_idempotent_and_counts(filled: Store, samples: list[Coded]) -> None:
    n_events = len({e.id for e in _events(samples)})
    assert filled.counts() == {"events": n_events, "articles": len(samples), "rejections": 0}
    assert set(filled.write_batch(samples, None)) == {"duplicate"}
    assert filled.counts()["events"] == n_events
    assert filled.known([samples[0].key or ""]) == {samples[0].key}


def test_rejections_and_failures_are_recorded_once(store: Store) -> None:
    bad = [
        Coded("a.txt", "k1", reason="not_english", detail="looks like French"),
        Coded("b.txt", "k2", reason="stage_error", detail="boom", stage="places"),
    ]
    assert store.write_batch(bad, None) == ["rejected", "failed"]
    assert store.write_batch(bad, None) == ["rejected", "failed"]
    assert store.counts()["rejections"] == 2
    with store.engine.connect() as conn:
        rows = conn.execute(text("select document, reason, stage from rejections order by document")).all()
    assert [tuple(r) for r in rows] == [("a.txt", "not_english", None), ("b.txt", "stage_error", "places")]


def test_each_filter_selects_what_python_selects(filled: Store, samples: list[Coded]) -> None:
    events = _events(samples)
    by_article = {ev.id: c.result for c in samples if c.result for ev in c.result.events}

    def expect(pred: object) -> set[str]:
        return {e.id for e in events if pred(e)}  # type: ignore[operator]

    assert _ids(filled) == {e.id for e in events}
    assert _ids(filled, country="SYR") == expect(lambda e: e.location and e.location.country == "SYR")
    assert _ids(filled, acled_type=["Battles", "Riots"]) == expect(
        lambda e: e.acled and e.acled.event_type in ("Battles", "Riots")
    )
    assert _ids(filled, acled_subtype="Air/drone strike") == expect(
        lambda e: e.acled and e.acled.sub_event_type == "Air/drone strike"
    )
    assert _ids(filled, plover_type="assault") == expect(lambda e: e.plover.type == "ASSAULT")
    assert _ids(filled, factuality="asserted", historical="false") == expect(
        lambda e: e.factuality == "asserted" and not e.historical
    )
    assert _ids(filled, historical="true") == expect(lambda e: e.historical)
    assert _ids(filled, actor="ISLAMIC state") == expect(
        lambda e: any(a and "islamic state" in a.name.lower() for a in (e.actor1, e.actor2))
    )
    box = (30.0, 28.0, 50.0, 40.0)
    assert _ids(filled, bbox=",".join(map(str, box))) == expect(
        lambda e: (
            e.location
            and e.location.lat is not None
            and e.location.lon is not None
            and box[0] <= e.location.lon <= box[2]
            and box[1] <= e.location.lat <= box[3]
        )
    )
    start, end = "2016-03-01", "2016-12-31"
    assert _ids(filled, start=start, end=end) == expect(
        lambda e: e.date.start is not None and e.date.start <= end and (e.date.end or e.date.start) >= start
    )
    # full text: events of the articles whose body has both words (any case, stemmed: "recaptured")
    assert _ids(filled, q="PALMYRA recapture") == expect(
        lambda e: (
            "palmyra" in by_article[e.id].article.body.lower()  # type: ignore[union-attr]
            and "recapture" in by_article[e.id].article.body.lower()
        )  # type: ignore[union-attr]
    )
    assert _ids(filled, q='"Palmyra" OR NEAR(') == _ids(filled, q="palmyra near")  # operators are text
    assert _ids(filled, country="SYR", acled_type="Battles") == _ids(filled, country="SYR") & _ids(
        filled, acled_type="Battles"
    )
    assert _ids(filled, q="palmyra")  # the samples do mention it


def test_paging_and_order(filled: Store) -> None:
    f = parse_filter()
    total, everything = filled.events_page(f, 1000, 0)
    pages = [filled.events_page(f, 7, off)[1] for off in range(0, total, 7)]
    assert [i["id"] for p in pages for i in p] == [i["id"] for i in everything]
    dates = [i["date"]["start"] for i in everything]
    dated = [d for d in dates if d is not None]
    assert dated == sorted(dated, reverse=True)
    assert dates[: len(dated)] == dated  # undated events come last
    assert set(everything[0]["article"]) == {"id", "title", "source", "url", "published"}


def test_event_article_and_stats(filled: Store, samples: list[Coded]) -> None:
    result: ExtractResult = samples[0].result  # type: ignore[assignment]
    ev = result.events[0]
    item = filled.event(ev.id)
    assert item is not None
    assert item["article"]["body"] == result.article.body
    assert item["article"]["body"][ev.evidence.start : ev.evidence.end] == ev.evidence.sentence
    assert {k: v for k, v in item.items() if k != "article"} == ev.model_dump(mode="json")
    art = filled.article(result.article.id)
    assert art is not None and art["events"] and set(art["events"]) == {e.id for e in result.events}
    assert art["duplicate_of"] is None and art["body"] == result.article.body
    assert filled.event("nope") is None and filled.article("nope") is None
    stats = filled.stats(parse_filter(country="SYR"))
    assert stats["total"] == len(_ids(filled, country="SYR"))
    assert sum(t["count"] for t in stats["by_type"]) == stats["total"]
    dated = len([e for e in _events(samples) if e.location and e.location.country == "SYR" and e.date.start])
    assert sum(d["count"] for d in stats["by_day"]) == dated


@pytest.mark.parametrize(
    ("params", "param"),
    [
        ({"bbox": "1,2,3"}, "bbox"),
        ({"bbox": "10,50,20,40"}, "bbox"),
        ({"start": "2024-02-30"}, "start"),
        ({"start": "2024-03-01", "end": "2024-02-01"}, "start"),
        ({"acled_type": "Battle"}, "acled_type"),
        ({"acled_subtype": "Shelling"}, "acled_subtype"),
        ({"plover_type": "ATTACK"}, "plover_type"),
        ({"country": "SY"}, "country"),
        ({"factuality": "maybe"}, "factuality"),
        ({"historical": "perhaps"}, "historical"),
        ({"q": "!!!"}, "q"),
    ],
)
def test_bad_filters_name_the_parameter(params: dict[str, str], param: str) -> None:
    with pytest.raises(FilterError) as info:
        parse_filter(**params)  # type: ignore[arg-type]
    assert info.value.param == param


def test_database_url_choice(tmp_path: Path) -> None:
    settings = load_settings(env={"FRONTLINES_STORE_DATA_DIR": str(tmp_path)})
    assert database_url(settings, env={}) == f"sqlite:///{tmp_path / 'frontlines.db'}"
    pg = "postgresql://u@h/db"
    assert database_url(settings, env={"FRONTLINES_DB": pg}) == "postgresql+psycopg://u@h/db"
    assert database_url(settings, "sqlite:///x.db", env={"FRONTLINES_DB": pg}) == "sqlite:///x.db"
