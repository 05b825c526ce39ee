"""Statement filters turned into one SQL ``SELECT statements.id ... ORDER BY ...``.

This module builds SQL and runs none: ``tracker.services.search`` executes it and
loads the rows. The date filters read the statement's own date and fall back to the
article's publication date when the statement has none (the view says so with
``date_from_article``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from sqlalchemy import (
    ARRAY,
    ColumnElement,
    Integer,
    Select,
    and_,
    any_,
    bindparam,
    column,
    func,
    literal_column,
    or_,
    select,
    text,
    union_all,
)

from tracker.models import (
    REVIEW_STATUSES,
    Article,
    Claim,
    ClaimLink,
    Outlet,
    Speaker,
    SpeakerAlias,
    Statement,
)
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
        raise ValueError(
            f"unknown sort {filt.sort!r} (one of: {', '.join(res.SORT_KEYS)}, '-' for descending)"
        )
    if filt.status is not None:
        normalise_status(filt.status)
    if filt.kind is not None and filt.kind not in KINDS:
        raise ValueError(f"unknown kind {filt.kind!r} (one of: {', '.join(KINDS)})")


def id_in_param(column: Any, dialect: str, name: str) -> ColumnElement[bool]:
    """``column IN :name`` for a statement built once: pass :func:`id_param_value` as ``name``.

    One bound value however many ids: a 2,000-id chunk rendered as 2,000 parameters costs
    more to compile than to run. SQLite reads a JSON array, PostgreSQL an int array.
    """
    if dialect == "sqlite":
        return column.in_(text(f"SELECT value FROM json_each(:{name})").columns(value=Integer))
    if dialect == "postgresql":
        return column == any_(bindparam(name, type_=ARRAY(Integer)))
    return column.in_(bindparam(name, expanding=True))


def id_param_value(ids: Iterable[int], dialect: str) -> str | list[int]:
    """The value of an :func:`id_in_param` parameter."""
    values = [int(i) for i in ids]
    return json.dumps(values) if dialect == "sqlite" else values


def id_in(column: Any, ids: Iterable[int], dialect: str, name: str) -> ColumnElement[bool]:
    """``column IN ids`` with the ids bound (see :func:`id_in_param`).

    ``name`` is fixed per call site (distinct within a query): the SQL text then stays the
    same from call to call and SQLAlchemy's compiled cache serves it.
    """
    value = id_param_value(ids, dialect)
    if dialect == "sqlite":
        listed = text(f"SELECT value FROM json_each(:{name})").bindparams(**{name: value})
        return column.in_(listed.columns(value=Integer))
    if dialect == "postgresql":
        return column == any_(bindparam(name, value=value, type_=ARRAY(Integer)))
    return column.in_(value)


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
        # "+ 0" keeps SQLite from driving the query by these ids: for a common term it is
        # faster to walk the sort index and keep the matching rows (rare terms come in as
        # text_ids instead, see tracker.services.search._text_plan).
        return (Statement.id + 0).in_(matching)
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


def _sort_key(key: str) -> ColumnElement:
    if key == "appearances":
        return appearances_column()
    return {
        "said_on": Statement.said_on,
        "published": Article.published_at,
        "speaker": Statement.speaker_name,
        "status": Statement.review_status,
        "id": Statement.id,
    }[key]


def _order(primary: ColumnElement, tie: ColumnElement, sort: str, dialect: str) -> list[ColumnElement]:
    descending = sort.startswith("-")
    ordered = primary.desc() if descending else primary.asc()
    # Undated rows last on both backends. SQLite already sorts NULL last when descending,
    # and an explicit NULLS LAST there would stop it reading the (said_on, id) index backwards.
    if dialect != "sqlite" or not descending:
        ordered = ordered.nulls_last()
    if sort.lstrip("-") == "id":
        return [ordered]
    return [ordered, tie.desc() if descending else tie.asc()]


def _needs_article(filt: StatementFilter) -> bool:
    return bool(filt.published_since or filt.published_until) or filt.sort.lstrip("-") == "published"


def outlet_articles(outlet: str) -> Select[tuple[int]]:
    """Ids of the articles of an outlet given by name or domain (any case)."""
    wanted = outlet.strip().lower()
    outlets = select(Outlet.id).where(
        or_(func.lower(Outlet.name) == wanted, func.lower(Outlet.domain) == wanted)
    )
    return select(Article.id).where(Article.outlet_id.in_(outlets))


def _published_range(since: date | None, until: date | None) -> list[ColumnElement[bool]]:
    where = []
    if since:
        where.append(Article.published_date >= since)
    if until:
        where.append(Article.published_date <= until)
    return where


def _broad(column: ColumnElement, dialect: str) -> ColumnElement:
    """A column SQLite must not pick an index for: the filter keeps most rows.

    For language, kind or the unreviewed status, reading the said_on index in order and
    keeping matching rows fills a page at once; reading the value's index instead means
    sorting hundreds of thousands of rows first. (Composite indexes would serve both.)
    """
    return func.coalesce(column, column) if dialect == "sqlite" else column


def _common_where(
    filt: StatementFilter,
    fulltext: FulltextMode,
    speaker_ids: Sequence[int] | None,
    text_ids: Sequence[int] | None,
    text_query: TextQuery | None,
    dialect: str,
    common_status: bool,
    common_outlet: bool,
) -> list[ColumnElement[bool]]:
    """Every condition except the statement-date range (which splits the query in two)."""
    where: list[ColumnElement[bool]] = []
    if filt.speaker:
        if speaker_ids is None:
            where.append(speaker_fallback_clause(filt.speaker))
        else:
            where.append(Statement.speaker_id.in_(list(speaker_ids)))
    if filt.text:
        parsed = text_query if text_query is not None else parse_query(filt.text)
        if text_ids is not None:
            where.append(id_in(Statement.id, text_ids, dialect, "text_ids"))
        elif parsed:
            where.append(fulltext_clause(parsed, fulltext))
    where.extend(_published_range(filt.published_since, filt.published_until))
    if filt.outlet:
        # "+ 0" for a large outlet: walking the date index beats sorting its every statement.
        article = Statement.article_id + 0 if common_outlet and dialect == "sqlite" else Statement.article_id
        where.append(article.in_(outlet_articles(filt.outlet)))
    if filt.status:
        column = _broad(Statement.review_status, dialect) if common_status else Statement.review_status
        where.append(column == normalise_status(filt.status))
    if filt.claim_id is not None:
        linked = select(ClaimLink.statement_id).where(
            ClaimLink.claim_id == filt.claim_id, ClaimLink.status != "rejected"
        )
        where.append(Statement.id.in_(linked))
    if filt.kind:
        where.append(_broad(Statement.kind, dialect) == filt.kind)
    if filt.language:
        where.append(_broad(Statement.language, dialect) == filt.language)
    if filt.statement_ids is not None:
        where.append(Statement.id.in_(list(filt.statement_ids)))
    return where


def statement_ids_select(
    filt: StatementFilter,
    *,
    dialect: str,
    fulltext: FulltextMode,
    speaker_ids: Sequence[int] | None = None,
    text_ids: Sequence[int] | None = None,
    text_query: TextQuery | None = None,
    common_status: bool = False,
    common_outlet: bool = False,
    top: int | None = None,
    part: Literal["dated", "undated"] | None = None,
) -> Select[tuple[int]]:
    """The ids of matching statements, in ``filt.sort`` order.

    ``speaker_ids``: the ids the speaker query resolved to (``None`` with ``filt.speaker``
    set: match by folded name in SQL). ``text_ids``: the full-text matches when the
    service already fetched them (a rare term), instead of the full-text clause.
    ``text_query``: the parsed ``filt.text`` as the service pruned it (alternatives
    the index has no word for dropped: same answers, a cheaper FTS5 or LIKE test).
    ``common_status`` / ``common_outlet``: the filter keeps many rows (the service
    counted), so SQLite should walk the sort index rather than the status or article
    index. ``fulltext="like"`` with a common term does the same for text. ``top``: at most this many
    rows will be read (offset + limit), which lets the date-range form cut each half
    short. ``part``: only one half of the date-range form (the service pages through the
    dated half first when sorting by date, since undated rows sort last).

    With --since/--until the query is the UNION ALL of two halves, each able to use an
    index: statements dated in the range (the said_on index), and undated statements
    whose article was published in the range. The first ``top`` rows of a union are among
    the first ``top`` of each half, so each half is limited before the merge.
    """
    check_filter(filt)
    key = filt.sort.lstrip("-")
    where = _common_where(
        filt, fulltext, speaker_ids, text_ids, text_query, dialect, common_status, common_outlet
    )
    if not (filt.since or filt.until):
        # Join the article only when a filter or the sort reads it: without the join SQLite
        # walks the (said_on, id) index backwards and stops after one page.
        query = select(Statement.id)
        if _needs_article(filt):
            query = query.join(Article, Article.id == Statement.article_id)
        return query.where(*where).order_by(*_order(_sort_key(key), Statement.id, filt.sort, dialect))
    dated = [Statement.said_on.is_not(None)]
    if filt.since:
        dated.append(Statement.said_on >= filt.since)
    if filt.until:
        dated.append(Statement.said_on <= filt.until)
    undated = [
        # Wrapped so SQLite reads the few articles of the range through their index rather
        # than every undated statement through the said_on index.
        func.coalesce(Statement.said_on, None).is_(None),
        Statement.article_id.in_(select(Article.id).where(*_published_range(filt.since, filt.until))),
    ]
    if part is not None:
        query = select(Statement.id)
        if _needs_article(filt):
            query = query.join(Article, Article.id == Statement.article_id)
        query = query.where(*where, *(dated if part == "dated" else undated))
        return query.order_by(*_order(_sort_key(key), Statement.id, filt.sort, dialect))
    halves = []
    for extra in (dated, undated):
        half = select(Statement.id.label("id"), _sort_key(key).label("k"))
        if _needs_article(filt):
            half = half.join(Article, Article.id == Statement.article_id)
        half = half.where(*where, *extra)
        if top is not None:
            inner = (
                half.order_by(*_order(_sort_key(key), Statement.id, filt.sort, dialect)).limit(top).subquery()
            )
            half = select(inner.c.id, inner.c.k)
        halves.append(half)
    merged = union_all(*halves).subquery()
    return select(merged.c.id).order_by(*_order(merged.c.k, merged.c.id, filt.sort, dialect))


def count_select(filt: StatementFilter, **kwargs) -> Select[tuple[int]]:  # type: ignore[no-untyped-def]
    """``SELECT count(*)`` over the same filters (the order is dropped)."""
    ids = statement_ids_select(filt, **kwargs).order_by(None).subquery()
    return select(func.count()).select_from(ids)
