"""full-text prefix indexes for whole Arabic words (SQLite)

An Arabic query word is a prefix query: الوزير finds الوزيرة, and each of its attached
forms (والوزير, بالوزير, للوزير ...) is one more prefix (see tracker.search.textquery).
FTS5 answers a prefix query from a prefix index when one exists for exactly that many
characters; otherwise it reads the doclist of every matching term and merges them all in
memory before returning the first row, which is most of the time of a two-word search at
a million statements (p95 35-55 ms). Revision 0002 indexed prefixes of 2 and 3
characters; this one indexes every length from 2 to 12, so the common forms of a query
word are read lazily and a multi-word AND skips through them. Which statements a query
finds does not change (a prefix index is another copy of the same postings): only the
index grows, by about 80% (measured on Arabic news text; FTS5 is ~10% of the database).

The FTS5 table is dropped and created again with the new option, then rebuilt from
``statements.content_norm`` (about 13 s per million statements). The triggers of
0002 name the table, not its options, and are kept. PostgreSQL needs nothing: its GIN
index answers ``'word':*`` from the ordered entry tree.

NOTE for later revisions: a revision that recreates ``statements_fts`` (for instance
after a batch rebuild of ``statements``, see 0002) must use the options below, not
0002's ``prefix='2 3'``.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29 06:10:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: Prefix index lengths (characters). Forms longer than 12 characters are rare terms:
#: merging their few postings is cheap.
PREFIXES = "2 3 4 5 6 7 8 9 10 11 12"
PREFIXES_0002 = "2 3"


def _recreate(prefixes: str) -> None:
    op.execute("DROP TABLE IF EXISTS statements_fts")
    op.execute(
        "CREATE VIRTUAL TABLE statements_fts USING fts5("
        "content_norm, content='statements', content_rowid='id', "
        f"tokenize='unicode61 remove_diacritics 0', prefix='{prefixes}')"
    )
    op.execute("INSERT INTO statements_fts(statements_fts) VALUES ('rebuild')")


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _recreate(PREFIXES)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _recreate(PREFIXES_0002)
