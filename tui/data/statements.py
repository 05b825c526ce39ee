"""Reading statements for the screens: one page of rows, the total, and one statement's detail.

Each function takes a Session the calling thread worker opened and returns plain records
(``tui.data.records``). Pages are fetched on demand (``limit``/``offset`` over an indexed
order), so the table stays fast over a million statements.
"""

from __future__ import annotations

from datetime import UTC, datetime, time

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from tracker.models import Article, Claim, ClaimLink, Outlet, Review, Speaker, SpeakerAlias, SpeakerRole, Statement
from tracker.normalize import fold
from tui.data.records import Appearance, ReviewEntry, StatementDetail, StatementRow, UiFilter

_SORTS = {
    "said_on": (Statement.said_on, Statement.id),
    "speaker": (Statement.speaker_name, Statement.id),
    "review_status": (Statement.review_status, Statement.id),
    "published": (Article.published_at, Statement.id),
    "outlet": (Outlet.name, Statement.id),
}


def _like(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _filtered(query: Select, filt: UiFilter) -> Select:  # type: ignore[type-arg]
    if filt.statement_ids:
        query = query.where(Statement.id.in_(filt.statement_ids))
    if filt.text.strip():
        for word in fold(filt.text).split():
            query = query.where(Statement.content_norm.like(_like(word), escape="\\"))
    if filt.speaker.strip():
        key = _like(fold(filt.speaker))
        by_alias = select(SpeakerAlias.speaker_id).where(SpeakerAlias.alias_norm.like(key, escape="\\"))
        by_name = select(Speaker.id).where(Speaker.name_norm.like(key, escape="\\"))
        query = query.where(
            or_(
                Statement.speaker_id.in_(by_alias),
                Statement.speaker_id.in_(by_name),
                Statement.speaker_name.like(_like(filt.speaker.strip()), escape="\\"),
            )
        )
    if filt.date_field == "published":
        if filt.date_from:
            query = query.where(Article.published_at >= datetime.combine(filt.date_from, time.min, UTC))
        if filt.date_to:
            query = query.where(Article.published_at <= datetime.combine(filt.date_to, time.max, UTC))
    else:
        if filt.date_from:
            query = query.where(Statement.said_on >= filt.date_from)
        if filt.date_to:
            query = query.where(Statement.said_on <= filt.date_to)
    if filt.outlet.strip():
        query = query.where(Outlet.name.like(_like(filt.outlet.strip()), escape="\\"))
    if filt.review_status:
        query = query.where(Statement.review_status == filt.review_status)
    if filt.kind:
        query = query.where(Statement.kind == filt.kind)
    if filt.language:
        query = query.where(Statement.language == filt.language)
    return query


def _needs_article(filt: UiFilter) -> bool:
    return filt.date_field == "published" and bool(filt.date_from or filt.date_to) or filt.sort == "published"


def _needs_outlet(filt: UiFilter) -> bool:
    return bool(filt.outlet.strip()) or filt.sort == "outlet"


def _joined(query: Select, filt: UiFilter) -> Select:  # type: ignore[type-arg]
    if _needs_article(filt) or _needs_outlet(filt):
        query = query.join(Article, Article.id == Statement.article_id)
    if _needs_outlet(filt):
        query = query.outerjoin(Outlet, Outlet.id == Article.outlet_id)
    return query


def _appearance_count():  # type: ignore[no-untyped-def]
    return (
        select(func.max(Claim.appearance_count))
        .join(ClaimLink, ClaimLink.claim_id == Claim.id)
        .where(ClaimLink.statement_id == Statement.id, ClaimLink.status != "rejected")
        .correlate(Statement)
        .scalar_subquery()
    )


def fetch_page(session: Session, filt: UiFilter, limit: int, offset: int = 0) -> list[StatementRow]:
    """One page of statements, in the filter's order."""
    ids_query = _filtered(_joined(select(Statement.id), filt), filt)
    if filt.sort == "appearances":
        order = (func.coalesce(_appearance_count(), 0), Statement.id)
    else:
        order = _SORTS.get(filt.sort, _SORTS["said_on"])
    ids_query = ids_query.order_by(*((c.desc() if filt.descending else c.asc()) for c in order))
    ids = list(session.scalars(ids_query.limit(limit).offset(offset)))
    if not ids:
        return []
    rows_query = (
        select(Statement, Outlet.name, func.coalesce(_appearance_count(), 0))
        .join(Article, Article.id == Statement.article_id)
        .outerjoin(Outlet, Outlet.id == Article.outlet_id)
        .where(Statement.id.in_(ids))
    )
    found = {st.id: (st, outlet, count) for st, outlet, count in session.execute(rows_query)}
    roles = _roles_on(session, [found[i][0] for i in ids if i in found])
    return [
        _row(found[i][0], found[i][1], found[i][2], roles.get(i)) for i in ids if i in found
    ]


def count_rows(session: Session, filt: UiFilter) -> int:
    query = _filtered(_joined(select(func.count(Statement.id)), filt), filt)
    return int(session.scalar(query) or 0)


def _roles_on(session: Session, statements: list[Statement]) -> dict[int, str]:
    """The speaker's role as of each statement's date (else the role the article gave)."""
    speaker_ids = {st.speaker_id for st in statements if st.speaker_id is not None}
    by_speaker: dict[int, list[SpeakerRole]] = {}
    if speaker_ids:
        for role in session.scalars(select(SpeakerRole).where(SpeakerRole.speaker_id.in_(speaker_ids))):
            by_speaker.setdefault(role.speaker_id, []).append(role)
    result: dict[int, str] = {}
    for st in statements:
        chosen = st.role_mention
        for role in by_speaker.get(st.speaker_id or -1, []):
            if st.said_on and (role.first_seen is None or role.first_seen <= st.said_on) and (
                role.last_seen is None or st.said_on <= role.last_seen
            ):
                chosen = role.title
                break
        if chosen:
            result[st.id] = chosen
    return result


def _row(st: Statement, outlet: str | None, appearances: int, role: str | None) -> StatementRow:
    return StatementRow(
        id=st.id,
        version=st.version,
        said_on=st.said_on,
        said_on_precision=st.said_on_precision,
        speaker_name=st.speaker_name,
        role=role,
        content=st.content,
        outlet=outlet,
        appearances=int(appearances or 0),
        review_status=st.review_status,
        kind=st.kind,
        language=st.language,
    )


def load_detail(session: Session, statement_id: int) -> StatementDetail | None:
    """Everything the detail screen shows about one statement."""
    found = session.execute(
        select(Statement, Article, Outlet.name)
        .join(Article, Article.id == Statement.article_id)
        .outerjoin(Outlet, Outlet.id == Article.outlet_id)
        .where(Statement.id == statement_id)
    ).first()
    if found is None:
        return None
    st, article, outlet = found
    link = session.scalars(
        select(ClaimLink)
        .where(ClaimLink.statement_id == st.id, ClaimLink.status != "rejected")
        .order_by(ClaimLink.score.desc())
    ).first()
    claim = session.get(Claim, link.claim_id) if link else None
    appearances = _appearances(session, claim) if claim else ()
    role = _roles_on(session, [st]).get(st.id)
    history = session.scalars(
        select(Review)
        .where(or_(Review.statement_id == st.id, (Review.content_key == st.content_key) & Review.statement_id.is_(None)))
        .order_by(Review.created_at, Review.id)
    )
    return StatementDetail(
        row=_row(st, outlet, claim.appearance_count if claim else 0, role),
        cue=st.cue,
        speaker_mention=st.speaker_mention,
        role_mention=st.role_mention,
        date_basis=st.date_basis,
        date_evidence=st.date_evidence,
        review_note=st.review_note,
        reviewed_by=st.reviewed_by,
        direct_quotes=tuple((int(q[0]), int(q[1]), str(q[2])) for q in st.direct_quotes or ()),
        method=st.method,
        confidence=st.confidence,
        article_id=article.id,
        article_title=article.title,
        article_url=article.url,
        published=article.published_at,
        body=article.body,
        speaker_span=(st.speaker_start, st.speaker_end) if st.speaker_start is not None else None,
        cue_span=(st.cue_start, st.cue_end),
        content_span=(st.content_start, st.content_end),
        claim_id=claim.id if claim else None,
        claim_text=claim.canonical_text if claim else None,
        appearances=appearances,
        history=tuple(
            ReviewEntry(r.status, r.previous_status, r.note, r.reviewer, r.created_at) for r in history
        ),
    )


def _appearances(session: Session, claim: Claim, limit: int = 200) -> tuple[Appearance, ...]:
    rows = session.execute(
        select(ClaimLink, Statement, Article.published_at, Outlet.name)
        .join(Statement, Statement.id == ClaimLink.statement_id)
        .join(Article, Article.id == Statement.article_id)
        .outerjoin(Outlet, Outlet.id == Article.outlet_id)
        .where(ClaimLink.claim_id == claim.id)
        .order_by(func.coalesce(Statement.said_on, func.date(Article.published_at)), Statement.id)
        .limit(limit)
    ).all()
    return tuple(
        Appearance(
            statement_id=st.id,
            said_on=st.said_on,
            published=published,
            outlet=outlet,
            speaker_name=st.speaker_name,
            content=st.content,
            relation=link.relation,
            link_status=link.status,
            difference=link.difference,
            first=st.id == claim.first_statement_id,
        )
        for link, st, published, outlet in rows
    )
