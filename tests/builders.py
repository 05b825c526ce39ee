"""Builders for test records and rows, so tests say only what matters to them."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

from sqlalchemy.orm import Session

from tracker.records import ArticleRecord, Span, SpeakerRef, StatementDate, StatementRecord
from tracker.services.ingest import StoreOutcome, store_article

LEVANT = timezone(timedelta(hours=3))


def make_article_record(text: str = "نص تجريبي.", **fields: Any) -> ArticleRecord:
    defaults: dict[str, Any] = {
        "title": "عنوان تجريبي",
        "published": datetime(2025, 3, 9, 16, 20, tzinfo=LEVANT),
        "language": "ar",
        "outlet": "صحيفة الاختبار",
        "input_format": "json",
        "source_path": "test.json",
    }
    defaults.update(fields)
    return ArticleRecord(text=text, **defaults)


def arabic_triples(text: str) -> list[tuple[str, str | None, str]]:
    """(speaker name, role, content) of every statement the Arabic extractor finds in ``text``."""
    from tracker.extract.arabic import extract_arabic

    return [
        (st.speaker.name, st.speaker.role, st.content.text)
        for st in extract_arabic(make_article_record(text))
    ]


def span_of(text: str, part: str, start: int = 0) -> Span:
    index = text.index(part, start)
    return Span(index, index + len(part), part)


def make_statement_record(
    text: str,
    content: str,
    *,
    speaker: str = "سامر الخطيب",
    cue: str | None = None,
    kind: str = "person",
    role: str | None = None,
    mention: str | None = None,
    said_on: date | None = None,
    precision: str = "day",
    basis: str = "explicit",
    quotes: tuple[str, ...] = (),
    statement_kind: str = "indirect",
    language: str = "ar",
) -> StatementRecord:
    """A statement whose spans really point into ``text`` (cue defaults to the word before the content)."""
    content_span = span_of(text, content)
    if cue is None:
        before = text[: content_span.start].split()
        cue = before[-1] if before else content
    cue_span = span_of(text, cue)
    mention_text = mention or speaker
    speaker_span = span_of(text, mention_text) if mention_text in text else None
    return StatementRecord(
        speaker=SpeakerRef(name=speaker, kind=kind, role=role, mention=mention_text, span=speaker_span),
        cue=cue_span,
        content=content_span,
        direct_quotes=tuple(span_of(text, quote) for quote in quotes),
        date=StatementDate(
            value=said_on,
            precision=precision if said_on else None,  # type: ignore[arg-type]
            basis=basis if said_on else "none",  # type: ignore[arg-type]
            evidence=None,
        ),
        kind=statement_kind,  # type: ignore[arg-type]
        method="test",
        confidence=0.9,
        language=language,
    )


def add_article(
    session: Session,
    text: str,
    statements: list[StatementRecord] | None = None,
    *,
    link: bool = True,
    **fields: Any,
) -> StoreOutcome:
    """Store an article with the given statements (or none), as ingest would."""
    record = make_article_record(text, **fields)
    return store_article(session, record, statements or [], link=link)


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)
