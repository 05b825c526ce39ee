"""``tracker export``: the statements a search finds, as a citation list in a chosen format."""

from __future__ import annotations

import sys
from contextlib import nullcontext
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from tracker.cli.common import fail, safe, store_for
from tracker.cli.statements import (
    ClaimOpt,
    Kind,
    Language,
    OutletOpt,
    PubSince,
    PubUntil,
    Since,
    Sort,
    Speaker,
    Status,
    Text,
    Until,
    build_filter,
)


class ExportFormat(StrEnum):
    csv = "csv"
    jsonl = "jsonl"
    md = "md"
    csl_json = "csl-json"
    bibtex = "bibtex"
    ris = "ris"
    claimreview = "claimreview"


class GroupBy(StrEnum):
    speaker = "speaker"
    claim = "claim"


def register(root: typer.Typer) -> None:
    root.command("export")(export)


def export(
    ctx: typer.Context,
    output_format: Annotated[
        ExportFormat, typer.Option("--format", "-f", help="Output format.")
    ] = ExportFormat.csv,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write here (default: standard output).")
    ] = None,
    group_by: Annotated[
        GroupBy | None, typer.Option("--group-by", help="Group entries by speaker or claim.")
    ] = None,
    bom: Annotated[
        bool, typer.Option("--bom", help="csv: start with a UTF-8 byte order mark (Excel).")
    ] = False,
    review_url: Annotated[
        str | None, typer.Option("--review-url", help="claimreview: URL template of review pages, with {id}.")
    ] = None,
    publisher: Annotated[
        str | None, typer.Option("--publisher", help="claimreview: the organisation publishing the reviews.")
    ] = None,
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
) -> None:
    """Export matching statements (all of them) as csv, jsonl, md, csl-json, bibtex, ris or claimreview."""
    from tracker.export import ExportOptions, write
    from tracker.services.search import fulltext_warning, iter_statements

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
    options = ExportOptions(
        group_by=group_by.value if group_by else None, bom=bom, review_url=review_url, publisher=publisher
    )
    try:
        # newline="" lets the csv module write its own CRLF line ends.
        target = output.open("w", encoding="utf-8", newline="") if output else nullcontext(sys.stdout)
    except OSError as error:
        fail(f"cannot write {output}: {error.strerror}")
    with store_for(ctx) as store, store.sessions.begin() as session, target as out:
        if text and (warning := fulltext_warning(session)):
            typer.echo(safe(warning), err=True)
        write(iter_statements(session, filt), out, output_format.value, options)
    if output:
        typer.echo(f"wrote {output}", err=True)
