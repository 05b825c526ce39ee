"""Messages between workers, widgets and screens: finished work in the past tense, requests imperative."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from textual.message import Message

from tracker.services.search import StatementFilter, StatementView
from tui.data.records import ExportResult, StatementDetail


@dataclass
class FilterChanged(Message):
    """The filter bar asks for a new filter (the sort order is kept by the screen)."""

    filt: StatementFilter


@dataclass
class PageLoaded(Message):
    request: int
    offset: int
    rows: list[StatementView]
    #: The page was shorter than asked: nothing more to load.
    last: bool
    seconds: float


@dataclass
class CountLoaded(Message):
    request: int
    total: int
    #: Set when text search is degraded on this database (see tracker.services.search).
    warning: str | None = None


@dataclass
class MoreRowsWanted(Message):
    """The table's cursor or scroll reached the end of the loaded rows."""


@dataclass
class DetailLoaded(Message):
    detail: StatementDetail | None


@dataclass
class ReviewApplied(Message):
    statement_id: int
    status: str
    version: int
    reviewer: str


@dataclass
class ReviewConflicted(Message):
    """Someone else changed the statement first; ``status``/``note`` are what we wanted."""

    statement_id: int
    status: str
    note: str | None
    current_status: str
    current_reviewer: str | None
    current_version: int
    message: str


@dataclass
class ExportFinished(Message):
    result: ExportResult


@dataclass
class ActionFailed(Message):
    """A database action failed; ``message`` says why, for the user."""

    message: str


@dataclass
class SpeakersFound(Message):
    query: str
    hits: list[Any]  # tracker.services.speakers.SpeakerHit


@dataclass
class SpeakerLoaded(Message):
    detail: Any  # tracker.services.speakers_detail.SpeakerDetail | None


@dataclass
class SpeakerEdited(Message):
    """An alias, merge or split was stored; ``speaker_id`` is the speaker to show now."""

    speaker_id: int
    message: str


@dataclass
class ClaimsLoaded(Message):
    claims: list[Any]  # tracker.services.claims.ClaimSummary


@dataclass
class ClaimLoaded(Message):
    detail: Any  # tracker.services.claims.ClaimDetail | None


@dataclass
class ClaimEdited(Message):
    """A link was confirmed or rejected, or a statement split out; reload ``claim_id``."""

    claim_id: int
    message: str
