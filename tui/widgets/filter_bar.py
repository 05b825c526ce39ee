"""The filter bar above the statements table: it turns its inputs into a ``UiFilter``.

Enter in a field applies at once; typing applies after a short pause, so a fast typist
does not start a query per key. A malformed date marks its field and is not applied.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.timer import Timer
from textual.widget import Widget
from textual.widgets import Input, Select

from tracker.models import REVIEW_STATUSES
from tracker.services.search import StatementFilter
from tui.messages import FilterChanged

DEBOUNCE_SECONDS = 0.25
_DATE_RE = re.compile(r"^\s*(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?\s*$")


def parse_date(text: str, *, end: bool) -> date | None:
    """``2025``, ``2025-02`` or ``2025-02-06``; the first or (``end``) last day of that period.

    Raises ValueError on anything else; an empty field is None.
    """
    if not text.strip():
        return None
    match = _DATE_RE.match(text)
    if not match:
        raise ValueError(f"not a date: {text!r}")
    year = int(match[1])
    if match[2] is None:
        return date(year, 12, 31) if end else date(year, 1, 1)
    month = int(match[2])
    if match[3] is None:
        if not 1 <= month <= 12:
            raise ValueError(f"not a month: {text!r}")
        return date(year, month, calendar.monthrange(year, month)[1] if end else 1)
    return date(year, month, int(match[3]))


def status_label(status: str) -> str:
    return status.replace("_", " ")


class FilterBar(Widget):
    """Speaker, text, dates, outlet, review status, direct/indirect, language."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._timer: Timer | None = None

    def compose(self) -> ComposeResult:
        with Horizontal(classes="filter-row"):
            yield Input(placeholder="speaker (any script)", id="f-speaker")
            yield Input(placeholder="text", id="f-text")
            yield Input(placeholder="outlet", id="f-outlet")
        with Horizontal(classes="filter-row"):
            yield Select(
                [("said on", "said"), ("published", "published")],
                value="said",
                allow_blank=False,
                id="f-datefield",
            )
            yield Input(placeholder="from (2025-02)", id="f-from")
            yield Input(placeholder="to", id="f-to")
            yield Select([(status_label(s), s) for s in REVIEW_STATUSES], prompt="any status", id="f-status")
            yield Select([("direct", "direct"), ("indirect", "indirect")], prompt="any kind", id="f-kind")
            yield Select([("Arabic", "ar"), ("English", "en")], prompt="any language", id="f-language")

    def current(self) -> StatementFilter | None:
        """The filter the fields describe (default sort), or None while a date field is malformed."""

        def text(name: str) -> str | None:
            return self.query_one(f"#f-{name}", Input).value.strip() or None

        def choice(name: str) -> str | None:
            value = self.query_one(f"#f-{name}", Select).value
            return value if isinstance(value, str) else None

        dates: dict[str, date | None] = {}
        for name, end in (("from", False), ("to", True)):
            field = self.query_one(f"#f-{name}", Input)
            try:
                dates[name] = parse_date(field.value, end=end)
                field.remove_class("invalid")
            except ValueError:
                field.add_class("invalid")
                return None
        published = choice("datefield") == "published"
        return StatementFilter(
            speaker=text("speaker"),
            text=text("text"),
            since=None if published else dates["from"],
            until=None if published else dates["to"],
            published_since=dates["from"] if published else None,
            published_until=dates["to"] if published else None,
            outlet=text("outlet"),
            status=choice("status"),
            kind=choice("kind"),
            language=choice("language"),
        )

    def _apply(self) -> None:
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        filt = self.current()
        if filt is not None:
            self.post_message(FilterChanged(filt))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self._apply()

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(DEBOUNCE_SECONDS, self._apply)

    def on_select_changed(self, event: Select.Changed) -> None:
        event.stop()
        self._apply()
