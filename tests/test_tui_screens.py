"""Pilot tests of the speakers, claims and export screens: each edit really reaches the database."""

from __future__ import annotations

import csv
import json

import test_tui_support as support
from sqlalchemy import select
from test_tui_support import SIZE, build, screen_lines, settle, statements, sync

from tracker.models import ClaimLink, Speaker, SpeakerAlias
from tui.screens.claims import ClaimsScreen
from tui.screens.dialogs import PromptDialog
from tui.screens.export import ExportDialog
from tui.screens.speakers import SpeakersScreen

template = support.template
seeded = support.seeded


async def search_speaker(pilot, app, query: str) -> SpeakersScreen:  # type: ignore[no-untyped-def]
    await pilot.press("f2")
    await settle(pilot, app)
    screen = app.screen
    assert isinstance(screen, SpeakersScreen)
    field = screen.query_one("#speaker-query")
    field.value = query
    field.focus()
    await pilot.press("enter")
    await settle(pilot, app)
    return screen


async def open_claims(pilot, app) -> ClaimsScreen:  # type: ignore[no-untyped-def]
    await settle(pilot, app)
    await pilot.press("f3")
    await settle(pilot, app)
    screen = app.screen
    assert isinstance(screen, ClaimsScreen)
    return screen


@sync
async def test_speaker_search_and_add_alias(seeded, tmp_path) -> None:  # type: ignore[no-untyped-def]
    store, _ = seeded
    app = build(store, tmp_path, rtl="logical")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        screen = await search_speaker(pilot, app, "سامر الخطيب")
        assert screen.hits
        assert screen.hits[0].name == "سامر الخطيب"
        assert screen.detail is not None
        assert screen.detail.name == "سامر الخطيب"
        assert any("2 statements" in line for line in screen_lines(app))
        await pilot.press("a")
        await settle(pilot, app)
        assert isinstance(app.screen, PromptDialog)
        await pilot.press(*"Samer al-Khatib", "enter")
        await settle(pilot, app)
        speaker_id = screen.detail.id
        assert any("Samer al-Khatib" in line for line in screen_lines(app))
    with store.sessions.begin() as session:
        aliases = session.scalars(select(SpeakerAlias).where(SpeakerAlias.speaker_id == speaker_id)).all()
        assert ("Samer al-Khatib", "user") in {(a.alias, a.source) for a in aliases}


@sync
async def test_speaker_merge_then_split(seeded, tmp_path) -> None:  # type: ignore[no-untyped-def]
    store, _ = seeded
    with store.sessions.begin() as session:
        kept = session.scalar(select(Speaker.id).where(Speaker.name == "سامر الخطيب"))
        other = session.scalar(select(Speaker.id).where(Speaker.name == "نبيل عيسى"))
    app = build(store, tmp_path, rtl="logical")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        screen = await search_speaker(pilot, app, "سامر الخطيب")
        assert screen.detail.id == kept
        await pilot.press("g")
        await settle(pilot, app)
        dialog = app.screen
        assert isinstance(dialog, PromptDialog)
        dialog.query_one("#answer").value = str(other)
        await pilot.press("enter")
        await settle(pilot, app)
        with store.sessions.begin() as session:
            assert session.get(Speaker, other).merged_into_id == kept
        assert screen.detail.statement_count == 3
        await pilot.press("p")
        await settle(pilot, app)
    with store.sessions.begin() as session:
        assert session.get(Speaker, other).merged_into_id is None


@sync
async def test_speaker_merge_rejects_a_non_number(seeded, tmp_path) -> None:  # type: ignore[no-untyped-def]
    store, _ = seeded
    app = build(store, tmp_path, rtl="logical")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        await search_speaker(pilot, app, "سامر الخطيب")
        await pilot.press("g")
        await settle(pilot, app)
        app.screen.query_one("#answer").value = "Nabil"
        await pilot.press("enter")
        await settle(pilot, app)
        assert any("a number" in str(n.message) for n in app._notifications)
    with store.sessions.begin() as session:
        assert session.scalar(select(Speaker.id).where(Speaker.merged_into_id.is_not(None))) is None


@sync
async def test_claims_timeline_confirm_reject_split(seeded, tmp_path) -> None:  # type: ignore[no-untyped-def]
    store, ids = seeded
    app = build(store, tmp_path, rtl="logical")
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_claims(pilot, app)
        assert [c.appearances for c in screen.claims] == [2]
        assert screen.detail is not None
        assert [a.statement_id for a in screen.detail.appearances] == [ids["crossing"], ids["repeat"]]
        text = "\n".join(screen_lines(app))
        assert "★" in text
        assert "variant" in text
        assert "words:" in text
        timeline = screen.query_one("#claim-timeline")
        timeline.focus()
        timeline.move_cursor(row=1)
        await pilot.press("c")
        await settle(pilot, app)
        with store.sessions.begin() as session:
            link = session.scalar(select(ClaimLink).where(ClaimLink.statement_id == ids["repeat"]))
            assert (link.status, link.decided_by) == ("confirmed", "reviewer-one")
        timeline.move_cursor(row=1)
        await pilot.press("j")
        await settle(pilot, app)
        with store.sessions.begin() as session:
            link = session.scalar(select(ClaimLink).where(ClaimLink.statement_id == ids["repeat"]))
            assert link.status == "rejected"
        timeline.move_cursor(row=0)
        await pilot.press("t")
        await settle(pilot, app)
    with store.sessions.begin() as session:
        links = session.scalars(select(ClaimLink).where(ClaimLink.statement_id == ids["crossing"])).all()
        assert sorted(link.status for link in links) == ["confirmed", "rejected"]  # a claim of its own now


@sync
async def test_claims_split_refused_when_the_claim_changed_meanwhile(seeded, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Another reviewer confirms an appearance after the screen loaded: the split acts on the
    whole claim, so it is refused instead of overriding what the screen never showed."""
    from tracker.services.claims import confirm_link

    store, ids = seeded
    app = build(store, tmp_path, rtl="logical")
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_claims(pilot, app)
        assert screen.detail is not None
        with store.sessions.begin() as session:
            link = session.scalar(select(ClaimLink).where(ClaimLink.statement_id == ids["repeat"]))
            confirm_link(session, link.id, reviewer="someone-else", expected_version=link.version)
        timeline = screen.query_one("#claim-timeline")
        timeline.focus()
        timeline.move_cursor(row=0)
        await pilot.press("t")
        await settle(pilot, app)
    with store.sessions.begin() as session:
        links = session.scalars(select(ClaimLink).where(ClaimLink.statement_id == ids["crossing"])).all()
        assert "rejected" not in {link.status for link in links}  # not split out


@sync
async def test_export_current_filter_and_selection(seeded, tmp_path) -> None:  # type: ignore[no-untyped-def]
    store, _ = seeded
    app = build(store, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, app)
        await pilot.press("ctrl+e")
        await settle(pilot, app)
        dialog = app.screen
        assert isinstance(dialog, ExportDialog)
        dialog.query_one("#path").value = str(tmp_path / "all.csv")
        await pilot.click("#export")
        await settle(pilot, app)
        assert dialog.result is not None
        assert dialog.result.count == 5
        assert str(tmp_path / "all.csv") in str(dialog.query_one("#export-said").render())
        await pilot.press("escape")
        await settle(pilot, app)
        with (tmp_path / "all.csv").open(encoding="utf-8") as handle:
            assert len(list(csv.DictReader(handle))) == 5

        await pilot.press("space")  # select the row under the cursor only
        first = statements(app).table.records[0].id
        await pilot.press("ctrl+e")
        await settle(pilot, app)
        dialog = app.screen
        dialog.query_one("#format").value = "jsonl"
        await pilot.pause()
        dialog.query_one("#path").value = str(tmp_path / "one.jsonl")
        await pilot.click("#export")
        await settle(pilot, app)
        assert dialog.result.count == 1
    lines = (tmp_path / "one.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1
    assert str(first) in json.dumps(json.loads(lines[0]))
