"""RIS export, written with rispy: one ``TY  - NEWS`` record per statement.

Tags: TI title, T2 outlet, DA/PY publication date and year, UR article URL, Y2 access
date (ingest time), LA language, AU the speaker (so reference managers list the quote
under its speaker), N1 notes (the statement, the quoted words, the review, the archive
URL), AB the statement's content, ID a stable id. Records are handed to rispy in
chunks, so a 100k export is not one list.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice
from typing import TYPE_CHECKING, Any, TextIO

import rispy

from tracker.export.fields import ExportOptions, day, grouped, review_line, statement_note

if TYPE_CHECKING:
    from tracker.services.search import StatementView

CHUNK = 2000


def record(view: StatementView) -> dict[str, Any]:
    notes = [statement_note(view)]
    if view.archive_url:
        notes.append(f"archived: {view.archive_url}")
    notes.extend(view.fact_checks)
    data: dict[str, Any] = {
        "type_of_reference": "NEWS",
        "id": f"statement-{view.id}",
        "title": view.article_title or view.content[:120],
        "secondary_title": view.outlet,
        "authors": [view.speaker_latin or view.speaker_name],
        "date": (day(view.published_at) or "").replace("-", "/") or None,
        "year": str(view.published_at.year) if view.published_at else None,
        "urls": [view.article_url] if view.article_url else None,
        "access_date": (day(view.ingested_at) or "").replace("-", "/") or None,
        "language": view.language,
        "abstract": view.content,
        "notes": notes,
        "custom1": view.said_on_iso(),
        "custom2": view.role,
        "custom3": review_line(view),
    }
    return {k: _one_line(v) for k, v in data.items() if v}


def _one_line(value: Any) -> Any:
    # RIS is line-based: a newline inside a value would start a bogus tag.
    if isinstance(value, list):
        return [" ".join(str(v).split()) for v in value]
    return " ".join(str(value).split())


def _chunks(views: Iterable[StatementView]) -> Iterator[list[dict[str, Any]]]:
    iterator = iter(views)
    while chunk := list(islice(iterator, CHUNK)):
        yield [record(v) for v in chunk]


def write(views: Iterable[StatementView], out: TextIO, options: ExportOptions) -> None:
    for chunk in _chunks(grouped(views, options.group_by)):
        rispy.dump(chunk, out)
