"""Reading statements for the screens: one page of rows, the total, and one statement's detail.

Each function takes a Session the calling thread worker opened and returns plain records.
The table's pages come from ``tracker.services.search`` on demand (``limit``/``offset``
over an indexed order), so it stays fast over a million statements; the detail adds the
article spans, the claim's timeline and the review history.
"""

from __future__ import annotations

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from tracker.models import Review, Statement
from tracker.services.claims import claim_detail
from tracker.services.search import (
    StatementFilter,
    StatementView,
    count_statements,
    load_views,
    search_statements,
)
from tui.data.records import ReviewEntry, StatementDetail


def fetch_page(session: Session, filt: StatementFilter, limit: int, offset: int = 0) -> list[StatementView]:
    """One page of statements, in the filter's order (helper 8's search service)."""
    return search_statements(session, filt, limit=limit, offset=offset)


def count_rows(session: Session, filt: StatementFilter) -> int:
    return count_statements(session, filt)


def load_view(session: Session, statement_id: int) -> StatementView | None:
    found = load_views(session, [statement_id])
    return found[0] if found else None


def load_detail(session: Session, statement_id: int) -> StatementDetail | None:
    """Everything the detail screen shows about one statement."""
    view = load_view(session, statement_id)
    st = session.get(Statement, statement_id)
    if view is None or st is None:
        return None
    timeline = claim_detail(session, view.claim_id) if view.claim_id is not None else None
    history = session.scalars(
        select(Review)
        .where(
            or_(
                Review.statement_id == st.id,
                (Review.content_key == st.content_key) & Review.statement_id.is_(None),
            )
        )
        .order_by(Review.created_at, Review.id)
    )
    return StatementDetail(
        view=view,
        direct_quotes=tuple((int(q[0]), int(q[1]), str(q[2])) for q in st.direct_quotes or () if len(q) >= 3),
        method=st.method,
        confidence=st.confidence,
        body=st.article.body,
        speaker_span=(st.speaker_start, st.speaker_end)
        if st.speaker_start is not None and st.speaker_end is not None
        else None,
        cue_span=(st.cue_start, st.cue_end),
        content_span=(st.content_start, st.content_end),
        appearances=tuple(timeline.appearances) if timeline else (),
        history=tuple(
            ReviewEntry(r.status, r.previous_status, r.note, r.reviewer, r.created_at) for r in history
        ),
    )
