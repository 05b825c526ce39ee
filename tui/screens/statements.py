"""The statements screen: the filter bar over a table of every statement, loaded page by page.

Each new filter or sort starts a new request number; a page or count that arrives for
an older request is dropped, so a slow query never overwrites a newer answer.
"""

from __future__ import annotations

import time
from dataclasses import replace
from typing import ClassVar

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import Footer, Header, Static

from tracker.services.search import StatementFilter, fulltext_warning
from tui.data.records import sorted_by
from tui.data.statements import count_rows, fetch_page
from tui.messages import ActionFailed, CountLoaded, FilterChanged, MoreRowsWanted, PageLoaded, ReviewApplied
from tui.screens.detail import DetailScreen
from tui.screens.export import ExportDialog
from tui.screens.reviewing import REVIEW_BINDINGS, ReviewingScreen
from tui.widgets.filter_bar import FilterBar
from tui.widgets.statement_table import SORT_KEYS, StatementTable

PAGE_SIZE = 100
SORT_CYCLE = ("said_on", "speaker", "appearances", "status", "published")


class StatementsScreen(ReviewingScreen):
    """Browse, filter, sort, select and review statements."""

    BINDINGS: ClassVar[list[BindingType]] = [
        *REVIEW_BINDINGS,
        Binding("slash", "focus_filter", "Filter", key_display="/"),
        Binding("s", "cycle_sort", "Sort"),
        Binding("r", "reverse_sort", "Reverse", show=False),
        Binding("space", "toggle_select", "Select", show=False),
        Binding("ctrl+e", "export", "Export"),
        Binding("f5", "reload", "Reload", show=False),
        Binding("escape", "focus_table", "Table", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.filt = StatementFilter()
        self.request = 0
        #: The request whose first page is in the table (tests wait on it) ...
        self.shown_request = -1
        #: ... and the one drawn on screen, with when (bench/tui_speed.py reads these).
        self.painted_request = -1
        self.painted_at = 0.0
        self.painted_cpu = 0.0
        self.total: int | None = None
        self.loading_more = False
        self.last_seconds = 0.0
        self.warning: str | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        yield FilterBar(id="filters")
        yield Static("", id="status-line", markup=False)
        yield StatementTable(id="statements")
        yield Footer()

    @property
    def table(self) -> StatementTable:
        return self.query_one(StatementTable)

    def on_mount(self) -> None:
        self.table.mode = self.app.rtl_mode  # type: ignore[attr-defined]
        self.table.focus()
        self.reload()

    def redisplay(self) -> None:
        self.table.redisplay(self.app.rtl_mode)  # type: ignore[attr-defined]

    # --- loading ---------------------------------------------------------------------

    def reload(self) -> None:
        self.request += 1
        self.total = None
        self.loading_more = False
        self._status()
        self.load_page(self.filt, 0, self.request)

    @work(thread=True, exclusive=True, exit_on_error=False, group="page")
    def load_page(self, filt: StatementFilter, offset: int, request: int) -> None:
        started = time.perf_counter()
        try:
            with self.app.store.sessions.begin() as session:  # type: ignore[attr-defined]
                rows = fetch_page(session, filt, PAGE_SIZE, offset)
        except Exception as error:  # noqa: BLE001 - told to the user; a worker must not die
            self.post_message(ActionFailed(f"could not load statements: {error}"))
            return
        self.post_message(
            PageLoaded(request, offset, rows, len(rows) < PAGE_SIZE, time.perf_counter() - started)
        )

    @work(thread=True, exclusive=True, exit_on_error=False, group="count")
    def load_count(self, filt: StatementFilter, request: int) -> None:
        try:
            with self.app.store.sessions.begin() as session:  # type: ignore[attr-defined]
                total = count_rows(session, filt)
                warning = fulltext_warning(session) if filt.text else None
        except Exception as error:  # noqa: BLE001 - told to the user; a worker must not die
            self.post_message(ActionFailed(f"could not count statements: {error}"))
            return
        self.post_message(CountLoaded(request, total, warning))

    def on_page_loaded(self, message: PageLoaded) -> None:
        if message.request != self.request:
            return
        self.table.show_rows(message.rows, replace=message.offset == 0, more=not message.last)
        self.loading_more = False
        if message.offset == 0:
            self.last_seconds = message.seconds
            self.shown_request = message.request
            if message.last:
                self.total = len(message.rows)  # one short page: that is all of them
            self.call_after_refresh(self._painted, message.request, count=not message.last)
        self._status()

    def _painted(self, request: int, *, count: bool) -> None:
        """The first page of ``request`` is on screen: note when, then start the count."""
        self.painted_at = time.perf_counter()
        self.painted_cpu = time.process_time()
        self.painted_request = request
        if count and request == self.request:
            # Counting scans every match: started once the rows are drawn, so it never delays them.
            self.load_count(self.filt, request)

    def on_count_loaded(self, message: CountLoaded) -> None:
        if message.request == self.request:
            self.total = message.total
            self.warning = message.warning
            self._status()

    def on_more_rows_wanted(self, message: MoreRowsWanted) -> None:
        if self.loading_more or not self.table.more_available or self.shown_request != self.request:
            return
        self.loading_more = True
        self.load_page(self.filt, len(self.table.records), self.request)

    def _status(self) -> None:
        key = self.filt.sort.lstrip("-")
        arrow = "↓" if self.filt.sort.startswith("-") else "↑"
        total = "counting…" if self.total is None else f"{self.total:,} statements"
        parts = [total, f"{len(self.table.records):,} loaded", f"sorted by {key.replace('_', ' ')} {arrow}"]
        if self.table.selected:
            parts.append(f"{len(self.table.selected)} selected")
        if self.shown_request == self.request:
            parts.append(f"{self.last_seconds * 1000:.0f} ms")
        if self.warning:
            parts.append(self.warning)
        self.query_one("#status-line", Static).update(" · ".join(parts))

    # --- filter and sort ------------------------------------------------------------

    def on_filter_changed(self, message: FilterChanged) -> None:
        self.filt = replace(message.filt, sort=self.filt.sort)
        self.reload()

    def on_statement_table_sort_requested(self, message: StatementTable.SortRequested) -> None:
        key = SORT_KEYS.get(message.column)
        if key is not None:
            self.filt = sorted_by(self.filt, key)
            self.reload()

    def action_cycle_sort(self) -> None:
        key = self.filt.sort.lstrip("-")
        following = (
            SORT_CYCLE[(SORT_CYCLE.index(key) + 1) % len(SORT_CYCLE)] if key in SORT_CYCLE else SORT_CYCLE[0]
        )
        self.filt = sorted_by(self.filt, following)
        self.reload()

    def action_reverse_sort(self) -> None:
        self.filt = sorted_by(self.filt, self.filt.sort.lstrip("-"))
        self.reload()

    def action_reload(self) -> None:
        self.reload()

    def action_focus_filter(self) -> None:
        self.query_one("#f-text").focus()

    def action_focus_table(self) -> None:
        self.table.focus()

    # --- selection, detail, review, export -----------------------------------------

    def action_toggle_select(self) -> None:
        self.table.toggle_selected()
        self._status()

    def on_statement_table_opened(self, message: StatementTable.Opened) -> None:
        self.app.push_screen(DetailScreen(message.statement_id))

    def review_target(self) -> tuple[int, int, str] | None:
        row = self.table.current_record()
        return None if row is None else (row.id, row.version, row.review_status)

    def review_done(self, applied: ReviewApplied) -> None:
        for row in self.table.records:
            if row.id == applied.statement_id:
                self.table.update_record(
                    replace(
                        row,
                        review_status=applied.status,
                        version=applied.version,
                        reviewed_by=applied.reviewer,
                    )
                )

    def action_export(self) -> None:
        selected = tuple(sorted(self.table.selected))
        filt = replace(self.filt, statement_ids=selected) if selected else self.filt
        self.app.push_screen(ExportDialog(filt, len(selected) if selected else self.total))
