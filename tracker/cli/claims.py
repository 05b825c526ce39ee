"""``tracker link``, ``tracker claims ...``, ``tracker cluster`` and ``tracker match``.

Thin: parse, open a session, call :mod:`tracker.services.claims` (or, for ``cluster``,
the pure :mod:`tracker.linking`), print. Everything printed passes through ``safe()``.
"""

from __future__ import annotations

import json
import sys
from datetime import date, datetime
from pathlib import Path
from typing import Annotated, Any

import typer

from tracker.cli.common import TableOrJsonl, echo_jsonl, fail, print_table, reviewer_name, safe, store_for

claims_app = typer.Typer(help="Repeated claims: list, show, and review their links.", no_args_is_help=False)


def register(root: typer.Typer) -> None:
    root.command("link")(link)
    root.command("cluster")(cluster)
    root.command("match")(match)
    root.add_typer(claims_app, name="claims")


def _day(value: datetime | None) -> date | None:
    return value.date() if value else None


DateOption = Annotated[datetime | None, typer.Option(formats=["%Y-%m-%d"], help="YYYY-MM-DD")]


def _progress(total: int) -> Any:
    """A rich progress bar on a terminal; a no-op elsewhere (pipes, tests)."""
    if not sys.stderr.isatty():
        return None
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    progress = Progress(
        "linking", BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(), console=Console(stderr=True)
    )
    progress.start()
    progress.add_task("link", total=total)
    return progress


def link(
    ctx: typer.Context,
    rebuild: Annotated[
        bool, typer.Option("--rebuild", help="Start over: drop automatic links (human decisions stay).")
    ] = False,
    bulk: Annotated[
        bool | None,
        typer.Option(
            "--bulk/--one-by-one", help="Decide in memory and write in bulk (default: when many wait)."
        ),
    ] = None,
    window_days: Annotated[
        int | None, typer.Option("--window-days", help="Only link automatically within this many days.")
    ] = None,
) -> None:
    """Link statements not yet linked to the claims they repeat."""
    from tracker.linking.decide import LinkRules
    from tracker.services.claims import DEFAULT_RULES, pending_ids, reset_links
    from tracker.services.pipeline import link_statement_ids

    rules = DEFAULT_RULES if window_days is None else LinkRules(window_days=window_days)
    with store_for(ctx) as store:
        if rebuild:
            with store.sessions.begin() as session:
                dropped = reset_links(session)
            typer.echo(f"dropped {dropped} automatic links")
        with store.sessions.begin() as session:
            pending = pending_ids(session)
        progress = _progress(len(pending))
        advance = (lambda n: progress.advance(progress.task_ids[0], n)) if progress is not None else None
        try:
            link_statement_ids(store, pending, rules=rules, bulk=bulk, progress=advance)
        finally:
            if progress is not None:
                progress.stop()
    typer.echo(f"linked {len(pending)} statements")


@claims_app.callback(invoke_without_command=True)
def claims(
    ctx: typer.Context,
    min_appearances: Annotated[int, typer.Option("--min-appearances", min=1)] = 1,
    speaker: Annotated[str | None, typer.Option("--speaker", help="Only claims this speaker made.")] = None,
    since: DateOption = None,
    until: DateOption = None,
    limit: Annotated[int | None, typer.Option("--limit", min=1)] = None,
    output: Annotated[TableOrJsonl, typer.Option("--format")] = TableOrJsonl.table,
) -> None:
    """List claims, the most repeated first (subcommands: show, confirm, reject, split, merge)."""
    if ctx.invoked_subcommand is not None:
        return
    from tracker.services.claims import list_claims

    with store_for(ctx) as store, store.sessions.begin() as session:
        rows = list_claims(
            session,
            min_appearances=min_appearances,
            speaker=speaker,
            since=_day(since),
            until=_day(until),
            limit=limit,
        )
    if output is TableOrJsonl.jsonl:
        echo_jsonl(
            {
                "claim": r.claim_id,
                "text": r.text,
                "first_seen": r.first_seen,
                "appearances": r.appearances,
                "outlets": r.outlets,
                "variants": r.variants,
                "misquotes": r.misquotes,
                "version": r.version,
            }
            for r in rows
        )
        return
    print_table(
        ["claim", "first seen", "appearances", "outlets", "variants", "misquotes", "text"],
        (
            [r.claim_id, r.first_seen or "", r.appearances, r.outlets, r.variants, r.misquotes, r.text]
            for r in rows
        ),
        title="Claims",
    )


@claims_app.command("show")
def show(
    ctx: typer.Context,
    claim_id: Annotated[int, typer.Argument(metavar="ID")],
    output: Annotated[TableOrJsonl, typer.Option("--format")] = TableOrJsonl.table,
) -> None:
    """A claim's timeline: date, outlet, speaker and wording of each appearance, variants, misquotes."""
    from tracker.services.claims import claim_detail

    with store_for(ctx) as store, store.sessions.begin() as session:
        detail = claim_detail(session, claim_id)
    if detail is None:
        fail(f"no claim {claim_id}")
    rows = detail.appearances
    if output is TableOrJsonl.jsonl:
        echo_jsonl(
            {
                "link": a.link_id,
                "version": a.link_version,
                "claim_version": detail.summary.version,
                "statement": a.statement_id,
                "date": a.day,
                "outlet": a.outlet,
                "speaker": a.speaker,
                "wording": a.wording,
                "relation": a.relation,
                "status": a.status,
                "score": a.score,
                "difference": a.difference,
                "decided_by": a.decided_by,
            }
            for a in rows
        )
        return
    s = detail.summary
    typer.echo(safe(f"claim {s.claim_id} (version {s.version}): {s.text}"))
    typer.echo(f"first seen {s.first_seen or 'unknown'}; {s.appearances} appearances in {s.outlets} outlets")
    print_table(
        ["link", "date", "outlet", "speaker", "relation", "status", "score", "wording", "difference"],
        (
            [
                a.link_id,
                a.day or "",
                a.outlet or "",
                a.speaker,
                a.relation,
                a.status,
                a.score,
                a.wording,
                json.dumps(a.difference, ensure_ascii=False) if a.difference else "",
            ]
            for a in rows
        ),
        title="Timeline",
    )


def _decide_link(ctx: typer.Context, link_id: int, expect_version: int | None, action: str) -> None:
    from tracker.services.claims import ClaimConflict, ClaimError, confirm_link, reject_link

    operation = confirm_link if action == "confirm" else reject_link
    with store_for(ctx) as store:
        try:
            with store.sessions.begin() as session:
                state = operation(
                    session, link_id, reviewer=reviewer_name(ctx), expected_version=expect_version
                )
        except ClaimConflict as conflict:
            typer.echo(f"conflict: {safe(str(conflict))}", err=True)
            raise typer.Exit(2) from None
        except ClaimError as error:
            fail(str(error))
    typer.echo(safe(f"link {state.link_id}: {state.status} by {state.decided_by} (version {state.version})"))


ExpectVersion = Annotated[
    int | None, typer.Option("--expect-version", help="Fail with a conflict if the link changed since.")
]


@claims_app.command("confirm")
def confirm(
    ctx: typer.Context,
    link_id: Annotated[int, typer.Argument(metavar="LINK_ID")],
    expect_version: ExpectVersion = None,
) -> None:
    """Confirm that a statement belongs to its claim."""
    _decide_link(ctx, link_id, expect_version, "confirm")


@claims_app.command("reject")
def reject(
    ctx: typer.Context,
    link_id: Annotated[int, typer.Argument(metavar="LINK_ID")],
    expect_version: ExpectVersion = None,
) -> None:
    """Reject a link; the statement is linked again elsewhere (never to that claim)."""
    _decide_link(ctx, link_id, expect_version, "reject")


ExpectClaimVersion = Annotated[
    int | None,
    typer.Option(
        "--expect-version",
        help="The claim's version you saw (tracker claims show); fail with a conflict if it changed since.",
    ),
]


def _change_claims(ctx: typer.Context, change: Any) -> Any:
    """Run a split or merge in one transaction; a stale version exits 2 with the conflict."""
    from tracker.services.claims import ClaimChanged, ClaimError

    with store_for(ctx) as store:
        try:
            with store.sessions.begin() as session:
                return change(session)
        except ClaimChanged as conflict:
            typer.echo(f"conflict: {safe(str(conflict))}", err=True)
            raise typer.Exit(2) from None
        except ClaimError as error:
            fail(str(error))


@claims_app.command("split")
def split(
    ctx: typer.Context,
    statement_id: Annotated[int, typer.Argument(metavar="STATEMENT_ID")],
    expect_version: ExpectClaimVersion = None,
) -> None:
    """Move a statement out of its claim into a new claim of its own."""
    from tracker.services.claims import split_statement

    claim_id = _change_claims(
        ctx,
        lambda session: split_statement(
            session, statement_id, reviewer=reviewer_name(ctx), expected_version=expect_version
        ),
    )
    typer.echo(f"statement {statement_id} is now claim {claim_id}")


@claims_app.command("merge")
def merge(
    ctx: typer.Context,
    keep_id: Annotated[int, typer.Argument(metavar="CLAIM_ID", help="The claim that stays.")],
    other_id: Annotated[int, typer.Argument(metavar="CLAIM_ID", help="The claim merged into it.")],
    expect_version: ExpectClaimVersion = None,
    expect_merged_version: Annotated[
        int | None, typer.Option("--expect-merged-version", help="The same for the claim merged into it.")
    ] = None,
) -> None:
    """Merge the second claim into the first."""
    from tracker.services.claims import merge_claims

    moved = _change_claims(
        ctx,
        lambda session: merge_claims(
            session,
            keep_id,
            other_id,
            reviewer=reviewer_name(ctx),
            expected_versions=(expect_version, expect_merged_version),
        ),
    )
    typer.echo(f"merged claim {other_id} into {keep_id} ({moved} links moved)")


def _read_lines(path: Path) -> list[str]:
    """Claim texts: one per line, or JSON Lines with a "text" field (decided per line)."""
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        fail(f"{path}: cannot read: {error}")
    texts = []
    for number, line in enumerate(raw.splitlines(), start=1):
        stripped = line.strip()
        if stripped.startswith("{"):
            try:
                value = json.loads(stripped)
            except json.JSONDecodeError as error:
                fail(f"{path}, line {number}: invalid JSON: {error.msg}")
            if not isinstance(value, dict) or not isinstance(value.get("text"), str):
                fail(f'{path}, line {number}: a JSON line needs a string "text" field')
            stripped = value["text"]
        texts.append(stripped)
    return texts


def cluster(
    file: Annotated[Path, typer.Argument(help="One claim per line, or JSON Lines with a text field.")],
    output: Annotated[TableOrJsonl, typer.Option("--format")] = TableOrJsonl.jsonl,
) -> None:
    """Group claim texts that make the same claim, with no database (one JSON line per input)."""
    from tracker.linking import cluster_texts

    rows = cluster_texts(_read_lines(file))
    if output is TableOrJsonl.jsonl:
        echo_jsonl(row.as_json() for row in rows)
        return
    print_table(
        ["line", "claim", "score", "relation", "text"],
        ([r.line, r.claim, r.score, r.relation, r.text] for r in rows),
        title="Clusters",
    )


def match(
    ctx: typer.Context,
    text: Annotated[str, typer.Argument(help="The text to look for.")],
    limit: Annotated[int, typer.Option("--limit", min=1)] = 10,
    output: Annotated[TableOrJsonl, typer.Option("--format")] = TableOrJsonl.table,
) -> None:
    """Stored claims, statements and fact-checks most similar to a text, with scores."""
    from tracker.services.claims import match_text

    with store_for(ctx) as store, store.sessions.begin() as session:
        hits = match_text(session, text, limit)
    if output is TableOrJsonl.jsonl:
        echo_jsonl(
            {
                "kind": h.kind,
                "id": h.id,
                "score": h.score,
                "text": h.text,
                "claim": h.claim_id,
                "speaker": h.speaker,
                "date": h.day,
                "detail": h.detail,
            }
            for h in hits
        )
        return
    print_table(
        ["kind", "id", "score", "claim", "speaker", "date", "text"],
        ([h.kind, h.id, h.score, h.claim_id or "", h.speaker or "", h.day or "", h.text] for h in hits),
        title="Matches",
    )
