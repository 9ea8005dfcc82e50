"""Alembic environment: runs on the connection the application hands over.

The application passes an open connection inside a transaction in ``config.attributes``;
batch mode is on because SQLite alters most tables by copying them.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from improve_desktop.store import all_models
from improve_desktop.store.schema import include_in_comparison

target_metadata = all_models.Base.metadata
config = context.config


def _configure(connection: object) -> None:
    # Batch mode rebuilds a table as copy, DROP, RENAME. Since SQLite 3.26 a RENAME re-checks
    # every trigger, and the lessons' index triggers name ``project``, which does not exist at
    # that moment; the legacy rename leaves the triggers alone (they are right again once the
    # copy has the old name). A rebuilt table loses the triggers ON it: a revision that
    # rebuilds ``lesson`` or ``project`` must re-create those of 0003_retrospectives.
    connection.exec_driver_sql("PRAGMA legacy_alter_table = ON")  # type: ignore[attr-defined]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
        # The lessons' FTS5 index lives outside the models (see store/schema.py).
        include_name=include_in_comparison,
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
