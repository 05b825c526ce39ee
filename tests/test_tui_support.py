"""Shared builders and helpers of the app's Pilot tests (no tests here).

``seed`` writes five statements through the ingest service (speakers resolved, two
statements linked as one claim); ``template`` migrates and seeds one SQLite file per
test module, and ``seeded`` gives each test its own copy.
"""

from __future__ import annotations

import asyncio
import functools
import shutil
import unicodedata
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from builders import add_article, make_statement_record

from tracker.db import Store, make_engine, open_store, session_factory
from tui import bidi
from tui.app import TrackerApp, make_app
from tui.screens.statements import StatementsScreen

SIZE = (120, 36)


def sync(test):  # type: ignore[no-untyped-def]
    """Run an async Pilot test in its own event loop (no asyncio pytest plugin needed)."""

    @functools.wraps(test)
    def run(*args, **kwargs):  # type: ignore[no-untyped-def]
        return asyncio.run(test(*args, **kwargs))

    return run


# Sentences written for these tests.
T_CROSSING = 'قال الوزير سامر الخطيب في 12 شباط 2025 إن الحكومة "ستفتح المعبر" أمام Putin غدا.'
T_BREAD = "وأكدت الوزيرة ليلى حداد أن الأسعار لن ترتفع هذا العام."
T_ENGLISH = "The minister, John Harlow, said the war on inflation is over."
T_HOSTILE = "قال المتحدث نبيل عيسى إن \x1b]52;c;cHduZWQ=\x07الخبر\x1b[2J صحيح."
T_REPEAT = "وقال الوزير سامر الخطيب إن الحكومة ستفتح المعبر أمام الشاحنات."


def seed(store: Store) -> dict[str, int]:
    """Five statements, two of them appearances of one claim."""
    rows = {
        "crossing": (
            T_CROSSING,
            'الحكومة "ستفتح المعبر" أمام Putin غدا',
            {"said_on": date(2025, 2, 12), "quotes": ("ستفتح المعبر",), "statement_kind": "mixed"},
            {"outlet": "صحيفة الشروق"},
        ),
        "bread": (
            T_BREAD,
            "الأسعار لن ترتفع هذا العام",
            {"speaker": "ليلى حداد", "said_on": date(2025, 1, 5)},
            {},
        ),
        "english": (
            T_ENGLISH,
            "the war on inflation is over",
            {"speaker": "John Harlow", "said_on": date(2024, 11, 3), "language": "en", "cue": "said"},
            {"language": "en", "outlet": "Daily Test"},
        ),
        "hostile": (T_HOSTILE, "\x1b]52;c;cHduZWQ=\x07الخبر\x1b[2J صحيح", {"speaker": "نبيل عيسى"}, {}),
        "repeat": (T_REPEAT, "الحكومة ستفتح المعبر أمام الشاحنات", {"said_on": date(2025, 2, 20)}, {}),
    }
    ids: dict[str, int] = {}
    with store.sessions.begin() as session:
        for number, (key, (text, content, st_fields, art_fields)) in enumerate(rows.items()):
            fields = {"url": f"https://tui.example/{number}", **art_fields}
            # link=True: speakers are resolved and "repeat" joins the claim of "crossing".
            outcome = add_article(
                session, text, [make_statement_record(text, content, **st_fields)], **fields
            )
            ids[key] = outcome.statement_ids[0]
    return ids


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> tuple[Path, dict[str, int]]:  # type: ignore[no-untyped-def]
    """One seeded SQLite file per module; each test works on its own copy (migrating is slow)."""
    path = tmp_path_factory.mktemp("tui") / "template.db"
    store = open_store(f"sqlite:///{path}")
    ids = seed(store)
    store.dispose()
    return path, ids


@pytest.fixture
def seeded(template, tmp_path) -> Iterator[tuple[Store, dict[str, int]]]:  # type: ignore[no-untyped-def]
    path, ids = template
    copy = tmp_path / "tracker.db"
    shutil.copyfile(path, copy)
    # The copy is already at head: skip the migration check (loading Alembic costs a second).
    engine = make_engine(f"sqlite:///{copy}")
    store = Store(engine=engine, sessions=session_factory(engine))
    yield store, ids
    store.dispose()


def build(store: Store, tmp_path: Path, rtl: str = "visual") -> TrackerApp:
    return make_app(None, rtl=rtl, reviewer="reviewer-one", settings_file=tmp_path / "tui.json", store=store)


async def settle(pilot, app: TrackerApp) -> None:  # type: ignore[no-untyped-def]
    for _ in range(3):
        await app.workers.wait_for_complete()
        await pilot.pause()


def screen_lines(app: TrackerApp) -> list[str]:
    """What the terminal receives, line by line (escape codes aside)."""
    return [strip.text for strip in app.screen._compositor.render_strips()]


def logical_words(visual: str) -> list[str]:
    return [unicodedata.normalize("NFKC", w[::-1]) if bidi.has_rtl(w) else w for w in visual.split()]


def statements(app: TrackerApp) -> StatementsScreen:
    screen = app.screen
    assert isinstance(screen, StatementsScreen)
    return screen


def statements_under(app: TrackerApp) -> StatementsScreen:
    return next(s for s in app.screen_stack if isinstance(s, StatementsScreen))
