"""Statement filters turned into one SQL ``SELECT statements.id ... ORDER BY ...``.

This module builds SQL and runs none: ``tracker.services.search`` executes it and
loads the rows. The date filters read the statement's own date and fall back to the
article's publication date when the statement has none (the view says so with
``date_from_article``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Literal

from sqlalchemy import ColumnElement, Integer, Select, and_, column, func, literal_column, or_, select, text

from tracker.models import REVIEW_STATUSES, Article, Claim, ClaimLink, Outlet, Speaker, SpeakerAlias, Statement
from tracker.normalize import fold
from tracker.search import resources as res
from tracker.search.textquery import TextQuery, fts5_match, like_patterns, parse_query, pg_tsquery

FulltextMode = Literal["fts5", "tsvector", "like"]
KINDS = ("direct", "indirect", "mixed")


@dataclass(frozen=True)
class StatementFilter:
    """What to look for; every field left ``None`` matches everything."""

    speaker: str | None = None
    text: str | None = None
    since: date | None = None
    until: date | None = None
    published_since: date | None = None
    published_until: date | None = None
    outlet: str | None = None
    status: str | None = None
    claim_id: int | None = None
    kind: str | None = None
    language: str | None = None
    statement_ids: tuple[int, ...] | None = None
    sort: str = "-said_on"  # said_on, -said_on, published, -published, speaker, status, appearances, id


def normalise_status(status: str) -> str:
    """Accept the CLI spelling ``not-a-claim`` for ``not_a_claim``; reject unknown statuses."""
    value = status.strip().lower().replace("-", "_")
    if value not in REVIEW_STATUSES:
        raise ValueError(f"unknown review status {status!r} (one of: {', '.join(REVIEW_STATUSES)})")
    return value


def check_filter(filt: StatementFilter) -> None:
    """Raise ValueError naming the first field with a value no query could use."""
    if filt.sort.lstrip("-") not in res.SORT_KEYS:
        raise ValueError(f"unknown sort {filt.sort!r} (one of: {', '.join(res.SORT_KEYS)}, '-' for descending)")
    if filt.status is not None:
        normalise_status(filt.status)
    if filt.kind is not None and filt.kind not in KINDS:
        raise ValueError(f"unknown kind {filt.kind!r} (one of: {', '.join(KINDS)})")


def _day_start(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=UTC)


def appearances_column() -> ColumnElement[int]:
    """How often the statement's claim appeared (0 without a claim); rejected links do not count."""
    return (
        select(func.coalesce(func.max(Claim.appearance_count), 0))
        .join(ClaimLink, ClaimLink.claim_id == Claim.id)
        .where(ClaimLink.statement_id == Statement.id, ClaimLink.status != "rejected")
        .scalar_subquery()
    )


def fulltext_clause(query: TextQuery, mode: FulltextMode) -> ColumnElement[bool]:
    if mode == "fts5":
        matching = (
            text("SELECT rowid FROM statements_fts WHERE statements_fts MATCH :fts_query")
            .bindparams(fts_query=fts5_match(query))
            .columns(column("rowid", Integer))
        )
        return Statement.id.in_(matching)
    if mode == "tsvector":
        # Spelled exactly as the 0002 index expression, so PostgreSQL uses the GIN index.
        config = literal_column("'simple'::regconfig")
        vector = func.to_tsvector(config, Statement.content_norm)
        return vector.op("@@")(func.to_tsquery(config, pg_tsquery(query)))
    padded = " " + Statement.content_norm + " "
    return and_(*(or_(*(padded.like(p) for p in alts)) for alts in like_patterns(query)))


def speaker_fallback_clause(query: str) -> ColumnElement[bool]:
    """Before speaker resolution exists: fold-equality on names and aliases, or the name as written."""
    key = fold(query)
    by_alias = select(SpeakerAlias.speaker_id).where(SpeakerAlias.alias_norm == key)
    by_name = select(Speaker.id).where(Speaker.name_norm == key)
    return or_(
        Statement.speaker_id.in_(by_name),
        Statement.speaker_id.in_(by_alias),
        # Unresolved statements: the name as written, ignoring (ASCII) case.
        func.lower(Statement.speaker_name) == query.strip().lower(),
    )


def _order_by(sort: str, dialect: str) -> list[ColumnElement]:
    descending = sort.startswith("-")
    key = sort.lstrip("-")
    column_for = {
        "said_on": Statement.said_on,
        "published": Article.published_at,
        "speaker": Statement.speaker_name,
        "status": Statement.review_status,
        "appearances": appearances_column(),
        "id": Statement.id,
    }
    primary = column_for[key]
    primary = primary.desc() if descending else primary.asc()
    # Undated rows last on both backends. SQLite already sorts NULL last when descending,
    # and an explicit NULLS LAST there would stop it reading the (said_on, id) index backwards.
    if dialect != "sqlite" or not descending:
        primary = primary.nulls_last()
    tie = Statement.id.desc() if descending else Statement.id.asc()
    return [primary] if key == "id" else [primary, tie]


def statement_ids_select(
    filt: StatementFilter,
    *,
    dialect: str,
    fulltext: FulltextMode,
    speaker_ids: Sequence[int] | None = None,
) -> Select[tuple[int]]:
    """The ids of matching statements, in ``filt.sort`` order.

    ``speaker_ids`` are the ids the speaker query resolved to (the service resolves them);
    ``None`` with ``filt.speaker`` set means "match by folded name in SQL".
    """
    check_filter(filt)
    query = select(Statement.id).join(Article, Article.id == Statement.article_id)
    where: list[ColumnElement[bool]] = []
    if filt.speaker:
        if speaker_ids is None:
            where.append(speaker_fallback_clause(filt.speaker))
        else:
            where.append(Statement.speaker_id.in_(list(speaker_ids)))
    if filt.text:
        parsed = parse_query(filt.text)
        if parsed:
            where.append(fulltext_clause(parsed, fulltext))
    if filt.since:
        where.append(
            or_(
                Statement.said_on >= filt.since,
                and_(Statement.said_on.is_(None), Article.published_at >= _day_start(filt.since)),
            )
        )
    if filt.until:
        where.append(
            or_(
                Statement.said_on <= filt.until,
                and_(Statement.said_on.is_(None), Article.published_at < _day_start(filt.until + timedelta(days=1))),
            )
        )
    if filt.published_since:
        where.append(Article.published_at >= _day_start(filt.published_since))
    if filt.published_until:
        where.append(Article.published_at < _day_start(filt.published_until + timedelta(days=1)))
    if filt.outlet:
        query = query.join(Outlet, Outlet.id == Article.outlet_id)
        wanted = filt.outlet.strip().lower()
        where.append(or_(func.lower(Outlet.name) == wanted, func.lower(Outlet.domain) == wanted))
    if filt.status:
        where.append(Statement.review_status == normalise_status(filt.status))
    if filt.claim_id is not None:
        linked = select(ClaimLink.statement_id).where(
            ClaimLink.claim_id == filt.claim_id, ClaimLink.status != "rejected"
        )
        where.append(Statement.id.in_(linked))
    if filt.kind:
        where.append(Statement.kind == filt.kind)
    if filt.language:
        where.append(Statement.language == filt.language)
    if filt.statement_ids is not None:
        where.append(Statement.id.in_(list(filt.statement_ids)))
    return query.where(*where).order_by(*_order_by(filt.sort, dialect))


def count_select(filt: StatementFilter, **kwargs) -> Select[tuple[int]]:  # type: ignore[no-untyped-def]
    """``SELECT count(*)`` over the same filters (the order is dropped)."""
    ids = statement_ids_select(filt, **kwargs).order_by(None).subquery()
    return select(func.count()).select_from(ids)
