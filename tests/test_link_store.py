"""Linking in the store on SQLite and PostgreSQL: incremental linking after each batch, a bridging
mention merges two events (the older id survives, the other redirects), the change feed in order,
rebuilds keep ids, and syndicated copies never add a mention."""

from __future__ import annotations

from link_support import coded, event
from test_store import pg_url, store  # noqa: F401  (the SQLite / PostgreSQL fixtures)

from frontlines.store import Store
from frontlines.store.filters import parse_filter
from frontlines.store.linked import changes, linked_event, linked_events_page
from frontlines.store.linking import link_pending, rebuild

IS = ("Islamic State", "rebels")


def test_merge_redirects_and_the_feed_is_ordered(store: Store) -> None:  # noqa: F811
    store.write_batch([coded("art-a", "Wire A", "2017-03-07", event("a", "Attack"))], None)
    assert link_pending(store).created == 1
    month = event("b", "Suicide bomb", "Mosul", "2017-03-01", end="2017-03-31", precision="month", actor1=IS)
    store.write_batch([coded("art-b", "Wire B", "2017-03-20", month)], None)
    assert link_pending(store).created == 1
    _, items = linked_events_page(store, parse_filter(), 100, 0)
    ids = {i["id"] for i in items}
    assert len(ids) == 2
    bridge = event("c", "Attack", actor1=IS, best=3)
    store.write_batch([coded("art-c", "Wire C", "2017-03-08", bridge)], None)
    s = link_pending(store)
    assert (s.mentions, s.merged) == (1, 1)
    first, _ = linked_event(store, next(iter(ids)))
    assert first is not None
    survivor = first["id"]
    (newer,) = ids - {survivor}
    found, path = linked_event(store, newer)
    assert found is not None and found["id"] == survivor and path == [newer]
    assert found["mentions"] == 3 and found["sources"] == ["Wire A", "Wire B", "Wire C"]
    assert found["fatalities"]["best"] == 3
    feed, last = changes(store, 0, 100)
    assert [f["seq"] for f in feed] == sorted(f["seq"] for f in feed) and last == feed[-1]["seq"]
    kinds = [(f["kind"], f["event_id"]) for f in feed]
    assert kinds[:2] == [("created", survivor), ("created", newer)]
    assert ("merged", newer) in kinds and kinds[-1] == ("updated", survivor)
    assert next(f for f in feed if f["kind"] == "merged")["into"] == survivor
    assert changes(store, last, 100) == ([], last)
    total, live = linked_events_page(store, parse_filter(country="IRQ"), 100, 0)
    assert total == 1 and live[0]["id"] == survivor and "provenance" not in live[0]
    again = rebuild(store)
    assert again.mentions == 3 and again.created == 0  # the same first mention: the same id
    assert linked_event(store, survivor)[0]["status"] == "live"  # type: ignore[index]


def test_copies_and_predictions_add_no_mention(store: Store) -> None:  # noqa: F811
    original = coded(
        "art-o", "Wire A", "2017-03-07", event("o", "Attack"), event("p", factuality="predicted")
    )
    copy = coded("art-copy", "Partner", "2017-03-07")
    copy.duplicate_of = "art-o"
    store.write_batch([original, copy], None)
    s = link_pending(store)
    assert s.mentions == 1 and s.created == 1
    _, items = linked_events_page(store, parse_filter(), 10, 0)
    assert items[0]["sources"] == ["Wire A"]
