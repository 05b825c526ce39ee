"""``tracker outlets``: the publishers in the store, and the time zone each writes dates in."""

from __future__ import annotations

from typing import Annotated

import typer

from tracker.cli.common import TableOrJsonl, echo_jsonl, fail, print_table, store_for

app = typer.Typer(help="Outlets: list them, set an outlet's time zone, domain or language.")


def register(root: typer.Typer) -> None:
    root.add_typer(app, name="outlets")


@app.callback(invoke_without_command=True)
def outlets(
    ctx: typer.Context,
    output: Annotated[TableOrJsonl, typer.Option("--format")] = TableOrJsonl.table,
) -> None:
    """List outlets with their article counts."""
    if ctx.invoked_subcommand is not None:
        return
    from tracker.services.outlets import list_outlets

    with store_for(ctx) as store, store.sessions() as session:
        rows = list_outlets(session)
    if output is TableOrJsonl.jsonl:
        echo_jsonl(row.__dict__ for row in rows)
        return
    print_table(
        ["id", "outlet", "domain", "language", "time zone", "articles"],
        [[r.id, r.name, r.domain or "", r.language or "", r.timezone or "", r.articles] for r in rows],
    )


@app.command("set")
def set_(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="The outlet's name, as ingest stores it.")],
    timezone: Annotated[str | None, typer.Option("--timezone", help="e.g. Asia/Damascus or +03:00")] = None,
    domain: Annotated[str | None, typer.Option("--domain")] = None,
    language: Annotated[str | None, typer.Option("--language")] = None,
) -> None:
    """Create or update an outlet; its time zone is used for its undated-zone bylines on ingest."""
    from tracker.services.outlets import set_outlet

    with store_for(ctx) as store, store.sessions.begin() as session:
        try:
            outlet = set_outlet(session, name, timezone=timezone, domain=domain, language=language)
        except ValueError as error:
            fail(str(error))
        typer.echo(f"{outlet.name}: time zone {outlet.timezone or 'not set'}, domain {outlet.domain or '-'}")
