"""Linked events: events linked from mentions across articles (stable id, status live / redirect /
tombstone, redirect target, chosen fields and provenance), mention -> event membership, and the change
log behind `/api/changes`.

Revision ID: 0002
Revises: 0001
Create Date: 2025-02-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "linked_events",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("redirect_to", sa.String(64), nullable=True),
        sa.Column("created_seq", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("updated_at", sa.String(32), nullable=False),
        sa.Column("plover_type", sa.String(16), nullable=True),
        sa.Column("acled_type", sa.String(64), nullable=True),
        sa.Column("acled_subtype", sa.String(64), nullable=True),
        sa.Column("actor1_name", sa.Text(), nullable=True),
        sa.Column("actor2_name", sa.Text(), nullable=True),
        sa.Column("place_name", sa.Text(), nullable=True),
        sa.Column("place_country", sa.String(3), nullable=True),
        sa.Column("lat", sa.Float(), nullable=True),
        sa.Column("lon", sa.Float(), nullable=True),
        sa.Column("date_start", sa.String(10), nullable=True),
        sa.Column("date_end", sa.String(10), nullable=True),
        sa.Column("fatalities_best", sa.Integer(), nullable=True),
        sa.Column("factuality", sa.String(16), nullable=True),
        sa.Column("historical", sa.Boolean(), nullable=True),
        sa.Column("n_mentions", sa.Integer(), nullable=False),
        sa.Column("n_sources", sa.Integer(), nullable=False),
        sa.Column("data", sa.JSON(), nullable=True),
    )
    op.create_index("ix_linked_events_status_date", "linked_events", ["status", "date_start", "date_end"])
    op.create_index("ix_linked_events_country", "linked_events", ["place_country"])
    op.create_table(
        "event_mentions",
        sa.Column(
            "mention_id",
            sa.String(64),
            sa.ForeignKey("events.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("event_id", sa.String(64), sa.ForeignKey("linked_events.id"), nullable=False),
        sa.Column("article_id", sa.String(64), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("linked_at", sa.String(32), nullable=False),
    )
    op.create_index("ix_event_mentions_event_id", "event_mentions", ["event_id"])
    op.create_index("ix_event_mentions_article_id", "event_mentions", ["article_id"])
    op.create_table(
        "event_changes",
        sa.Column("seq", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("event_id", sa.String(64), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("into", sa.String(64), nullable=True),
        sa.Column("at", sa.String(32), nullable=False),
    )
    op.create_index("ix_event_changes_event_id", "event_changes", ["event_id"])


def downgrade() -> None:
    op.drop_table("event_changes")
    op.drop_table("event_mentions")
    op.drop_table("linked_events")
