"""`q` on SQLite, fast at a million events: the FTS5 index is asked first, for at most `FTS_BOUND + 1`
matching articles. When no more match, the events of those articles are the answer (an index lookup
per article, and an exact count). When more match, the page walks the events newest first and checks
each one's article against the FTS index (a lookup by rowid), stopping when the page is full; the
count is then that of the events of the first `FTS_BOUND + 1` matching articles, a lower bound.
(PostgreSQL, stats and exports use the plain condition of `filters.conditions`.)"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import ColumnElement, Connection, Integer, column, select, text

from frontlines.store.filters import fts_query
from frontlines.store.schema import ArticleRow, EventRow

FTS_BOUND = 1000


def matching_articles(conn: Connection, q: str) -> tuple[Sequence[int], bool]:
    """(seq of up to FTS_BOUND + 1 articles matching `q`, whether that is all of them)."""
    stmt = text("SELECT rowid FROM articles_fts WHERE articles_fts MATCH :q LIMIT :n")
    seqs = list(conn.scalars(stmt.bindparams(q=fts_query(q), n=FTS_BOUND + 1)))
    return seqs, len(seqs) <= FTS_BOUND


def in_articles(seqs: Sequence[int]) -> ColumnElement[bool]:
    """Events of these articles (by their `seq`)."""
    return EventRow.article_id.in_(select(ArticleRow.id).where(ArticleRow.seq.in_(seqs)))


def article_matches(q: str) -> ColumnElement[bool]:
    """The joined `articles` row matches `q` (one FTS lookup per row checked)."""
    fts = text("SELECT rowid FROM articles_fts WHERE articles_fts MATCH :q AND rowid = articles.seq")
    return ArticleRow.seq.in_(fts.bindparams(q=fts_query(q)).columns(column("rowid", Integer)))
