"""Reading linked events: pages with the API's filters, one event by id (following redirects), and the
change feed. Writing is `store/linking.py`'s job."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from frontlines.store.filters import EventFilter, where
from frontlines.store.schema import EventChangeRow, LinkedEventRow
from frontlines.store.store import Store

MAX_REDIRECTS = 100


def _item(row: LinkedEventRow) -> dict[str, Any]:
    data = dict(row.data or {})
    data.update(
        {"id": row.id, "status": row.status, "created_at": row.created_at, "updated_at": row.updated_at}
    )
    return data


def linked_events_page(
    store: Store, f: EventFilter, limit: int, offset: int
) -> tuple[int, list[dict[str, Any]]]:
    """(total, one page) of live linked events matching the filters, newest first; each item is the
    linked event without its per-mention provenance (`/api/linked-events/{id}` has it)."""
    cond = where(f, store.dialect, LinkedEventRow) & (LinkedEventRow.status == "live")
    with store.engine.connect() as conn:
        total = conn.scalar(select(func.count()).select_from(LinkedEventRow).where(cond)) or 0
        newest = LinkedEventRow.date_start.desc()
        order: list[Any] = [newest.nulls_last() if store.dialect == "postgresql" else newest]
        order.append(LinkedEventRow.id.desc())
    with Session(store.engine) as session:
        rows = session.scalars(
            select(LinkedEventRow).where(cond).order_by(*order).limit(limit).offset(offset)
        )
        items = []
        for r in rows:
            item = _item(r)
            item.pop("provenance", None)
            items.append(item)
    return total, items


def linked_event(store: Store, event_id: str) -> tuple[dict[str, Any] | None, list[str]]:
    """The event, after following redirects (None if unknown), and the redirect path taken. A tombstone
    is returned as such (status "tombstone", no fields)."""
    path: list[str] = []
    with Session(store.engine) as session:
        current = event_id
        for _ in range(MAX_REDIRECTS):
            r = session.scalars(select(LinkedEventRow).where(LinkedEventRow.id == current)).one_or_none()
            if r is None:
                return None, path
            if r.status == "redirect" and r.redirect_to:
                path.append(current)
                current = r.redirect_to
                continue
            return _item(r), path
    return None, path


def changes(store: Store, since: int, limit: int) -> tuple[list[dict[str, Any]], int]:
    """Feed entries with seq > since, oldest first, and the seq to ask from next time."""
    with store.engine.connect() as conn:
        cols = (EventChangeRow.seq, EventChangeRow.event_id, EventChangeRow.kind, EventChangeRow.into)
        rows = conn.execute(
            select(*cols, EventChangeRow.at)
            .where(EventChangeRow.seq > since)
            .order_by(EventChangeRow.seq)
            .limit(limit)
        )
        out: list[dict[str, Any]] = [
            {"seq": r.seq, "event_id": r.event_id, "kind": r.kind, "into": r.into, "at": r.at} for r in rows
        ]
    return out, (int(out[-1]["seq"]) if out else since)
