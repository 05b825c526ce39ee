"""The export dialog: the current filter (or the selected statements) in any export format.

The file is written by a thread worker streaming ``iter_statements`` into helper 8's
``tracker.export.write``; the dialog then says where the file went and how many
statements it holds.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select

from tracker.export import FORMATS, write
from tracker.services.search import StatementFilter, iter_statements
from tui import bidi
from tui.data.records import ExportResult
from tui.messages import ActionFailed, ExportFinished

EXTENSIONS = {
    "csv": "csv",
    "jsonl": "jsonl",
    "md": "md",
    "csl-json": "json",
    "bibtex": "bib",
    "ris": "ris",
    "claimreview": "json",
}


def default_path(fmt: str, folder: Path | None = None) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return (folder or Path.cwd()) / f"statements-{stamp}.{EXTENSIONS.get(fmt, fmt)}"


class ExportDialog(ModalScreen[ExportResult | None]):
    """Choose a format and a file; dismisses the result once written (None if cancelled)."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "close", "Close")]

    def __init__(self, filt: StatementFilter, count: int | None, folder: Path | None = None) -> None:
        super().__init__()
        self.filt = filt
        self.count = count
        self.folder = folder
        self.result: ExportResult | None = None

    def compose(self) -> ComposeResult:
        what = (
            "the selected statements" if self.filt.statement_ids else "the statements of the current filter"
        )
        size = "" if self.count is None else f" ({self.count:,})"
        with Vertical(classes="dialog"):
            yield Label(f"Export {what}{size}", classes="dialog-title", markup=False)
            yield Select([(name, name) for name in FORMATS], value="csv", allow_blank=False, id="format")
            yield Input(value=str(default_path("csv", self.folder)), id="path")
            yield Label("", id="export-said", markup=False)
            with Horizontal(classes="buttons"):
                yield Button("Export", variant="primary", id="export")
                yield Button("Close", id="close")

    @on(Select.Changed, "#format")
    def format_changed(self, event: Select.Changed) -> None:
        path = Path(self.query_one("#path", Input).value)
        self.query_one("#path", Input).value = str(
            path.with_suffix("." + EXTENSIONS.get(str(event.value), "txt"))
        )

    @on(Button.Pressed, "#export")
    @on(Input.Submitted, "#path")
    def start(self) -> None:
        fmt = str(self.query_one("#format", Select).value)
        path = Path(self.query_one("#path", Input).value).expanduser()
        self.query_one("#export-said", Label).update("writing…")
        self.export(self.filt, fmt, path)

    @work(thread=True, exclusive=True, exit_on_error=False, group="export")
    def export(self, filt: StatementFilter, fmt: str, path: Path) -> None:
        written = 0

        def counted(views):  # type: ignore[no-untyped-def]
            nonlocal written
            for view in views:
                written += 1
                yield view

        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with (
                self.app.store.sessions.begin() as session,
                path.open("w", encoding="utf-8", newline="") as out,
            ):  # type: ignore[attr-defined]
                write(counted(iter_statements(session, filt)), out, fmt)
        except Exception as error:  # noqa: BLE001 - told to the user; a worker must not die
            self.post_message(ActionFailed(f"export failed: {error}"))
            return
        self.post_message(ExportFinished(ExportResult(str(path.resolve()), fmt, written)))

    def on_export_finished(self, message: ExportFinished) -> None:
        self.result = message.result
        self.query_one("#export-said", Label).update(
            f"{message.result.count:,} statements written to {bidi.clean(message.result.path)}"
        )
        self.notify(f"exported to {bidi.clean(message.result.path)}", timeout=4, markup=False)

    def on_action_failed(self, message: ActionFailed) -> None:
        self.query_one("#export-said", Label).update(bidi.clean(message.message))
        self.notify(bidi.clean(message.message), severity="error", timeout=6, markup=False)

    @on(Button.Pressed, "#close")
    def action_close(self) -> None:
        self.dismiss(self.result)
