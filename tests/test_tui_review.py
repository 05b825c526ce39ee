"""Pilot tests of reviewing (keys, notes, conflicts) and of the statement detail and article screens."""

from __future__ import annotations

import test_tui_support as support
from sqlalchemy import func, select, update
from test_tui_support import (
    SIZE,
    build,
    logical_words,
    screen_lines,
    settle,
    statements,
    statements_under,
    sync,
)

from tracker.models import Review, Statement
from tui.screens.detail import ArticleScreen, DetailScreen
from tui.screens.reviewing import ConflictDialog, NoteDialog
from tui.screens.statements import StatementsScreen

# The shared fixtures, made visible to this module.
template = support.template
seeded = support.seeded


@sync
async def test_review_key_stores_review_and_audit(seeded, tmp_path) -> None:  # type: ignore[no-untyped-def]
    store, _ = seeded
    app = build(store, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        first = statements(app).table.records[0]
        await pilot.press("d")
        await settle(pilot, app)
        assert statements(app).table.records[0].review_status == "disputed"
    with store.sessions.begin() as session:
        statement = session.get(Statement, first.id)
        assert (statement.review_status, statement.reviewed_by) == ("disputed", "reviewer-one")
        reviews = session.scalars(select(Review).where(Review.statement_id == first.id)).all()
        assert [(r.status, r.previous_status, r.reviewer) for r in reviews] == [
            ("disputed", "unreviewed", "reviewer-one")
        ]


@sync
async def test_review_with_note(seeded, tmp_path) -> None:  # type: ignore[no-untyped-def]
    store, _ = seeded
    app = build(store, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        first = statements(app).table.records[0]
        await pilot.press("e")
        await settle(pilot, app)
        assert isinstance(app.screen, NoteDialog)
        app.screen.query_one("#status").value = "misquoted"
        await pilot.press(*"wrong year", "enter")
        await settle(pilot, app)
        assert isinstance(app.screen, StatementsScreen)
    with store.sessions.begin() as session:
        review = session.scalars(select(Review).where(Review.statement_id == first.id)).one()
        assert (review.status, review.note) == ("misquoted", "wrong year")


@sync
async def test_review_conflict_shows_newer_state_and_reapplies(seeded, tmp_path) -> None:  # type: ignore[no-untyped-def]
    store, _ = seeded
    app = build(store, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        first = statements(app).table.records[0]
        # A colleague reviews the same statement after our table loaded it.
        with store.sessions.begin() as session:
            session.execute(
                update(Statement)
                .where(Statement.id == first.id)
                .values(review_status="verified", reviewed_by="colleague", version=Statement.version + 1)
            )
        await pilot.press("x")
        await settle(pilot, app)
        assert isinstance(app.screen, ConflictDialog)
        assert statements_under(app).table.records[0].review_status == "verified"  # the newer state is shown
        assert any("colleague" in line for line in screen_lines(app))
        with store.sessions.begin() as session:
            assert session.get(Statement, first.id).review_status == "verified"  # nothing overwritten yet
        await pilot.click("#reapply")
        await settle(pilot, app)
        assert statements(app).table.records[0].review_status == "not_a_claim"
    with store.sessions.begin() as session:
        assert session.get(Statement, first.id).review_status == "not_a_claim"
        assert (
            session.scalar(select(func.count()).select_from(Review).where(Review.statement_id == first.id))
            == 1
        )


@sync
async def test_detail_shows_quotes_spans_date_claim_and_history(seeded, tmp_path) -> None:  # type: ignore[no-untyped-def]
    store, ids = seeded
    app = build(store, tmp_path, rtl="logical")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        table = statements(app).table
        table.move_cursor(row=[r.id for r in table.records].index(ids["crossing"]))
        await pilot.press("enter")
        await settle(pilot, app)
        screen = app.screen
        assert isinstance(screen, DetailScreen)
        content = screen.query_one("#d-content").text
        quoted = [content.plain[s.start : s.end] for s in content.spans]
        assert quoted == ["ستفتح المعبر"]
        paragraph = screen.query_one("#d-paragraph").text
        marked = {str(s.style): paragraph.plain[s.start : s.end] for s in paragraph.spans}
        assert marked == {
            "bold cyan": "سامر الخطيب",
            "bold magenta": "إن",
            "underline": 'الحكومة "ستفتح المعبر" أمام Putin غدا',
        }
        text = "\n".join(screen_lines(app))
        assert "2025-02-12 (explicit)" in text
        assert "★ 2025-02-12" in text  # the first appearance is marked
        assert "variant/suggested" in text
        assert "differs: words:" in text
        await pilot.press("v")
        await settle(pilot, app)
        assert "reviewer-one: unreviewed → verified" in "\n".join(screen_lines(app))
        await pilot.press("o")
        await settle(pilot, app)
        assert isinstance(app.screen, ArticleScreen)
        assert any("صحيفة الشروق" in line for line in screen_lines(app))
        await pilot.press("escape", "escape")
        await settle(pilot, app)
        # The table underneath followed the review made on the detail screen.
        assert (
            next(r for r in statements(app).table.records if r.id == ids["crossing"]).review_status
            == "verified"
        )


@sync
async def test_detail_right_aligns_and_reorders_arabic(seeded, tmp_path) -> None:  # type: ignore[no-untyped-def]
    store, ids = seeded
    app = build(store, tmp_path, rtl="visual")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        app.push_screen(DetailScreen(ids["bread"]))
        await settle(pilot, app)
        line = next(line for line in screen_lines(app) if "ﻊﻔﺗﺮﺗ" in line)  # ترتفع, shaped and reversed
        assert logical_words(line) == ["العام", "هذا", "ترتفع", "لن", "الأسعار"]
        assert len(line) - len(line.rstrip()) <= 3  # it ends at the right edge ...
        assert len(line) - len(line.lstrip()) > 60  # ... and a short line starts far from the left
