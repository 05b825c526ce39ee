"""the article's own calendar day

``published_at`` is stored in UTC; an article published at 01:00 +03:00 belongs to the
previous UTC day. ``published_date`` keeps the day in the zone the source gave, which is
what "the article date" means when a statement has no date of its own, and what the date
filters compare. Existing rows are filled in from ``published_at`` and ``published_offset``.

Plain ``op.add_column`` / ``op.create_index`` (no batch mode): SQLite adds a nullable column
in place, and a batch rebuild would drop the full-text triggers of revision 0002.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29 04:30:00
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, timedelta, timezone

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

articles = sa.table(
    "articles",
    sa.column("id", sa.Integer),
    sa.column("published_at", sa.DateTime(timezone=True)),
    sa.column("published_offset", sa.Integer),
    sa.column("published_date", sa.Date),
)


def upgrade() -> None:
    op.add_column("articles", sa.Column("published_date", sa.Date(), nullable=True))
    op.create_index("ix_articles_published_date", "articles", ["published_date"])
    bind = op.get_bind()
    rows = bind.execute(
        sa.select(articles.c.id, articles.c.published_at, articles.c.published_offset).where(
            articles.c.published_at.is_not(None)
        )
    ).all()
    for article_id, published_at, offset in rows:
        moment = published_at if published_at.tzinfo else published_at.replace(tzinfo=UTC)
        local = moment.astimezone(timezone(timedelta(minutes=offset or 0)))
        bind.execute(
            sa.update(articles).where(articles.c.id == article_id).values(published_date=local.date())
        )


def downgrade() -> None:
    op.drop_index("ix_articles_published_date", table_name="articles")
    with op.batch_alter_table("articles") as batch:
        batch.drop_column("published_date")
