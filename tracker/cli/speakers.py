"""``tracker speakers ...``: search, show, merge, split, alias, add and suggest-merges.

``tracker speakers QUERY`` searches (the group falls back to ``search`` when its first
word is not a subcommand), so ``tracker speakers Zakharova`` and
``tracker speakers show 12`` both read naturally. Thin: parse, open a session, call
:mod:`tracker.services.speakers`, print through ``safe()``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any

import typer
from typer.core import TyperGroup

from tracker.cli.common import TableOrJsonl, echo_jsonl, fail, print_table, reviewer_name, safe, store_for

if TYPE_CHECKING:  # recent Typer releases no longer install Click: the type is only named here
    import click


class QueryOrCommandGroup(TyperGroup):
    """A group whose bare arguments mean ``search``: ``tracker speakers Zakharova``."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        first = args[0] if args else None
        if first is None or (first not in self.commands and first not in ("--help", "-h")):
            args = ["search", *args]
        return super().parse_args(ctx, args)


speakers_app = typer.Typer(
    cls=QueryOrCommandGroup,
    help="Speakers: search in any script, show, merge/split, aliases, merge suggestions.",
    no_args_is_help=False,
)

Format = Annotated[TableOrJsonl, typer.Option("--format", "-f", help="table or jsonl.")]
ExpectVersion = Annotated[
    int | None, typer.Option("--expect-version", help="Fail if the speaker changed since this version.")
]


def register(root: typer.Typer) -> None:
    root.add_typer(speakers_app, name="speakers")


def _guard(error: Exception) -> typer.Exit:
    from tracker.services.speakers import SpeakerConflict, SpeakerError

    if isinstance(error, SpeakerConflict):
        return fail(f"conflict: {error}", code=2)
    if isinstance(error, SpeakerError):
        return fail(str(error))
    raise error


@speakers_app.command("search")
def search(
    ctx: typer.Context,
    query: Annotated[
        str | None, typer.Argument(help="A name in any script or spelling; none lists speakers.")
    ] = None,
    output: Format = TableOrJsonl.table,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="At most this many speakers.")] = 20,
) -> None:
    """Find speakers by name, surname, alias or transliteration, best match first."""
    from tracker.services.speakers import search_speakers

    with store_for(ctx) as store, store.sessions.begin() as session:
        hits = search_speakers(session, query or "", limit=limit)
    rows = [
        {
            "id": h.speaker_id,
            "name": h.name,
            "latin_name": h.latin_name,
            "kind": h.kind,
            "qid": h.external_id,
            "score": h.score if query else None,
            "matched": h.matched or None,
        }
        for h in hits
    ]
    if output is TableOrJsonl.jsonl:
        echo_jsonl(rows)
        return
    if not rows:
        typer.echo("no speakers found" if query else "no speakers yet")
        return
    print_table(
        ["id", "name", "latin name", "kind", "qid", "score", "matched alias"],
        [
            [
                r["id"],
                r["name"],
                r["latin_name"] or "",
                r["kind"],
                r["qid"] or "",
                r["score"] or "",
                r["matched"] or "",
            ]
            for r in rows
        ],
        title=f"speakers matching {safe(query)!r}" if query else "speakers",
    )


def _detail_json(detail: Any) -> dict[str, Any]:
    return {
        "id": detail.id,
        "name": detail.name,
        "latin_name": detail.latin_name,
        "kind": detail.kind,
        "qid": detail.external_id,
        "version": detail.version,
        "merged_into": detail.merged_into_id,
        "aliases": [
            {"alias": a.alias, "kind": a.kind, "source": a.source, "script": a.script} for a in detail.aliases
        ],
        "roles": [
            {
                "title": r.title,
                "organization": r.organization,
                "first_seen": r.first_seen,
                "last_seen": r.last_seen,
            }
            for r in detail.roles
        ],
        "statements_by_month": dict(detail.months),
        "merges": [
            {"merge_id": m.merge_id, "merged_id": m.merged_id, "name": m.merged_name} for m in detail.merges
        ],
        "merge_suggestions": [
            {
                "speaker_id": s.second_id if s.first_id == detail.id else s.first_id,
                "score": s.score,
                "matched": s.matched,
            }
            for s in detail.suggestions
        ],
    }


@speakers_app.command("show")
def show(
    ctx: typer.Context,
    speaker_id: Annotated[int, typer.Argument(metavar="ID")],
    output: Format = TableOrJsonl.table,
) -> None:
    """A speaker's aliases, roles over time, statements per month and merge suggestions."""
    from tracker.services.speakers_detail import speaker_detail

    with store_for(ctx) as store, store.sessions.begin() as session:
        try:
            detail = speaker_detail(session, speaker_id)
        except Exception as error:
            raise _guard(error) from error
    if output is TableOrJsonl.jsonl:
        echo_jsonl([_detail_json(detail)])
        return
    merged = f"  (merged into {detail.merged_into_id})" if detail.merged_into_id else ""
    typer.echo(safe(f"#{detail.id} {detail.name} [{detail.kind}] version {detail.version}{merged}"))
    if detail.latin_name or detail.external_id:
        typer.echo(safe(f"  latin: {detail.latin_name or '-'}   wikidata: {detail.external_id or '-'}"))
    print_table(
        ["alias", "kind", "source", "script"],
        [[a.alias, a.kind, a.source, a.script] for a in detail.aliases],
        title="aliases",
    )
    if detail.roles:
        print_table(
            ["role", "organisation", "first seen", "last seen"],
            [[r.title, r.organization or "", r.first_seen or "", r.last_seen or ""] for r in detail.roles],
            title="roles over time",
        )
    print_table(["month", "statements"], list(detail.months), title=f"{detail.statement_count} statements")
    if detail.merges:
        print_table(
            ["merge", "merged speaker", "name"],
            [[m.merge_id, m.merged_id, m.merged_name] for m in detail.merges],
            title="merged in",
        )
    if detail.suggestions:
        print_table(
            ["speaker", "name", "score", "matched"],
            [
                [
                    s.second_id if s.first_id == detail.id else s.first_id,
                    s.second_name if s.first_id == detail.id else s.first_name,
                    s.score,
                    s.matched,
                ]
                for s in detail.suggestions
            ],
            title="possibly the same (not merged)",
        )


@speakers_app.command("merge")
def merge(
    ctx: typer.Context,
    kept_id: Annotated[int, typer.Argument(metavar="KEEP_ID")],
    merged_id: Annotated[int, typer.Argument(metavar="MERGE_ID")],
    expect_kept: Annotated[
        int | None, typer.Option("--expect-version", help="Version of KEEP_ID you saw.")
    ] = None,
    expect_merged: Annotated[
        int | None, typer.Option("--expect-merged-version", help="Version of MERGE_ID.")
    ] = None,
) -> None:
    """Merge the second speaker into the first (reversible with `tracker speakers split`)."""
    from tracker.services.speakers import merge_speakers

    with store_for(ctx) as store:
        try:
            with store.sessions.begin() as session:
                record = merge_speakers(
                    session,
                    kept_id,
                    merged_id,
                    merged_by=reviewer_name(ctx),
                    expected_versions=(expect_kept, expect_merged),
                )
                merge_id, moved = record.id, len(record.statement_ids)
        except Exception as error:
            raise _guard(error) from error
    typer.echo(
        f"merged speaker {merged_id} into {kept_id} (merge {merge_id}, {moved} statements moved); "
        f"undo with: tracker speakers split m{merge_id}"
    )


@speakers_app.command("split")
def split(
    ctx: typer.Context,
    target: Annotated[
        str,
        typer.Argument(
            metavar="MERGE_ID_OR_SPEAKER_ID", help="m12 = merge 12; 12 = the latest merge of/into speaker 12."
        ),
    ],
    expect_version: ExpectVersion = None,
) -> None:
    """Undo a merge exactly: the statements, aliases and roles it moved go back."""
    from tracker.services.speakers import split_speaker

    text = target.strip().lower()
    is_merge = text.startswith("m")
    number = text[1:] if is_merge else text
    if not number.isdigit():
        fail(f"{target!r} is neither a speaker id (12) nor a merge id (m12)")
    with store_for(ctx) as store:
        try:
            with store.sessions.begin() as session:
                record = split_speaker(
                    session,
                    merge_id=int(number) if is_merge else None,
                    speaker_id=None if is_merge else int(number),
                    expected_version=expect_version,
                )
                kept, merged_id, merge_id = record.kept_id, record.merged_id, record.id
        except Exception as error:
            raise _guard(error) from error
    typer.echo(f"split speaker {merged_id} from {kept} (merge {merge_id} undone)")


@speakers_app.command("alias")
def alias(
    ctx: typer.Context,
    speaker_id: Annotated[int, typer.Argument(metavar="ID")],
    name: Annotated[str, typer.Argument(metavar="NAME", help="Another name, in any script.")],
    expect_version: ExpectVersion = None,
) -> None:
    """Give a speaker another name (a spelling, a nickname, a transliteration)."""
    from tracker.services.speakers import add_alias

    with store_for(ctx) as store:
        try:
            with store.sessions.begin() as session:
                add_alias(session, speaker_id, name, expected_version=expect_version)
        except Exception as error:
            raise _guard(error) from error
    typer.echo(safe(f"speaker {speaker_id} is now also known as {name!r}"))


@speakers_app.command("add")
def add(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(metavar="NAME")],
    kind: Annotated[str, typer.Option("--kind", help="person, organization, group or media.")] = "person",
    latin: Annotated[str | None, typer.Option("--latin", help="The Latin-script name.")] = None,
    qid: Annotated[str | None, typer.Option("--qid", help="Wikidata QID, e.g. Q7747.")] = None,
    aliases: Annotated[list[str] | None, typer.Option("--alias", help="Another name (repeatable).")] = None,
) -> None:
    """Add your own speaker (with aliases), so extraction and search know them."""
    from tracker.services.speakers import add_speaker

    if kind not in ("person", "organization", "group", "media"):
        fail(f"unknown kind {kind!r}")
    with store_for(ctx) as store:
        try:
            with store.sessions.begin() as session:
                speaker = add_speaker(
                    session, name, kind=kind, latin_name=latin, external_id=qid, aliases=tuple(aliases or ())
                )
                speaker_id = speaker.id
        except Exception as error:
            raise _guard(error) from error
    typer.echo(safe(f"added speaker {speaker_id}: {name}"))


@speakers_app.command("suggest-merges")
def suggest(
    ctx: typer.Context,
    speaker_id: Annotated[
        int | None, typer.Argument(metavar="[ID]", help="Only suggestions for this speaker.")
    ] = None,
    output: Format = TableOrJsonl.table,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1)] = 20,
) -> None:
    """Pairs of speakers that look like the same entity, with a score. Nothing is merged."""
    from tracker.services.speakers import suggest_merges

    with store_for(ctx) as store, store.sessions.begin() as session:
        try:
            found = suggest_merges(session, speaker_id, limit=limit)
        except Exception as error:
            raise _guard(error) from error
    rows = [
        {
            "first_id": s.first_id,
            "first_name": s.first_name,
            "second_id": s.second_id,
            "second_name": s.second_name,
            "score": s.score,
            "matched": s.matched,
        }
        for s in found
    ]
    if output is TableOrJsonl.jsonl:
        echo_jsonl(rows)
        return
    if not rows:
        typer.echo("no merge suggestions")
        return
    print_table(
        ["id", "name", "id", "name", "score", "matched"],
        [
            [r["first_id"], r["first_name"], r["second_id"], r["second_name"], r["score"], r["matched"]]
            for r in rows
        ],
        title="possible duplicates (merge with: tracker speakers merge KEEP_ID MERGE_ID)",
    )
