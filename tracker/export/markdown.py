"""Markdown export: a readable citation list grouped by speaker (default) or by claim.

Hand-written: no library writes Markdown citation lists, and the format is a few lines.
Text from articles is escaped so that a ``*`` or ``[`` in a quote cannot change the
layout, and newlines inside a field are folded so each entry stays one list item.
Inside a claim its first appearance comes first.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import groupby
from typing import TYPE_CHECKING, TextIO

from tracker.export.fields import ExportOptions, day, grouped, review_line, speaker_label

if TYPE_CHECKING:
    from tracker.services.search import StatementView

MD_SPECIAL_RE = re.compile(r"([\\`*_\[\]{}<>#|!~])")
NEWLINES_RE = re.compile(r"\s*[\r\n]+\s*")


def md(text: str | None) -> str:
    return MD_SPECIAL_RE.sub(r"\\\1", NEWLINES_RE.sub(" ", text or ""))


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def _heading(view: StatementView, group_by: str) -> str:
    if group_by == "claim":
        if view.claim_id is None:
            return f"Statement {view.id} (no repeated claim)"
        return f"Claim {view.claim_id}: {md(view.claim_text or view.content)} ({view.claim_appearances} appearances)"
    return md(speaker_label(view))


def _item(view: StatementView, group_by: str) -> str:
    when = view.said_on_iso() or "undated"
    if view.date_from_article:
        when += " (article date)"
    else:
        when += f" ({view.said_on_precision or 'day'})"
    who = "" if group_by == "speaker" else md(view.speaker_name) + ": "
    role = f" — {md(view.role)}" if view.role else ""
    lines = [f"- {who}«{md(view.content)}» — {view.kind}, {when}{role}"]
    if view.direct_quotes:
        lines.append("  - Quoted: " + " · ".join(f"«{md(q)}»" for q in view.direct_quotes))
    source = f"*{md(view.article_title or 'untitled')}*"
    if view.outlet:
        source += f", {md(view.outlet)}"
    if view.published_at:
        source += f", {day(view.published_at)}"
    if view.article_url:
        source += f". <{view.article_url.replace('>', '%3E')}>"
    if view.ingested_at:
        source += f" (accessed {day(view.ingested_at)})"
    if view.archive_url:
        source += f", archived <{view.archive_url.replace('>', '%3E')}>"
    lines.append(f"  - Source: {source}")
    lines.append(f"  - {_upper_first(md(review_line(view)))}")
    for check in view.fact_checks:
        lines.append(f"  - {_upper_first(md(check))}")
    lines.append(f"  - Statement {view.id}")
    return "\n".join(lines)


def write(views: Iterable[StatementView], out: TextIO, options: ExportOptions) -> None:
    group_by = options.group_by or "speaker"
    ordered = grouped(views, group_by)
    key = (lambda v: v.speaker_name) if group_by == "speaker" else (lambda v: v.claim_id or -v.id)
    out.write("# Statements\n")
    for _, members in groupby(ordered, key=key):
        members = list(members)
        out.write(f"\n## {_heading(members[0], group_by)}\n\n")
        out.write("\n".join(_item(v, group_by) for v in members) + "\n")
