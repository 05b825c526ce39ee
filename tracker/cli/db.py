"""``tracker db``: upgrade, downgrade and show the schema revision of the database in use."""

from __future__ import annotations

from typing import Annotated

import typer

from tracker import db as dbmod
from tracker.cli.common import fail, state

app = typer.Typer(help="Database schema: upgrade, downgrade, current.", no_args_is_help=True)


def register(root: typer.Typer) -> None:
    root.add_typer(app, name="db")


def _engine(ctx: typer.Context):  # type: ignore[no-untyped-def]
    try:
        return dbmod.make_engine(state(ctx).db_url)
    except Exception as error:  # noqa: BLE001  (any database failure: one clear line, not a traceback)
        fail(f"cannot open the database: {error}")


def _migrate(ctx: typer.Context, move, revision: str) -> None:  # type: ignore[no-untyped-def]
    engine = _engine(ctx)
    try:
        move(engine, revision)
        typer.echo(f"{engine.url.render_as_string(hide_password=True)}: at {dbmod.current_revision(engine)}")
    except Exception as error:  # noqa: BLE001  (any database failure: one clear line, not a traceback)
        fail(f"cannot migrate the database: {error}")
    finally:
        engine.dispose()


@app.command()
def upgrade(ctx: typer.Context, revision: Annotated[str, typer.Argument()] = "head") -> None:
    """Upgrade the schema (to head by default)."""
    _migrate(ctx, dbmod.upgrade, revision)


@app.command()
def downgrade(
    ctx: typer.Context, revision: Annotated[str, typer.Argument(help="Target, e.g. base or -1.")]
) -> None:
    """Downgrade the schema to REVISION."""
    _migrate(ctx, dbmod.downgrade, revision)


@app.command()
def current(ctx: typer.Context) -> None:
    """Print the database in use and its schema revision (upgrading a new database first)."""
    engine = _engine(ctx)
    try:
        if dbmod.current_revision(engine) is None:
            dbmod.upgrade(engine)
        revision = dbmod.current_revision(engine)
        head = dbmod.head_revision(engine)
        marker = " (head)" if revision == head else f" (head is {head})"
        typer.echo(f"database: {engine.url.render_as_string(hide_password=True)}")
        typer.echo(f"revision: {revision}{marker}")
    except Exception as error:  # noqa: BLE001  (any database failure: one clear line, not a traceback)
        fail(f"cannot read the database: {error}")
    finally:
        engine.dispose()
