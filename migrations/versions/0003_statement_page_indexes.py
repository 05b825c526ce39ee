"""composite indexes for filtered, sorted statement pages

"Latest first" pages under a status or language filter, and the sort by speaker, walk an
index in order and stop after one page instead of sorting every matching row (measured at
a million statements in SQLite: ~10x faster for status/language, 750 ms -> 17 ms for the
speaker sort). The single-column status and language indexes become redundant.

Plain ``op.create_index`` (no batch mode): on SQLite a batch operation would recreate the
statements table and drop the full-text triggers of revision 0002.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29 04:10:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.drop_index("ix_statements_review_status", table_name="statements")
    op.drop_index("ix_statements_language", table_name="statements")
    op.create_index("ix_statements_status_said_on", "statements", ["review_status", "said_on", "id"])
    op.create_index("ix_statements_language_said_on", "statements", ["language", "said_on", "id"])
    op.create_index("ix_statements_speaker_name_id", "statements", ["speaker_name", "id"])


def downgrade() -> None:
    op.drop_index("ix_statements_speaker_name_id", table_name="statements")
    op.drop_index("ix_statements_language_said_on", table_name="statements")
    op.drop_index("ix_statements_status_said_on", table_name="statements")
    op.create_index("ix_statements_language", "statements", ["language"])
    op.create_index("ix_statements_review_status", "statements", ["review_status"])
