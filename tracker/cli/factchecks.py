"""``tracker import-claimreview``: load existing fact-checks and match them to statements."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from tracker.cli.common import fail, safe, store_for


def register(root: typer.Typer) -> None:
    root.command("import-claimreview")(import_claimreview)


def import_claimreview(
    ctx: typer.Context,
    path: Annotated[
        Path, typer.Argument(metavar="FILE", help="ClaimReview records: JSON array or JSON Lines.")
    ],
) -> None:
    """Import ClaimReview fact-checks (idempotent) and mark the statements they already checked."""
    from tracker.services.factchecks import ClaimReviewError, import_fact_checks, read_claimreview_file

    try:
        records, errors = read_claimreview_file(path)
    except (OSError, UnicodeDecodeError) as error:
        fail(f"cannot read {path}: {error}")
    except ClaimReviewError as error:
        fail(str(error))
    for message in errors:
        typer.echo(f"error: {safe(message)}", err=True)
    with store_for(ctx) as store, store.sessions.begin() as session:
        outcome = import_fact_checks(session, records, errors=errors)
    typer.echo(
        f"{outcome.read} reviews read: {outcome.added} added, {outcome.updated} updated, "
        f"{outcome.unchanged} already present; {outcome.matched_statements} statements matched"
    )
    if errors:
        typer.echo(f"{len(errors)} records skipped (see above)", err=True)
        raise typer.Exit(1)
