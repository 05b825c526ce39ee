"""Plain, frozen records passed between pipeline stages.

Readers produce :class:`ArticleRecord`; extractors turn one into a tuple of
:class:`StatementRecord`. Nothing here knows about the database or the terminal:
stages are pure functions over these records, and only ``tracker.services``
turns them into rows.

Every span is a half-open ``[start, end)`` range of character offsets into
``ArticleRecord.text`` (the body as stored), so ``article.text[s.start:s.end] == s.text``
always holds. A reviewer can therefore be shown exactly which characters the tool read.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal, get_args

SpeakerKind = Literal["person", "organization", "group", "media", "unnamed"]
DatePrecision = Literal["day", "month", "year"]
DateBasis = Literal["explicit", "weekday", "relative", "report", "article", "none"]
StatementKind = Literal["direct", "indirect", "mixed"]

SPEAKER_KINDS: tuple[str, ...] = get_args(SpeakerKind)


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character range of the article text, with the text it covers."""

    start: int
    end: int
    text: str

    def as_list(self) -> list[int]:
        return [self.start, self.end]


@dataclass(frozen=True, slots=True)
class ArticleRecord:
    """One article as a reader parsed it, before it is stored.

    ``text`` is the body as it will be stored: paragraphs separated by blank lines,
    cross-heads kept as their own paragraphs (and listed in ``subheadings``), captions,
    date lines and "related articles" blocks removed (kept in their own fields).
    """

    text: str
    title: str | None = None
    published: datetime | None = None
    language: str | None = None
    url: str | None = None
    outlet: str | None = None
    author: str | None = None
    description: str | None = None
    captions: tuple[str, ...] = ()
    subheadings: tuple[str, ...] = ()
    related: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    source_path: str | None = None
    input_format: str | None = None
    #: Where in the source this article came from, e.g. "line 12" of a JSONL file.
    locator: str | None = None

    @property
    def published_date(self) -> date | None:
        return self.published.date() if self.published else None


@dataclass(frozen=True, slots=True)
class SpeakerRef:
    """Who a statement is credited to, as the extractor resolved it inside one article.

    ``name`` is the fullest name the article gives for the source (never a bare pronoun
    or role when the article names it); ``mention`` is the text at this statement
    ("زاخاروفا", "المتحدثة باسم الخارجية الروسية", or "" for a subject-less verb).
    """

    name: str
    kind: str = "person"
    role: str | None = None
    mention: str = ""
    span: Span | None = None
    #: Other names and role phrases the article used for the same source.
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class StatementDate:
    """When a statement was made, with how precise that is and how it was worked out."""

    value: date | None = None
    precision: DatePrecision | None = None
    basis: DateBasis = "none"
    evidence: str | None = None

    def iso(self) -> str | None:
        """ISO 8601 at the known precision: 2025-02-06, 2025-02 or 2025 (never a made-up day)."""
        if self.value is None:
            return None
        if self.precision == "year":
            return f"{self.value.year:04d}"
        if self.precision == "month":
            return f"{self.value.year:04d}-{self.value.month:02d}"
        return self.value.isoformat()


@dataclass(frozen=True, slots=True)
class StatementRecord:
    """One attributed statement: who, the cue, what, and when."""

    speaker: SpeakerRef
    cue: Span
    content: Span
    direct_quotes: tuple[Span, ...] = ()
    date: StatementDate = field(default_factory=StatementDate)
    via: str | None = None
    kind: StatementKind = "indirect"
    method: str = ""
    confidence: float = 0.5
    language: str = "ar"
