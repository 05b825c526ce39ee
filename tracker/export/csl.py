"""CSL-JSON export: each statement as the newspaper article that reported it.

CSL-JSON is plain JSON, so the standard ``json`` module writes it (citeproc-py only
reads it). Each item is an ``article-newspaper`` (title, outlet as container-title,
issued = publication date, accessed = ingest time, URL); the statement itself goes in
``note`` (one readable line) and, field by field, in ``custom`` (CSL-JSON 1.0.2's
place for data without a CSL variable). Items validate against the CSL-JSON schema
shipped beside this module (``csl-data.schema.json``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from tracker.export.fields import ExportOptions, grouped, statement_note

if TYPE_CHECKING:
    from tracker.services.search import StatementView

SCHEMA_PATH = Path(__file__).with_name("csl-data.schema.json")


def _date(value: date | datetime | None) -> dict[str, Any] | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        value = value.date()
    return {"date-parts": [[value.year, value.month, value.day]]}


def item(view: StatementView) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": f"statement-{view.id}",
        "type": "article-newspaper",
        "title": view.article_title or view.content[:120],
        "container-title": view.outlet,
        "issued": _date(view.published_at),
        "accessed": _date(view.ingested_at),
        "URL": view.article_url,
        "archive_location": view.archive_url,
        "language": view.language,
        "note": statement_note(view),
        "custom": _custom(view),
    }
    return {k: v for k, v in data.items() if v is not None}


def _custom(view: StatementView) -> dict[str, Any]:
    """The statement's own fields (the article's are CSL variables already)."""
    data = {
        "statement_id": view.id,
        "speaker": view.speaker_name,
        "speaker_as_written": view.speaker_as_written,
        "speaker_latin": view.speaker_latin,
        "role": view.role,
        "kind": view.kind,
        "content": view.content,
        "quoted_parts": view.direct_quotes,
        "said_on": view.said_on_iso(),
        "said_on_precision": view.said_on_precision,
        "date_from_article": view.date_from_article,
        "review_status": view.review_status,
        "review_note": view.review_note,
        "reviewed_by": view.reviewed_by,
        "claim_id": view.claim_id,
        "fact_checks": view.fact_checks,
    }
    return {k: v for k, v in data.items() if v not in (None, [], "")}


def write(views: Iterable[StatementView], out: TextIO, options: ExportOptions) -> None:
    # Written item by item so 100k entries never sit in one giant string.
    out.write("[")
    for number, view in enumerate(grouped(views, options.group_by)):
        out.write(",\n" if number else "\n")
        out.write(json.dumps(item(view), ensure_ascii=False))
    out.write("\n]\n")


def schema() -> dict[str, Any]:
    """The CSL-JSON 1.0.2 input schema (for validating exports)."""
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
