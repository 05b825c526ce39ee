"""Reviewing statements: the status on the statement plus an append-only audit log.

Two reviewers may work on the same statement at once. Each write names the version of
the statement it was based on (``expected_version``); a stale one raises
:class:`ReviewConflict` carrying the newer state, so the loser is told, sees what changed
and can apply their decision on top. Nothing is silently overwritten, and every applied
decision is one ``Review`` row.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from tracker.models import REVIEW_STATUSES, Review, Statement, utcnow


class ReviewError(ValueError):
    """A review request that cannot be applied (unknown statement or status)."""


@dataclass(frozen=True)
class ReviewState:
    statement_id: int
    status: str
    note: str | None
    reviewer: str | None
    reviewed_at: datetime | None
    version: int


class ReviewConflict(Exception):
    """The statement changed since the reviewer loaded it; ``current`` is its state now."""

    def __init__(self, current: ReviewState, expected_version: int) -> None:
        super().__init__(
            f"statement {current.statement_id} was changed by {current.reviewer or 'someone'} "
            f"(now {current.status}, version {current.version}; you had version {expected_version})"
        )
        self.current = current
        self.expected_version = expected_version


def normalise_status(status: str) -> str:
    value = status.strip().lower().replace("-", "_").replace(" ", "_")
    if value not in REVIEW_STATUSES:
        raise ReviewError(f"unknown review status {status!r}; use one of {', '.join(REVIEW_STATUSES)}")
    return value


def _state(statement: Statement) -> ReviewState:
    return ReviewState(
        statement_id=statement.id,
        status=statement.review_status,
        note=statement.review_note,
        reviewer=statement.reviewed_by,
        reviewed_at=statement.reviewed_at,
        version=statement.version,
    )


def set_review(
    session: Session,
    statement_id: int,
    status: str,
    *,
    reviewer: str,
    note: str | None = None,
    expected_version: int | None = None,
) -> ReviewState:
    """Record a review decision. Raises ReviewConflict when ``expected_version`` is stale.

    The update is a single compare-and-set on (id, version), so it is atomic on both
    SQLite and PostgreSQL without holding row locks across user think time.
    """
    value = normalise_status(status)
    statement = session.get(Statement, statement_id)
    if statement is None:
        raise ReviewError(f"no statement {statement_id}")
    base_version = statement.version if expected_version is None else expected_version
    now = utcnow()
    result = session.execute(
        update(Statement)
        .where(Statement.id == statement_id, Statement.version == base_version)
        .values(
            review_status=value,
            review_note=note,
            reviewed_by=reviewer,
            reviewed_at=now,
            version=Statement.version + 1,
        )
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:
        session.expire(statement)
        raise ReviewConflict(_state(session.get(Statement, statement_id)), base_version)
    session.add(
        Review(
            statement_id=statement_id,
            content_key=statement.content_key,
            status=value,
            previous_status=statement.review_status,
            note=note,
            reviewer=reviewer,
            created_at=now,
        )
    )
    session.flush()
    session.expire(statement)
    return _state(statement)


def review_history(session: Session, statement_id: int) -> list[Review]:
    """Every decision ever recorded for the statement, oldest first."""
    statement = session.get(Statement, statement_id)
    key = statement.content_key if statement is not None else None
    query = select(Review).where(
        (Review.statement_id == statement_id) | ((Review.content_key == key) & Review.statement_id.is_(None))
    )
    return list(session.scalars(query.order_by(Review.created_at, Review.id)))
