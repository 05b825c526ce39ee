"""Snapshot tests: pictures of the main screens (pytest-textual-snapshot).

A browser showing the SVG reorders Arabic itself, so these pictures do not prove the
visual order a terminal receives (tests/test_tui.py asserts that on the characters);
they guard the layout: columns, highlights, dialogs, footers.
Update with ``pytest tests/test_tui_snapshots.py --snapshot-update`` after a wanted change.
"""

from __future__ import annotations

import test_tui_support as support
from test_tui_support import SIZE, build, settle

from tui.screens.detail import DetailScreen

template = support.template
seeded = support.seeded


def test_statements_screen_visual(seeded, tmp_path, snap_compare) -> None:  # type: ignore[no-untyped-def]
    """The filter bar (two rows), the status line "5 statements · 5 loaded · sorted by said on ↓",
    and five rows newest first; Arabic cells shaped (presentation forms) in visual order, the
    Latin "Putin" and the dates left to right; the claim count 2 on the two appearances."""
    store, _ = seeded
    app = build(store, tmp_path, rtl="visual")

    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await settle(pilot, app)
        # The load time varies from run to run: blank it out of the picture.
        app.screen.query_one("#status-line").update("5 statements · 5 loaded · sorted by said on ↓")

    assert snap_compare(app, terminal_size=SIZE, run_before=run_before)


def test_detail_screen_visual(seeded, tmp_path, snap_compare) -> None:  # type: ignore[no-untyped-def]
    """The detail of the statement quoting "ستفتح المعبر": the speaker line right-aligned, the
    content with the quoted words in bold yellow underline, the date with its basis, the
    article paragraph with speaker (cyan), cue (magenta) and content (underlined), the claim
    timeline with the first appearance starred and the variant's word difference in red,
    and "never reviewed"."""
    store, ids = seeded
    app = build(store, tmp_path, rtl="visual")

    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await settle(pilot, app)
        app.push_screen(DetailScreen(ids["crossing"]))
        await settle(pilot, app)

    assert snap_compare(app, terminal_size=SIZE, run_before=run_before)


def test_claims_screen_logical(seeded, tmp_path, snap_compare) -> None:  # type: ignore[no-untyped-def]
    """The claims screen in logical mode (text as stored): one repeated claim with 2
    appearances in 2 outlets and 1 variant; below, its timeline, the first appearance
    starred and the variant row showing "words: … ≠ …" in red."""
    store, _ = seeded
    app = build(store, tmp_path, rtl="logical")

    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await settle(pilot, app)
        await pilot.press("f3")
        await settle(pilot, app)

    assert snap_compare(app, terminal_size=SIZE, run_before=run_before)
