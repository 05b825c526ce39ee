"""Plain records the thread workers post to the screens: no Session, no lazy loading.

A worker opens a session, reads, copies what a screen shows into these frozen
dataclasses and closes the session; widgets only ever see these.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any

SORT_COLUMNS = ("said_on", "speaker", "outlet", "appearances", "review_status", "published")


@dataclass(frozen=True)
class UiFilter:
    """What the filter bar asks for; empty strings mean "any"."""

    speaker: str = ""
    text: str = ""
    date_from: date | None = None
    date_to: date | None = None
    #: "said" (Statement.said_on) or "published" (Article.published_at).
    date_field: str = "said"
    outlet: str = ""
    review_status: str = ""
    kind: str = ""
    language: str = ""
    sort: str = "said_on"
    descending: bool = True
    #: Restrict to these statements (the Claims screen opens one claim's appearances).
    statement_ids: tuple[int, ...] = ()

    def sorted_by(self, column: str) -> UiFilter:
        """Sort by ``column``; choosing the current sort column again flips the direction."""
        if column == self.sort:
            return replace(self, descending=not self.descending)
        return replace(self, sort=column, descending=column in ("said_on", "appearances", "published"))


@dataclass(frozen=True)
class StatementRow:
    id: int
    version: int
    said_on: date | None
    said_on_precision: str | None
    speaker_name: str
    role: str | None
    content: str
    outlet: str | None
    appearances: int
    review_status: str
    kind: str
    language: str


@dataclass(frozen=True)
class Appearance:
    statement_id: int
    said_on: date | None
    published: datetime | None
    outlet: str | None
    speaker_name: str
    content: str
    relation: str
    link_status: str
    difference: dict[str, Any] | None
    first: bool


@dataclass(frozen=True)
class ReviewEntry:
    status: str
    previous_status: str | None
    note: str | None
    reviewer: str
    at: datetime | None


@dataclass(frozen=True)
class StatementDetail:
    row: StatementRow
    cue: str
    speaker_mention: str | None
    role_mention: str | None
    date_basis: str
    date_evidence: str | None
    review_note: str | None
    reviewed_by: str | None
    direct_quotes: tuple[tuple[int, int, str], ...]
    method: str
    confidence: float
    article_id: int
    article_title: str | None
    article_url: str | None
    published: datetime | None
    body: str
    speaker_span: tuple[int, int] | None
    cue_span: tuple[int, int]
    content_span: tuple[int, int]
    claim_id: int | None = None
    claim_text: str | None = None
    appearances: tuple[Appearance, ...] = ()
    history: tuple[ReviewEntry, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class ExportResult:
    path: str
    format: str
    count: int
