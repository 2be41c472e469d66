"""Fast reads at a million events: a per-day summary of event counts (`event_day_counts`, kept in step
with `events` by triggers on SQLite and PostgreSQL) that answers `/api/stats` without scanning events,
and on SQLite an R*Tree over located events (`events_rtree`: lon, lat and the date range as Julian
days, keyed by the events' rowid, kept in sync by triggers) that answers `bbox` filters.

Revision ID: 0003
Revises: 0002
Create Date: 2025-03-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# the summary's key: NULL is stored as '' so that the key is unique and upserts find the row
_KEY_NEW = "coalesce(new.date_start, ''), coalesce(new.date_end, ''), coalesce(new.acled_type, '')"
_MATCH_OLD = (
    "date_start = coalesce(old.date_start, '') AND date_end = coalesce(old.date_end, '') "
    "AND acled_type = coalesce(old.acled_type, '')"
)
_UPSERT_NEW = (
    f"INSERT INTO event_day_counts (date_start, date_end, acled_type, n) VALUES ({_KEY_NEW}, 1) "
    "ON CONFLICT (date_start, date_end, acled_type) DO UPDATE SET n = event_day_counts.n + 1;"
)
_DECREMENT_OLD = f"UPDATE event_day_counts SET n = n - 1 WHERE {_MATCH_OLD};"
_BACKFILL = (
    "INSERT INTO event_day_counts (date_start, date_end, acled_type, n) "
    "SELECT coalesce(date_start, ''), coalesce(date_end, ''), coalesce(acled_type, ''), count(*) "
    "FROM events GROUP BY 1, 2, 3"
)

# R*Tree boxes: a point (lon, lat) and the days [date_start, date_end]; an unknown end of the date range
# is open (+-1e7 days), so the tree only ever pre-selects: the exact filters still apply afterwards
_RTREE_ROW = (
    "{r}.rowid, {r}.lon, {r}.lon, {r}.lat, {r}.lat, "
    "coalesce(julianday({r}.date_start), -1e7), coalesce(julianday({r}.date_end), 1e7)"
)
_RTREE_INSERT = (
    "INSERT INTO events_rtree (id, min_lon, max_lon, min_lat, max_lat, min_day, max_day) "
    f"SELECT {_RTREE_ROW.format(r='new')} WHERE new.lat IS NOT NULL AND new.lon IS NOT NULL;"
)
_SQLITE = [
    "CREATE VIRTUAL TABLE events_rtree USING rtree(id, min_lon, max_lon, min_lat, max_lat, min_day, max_day)",
    f"CREATE TRIGGER events_rtree_ai AFTER INSERT ON events BEGIN {_RTREE_INSERT} END",
    "CREATE TRIGGER events_rtree_ad AFTER DELETE ON events BEGIN "
    "DELETE FROM events_rtree WHERE id = old.rowid; END",
    "CREATE TRIGGER events_rtree_au AFTER UPDATE OF lat, lon, date_start, date_end ON events BEGIN "
    f"DELETE FROM events_rtree WHERE id = old.rowid; {_RTREE_INSERT} END",
    "INSERT INTO events_rtree (id, min_lon, max_lon, min_lat, max_lat, min_day, max_day) "
    f"SELECT {_RTREE_ROW.format(r='events')} FROM events WHERE lat IS NOT NULL AND lon IS NOT NULL",
    f"CREATE TRIGGER event_day_counts_ai AFTER INSERT ON events BEGIN {_UPSERT_NEW} END",
    f"CREATE TRIGGER event_day_counts_ad AFTER DELETE ON events BEGIN {_DECREMENT_OLD} END",
    "CREATE TRIGGER event_day_counts_au AFTER UPDATE OF date_start, date_end, acled_type ON events "
    f"BEGIN {_DECREMENT_OLD} {_UPSERT_NEW} END",
]
_POSTGRESQL = [
    f"""CREATE FUNCTION event_day_counts_sync() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP IN ('DELETE', 'UPDATE') THEN
        {_DECREMENT_OLD}
      END IF;
      IF TG_OP IN ('INSERT', 'UPDATE') THEN
        {_UPSERT_NEW}
      END IF;
      RETURN NULL;
    END $$""",
    "CREATE TRIGGER event_day_counts_sync AFTER INSERT OR DELETE OR UPDATE OF date_start, date_end, "
    "acled_type ON events FOR EACH ROW EXECUTE FUNCTION event_day_counts_sync()",
]


def upgrade() -> None:
    op.create_table(
        "event_day_counts",
        sa.Column("date_start", sa.String(10), primary_key=True),
        sa.Column("date_end", sa.String(10), primary_key=True),
        sa.Column("acled_type", sa.String(64), primary_key=True),
        sa.Column("n", sa.Integer(), nullable=False),
    )
    op.execute(_BACKFILL)
    for statement in _SQLITE if op.get_bind().dialect.name == "sqlite" else _POSTGRESQL:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in (
            "events_rtree_ai",
            "events_rtree_ad",
            "events_rtree_au",
            "event_day_counts_ai",
            "event_day_counts_ad",
            "event_day_counts_au",
        ):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS events_rtree")
    else:
        op.execute("DROP TRIGGER IF EXISTS event_day_counts_sync ON events")
        op.execute("DROP FUNCTION IF EXISTS event_day_counts_sync()")
    op.drop_table("event_day_counts")
