"""``tracker link``, ``claims``, ``cluster`` and ``match`` through the real command line."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from tests.builders import add_article, make_statement_record
from tracker.cli import app
from tracker.models import ClaimLink, StatementTerm

FUEL = "وزير المالية يعلن خفض الضرائب على الوقود"
FUEL_AGAIN = "أعلن وزير المالية خفض الضرائب على الوقود"
FUEL_DENIED = "وزير المالية لا يعلن خفض الضرائب على الوقود"


def run(db_url: str, *args: str, reviewer: str = "amal"):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(app, ["--db", db_url, "--reviewer", reviewer, *args])


@pytest.fixture
def seeded(store, db_url: str) -> list[int]:  # type: ignore[no-untyped-def]
    """Three statements stored without linking, so `tracker link` has the work to do."""
    ids: list[int] = []
    with store.sessions.begin() as session:
        for n, content in enumerate((FUEL, FUEL_AGAIN, FUEL_DENIED)):
            text = f"قال المتحدث إن {content}."
            record = make_statement_record(
                text, content, speaker="هادي سليم", cue="قال", said_on=date(2025, 5, n + 1)
            )
            ids += add_article(session, text, [record], url=f"https://cli.test/{n}", link=False).statement_ids
    return ids


def _claims(db_url: str) -> list[dict]:
    result = run(db_url, "claims", "--format", "jsonl")
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_link_then_list_show_and_decide(seeded, store, db_url: str) -> None:  # type: ignore[no-untyped-def]
    assert _claims(db_url) == []
    result = run(db_url, "link")
    assert result.exit_code == 0, result.output
    assert "linked 3 statements" in result.stdout
    (claim,) = _claims(db_url)
    assert (claim["appearances"], claim["variants"], claim["text"]) == (3, 1, FUEL)
    shown = run(db_url, "claims", "show", str(claim["claim"]), "--format", "jsonl")
    timeline = [json.loads(line) for line in shown.stdout.splitlines()]
    assert [(t["statement"], t["relation"]) for t in timeline] == [
        (seeded[0], "same"),
        (seeded[1], "same"),
        (seeded[2], "variant"),
    ]
    assert timeline[2]["difference"]["negation"] is True
    table = run(db_url, "claims", "show", str(claim["claim"]))
    assert table.exit_code == 0
    assert "Timeline" in table.stdout
    variant = timeline[2]
    stale = run(
        db_url, "claims", "confirm", str(variant["link"]), "--expect-version", str(variant["version"] + 5)
    )
    assert stale.exit_code == 2
    assert "conflict" in stale.output
    done = run(db_url, "claims", "confirm", str(variant["link"]), "--expect-version", str(variant["version"]))
    assert done.exit_code == 0, done.output
    assert "confirmed by amal" in done.stdout
    with store.sessions.begin() as session:
        assert session.get(ClaimLink, variant["link"]).decided_by == "amal"
    assert run(db_url, "claims", "show", "999999").exit_code == 1
    assert run(db_url, "claims", "reject", "999999").exit_code == 1


def test_split_merge_and_rebuild(seeded, store, db_url: str) -> None:  # type: ignore[no-untyped-def]
    assert run(db_url, "link").exit_code == 0
    split = run(db_url, "claims", "split", str(seeded[1]))
    assert split.exit_code == 0, split.output
    assert len(_claims(db_url)) == 2
    first, second = sorted(c["claim"] for c in _claims(db_url))
    merged = run(db_url, "claims", "merge", str(first), str(second))
    assert merged.exit_code == 0, merged.output
    rebuilt = run(db_url, "link", "--rebuild")
    assert rebuilt.exit_code == 0, rebuilt.output
    (claim,) = _claims(db_url)
    assert claim["claim"] == first
    assert claim["appearances"] == 3
    with store.sessions.begin() as session:
        decided = session.scalars(
            select(ClaimLink).where(ClaimLink.statement_id == seeded[1], ClaimLink.status == "confirmed")
        ).one()
        assert decided.decided_by == "amal"


def test_split_and_merge_check_the_claim_version(seeded, store, db_url: str) -> None:  # type: ignore[no-untyped-def]
    assert run(db_url, "link").exit_code == 0
    (claim,) = _claims(db_url)
    shown = run(db_url, "claims", "show", str(claim["claim"]), "--format", "jsonl")
    timeline = [json.loads(line) for line in shown.stdout.splitlines()]
    assert {t["claim_version"] for t in timeline} == {claim["version"]}
    # A colleague confirms a link of the claim: the version the first reviewer saw is stale.
    assert run(db_url, "claims", "confirm", str(timeline[0]["link"]), reviewer="lina").exit_code == 0
    stale = run(db_url, "claims", "split", str(seeded[1]), "--expect-version", str(claim["version"]))
    assert stale.exit_code == 2
    assert "conflict" in stale.output
    assert f"you had version {claim['version']}" in stale.output
    assert len(_claims(db_url)) == 1  # nothing was split
    (now,) = _claims(db_url)
    split = run(db_url, "claims", "split", str(seeded[1]), "--expect-version", str(now["version"]))
    assert split.exit_code == 0, split.output
    versions = {c["claim"]: c["version"] for c in _claims(db_url)}
    keep, other = sorted(versions)

    def merge(merged_version: int):  # type: ignore[no-untyped-def]
        return run(
            db_url, "claims", "merge", str(keep), str(other), "--expect-version", str(versions[keep]),
            "--expect-merged-version", str(merged_version),
        )  # fmt: skip

    stale = merge(versions[other] - 1)
    assert stale.exit_code == 2
    assert "conflict" in stale.output
    assert len(_claims(db_url)) == 2  # nothing was merged
    merged = merge(versions[other])
    assert merged.exit_code == 0, merged.output
    assert len(_claims(db_url)) == 1
    gone = run(db_url, "claims", "split", "999999", "--expect-version", "1")
    assert gone.exit_code == 1


def test_claims_filters_on_the_command_line(seeded, db_url: str) -> None:  # type: ignore[no-untyped-def]
    run(db_url, "link")
    assert len(_claims(db_url)) == 1
    for args, count in (
        (["--min-appearances", "4"], 0),
        (["--speaker", "هادي سليم"], 1),
        (["--speaker", "غيره"], 0),
        (["--since", "2025-06-01"], 0),
        (["--until", "2025-05-01"], 1),
    ):
        result = run(db_url, "claims", "--format", "jsonl", *args)
        assert result.exit_code == 0, result.output
        assert len(result.stdout.splitlines()) == count, args
    assert run(db_url, "claims", "--since", "yesterday").exit_code != 0


def test_match_prints_scored_hits(seeded, db_url: str) -> None:  # type: ignore[no-untyped-def]
    run(db_url, "link")
    result = run(db_url, "match", "خفض الضرائب على الوقود يعلنه وزير المالية", "--format", "jsonl")
    assert result.exit_code == 0, result.output
    hits = [json.loads(line) for line in result.stdout.splitlines()]
    assert hits[0]["kind"] in {"claim", "statement"}
    assert hits[0]["score"] >= 75
    assert run(db_url, "match", "\x1b[31mنص\x1b[0m").exit_code == 0


def test_cluster_reads_lines_and_json_lines(tmp_path: Path) -> None:
    path = tmp_path / "claims.txt"
    path.write_text(
        "\n".join(
            [
                FUEL,
                json.dumps({"text": FUEL_AGAIN}, ensure_ascii=False),
                "",
                FUEL_DENIED,
                "ارتفاع أسعار الذهب في الأسواق العالمية",
            ]
        ),
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["cluster", str(path)])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [set(r) for r in rows] == [{"line", "text", "claim", "score", "relation"}] * 4
    assert [(r["line"], r["claim"], r["relation"]) for r in rows] == [
        (1, 1, "same"),
        (2, 1, "same"),
        (4, 1, "variant"),
        (5, 5, "same"),
    ]
    assert rows[1]["text"] == FUEL_AGAIN


def test_cluster_fails_loudly_on_bad_input(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "نص"}\n{"txt": 1}\n', encoding="utf-8")
    result = CliRunner().invoke(app, ["cluster", str(bad)])
    assert result.exit_code == 1
    assert "bad.jsonl, line 2" in result.output
    missing = CliRunner().invoke(app, ["cluster", str(tmp_path / "nope.txt")])
    assert missing.exit_code == 1
    assert "cannot read" in missing.output


def _partition(store) -> tuple[set[frozenset[int]], dict[int, str]]:  # type: ignore[no-untyped-def]
    with store.sessions.begin() as session:
        rows = session.execute(
            select(ClaimLink.claim_id, ClaimLink.statement_id, ClaimLink.relation).where(
                ClaimLink.status != "rejected"
            )
        ).all()
    groups: dict[int, set[int]] = {}
    for claim_id, statement_id, _ in rows:
        groups.setdefault(claim_id, set()).add(statement_id)
    return {frozenset(g) for g in groups.values()}, {sid: relation for _, sid, relation in rows}


def test_bulk_linking_decides_like_one_by_one_and_keeps_decisions(seeded, store, db_url: str) -> None:  # type: ignore[no-untyped-def]
    with store.sessions.begin() as session:
        text = "قالت الوزارة إن ارتفاع أسعار الذهب في الأسواق العالمية."
        record = make_statement_record(
            text, "ارتفاع أسعار الذهب في الأسواق العالمية", speaker="وزارة", cue="قالت"
        )
        add_article(session, text, [record], url="https://cli.test/gold", link=False)
    assert run(db_url, "link", "--one-by-one").exit_code == 0
    one_by_one = _partition(store)
    assert len(one_by_one[0]) == 2
    rebuilt = run(db_url, "link", "--rebuild", "--bulk")
    assert rebuilt.exit_code == 0, rebuilt.output
    assert _partition(store) == one_by_one
    # A person splits a statement out; a bulk rebuild keeps it out, the rest stays together.
    assert run(db_url, "claims", "split", str(seeded[2])).exit_code == 0
    assert run(db_url, "link", "--rebuild", "--bulk").exit_code == 0
    groups, _ = _partition(store)
    assert frozenset({seeded[2]}) in groups
    assert frozenset({seeded[0], seeded[1]}) in groups
    claims = _claims(db_url)
    assert sorted(c["appearances"] for c in claims) == [1, 1, 2]
    with store.sessions.begin() as session:
        # Every linked statement is indexed once.
        indexed = session.scalars(select(StatementTerm.statement_id).distinct()).all()
        assert sorted(indexed) == sorted([*seeded, max(indexed)])
