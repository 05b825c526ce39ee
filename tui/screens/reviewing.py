"""Review decisions from any screen that shows a statement: keys, the note dialog, conflicts.

A single key sets a status; ``e`` asks for a status and a note first. The write names the
version of the statement the reviewer was looking at, so a colleague's newer decision is
never overwritten silently: the conflict dialog shows the newer state and lets the
reviewer apply theirs on top of it (or keep the other one).
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen, Screen
from textual.widgets import Button, Input, Label, Select

from tracker.models import REVIEW_STATUSES
from tracker.services.review import ReviewConflict, set_review
from tui import bidi
from tui.messages import ActionFailed, ReviewApplied, ReviewConflicted

REVIEW_KEYS = {
    "v": "verified",
    "d": "disputed",
    "a": "misattributed",
    "m": "misquoted",
    "x": "not_a_claim",
    "u": "unreviewed",
}
REVIEW_BINDINGS = [
    *(
        Binding(key, f"review('{status}')", status.replace("_", " ").capitalize(), show=key in "vdamx")
        for key, status in REVIEW_KEYS.items()
    ),
    Binding("e", "review_with_note", "Review+note"),
]


class NoteDialog(ModalScreen[tuple[str, str | None] | None]):
    """Choose a status and write an optional note; dismisses (status, note) or None."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "dismiss(None)", "Cancel")]

    def __init__(self, current: str, reviewer: str) -> None:
        super().__init__()
        self.current = current
        self.reviewer = reviewer

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(f"Review as {bidi.clean(self.reviewer)}", classes="dialog-title", markup=False)
            yield Select(
                [(s.replace("_", " "), s) for s in REVIEW_STATUSES],
                value=self.current,
                allow_blank=False,
                id="status",
            )
            yield Input(placeholder="note (optional)", id="note")
            with Horizontal(classes="buttons"):
                yield Button("Apply", variant="primary", id="apply")
                yield Button("Cancel", id="cancel")

    def on_mount(self) -> None:
        self.query_one("#note", Input).focus()

    @on(Button.Pressed, "#apply")
    @on(Input.Submitted, "#note")
    def apply(self) -> None:
        status = self.query_one("#status", Select).value
        note = self.query_one("#note", Input).value.strip() or None
        self.dismiss((str(status), note))

    @on(Button.Pressed, "#cancel")
    def cancel(self) -> None:
        self.dismiss(None)


class ConflictDialog(ModalScreen[bool]):
    """Someone changed the statement first: show their state, offer to re-apply ours."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "dismiss(False)", "Keep theirs")]

    def __init__(self, conflict: ReviewConflicted) -> None:
        super().__init__()
        self.conflict = conflict

    def compose(self) -> ComposeResult:
        c = self.conflict
        with Vertical(classes="dialog"):
            yield Label("Review conflict", classes="dialog-title")
            # Text, not markup: names and notes are user data and may contain "[...]".
            yield Label(
                Text.assemble(
                    f"Statement {c.statement_id} was changed by {bidi.clean(c.current_reviewer or 'someone')}: ",
                    "it is now ",
                    (c.current_status.replace("_", " "), "bold"),
                    f" (version {c.current_version}).",
                )
            )
            yield Label(
                f"Your decision, not applied: {c.status.replace('_', ' ')}"
                + (f" — {bidi.clean(c.note)}" if c.note else ""),
                markup=False,
            )
            with Horizontal(classes="buttons"):
                yield Button("Re-apply mine", variant="warning", id="reapply")
                yield Button("Keep theirs", id="keep")

    @on(Button.Pressed, "#reapply")
    def reapply(self) -> None:
        self.dismiss(True)

    @on(Button.Pressed, "#keep")
    def keep(self) -> None:
        self.dismiss(False)


class ReviewingScreen(Screen[None]):
    """A screen with a current statement that single keys can review."""

    def review_target(self) -> tuple[int, int, str] | None:
        """(statement id, version seen, current status) of the statement under the cursor."""
        raise NotImplementedError

    def review_done(self, applied: ReviewApplied) -> None:
        """Show an applied decision (the subclass updates its rows or detail)."""

    def action_review(self, status: str) -> None:
        target = self.review_target()
        if target is None:
            self.notify("no statement selected", severity="warning", markup=False)
            return
        statement_id, version, _ = target
        self.write_review(statement_id, status, None, version)

    def action_review_with_note(self) -> None:
        target = self.review_target()
        if target is None:
            self.notify("no statement selected", severity="warning", markup=False)
            return
        statement_id, version, current = target

        def chosen(result: tuple[str, str | None] | None) -> None:
            if result is not None:
                self.write_review(statement_id, result[0], result[1], version)

        self.app.push_screen(NoteDialog(current, self.app.reviewer), chosen)  # type: ignore[attr-defined]

    @work(thread=True, exclusive=True, exit_on_error=False, group="review")
    def write_review(self, statement_id: int, status: str, note: str | None, version: int) -> None:
        app = self.app
        try:
            with app.store.sessions.begin() as session:  # type: ignore[attr-defined]
                state = set_review(
                    session,
                    statement_id,
                    status,
                    reviewer=app.reviewer,
                    note=note,
                    expected_version=version,  # type: ignore[attr-defined]
                )
        except ReviewConflict as conflict:
            now = conflict.current
            self.post_message(
                ReviewConflicted(
                    statement_id, status, note, now.status, now.reviewer, now.version, str(conflict)
                )
            )
            return
        except Exception as error:  # noqa: BLE001 - shown to the user; the decision was not stored
            self.post_message(ActionFailed(f"review not saved: {error}"))
            return
        self.post_message(ReviewApplied(statement_id, state.status, state.version, state.reviewer or ""))

    def on_review_applied(self, message: ReviewApplied) -> None:
        self.notify(
            f"statement {message.statement_id}: {message.status.replace('_', ' ')}", timeout=2, markup=False
        )
        self.review_done(message)

    def on_review_conflicted(self, message: ReviewConflicted) -> None:
        self.notify(
            bidi.clean(message.message), title="Review conflict", severity="error", timeout=6, markup=False
        )
        # Show the newer state at once, whatever the reviewer then decides.
        self.review_done(
            ReviewApplied(
                message.statement_id,
                message.current_status,
                message.current_version,
                message.current_reviewer or "",
            )
        )

        def decided(reapply: bool | None) -> None:
            if reapply:
                self.write_review(message.statement_id, message.status, message.note, message.current_version)

        self.app.push_screen(ConflictDialog(message), decided)

    def on_action_failed(self, message: ActionFailed) -> None:
        self.notify(bidi.clean(message.message), severity="error", timeout=6, markup=False)
