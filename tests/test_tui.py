"""Pilot tests of the statements screen, the Arabic display modes and the ``tui`` command:
state, database effects, and what the terminal receives (the characters of the
compositor's rendered lines, not an SVG a browser would reorder again).
"""

from __future__ import annotations

import subprocess
import sys

import pytest
import test_tui_support as support
from builders import add_article, make_statement_record
from sqlalchemy import func, select
from test_tui_support import SIZE, build, logical_words, screen_lines, seed, settle, statements, sync

from tracker.db import open_store
from tracker.models import Review
from tui.screens.detail import DetailScreen

# The shared fixtures, made visible to this module.
template = support.template
seeded = support.seeded


@sync
async def test_statements_table_loads_and_counts(seeded, tmp_path) -> None:  # type: ignore[no-untyped-def]
    store, ids = seeded
    app = build(store, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        screen = statements(app)
        assert screen.total == 5
        assert screen.table.records[0].id == ids["repeat"]  # newest said_on first
        crossing = next(r for r in screen.table.records if r.id == ids["crossing"])
        assert crossing.claim_appearances == 2
        assert "5 statements" in "\n".join(screen_lines(app))


@sync
async def test_visual_mode_sends_reordered_arabic_and_logical_does_not(seeded, tmp_path) -> None:  # type: ignore[no-untyped-def]
    store, _ = seeded
    app = build(store, tmp_path, rtl="visual")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        lines = screen_lines(app)
        row = next(line for line in lines if "2025-02-12" in line)
        # The excerpt cell, read on the screen: words right to left, the Latin name intact.
        assert "Putin" in row
        words = logical_words(row)
        assert words.index("الحكومة") > words.index("أمام") > words.index("Putin")
        assert words.index("الخطيب") < words.index("سامر")  # the speaker's name: surname on the left
        assert "الحكومة" not in row  # nothing is sent in logical order

        await pilot.press("f6")  # to logical: the terminal reorders by itself
        await settle(pilot, app)
        assert app.rtl_mode == "logical"
        row = next(line for line in screen_lines(app) if "2025-02-12" in line)
        assert "سامر الخطيب" in row
        assert '"{}"'.format("logical") in (tmp_path / "tui.json").read_text(encoding="utf-8")


@sync
async def test_saved_setting_is_used_when_auto(seeded, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    store, _ = seeded
    (tmp_path / "tui.json").write_text('{"rtl": "logical"}', encoding="utf-8")
    monkeypatch.delenv("VTE_VERSION", raising=False)
    assert build(store, tmp_path, rtl="auto").rtl_mode == "logical"
    assert build(store, tmp_path, rtl="visual").rtl_mode == "visual"  # an explicit option wins


@sync
async def test_control_characters_never_reach_the_screen(seeded, tmp_path) -> None:  # type: ignore[no-untyped-def]
    store, ids = seeded
    app = build(store, tmp_path, rtl="logical")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        assert any("الخبر" in line for line in screen_lines(app))
        table = statements(app).table
        table.move_cursor(row=[r.id for r in table.records].index(ids["hostile"]))
        await pilot.press("enter")
        await settle(pilot, app)
        assert isinstance(app.screen, DetailScreen)
        text = "\n".join(screen_lines(app))
        assert "الخبر" in text
        for bad in ("\x1b", "\x07", "52;c", "[2J"):
            assert bad not in text


FILTER_CASES = [
    ("#f-text", "الاسد", set()),  # nobody spoke of him here
    ("#f-text", "المعبر", {"crossing", "repeat"}),
    ("#f-text", "الاسعار", {"bread"}),  # hamza folded: الأسعار
    ("#f-text", "inflation", {"english"}),
    ("#f-speaker", "ليلى حداد", {"bread"}),
    ("#f-speaker", "Harlow", {"english"}),  # a surname finds the speaker
    ("#f-speaker", "Samer al-Khatib", {"crossing", "repeat"}),  # Latin letters find the Arabic name
    ("#f-speaker", "Nobody Known", set()),
    ("#f-outlet", "Daily Test", {"english"}),
    # said on, else published (the hostile one has no date of its own: 2025-03-09)
    ("#f-from", "2025-02", {"crossing", "repeat", "hostile"}),
    ("#f-to", "2024", {"english"}),
]


@sync
async def test_filter_bar(seeded, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """One app, each filter field in turn (then cleared): the rows and the count follow."""
    store, ids = seeded
    names = {v: k for k, v in ids.items()}
    app = build(store, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        for field, value, expected in FILTER_CASES:
            widget = app.screen.query_one(field)
            widget.value = value
            widget.focus()
            await pilot.press("enter")
            await settle(pilot, app)
            screen = statements(app)
            assert {names[r.id] for r in screen.table.records} == expected, (field, value)
            assert screen.total == len(expected)
            widget.value = ""
            await pilot.press("enter")
            await settle(pilot, app)
            assert statements(app).total == len(ids)
        language = app.screen.query_one("#f-language")
        language.value = "en"
        await settle(pilot, app)
        assert [names[r.id] for r in statements(app).table.records] == ["english"]
        language.clear()
        await settle(pilot, app)
        assert statements(app).total == len(ids)


@sync
async def test_bad_date_is_marked_and_not_applied(seeded, tmp_path) -> None:  # type: ignore[no-untyped-def]
    store, _ = seeded
    app = build(store, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        field = app.screen.query_one("#f-to")
        field.value = "next week"
        field.focus()
        await pilot.press("enter")
        await settle(pilot, app)
        assert field.has_class("invalid")
        assert statements(app).total == 5


@sync
async def test_sort_keys(seeded, tmp_path) -> None:  # type: ignore[no-untyped-def]
    store, ids = seeded
    app = build(store, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        await pilot.press("s")  # said_on -> speaker (A to Z)
        await settle(pilot, app)
        screen = statements(app)
        assert screen.filt.sort == "speaker"
        assert screen.table.records[0].id == ids["english"]  # "John Harlow" sorts before Arabic names
        await pilot.press("r")
        await settle(pilot, app)
        assert screen.filt.sort == "-speaker"
        assert screen.table.records[-1].id == ids["english"]
        # A click on a column header sorts by it: "status" starts at cell 107 of the table.
        await pilot.click("#statements", offset=(107, 0))
        await settle(pilot, app)
        assert screen.filt.sort == "status"


@sync
async def test_pages_load_on_demand(sqlite_url, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # Small pages so the test stays fast; the mechanism is the same as with 200-row pages.
    monkeypatch.setattr("tui.screens.statements.PAGE_SIZE", 20)
    monkeypatch.setattr("tui.widgets.statement_table.PREFETCH_ROWS", 5)
    store = open_store(sqlite_url)
    text = "قال المتحدث إن الاجتماع انتهى."
    with store.sessions.begin() as session:
        for n in range(30):
            add_article(
                session,
                text + f" {n}",
                [make_statement_record(text + f" {n}", f"الاجتماع انتهى. {n}", speaker="المتحدث")],
                link=False,
                url=f"https://pages.example/{n}",
            )
    app = build(store, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        screen = statements(app)
        assert len(screen.table.records) == 20
        assert screen.total == 30
        await pilot.press("ctrl+end")  # the cursor to the last loaded row: the next page comes
        await settle(pilot, app)
        assert len(screen.table.records) == 30
        assert len({r.id for r in screen.table.records}) == 30
        assert not screen.table.more_available
    store.dispose()


@sync
async def test_help_theme_and_palette(seeded, tmp_path) -> None:  # type: ignore[no-untyped-def]
    store, _ = seeded
    app = build(store, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        await pilot.press("question_mark")
        await pilot.pause()
        assert app.screen.query("HelpPanel")
        theme = app.theme
        await pilot.press("f7")
        assert app.theme != theme
        assert app.theme in (tmp_path / "tui.json").read_text(encoding="utf-8")
        commands = [c.title for c in app.get_system_commands(app.screen)]
        assert {"Statements", "Arabic display: visual", "Arabic display: logical"} <= set(commands)


@sync
async def test_app_starts_on_each_backend(db_url, tmp_path) -> None:  # type: ignore[no-untyped-def]
    store = open_store(db_url)
    ids = seed(store)
    app = build(store, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        assert statements(app).total == len(ids)
        await pilot.press("v")
        await settle(pilot, app)
    with store.sessions.begin() as session:
        assert session.scalar(select(func.count()).select_from(Review)) == 1
    store.dispose()


def test_core_cli_does_not_import_textual() -> None:
    code = "import sys, tracker.cli; assert 'textual' not in sys.modules, 'textual imported'; print('ok')"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.stdout.strip() == "ok", done.stderr


@pytest.mark.parametrize(
    ("db", "args", "code", "says"),
    [
        (None, ["tui", "--rtl", "sideways"], 1, "--rtl must be one of"),
        (None, ["tui", "--help"], 0, "--rtl"),
        ("/no/such/folder/tracker.db", ["tui"], 1, "cannot open the database"),
    ],
)
def test_tui_command_options(db: str | None, args: list[str], code: int, says: str, sqlite_url: str) -> None:
    from typer.testing import CliRunner

    from tracker.cli import app

    result = CliRunner().invoke(app, ["--db", db or sqlite_url, *args])
    assert result.exit_code == code
    assert says in result.output


class RecordingDriver:
    """Stands in for a real terminal driver: records what the app writes."""

    is_headless = False

    def __init__(self) -> None:
        self.written: list[str] = []

    def write(self, data: str) -> None:
        self.written.append(data)


@pytest.mark.parametrize(
    ("start", "then", "expected"),
    [
        ("visual", "logical", ["\x1b[8l", "\x1b[8h"]),  # we reorder: VTE's own bidi off, then back on
        ("logical", "visual", ["\x1b[8l"]),  # the terminal reorders: nothing to switch off at start
        ("logical", "logical", []),
    ],
)
def test_terminal_bidi_switch(seeded, tmp_path, start: str, then: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    store, _ = seeded
    app = build(store, tmp_path, rtl=start)
    driver = RecordingDriver()
    app._driver = driver  # type: ignore[assignment]
    app._tell_terminal()
    app.rtl_mode = then
    app._tell_terminal()
    assert driver.written == expected
    assert app.terminal_bidi_off == (then == "visual")


@sync
async def test_statements_ingested_while_open_appear_on_reload(seeded, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Ingest writes while the app is open: no lock error, and F5 shows the new statement."""
    from tests.builders import add_article, make_statement_record

    store, _ = seeded
    app = build(store, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        assert statements(app).total == 5
        text = "قال مدير الميناء نادر سلوم إن السفن عادت إلى الرصيف الشمالي."
        with store.sessions.begin() as session:
            add_article(
                session,
                text,
                [
                    make_statement_record(
                        text, "السفن عادت إلى الرصيف الشمالي", cue="قال", speaker="نادر سلوم"
                    )
                ],
                url="https://example.test/port/1",
            )
        await pilot.press("f5")
        await settle(pilot, app)
        assert statements(app).total == 6
        assert any("نادر سلوم" in record.speaker_name for record in statements(app).table.records)
