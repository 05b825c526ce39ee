"""Engines, sessions and schema migrations.

No engine exists at import time. :func:`make_engine` builds one (with SQLite's WAL,
foreign-key and busy-timeout pragmas), :func:`session_factory` a sessionmaker, and
:func:`open_store` does both after bringing the schema to Alembic's head, which is how
every command starts: a new or old database is upgraded on first use, never
``create_all()``-ed.

The Alembic scripts live in the repository's top-level ``migrations/`` folder; a wheel
ships them inside the package as ``tracker/_migrations`` (see pyproject.toml), so a
normal ``pip install .`` migrates without the source tree and installs no top-level
``migrations`` package.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

ENV_DB_URL = "TRACKER_DB_URL"
SQLITE_BUSY_TIMEOUT_MS = 30_000


# Tables that migrations manage by hand and the models do not describe (SQLite FTS5
# virtual tables and their shadow tables): autogenerate must not try to drop them.
UNMANAGED_TABLE_PREFIXES = ("statements_fts",)


def include_object(obj, name, type_, reflected, compare_to) -> bool:  # type: ignore[no-untyped-def]
    """Alembic's filter: leave the hand-managed full-text tables alone."""
    return not (name or "").startswith(UNMANAGED_TABLE_PREFIXES)


def default_db_path() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("claims-tracker", appauthor=False)) / "tracker.db"


def resolve_url(url: str | None = None) -> str:
    """The database URL: the argument, else $TRACKER_DB_URL, else the SQLite file in the user data dir."""
    chosen = url or os.environ.get(ENV_DB_URL)
    if chosen:
        return normalise_url(chosen)
    path = default_db_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{path}"


def normalise_url(url: str) -> str:
    """Accept ``postgresql://`` and ``postgres://`` as psycopg 3 URLs; a bare path as a SQLite file."""
    if "://" not in url:
        return f"sqlite:///{Path(url).expanduser().resolve()}"
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def is_sqlite(url_or_engine: str | Engine) -> bool:
    url = url_or_engine.url if isinstance(url_or_engine, Engine) else make_url(url_or_engine)
    return url.get_backend_name() == "sqlite"


def _sqlite_pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    # Python's sqlite3 opens transactions lazily; autocommit off here and let SQLAlchemy
    # issue BEGIN so the pragmas below are not run inside a transaction.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _sqlite_begin(conn) -> None:  # type: ignore[no-untyped-def]
    # BEGIN IMMEDIATE takes the write lock up front, so two writers queue on the busy
    # timeout instead of one failing with "database is locked" when it upgrades a read lock.
    conn.exec_driver_sql("BEGIN IMMEDIATE")


def make_engine(url: str | None = None, *, echo: bool = False) -> Engine:
    """An engine for ``url`` (resolved as :func:`resolve_url` does), with SQLite pragmas set."""
    resolved = resolve_url(url)
    if is_sqlite(resolved):
        engine = create_engine(resolved, echo=echo, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _sqlite_pragmas)
        # Let SQLAlchemy own transaction start (pysqlite's own BEGIN is deferred and buggy).
        event.listen(engine, "connect", lambda dbapi_conn, _r: setattr(dbapi_conn, "isolation_level", None))
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return create_engine(resolved, echo=echo, pool_pre_ping=True)


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


def migrations_dir() -> Path:
    """The Alembic script folder: inside the installed package, else the source tree's."""
    packaged = Path(__file__).resolve().parent / "_migrations"
    if (packaged / "env.py").exists():
        return packaged
    source = Path(__file__).resolve().parent.parent / "migrations"
    if (source / "env.py").exists():
        return source
    raise RuntimeError("the Alembic migrations are missing from this installation")


def alembic_config(engine: Engine):  # type: ignore[no-untyped-def]
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    # configparser interpolates "%": escape it (URL-encoded options contain it).
    config.set_main_option(
        "sqlalchemy.url", engine.url.render_as_string(hide_password=False).replace("%", "%%")
    )
    config.attributes["engine"] = engine
    return config


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    with engine.begin() as connection:
        config = alembic_config(engine)
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def downgrade(engine: Engine, revision: str) -> None:
    from alembic import command

    with engine.begin() as connection:
        config = alembic_config(engine)
        config.attributes["connection"] = connection
        command.downgrade(config, revision)


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def head_revision(engine: Engine) -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config(engine)).get_current_head()


@dataclass
class Store:
    """An open, migrated database: the engine and its session factory."""

    engine: Engine
    sessions: sessionmaker[Session]

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    def dispose(self) -> None:
        self.engine.dispose()


def open_store(url: str | None = None, *, migrate: bool = True) -> Store:
    """Open the database at ``url`` and bring its schema to head (unless ``migrate`` is off)."""
    engine = make_engine(url)
    if migrate and current_revision(engine) != head_revision(engine):
        upgrade(engine)
    return Store(engine=engine, sessions=session_factory(engine))
