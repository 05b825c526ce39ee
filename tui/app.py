"""The application object and its factory: wiring only, behaviour lives in the screens.

``make_app`` is the one way to build the app, used by ``tracker tui``, ``tracker demo``
and the tests (as posting's ``make_posting``).
"""

from __future__ import annotations

import getpass
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import ClassVar

from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.screen import Screen

from tracker.db import Store, open_store
from tui import bidi
from tui.screens.claims import ClaimsScreen
from tui.screens.speakers import SpeakersScreen
from tui.screens.statements import StatementsScreen
from tui.settings import Settings, load_settings, save_settings

THEMES = ("textual-dark", "textual-light")


class TrackerApp(App[None]):
    """The fact-checker's desk."""

    CSS_PATH = "tracker.tcss"
    MODES: ClassVar[dict[str, str | Callable[[], Screen]]] = {
        "statements": StatementsScreen,
        "speakers": SpeakersScreen,
        "claims": ClaimsScreen,
    }
    TITLE = "Claims tracker"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("f1", "switch_mode('statements')", "Statements"),
        Binding("f2", "switch_mode('speakers')", "Speakers"),
        Binding("f3", "switch_mode('claims')", "Claims"),
        Binding("f6", "toggle_rtl", "Arabic display"),
        Binding("f7", "toggle_theme", "Theme"),
        Binding("question_mark", "help", "Help", key_display="?"),
        Binding("ctrl+q", "quit", "Quit", priority=True),
    ]

    def __init__(
        self, store: Store, *, rtl: str, reviewer: str, settings: Settings, settings_file: Path | None = None
    ) -> None:
        super().__init__()
        self.store = store
        self.reviewer = reviewer
        self.settings = settings
        self.settings_file = settings_file
        #: "visual" (we reorder) or "logical" (the terminal does).
        self.rtl_mode = rtl
        #: Set once we told a VTE terminal to stop reordering, so exit can turn it back on.
        self.terminal_bidi_off = False
        if settings.theme in THEMES:
            self.theme = settings.theme

    def on_mount(self) -> None:
        self._tell_terminal()
        self.sub_title = self._sub_title()
        self.switch_mode("statements")

    def _sub_title(self) -> str:
        return f"reviewer: {bidi.clean(self.reviewer)} · Arabic: {self.rtl_mode}"

    def _tell_terminal(self) -> None:
        """Switch a VTE terminal's own bidi off while we reorder (it would reverse twice)."""
        driver = self._driver
        if driver is None or self.is_headless:
            return
        if self.rtl_mode == "visual":
            driver.write(bidi.TERMINAL_BIDI_OFF)
            self.terminal_bidi_off = True
        elif self.terminal_bidi_off:
            driver.write(bidi.TERMINAL_BIDI_ON)
            self.terminal_bidi_off = False

    def action_toggle_rtl(self) -> None:
        self.set_rtl_mode("logical" if self.rtl_mode == "visual" else "visual")

    def set_rtl_mode(self, mode: str) -> None:
        self.rtl_mode = bidi.resolve_mode(mode)
        self.settings.rtl = self.rtl_mode
        self._save()
        self._tell_terminal()
        self.sub_title = self._sub_title()
        for screen in self._all_screens():
            if hasattr(screen, "redisplay"):
                screen.redisplay()
        self.notify(f"Arabic display: {self.rtl_mode}", timeout=2, markup=False)

    def action_toggle_theme(self) -> None:
        self.theme = THEMES[(THEMES.index(self.theme) + 1) % 2] if self.theme in THEMES else THEMES[0]
        self.settings.theme = self.theme
        self._save()

    def action_help(self) -> None:
        if self.screen.query("HelpPanel"):
            self.action_hide_help_panel()
        else:
            self.action_show_help_panel()

    def _save(self) -> None:
        try:
            save_settings(self.settings, self.settings_file)
        except OSError as error:  # a read-only config dir must not stop the work
            self.notify(f"could not save settings: {error}", severity="warning", markup=False)

    def _all_screens(self) -> Iterable[Screen]:
        seen: set[int] = set()
        for stack in self._screen_stacks.values():
            for screen in stack:
                if id(screen) not in seen:
                    seen.add(id(screen))
                    yield screen

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        yield SystemCommand(
            "Statements", "The table of statements (F1)", lambda: self.switch_mode("statements")
        )
        yield SystemCommand(
            "Speakers", "Search speakers, aliases, merge and split (F2)", lambda: self.switch_mode("speakers")
        )
        yield SystemCommand(
            "Claims", "Repeated claims and their timelines (F3)", lambda: self.switch_mode("claims")
        )
        yield SystemCommand(
            "Arabic display: visual", "We reorder right-to-left text", lambda: self.set_rtl_mode("visual")
        )
        yield SystemCommand(
            "Arabic display: logical", "The terminal reorders", lambda: self.set_rtl_mode("logical")
        )
        yield SystemCommand("Toggle theme", "Dark or light (F7)", self.action_toggle_theme)


def make_app(
    db_url: str | None,
    *,
    rtl: str = "auto",
    reviewer: str | None = None,
    settings_file: Path | None = None,
    store: Store | None = None,
) -> TrackerApp:
    """Build the app over the database at ``db_url`` (migrated to head first).

    ``rtl`` is auto, visual or logical; an explicit mode wins over the saved setting,
    which wins over detection from the environment.
    """
    settings = load_settings(settings_file)
    requested = rtl if rtl != "auto" else settings.rtl
    mode = bidi.resolve_mode(requested)
    if reviewer is None:
        try:
            reviewer = getpass.getuser()
        except (OSError, KeyError):
            reviewer = "unknown"
    return TrackerApp(
        store or open_store(db_url),
        rtl=mode,
        reviewer=reviewer,
        settings=settings,
        settings_file=settings_file,
    )


def run_app(db_url: str | None, *, rtl: str = "auto", reviewer: str | None = None) -> None:
    """Build and run the app, then give the terminal back as it was (store closed, VTE bidi on)."""
    app = make_app(db_url, rtl=rtl, reviewer=reviewer)
    try:
        app.run()
    finally:
        app.store.dispose()
        if app.terminal_bidi_off and sys.stdout.isatty():
            # We switched a VTE terminal's own reordering off while we reordered: switch it back on.
            sys.stdout.write(bidi.TERMINAL_BIDI_ON)
            sys.stdout.flush()
