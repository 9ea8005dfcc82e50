"""The whole store as one versioned JSON document, and back into an empty database.

The format is described in ``docs/json-format.md``. In short: an object with
``format_version`` (:data:`FORMAT_VERSION`), ``application``, ``schema_revision`` (the Alembic
revision the rows belong to) and ``tables``: for every table of the store, in the order that
satisfies foreign keys, a list of rows ordered by primary key, each row an object with every
column. Values are JSON natives; dates are ``YYYY-MM-DD``, timestamps ISO 8601 in UTC with the
offset (``2026-11-27T09:30:00+00:00``), enumerations their stored value.

Rows are validated by Pydantic models built from the table definitions (types, lengths,
nullability, no unknown or missing columns), so a document is checked as a whole before
anything is written. Import goes into an empty database only, in one transaction with foreign
keys checked at commit: all of it or nothing. Exporting the result gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import Annotated, Any, Literal

from pydantic import (
    AwareDatetime,
    BaseModel,
    ConfigDict,
    StringConstraints,
    ValidationError,
    create_model,
)
from sqlalchemy import String, Table, func, insert, select, text

from improve_desktop import __version__
from improve_desktop.services.change import Change
from improve_desktop.services.errors import FieldError, Refused, ValidationFailed
from improve_desktop.services.outcome import Outcome
from improve_desktop.store import all_models  # noqa: F401  (registers every table)
from improve_desktop.store.base import Base, UtcDateTime
from improve_desktop.store.engine import Store
from improve_desktop.store.schema import HEAD_REVISION

FORMAT_VERSION = 1


class StoreDocument(BaseModel):
    """The outer shape of the JSON file; the rows are checked per table afterwards."""

    model_config = ConfigDict(extra="forbid", strict=True)

    format_version: Literal[1]
    application: str
    schema_revision: str
    tables: dict[str, list[dict[str, Any]]]


def _tables() -> list[Table]:
    return list(Base.metadata.sorted_tables)


def _python_type(column: Any) -> Any:
    if isinstance(column.type, UtcDateTime):
        return AwareDatetime
    try:
        kind = column.type.python_type
    except NotImplementedError:  # pragma: no cover - every column we have has one
        return Any
    if kind is dt.datetime:
        return AwareDatetime
    if kind is str and isinstance(column.type, String) and column.type.length:
        return Annotated[str, StringConstraints(max_length=column.type.length)]
    return kind


_ROW_MODELS: dict[str, type[BaseModel]] = {}


def row_model(table: Table) -> type[BaseModel]:
    """A Pydantic model for one row of ``table``: every column, nothing else."""
    if table.name not in _ROW_MODELS:
        fields: dict[str, Any] = {}
        for column in table.columns:
            kind = _python_type(column)
            fields[column.name] = (kind | None if column.nullable else kind, ...)
        _ROW_MODELS[table.name] = create_model(
            f"{table.name}_row", __config__=ConfigDict(extra="forbid"), **fields
        )
    return _ROW_MODELS[table.name]


def _json_value(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _validated_rows(document: StoreDocument) -> dict[str, list[dict[str, Any]]]:
    """Every row checked against its table; all problems (up to 20) reported at once."""
    known = {table.name: table for table in _tables()}
    unknown = sorted(set(document.tables) - set(known))
    if unknown:
        raise ValidationFailed.single("tables", "unknown_table",
                                      f"unknown table(s): {', '.join(unknown)}")
    rows: dict[str, list[dict[str, Any]]] = {}
    problems: list[FieldError] = []
    for name, table in known.items():
        model = row_model(table)
        rows[name] = []
        for index, raw in enumerate(document.tables.get(name, [])):
            try:
                rows[name].append(model.model_validate(raw).model_dump())
            except ValidationError as error:
                problems.extend(
                    FieldError(f"{name}[{index}].{item.field}", item.code, item.message,
                               item.params)
                    for item in ValidationFailed.from_pydantic(error).errors
                )
            if len(problems) >= 20:
                raise ValidationFailed(problems)
    if problems:
        raise ValidationFailed(problems)
    return rows


_CHUNK = 500  # ids per IN (...) list, well under SQLite's limit on bound parameters


def _rows_where(session: Any, table: Table, column: Any, values: set[Any]) -> list[Any]:
    found: list[Any] = []
    ordered = sorted(values)
    for start in range(0, len(ordered), _CHUNK):
        found.extend(session.execute(
            select(table).where(column.in_(ordered[start:start + _CHUNK]))))
    return found


def project_rows(session: Any, project_id: str) -> dict[str, dict[tuple[Any, ...], Any]]:
    """The rows that make up one project, found through the foreign keys of the schema.

    Downwards, from the project: every row that points at it, and every row that points at
    those (iterations, items, their history and methods, retrospectives, lessons...). Then
    upwards: every row any chosen row points at (its organisation, cluster, people, methods),
    so that the result is a database of its own with every foreign key satisfied. Working
    from the schema means that tables added later are included without being listed here.
    """
    tables = _tables()
    chosen: dict[str, dict[tuple[Any, ...], Any]] = {table.name: {} for table in tables}

    def key(table: Table, row: Any) -> tuple[Any, ...]:
        columns = list(table.primary_key.columns) or list(table.columns)
        return tuple(row._mapping[column] for column in columns)

    def add(table: Table, rows: list[Any]) -> bool:
        grew = False
        for row in rows:
            row_key = key(table, row)
            if row_key not in chosen[table.name]:
                chosen[table.name][row_key] = row
                grew = True
        return grew

    project = next(table for table in tables if table.name == "project")
    if not add(project, _rows_where(session, project, project.c.id, {project_id})):
        raise ValidationFailed.single("project_id", "unknown", "no such project")
    downward = {"project"}
    grew = True
    while grew:
        grew = False
        for table in tables:
            for foreign_key in table.foreign_keys:
                parent = foreign_key.column.table
                if parent.name not in downward:
                    continue
                wanted = {row._mapping[foreign_key.column] for row in chosen[parent.name].values()}
                if wanted and add(table, _rows_where(session, table, foreign_key.parent, wanted)):
                    grew = True
                    downward.add(table.name)
    grew = True
    while grew:
        grew = False
        for table in tables:
            for foreign_key in table.foreign_keys:
                parent = foreign_key.column.table
                have = {row._mapping[foreign_key.column] for row in chosen[parent.name].values()}
                wanted = {row._mapping[foreign_key.parent] for row in chosen[table.name].values()}
                missing = {value for value in wanted - have if value is not None}
                if missing and add(parent, _rows_where(session, parent, foreign_key.column,
                                                       missing)):
                    grew = True
    return chosen


class StoreJsonService:
    """Export the whole store as a :class:`StoreDocument`; import one into an empty store."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def export_document(self, project_id: str | None = None) -> dict[str, Any]:
        """The document as plain JSON-ready data (deterministic: same store, same output).

        With ``project_id``, only that project: see :func:`project_rows`.
        """
        tables: dict[str, list[dict[str, Any]]] = {}
        with self._store.read() as session:
            chosen = project_rows(session, project_id) if project_id is not None else None
            for table in _tables():
                names = [column.name for column in table.columns]
                order = list(table.primary_key.columns) or list(table.columns)
                if chosen is None:
                    rows = list(session.execute(select(table).order_by(*order)))
                else:
                    rows = sorted(chosen[table.name].values(),
                                  key=lambda row: tuple(row._mapping[c] for c in order))
                tables[table.name] = [
                    {name: _json_value(value) for name, value in zip(names, row, strict=True)}
                    for row in rows
                ]
        return {
            "format_version": FORMAT_VERSION,
            "application": f"Improve Desktop {__version__}",
            "schema_revision": HEAD_REVISION,
            "tables": tables,
        }

    def import_document(self, data: Any) -> Outcome[dict[str, int]]:
        """Validate ``data`` whole, then write it into this (empty) store in one transaction."""
        try:
            document = StoreDocument.model_validate(data)
        except ValidationError as error:
            raise ValidationFailed.from_pydantic(error) from None
        if document.schema_revision != HEAD_REVISION:
            raise Refused(
                "schema_revision",
                f"the file holds data of schema revision {document.schema_revision!r}; this "
                f"version of the application reads {HEAD_REVISION!r}",
            )
        rows = _validated_rows(document)
        with self._store.write() as session:
            # Foreign keys are checked when the transaction commits, so rows that point at
            # rows of their own table may come in any order.
            session.execute(text("PRAGMA defer_foreign_keys = ON"))
            for table in _tables():
                if session.scalar(select(func.count()).select_from(table)):
                    raise Refused("not_empty", "the database is not empty; import into a new "
                                               "database file")
            for table in _tables():
                if rows[table.name]:
                    session.execute(insert(table), rows[table.name])
        counts = {name: len(values) for name, values in rows.items()}
        return Outcome(counts, Change.everything())
