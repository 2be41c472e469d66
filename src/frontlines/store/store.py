"""`Store`: the one object the ingest command, the API and the exports talk to.

Writes happen in batches, each one transaction (articles, their events and the batch's rejections
together), so a crash loses at most the batch in flight and a rerun skips what was committed. Only one
process writes (the ingest parent, or the API for a token-authorised POST); readers never block it in
SQLite's WAL mode.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any, Literal

from sqlalchemy import ColumnElement, Engine, Row, Select, func, insert, literal, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from frontlines.model import ExtractResult
from frontlines.store import fulltext
from frontlines.store.db import make_engine, upgrade
from frontlines.store.filters import EventFilter, where
from frontlines.store.rows import article_json, article_row, event_row, now, rejection_key
from frontlines.store.schema import ArticleRow, EventRow, RejectionRow, Run
from frontlines.store.summary import stats_json, summarised, summary_counts, summary_total

Status = Literal["stored", "duplicate", "rejected", "failed"]
_CHUNK = 500


@dataclass
class Coded:
    """One document's outcome, ready to write: a result, or why there is none. Picklable (worker
    processes send these to the writer)."""

    name: str
    key: str | None
    result: ExtractResult | None = None
    reason: str | None = None
    detail: str = ""
    stage: str | None = None
    duplicate_of: str | None = None
    """a near-duplicate (syndicated copy): `result` holds its article and no events"""


ARTICLE_META = (ArticleRow.id, ArticleRow.title, ArticleRow.source, ArticleRow.url, ArticleRow.published)


def _item(row: Row[*tuple[Any, ...]]) -> dict[str, Any]:
    data: dict[str, Any] = dict(row[0])
    data["article"] = {"id": row[1], "title": row[2], "source": row[3], "url": row[4], "published": row[5]}
    return data


class Store:
    """A database holding articles, events, rejections and runs."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.dialect = engine.dialect.name

    @classmethod
    def open(cls, url: str, *, migrate: bool = True) -> Store:
        """Connect and (unless `migrate` is false) bring the schema up to the latest migration."""
        engine = make_engine(url)
        if migrate:
            upgrade(engine)
        return cls(engine)

    def close(self) -> None:
        self.engine.dispose()

    def _insert(self, table: Any) -> Any:
        return (postgresql.insert if self.dialect == "postgresql" else sqlite.insert)(table)

    # --- runs -----------------------------------------------------------------------------------------

    def start_run(self, command: str) -> str:
        run_id = uuid.uuid4().hex
        with self.engine.begin() as conn:
            conn.execute(
                insert(Run),
                {"id": run_id, "started_at": now(), "command": command, "stages": {}, "counts": {}},
            )
        return run_id

    def finish_run(self, run_id: str, stages: dict[str, str], counts: dict[str, Any]) -> None:
        with self.engine.begin() as conn:
            conn.execute(
                update(Run).where(Run.id == run_id).values(finished_at=now(), stages=stages, counts=counts)
            )

    # --- writing --------------------------------------------------------------------------------------

    def known(self, keys: Collection[str]) -> set[str]:
        """Which of these input keys are already stored as an article (by input key or article id)."""
        return self._found(
            keys,
            lambda part: select(ArticleRow.input_key).where(ArticleRow.input_key.in_(part)),
            lambda part: select(ArticleRow.id).where(ArticleRow.id.in_(part)),
        )

    def recent_originals(self, limit: int) -> Iterator[tuple[str, str]]:
        """(id, body) of the most recently ingested articles that are not themselves copies: what a
        new article is checked against for near-duplicates."""
        stmt = (
            select(ArticleRow.id, ArticleRow.body)
            .where(ArticleRow.duplicate_of.is_(None))
            .order_by(ArticleRow.ingested_at.desc())
            .limit(limit)
        )
        with self.engine.connect() as conn:
            for row in conn.execute(stmt):
                yield str(row[0]), str(row[1])

    def rejected(self, keys: Collection[str]) -> set[str]:
        """Which of these rejection keys name a document already rejected (not failed) before."""
        return self._found(
            keys,
            lambda part: select(RejectionRow.key).where(
                RejectionRow.key.in_(part), RejectionRow.stage.is_(None)
            ),
        )

    def _found(self, keys: Collection[str], *queries: Callable[[list[str]], Select[str]]) -> set[str]:
        """The union of what each query returns for the keys, asked `_CHUNK` keys at a time (bound
        parameters are limited)."""
        found: set[str] = set()
        items = list(keys)
        with self.engine.connect() as conn:
            for i in range(0, len(items), _CHUNK):
                for query in queries:
                    found.update(conn.scalars(query(items[i : i + _CHUNK])))
        return found

    def write_batch(self, items: Sequence[Coded], run_id: str | None) -> list[Status]:
        """Write one batch in one transaction; returns each item's status. An article whose id is
        already stored (or earlier in the batch) is a duplicate and is not written again."""
        statuses: list[Status] = []
        ids = [c.result.article.id for c in items if c.result is not None]
        articles: list[dict[str, Any]] = []
        events: dict[str, dict[str, Any]] = {}
        rejections: dict[str, dict[str, Any]] = {}
        with self.engine.begin() as conn:
            existing = (
                set(conn.scalars(select(ArticleRow.id).where(ArticleRow.id.in_(ids)))) if ids else set()
            )
            for c in items:
                if c.result is None:
                    statuses.append("failed" if c.stage else "rejected")
                    key = rejection_key(c.name, c.key)
                    rejections[key] = {
                        "key": key,
                        "document": c.name,
                        "reason": c.reason or "invalid",
                        "detail": c.detail,
                        "stage": c.stage,
                        "run_id": run_id,
                        "at": now(),
                    }
                    continue
                art = c.result.article
                if art.id in existing:
                    statuses.append("duplicate")
                    continue
                existing.add(art.id)
                statuses.append("duplicate" if c.duplicate_of else "stored")
                articles.append(article_row(art, c.key or art.id, run_id, c.duplicate_of))
                for ev in c.result.events:
                    events.setdefault(ev.id, event_row(ev, art.id))
            if articles:
                conn.execute(self._insert(ArticleRow).on_conflict_do_nothing(index_elements=["id"]), articles)
            if events:
                stmt = self._insert(EventRow).on_conflict_do_nothing(index_elements=["id"])
                conn.execute(stmt, list(events.values()))
            if rejections:
                stmt = self._insert(RejectionRow)
                stmt = stmt.on_conflict_do_update(
                    index_elements=["key"],
                    set_={
                        k: stmt.excluded[k] for k in ("document", "reason", "detail", "stage", "run_id", "at")
                    },
                )
                conn.execute(stmt, list(rejections.values()))
        return statuses

    # --- reading --------------------------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        with self.engine.connect() as conn:
            n_events = conn.scalar(select(func.count()).select_from(EventRow)) or 0
            n_articles = conn.scalar(select(func.count()).select_from(ArticleRow)) or 0
            n_rejections = conn.scalar(select(func.count()).select_from(RejectionRow)) or 0
        return {"events": n_events, "articles": n_articles, "rejections": n_rejections}

    def _ordered(self, stmt: Select[*tuple[Any, ...]]) -> Select[*tuple[Any, ...]]:
        # newest first; undated events last (SQLite sorts NULL lowest, so DESC already puts them last
        # and the (date_start, id) index serves the order backwards)
        if self.dialect == "postgresql":
            return stmt.order_by(EventRow.date_start.desc().nulls_last(), EventRow.id.desc())
        return stmt.order_by(EventRow.date_start.desc(), EventRow.id.desc())

    def _where(self, f: EventFilter, located: bool) -> ColumnElement[bool]:
        cond = where(f, self.dialect)
        if located:
            cond = cond & EventRow.lat.is_not(None) & EventRow.lon.is_not(None)
        return cond

    def count(self, f: EventFilter, *, located: bool = False, cap: int | None = None) -> tuple[int, bool]:
        """(how many events match, whether that is only a lower bound). Exact from the per-day summary
        when the filters allow it; otherwise counted, stopping after `cap` (then `(cap, True)`). On
        SQLite, a `q` matching more than FTS_BOUND articles counts only the events of the first
        FTS_BOUND + 1 of them (store/fulltext.py), a lower bound too."""
        partial = False
        with self.engine.connect() as conn:
            if not located and summarised(f):
                return int(conn.scalar(summary_total(f)) or 0), False
            if self.dialect == "sqlite" and f.q is not None:
                seqs, complete = fulltext.matching_articles(conn, f.q)
                cond: ColumnElement[bool] = self._where(replace(f, q=None), located)
                cond = cond & fulltext.in_articles(seqs)
                partial = not complete
            else:
                cond = self._where(f, located)
            matching = select(literal(1)).select_from(EventRow).where(cond)
            if cap is not None:
                matching = matching.limit(cap + 1)
            n = conn.scalar(select(func.count()).select_from(matching.subquery())) or 0
        return (cap, True) if cap is not None and n > cap else (n, partial)

    def page(self, f: EventFilter, limit: int, offset: int, *, located: bool = False) -> list[dict[str, Any]]:
        """One page of EventItems, newest first. `located`: only events with coordinates."""
        stmt = select(EventRow.data, *ARTICLE_META).join(ArticleRow, ArticleRow.id == EventRow.article_id)
        with self.engine.connect() as conn:
            if self.dialect == "sqlite" and f.q is not None:
                seqs, complete = fulltext.matching_articles(conn, f.q)
                cond = self._where(replace(f, q=None), located)
                if complete:
                    cond = cond & fulltext.in_articles(seqs)
                else:  # many articles match: walk the events newest first, checking each one's article
                    cond = cond & fulltext.article_matches(f.q)
                    stmt = stmt.with_hint(EventRow, "INDEXED BY ix_events_sort", "sqlite")
            else:
                cond = self._where(f, located)
            stmt = self._ordered(stmt.where(cond)).limit(limit).offset(offset)
            return [_item(r) for r in conn.execute(stmt)]

    def events_page(
        self, f: EventFilter, limit: int, offset: int, *, located: bool = False
    ) -> tuple[int, list[dict[str, Any]]]:
        """(exact total matching, one page of EventItems). `located`: only events with coordinates."""
        return self.count(f, located=located)[0], self.page(f, limit, offset, located=located)

    def event(self, event_id: str) -> dict[str, Any] | None:
        """One EventItem with the full contract article (body included)."""
        stmt = select(EventRow.data, ArticleRow).join(ArticleRow, ArticleRow.id == EventRow.article_id)
        with Session(self.engine) as session:
            row = session.execute(stmt.where(EventRow.id == event_id)).first()
        if row is None:
            return None
        data: dict[str, Any] = dict(row[0])
        data["article"] = article_json(row[1])
        return data

    def article(self, article_id: str) -> dict[str, Any] | None:
        """The contract article plus its event ids and `duplicate_of`."""
        with Session(self.engine) as session:
            row = session.scalars(select(ArticleRow).where(ArticleRow.id == article_id)).one_or_none()
            if row is None:
                return None
            ids = list(
                session.scalars(
                    select(EventRow.id)
                    .where(EventRow.article_id == article_id)
                    .order_by(EventRow.evidence_start)
                )
            )
        return {**article_json(row), "events": ids, "duplicate_of": row.duplicate_of}

    def stats(self, f: EventFilter) -> dict[str, Any]:
        """Counts by day and type and by type: from the per-day summary when the filters allow it,
        otherwise one grouped query over the matching events."""
        stmt: Select[*tuple[Any, ...]]
        if summarised(f):
            stmt = summary_counts(f)
        else:
            day_type = (EventRow.date_start, EventRow.acled_type)
            stmt = select(*day_type, func.count()).where(where(f, self.dialect)).group_by(*day_type)
        with self.engine.connect() as conn:
            return stats_json(conn.execute(stmt).all())

    def iter_events(self, f: EventFilter, chunk: int = 2000) -> Iterator[tuple[EventRow, ArticleRow]]:
        """Every matching event with its article row, newest first, streamed in chunks (exports)."""
        stmt = self._ordered(
            select(EventRow, ArticleRow)
            .join(ArticleRow, ArticleRow.id == EventRow.article_id)
            .where(where(f, self.dialect))
        )
        with Session(self.engine) as session:
            yield from session.execute(stmt.execution_options(yield_per=chunk))
