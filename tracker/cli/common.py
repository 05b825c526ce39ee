"""Options and helpers shared by every command: the database, the reviewer, output."""

from __future__ import annotations

import getpass
import json
import os
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum
from typing import Annotated, Any

import typer

from tracker.db import ENV_DB_URL, Store, open_store
from tracker.normalize import strip_controls

ENV_REVIEWER = "TRACKER_REVIEWER"


class TableOrJsonl(StrEnum):
    table = "table"
    jsonl = "jsonl"


@dataclass
class CliState:
    db_url: str | None
    reviewer: str | None


def root_callback(
    ctx: typer.Context,
    db: Annotated[
        str | None,
        typer.Option(
            "--db", envvar=ENV_DB_URL, help="Database URL or SQLite file (default: the user data dir)."
        ),
    ] = None,
    reviewer: Annotated[
        str | None,
        typer.Option("--reviewer", envvar=ENV_REVIEWER, help="Who is reviewing (default: the OS user)."),
    ] = None,
) -> None:
    """Claims and quote attribution tracker."""
    ctx.obj = CliState(db_url=db, reviewer=reviewer)


def state(ctx: typer.Context) -> CliState:
    root = ctx.find_root()
    if not isinstance(root.obj, CliState):
        root.obj = CliState(db_url=os.environ.get(ENV_DB_URL), reviewer=os.environ.get(ENV_REVIEWER))
    return root.obj


def reviewer_name(ctx: typer.Context) -> str:
    """--reviewer, else $TRACKER_REVIEWER, else the OS user name."""
    chosen = state(ctx).reviewer
    if chosen:
        return chosen
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "unknown"


@contextmanager
def store_for(ctx: typer.Context) -> Iterator[Store]:
    """The migrated store the command runs against; disposed on exit."""
    try:
        store = open_store(state(ctx).db_url)
    except Exception as error:  # noqa: BLE001  (the URL or server is wrong: say which, not a traceback)
        fail(f"cannot open the database: {error}")
    try:
        yield store
    finally:
        store.dispose()


def safe(text: Any) -> str:
    """Text fit for a terminal: escape sequences and control characters removed."""
    return strip_controls("" if text is None else str(text))


def echo_jsonl(rows: Iterable[dict[str, Any]]) -> None:
    write = sys.stdout.write
    for row in rows:
        # ensure_ascii=False keeps Arabic readable; json escapes every control character.
        write(json.dumps(row, ensure_ascii=False, default=str) + "\n")


def fail(message: str, code: int = 1) -> typer.Exit:
    typer.echo(f"error: {safe(message)}", err=True)
    raise typer.Exit(code)


def print_table(columns: list[str], rows: Iterable[Iterable[Any]], title: str | None = None) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title, show_lines=False)
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*(safe(cell) for cell in row))
    Console().print(table)
