"""``tracker ingest``: read articles, extract their statements and store them."""

from __future__ import annotations

import json
import sys
from datetime import datetime, tzinfo
from enum import StrEnum
from typing import Annotated, Self

import typer

from tracker.cli.common import fail, safe, store_for


class InputFormat(StrEnum):
    auto = "auto"
    text = "text"
    html = "html"
    json = "json"
    jsonl = "jsonl"
    rss = "rss"


class Language(StrEnum):
    auto = "auto"
    ar = "ar"
    en = "en"


def register(root: typer.Typer) -> None:
    root.command("ingest")(ingest)


def parse_timezone(value: str | None) -> tzinfo | None:
    if not value:
        return None
    from tracker.services.outlets import parse_zone

    try:
        return parse_zone(value)
    except ValueError as error:
        raise typer.BadParameter(str(error)) from None


def ingest(
    ctx: typer.Context,
    paths: Annotated[list[str], typer.Argument(help="Files, folders (recursive), or - for standard input.")],
    input_format: Annotated[InputFormat, typer.Option("--format", help="Input format.")] = InputFormat.auto,
    outlet: Annotated[str | None, typer.Option("--outlet", help="Outlet name for every article.")] = None,
    language: Annotated[Language, typer.Option("--language", help="Article language.")] = Language.auto,
    url: Annotated[str | None, typer.Option("--url", help="The article's URL (a single file).")] = None,
    tz: Annotated[
        str | None,
        typer.Option("--timezone", help="Zone for dates written without one (default UTC+03:00)."),
    ] = None,
    jobs: Annotated[
        int, typer.Option("--jobs", "-j", min=1, help="Processes for parsing and extraction.")
    ] = 1,
    as_json: Annotated[bool, typer.Option("--json", help="Print a machine-readable summary.")] = False,
) -> None:
    """Ingest articles: extract statements, resolve speakers, link repeated claims."""
    from tracker.services.pipeline import ingest_paths

    if url and len(paths) != 1:
        fail("--url applies to a single input file")
    zone = parse_timezone(tz)
    with store_for(ctx) as store, _Reporter(quiet=as_json) as reporter:
        if zone is None and outlet:
            from tracker.services.outlets import outlet_zone

            with store.sessions() as session:
                zone = outlet_zone(session, outlet)
        summary = ingest_paths(
            store,
            paths,
            fmt=input_format.value,
            language=None if language is Language.auto else language.value,
            outlet=outlet,
            url=url,
            default_tz=zone,
            jobs=jobs,
            on_item=reporter.item,
        )
    if as_json:
        typer.echo(json.dumps(summary.as_dict(), ensure_ascii=False))
    else:
        typer.echo(summary.line())
    if summary.failed:
        raise typer.Exit(1)


class _Reporter:
    """A rich progress bar on a terminal; plain lines when stderr is not one."""

    def __init__(self, quiet: bool) -> None:
        self.quiet = quiet
        self.interactive = sys.stderr.isatty() and not quiet
        self.progress = None
        self.count = 0
        self.started = datetime.now()

    def __enter__(self) -> Self:
        if self.interactive:
            from rich.console import Console
            from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            self.progress = Progress(
                SpinnerColumn(),
                TextColumn("{task.description}"),
                TextColumn("{task.completed} articles"),
                TimeElapsedColumn(),
                console=Console(stderr=True),
                transient=True,
            )
            self.progress.start()
            self.task = self.progress.add_task("ingesting", total=None)
        return self

    def __exit__(self, *exc: object) -> None:
        if self.progress is not None:
            self.progress.stop()

    def item(self, status: str, item: object) -> None:
        self.count += 1
        if status == "failed":
            typer.echo(f"error: {safe(item.message())}", err=True)  # type: ignore[attr-defined]
        if self.progress is not None:
            self.progress.update(self.task, completed=self.count, description=f"ingesting ({status})")
        elif not self.quiet and self.count % 1000 == 0:
            elapsed = (datetime.now() - self.started).total_seconds()
            typer.echo(f"... {self.count} articles in {elapsed:.0f} s", err=True)
