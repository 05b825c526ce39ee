"""``tracker statements`` and ``tracker review`` through the real command line, on both backends."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import pytest
from builders import add_article, make_statement_record
from typer.testing import CliRunner

from tracker.cli import app

T_SUMMIT = "قال الرئيس سامر الخطيب إن الأسد لن يحضر القمة المقبلة."
T_BREAD = "وأكدت الوزيرة ليلى حداد أن الحكومة ستخفض أسعار الخبز."


@pytest.fixture
def ids(store) -> dict[str, int]:  # type: ignore[no-untyped-def]
    found = {}
    with store.sessions.begin() as session:
        found["summit"] = add_article(
            session,
            T_SUMMIT,
            [make_statement_record(T_SUMMIT, "الأسد لن يحضر القمة المقبلة", said_on=date(2025, 3, 8))],
            url="https://t.example/1",
        ).statement_ids[0]
        found["bread"] = add_article(
            session,
            T_BREAD,
            [make_statement_record(T_BREAD, "الحكومة ستخفض أسعار الخبز", speaker="ليلى حداد")],
            url="https://t.example/2",
        ).statement_ids[0]
    return found


def run(db_url: str, *args: str, reviewer: str = "amal"):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(app, ["--db", db_url, "--reviewer", reviewer, *args])


def test_statements_jsonl_and_csv(ids, db_url: str) -> None:  # type: ignore[no-untyped-def]
    result = run(db_url, "statements", "--format", "jsonl", "--sort", "id")
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert [(r["id"], r["review_status"], r["version"] >= 1) for r in rows] == [
        (ids["summit"], "unreviewed", True),
        (ids["bread"], "unreviewed", True),
    ]
    assert rows[1]["date_from_article"] is True
    assert rows[1]["said_on"] == "2025-03-09"
    table = run(db_url, "statements", "--format", "csv", "--text", "خبز")
    (row,) = list(csv.DictReader(io.StringIO(table.output)))
    assert int(row["id"]) == ids["bread"]


def test_statements_table_says_when_the_date_is_the_articles(ids, db_url: str) -> None:  # type: ignore[no-untyped-def]
    result = run(db_url, "statements", "--since", "2025-03-09")
    assert result.exit_code == 0, result.output
    assert "1 of 1 statements" in result.output
    assert "article's publication date" in result.output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--since", "09/03/2025"), "YYYY-MM-DD"),
        (("--status", "great"), "unknown review status"),
        (("--sort", "loud"), "unknown sort"),
        (("--kind", "rumour"), "unknown kind"),
    ],
)
def test_statements_bad_options(ids, db_url: str, args: tuple[str, ...], message: str) -> None:  # type: ignore[no-untyped-def]
    result = run(db_url, "statements", *args)
    assert result.exit_code == 1
    assert message in result.output


def test_review_then_conflict(ids, db_url: str) -> None:  # type: ignore[no-untyped-def]
    sid = str(ids["summit"])
    listed = json.loads(run(db_url, "statements", "-f", "jsonl", "--text", "الاسد").output.splitlines()[0])
    version = str(listed["version"])
    ok = run(
        db_url,
        "review",
        sid,
        "--status",
        "verified",
        "--note",
        "checked the video",
        "--expect-version",
        version,
    )
    assert ok.exit_code == 0, ok.output
    assert "verified" in ok.output
    assert "amal" in ok.output
    # A second reviewer still holding the old version is told, and shown the current state.
    stale = run(db_url, "review", sid, "--status", "disputed", "--expect-version", version, reviewer="omar")
    assert stale.exit_code == 2
    assert "conflict" in stale.output
    assert "current: " in stale.output
    assert "verified" in stale.output
    again = run(db_url, "review", sid, "--status", "not-a-claim", reviewer="omar")
    assert again.exit_code == 0
    assert "not_a_claim" in again.output
    filtered = run(db_url, "statements", "-f", "jsonl", "--status", "not-a-claim")
    assert [json.loads(line)["id"] for line in filtered.output.splitlines()] == [ids["summit"]]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("999999", "--status", "verified"), "no statement"),
        (("1", "--status", "great"), "unknown review status"),
    ],
)
def test_review_errors(ids, db_url: str, args: tuple[str, ...], message: str) -> None:  # type: ignore[no-untyped-def]
    result = run(db_url, "review", *args)
    assert result.exit_code == 1
    assert message in result.output
