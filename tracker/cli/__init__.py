"""The ``tracker`` command line: one module per command group, registered here.

Commands are thin: parse, open a session, call a service, print. Each module listed in
``COMMAND_MODULES`` has a ``register(app)`` that adds its commands; a command exists
only once it works, so nothing here is a placeholder. Typer (over Click) because its
type-hinted signatures keep each command's parsing next to its code, and Click's
``CliRunner`` still tests it.
"""

from __future__ import annotations

import importlib

import typer

from tracker.cli.common import root_callback

COMMAND_MODULES = (
    "tracker.cli.db",
    "tracker.cli.extract",
    "tracker.cli.ingest",
    "tracker.cli.backup",
    "tracker.cli.demo",
    "tracker.cli.statements",
    "tracker.cli.review",
    "tracker.cli.export",
    "tracker.cli.factchecks",
    "tracker.cli.tui",
    "tracker.cli.claims",
    "tracker.cli.speakers",
    "tracker.cli.outlets",
)

app = typer.Typer(
    name="tracker",
    help="Claims and quote attribution tracker: who said what, when, and where it was reported.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.callback()(root_callback)

for module_name in COMMAND_MODULES:
    importlib.import_module(module_name).register(app)


def main() -> None:
    app()
