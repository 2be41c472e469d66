"""Initial schema: runs, articles, events, rejections; indexes for the API's filters; full-text search
over article bodies (SQLite FTS5 external-content table kept in sync by triggers; PostgreSQL GIN index
on to_tsvector('english', body)).

Revision ID: 0001
Revises:
Create Date: 2025-01-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

_SQLITE_FTS = [
    "CREATE VIRTUAL TABLE articles_fts USING fts5("
    "body, content='articles', content_rowid='seq', tokenize='porter unicode61')",
    """CREATE TRIGGER articles_fts_ai AFTER INSERT ON articles BEGIN
         INSERT INTO articles_fts(rowid, body) VALUES (new.seq, new.body);
       END""",
    """CREATE TRIGGER articles_fts_ad AFTER DELETE ON articles BEGIN
         INSERT INTO articles_fts(articles_fts, rowid, body) VALUES ('delete', old.seq, old.body);
       END""",
    """CREATE TRIGGER articles_fts_au AFTER UPDATE OF body ON articles BEGIN
         INSERT INTO articles_fts(articles_fts, rowid, body) VALUES ('delete', old.seq, old.body);
         INSERT INTO articles_fts(rowid, body) VALUES (new.seq, new.body);
       END""",
]


def upgrade() -> None:
    op.create_table(
        "runs",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("started_at", sa.String(32), nullable=False),
        sa.Column("finished_at", sa.String(32), nullable=True),
        sa.Column("command", sa.Text(), nullable=False),
        sa.Column("stages", sa.JSON(), nullable=False),
        sa.Column("counts", sa.JSON(), nullable=False),
    )
    op.create_table(
        "articles",
        sa.Column("seq", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("id", sa.String(64), nullable=False, unique=True),
        sa.Column("input_key", sa.String(64), nullable=False),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("source", sa.Text(), nullable=True),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("published", sa.String(10), nullable=True),
        sa.Column("dateline", sa.JSON(), nullable=True),
        sa.Column("language", sa.String(16), nullable=False),
        sa.Column("genre", sa.String(32), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("boilerplate", sa.JSON(), nullable=False),
        sa.Column("duplicate_of", sa.String(64), nullable=True),
        sa.Column("ingested_at", sa.String(32), nullable=False),
        sa.Column("run_id", sa.String(32), sa.ForeignKey("runs.id"), nullable=True),
    )
    op.create_index("ix_articles_input_key", "articles", ["input_key"])
    op.create_table(
        "events",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column(
            "article_id", sa.String(64), sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("plover_type", sa.String(16), nullable=False),
        sa.Column("plover_mode", sa.Text(), nullable=True),
        sa.Column("acled_type", sa.String(64), nullable=True),
        sa.Column("acled_subtype", sa.String(64), nullable=True),
        sa.Column("cameo", sa.String(8), nullable=True),
        sa.Column("actor1_name", sa.Text(), nullable=True),
        sa.Column("actor1_country", sa.String(3), nullable=True),
        sa.Column("actor1_kind", sa.String(32), nullable=True),
        sa.Column("actor2_name", sa.Text(), nullable=True),
        sa.Column("actor2_country", sa.String(3), nullable=True),
        sa.Column("actor2_kind", sa.String(32), nullable=True),
        sa.Column("place_name", sa.Text(), nullable=True),
        sa.Column("place_country", sa.String(3), nullable=True),
        sa.Column("place_admin1", sa.Text(), nullable=True),
        sa.Column("place_admin2", sa.Text(), nullable=True),
        sa.Column("place_precision", sa.String(16), nullable=True),
        sa.Column("place_geonameid", sa.Integer(), nullable=True),
        sa.Column("lat", sa.Float(), nullable=True),
        sa.Column("lon", sa.Float(), nullable=True),
        sa.Column("date_start", sa.String(10), nullable=True),
        sa.Column("date_end", sa.String(10), nullable=True),
        sa.Column("date_precision", sa.String(8), nullable=True),
        sa.Column("date_text", sa.Text(), nullable=True),
        sa.Column("fatalities_best", sa.Integer(), nullable=True),
        sa.Column("fatalities_low", sa.Integer(), nullable=True),
        sa.Column("fatalities_high", sa.Integer(), nullable=True),
        sa.Column("factuality", sa.String(16), nullable=False),
        sa.Column("attribution", sa.Text(), nullable=True),
        sa.Column("historical", sa.Boolean(), nullable=False),
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.Column("evidence_sentence", sa.Text(), nullable=False),
        sa.Column("evidence_start", sa.Integer(), nullable=False),
        sa.Column("evidence_end", sa.Integer(), nullable=False),
        sa.Column("evidence_trigger", sa.Text(), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
    )
    op.create_index("ix_events_article_id", "events", ["article_id"])
    op.create_index("ix_events_date", "events", ["date_start", "date_end"])
    op.create_index("ix_events_sort", "events", ["date_start", "id"])
    op.create_index("ix_events_acled", "events", ["acled_type", "acled_subtype"])
    op.create_index("ix_events_day_type", "events", ["date_start", "acled_type"])
    op.create_index("ix_events_country_type", "events", ["place_country", "acled_type", "date_start"])
    op.create_index("ix_events_plover", "events", ["plover_type"])
    op.create_index("ix_events_country", "events", ["place_country"])
    op.create_index("ix_events_lonlat", "events", ["lon", "lat"])
    op.create_index("ix_events_factuality", "events", ["factuality", "historical"])
    op.create_table(
        "rejections",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("document", sa.Text(), nullable=False),
        sa.Column("reason", sa.String(32), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("stage", sa.String(64), nullable=True),
        sa.Column("run_id", sa.String(32), sa.ForeignKey("runs.id"), nullable=True),
        sa.Column("at", sa.String(32), nullable=False),
    )
    op.create_index("ux_rejections_key", "rejections", ["key"], unique=True)
    if op.get_bind().dialect.name == "sqlite":
        for statement in _SQLITE_FTS:
            op.execute(statement)
    else:
        op.execute("CREATE INDEX ix_articles_fts ON articles USING gin (to_tsvector('english', body))")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in ("articles_fts_au", "articles_fts_ad", "articles_fts_ai"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS articles_fts")
    else:
        op.execute("DROP INDEX IF EXISTS ix_articles_fts")
    op.drop_table("rejections")
    op.drop_table("events")
    op.drop_table("articles")
    op.drop_table("runs")
