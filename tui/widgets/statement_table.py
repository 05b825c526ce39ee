"""The statements table: the rows loaded so far, drawn line by line for the Arabic display mode.

A ScrollView on Textual's line API rather than a DataTable: each row is one Strip built
from already-cut cells (a DataTable renders every cell through Rich, which cost most of
a filter's time over a large store). The table holds plain ``StatementView`` records and
only the pages loaded so far; near the end it asks for more (``MoreRowsWanted``). Every
cell is cleaned of control characters, cut in logical order to its column width and
then reordered, so the start of an Arabic sentence is what shows.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tracker.services.search import StatementView
from tui import bidi
from tui.messages import MoreRowsWanted

#: (key, label, width): with one space between columns the table fits 120 columns.
COLUMNS = (
    ("mark", " ", 1),
    ("said_on", "said on", 10),
    ("speaker", "speaker", 18),
    ("role", "role", 14),
    ("excerpt", "excerpt", 40),
    ("outlet", "outlet", 14),
    ("appearances", "n", 3),
    ("review_status", "status", 13),
)
WIDTHS = {key: width for key, _, width in COLUMNS}
GAP = 1
#: Table column -> the search service's sort key.
SORT_KEYS = {
    "said_on": "said_on",
    "speaker": "speaker",
    "appearances": "appearances",
    "review_status": "status",
}
#: Ask for the next page when the cursor is this close to the last loaded row.
PREFETCH_ROWS = 40
STATUS_STYLES = {
    "verified": Style(bold=True, color="green"),
    "disputed": Style(bold=True, color="red"),
    "misattributed": Style(bold=True, color="magenta"),
    "misquoted": Style(bold=True, color="yellow"),
    "not_a_claim": Style(dim=True),
}
BOLD = Style(bold=True)
ITALIC = Style(italic=True)
DIM = Style(dim=True)
MARK = Style(bold=True, color="cyan")


def column_at(x: int) -> str | None:
    """The key of the column drawn at cell ``x`` of a line."""
    left = 0
    for key, _, width in COLUMNS:
        if left <= x < left + width + GAP:
            return key
        left += width + GAP
    return None


class StatementTable(ScrollView, can_focus=True):
    """Statements with a cursor row and a selection mark; ``records`` are the rows loaded."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up", "cursor(-1)", "Up", show=False),
        Binding("down", "cursor(1)", "Down", show=False),
        Binding("pageup", "page(-1)", "Page up", show=False),
        Binding("pagedown", "page(1)", "Page down", show=False),
        Binding("home,ctrl+home", "jump(0)", "First", show=False),
        Binding("end,ctrl+end", "jump(-1)", "Last", show=False),
        Binding("enter", "open", "Open", show=False),
    ]
    COMPONENT_CLASSES: ClassVar[set[str]] = {"statement-table--header", "statement-table--cursor"}
    DEFAULT_CSS = """
    StatementTable { height: 1fr; }
    StatementTable > .statement-table--header { text-style: bold; color: $text-accent; background: $panel; }
    StatementTable > .statement-table--cursor { background: $block-cursor-background; color: $block-cursor-foreground; }
    StatementTable:blur > .statement-table--cursor { background: $block-cursor-blurred-background; }
    """

    cursor_row: reactive[int] = reactive(0)

    @dataclass
    class Opened(Message):
        """Enter (or a click on the row under the cursor) on a statement."""

        statement_id: int

    @dataclass
    class SortRequested(Message):
        """A click on a column header."""

        column: str

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.records: list[StatementView] = []
        self.selected: set[int] = set()
        self.mode = "visual"
        self.more_available = False
        self._lines: dict[int, list[Segment]] = {}

    # --- data ------------------------------------------------------------------------

    def show_rows(self, rows: list[StatementView], *, replace: bool, more: bool) -> None:
        """Show a first page (``replace``) or append the next one."""
        if replace:
            self.records = []
            self._lines.clear()
            self.cursor_row = 0
            self.scroll_to(y=0, animate=False)
        self.records.extend(rows)
        self.more_available = more
        self.virtual_size = Size(self._line_width(), len(self.records) + 1)
        self.refresh()

    def update_record(self, row: StatementView) -> None:
        for index, old in enumerate(self.records):
            if old.id == row.id:
                self.records[index] = row
                self._lines.pop(row.id, None)
                self.refresh()

    def redisplay(self, mode: str) -> None:
        """Draw every loaded row again (after the Arabic display mode changed)."""
        self.mode = mode
        self._lines.clear()
        self.refresh()

    def current_record(self) -> StatementView | None:
        if 0 <= self.cursor_row < len(self.records):
            return self.records[self.cursor_row]
        return None

    def toggle_selected(self) -> None:
        row = self.current_record()
        if row is not None:
            self.selected.symmetric_difference_update({row.id})
            self._lines.pop(row.id, None)
            self.refresh()

    def move_cursor(self, *, row: int) -> None:
        self.cursor_row = row

    # --- drawing -----------------------------------------------------------------------

    def _line_width(self) -> int:
        return sum(width for _, _, width in COLUMNS) + GAP * (len(COLUMNS) - 1)

    def _cells(self, row: StatementView) -> list[tuple[str, Style | None]]:
        def cell(value: object, key: str) -> str:
            return bidi.show(value, self.mode, WIDTHS[key])

        return [
            ("●" if row.id in self.selected else " ", MARK),
            (cell(row.said_on_iso() or "—", "said_on"), DIM if row.date_from_article else None),
            (cell(row.speaker_name, "speaker"), BOLD),
            (cell(row.role or "", "role"), ITALIC),
            (cell(row.content, "excerpt"), None),
            (cell(row.outlet or "", "outlet"), None),
            (str(row.claim_appearances or "").rjust(WIDTHS["appearances"]), None),
            (
                cell(row.review_status.replace("_", " "), "review_status"),
                STATUS_STYLES.get(row.review_status),
            ),
        ]

    def _segments(self, cells: list[tuple[str, Style | None]]) -> list[Segment]:
        segments: list[Segment] = []
        for index, ((text, style), (_, _, width)) in enumerate(zip(cells, COLUMNS, strict=True)):
            pad = width - cell_len(text)
            segments.append(Segment(text, style))
            if pad > 0 or index < len(COLUMNS) - 1:
                segments.append(Segment(" " * (max(pad, 0) + (GAP if index < len(COLUMNS) - 1 else 0))))
        return segments

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        width = self.size.width
        if y == 0:  # the header stays put while the rows scroll
            header = self._segments([(label, None) for _, label, _ in COLUMNS])
            style = self.get_component_rich_style("statement-table--header")
            return Strip(header).crop_extend(scroll_x, scroll_x + width, None).apply_style(style)
        index = scroll_y + y - 1
        if index >= len(self.records):
            return Strip.blank(width, self.rich_style)
        row = self.records[index]
        segments = self._lines.get(row.id)
        if segments is None:
            segments = self._lines[row.id] = self._segments(self._cells(row))
        strip = Strip(segments).crop_extend(scroll_x, scroll_x + width, None)
        if index == self.cursor_row:
            strip = strip.apply_style(self.get_component_rich_style("statement-table--cursor"))
        return strip.apply_style(self.rich_style)

    # --- cursor and input ----------------------------------------------------------------

    def validate_cursor_row(self, row: int) -> int:
        return max(0, min(row, len(self.records) - 1)) if self.records else 0

    def watch_cursor_row(self, old: int, new: int) -> None:
        visible = self.size.height - 1
        top = int(self.scroll_y)
        if new < top:
            self.scroll_to(y=new, animate=False)
        elif visible > 0 and new >= top + visible:
            self.scroll_to(y=new - visible + 1, animate=False)
        self.refresh()
        if self.more_available and new >= len(self.records) - PREFETCH_ROWS:
            self.post_message(MoreRowsWanted())

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        if self.more_available and new_value >= self.max_scroll_y - 5:
            self.post_message(MoreRowsWanted())

    def action_cursor(self, step: int) -> None:
        self.cursor_row += step

    def action_page(self, direction: int) -> None:
        self.cursor_row += direction * max(1, self.size.height - 2)

    def action_jump(self, where: int) -> None:
        self.cursor_row = 0 if where == 0 else len(self.records) - 1

    def action_open(self) -> None:
        row = self.current_record()
        if row is not None:
            self.post_message(self.Opened(row.id))

    def on_click(self, event: events.Click) -> None:
        if event.y == 0:
            column = column_at(event.x + int(self.scroll_x))
            if column in SORT_KEYS:
                self.post_message(self.SortRequested(column))
            return
        index = int(self.scroll_y) + event.y - 1
        if 0 <= index < len(self.records):
            if index == self.cursor_row or event.chain > 1:
                self.post_message(self.Opened(self.records[index].id))
            self.cursor_row = index
