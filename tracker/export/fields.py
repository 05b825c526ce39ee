"""The fields every exported entry carries, computed once per statement view.

Each format module maps these onto its own vocabulary. ``entry(view)`` is the flat,
JSON-ready form (csv and jsonl write it as is); the helpers give the pieces the
citation formats need (date parts at their real precision, a stable key, a one-line
summary of the statement).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tracker.services.search import StatementView

#: Column order of csv and the keys of jsonl.
FIELDS: tuple[str, ...] = (
    "id",
    "version",
    "speaker",
    "speaker_as_written",
    "speaker_latin",
    "speaker_mention",
    "speaker_kind",
    "role",
    "kind",
    "content",
    "quoted_parts",
    "said_on",
    "said_on_precision",
    "date_basis",
    "date_from_article",
    "article_title",
    "outlet",
    "published",
    "url",
    "accessed",
    "archive_url",
    "language",
    "review_status",
    "review_note",
    "reviewed_by",
    "claim_id",
    "claim_appearances",
    "fact_checks",
)


@dataclass(frozen=True)
class ExportOptions:
    """Choices that apply to every format (each format reads the ones it understands)."""

    group_by: str | None = None  # speaker | claim
    bom: bool = False  # csv: a UTF-8 byte order mark for Excel
    review_url: str | None = None  # claimreview: the review page, a template with {id}
    publisher: str | None = None  # claimreview: the organisation publishing the reviews


def iso(value: date | datetime | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.isoformat()
    return value.isoformat()


def day(value: date | datetime | None) -> str | None:
    if value is None:
        return None
    return (value.date() if isinstance(value, datetime) else value).isoformat()


def entry(view: StatementView) -> dict[str, Any]:
    """The flat entry: speaker three ways, role, kind, content, quotes, dates, source, review."""
    return {
        "id": view.id,
        "version": view.version,
        "speaker": view.speaker_name,
        "speaker_as_written": view.speaker_as_written or view.speaker_name,
        "speaker_latin": view.speaker_latin,
        "speaker_mention": view.speaker_mention,
        "speaker_kind": view.speaker_kind,
        "role": view.role,
        "kind": view.kind,
        "content": view.content,
        "quoted_parts": list(view.direct_quotes),
        "said_on": view.said_on_iso(),
        "said_on_precision": view.said_on_precision,
        "date_basis": view.date_basis,
        "date_from_article": view.date_from_article,
        "article_title": view.article_title,
        "outlet": view.outlet,
        "published": iso(view.published_at),
        "url": view.article_url,
        "accessed": iso(view.ingested_at),
        "archive_url": view.archive_url,
        "language": view.language,
        "review_status": view.review_status,
        "review_note": view.review_note,
        "reviewed_by": view.reviewed_by,
        "claim_id": view.claim_id,
        "claim_appearances": view.claim_appearances,
        "fact_checks": list(view.fact_checks),
    }


def speaker_label(view: StatementView) -> str:
    """'canonical (Latin; as written: X)': only the parts that add something."""
    extra = []
    if view.speaker_latin and view.speaker_latin != view.speaker_name:
        extra.append(view.speaker_latin)
    written = view.speaker_as_written
    if written and written != view.speaker_name:
        extra.append(f"as written: {written}")
    return view.speaker_name + (f" ({'; '.join(extra)})" if extra else "")


def statement_note(view: StatementView) -> str:
    """One line: who (role), when, kind, what, the quoted words, and the review."""
    who = speaker_label(view) + (f", {view.role}" if view.role else "")
    when = view.said_on_iso() or "undated"
    if view.date_from_article:
        when += " (article date)"
    parts = [f"{who} — {when} — {view.kind}: «{view.content}»"]
    if view.direct_quotes:
        parts.append("quoted: " + " | ".join(f"«{q}»" for q in view.direct_quotes))
    parts.append(review_line(view))
    return ". ".join(parts)


def review_line(view: StatementView) -> str:
    line = f"review: {view.review_status}"
    if view.reviewed_by:
        line += f" by {view.reviewed_by}"
    if view.review_note:
        line += f" — {view.review_note}"
    return line


def grouped(
    views: Iterable[StatementView], group_by: str | None
) -> list[StatementView] | Iterable[StatementView]:
    """Reorder for --group-by: by speaker (then date), or by claim (first appearance first).

    Without grouping the input order (the search's sort) is kept and nothing is buffered.
    """
    if group_by is None:
        return views
    items = list(views)
    if group_by == "speaker":
        return sorted(items, key=lambda v: (v.speaker_name, v.said_on or date.max, v.id))
    if group_by == "claim":
        return sorted(items, key=claim_order_key(items))
    raise ValueError(f"unknown --group-by {group_by!r} (speaker or claim)")


def claim_order_key(items: list[StatementView]):  # type: ignore[no-untyped-def]
    """Claims in order of first appearance; inside a claim its first appearance, then by date."""
    first: dict[int, tuple[date, int]] = {}
    for v in items:
        if v.claim_id is not None:
            seen = (v.claim_first_seen or v.said_on or date.max, v.claim_first_statement_id or v.id)
            first[v.claim_id] = min(first.get(v.claim_id, seen), seen)

    def key(v: StatementView) -> tuple[Any, ...]:
        group = (
            first.get(v.claim_id, (v.said_on or date.max, v.id))
            if v.claim_id is not None
            else (
                v.said_on or date.max,
                v.id,
            )
        )
        is_first = 0 if v.claim_first_statement_id == v.id else 1
        return (*group, v.claim_id or 0, is_first, v.said_on or date.max, v.id)

    return key
