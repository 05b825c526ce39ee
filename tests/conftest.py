"""Shared fixtures: a fresh, migrated database per test on SQLite and on PostgreSQL.

PostgreSQL runs when ``TRACKER_TEST_PG_URL`` is set (CI sets it, and fails loudly if the
server is unreachable); on a machine without it the PostgreSQL cases skip, saying why.
Each PostgreSQL test gets its own schema (through ``search_path``), so parallel test runs
never see each other's rows.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from sqlalchemy import create_engine, text

from tracker.db import Store, open_store

PG_ENV = "TRACKER_TEST_PG_URL"
#: The shared folder beside the repository (real articles, gold, scorer): read, never copied.
SHARED_DIR = Path(__file__).resolve().parents[2] / "shared"
IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def pg_base_url() -> str | None:
    url = os.environ.get(PG_ENV)
    if not url:
        if IN_CI:
            pytest.fail(f"{PG_ENV} is not set in CI: the PostgreSQL store tests must run there")
        return None
    return url


def _fresh_pg_schema_url(base: str) -> tuple[str, str]:
    schema = f"t_{uuid.uuid4().hex[:12]}"
    engine = create_engine(base)
    try:
        with engine.begin() as connection:
            connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    except Exception as error:  # noqa: BLE001  (unreachable server: loud in CI, a clear skip elsewhere)
        if IN_CI:
            pytest.fail(f"PostgreSQL at {base} is unreachable: {error}")
        pytest.skip(f"PostgreSQL at {base} is unreachable: {error}")
    finally:
        engine.dispose()
    separator = "&" if "?" in base else "?"
    return f"{base}{separator}options={quote(f'-csearch_path={schema}')}", schema


def _drop_pg_schema(base: str, schema: str) -> None:
    engine = create_engine(base)
    with engine.begin() as connection:
        connection.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
    engine.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.pg)])
def db_url(request: pytest.FixtureRequest, tmp_path) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """An empty database URL, on SQLite (a temporary file) and on PostgreSQL (a fresh schema)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'tracker.db'}"
        return
    base = pg_base_url()
    if base is None:
        pytest.skip(f"{PG_ENV} is not set; PostgreSQL store tests skipped on this machine")
    url, schema = _fresh_pg_schema_url(base)
    try:
        yield url
    finally:
        _drop_pg_schema(base, schema)


@pytest.fixture
def sqlite_url(tmp_path) -> str:  # type: ignore[no-untyped-def]
    return f"sqlite:///{tmp_path / 'tracker.db'}"


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    """A migrated store on each backend."""
    opened = open_store(db_url)
    try:
        yield opened
    finally:
        opened.dispose()
