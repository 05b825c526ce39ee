"""The JSON shape of extraction results, as ``tracker extract --format jsonl`` prints it.

One object per article::

    {"source": PATH, "article": {"title", "published", "language", "url", "outlet"},
     "statements": [{"speaker": {"name", "kind", "role", "mention"}, "cue", "content",
                     "direct_quotes": [...], "said_on", "said_on_precision", "date_basis",
                     "date_evidence", "via", "spans": {...}, "method", "confidence"}]}

``said_on`` is ISO 8601 at the precision known: "2025-02-06" (day), "2025-02" (month) or
"2025" (year); a month-only date never gets a made-up day.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from tracker.records import ArticleRecord, StatementRecord


def published_iso(article: ArticleRecord) -> str | None:
    if article.published is None:
        return None
    return article.published.isoformat(timespec="minutes")


def article_json(article: ArticleRecord) -> dict[str, Any]:
    return {
        "title": article.title,
        "published": published_iso(article),
        "language": article.language,
        "url": article.url,
        "outlet": article.outlet,
    }


def statement_json(statement: StatementRecord) -> dict[str, Any]:
    speaker = statement.speaker
    spans: dict[str, list[int] | None] = {
        "speaker": speaker.span.as_list() if speaker.span else None,
        "cue": statement.cue.as_list(),
        "content": statement.content.as_list(),
    }
    return {
        "speaker": {
            "name": speaker.name,
            "kind": speaker.kind,
            "role": speaker.role,
            "mention": speaker.mention,
        },
        "cue": statement.cue.text,
        "content": statement.content.text,
        "direct_quotes": [quote.text for quote in statement.direct_quotes],
        "kind": statement.kind,
        "said_on": statement.date.iso(),
        "said_on_precision": statement.date.precision if statement.date.value else None,
        "date_basis": statement.date.basis,
        "date_evidence": statement.date.evidence,
        "via": statement.via,
        "spans": spans,
        "quote_spans": [quote.as_list() for quote in statement.direct_quotes],
        "method": statement.method,
        "confidence": round(statement.confidence, 3),
        "language": statement.language,
    }


def extraction_json(
    article: ArticleRecord, statements: Iterable[StatementRecord], source: str | None = None
) -> dict[str, Any]:
    """The line ``tracker extract --format jsonl`` prints for one article."""
    return {
        "source": source or article.source_path,
        "locator": article.locator,
        "article": article_json(article),
        "statements": [statement_json(statement) for statement in statements],
    }
