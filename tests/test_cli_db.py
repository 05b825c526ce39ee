"""The command line skeleton: help, the db group on both backends, the wheel's contents."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tracker.cli import app

runner = CliRunner()
ROOT = Path(__file__).resolve().parent.parent


def test_help_lists_working_commands_only() -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for command in ("db", "ingest", "extract", "dump", "restore", "demo"):
        assert command in result.output


def test_db_upgrade_current_downgrade(db_url: str) -> None:
    result = runner.invoke(app, ["--db", db_url, "db", "current"])
    assert result.exit_code == 0, result.output
    assert "(head)" in result.output
    result = runner.invoke(app, ["--db", db_url, "db", "downgrade", "base"])
    assert result.exit_code == 0, result.output
    assert "at None" in result.output
    result = runner.invoke(app, ["--db", db_url, "db", "upgrade"])
    assert result.exit_code == 0, result.output
    current = runner.invoke(app, ["--db", db_url, "db", "current"])
    assert "(head)" in current.output


def test_db_url_from_environment(sqlite_url: str) -> None:
    result = runner.invoke(app, ["db", "current"], env={"TRACKER_DB_URL": sqlite_url})
    assert result.exit_code == 0
    assert sqlite_url.removeprefix("sqlite:///") in result.output


def test_unreachable_database_is_a_clear_error() -> None:
    result = runner.invoke(app, ["--db", "postgresql://nobody@127.0.0.1:1/none", "db", "current"])
    assert result.exit_code == 1
    assert "cannot" in result.output


def test_python_dash_m_runs_the_cli() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "tracker", "--help"], capture_output=True, text=True, check=True
    )
    assert "ingest" in done.stdout


@pytest.mark.slow
def test_wheel_ships_migrations_inside_the_package(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "tracker/_migrations/env.py" in names
    assert any(name.startswith("tracker/_migrations/versions/0001") for name in names)
    assert any(name.startswith("tracker/_data/articles/") for name in names)
    assert not any(name.startswith("migrations/") for name in names)


def test_outlet_time_zone_is_used_for_bylines_without_one(tmp_path: Path) -> None:
    db = ["--db", str(tmp_path / "t.db")]
    result = runner.invoke(app, [*db, "outlets", "set", "نشرة الساحل", "--timezone", "Africa/Casablanca"])
    assert result.exit_code == 0, result.output
    assert (
        runner.invoke(app, [*db, "outlets", "set", "نشرة الساحل", "--timezone", "Mars/Base"]).exit_code == 1
    )
    page = tmp_path / "page.json"
    page.write_text(
        '{"title": "خبر", "published_time": "2025-07-01T23:30:00", '
        '"full_text": "قال المتحدث إن الطريق سيفتح غدا.", "url": "https://example.test/coast/1"}',
        encoding="utf-8",
    )
    assert runner.invoke(app, [*db, "ingest", str(page), "--outlet", "نشرة الساحل"]).exit_code == 0
    listing = runner.invoke(app, [*db, "outlets", "--format", "jsonl"])
    assert '"articles": 1' in listing.output
    assert "Africa/Casablanca" in listing.output
    from tracker.db import open_store
    from tracker.models import Article

    store = open_store(str(tmp_path / "t.db"))
    with store.sessions() as session:
        article = session.query(Article).one()
        # 23:30 in Casablanca (UTC+01:00 in July) is 22:30 UTC, not 20:30 as the +03:00 default would give.
        assert article.published_at.hour == 22
        assert article.published_offset == 60
    store.dispose()
