"""Alembic environment: always run with a connection handed over by `frontlines.store.db`
(`config.attributes["connection"]`), so the engine settings (SQLite pragmas, psycopg driver) are the
store's own and no alembic.ini is needed."""

from __future__ import annotations

from alembic import context
from sqlalchemy.engine import Connection

from frontlines.store.schema import Base


def run_migrations_online() -> None:
    connection = context.config.attributes.get("connection")
    if not isinstance(connection, Connection):
        raise RuntimeError(
            "frontlines migrations run through frontlines.store.db.upgrade(), not alembic's CLI"
        )
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise RuntimeError("offline (SQL script) migrations are not supported")
run_migrations_online()
