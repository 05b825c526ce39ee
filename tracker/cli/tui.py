"""``tracker tui``: the fact-checker's desk in the terminal.

Textual is imported inside the command, never at module level, so ``tracker --help``
and the batch commands do not pay for it (and the core never depends on it).
"""

from __future__ import annotations

from typing import Annotated

import typer

from tracker.cli.common import fail, reviewer_name, state

RTL_MODES = ("auto", "visual", "logical")


def register(app: typer.Typer) -> None:
    app.command(name="tui")(tui)


def tui(
    ctx: typer.Context,
    rtl: Annotated[
        str,
        typer.Option(
            "--rtl",
            help="Arabic display: visual (we reorder, for xterm/tmux/macOS), logical (the terminal "
            "reorders: GNOME Terminal, Konsole, mlterm), auto (the saved setting, else detect).",
        ),
    ] = "auto",
) -> None:
    """Browse, filter and review statements, speakers and claims (F6 switches the Arabic display)."""
    if rtl not in RTL_MODES:
        fail(f"--rtl must be one of {', '.join(RTL_MODES)}")
    from sqlalchemy.exc import SQLAlchemyError

    from tui.app import run_app

    try:
        run_app(state(ctx).db_url, rtl=rtl, reviewer=reviewer_name(ctx))
    except (SQLAlchemyError, OSError) as error:  # the URL or server is wrong: say which, not a traceback
        fail(f"cannot open the database: {error}")
