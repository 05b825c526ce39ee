"""The foundation: the core never imports Textual, migrations have one head and agree with the models."""

from __future__ import annotations

import subprocess
import sys

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from tracker import db as dbmod
from tracker.models import Base


def test_core_does_not_import_textual() -> None:
    code = (
        "import sys, tracker, tracker.cli, tracker.db, tracker.models, tracker.extract, tracker.records;"
        "import tracker.cli.extract;"
        "assert 'textual' not in sys.modules, sorted(m for m in sys.modules if m.startswith('textual'))"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_one_head(sqlite_url: str) -> None:
    engine = dbmod.make_engine(sqlite_url)
    script = ScriptDirectory.from_config(dbmod.alembic_config(engine))
    assert len(script.get_heads()) == 1
    engine.dispose()


def test_empty_to_head_to_base_to_head(db_url: str) -> None:
    engine = dbmod.make_engine(db_url)
    try:
        assert dbmod.current_revision(engine) is None
        dbmod.upgrade(engine)
        head = dbmod.head_revision(engine)
        assert dbmod.current_revision(engine) == head
        assert "statements" in inspect(engine).get_table_names()
        dbmod.downgrade(engine, "base")
        assert dbmod.current_revision(engine) is None
        assert "statements" not in inspect(engine).get_table_names()
        dbmod.upgrade(engine)
        assert dbmod.current_revision(engine) == head
    finally:
        engine.dispose()


def test_models_and_migrations_agree(db_url: str) -> None:
    engine = dbmod.make_engine(db_url)
    try:
        dbmod.upgrade(engine)
        with engine.connect() as connection:
            context = MigrationContext.configure(
                connection,
                opts={"compare_type": True, "include_object": dbmod.include_object},
            )
            diff = compare_metadata(context, Base.metadata)
        assert diff == []
    finally:
        engine.dispose()


def test_sqlite_pragmas(sqlite_url: str) -> None:
    engine = dbmod.make_engine(sqlite_url)
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == dbmod.SQLITE_BUSY_TIMEOUT_MS
    engine.dispose()


def test_import_linter_contract_holds() -> None:
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from importlinter.cli import lint_imports_command; sys.exit(lint_imports_command())",
        ],
        cwd=root,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Contracts: 1 kept, 0 broken" in done.stdout
