"""a version number on claims

``tracker claims split`` and ``merge`` act on a whole claim (a split records that the
statement differs from every other appearance; a merge confirms every appearance of the
merged claim), so, like ``confirm`` and ``reject`` on a link, they take the version the
reviewer saw and refuse with a conflict when the claim changed since. Existing claims
start at 1.

Plain ``op.add_column`` (no batch mode), as in revision 0004.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29 07:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("claims", sa.Column("version", sa.Integer(), nullable=False, server_default="1"))


def downgrade() -> None:
    op.drop_column("claims", "version")
