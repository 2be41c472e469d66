"""The store's fast paths give the answers of the slow ones, on SQLite and PostgreSQL: capped counts,
the per-day summary behind `/api/stats` and counts (kept in step by triggers on insert, update and
delete), and SQLite's R*Tree behind `bbox` (checked against the same selection computed in Python)."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import text
from test_store import _events, _ids, filled, pg_url, samples, store  # noqa: F401  (fixtures)

from frontlines.model import Event
from frontlines.store import Coded, Store, fulltext, parse_filter
from frontlines.store.filters import EventFilter


def _counted_stats(st: Store, f: EventFilter) -> dict[str, Any]:
    """The stats of `f` counted over the events themselves: an extra filter that every event passes
    keeps the per-day summary out of it."""
    everything = parse_filter(factuality=["asserted", "predicted", "hypothetical", "negated", "uncertain"])
    return st.stats(EventFilter(**{**vars(f), "factuality": everything.factuality}))


def test_count_is_exact_up_to_the_cap(filled: Store) -> None:  # noqa: F811
    everything = parse_filter()
    n = filled.count(everything)[0]
    assert n == len(_ids(filled)) and n > 3
    assert filled.count(everything, cap=1) == (n, False)  # from the summary: exact whatever the cap
    syr = parse_filter(country="SYR")
    n_syr = len(_ids(filled, country="SYR"))
    assert filled.count(syr, cap=n_syr) == (n_syr, False)
    assert filled.count(syr, cap=n_syr - 1) == (n_syr - 1, True)
    located = len(filled.page(everything, 1000, 0, located=True))
    assert filled.count(everything, located=True, cap=located) == (located, False)
    assert filled.count(everything, located=True, cap=2) == (2, True)


def test_bbox_and_dates_select_what_python_selects(filled: Store, samples: list[Coded]) -> None:  # noqa: F811
    events = _events(samples)

    def inside(e: Event, box: tuple[float, float, float, float]) -> bool:
        loc = e.location
        if loc is None or loc.lat is None or loc.lon is None or not box[1] <= loc.lat <= box[3]:
            return False
        return box[0] <= loc.lon <= box[2] if box[0] <= box[2] else loc.lon >= box[0] or loc.lon <= box[2]

    def overlaps(e: Event, start: str, end: str) -> bool:
        return e.date.start is not None and e.date.start <= end and (e.date.end or "") >= start

    boxes = [(30.0, 28.0, 50.0, 40.0), (-180.0, -90.0, 180.0, 90.0), (38.0, 30.0, 20.0, 45.0), (0, 0, 1, 1)]
    for box in boxes:  # the third crosses the antimeridian: lon >= 38 or lon <= 20
        bbox = ",".join(map(str, box))
        assert _ids(filled, bbox=bbox) == {e.id for e in events if inside(e, box)}, box
        for start, end in (("2016-03-01", "2016-12-31"), ("2015-01-01", "2015-06-30")):
            expected = {e.id for e in events if inside(e, box) and overlaps(e, start, end)}
            assert _ids(filled, bbox=bbox, start=start, end=end) == expected, (box, start, end)
    assert _ids(filled, bbox="30,28,50,40") and _ids(filled, bbox="38,30,20,45")


def test_summary_and_rtree_follow_writes(filled: Store) -> None:  # noqa: F811
    def check() -> None:
        for f in (
            parse_filter(),
            parse_filter(start="2016-03-01"),
            parse_filter(end="2016-03-01"),
            parse_filter(start="2015-01-01", end="2016-12-31", acled_type=["Battles", "Riots"]),
        ):
            assert filled.stats(f) == _counted_stats(filled, f), f
            assert filled.count(f)[0] == filled.stats(f)["total"]
        if filled.dialect == "sqlite":
            with filled.engine.connect() as conn:
                located = "SELECT rowid FROM events WHERE lat IS NOT NULL AND lon IS NOT NULL"
                tree = {r[0] for r in conn.execute(text("SELECT id FROM events_rtree"))}
                assert tree == {r[0] for r in conn.execute(text(located))}

    check()
    with filled.engine.begin() as conn:  # an update moves an event to another day, type and place
        conn.execute(
            text(
                "UPDATE events SET date_start = '1999-01-01', date_end = '1999-01-02', acled_type = NULL, "
                "lat = NULL WHERE id = (SELECT min(id) FROM events)"
            )
        )
    check()
    assert filled.stats(parse_filter(end="1999-12-31"))["by_day"] == [
        {"date": "1999-01-01", "acled_type": None, "count": 1}
    ]
    before = filled.count(parse_filter())[0]
    with filled.engine.begin() as conn:  # deleting an article deletes its events
        article = conn.scalar(text("SELECT article_id FROM events ORDER BY id LIMIT 1"))
        gone = conn.scalar(text("SELECT count(*) FROM events WHERE article_id = :a"), {"a": article})
        conn.execute(text("DELETE FROM articles WHERE id = :a"), {"a": article})
    assert gone and filled.count(parse_filter())[0] == before - gone
    check()


def test_q_matching_many_articles_pages_the_same(
    filled: Store,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    exact = _ids(filled, q="palmyra")
    everything = filled.page(parse_filter(q="said"), 1000, 0)
    assert len(exact) > 1 and len(everything) > len(exact)
    monkeypatch.setattr(fulltext, "FTS_BOUND", 1)  # more articles match than the bound
    for q, expected in (("palmyra", exact), ("said", {i["id"] for i in everything})):
        f = parse_filter(q=q)
        items = filled.page(f, 1000, 0)
        assert {i["id"] for i in items} == expected
        assert [i["id"] for i in filled.page(f, 3, 1)] == [i["id"] for i in items[1:4]]
        total, lower_bound = filled.count(f, cap=10_000)
        if filled.dialect == "sqlite":  # past the bound, only the events of two matching articles count
            assert 0 < total <= len(expected) and (lower_bound or total == len(expected))
            assert lower_bound or q != "said"
        else:
            assert (total, lower_bound) == (len(expected), False)
