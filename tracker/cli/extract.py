"""``tracker extract``: statements of articles, printed without touching any database."""

from __future__ import annotations

import json
from enum import StrEnum
from typing import Annotated

import typer

from tracker.cli.common import echo_jsonl, print_table, safe
from tracker.extract import extract_statements
from tracker.extract.output import extraction_json


class ExtractFormat(StrEnum):
    jsonl = "jsonl"
    json = "json"
    table = "table"


def register(root: typer.Typer) -> None:
    root.command("extract")(extract)


def extract(
    paths: Annotated[list[str], typer.Argument(help="Files, folders, or - for standard input.")],
    output: Annotated[
        ExtractFormat, typer.Option("--format", "-f", help="Output format.")
    ] = ExtractFormat.table,
    input_format: Annotated[
        str, typer.Option("--input-format", help="auto, text, html, json, jsonl or rss.")
    ] = "auto",
    language: Annotated[str | None, typer.Option("--language", help="auto, ar or en.")] = None,
) -> None:
    """Extract attributed statements (speaker, cue, content, date) and print them; no database."""
    from tracker.ingest import ReadFailure, read_paths

    failures = 0
    results = []
    for item in read_paths(
        paths, fmt=input_format, language=None if language in (None, "auto") else language
    ):
        if isinstance(item, ReadFailure):
            failures += 1
            typer.echo(f"error: {safe(item.message())}", err=True)
            continue
        doc = extraction_json(item, extract_statements(item))
        if output is ExtractFormat.jsonl:
            echo_jsonl([doc])
        else:
            results.append(doc)
    if output is ExtractFormat.json:
        typer.echo(json.dumps(results, ensure_ascii=False, indent=2))
    elif output is ExtractFormat.table:
        for doc in results:
            _print_article_table(doc)
    if failures:
        raise typer.Exit(1)


def _print_article_table(doc: dict) -> None:
    article = doc["article"]
    title = f"{article.get('title') or doc['source']} — {article.get('published') or 'undated'}"
    rows = []
    for number, st in enumerate(doc["statements"], 1):
        speaker = st["speaker"]
        date = st["said_on"] or "—"
        rows.append(
            [
                number,
                speaker["name"],
                speaker.get("role") or "",
                st["cue"],
                st["content"],
                f"{date} ({st['date_basis']})",
            ]
        )
    print_table(["#", "speaker", "role", "cue", "content", "said on"], rows, title=title)
