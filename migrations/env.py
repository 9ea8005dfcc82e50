"""Alembic environment: runs on the connection the application hands over.

The application passes an open connection inside a transaction in ``config.attributes``;
batch mode is on because SQLite alters most tables by copying them.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from improve_desktop.store import models

target_metadata = models.Base.metadata
config = context.config


def _configure(connection: object) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
    )


connection = config.attributes.get("connection")
if connection is None:
    # Developer use only (e.g. autogenerate against a scratch file given as sqlalchemy.url).
    engine = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite://")
    with engine.begin() as fresh_connection:
        _configure(fresh_connection)
        with context.begin_transaction():
            context.run_migrations()
else:
    _configure(connection)
    with context.begin_transaction():
        context.run_migrations()
