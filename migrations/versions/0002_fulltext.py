"""full-text search over statements.content_norm

SQLite: an external-content FTS5 table ``statements_fts`` over the folded shadow column
``statements.content_norm`` (tracker.normalize.fold), kept in sync by triggers. The
folded text is indexed, not the raw content: unicode61 splits Arabic words at tashkeel
and keeps tatweel, whereas the folded form has neither. ``remove_diacritics 0`` because
PostgreSQL's ``simple`` configuration keeps Latin diacritics too, and both backends must
answer a query alike.

PostgreSQL: a GIN index on ``to_tsvector('simple', content_norm)``. The ``simple``
parser reads Arabic words whatever the database's LC_CTYPE (pg_trgm makes no trigrams
from Arabic under LC_CTYPE=C), and it needs no extension, so no privileges.

Every object is named ``statements_fts*``: ``tracker.db.include_object`` hides that prefix
from autogenerate, so model/migration comparison does not try to drop them.

NOTE for later revisions: on SQLite, a ``batch_alter_table('statements')`` recreates the
table and drops these triggers; such a revision must run ``_create_sqlite`` (copy it) again.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29 03:20:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SQLITE_UP = (
    (
        "CREATE VIRTUAL TABLE statements_fts USING fts5("
        "content_norm, content='statements', content_rowid='id', "
        "tokenize='unicode61 remove_diacritics 0', prefix='2 3')"
    ),
    (
        "CREATE TRIGGER statements_fts_ai AFTER INSERT ON statements BEGIN "
        "INSERT INTO statements_fts(rowid, content_norm) VALUES (new.id, new.content_norm); END"
    ),
    (
        "CREATE TRIGGER statements_fts_ad AFTER DELETE ON statements BEGIN "
        "INSERT INTO statements_fts(statements_fts, rowid, content_norm) "
        "VALUES ('delete', old.id, old.content_norm); END"
    ),
    (
        "CREATE TRIGGER statements_fts_au AFTER UPDATE OF content_norm ON statements BEGIN "
        "INSERT INTO statements_fts(statements_fts, rowid, content_norm) "
        "VALUES ('delete', old.id, old.content_norm); "
        "INSERT INTO statements_fts(rowid, content_norm) VALUES (new.id, new.content_norm); END"
    ),
    # Index the rows a database already had before this revision.
    "INSERT INTO statements_fts(statements_fts) VALUES ('rebuild')",
)
SQLITE_DOWN = (
    "DROP TRIGGER IF EXISTS statements_fts_au",
    "DROP TRIGGER IF EXISTS statements_fts_ad",
    "DROP TRIGGER IF EXISTS statements_fts_ai",
    "DROP TABLE IF EXISTS statements_fts",
)
POSTGRES_UP = (
    (
        "CREATE INDEX statements_fts_content_norm ON statements "
        "USING gin (to_tsvector('simple'::regconfig, content_norm))"
    ),
)
POSTGRES_DOWN = ("DROP INDEX IF EXISTS statements_fts_content_norm",)


def _run(statements: Sequence[str]) -> None:
    for sql in statements:
        op.execute(sql)


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        _run(SQLITE_UP)
    elif dialect == "postgresql":
        _run(POSTGRES_UP)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        _run(SQLITE_DOWN)
    elif dialect == "postgresql":
        _run(POSTGRES_DOWN)
