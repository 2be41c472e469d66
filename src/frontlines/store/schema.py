"""The store's tables as typed SQLAlchemy 2 declarative models.

Every event keeps its full contract JSON (`data`, the source of truth returned by the API) *and* the
fields the API and exports filter or sort on as plain columns, so a query never parses JSON. Dates are
`YYYY-MM-DD` strings: they compare correctly as text in SQLite and PostgreSQL alike. The schema itself
is created by the Alembic migrations in `store/migrations`; these models must match them.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, Boolean, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Run(Base):
    """One `frontlines ingest` (or API POST) invocation: when, what, and the versions that coded it."""

    __tablename__ = "runs"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    started_at: Mapped[str] = mapped_column(String(32))
    finished_at: Mapped[str | None] = mapped_column(String(32))
    command: Mapped[str] = mapped_column(Text)
    stages: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    counts: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class ArticleRow(Base):
    """A coded article. `seq` is an integer key only so SQLite's FTS5 index can point at rows;
    `id` is the contract's stable article id and what everything else references."""

    __tablename__ = "articles"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    id: Mapped[str] = mapped_column(String(64), unique=True)
    input_key: Mapped[str] = mapped_column(String(64), index=True)  # ix_articles_input_key
    url: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str | None] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    published: Mapped[str | None] = mapped_column(String(10))
    dateline: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    language: Mapped[str] = mapped_column(String(16))
    genre: Mapped[str] = mapped_column(String(32))
    body: Mapped[str] = mapped_column(Text)
    boilerplate: Mapped[list[str]] = mapped_column(JSON, default=list)
    duplicate_of: Mapped[str | None] = mapped_column(String(64))
    ingested_at: Mapped[str] = mapped_column(String(32))
    run_id: Mapped[str | None] = mapped_column(ForeignKey("runs.id"))


class EventRow(Base):
    """One coded event (a sentence-level mention until cross-article linking exists)."""

    __tablename__ = "events"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    plover_type: Mapped[str] = mapped_column(String(16))
    plover_mode: Mapped[str | None] = mapped_column(Text)
    acled_type: Mapped[str | None] = mapped_column(String(64))
    acled_subtype: Mapped[str | None] = mapped_column(String(64))
    cameo: Mapped[str | None] = mapped_column(String(8))
    actor1_name: Mapped[str | None] = mapped_column(Text)
    actor1_country: Mapped[str | None] = mapped_column(String(3))
    actor1_kind: Mapped[str | None] = mapped_column(String(32))
    actor2_name: Mapped[str | None] = mapped_column(Text)
    actor2_country: Mapped[str | None] = mapped_column(String(3))
    actor2_kind: Mapped[str | None] = mapped_column(String(32))
    place_name: Mapped[str | None] = mapped_column(Text)
    place_country: Mapped[str | None] = mapped_column(String(3))
    place_admin1: Mapped[str | None] = mapped_column(Text)
    place_admin2: Mapped[str | None] = mapped_column(Text)
    place_precision: Mapped[str | None] = mapped_column(String(16))
    place_geonameid: Mapped[int | None] = mapped_column(Integer)
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    date_start: Mapped[str | None] = mapped_column(String(10))
    date_end: Mapped[str | None] = mapped_column(String(10))
    date_precision: Mapped[str | None] = mapped_column(String(8))
    date_text: Mapped[str | None] = mapped_column(Text)
    fatalities_best: Mapped[int | None] = mapped_column(Integer)
    fatalities_low: Mapped[int | None] = mapped_column(Integer)
    fatalities_high: Mapped[int | None] = mapped_column(Integer)
    factuality: Mapped[str] = mapped_column(String(16))
    attribution: Mapped[str | None] = mapped_column(Text)
    historical: Mapped[bool] = mapped_column(Boolean)
    confidence: Mapped[float] = mapped_column(Float)
    evidence_sentence: Mapped[str] = mapped_column(Text)
    evidence_start: Mapped[int] = mapped_column(Integer)
    evidence_end: Mapped[int] = mapped_column(Integer)
    evidence_trigger: Mapped[str] = mapped_column(Text)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)

    __table_args__ = (
        Index("ix_events_date", "date_start", "date_end"),
        Index("ix_events_sort", "date_start", "id"),
        Index("ix_events_acled", "acled_type", "acled_subtype"),
        Index("ix_events_day_type", "date_start", "acled_type"),  # covers /api/stats by_day
        Index("ix_events_country_type", "place_country", "acled_type", "date_start"),
        Index("ix_events_plover", "plover_type"),
        Index("ix_events_country", "place_country"),
        Index("ix_events_lonlat", "lon", "lat"),
        Index("ix_events_factuality", "factuality", "historical"),
    )


class EventDayCountRow(Base):
    """How many events have this (date_start, date_end, acled_type); NULL is stored as ''. Kept in step
    with `events` by triggers (migration 0003), so `/api/stats` never has to count a million rows."""

    __tablename__ = "event_day_counts"

    date_start: Mapped[str] = mapped_column(String(10), primary_key=True)
    date_end: Mapped[str] = mapped_column(String(10), primary_key=True)
    acled_type: Mapped[str] = mapped_column(String(64), primary_key=True)
    n: Mapped[int] = mapped_column(Integer)


class RejectionRow(Base):
    """A document that was not stored: rejected input (`stage` null) or a stage failure (`stage` set).
    `key` (hash of the document name and its normalised text) makes a rerun update the same row
    instead of adding another, and lets ingest skip a document it already rejected."""

    __tablename__ = "rejections"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    key: Mapped[str] = mapped_column(String(64))
    document: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(String(32))
    detail: Mapped[str] = mapped_column(Text)
    stage: Mapped[str | None] = mapped_column(String(64))
    run_id: Mapped[str | None] = mapped_column(ForeignKey("runs.id"))
    at: Mapped[str] = mapped_column(String(32))

    __table_args__ = (Index("ux_rejections_key", "key", unique=True),)


class LinkedEventRow(Base):
    """An event linked from mentions across articles (docs/linking.md). The id is stable: a merge keeps
    the older id live and turns the other into a `redirect` to it; an event whose mentions are all gone
    (a rebuild split it up) becomes a `tombstone`. The filterable fields are the chosen values, as
    columns named like those of `events` so the same filters apply; `data` holds the whole linked
    event with its per-field provenance."""

    __tablename__ = "linked_events"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    status: Mapped[str] = mapped_column(String(16))  # live | redirect | tombstone
    redirect_to: Mapped[str | None] = mapped_column(String(64))
    created_seq: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[str] = mapped_column(String(32))
    updated_at: Mapped[str] = mapped_column(String(32))
    plover_type: Mapped[str | None] = mapped_column(String(16))
    acled_type: Mapped[str | None] = mapped_column(String(64))
    acled_subtype: Mapped[str | None] = mapped_column(String(64))
    actor1_name: Mapped[str | None] = mapped_column(Text)
    actor2_name: Mapped[str | None] = mapped_column(Text)
    place_name: Mapped[str | None] = mapped_column(Text)
    place_country: Mapped[str | None] = mapped_column(String(3))
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    date_start: Mapped[str | None] = mapped_column(String(10))
    date_end: Mapped[str | None] = mapped_column(String(10))
    fatalities_best: Mapped[int | None] = mapped_column(Integer)
    factuality: Mapped[str | None] = mapped_column(String(16))
    historical: Mapped[bool | None] = mapped_column(Boolean)
    n_mentions: Mapped[int] = mapped_column(Integer)
    n_sources: Mapped[int] = mapped_column(Integer)
    data: Mapped[dict[str, Any] | None] = mapped_column(JSON)

    __table_args__ = (
        Index("ix_linked_events_status_date", "status", "date_start", "date_end"),
        Index("ix_linked_events_country", "place_country"),
    )


class EventMentionRow(Base):
    """Which linked event a mention (a row of `events`) belongs to; one row per linked mention."""

    __tablename__ = "event_mentions"

    mention_id: Mapped[str] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), primary_key=True)
    event_id: Mapped[str] = mapped_column(ForeignKey("linked_events.id"), index=True)
    article_id: Mapped[str] = mapped_column(String(64), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    """arrival order of the mention (its article's `seq`, then its offset): rebuilds replay it"""
    linked_at: Mapped[str] = mapped_column(String(32))


class EventChangeRow(Base):
    """The change feed (`/api/changes?since=`): one row per created, updated, merged or split event, in
    order. `into` names the surviving event of a merge."""

    __tablename__ = "event_changes"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    event_id: Mapped[str] = mapped_column(String(64), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    into: Mapped[str | None] = mapped_column(String(64))
    at: Mapped[str] = mapped_column(String(32))
