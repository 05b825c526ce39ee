"""A block of styled text drawn through ``tui.bidi.BidiParagraph``.

The widget keeps the text in logical order; each render wraps it to the widget's width
and reorders every wrapped line for the app's current Arabic display mode.
"""

from __future__ import annotations

from rich.text import Text
from textual.widget import Widget

from tui.bidi import BidiParagraph


class BidiText(Widget):
    """Styled logical-order text; right-to-left paragraphs are right-aligned."""

    DEFAULT_CSS = """
    BidiText { height: auto; }
    """

    def __init__(self, text: Text | str = "", *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._text = Text(text) if isinstance(text, str) else text

    @property
    def text(self) -> Text:
        return self._text

    def set_text(self, text: Text | str) -> None:
        self._text = Text(text) if isinstance(text, str) else text
        self.refresh(layout=True)

    def render(self) -> BidiParagraph:
        mode = getattr(self.app, "rtl_mode", "logical")
        return BidiParagraph(self._text, mode)
