"""The statements table: the rows loaded so far, drawn for the current Arabic display mode.

The table holds plain ``StatementView`` records and only ever the pages loaded so far;
when the cursor or the scroll comes near the end it asks for more (``MoreRowsWanted``).
Every cell is cleaned of control characters, cut in logical order to its column width
and then reordered, so the start of an Arabic sentence is what shows.
"""

from __future__ import annotations

from rich.text import Text
from textual.widgets import DataTable

from tui import bidi
from tracker.services.search import StatementView
from tui.messages import MoreRowsWanted

#: (key, label, width): the widths fit 120 columns with the table's cell padding.
COLUMNS = (
    ("mark", " ", 1),
    ("said_on", "said on", 10),
    ("speaker", "speaker", 16),
    ("role", "role", 12),
    ("excerpt", "excerpt", 36),
    ("outlet", "outlet", 12),
    ("appearances", "n", 3),
    ("review_status", "status", 13),
)
WIDTHS = {key: width for key, _, width in COLUMNS}
#: Table column -> the search service's sort key.
SORT_KEYS = {"said_on": "said_on", "speaker": "speaker", "appearances": "appearances", "review_status": "status"}
#: Ask for the next page when the cursor is this close to the last loaded row.
PREFETCH_ROWS = 40
STATUS_STYLES = {
    "verified": "bold green",
    "disputed": "bold red",
    "misattributed": "bold magenta",
    "misquoted": "bold yellow",
    "not_a_claim": "dim",
    "unreviewed": "",
}


class StatementTable(DataTable[Text]):
    """Statements with a selection mark; ``rows_by_id`` keeps the records behind the cells."""

    def __init__(self, *, id: str | None = None) -> None:  # noqa: A002 - Textual's name
        super().__init__(id=id, cursor_type="row", zebra_stripes=True)
        self.records: list[StatementView] = []
        self.selected: set[int] = set()
        self.mode = "visual"
        self.more_available = False

    def on_mount(self) -> None:
        for key, label, width in COLUMNS:
            self.add_column(label, width=width, key=key)

    def cells(self, row: StatementView) -> list[Text]:
        mode = self.mode

        def cell(value: object, key: str, style: str = "") -> Text:
            return Text(bidi.show(value, mode, WIDTHS[key]), style=style, no_wrap=True, overflow="ellipsis")

        return [
            Text("●" if row.id in self.selected else " ", style="bold cyan"),
            cell(row.said_on_iso() or "—", "said_on", "dim" if row.date_from_article else ""),
            cell(row.speaker_name, "speaker", "bold"),
            cell(row.role or "", "role", "italic"),
            cell(row.content, "excerpt"),
            cell(row.outlet or "", "outlet"),
            Text(str(row.claim_appearances) if row.claim_appearances else "", justify="right"),
            cell(row.review_status.replace("_", " "), "review_status", STATUS_STYLES.get(row.review_status, "")),
        ]

    def show_rows(self, rows: list[StatementView], *, replace: bool, more: bool) -> None:
        """Show a first page (``replace``) or append the next one."""
        if replace:
            self.clear()
            self.records = []
        for row in rows:
            self.add_row(*self.cells(row), key=str(row.id))
        self.records.extend(rows)
        self.more_available = more

    def update_record(self, row: StatementView) -> None:
        for index, old in enumerate(self.records):
            if old.id == row.id:
                self.records[index] = row
                for (key, _, _), value in zip(COLUMNS, self.cells(row), strict=True):
                    self.update_cell(str(row.id), key, value)
                return

    def redisplay(self, mode: str) -> None:
        """Draw every loaded row again (after the Arabic display mode changed)."""
        self.mode = mode
        cursor = self.cursor_row
        rows = list(self.records)
        self.show_rows(rows, replace=True, more=self.more_available)
        if rows:
            self.move_cursor(row=min(cursor, len(rows) - 1))

    def current_record(self) -> StatementView | None:
        if not self.records or self.cursor_row < 0 or self.cursor_row >= len(self.records):
            return None
        return self.records[self.cursor_row]

    def toggle_selected(self) -> None:
        row = self.current_record()
        if row is None:
            return
        self.selected.symmetric_difference_update({row.id})
        self.update_cell(str(row.id), "mark", self.cells(row)[0])

    def watch_cursor_coordinate(self, old, new) -> None:  # type: ignore[no-untyped-def]
        super().watch_cursor_coordinate(old, new)
        if self.more_available and new.row >= len(self.records) - PREFETCH_ROWS:
            self.post_message(MoreRowsWanted())

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        if self.more_available and new_value >= self.max_scroll_y - 5:
            self.post_message(MoreRowsWanted())
