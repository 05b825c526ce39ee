"""``tracker tui``: the fact-checker's desk in the terminal.

Textual is imported inside the command, never at module level, so ``tracker --help``
and the batch commands do not pay for it (and the core never depends on it).
"""

from __future__ import annotations

import sys
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
    """Browse, filter and review statements, speakers and claims."""
    if rtl not in RTL_MODES:
        fail(f"--rtl must be one of {', '.join(RTL_MODES)}")
    from tui.app import make_app
    from tui.bidi import TERMINAL_BIDI_ON

    try:
        app = make_app(state(ctx).db_url, rtl=rtl, reviewer=reviewer_name(ctx))
    except Exception as error:  # the URL or server is wrong: say which, not a traceback
        fail(f"cannot open the database: {error}")
    try:
        app.run()
    finally:
        app.store.dispose()
        if app.terminal_bidi_off and sys.stdout.isatty():
            # Give a VTE terminal its own bidi back (we switched it off while reordering).
            sys.stdout.write(TERMINAL_BIDI_ON)
            sys.stdout.flush()
