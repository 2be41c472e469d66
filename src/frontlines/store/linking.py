"""Linking in the store: mentions (rows of `events`) into linked events, incrementally after each ingest
batch (`link_pending`) or from scratch (`rebuild`), in the one writer process. The decisions come from
the pure linker (`frontlines.link`); this module only loads candidates and writes the outcome:
`linked_events` rows (live / redirect / tombstone), `event_mentions` membership and the `event_changes`
feed, all in one transaction per call.

Syndicated copies (`articles.duplicate_of` set) are never coded, so they never add a mention or a
source; predicted, hypothetical and negated mentions are not linked (frontlines.link.mention.LINKABLE)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Connection, and_, delete, func, insert, or_, select, update

from frontlines.link.clusters import Cluster, Clusters
from frontlines.link.mention import LINKABLE, Mention
from frontlines.link.provenance import summarise
from frontlines.link.rules import LinkRules, load_rules
from frontlines.model import Event
from frontlines.store.rows import now
from frontlines.store.schema import ArticleRow, EventChangeRow, EventMentionRow, EventRow, LinkedEventRow
from frontlines.store.store import Store

_CHUNK = 500


@dataclass
class LinkSummary:
    mentions: int = 0
    created: int = 0
    updated: int = 0
    merged: int = 0
    split: int = 0

    def as_dict(self) -> dict[str, int]:
        return dict(self.__dict__)


_MENTION_COLS = (EventRow.data, ArticleRow.id, ArticleRow.source, ArticleRow.published, ArticleRow.seq)


def _linkable() -> ColumnElement[bool]:
    return and_(EventRow.factuality.in_(LINKABLE), ArticleRow.duplicate_of.is_(None))


def _mention(row: Any) -> Mention:
    return Mention(Event.model_validate(row[0]), row[1], row[2], row[3], order=int(row[4]))


def _mentions(conn: Connection, cond: ColumnElement[bool]) -> list[Mention]:
    stmt = (
        select(*_MENTION_COLS)
        .join(ArticleRow, ArticleRow.id == EventRow.article_id)
        .where(_linkable(), cond)
        .order_by(ArticleRow.seq, EventRow.evidence_start, EventRow.id)
    )
    return [_mention(r) for r in conn.execute(stmt)]


def _window(mentions: Iterable[Mention], rules: LinkRules) -> tuple[str, str] | None:
    spans = [s for m in mentions if (s := m.interval(rules.date_tolerance_days, rules.undated_window_days))]
    if not spans:
        return None
    pad = timedelta(days=2 * rules.max_tolerance())
    lo: date = min(s for s, _ in spans) - pad
    hi: date = max(e for _, e in spans) + pad
    return lo.isoformat(), hi.isoformat()


def _load_clusters(conn: Connection, window: tuple[str, str] | None) -> list[Cluster]:
    """The live linked events a batch dated within `window` could join (with all their mentions)."""
    if window is None:
        return []
    lo, hi = window
    rows = conn.execute(
        select(LinkedEventRow.id, LinkedEventRow.created_seq).where(
            LinkedEventRow.status == "live",
            or_(LinkedEventRow.date_start.is_(None), LinkedEventRow.date_start <= hi),
            or_(LinkedEventRow.date_end.is_(None), LinkedEventRow.date_end >= lo),
        )
    ).all()
    clusters = {r[0]: Cluster(r[0], int(r[1])) for r in rows}
    ids = list(clusters)
    for i in range(0, len(ids), _CHUNK):
        stmt = (
            select(*_MENTION_COLS, EventMentionRow.event_id)
            .join(ArticleRow, ArticleRow.id == EventRow.article_id)
            .join(EventMentionRow, EventMentionRow.mention_id == EventRow.id)
            .where(EventMentionRow.event_id.in_(ids[i : i + _CHUNK]))
            .order_by(ArticleRow.seq, EventRow.evidence_start)
        )
        for r in conn.execute(stmt):
            clusters[r[5]].members.append(_mention(r))
    return [c for c in clusters.values() if c.members]


def _columns(c: Cluster, rules: LinkRules) -> dict[str, Any]:
    data = summarise(c.members, rules)
    acled, loc, d = data["acled"] or {}, data["location"] or {}, data["date"]
    return {
        "status": "live",
        "redirect_to": None,
        "plover_type": data["plover"]["type"],
        "acled_type": acled.get("event_type"),
        "acled_subtype": acled.get("sub_event_type"),
        "actor1_name": (data["actor1"] or {}).get("name"),
        "actor2_name": (data["actor2"] or {}).get("name"),
        "place_name": loc.get("name"),
        "place_country": loc.get("country"),
        "lat": loc.get("lat"),
        "lon": loc.get("lon"),
        "date_start": d["start"],
        "date_end": d["end"],
        "fatalities_best": data["fatalities"]["best"],
        "factuality": data["factuality"],
        "historical": data["historical"],
        "n_mentions": data["mentions"],
        "n_sources": len(data["sources"]),
        "data": {"id": c.id, **data},
    }


def _write_members(conn: Connection, store: Store, clusters: Iterable[Cluster], at: str) -> None:
    rows = [
        {"mention_id": m.id, "event_id": c.id, "article_id": m.article_id, "seq": m.order, "linked_at": at}
        for c in clusters
        for m in c.members
    ]
    if not rows:
        return
    stmt = store._insert(EventMentionRow)
    stmt = stmt.on_conflict_do_update(
        index_elements=["mention_id"], set_={"event_id": stmt.excluded.event_id, "linked_at": at}
    )
    for i in range(0, len(rows), _CHUNK):
        conn.execute(stmt, rows[i : i + _CHUNK])


def _log(conn: Connection, changes: list[dict[str, Any]]) -> None:
    if changes:
        conn.execute(insert(EventChangeRow), changes)


def _save(conn: Connection, store: Store, cl: Clusters, existing: set[str], summary: LinkSummary) -> None:
    """Write what `cl` changed: new and touched events, redirects of merged ones, membership, the feed."""
    at = now()
    rules = cl.rules
    created_now = {ch.event_id for ch in cl.changes if ch.kind == "created"}
    changes: list[dict[str, Any]] = []
    for ch in cl.changes:
        changes.append({"event_id": ch.event_id, "kind": ch.kind, "into": ch.into, "at": at})
    for cid in sorted(cl.touched):
        c = cl.by_id[cid]
        cols = _columns(c, rules)
        if cid in existing:
            conn.execute(update(LinkedEventRow).where(LinkedEventRow.id == cid).values(updated_at=at, **cols))
        else:
            row = {"id": cid, "created_seq": c.created, "created_at": at, "updated_at": at, **cols}
            conn.execute(insert(LinkedEventRow), row)
        if cid not in created_now:
            changes.append({"event_id": cid, "kind": "updated", "into": None, "at": at})
            summary.updated += 1
    _write_members(conn, store, (cl.by_id[i] for i in sorted(cl.touched)), at)
    for loser, winner in cl.redirects.items():
        values = {"status": "redirect", "redirect_to": winner, "updated_at": at, "data": None}
        if loser in existing:
            conn.execute(update(LinkedEventRow).where(LinkedEventRow.id == loser).values(**values))
        else:  # born and merged within this batch: keep the id resolvable for the feed's readers
            conn.execute(
                insert(LinkedEventRow),
                {**_empty(loser, at), **values},
            )
        conn.execute(
            update(LinkedEventRow).where(LinkedEventRow.redirect_to == loser).values(redirect_to=winner)
        )
    summary.created += len(created_now - set(cl.redirects))
    summary.merged += len(cl.redirects)
    _log(conn, changes)


def _empty(event_id: str, at: str) -> dict[str, Any]:
    return {
        "id": event_id,
        "status": "tombstone",
        "redirect_to": None,
        "created_seq": 0,
        "created_at": at,
        "updated_at": at,
        "n_mentions": 0,
        "n_sources": 0,
        "data": None,
    }


def _next_created(conn: Connection) -> int:
    return int(conn.scalar(select(func.max(LinkedEventRow.created_seq))) or 0) + 1


def link_pending(store: Store, rules: LinkRules | None = None) -> LinkSummary:
    """Link every mention not linked yet (in arrival order) into the stored events; one transaction."""
    rules = rules or load_rules()
    summary = LinkSummary()
    with store.engine.begin() as conn:
        linked = select(EventMentionRow.mention_id).where(EventMentionRow.mention_id == EventRow.id)
        new = _mentions(conn, ~linked.exists())
        if not new:
            return summary
        loaded = _load_clusters(conn, _window(new, rules))
        cl = Clusters(rules, loaded, next_created=_next_created(conn))
        for m in new:
            cl.add(m)
        summary.mentions = len(new)
        _save(conn, store, cl, {c.id for c in loaded}, summary)
    return summary


def rebuild(store: Store, rules: LinkRules | None = None) -> LinkSummary:
    """Link every mention again from scratch (after a rules change). Ids stay stable where the same
    first mention starts the same event; an old event whose mentions now all sit in one event
    redirects there (`merged`); one whose mentions went to several becomes a tombstone (`split`)."""
    rules = rules or load_rules()
    summary = LinkSummary()
    with store.engine.begin() as conn:
        old_rows = {
            r[0]: (r[1], int(r[2]))
            for r in conn.execute(
                select(LinkedEventRow.id, LinkedEventRow.status, LinkedEventRow.created_seq)
            )
        }
        old_members: dict[str, set[str]] = {}
        for mention_id, event_id in conn.execute(
            select(EventMentionRow.mention_id, EventMentionRow.event_id)
        ):
            old_members.setdefault(event_id, set()).add(mention_id)
        mentions = _mentions(conn, EventRow.id.is_not(None))
        cl = Clusters(rules, next_created=_next_created(conn))
        for m in mentions:
            cl.add(m)
        summary.mentions = len(mentions)
        at = now()
        conn.execute(delete(EventMentionRow))
        where_now = {m.id: c.id for c in cl.by_id.values() for m in c.members}
        changes: list[dict[str, Any]] = []
        for cid, c in sorted(cl.by_id.items(), key=lambda kv: kv[1].created):
            cols = _columns(c, rules)
            if cid in old_rows:
                c.created = old_rows[cid][1]
                cols = _columns(c, rules)
                conn.execute(
                    update(LinkedEventRow).where(LinkedEventRow.id == cid).values(updated_at=at, **cols)
                )
                if old_rows[cid][0] != "live" or old_members.get(cid) != {m.id for m in c.members}:
                    changes.append({"event_id": cid, "kind": "updated", "into": None, "at": at})
                    summary.updated += 1
            else:
                row = {"id": cid, "created_seq": c.created, "created_at": at, "updated_at": at, **cols}
                conn.execute(insert(LinkedEventRow), row)
                changes.append({"event_id": cid, "kind": "created", "into": None, "at": at})
                summary.created += 1
        _write_members(conn, store, cl.by_id.values(), at)
        for old_id, (status, _) in old_rows.items():
            if status != "live" or old_id in cl.by_id:
                continue
            homes = Counter(where_now[m] for m in old_members.get(old_id, ()) if m in where_now)
            if len(homes) == 1:
                target = next(iter(homes))
                values = {"status": "redirect", "redirect_to": target, "data": None, "updated_at": at}
                changes.append({"event_id": old_id, "kind": "merged", "into": target, "at": at})
                summary.merged += 1
            else:
                values = {"status": "tombstone", "redirect_to": None, "data": None, "updated_at": at}
                changes.append({"event_id": old_id, "kind": "split", "into": None, "at": at})
                summary.split += 1
            conn.execute(update(LinkedEventRow).where(LinkedEventRow.id == old_id).values(**values))
            conn.execute(
                update(LinkedEventRow)
                .where(LinkedEventRow.redirect_to == old_id)
                .values(redirect_to=values["redirect_to"], status=values["status"])
            )
        _log(conn, changes)
    return summary
