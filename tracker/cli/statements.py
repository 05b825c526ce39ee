"""``tracker statements``: search stored statements and print them as a table, JSONL or CSV.

The filter options are declared once here (``FilterOptions`` types) and reused by
``tracker export``, so both commands accept exactly the same filters.
"""

from __future__ import annotations

import sys
from datetime import date
from enum import StrEnum
from typing import Annotated

import typer

from tracker.cli.common import fail, print_table, safe, store_for

Speaker = Annotated[str | None, typer.Option("--speaker", help="Speaker name in any script or spelling.")]
Text = Annotated[
    str | None,
    typer.Option(
        "--text", help='Words that must all occur (Arabic: any attached form); "a phrase"; word* prefix.'
    ),
]
Since = Annotated[
    str | None,
    typer.Option("--since", help="Said on or after (YYYY-MM-DD); undated statements use the article date."),
]
Until = Annotated[str | None, typer.Option("--until", help="Said on or before (YYYY-MM-DD), same fallback.")]
PubSince = Annotated[str | None, typer.Option("--published-since", help="Article published on or after.")]
PubUntil = Annotated[str | None, typer.Option("--published-until", help="Article published on or before.")]
OutletOpt = Annotated[str | None, typer.Option("--outlet", help="Outlet name or domain.")]
Status = Annotated[
    str | None,
    typer.Option("--status", help="unreviewed, verified, disputed, misattributed, misquoted or not-a-claim."),
]
ClaimOpt = Annotated[int | None, typer.Option("--claim", help="Statements linked to this claim id.")]
Kind = Annotated[str | None, typer.Option("--kind", help="direct, indirect or mixed.")]
Language = Annotated[str | None, typer.Option("--language", help="Statement language (ar, en).")]
Sort = Annotated[
    str,
    typer.Option(
        "--sort", help="said_on, published, speaker, status, appearances or id; '-' first = descending."
    ),
]


class ListFormat(StrEnum):
    table = "table"
    jsonl = "jsonl"
    csv = "csv"


def parse_day(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        fail(f"{option} wants a date as YYYY-MM-DD, not {value!r}")
    return None


def build_filter(
    *,
    speaker: str | None,
    text: str | None,
    since: str | None,
    until: str | None,
    published_since: str | None,
    published_until: str | None,
    outlet: str | None,
    status: str | None,
    claim: int | None,
    kind: str | None,
    language: str | None,
    sort: str,
):  # type: ignore[no-untyped-def]
    """A checked StatementFilter, or a clean error exit naming the bad option."""
    from tracker.search import StatementFilter, check_filter

    filt = StatementFilter(
        speaker=speaker,
        text=text,
        since=parse_day(since, "--since"),
        until=parse_day(until, "--until"),
        published_since=parse_day(published_since, "--published-since"),
        published_until=parse_day(published_until, "--published-until"),
        outlet=outlet,
        status=status,
        claim_id=claim,
        kind=kind,
        language=language,
        sort=sort,
    )
    try:
        check_filter(filt)
    except ValueError as error:
        fail(str(error))
    return filt


def register(root: typer.Typer) -> None:
    root.command("statements")(statements)


def statements(
    ctx: typer.Context,
    speaker: Speaker = None,
    text: Text = None,
    since: Since = None,
    until: Until = None,
    published_since: PubSince = None,
    published_until: PubUntil = None,
    outlet: OutletOpt = None,
    status: Status = None,
    claim: ClaimOpt = None,
    kind: Kind = None,
    language: Language = None,
    sort: Sort = "-said_on",
    limit: Annotated[int, typer.Option("--limit", min=1, help="At most this many statements.")] = 50,
    output: Annotated[ListFormat, typer.Option("--format", "-f", help="Output format.")] = ListFormat.table,
) -> None:
    """Search stored statements by speaker, text, date, outlet, review status or claim."""
    from tracker.export import ExportOptions, entry
    from tracker.export import write as export_write
    from tracker.services.search import count_statements, fulltext_warning, search_statements

    filt = build_filter(
        speaker=speaker,
        text=text,
        since=since,
        until=until,
        published_since=published_since,
        published_until=published_until,
        outlet=outlet,
        status=status,
        claim=claim,
        kind=kind,
        language=language,
        sort=sort,
    )
    with store_for(ctx) as store, store.sessions.begin() as session:
        if text and (warning := fulltext_warning(session)):
            typer.echo(safe(warning), err=True)
        views = search_statements(session, filt, limit=limit)
        total = count_statements(session, filt) if output is ListFormat.table else len(views)
    if output is ListFormat.jsonl:
        from tracker.cli.common import echo_jsonl

        echo_jsonl(entry(v) for v in views)
    elif output is ListFormat.csv:
        export_write(views, sys.stdout, "csv", ExportOptions())
    else:
        _table(views, total)


def _table(views, total: int) -> None:  # type: ignore[no-untyped-def]
    rows = []
    fallback = False
    for v in views:
        when = v.said_on_iso() or "—"
        if v.date_from_article:
            when += " *"
            fallback = True
        speaker = v.speaker_name + (f" ({v.role})" if v.role else "")
        claim = f"#{v.claim_id} ×{v.claim_appearances}" if v.claim_id is not None else ""
        checks = "; ".join(v.fact_checks)
        rows.append([v.id, when, speaker, v.content, v.outlet or "", v.review_status, claim, checks])
    title = f"{len(views)} of {total} statements"
    print_table(
        ["id", "said on", "speaker", "content", "outlet", "status", "claim", "fact-checks"], rows, title
    )
    if fallback:
        typer.echo("* the statement gives no date: the article's publication date is shown (and filtered on)")
