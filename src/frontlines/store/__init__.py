"""The store: SQLAlchemy schema, SQLite (default) or PostgreSQL, Alembic migrations, one writer.

schema.py   tables (typed declarative models)      db.py       URL, engine, migrations
rows.py     contract objects -> rows              filters.py  API/export filters -> SQL
store.py    Store: batched writes and queries      ingest.py   `frontlines ingest`
export.py   `frontlines export` formats
"""

from frontlines.store.db import database_url
from frontlines.store.filters import EventFilter, FilterError, parse_filter
from frontlines.store.store import Coded, Store

__all__ = ["Coded", "EventFilter", "FilterError", "Store", "database_url", "parse_filter"]
