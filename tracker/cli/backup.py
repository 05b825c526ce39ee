"""``tracker dump`` and ``tracker restore``: the whole store to one JSON Lines file and back."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from tracker.cli.common import fail, store_for


def register(root: typer.Typer) -> None:
    root.command("dump")(dump)
    root.command("restore")(restore)


def dump(
    ctx: typer.Context,
    file: Annotated[str, typer.Argument(help="Output file, or - for standard output.")],
) -> None:
    """Write everything (articles, statements, speakers, claims, reviews and the audit log) to FILE."""
    from tracker.services.backup import dump as dump_store

    with store_for(ctx) as store:
        if file == "-":
            counts = dump_store(store, sys.stdout)
        else:
            partial = Path(f"{file}.partial")
            with partial.open("w", encoding="utf-8") as stream:
                counts = dump_store(store, stream)
            partial.replace(file)  # never leave a truncated dump under the final name
    total = sum(counts.values())
    typer.echo(f"dumped {total} rows from {len(counts)} tables to {file}", err=file == "-")


def restore(
    ctx: typer.Context,
    file: Annotated[
        Path, typer.Argument(exists=True, dir_okay=False, help="A file written by tracker dump.")
    ],
) -> None:
    """Load a dump into an empty database (all or nothing)."""
    from tracker.services.backup import RestoreError
    from tracker.services.backup import restore as restore_store

    with store_for(ctx) as store, file.open(encoding="utf-8") as stream:
        try:
            counts = restore_store(store, stream, source=str(file))
        except RestoreError as error:
            fail(str(error))
    typer.echo(f"restored {sum(counts.values())} rows into {len(counts)} tables")
