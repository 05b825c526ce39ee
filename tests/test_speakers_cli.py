"""``tracker speakers ...`` and ``tracker statements --speaker`` through the command line (CliRunner)."""

from __future__ import annotations

import json
from datetime import date

import pytest
from typer.testing import CliRunner

from tests.builders import add_article, make_statement_record
from tracker.cli import app
from tracker.db import open_store

runner = CliRunner()
ROLE = "الناطقة باسم الخارجية الروسية"


@pytest.fixture
def db(sqlite_url: str) -> str:
    """A store with one spokeswoman (three mentions) and one minister, written for these tests."""
    store = open_store(sqlite_url)
    text = (
        f"قالت {ROLE} ماريا زاخاروفا إن الحوار مستمر. وأضافت زاخاروفا أن الوفد جاهز. "
        f"وبحسب {ROLE} فإن الجولة المقبلة قريبة."
    )
    statements = [
        make_statement_record(
            text, "الحوار مستمر", speaker="ماريا زاخاروفا", role=ROLE, said_on=date(2025, 2, 14)
        ),
        make_statement_record(
            text,
            "الوفد جاهز",
            speaker="ماريا زاخاروفا",
            role=ROLE,
            mention="زاخاروفا",
            said_on=date(2025, 2, 14),
        ),
        make_statement_record(
            text,
            "الجولة المقبلة قريبة",
            speaker=ROLE,
            role=ROLE,
            mention=ROLE,
            cue="بحسب",
            said_on=date(2025, 3, 1),
        ),
    ]
    minister = "وقال وزير الدفاع السوري مرهف أبو قصرة إن العلاقات تتحسن."
    with store.sessions.begin() as session:
        add_article(session, text, statements, url="https://example.test/1")
        add_article(
            session,
            minister,
            [
                make_statement_record(
                    minister,
                    "العلاقات تتحسن",
                    speaker="مرهف أبو قصرة",
                    role="وزير الدفاع السوري",
                    said_on=date(2025, 2, 6),
                )
            ],
            url="https://example.test/2",
        )
    store.dispose()
    return sqlite_url


def run(db: str, *args: str) -> list[dict]:  # type: ignore[type-arg]
    result = runner.invoke(app, ["--db", db, *args])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def test_search_is_the_default_subcommand(db: str) -> None:
    rows = run(db, "speakers", "Zakharova", "--format", "jsonl")
    assert rows[0]["name"] == "ماريا زاخاروفا"
    assert rows[0]["latin_name"] == "Maria Zakharova"
    assert rows[0]["score"] == 100.0
    assert rows[0]["matched"] == "Zakharova"
    assert run(db, "speakers", "--format", "jsonl", "ابو قصره")[0]["name"] == "مرهف أبو قصرة"
    listed = run(db, "speakers", "--format", "jsonl", "--limit", "1")
    assert len(listed) == 1
    assert listed[0]["name"] == "ماريا زاخاروفا"  # most statements first


def test_statements_by_speaker_include_role_only_and_surname_mentions(db: str) -> None:
    rows = run(db, "statements", "--speaker", "Zakharova", "--format", "jsonl")
    assert sorted(r["content"] for r in rows) == ["الجولة المقبلة قريبة", "الحوار مستمر", "الوفد جاهز"]
    rows = run(db, "statements", "--speaker", "Abu Qasra", "--format", "jsonl")
    assert [(r["content"], r["said_on"]) for r in rows] == [("العلاقات تتحسن", "2025-02-06")]
    assert run(db, "statements", "--speaker", "Lukashenko", "--format", "jsonl") == []


def test_show_lists_aliases_roles_and_months(db: str) -> None:
    speaker_id = run(db, "speakers", "Zakharova", "--format", "jsonl")[0]["id"]
    detail = run(db, "speakers", "show", str(speaker_id), "--format", "jsonl")[0]
    assert {"Maria Zakharova", "زاخاروفا", ROLE} <= {a["alias"] for a in detail["aliases"]}
    assert detail["roles"] == [
        {
            "title": ROLE,
            "organization": "الخارجية الروسية",
            "first_seen": "2025-02-14",
            "last_seen": "2025-03-01",
        }
    ]
    assert detail["statements_by_month"] == {"2025-02": 2, "2025-03": 1}
    table = runner.invoke(app, ["--db", db, "speakers", "show", str(speaker_id)])
    assert table.exit_code == 0
    assert "roles over time" in table.stdout


def test_alias_add_merge_split_and_suggestions(db: str) -> None:
    speaker_id = run(db, "speakers", "Zakharova", "--format", "jsonl")[0]["id"]
    assert (
        runner.invoke(app, ["--db", db, "speakers", "alias", str(speaker_id), "M. V. Zakharova"]).exit_code
        == 0
    )
    added = runner.invoke(app, ["--db", db, "speakers", "add", "م. زاخاروفا", "--latin", "M. Zakharova"])
    assert added.exit_code == 0, added.output
    suggestions = run(db, "speakers", "suggest-merges", "--format", "jsonl")
    pair = next(s for s in suggestions if speaker_id in (s["first_id"], s["second_id"]))
    other = pair["second_id"] if pair["first_id"] == speaker_id else pair["first_id"]
    merged = runner.invoke(app, ["--db", db, "speakers", "merge", str(speaker_id), str(other)])
    assert merged.exit_code == 0, merged.output
    assert "split m1" in merged.stdout
    again = runner.invoke(app, ["--db", db, "speakers", "merge", str(speaker_id), str(other)])
    assert again.exit_code == 1
    assert "already merged" in again.stderr
    assert runner.invoke(app, ["--db", db, "speakers", "split", "m1"]).exit_code == 0
    assert runner.invoke(app, ["--db", db, "speakers", "split", "m1"]).exit_code == 1
    assert runner.invoke(app, ["--db", db, "speakers", "split", "x"]).exit_code == 1


def test_stale_version_is_a_conflict_with_its_own_exit_code(db: str) -> None:
    speaker_id = run(db, "speakers", "Zakharova", "--format", "jsonl")[0]["id"]
    version = run(db, "speakers", "show", str(speaker_id), "--format", "jsonl")[0]["version"]
    first = runner.invoke(
        app,
        ["--db", db, "speakers", "alias", str(speaker_id), "Zakharova M.", "--expect-version", str(version)],
    )
    assert first.exit_code == 0
    second = runner.invoke(
        app,
        ["--db", db, "speakers", "alias", str(speaker_id), "Zaharova M.", "--expect-version", str(version)],
    )
    assert second.exit_code == 2
    assert "conflict" in second.stderr


def test_unknown_speaker_fails_cleanly(db: str) -> None:
    result = runner.invoke(app, ["--db", db, "speakers", "show", "999"])
    assert result.exit_code == 1
    assert "no speaker with id 999" in result.stderr
