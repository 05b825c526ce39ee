"""The claims screen: repeated claims, each claim's timeline, and deciding its suggested links.

Listing, timelines and decisions are helper 6's ``tracker.services.claims``. A decision
names the link version shown; a colleague's newer decision is reported and shown.
"""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Static

from tracker.services.claims import (
    Appearance,
    ClaimChanged,
    ClaimConflict,
    ClaimDetail,
    ClaimError,
    ClaimSummary,
    claim_detail,
    confirm_link,
    list_claims,
    reject_link,
    split_statement,
)
from tui import bidi
from tui.messages import ActionFailed, ClaimEdited, ClaimLoaded, ClaimsLoaded
from tui.screens.detail import DetailScreen, difference_text

#: The most claims listed; repeated claims beyond it are reached through the statements filter.
LIST_LIMIT = 1000
ORDERS = ("appearances", "outlets")


def order_claims(claims: list[ClaimSummary], by: str) -> list[ClaimSummary]:
    if by == "outlets":
        return sorted(claims, key=lambda c: (-c.outlets, -c.appearances, c.claim_id))
    return sorted(claims, key=lambda c: (-c.appearances, -c.outlets, c.claim_id))


class ClaimsScreen(Screen[None]):
    """Claims that were said more than once, and where and when."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("o", "toggle_order", "Order"),
        Binding("c", "decide('confirm')", "Confirm link"),
        Binding("j", "decide('reject')", "Reject link"),
        Binding("t", "decide('split')", "Split out"),
        Binding("tab", "app.focus_next", "Next pane", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.claims: list[ClaimSummary] = []
        self.order = "appearances"
        self.detail: ClaimDetail | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical():
            yield Static("", id="claims-status", markup=False)
            yield DataTable(id="claim-list", cursor_type="row", zebra_stripes=True)
            yield Static("", id="claim-title")
            yield DataTable(id="claim-timeline", cursor_type="row", zebra_stripes=True)
        yield Footer()

    def on_mount(self) -> None:
        claims = self.query_one("#claim-list", DataTable)
        for key, label, width in (
            ("first", "first seen", 10),
            ("n", "n", 4),
            ("outlets", "outlets", 7),
            ("variants", "variants", 8),
            ("misquotes", "misquotes", 9),
            ("text", "claim", 60),
        ):
            claims.add_column(label, key=key, width=width)
        timeline = self.query_one("#claim-timeline", DataTable)
        for key, label, width in (
            ("first", " ", 1),
            ("day", "day", 10),
            ("outlet", "outlet", 14),
            ("speaker", "speaker", 16),
            ("relation", "relation", 17),
            ("status", "status", 9),
            ("wording", "wording / difference", 40),
        ):
            timeline.add_column(label, key=key, width=width)
        claims.focus()
        self.load_claims()

    def redisplay(self) -> None:
        self._show_claims()
        self._show_timeline()

    # --- the list --------------------------------------------------------------------

    @work(thread=True, exclusive=True, exit_on_error=False, group="claims")
    def load_claims(self) -> None:
        try:
            with self.app.store.sessions.begin() as session:  # type: ignore[attr-defined]
                claims = list_claims(session, min_appearances=2, limit=LIST_LIMIT)
        except Exception as error:  # noqa: BLE001 - told to the user; a worker must not die
            self.post_message(ActionFailed(f"could not list claims: {error}"))
            return
        self.post_message(ClaimsLoaded(claims))

    def on_claims_loaded(self, message: ClaimsLoaded) -> None:
        self.claims = message.claims
        self._show_claims()

    def _show_claims(self) -> None:
        table = self.query_one("#claim-list", DataTable)
        mode = self.app.rtl_mode  # type: ignore[attr-defined]
        cursor = table.cursor_row
        table.clear()
        for claim in order_claims(self.claims, self.order):
            table.add_row(
                Text(claim.first_seen.isoformat() if claim.first_seen else "?"),
                Text(str(claim.appearances), justify="right"),
                Text(str(claim.outlets), justify="right"),
                Text(str(claim.variants or ""), justify="right"),
                Text(str(claim.misquotes or ""), justify="right", style="bold red"),
                Text(bidi.show(claim.text, mode, 60)),
                key=str(claim.claim_id),
            )
        if self.claims:
            table.move_cursor(row=min(max(cursor, 0), len(self.claims) - 1))
        self.query_one("#claims-status", Static).update(
            f"{len(self.claims)} repeated claims · ordered by {self.order} · c confirm, j reject, t split out"
        )

    def action_toggle_order(self) -> None:
        self.order = ORDERS[(ORDERS.index(self.order) + 1) % len(ORDERS)]
        self._show_claims()

    @on(DataTable.RowHighlighted, "#claim-list")
    def claim_highlighted(self, event: DataTable.RowHighlighted) -> None:
        if event.row_key.value is not None:
            self.load_claim(int(event.row_key.value))

    # --- one claim's timeline ----------------------------------------------------------

    @work(thread=True, exclusive=True, exit_on_error=False, group="claim")
    def load_claim(self, claim_id: int) -> None:
        try:
            with self.app.store.sessions.begin() as session:  # type: ignore[attr-defined]
                detail = claim_detail(session, claim_id)
        except Exception as error:  # noqa: BLE001 - told to the user; a worker must not die
            self.post_message(ActionFailed(f"could not load claim {claim_id}: {error}"))
            return
        self.post_message(ClaimLoaded(detail))

    def on_claim_loaded(self, message: ClaimLoaded) -> None:
        self.detail = message.detail
        self._show_timeline()

    def _show_timeline(self) -> None:
        table = self.query_one("#claim-timeline", DataTable)
        cursor = table.cursor_row
        table.clear()
        detail = self.detail
        if detail is None:
            self.query_one("#claim-title", Static).update("")
            return
        mode = self.app.rtl_mode  # type: ignore[attr-defined]
        first = min((a for a in detail.appearances if a.status != "rejected"), key=_day_key, default=None)
        for item in detail.appearances:
            changed = difference_text(item.difference) if item.relation != "same" else ""
            style = "dim strike" if item.status == "rejected" else ""
            table.add_row(
                Text(
                    "★" if first is not None and item.link_id == first.link_id else " ", style="bold yellow"
                ),
                Text(item.day.isoformat() if item.day else "?", style=style),
                Text(bidi.show(item.outlet or "—", mode, 14), style=style),
                Text(bidi.show(item.speaker, mode, 16), style=style),
                Text(
                    item.relation.replace("_", " "),
                    style="bold red" if item.relation == "possible_misquote" else style,
                ),
                Text(item.status, style=style),
                Text(bidi.show(changed or item.wording, mode, 40), style="red" if changed else style),
                key=str(item.link_id),
            )
        if detail.appearances:
            table.move_cursor(row=min(max(cursor, 0), len(detail.appearances) - 1))
        summary = detail.summary
        self.query_one("#claim-title", Static).update(
            Text(f"claim {summary.claim_id}: ") + Text(bidi.show(summary.text, mode, 100), style="bold")
        )

    # --- decisions -----------------------------------------------------------------------

    def action_decide(self, what: str) -> None:
        detail = self.detail
        table = self.query_one("#claim-timeline", DataTable)
        if detail is None or not detail.appearances or table.cursor_row < 0:
            self.notify("choose an appearance in the timeline first", severity="warning", markup=False)
            return
        item = detail.appearances[min(table.cursor_row, len(detail.appearances) - 1)]
        self.decide(
            what,
            detail.summary.claim_id,
            item.link_id,
            item.link_version,
            item.statement_id,
            detail.summary.version,
        )

    @work(thread=True, exclusive=True, exit_on_error=False, group="claim-edit")
    def decide(
        self, what: str, claim_id: int, link_id: int, version: int, statement_id: int, claim_version: int
    ) -> None:
        reviewer = self.app.reviewer  # type: ignore[attr-defined]
        try:
            with self.app.store.sessions.begin() as session:  # type: ignore[attr-defined]
                if what == "confirm":
                    confirm_link(session, link_id, reviewer=reviewer, expected_version=version)
                    said = f"statement {statement_id} confirmed in claim {claim_id}"
                elif what == "reject":
                    reject_link(session, link_id, reviewer=reviewer, expected_version=version)
                    said = f"statement {statement_id} rejected from claim {claim_id}"
                else:
                    # The split acts on the whole claim: it must still be the one on screen.
                    new_claim = split_statement(
                        session, statement_id, reviewer=reviewer, expected_version=claim_version
                    )
                    said = f"statement {statement_id} split out into claim {new_claim}"
        except (ClaimChanged, ClaimConflict, ClaimError) as error:
            self.post_message(ActionFailed(str(error)))
            self.post_message(ClaimEdited(claim_id, ""))  # show the newer state
            return
        except Exception as error:  # noqa: BLE001 - told to the user; a worker must not die
            self.post_message(ActionFailed(f"link not changed: {error}"))
            return
        self.post_message(ClaimEdited(claim_id, said))

    def on_claim_edited(self, message: ClaimEdited) -> None:
        if message.message:
            self.notify(bidi.clean(message.message), timeout=3, markup=False)
        self.load_claim(message.claim_id)
        self.load_claims()

    @on(DataTable.RowSelected, "#claim-timeline")
    def open_statement(self, event: DataTable.RowSelected) -> None:
        if self.detail is None:
            return
        for item in self.detail.appearances:
            if str(item.link_id) == event.row_key.value:
                self.app.push_screen(DetailScreen(item.statement_id))

    def on_action_failed(self, message: ActionFailed) -> None:
        self.notify(bidi.clean(message.message), severity="error", timeout=6, markup=False)


def _day_key(item: Appearance) -> tuple[date, int]:
    return (item.day or date.max, item.statement_id)
