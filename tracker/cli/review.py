"""``tracker review``: record a review decision on one statement from the command line."""

from __future__ import annotations

from typing import Annotated

import typer

from tracker.cli.common import fail, reviewer_name, safe, store_for


def register(root: typer.Typer) -> None:
    root.command("review")(review)


def _describe(state) -> str:  # type: ignore[no-untyped-def]
    line = f"statement {state.statement_id}: {state.status} (version {state.version})"
    if state.reviewer:
        line += f", by {state.reviewer}"
    if state.reviewed_at:
        line += f" at {state.reviewed_at:%Y-%m-%d %H:%M}"
    if state.note:
        line += f"; note: {state.note}"
    return safe(line)


def review(
    ctx: typer.Context,
    statement_id: Annotated[int, typer.Argument(metavar="ID", help="The statement id.")],
    status: Annotated[
        str,
        typer.Option(
            "--status", help="verified, disputed, misattributed, misquoted, not-a-claim or unreviewed."
        ),
    ],
    note: Annotated[str | None, typer.Option("--note", help="Why (kept in the audit log).")] = None,
    expect_version: Annotated[
        int | None,
        typer.Option(
            "--expect-version", help="Fail, showing the current state, if someone changed it since."
        ),
    ] = None,
) -> None:
    """Set a statement's review status; a stale --expect-version shows the conflict instead."""
    from tracker.services.review import ReviewConflict, ReviewError, set_review

    reviewer = reviewer_name(ctx)
    with store_for(ctx) as store:
        try:
            with store.sessions.begin() as session:
                state = set_review(
                    session,
                    statement_id,
                    status,
                    reviewer=reviewer,
                    note=note,
                    expected_version=expect_version,
                )
        except ReviewConflict as conflict:
            typer.echo(f"conflict: {safe(str(conflict))}", err=True)
            typer.echo(f"current: {_describe(conflict.current)}")
            raise typer.Exit(2) from None
        except ReviewError as error:
            fail(str(error))
    typer.echo(_describe(state))
