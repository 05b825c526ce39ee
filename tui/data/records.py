"""Plain records the thread workers post to the screens: no Session, no lazy loading.

A worker opens a session, reads, copies what a screen shows into these frozen
dataclasses and closes the session; widgets only ever see these.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime

from tracker.services.claims import Appearance
from tracker.services.search import StatementFilter, StatementView


def sorted_by(filt: StatementFilter, key: str) -> StatementFilter:
    """Sort by ``key``; the current sort key again flips the direction (dates start newest first)."""
    current = filt.sort.lstrip("-")
    if key == current:
        return replace(filt, sort=key if filt.sort.startswith("-") else f"-{key}")
    return replace(filt, sort=f"-{key}" if key in ("said_on", "published", "appearances") else key)


@dataclass(frozen=True)
class ReviewEntry:
    status: str
    previous_status: str | None
    note: str | None
    reviewer: str
    at: datetime | None


@dataclass(frozen=True)
class StatementDetail:
    """A statement's view plus what only the detail screen needs: spans, the claim's timeline, history."""

    view: StatementView
    direct_quotes: tuple[tuple[int, int, str], ...]
    method: str
    confidence: float
    body: str
    speaker_span: tuple[int, int] | None
    cue_span: tuple[int, int]
    content_span: tuple[int, int]
    appearances: tuple[Appearance, ...] = ()
    history: tuple[ReviewEntry, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class ExportResult:
    path: str
    format: str
    count: int
