"""``tracker demo``: ingest the bundled sample articles into the database, then open the desk."""

from __future__ import annotations

import importlib.util
from typing import Annotated

import typer

from tracker.cli.common import print_table, reviewer_name, state, store_for


def register(root: typer.Typer) -> None:
    root.command("demo")(demo)


def demo(
    ctx: typer.Context,
    no_tui: Annotated[
        bool, typer.Option("--no-tui", help="Print the statements instead of opening the app.")
    ] = False,
    rtl: Annotated[
        str, typer.Option("--rtl", help="Arabic display in the app: auto, visual or logical.")
    ] = "auto",
) -> None:
    """Ingest the bundled sample corpus (default: the SQLite file in the user data dir) and open the app."""
    from tracker.paths import sample_articles_dir
    from tracker.services.pipeline import ingest_paths

    folder = sample_articles_dir()
    with store_for(ctx) as store:
        summary = ingest_paths(store, [str(folder)])
        typer.echo(f"sample corpus {folder}: {summary.line()}")
        for failure in summary.failures:
            typer.echo(f"error: {failure}", err=True)
        url = store.url
        if no_tui or importlib.util.find_spec("tui") is None:
            _print_statements(store)
            return
    from tui.app import run_app

    run_app(state(ctx).db_url, rtl=rtl, reviewer=reviewer_name(ctx))
    typer.echo(f"database: {url}")


def _print_statements(store) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from tracker.models import Article, Statement

    with store.sessions() as session:
        rows = session.execute(
            select(Statement, Article.title).join(Article).order_by(Article.id, Statement.ordinal).limit(200)
        ).all()
        print_table(
            ["id", "said on", "speaker", "cue", "content", "article"],
            [
                [st.id, st.said_on or "—", st.speaker_name, st.cue, st.content[:120], (title or "")[:40]]
                for st, title in rows
            ],
        )
