"""Backup and move: the whole store as one portable JSON Lines file, and back.

``dump`` writes a header line, then one line per row, table by table in foreign-key
order: ``{"table": "statements", "row": {...}}``. Dates and times are ISO strings, JSON
columns stay JSON, so a dump taken from SQLite restores into PostgreSQL and back with
nothing lost. ``restore`` loads a dump into an empty database in one transaction: a bad
line aborts it and leaves the database as it was.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime
from typing import IO, Any

from sqlalchemy import Date, DateTime, Table, TypeDecorator, func, insert, select, text, update
from sqlalchemy.engine import Connection

from tracker.db import Store, current_revision
from tracker.models import Base

FORMAT = "claims-tracker-dump"
FORMAT_VERSION = 1
BATCH = 1000


class RestoreError(ValueError):
    """The dump cannot be loaded (bad line, wrong format, or the database is not empty)."""


def _tables() -> list[Table]:
    return list(Base.metadata.sorted_tables)


def _self_references(table: Table) -> list[str]:
    """Columns that point at their own table: restored in a second pass."""
    return [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]


def _encode(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _decode(table: Table, row: dict[str, Any]) -> dict[str, Any]:
    decoded = {}
    for name, value in row.items():
        column = table.columns.get(name)
        if column is None:
            raise RestoreError(f"table {table.name} has no column {name!r}")
        kind = column.type.impl if isinstance(column.type, TypeDecorator) else column.type
        if value is not None and isinstance(kind, DateTime):
            value = datetime.fromisoformat(value)
        elif value is not None and isinstance(kind, Date):
            value = date.fromisoformat(value)
        decoded[name] = value
    return decoded


def iter_dump(store: Store) -> Iterator[dict[str, Any]]:
    """The dump's lines as objects: a header, then every row of every table."""
    with store.engine.connect() as connection:
        yield {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "revision": current_revision(store.engine),
            "counts": {t.name: connection.scalar(select(func.count()).select_from(t)) for t in _tables()},
        }
        for table in _tables():
            order = list(table.primary_key.columns)
            result = connection.execution_options(yield_per=BATCH).execute(select(table).order_by(*order))
            for row in result.mappings():
                yield {"table": table.name, "row": {key: _encode(value) for key, value in row.items()}}


def dump(store: Store, stream: IO[str]) -> dict[str, int]:
    """Write the whole store to ``stream``; returns the row count per table."""
    counts: dict[str, int] = {}
    for line in iter_dump(store):
        if "table" in line:
            counts[line["table"]] = counts.get(line["table"], 0) + 1
        stream.write(json.dumps(line, ensure_ascii=False) + "\n")
    return counts


def _is_empty(connection: Connection) -> bool:
    return all(connection.scalar(select(func.count()).select_from(t)) == 0 for t in _tables())


def restore(store: Store, stream: IO[str], *, source: str = "dump") -> dict[str, int]:
    """Load a dump into an empty database, all or nothing; returns the rows restored per table."""
    tables = {t.name: t for t in _tables()}
    counts: dict[str, int] = {}
    deferred: list[tuple[Table, Any, dict[str, Any]]] = []
    with store.engine.begin() as connection:
        if not _is_empty(connection):
            raise RestoreError("the database is not empty: restore loads into an empty database only")
        pending: dict[str, list[dict[str, Any]]] = {}
        for number, raw in enumerate(stream, 1):
            if not raw.strip():
                continue
            try:
                line = json.loads(raw)
            except json.JSONDecodeError as error:
                raise RestoreError(f"{source}:line {number}: not JSON ({error.msg})") from None
            if number == 1:
                if line.get("format") != FORMAT:
                    raise RestoreError(f"{source}: not a {FORMAT} file")
                continue
            table = tables.get(line.get("table", ""))
            if table is None:
                raise RestoreError(f"{source}:line {number}: unknown table {line.get('table')!r}")
            row = _decode(table, line["row"])
            for column in _self_references(table):
                if row.get(column) is not None:
                    deferred.append((table, row["id"], {column: row[column]}))
                    row[column] = None
            pending.setdefault(table.name, []).append(row)
            if len(pending[table.name]) >= BATCH:
                _flush(connection, tables, pending, counts)
        _flush(connection, tables, pending, counts)
        for table, key, values in deferred:
            connection.execute(update(table).where(table.c.id == key).values(**values))
        if connection.dialect.name == "postgresql":
            _reset_sequences(connection)
    return counts


def _flush(
    connection: Connection,
    tables: dict[str, Table],
    pending: dict[str, list[dict[str, Any]]],
    counts: dict[str, int],
) -> None:
    # Insert in foreign-key order so parents exist before their children.
    for table in _tables():
        rows = pending.pop(table.name, None)
        if rows:
            connection.execute(insert(tables[table.name]), rows)
            counts[table.name] = counts.get(table.name, 0) + len(rows)


def _reset_sequences(connection: Connection) -> None:
    for table in _tables():
        if "id" in table.columns and table.c.id.autoincrement:
            connection.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                    f"COALESCE((SELECT MAX(id) FROM {table.name}), 0) + 1, false)"
                )
            )
